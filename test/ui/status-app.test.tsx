import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { buildScorecard } from '../../src/model/scorecard.js';
import { StatusApp } from '../../src/ui/status-app.js';
import { loadExample } from '../helpers/example-repo.js';

const DOWN = '\u001B[B';
const UP = '\u001B[A';
const LEFT = '\u001B[D';
const ENTER = '\r';

const card = buildScorecard(loadExample().repo, { year: 2025, today: '2026-08-31' });

/** Waits (at most about 20 s, for busy machines) until the last frame satisfies `ok`; then returns it. */
async function frameWhere(app: ReturnType<typeof render>, ok: (frame: string) => boolean): Promise<string> {
  for (let i = 0; i < 4000; i++) {
    const frame = app.lastFrame() ?? '';
    if (ok(frame)) return frame;
    await new Promise((r) => setTimeout(r, 5));
  }
  return app.lastFrame() ?? '';
}

/** Types a key and waits until the frame changes. */
async function press(app: ReturnType<typeof render>, key: string): Promise<string> {
  const before = app.lastFrame();
  app.stdin.write(key);
  return frameWhere(app, (f) => f !== before);
}

/** The list line that is highlighted (starts with ›). */
function selected(frame: string): string {
  return frame.split('\n').find((l) => l.startsWith('›')) ?? '';
}

afterEach(() => cleanup());

describe('StatusApp', () => {
  it('shows the rollup counts, the focus areas and the key help', async () => {
    const app = render(<StatusApp card={card} locale="nb" />);
    const frame = await frameWhere(app, (f) => f.includes('Målstatus 2025'));
    expect(frame).toContain('Kommuneplanens samfunnsdel 2020–2040 · Målstatus 2025');
    expect(frame).toContain('20 indikatorer: ★ 3 nådd · ● 7 i rute · ▲ 3 i faresonen · ✖ 6 ikke i rute · ○ 1 ingen data');
    expect(frame).toContain('1 forsinket');
    expect(selected(frame)).toContain('✖ Gode og likeverdige tjenester');
    for (const area of ['Helhetlig og samordnet samfunnsutvikling', 'Klima og miljø', 'Innovasjon og smart kommune', 'Gevinster']) expect(frame).toContain(area);
    expect(frame).toContain('q avslutt');
  });

  it('walks focus area → goal → indicator with arrows and enter, and back with ←', async () => {
    const app = render(<StatusApp card={card} locale="nb" />);
    await frameWhere(app, (f) => f.includes('Målstatus'));
    let frame = await press(app, DOWN);
    expect(selected(frame)).toContain('Helhetlig og samordnet samfunnsutvikling');
    frame = await press(app, ENTER);
    expect(selected(frame)).toContain('✖ Asker utvikles som en flersenterkommune');
    frame = await press(app, DOWN);
    frame = await press(app, ENTER);
    expect(frame).toContain('Helhetlig og samordnet samfunnsutvikling › Flere reiser kollektivt, sykler og går');
    expect(selected(frame)).toContain('▲ Andel reiser med kollektivtransport, sykkel');
    // The detail pane: status, trend, sparkline, baseline, needed value and targets.
    expect(frame).toContain('▲ I faresonen   Trend: ↗ bedring');
    expect(frame).toContain('Utvikling 2020–2025: ▁▂▅▆▇█ 33–43,5 %');
    expect(frame).toContain('Utgangsverdi: 38 % (2019)');
    expect(frame).toContain('Trengs 2025: 44 %');
    expect(frame).toContain('Målverdier: 45 % (2026), 50 % (2030)');
    // Enter opens the indicator full width, with a bar per year; ← goes back to its list.
    frame = await press(app, ENTER);
    expect(frame).toContain('› Flere reiser kollektivt, sykler og går › Andel reiser');
    // Bars from zero: 33 % of the largest value shown (50 %) is 26 of 40 characters.
    expect(frame).toMatch(/2020  █{26} +33 %/);
    expect(frame).toMatch(/2030 +◎ 50 %/);
    frame = await press(app, LEFT);
    expect(selected(frame)).toContain('▲ Andel reiser med kollektivtransport, sykkel');
    frame = await press(app, LEFT);
    expect(selected(frame)).toContain('Flere reiser kollektivt, sykler og går');
    frame = await press(app, UP);
    expect(selected(frame)).toContain('Asker utvikles som en flersenterkommune');
  });

  it('shows the measures of a goal with their progress from the report in force', async () => {
    const withReport = buildScorecard(loadExample().repo, { year: 2025, today: '2027-05-15' });
    const app = render(<StatusApp card={withReport} locale="nb" />);
    await frameWhere(app, (f) => f.includes('Målstatus'));
    let frame = await press(app, DOWN);
    frame = await press(app, ENTER);
    frame = await press(app, DOWN);
    expect(selected(frame)).toContain('Flere reiser kollektivt, sykler og går');
    // The goal's detail pane lists its measures; the measure lines follow its indicators.
    expect(frame).toContain('Tiltak');
    expect(frame).toContain('● I rute · Sammenhengende sykkelvegnett');
    frame = await press(app, ENTER);
    frame = await press(app, DOWN);
    expect(selected(frame)).toContain('Sammenhengende sykkelvegnett');
  });

  it('shows målekart thresholds in the detail pane', async () => {
    const app = render(<StatusApp card={card} locale="nb" />);
    await frameWhere(app, (f) => f.includes('Målstatus'));
    for (let i = 0; i < 5; i++) await press(app, DOWN);
    expect(selected(await press(app, ENTER))).toContain('Asker kommune er en attraktiv arbeidsgiver');
    await press(app, ENTER);
    const frame = await press(app, DOWN);
    expect(selected(frame)).toContain('● Andel ansatte i heltidsstilling');
    expect(frame).toContain('Målekart: ønsket 52 %, laveste akseptable 50 %');
  });

  it('lists the benefits, each marked by its own state, with its indicator status in the pane', async () => {
    const app = render(<StatusApp card={card} locale="nb" />);
    await frameWhere(app, (f) => f.includes('Målstatus'));
    for (let i = 0; i < 7; i++) await press(app, DOWN);
    let frame = await press(app, ENTER);
    expect(frame).toContain('◆ Raskere behandling av søknader  realisert');
    frame = await press(app, DOWN);
    expect(selected(frame)).toContain('! Flere boliger nær tjenester');
    expect(frame).toContain('Tilstand: Forsinket');
    expect(frame).toContain('Frist: 2026-06-30');
  });

  it('quits on q', async () => {
    let quit = 0;
    const app = render(<StatusApp card={card} locale="en" onQuit={() => quit++} />);
    await frameWhere(app, (f) => f.includes('Status 2025'));
    app.stdin.write('q');
    await frameWhere(app, () => quit > 0);
    expect(quit).toBe(1);
  });

  it('speaks the workspace locale', async () => {
    const app = render(<StatusApp card={card} locale="en" />);
    const frame = await frameWhere(app, (f) => f.includes('Status 2025'));
    expect(frame).toContain('20 indicators: ★ 3 reached · ● 7 on track · ▲ 3 at risk · ✖ 6 off track · ○ 1 no data');
    expect(frame).toContain('q quit');
  });
});
