import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { main } from '../../src/cli.js';
import { nb } from '../../src/i18n/nb.js';
import { nn } from '../../src/i18n/nn.js';
import { UsageError } from '../../src/io.js';
import { captureIo } from '../helpers/capture-io.js';
import { writeTree } from '../helpers/tree.js';
import { BARNEHAGE, fixturePath, OKONOMI, read, repo, runImport, WORKSPACE } from './helpers/repo.js';

/** The actuals of every document of a file, by id. */
function actualsOf(text: string): Record<string, unknown> {
  return Object.fromEntries(parseAllDocuments(text).map((d) => d.toJS()).map((d: any) => [d.id, d.actuals]));
}

describe('plan import ssb <file>', () => {
  it('imports a JSON-stat 2.0 file: renumbered regions, a changed value, statuses and source.retrieved', async () => {
    const dir = repo();
    const r = await runImport(dir, { sources: [fixturePath('12134.json')] });
    expect(r.code).toBe(0);
    const after = read(dir, 'indicators/okonomi.yaml');
    expect(actualsOf(after)).toEqual({
      'netto-driftsresultat': [
        { year: 2015, value: 4.1 },
        { year: 2016, value: 5.2 },
        { year: 2017, value: 3 },
        { year: 2018, value: 1.9 },
        { year: 2019, value: 1.3 },
        { year: 2020, value: 2.9 },
        { year: 2021, value: 3.4 },
        { year: 2022, value: 0.4 },
        { year: 2023, value: -0.5 },
        { year: 2024, value: 1.1 },
        { year: 2025, value: 2.3, status: 'preliminary' },
      ],
      'netto-lanegjeld': [
        { year: 2020, value: 96 },
        { year: 2021, value: 94.2 },
        { year: 2022, value: 93 },
        { year: 2023, value: 92.1 },
        { year: 2024, value: 91.8, status: 'preliminary' },
        { year: 2025, value: 90.4, status: 'preliminary' },
      ],
      'egne-tall': [{ year: 2024, value: 7 }],
    });
    // Comments, the flow source, the third document: as they were.
    expect(after).toContain('  - { year: 2021, value: 3.4 }   # stemmer med årsregnskapet\n');
    expect(after).toContain('  - { year: 2023, value: -0.5 }  # feil, SSB sier -0.5\n');
    expect(after).toContain('ssb: { table: "12134", contents: KOSAG110000, region: ["3203", "3025", "0220"] }, retrieved: 2026-03-15 }');
    expect(after).toContain('  retrieved: 2026-03-15\n');
    expect(after.slice(after.indexOf('# Ikke fra SSB'))).toBe(OKONOMI.slice(OKONOMI.indexOf('# Ikke fra SSB')));
    expect(read(dir, 'indicators/barnehage.yaml')).toBe(BARNEHAGE);
    expect(r.out).toMatch(/netto-driftsresultat {2}indicators\/okonomi\.yaml {2}tabell 12134/);
    expect(r.out).toContain('endret       2023: −0,4 → −0,5');
    expect(r.out).toContain('uendret      2020–2022');
    expect(r.out).toMatch(/Totalt: 2 indikatorer fra 1 tabell: 12 år lagt til, 1 endret, 4 uendret, 5 hoppet over\. 1 fil skrevet\./);
  });

  it('reads a JSON-stat 1.x bundle to the same figures (without the 2.0 year notes)', async () => {
    const two = repo();
    const one = repo();
    await runImport(two, { sources: [fixturePath('12134.json')] });
    const r = await runImport(one, { sources: [fixturePath('12134-v1.json')] });
    expect(r.code).toBe(0);
    const strip = (a: any) => a.map(({ status: _s, ...rest }: any) => rest);
    const a = actualsOf(read(one, 'indicators/okonomi.yaml')) as any;
    const b = actualsOf(read(two, 'indicators/okonomi.yaml')) as any;
    expect(strip(a['netto-driftsresultat'])).toEqual(strip(b['netto-driftsresultat']));
    expect(a['netto-driftsresultat'].at(-1)).toEqual({ year: 2025, value: 2.3 });
  });

  it('takes the table from the file name and fixes other dimensions with filters; lists skipped years and why', async () => {
    const dir = repo();
    const r = await runImport(dir, { sources: [fixturePath('09220.json')] });
    expect(r.code).toBe(0);
    expect(actualsOf(read(dir, 'indicators/barnehage.yaml'))['barnehagedekning']).toEqual([
      { year: 2020, value: 92.8 },
      { year: 2021, value: 93.4 },
      { year: 2022, value: 93.6 },
      { year: 2023, value: 93.2 },
      { year: 2024, value: 93.5 },
      { year: 2025, value: 93.3 },
    ]);
    expect(r.out).toContain('hoppet over  2015–2019 («.»: lar seg ikke føre opp)');
  });

  it('lists every status symbol it skips: ".", "..", ":", "-" and empty cells', async () => {
    const dir = writeTree({
      'plan.yaml': WORKSPACE,
      'i.yaml': `kind: Indicator
id: gammel-asker
title: Barn 1–2 år i barnehage, gamle Asker
direction: increase
source: { name: SSB, ssb: { table: "09220", contents: BarnBhg, region: "0220", filters: { Alder: "F01" } } }
---
kind: Indicator
id: eak
title: Netto driftsresultat, landet uten Oslo
direction: increase
source: { name: SSB, ssb: { table: "12134", contents: KOSAG110000, region: EKA32 } }
`,
    });
    const r = await runImport(dir, { sources: [fixturePath('09220.json'), fixturePath('12134.json')], locale: 'en' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('skipped    2015 (":": confidential), 2020–2025 (".": not applicable)');
    expect(r.out).toContain('2025 ("..": not available)');
  });

  it('keeps a CRLF file with a byte order mark as it was, apart from the new lines', async () => {
    const crlf = `\uFEFF${OKONOMI.replace(/\n/g, '\r\n')}`;
    const dir = repo({ 'indicators/okonomi.yaml': crlf });
    expect((await runImport(dir, { sources: [fixturePath('12134.json')] })).code).toBe(0);
    const lf = repo();
    await runImport(lf, { sources: [fixturePath('12134.json')] });
    expect(read(dir, 'indicators/okonomi.yaml')).toBe(`\uFEFF${read(lf, 'indicators/okonomi.yaml').replace(/\n/g, '\r\n')}`);
  });

  it('--dry-run shows the same and writes nothing', async () => {
    const dir = repo();
    const r = await runImport(dir, { sources: [fixturePath('12134.json')], dryRun: true });
    expect(r.code).toBe(0);
    expect(read(dir, 'indicators/okonomi.yaml')).toBe(OKONOMI);
    expect(r.out).toContain('Tørrkjøring: ingenting skrevet (1 fil ville blitt endret).');
    const real = await runImport(dir, { sources: [fixturePath('12134.json')] });
    expect(real.out.replace(/\n[^\n]*\n$/, '')).toBe(r.out.replace(/\n[^\n]*\n$/, ''));
  });

  it('changes nothing the second time, and says so with exit 0', async () => {
    const dir = repo();
    await runImport(dir, { sources: [fixturePath('12134.json')] });
    const once = read(dir, 'indicators/okonomi.yaml');
    const again = await runImport(dir, { sources: [fixturePath('12134.json')] });
    expect(again.code).toBe(0);
    expect(read(dir, 'indicators/okonomi.yaml')).toBe(once);
    expect(again.out).toContain('0 år lagt til, 0 endret');
    expect(again.out).toContain('Ingen filer endret.');
  });

  it('--status final makes the preliminary years final and leaves the others alone', async () => {
    const dir = repo();
    await runImport(dir, { sources: [fixturePath('12134.json')] });
    const r = await runImport(dir, { sources: [fixturePath('12134.json')], status: 'final', indicators: ['netto-lanegjeld'] });
    expect(r.code).toBe(0);
    const list = actualsOf(read(dir, 'indicators/okonomi.yaml'))['netto-lanegjeld'] as { year: number; status?: string }[];
    expect(list.map((a) => `${a.year}:${a.status ?? '-'}`)).toEqual(['2020:-', '2021:-', '2022:-', '2023:-', '2024:final', '2025:final']);
    expect(r.out).toContain('endret       2024: 91,8 (foreløpig → endelig), 2025: 90,4 (foreløpig → endelig)');
  });

  it('exits 1 and names the categories when a dimension has no filter; the others are still imported', async () => {
    const dir = repo({ 'indicators/barnehage.yaml': BARNEHAGE.replace(', filters: { Alder: "999D" }', '') });
    const r = await runImport(dir, { sources: [fixturePath('09220.json'), fixturePath('12134.json')] });
    expect(r.code).toBe(1);
    expect(r.out).toContain('kunne ikke importeres: dimensjonen Alder må låses i source.ssb.filters; velg en av: 999D (1-5 år), F01 (1-2 år), F03 (3-5 år)');
    expect(read(dir, 'indicators/okonomi.yaml')).not.toBe(OKONOMI);
  });

  it('refuses a quarterly and a monthly table with a message that says so', async () => {
    const dir = writeTree({
      'plan.yaml': WORKSPACE,
      'i.yaml': `kind: Indicator\nid: ledige\ntitle: Ledige stillinger\ndirection: decrease\nsource: { name: SSB, ssb: { table: "11587", contents: LedigeStillinger } }\n---\nkind: Indicator\nid: kpi\ntitle: KPI\ndirection: maintain\nsource: { name: SSB, ssb: { table: "03013", contents: KpiIndMnd } }\n`,
    });
    const r = await runImport(dir, { sources: [fixturePath('11587.json'), fixturePath('03013.json')] });
    expect(r.code).toBe(1);
    expect(r.out).toContain('tabellen har kvartalstall (2016K1); plan import ssb tar bare årstall');
    expect(r.out).toContain('tabellen har månedstall (2016M01); plan import ssb tar bare årstall');
  });

  it('writes nothing when the result would not validate, and shows the diagnostics', async () => {
    const dir = repo({ 'befolkning.yaml': 'kind: Indicator\nid: folkemengde\ntitle: Folkemengde\ndirection: increase\nsource: { name: SSB, ssb: { table: "05803", contents: Folkemengde, region: "0" } }\n' });
    const r = await runImport(dir, { sources: [fixturePath('05803.json'), fixturePath('12134.json')] });
    expect(r.code).toBe(1);
    expect(r.err).toContain('importen ville gitt 1 feil i repositoriet; ingenting skrevet:');
    expect(r.err).toMatch(/befolkning\.yaml\n\s+7:13\s+feil\s+.*schema\/minimum/);
    expect(read(dir, 'indicators/okonomi.yaml')).toBe(OKONOMI);
    expect(read(dir, 'befolkning.yaml')).not.toContain('1899');
  });

  it('runs nothing on a repository that already has errors', async () => {
    const dir = repo({ 'broken.yaml': 'kind: Goal\nid: x\ntitel: typo\n' });
    const r = await runImport(dir, { sources: [fixturePath('12134.json')] });
    expect(r.code).toBe(1);
    expect(r.err).toContain('repositoriet har 3 feil fra før');
    expect(read(dir, 'indicators/okonomi.yaml')).toBe(OKONOMI);
  });

  it('reports a YAML error of the repository in the run locale (plan.yaml, else --locale), as validate does', async () => {
    const broken = { 'broken.yaml': 'kind: Goal\nid: x\n  title: [typo\n' };
    const nbRun = await runImport(repo(broken), { sources: [fixturePath('12134.json')] });
    expect(nbRun.code).toBe(1);
    expect(nbRun.err).toContain(nb.yamlText.codes.BLOCK_AS_IMPLICIT_KEY!);
    const nnRun = await runImport(repo({ ...broken, 'plan.yaml': WORKSPACE.replace('locale: nb', 'locale: nn') }), { sources: [fixturePath('12134.json')] });
    expect(nnRun.err).toContain(nn.yamlText.codes.BLOCK_AS_IMPLICIT_KEY!);
    const enRun = await runImport(repo(broken), { sources: [fixturePath('12134.json')], locale: 'en' });
    expect(enRun.err).toContain('Nested mappings are not allowed'); // en: the YAML library's own words
    expect(enRun.err).not.toContain(nb.yamlText.codes.BLOCK_AS_IMPLICIT_KEY!);
  });

  it('speaks the workspace locale, and --locale', async () => {
    const nn = repo({ 'plan.yaml': WORKSPACE.replace('locale: nb', 'locale: nn') });
    expect((await runImport(nn, { sources: [fixturePath('12134.json')], dryRun: true })).out).toContain('Tørrkøyring: ingenting skrive');
    expect((await runImport(nn, { sources: [fixturePath('12134.json')], dryRun: true, locale: 'en' })).out).toContain('Dry run: nothing written (1 file would change).');
  });

  it('exits 1 for a table no indicator reads', async () => {
    const dir = repo();
    const r = await runImport(dir, { sources: [fixturePath('11587.json')] });
    expect(r.code).toBe(1);
    expect(r.out).toContain('tabell 11587: ingen indikator har source.ssb.table "11587"');
  });
});

describe('plan import ssb: what stops it (exit 2, one line, no stack trace)', () => {
  const cli = async (args: string[], cwd: string) => {
    const io = captureIo(cwd);
    const code = await main(['import', 'ssb', ...args], io);
    return { code, err: io.err(), out: io.out() };
  };

  it.each([
    [['nope.json'], /^plan: «?"nope\.json" er verken en fil, en mappe eller et tabellnummer på fem sifre\n$/],
    [['bad.json'], /^plan: bad\.json er ikke JSON-stat: det er ikke JSON\n$/],
    [['error.json'], /^plan: error\.json er ikke JSON-stat: svaret er en feilmelding: Bad Request\n$/],
    [['data.json'], /^plan: vet ikke hvilken SSB-tabell data\.json er fra; oppgi den med --table/],
    [['--indicator', 'netto-driftsresultet', fixturePath('12134.json')], /^plan: ingen indikator med id "netto-driftsresultet"; mente du "netto-driftsresultat"\?\n$/],
    [['--indicator', 'egne-tall', fixturePath('12134.json')], /^plan: indikatoren "egne-tall" har ikke source\.ssb\n$/],
    [['--table', '1213', fixturePath('12134.json')], /^plan: ugyldig verdi «1213» for --table: ventet SSBs tabellnummer på fem sifre/],
    [['--api', 'ftp://x', '12134'], /^plan: --api må være en http- eller https-adresse/],
    [[fixturePath('12134.json'), 'other-12134.json'], /^plan: datasettene for tabell 12134 har ulike dimensjoner; importer dem hver for seg\n$/],
  ])('%j', async (args, message) => {
    const dir = repo({
      'bad.json': '{ not json',
      'error.json': '{"type":"x","title":"Bad Request","status":400}',
      'data.json': JSON.stringify({ version: '2.0', class: 'dataset', id: ['Tid'], size: [1], dimension: { Tid: { category: { index: ['2024'] } } }, value: [1] }),
      'other-12134.json': readFileSync(fixturePath('09220.json'), 'utf8'),
    });
    const r = await cli(args, dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('throws a UsageError for --table with several files', async () => {
    const dir = repo();
    await expect(runImport(dir, { sources: [fixturePath('12134.json'), fixturePath('09220.json')], table: '12134' })).rejects.toThrow(UsageError);
  });
});
