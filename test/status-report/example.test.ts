import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { checkRepository } from '../../src/check/check-repository.js';
import { buildStatusReportView } from '../../src/model/status-report/view.js';
import { fileURLToPath } from 'node:url';

const EXAMPLE = fileURLToPath(new URL('../../examples/nye-asker/', import.meta.url));
const { repo } = checkRepository(loadRepository(EXAMPLE));
const view = (id: string, locale: 'nb' | 'nn' | 'en' = 'en') => buildStatusReportView(repo, repo.get(id, 'StatusReport')!, locale);
/** Each row as [unit, frame, forecast, deviation, percent], in the en locale (plain digits with , groups). */
const rows = (id: string) => {
  const d = view(id).deviations!;
  return [...d.rows.map((r) => [r.unit, r.frame, r.forecast, r.deviation, r.percent]), ['total', d.total.frame, d.total.forecast, d.total.deviation, d.total.percent]];
};
const P = '\u00a0%';

// Every figure worked out by hand in the comments of examples/nye-asker/rapporter/*.yaml.
describe('the deviation tables of the example reports, against hand-worked values', () => {
  it('1st tertial 2027: against the 2027 frames, sorted by |deviation|', () => {
    expect(rows('tertial-1-2027')).toEqual([
      ['velferd', '2,053,000', '2,081,000', '28,000', `1.4${P}`],
      ['samfunnstjenester', '405,800', '401,000', '-4,800', `-1.2${P}`],
      ['oppvekst', '1,948,600', '1,952,000', '3,400', `0.2${P}`],
      ['organisasjon-og-digitalisering', '145,300', '146,500', '1,200', `0.8${P}`],
      ['okonomi-og-virksomhetsstyring', '103,800', '103,300', '-500', `-0.5${P}`],
      ['samfunnsutvikling', '147,400', '147,400', '0', `0.0${P}`],
      ['kultur-og-innbyggerdialog', '135,200', '135,200', '0', `0.0${P}`],
      ['total', '4,939,100', '4,966,400', '27,300', `0.6${P}`],
    ]);
  });

  it('2nd tertial 2027', () => {
    expect(rows('tertial-2-2027')).toEqual([
      ['velferd', '2,053,000', '2,095,000', '42,000', `2.0${P}`],
      ['oppvekst', '1,948,600', '1,955,600', '7,000', `0.4${P}`],
      ['samfunnstjenester', '405,800', '399,800', '-6,000', `-1.5${P}`],
      ['organisasjon-og-digitalisering', '145,300', '147,800', '2,500', `1.7${P}`],
      ['samfunnsutvikling', '147,400', '146,400', '-1,000', `-0.7${P}`],
      ['okonomi-og-virksomhetsstyring', '103,800', '103,800', '0', `0.0${P}`],
      ['kultur-og-innbyggerdialog', '135,200', '135,200', '0', `0.0${P}`],
      ['total', '4,939,100', '4,983,600', '44,500', `0.9${P}`],
    ]);
  });

  it('årsberetning 2026: against the bases of basisYear 2026; 1.0 % exactly is not significant', () => {
    expect(rows('arsberetning-2026')).toEqual([
      ['velferd', '1,950,000', '1,968,500', '18,500', `0.9${P}`],
      ['oppvekst', '1,880,000', '1,871,000', '-9,000', `-0.5${P}`],
      ['samfunnstjenester', '380,000', '386,000', '6,000', `1.6${P}`],
      ['okonomi-og-virksomhetsstyring', '95,000', '93,500', '-1,500', `-1.6${P}`],
      ['kultur-og-innbyggerdialog', '120,000', '121,200', '1,200', `1.0${P}`],
      ['samfunnsutvikling', '140,000', '140,000', '0', `0.0${P}`],
      ['organisasjon-og-digitalisering', '135,000', '135,000', '0', `0.0${P}`],
      ['total', '4,700,000', '4,715,200', '15,200', `0.3${P}`],
    ]);
    expect(view('arsberetning-2026').deviations!.rows.filter((r) => r.significant).map((r) => r.unit)).toEqual(['samfunnstjenester', 'okonomi-og-virksomhetsstyring']);
  });

  it('lists what changed since the 1st tertial, and says the 1st is the first of the year', () => {
    const changes = view('tertial-2-2027').changes!;
    expect(changes.filter((c) => c.kind === 'progress').map((c) => [c.id, c.from, c.to])).toEqual([
      ['sprakloftet-barnehage', 'Not started', 'On track'],
      ['ny-skole-spikkestad', 'Delayed', 'At risk'],
      ['sentrumsutvikling-slemmestad', 'At risk', 'Delayed'],
      ['gevinstrealiseringsprogram', 'On track', 'At risk'],
      ['ungdomsmedvirkning', 'Not started', 'On track'],
      ['digital-hjemmeoppfolging', 'On track', 'At risk'],
    ]);
    expect(changes.find((c) => c.kind === 'forecast' && c.id === 'velferd')).toMatchObject({ from: '2,081,000', to: '2,095,000' });
    expect(changes.filter((c) => c.kind === 'benefit').map((c) => c.id)).toEqual(['lavere-utslipp-bygg-og-anlegg']);
    expect(view('tertial-1-2027').changes).toBeNull();
  });

  it('gives each progress its own shape', () => {
    const symbols = view("tertial-2-2027").focusAreas.flatMap((a) => a.measures.map((m): [string, string] => [m.progress, m.symbol]));
    expect(new Map(symbols)).toEqual(new Map([['on-track', '●'], ['at-risk', '▲'], ['delayed', '◆'], ['done', '✓']]));
  });

  it('uses the indicator status words of plan status', () => {
    const ind = view('tertial-1-2027', 'nb').focusAreas.flatMap((a) => a.indicators).find((i) => i.id === 'netto-driftsresultat');
    expect(ind).toMatchObject({ status: 'reached', statusText: 'Nådd' });
  });
});

describe('plan report tertialrapport and arsberetning', () => {
  for (const locale of ['nb', 'nn', 'en']) {
    for (const format of ['md', 'html']) {
      it(`renders the 1st tertial 2027 in ${locale}, ${format}`, async () => {
        const r = await run(['report', 'tertialrapport', '--report', 'tertial-1-2027', '--format', format, '--locale', locale]);
        expect(r).toMatchObject({ code: 0, stderr: '' });
        expect(r.stdout).toContain('1. tertialrapport 2027');
        expect(r.stdout).toContain(locale === 'en' ? '28,000' : '28\u00a0000');
      });
    }
  }

  it('renders the årsberetning with the § 14-7 sections, by default the latest annual report', async () => {
    const r = await run(['report', 'arsberetning']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('# Årsberetning 2026');
    expect(r.stdout).toContain('Aktivitetsplikten');
  });

  it('names an unknown report, exit 2', async () => {
    const r = await run(['report', 'tertialrapport', '--report', 'tertial-9']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('finner ingen statusrapport «tertial-9»');
  });
});
