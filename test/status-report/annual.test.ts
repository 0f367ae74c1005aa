import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { buildStatusReportView } from '../../src/model/status-report/view.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { makeIo } from '../helpers/fake-io.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/nye-asker/', import.meta.url));
const P = '\u00a0%';

/** An årsberetning for a plan year of the example, its figures worked out by hand in its comments. */
const ANNUAL_2027 = readFileSync(fileURLToPath(new URL('../fixtures/status-report/arsberetning-2027.yaml', import.meta.url)), 'utf8');

function withAnnual2027(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-annual-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  writeFileSync(join(dir, 'rapporter', 'arsberetning-2027.yaml'), ANNUAL_2027);
  return dir;
}

const DIR = withAnnual2027();
const repo = checkRepository(loadRepository(DIR)).repo;
const annual = (id: string, locale: 'nb' | 'nn' | 'en' = 'en') => buildStatusReportView(repo, repo.get(id, 'StatusReport')!, locale).annual!;

describe('the economic result of an årsberetning, against hand-worked values', () => {
  it('in a plan year: net operating result as budgeted and after the units\u2019 deviation, its share of income', () => {
    const r = annual('arsberetning-2027').economicResult;
    expect(r.lines).toEqual([
      { label: 'Net operating result', planned: '126,900', result: '91,900', difference: '-35,000' },
      { label: 'Net operating result, % of gross operating income', planned: `2.1${P}`, result: `1.5${P}`, difference: '-0.6 percentage points' },
    ]);
    expect(r.note).toContain('(35,000)');
  });

  it('the financial targets (handlingsregler), met or not by the result', () => {
    expect(annual('arsberetning-2027').economicResult.targets.map((t) => [t.target, t.bound, t.planned, t.result, t.met])).toEqual([
      ['netOperatingResult', `at least 2.0${P}`, `2.1${P}`, `1.5${P}`, false],
      ['unrestrictedFund', `at least 8.0${P}`, `10.8${P}`, `10.2${P}`, true],
      ['netDebt', `at most 100.0${P}`, `94.4${P}`, `94.4${P}`, true],
    ]);
  });

  it('in the basis year the data do not allow it, and the note says so with the total deviation', () => {
    const r = annual('arsberetning-2026').economicResult;
    expect(r.lines).toBeNull();
    expect(r.targets).toEqual([]);
    // 4715200 − 4700000 (the comment of rapporter/arsberetning-2026.yaml)
    expect(r.note).toBe("The financial plan has no operating budget for 2026, so the net operating result cannot be worked out from it; the units' total deviation is 15,200.");
  });

  it('the outcome: measures per progress, the benefits realised', () => {
    const o = annual('arsberetning-2027').outcome;
    expect(o.measures.map((m) => `${m.symbol} ${m.text}: ${m.count}`)).toEqual(['◆ Delayed: 1', '✓ Done: 1', '■ Stopped: 1']);
    expect(o.realised.map((b) => b.id)).toEqual(['faerre-reinnleggelser']);
    expect(annual('arsberetning-2026').outcome).toEqual({ measures: [], realised: [{ id: 'raskere-soknadsbehandling', title: 'Raskere behandling av søknader', comment: 'Saksbehandlingstiden er halvert' }] });
  });
});

describe('goal attainment per focus area', () => {
  it('counts each focus area\u2019s indicators by the status of plan status in the year of asOf', () => {
    const g = annual('arsberetning-2026').goalAttainment;
    expect(g.year).toBe(2026);
    expect(g.areas.map((a) => [a.title, a.counts.map((c) => `${c.status} ${c.count}`).join(', ')])).toEqual([
      ['Gode og likeverdige tjenester', 'on-track 3, at-risk 1, off-track 2'],
      ['Helhetlig og samordnet samfunnsutvikling', 'on-track 1, at-risk 1, off-track 1'],
      ['Bærekraftig og økonomisk robust kommune', 'reached 1, on-track 1, at-risk 1'],
      ['Styrket lokaldemokrati og medborgerskap', 'off-track 1, no-data 1'],
      ['Klima og miljø', 'reached 1, on-track 1, off-track 1'],
      ['Attraktiv arbeidsgiver / arbeidsgiverutvikling', 'on-track 1, off-track 1'],
      ['Innovasjon og smart kommune', 'reached 1'],
    ]);
    const indicator = (id: string) => g.areas.flatMap((a) => a.goals.flatMap((x) => x.indicators)).find((i) => i.id === id)!;
    // By hand: netto-driftsresultat 2.1 in 2025 against the 2026 target 2.0 (increase): reached.
    expect(indicator('netto-driftsresultat')).toMatchObject({ latest: '2.1 (2025)', status: 'reached', statusText: 'Reached' });
    // valgdeltakelse 66.4 in 2023, below its baseline 67.9 (increase): off track; innbyggertilfredshet has no actuals.
    expect(indicator('valgdeltakelse')).toMatchObject({ latest: '66.4 (2023)', status: 'off-track' });
    expect(indicator('innbyggertilfredshet')).toMatchObject({ latest: '–', status: 'no-data', statusText: 'No data' });
  });

  it('uses the words of plan status', () => {
    expect(annual('arsberetning-2026', 'nb').goalAttainment.areas[3]!.counts.map((c) => c.text)).toEqual(['Ikke i rute', 'Ingen data']);
  });
});

describe('plan report arsberetning renders the economic result and goal attainment', () => {
  const render = async (format: string, locale: string) => {
    const { main } = await import('../../src/cli.js');
    const { io, stdout, stderr } = makeIo(DIR);
    const code = await main(['report', 'arsberetning', '--report', 'arsberetning-2027', '--format', format, '--locale', locale], io);
    return { code, stdout: stdout.text, stderr: stderr.text };
  };
  for (const format of ['md', 'html']) {
    it(`in nb, nn and en, ${format}`, async () => {
      const nb = await render(format, 'nb');
      expect(nb.code).toBe(0);
      expect(nb.stdout).toContain('Økonomisk resultat');
      expect(nb.stdout).toContain('126\u00a0900');
      expect(nb.stdout).toContain('91\u00a0900');
      expect(nb.stdout).toContain('−0,6 prosentpoeng');
      expect(nb.stdout).toContain('ikke nådd');
      expect(nb.stdout).toContain('Måloppnåelse per målområde');
      expect(nb.stdout).toContain('Regnskap');
      const nn = await render(format, 'nn');
      expect(nn.stdout).toContain('Måloppnåing per målområde');
      expect(nn.stdout).toContain('Rekneskap');
      const en = await render(format, 'en');
      expect(en.stdout).toContain('Goal attainment by focus area');
      expect(en.stdout).toContain('Financial targets');
      expect(en.stdout).toMatch(/1\.5\u00a0%/);
    });
  }
});
