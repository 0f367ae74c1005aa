import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/arshjul/categories.js';
import { expandOccurrences, type ArshjulEvent, type CalendarSource } from '../../../src/arshjul/occurrences.js';
import { yearWindows } from '../../../src/arshjul/window.js';
import { CATEGORY_STYLE } from '../../../src/output/arshjul/style.js';
import { renderWheelSvg } from '../../../src/output/arshjul/svg.js';
import { layoutWheel } from '../../../src/output/arshjul/wheel-layout.js';
import { runArshjul } from '../../arshjul/run.js';

const OUTPUT = fileURLToPath(new URL('../../artifacts/', import.meta.url));

interface Node {
  [tag: string]: Node[] | string | Record<string, string>;
}

/** The element tree without coordinates: tag, class and data attributes, and text of text nodes. */
function structure(svg: string): string[] {
  const tree = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(svg) as Node[];
  const out: string[] = [];
  const walk = (nodes: Node[], depth: number): void => {
    for (const node of nodes) {
      const tag = Object.keys(node).find((k) => k !== ':@')!;
      if (tag === '#text') continue;
      const attrs = (node[':@'] ?? {}) as Record<string, string>;
      const keep = Object.entries(attrs).filter(([k]) => k === 'class' || k.startsWith('data-') || k === 'id').map(([k, v]) => `${k}=${v}`);
      const children = node[tag] as Node[];
      const text = tag === 'text' || tag === 'title' || tag === 'tspan' ? children.filter((c) => '#text' in c).map((c) => String(c['#text'])).join('') : '';
      out.push(`${'  '.repeat(depth)}${tag}${keep.length ? ` [${keep.join(' ')}]` : ''}${text ? ` "${text}"` : ''}`);
      walk(children, depth + 1);
    }
  };
  walk(tree, 0);
  return out;
}

function render(svg: string): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: 1800 } }).render().asPng();
}

