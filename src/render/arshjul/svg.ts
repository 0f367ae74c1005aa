import type { Occurrence } from '../../arshjul/occurrences.js';
import { monthsOf, type YearWindow } from '../../arshjul/window.js';
import { angleOf, num, polar, ringSegment, type Point } from './geometry.js';
import { COLOURS, markShape, patternDef } from './style.js';
import { layoutWheel, SIZE, type PlacedItem, type WheelLayout } from './wheel-layout.js';
import { truncate } from '../../output/text.js';
import { xml as escapeXml } from '../../output/xml.js';
import { occurrenceDate } from '../../arshjul/occurrence-date.js';
import type { Category } from '../../arshjul/categories.js';
import type { Locale } from '../../i18n/locale.js';
import { words } from '../../i18n/words.js';
import { monthName } from '../../i18n/format.js';

export interface WheelOptions {
  locale: Locale;
  /** The heading above the wheel. */
  title: string;
  window: YearWindow;
  /** Categories that get a ring even in a year without events of theirs (keeps rings the same from year to year). */
  categories: readonly Category[];
  /** A line under the year in the hub, e.g. the year of the council period. */
  hubNote?: string;
  /** Today (YYYY-MM-DD); marked when it lies in the window. */
  today?: string;
  /** Prefix for element ids, so several wheels can share one HTML page. */
  idPrefix?: string;
}

const FONT = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif";
/** Average glyph width as a share of the font size; generous, so text never overflows its room. */
const GLYPH = 0.6;

/**
 * The årshjul as an SVG document: month sectors, one ring per category, marks
 * for days and arcs for whole months and spans, labels or numbers with a list,
 * a legend, and a marker for today. Pure: the same input gives the same bytes.
 */