describe('the årshjul as SVG', { timeout: 30_000 }, () => {
  it('renders the example for 2027 as well-formed XML that resvg draws, and saves a PNG', async () => {
    const { code, stdout } = await runArshjul({ year: 2027, format: 'svg' });
    expect(code).toBe(0);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const png = render(stdout);
    expect(Buffer.from(png.slice(1, 4)).toString()).toBe('PNG');
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(`${OUTPUT}arshjul-2027.png`, png);
    writeFileSync(`${OUTPUT}arshjul-2027.svg`, stdout);
    expect(structure(stdout)).toMatchSnapshot();
  });

  it('draws twelve month sectors from January at the top, rings per category, marks, arcs and today', async () => {
    const { stdout } = await runArshjul({ year: 2027, format: 'svg' });
    const s = structure(stdout).map((l) => l.trim());
    expect(s.filter((l) => l.startsWith('g [class=month ')).map((l) => /data-month=(\d+)/.exec(l)![1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(s).toContain('text "januar"');
    expect(s.filter((l) => l.startsWith('path [class=ring'))).toHaveLength(7);
    expect(s.filter((l) => l.startsWith('g [class=legend-item'))).toHaveLength(7);
    // Spans are arcs; events dated only to a month are month marks, not arcs as long as the month.
    expect(s.filter((l) => l.startsWith('g [class=event arc')).length).toBeGreaterThanOrEqual(3);
    expect(s.filter((l) => l.startsWith('g [class=event month')).length).toBeGreaterThan(5);
    expect(s.filter((l) => l.startsWith('g [class=event arc')).map((l) => /data-event=(\S+)/.exec(l)![1])).toEqual(['nytt-okonomisystem', 'lederprogram-modul-4-2027', 'innbyggerundersokelse-2027']);
    expect(s.filter((l) => l.startsWith('g [class=event mark')).length).toBeGreaterThan(5);
    expect(s).toContain('g [class=today]');
    // The example is crowded in 2027: numbers round the rim and a list.
    expect(s).toContain('g [class=list]');
  });

  it('is shown in the README from a committed copy', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain('](docs/images/arshjul.png)');
    const png = readFileSync(new URL('../../../docs/images/arshjul.png', import.meta.url));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it('marks today only in the current year', async () => {
    const { stdout } = await runArshjul({ year: 2026, format: 'svg' });
    expect(stdout).not.toContain('class="today"');
  });

  it('speaks the locale and starts at --start-month', async () => {
    const { stdout } = await runArshjul({ year: 2027, format: 'svg', locale: 'en', startMonth: 8, calendar: 'kommuneplanhjul' });
    const months = [...stdout.matchAll(/data-month="(\d+)"/g)].map((m) => m[1]);
    expect(months).toEqual(['8', '9', '10', '11', '12', '1', '2', '3', '4', '5', '6', '7']);
    expect(stdout).toContain('>August</text>');
    expect(stdout).toContain('2027/28');
    // From August 2027 to July 2028: the constituent meeting (October 2027, year 4) and folkevalgtopplæring (January 2028, year 1).
    expect([...stdout.matchAll(/data-event="([^"]+)"/g)].map((m) => m[1])).toEqual(['konstituerende-mote', 'folkevalgtopplaering', 'kunnskapsgrunnlag', 'vesentlighetsvurdering']);
    expect(XMLValidator.validate(stdout)).toBe(true);
  });

  it('labels a quiet calendar beside the wheel, without overlapping labels', async () => {
    const { stdout } = await runArshjul({ year: 2027, format: 'svg', calendar: 'kommuneplanhjul' });
    expect(stdout).toContain('class="labels"');
    expect(stdout).not.toContain('class="list"');
    render(stdout);
  });

  it('escapes text', () => {
    const c: CalendarSource = { id: 'x', title: 'X', events: [{ id: 'a', title: 'Drift & <investering> "ny"', category: 'budget', month: 3, day: 1 }] };
    const svg = renderWheelSvg(expandOccurrences([c], { from: 2027, to: 2027 }).occurrences, { locale: 'nb', title: 'A & B', window: yearWindows(2027, 2027)[0]!, categories: ['budget'] });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('Drift &amp; &lt;investering&gt; &quot;ny&quot;');
  });
});

describe('legibility', { timeout: 30_000 }, () => {
  /** 40 events over every category, bunched: five on one day, a busy week, whole months and spans. */
  const crowded: CalendarSource = {
    id: 'travelt',
    title: 'Travelt år',
    events: Array.from({ length: 40 }, (_, i): ArshjulEvent => {
      const category = CATEGORIES[i % CATEGORIES.length]!;
      const base = { id: `e${i}`, title: `Hendelse nummer ${i} med en ganske lang tittel som må kortes ned`, category };
      if (i < 5) return { ...base, month: 6, day: 15 };
      if (i < 12) return { ...base, month: 12, day: 1 + i };
      if (i < 18) return { ...base, month: (i % 12) + 1 };
      if (i < 21) return { ...base, date: `2027-0${i - 16}-10`, end: `2027-0${i - 16}-25` };
      return { ...base, month: ((i * 5) % 12) + 1, day: ((i * 7) % 28) + 1 };
    }),
  };
  const window = yearWindows(2027, 2027)[0]!;
  const occurrences = expandOccurrences([crowded], { from: 2027, to: 2027 }).occurrences;

  it('numbers 40 events round the rim with badges that never overlap, and lists them all', () => {
    const layout = layoutWheel(occurrences, window, CATEGORIES);
    expect(layout.labelling.mode).toBe('numbered');
    if (layout.labelling.mode !== 'numbered') return;
    const badges = layout.labelling.badges;
    expect(badges.map((b) => b.item.n).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    for (let i = 0; i < badges.length; i++) {
      for (let j = i + 1; j < badges.length; j++) {
        expect(Math.hypot(badges[i]!.at.x - badges[j]!.at.x, badges[i]!.at.y - badges[j]!.at.y)).toBeGreaterThanOrEqual(22);
      }
    }
    const svg = renderWheelSvg(occurrences, { locale: 'nb', title: 'Travelt', window, categories: CATEGORIES });
    expect(svg.match(/class="list-item"/g)).toHaveLength(40);
    expect(XMLValidator.validate(svg)).toBe(true);
    render(svg);
  });

  it('keeps marks of one ring apart by giving them lanes', () => {
    const layout = layoutWheel(occurrences, window, CATEGORIES);
    const marks = layout.items.filter((i) => i.form === 'mark');
    for (let i = 0; i < marks.length; i++) {
      for (let j = i + 1; j < marks.length; j++) {
        const a = marks[i]!;
        const b = marks[j]!;
        const gap = Math.hypot(a.anchor.x - b.anchor.x, a.anchor.y - b.anchor.y);
        expect(gap, `${a.occurrence.event.id} and ${b.occurrence.event.id}`).toBeGreaterThanOrEqual((a.markSize + b.markSize) / 2);
      }
    }
  });

  it('keeps labels beside the wheel at least a line apart', () => {
    const few = { ...crowded, events: crowded.events.slice(12, 30) };
    const layout = layoutWheel(expandOccurrences([few], { from: 2027, to: 2027 }).occurrences, window, CATEGORIES);
    expect(layout.labelling.mode).toBe('labels');
    if (layout.labelling.mode !== 'labels') return;
    for (const side of ['left', 'right']) {
      const ys = layout.labelling.labels.filter((l) => l.side === side).map((l) => l.y).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(19.99);
    }
  });

  it('tells categories apart without colour: a shape and a pattern each', () => {
    const styles = Object.values(CATEGORY_STYLE);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(CATEGORIES.length);
    expect(new Set(styles.map((s) => s.pattern)).size).toBe(CATEGORIES.length);
  });
});

describe('recurring series', () => {
  const window = yearWindows(2027, 2027)[0]!;
  const meeting = (month: number, title = 'Formannskapets møte', body = 'Formannskapet'): ArshjulEvent => ({ id: `fsk-${month}-${title.length}`, title, body, category: 'political', month, day: 10 });
  const calendar = (events: ArshjulEvent[]): CalendarSource => ({ id: 'm', title: 'Møteplan', events });

  it('draws the same title and body three or more times as one track, listed once and not numbered', () => {
    const events = [meeting(2), meeting(3), meeting(5), meeting(6, 'Kommunestyrets møte', 'Kommunestyret'), meeting(9, 'Kommunestyrets møte', 'Kommunestyret'), { id: 'x', title: 'Frist', category: 'deadline' as const, month: 4, day: 1 }];
    const occ = expandOccurrences([calendar(events)], { from: 2027, to: 2027 }).occurrences;
    const layout = layoutWheel(occ, window, CATEGORIES);
    expect(layout.tracks.map((t) => [t.letter, t.title, t.marks.length])).toEqual([['A', 'Formannskapets møte', 3]]);
    // Two meetings of the council are not a series: they are numbered with the rest, in calendar order.
    expect(layout.items.map((i) => [i.n, i.occurrence.event.id])).toEqual([[1, 'x'], [2, events[3]!.id], [3, events[4]!.id]]);
    const svg = renderWheelSvg(occ, { locale: 'en', title: 'T', window, categories: CATEGORIES });
    expect(svg.match(/class="series-item"/g)).toHaveLength(1);
    expect(svg).toContain('>Formannskapet</textPath>');
    expect(svg).toContain('(3 times)');
  });

  it('leaves the heading and the key out when the page has them, and stays the same bytes for the same input', () => {
    const occ = expandOccurrences([calendar([meeting(2), meeting(3), meeting(5)])], { from: 2027, to: 2027 }).occurrences;
    const options = { locale: 'nb' as const, title: 'Tittelen', window, categories: CATEGORIES, heading: false, key: false };
    const svg = renderWheelSvg(occ, options);
    expect(svg).not.toContain('>Tittelen</text>');
    expect(svg).not.toContain('class="legend"');
    expect(renderWheelSvg(occ, options)).toBe(svg);
  });
});