export function renderWheelSvg(occurrences: readonly Occurrence[], options: WheelOptions): string {
  const t = words(options.locale).arshjul;
  const layout = layoutWheel(occurrences, options.window, options.categories);
  const id = (name: string): string => `${options.idPrefix ?? ''}${name}`;
  const c = layout.center;
  const parts: string[] = [];
  const w = SIZE.width;
  const h = Math.round(layout.height);

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-labelledby="${id('title')} ${id('desc')}" font-family="${FONT}">`,
    `<title id="${id('title')}">${escapeXml(`${options.title} ${options.window.label}`)}</title>`,
    `<desc id="${id('desc')}">${escapeXml(`${t.wheel} ${options.window.label}: ${layout.items.length} ${t.events}`)}</desc>`,
    `<defs>${layout.rings.map((r) => patternDef(id(`pattern-${r.category}`), r.category)).join('')}</defs>`,
    `<rect width="${w}" height="${h}" fill="#ffffff"/>`,
    `<text x="40" y="56" font-size="30" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(options.title)}</text>`,
    `<text x="40" y="88" font-size="18" fill="${COLOURS.muted}">${escapeXml(`${t.wheel} ${options.window.label}`)}</text>`,
  );
  parts.push(rings(layout), months(layout, options), hub(c, options));
  parts.push(`<g class="events">${layout.items.map((item) => eventShape(item, c, id, options.locale)).join('')}</g>`);
  if (options.today && options.today >= options.window.start && options.today <= options.window.end) parts.push(todayMarker(c, angleOf(options.window, options.today, 0.5), t.today));
  parts.push(labelling(layout, options.locale), legend(layout, options.locale, id));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

function rings(layout: WheelLayout): string {
  const c = layout.center;
  const bands = layout.rings.map((r, i) => `<path class="ring" data-category="${r.category}" d="${ringSegment(c, r.r1, r.r2, 0, 360)}" fill="${COLOURS.ring[i % 2]}" stroke="#c8c8c8" stroke-width="0.8"/>`);
  return `<g class="rings">${bands.join('')}</g>`;
}

function months(layout: WheelLayout, options: WheelOptions): string {
  const c = layout.center;
  const inner = SIZE.outer - SIZE.monthWidth;
  const out = monthsOf(options.window).map(({ month }, i) => {
    const a1 = i * 30;
    const p = polar(c, (inner + SIZE.outer) / 2, a1 + 15);
    const rule = [polar(c, SIZE.hole, a1), polar(c, SIZE.outer, a1)];
    return (
      `<g class="month" data-month="${month}">` +
      `<path d="${ringSegment(c, inner, SIZE.outer, a1, a1 + 30)}" fill="${COLOURS.month[i % 2]}" stroke="#ffffff" stroke-width="1.5"/>` +
      `<line x1="${num(rule[0]!.x)}" y1="${num(rule[0]!.y)}" x2="${num(rule[1]!.x)}" y2="${num(rule[1]!.y)}" stroke="${COLOURS.rule}" stroke-width="0.8"/>` +
      `<text x="${num(p.x)}" y="${num(p.y)}" dy="0.35em" text-anchor="middle" transform="rotate(${num(upright(a1 + 15))} ${num(p.x)} ${num(p.y)})" font-size="16" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(monthName(options.locale, month))}</text>` +
      `</g>`
    );
  });
  return `<g class="months">${out.join('')}</g>`;
}

/** Rotation that lays text along the ring at `angle` and keeps it readable (never upside down). */
function upright(angle: number): number {
  const a = ((angle % 360) + 360) % 360;
  return a > 90 && a < 270 ? a - 180 : a;
}

function hub(c: Point, options: WheelOptions): string {
  const note = options.hubNote ? `<text x="${num(c.x)}" y="${num(c.y + 34)}" text-anchor="middle" font-size="13" fill="${COLOURS.muted}">${escapeXml(options.hubNote)}</text>` : '';
  return `<g class="hub"><circle cx="${num(c.x)}" cy="${num(c.y)}" r="${SIZE.hole - 2}" fill="#ffffff" stroke="#c8c8c8"/><text x="${num(c.x)}" y="${num(c.y + 8)}" text-anchor="middle" font-size="${options.window.label.length > 4 ? 34 : 42}" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(options.window.label)}</text>${note}</g>`;
}

function eventShape(item: PlacedItem, c: Point, id: (s: string) => string, locale: Locale): string {
  const o = item.occurrence;
  const tip = `<title>${escapeXml(`${occurrenceDate(locale, o)}: ${o.event.title}`)}</title>`;
  const attrs = `class="event ${item.form}" data-calendar="${escapeXml(o.calendar.id)}" data-event="${escapeXml(o.event.id)}" data-category="${item.category}" data-n="${item.n}"`;
  if (item.form === 'arc') {
    return `<g ${attrs}>${tip}<path d="${ringSegment(c, item.r1, item.r2, item.a1, item.a2)}" fill="url(#${id(`pattern-${item.category}`)})" stroke="${COLOURS.ink}" stroke-width="0.8"/></g>`;
  }
  return `<g ${attrs}>${tip}${markShape(item.category, item.anchor.x, item.anchor.y, item.markSize)}</g>`;
}

function todayMarker(c: Point, angle: number, label: string): string {
  const a = polar(c, SIZE.hole - 4, angle);
  const b = polar(c, SIZE.outer + 8, angle);
  const l = polar(c, SIZE.hole - 22, angle);
  return `<g class="today"><line x1="${num(a.x)}" y1="${num(a.y)}" x2="${num(b.x)}" y2="${num(b.y)}" stroke="#000000" stroke-width="2.5" stroke-dasharray="7 4"/><text x="${num(l.x)}" y="${num(l.y)}" dy="0.35em" text-anchor="middle" font-size="12" font-weight="bold" fill="#000000">${escapeXml(label)}</text></g>`;
}

function labelling(layout: WheelLayout, locale: Locale): string {
  const c = layout.center;
  const lead = (from: Point, angle: number, to: Point): string => {
    const elbow = polar(c, SIZE.outer + 8, angle);
    return `<polyline points="${num(from.x)},${num(from.y)} ${num(elbow.x)},${num(elbow.y)} ${num(to.x)},${num(to.y)}" fill="none" stroke="${COLOURS.muted}" stroke-width="0.8" stroke-opacity="0.8"/>`;
  };
  if (layout.labelling.mode === 'labels') {
    const room = Math.floor((SIZE.width / 2 - SIZE.outer - 80) / (SIZE.labelFont * GLYPH));
    const out = layout.labelling.labels.map(({ item, x, y, side }) => {
      const date = occurrenceDate(locale, item.occurrence);
      const title = truncate(item.occurrence.event.title, Math.max(8, room - [...date].length - 2));
      const end = { x: side === 'right' ? x - 4 : x + 4, y };
      return `<g class="label" data-n="${item.n}">${lead(item.anchor, item.anchorAngle, end)}<text x="${num(x)}" y="${num(y)}" dy="0.35em" text-anchor="${side === 'right' ? 'start' : 'end'}" font-size="${SIZE.labelFont}" fill="${COLOURS.ink}"><tspan font-weight="bold">${escapeXml(date)}</tspan>  ${escapeXml(title)}</text></g>`;
    });
    return `<g class="labels">${out.join('')}</g>`;
  }
  const badges = layout.labelling.badges.map(({ item, at, angle }) => {
    const edge = polar(c, SIZE.outer + 26 - 11, angle);
    return `<g class="badge" data-n="${item.n}">${lead(item.anchor, item.anchorAngle, edge)}<circle cx="${num(at.x)}" cy="${num(at.y)}" r="11" fill="#ffffff" stroke="${COLOURS.ink}" stroke-width="1.2"/><text x="${num(at.x)}" y="${num(at.y)}" dy="0.35em" text-anchor="middle" font-size="11" font-weight="bold" fill="${COLOURS.ink}">${item.n}</text></g>`;
  });
  const x = c.x + SIZE.outer + 90;
  // A loop, not Math.max(...items): a calendar may hold more events than a call takes arguments.
  let longest = 0;
  for (const i of layout.items) longest = Math.max(longest, [...occurrenceDate(locale, i.occurrence)].length);
  const dateWidth = Math.min(230, Math.max(90, Math.ceil(longest * SIZE.labelFont * GLYPH) + 12));
  const room = Math.floor((SIZE.width - 30 - x - 34 - dateWidth) / (SIZE.labelFont * GLYPH));
  const rows = layout.items.map((item, k) => {
    const y = SIZE.top + 20 + k * SIZE.lineHeight;
    const o = item.occurrence;
    return `<g class="list-item" data-n="${item.n}">${markShape(item.category, x + 6, y, 10)}<text x="${num(x + 34)}" y="${y}" dy="0.35em" text-anchor="end" font-size="${SIZE.labelFont}" font-weight="bold" fill="${COLOURS.ink}">${item.n}</text><text x="${num(x + 42)}" y="${y}" dy="0.35em" font-size="${SIZE.labelFont}" fill="${COLOURS.muted}">${escapeXml(truncate(occurrenceDate(locale, o), 30))}</text><text x="${num(x + 42 + dateWidth)}" y="${y}" dy="0.35em" font-size="${SIZE.labelFont}" fill="${COLOURS.ink}">${escapeXml(truncate(o.event.title, room))}</text></g>`;
  });
  return `<g class="badges">${badges.join('')}</g><g class="list">${rows.join('')}</g>`;
}

function legend(layout: WheelLayout, locale: Locale, id: (s: string) => string): string {
  const t = words(locale).arshjul;
  const y0 = layout.center.y + SIZE.outer + 70;
  const left = 40;
  const per = layout.labelling.mode === 'labels' ? 7 : 5;
  const items = layout.rings.map((r, i) => {
    const x = left + (i % per) * 205;
    const y = y0 + 26 + Math.floor(i / per) * 30;
    return `<g class="legend-item" data-category="${r.category}"><rect x="${x}" y="${y - 9}" width="34" height="18" fill="url(#${id(`pattern-${r.category}`)})" stroke="${COLOURS.ink}" stroke-width="0.8"/>${markShape(r.category, x + 48, y, 12)}<text x="${x + 62}" y="${y}" dy="0.35em" font-size="14" fill="${COLOURS.ink}">${i + 1}. ${escapeXml(t.categories[r.category])}</text></g>`;
  });
  return `<g class="legend"><text x="${left}" y="${y0}" font-size="14" font-weight="bold" fill="${COLOURS.ink}">${escapeXml(`${t.legend} (${t.ringsOutwards})`)}</text>${items.join('')}</g>`;
}
