import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import type { Locale } from '../../src/i18n/locale.js';
import { today } from '../../src/i18n/today.js';
import { reportDeadlines } from '../../src/model/status-report/period.js';
import { loadRepository } from '../../src/workspace/load-repository.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/nye-asker/', import.meta.url));
const epoch = (day: string) => String(Date.parse(`${day}T12:00:00Z`) / 1000);

/** The report-overdue messages for the example on a day (SOURCE_DATE_EPOCH fixes "today"). */
function overdueOn(day: string, locale: Locale = 'en'): string[] {
  vi.stubEnv('SOURCE_DATE_EPOCH', epoch(day));
  return checkRepository({ ...loadRepository(EXAMPLE), locale, today: today(process.env) }).diagnostics.filter((d) => d.rule === 'report-overdue').map((d) => d.message).sort();
}

afterEach(() => vi.unstubAllEnvs());

describe('report-overdue', () => {
  it('lists the deadlines of the årshjul: 30 April and 31 August tertials, the årsberetning by 31 March', () => {
    expect(reportDeadlines(2027, 2027).map((d) => `${d.key} ${d.due}`)).toEqual(['2027-t1 2027-04-30', '2027-t2 2027-08-31', '2027 2028-03-31']);
  });

  it('is quiet while every passed deadline of nye-asker has its report', () => {
    expect(overdueOn('2026-12-02')).toEqual([]);
    // Due on 31 March 2028: not overdue on the day itself.
    expect(overdueOn('2028-03-31')).toEqual([]);
  });

  it('warns once a deadline has passed without a report', () => {
    expect(overdueOn('2028-05-01')).toEqual([
      'the 1st tertial report of 2028 is overdue: it was due 2028-04-30 and no StatusReport of handlingsprogram-2027-2030 covers it',
      'the årsberetning 2027 is overdue: it was due 2028-03-31 and no StatusReport of handlingsprogram-2027-2030 covers it',
    ]);
  });

  it('speaks the workspace language (nb) by default, and nn when asked', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', epoch('2028-05-01'));
    const messages = (locale?: Locale) =>
      checkRepository({ ...loadRepository(EXAMPLE), ...(locale && { locale }), today: today(process.env) }).diagnostics.filter((d) => d.rule === 'report-overdue').map((d) => d.message).sort();
    expect(messages()).toEqual([
      '1. tertialrapport 2028 er forfalt: fristen var 2028-04-30, og ingen StatusReport for handlingsprogram-2027-2030 dekker den',
      'årsberetningen for 2027 er forfalt: fristen var 2028-03-31, og ingen StatusReport for handlingsprogram-2027-2030 dekker den',
    ]);
    expect(messages('nn')).toEqual([
      '1. tertialrapport 2028 er forfallen: fristen var 2028-04-30, og ingen StatusReport for handlingsprogram-2027-2030 dekkjer perioden',
      'årsmeldinga for 2027 er forfallen: fristen var 2028-03-31, og ingen StatusReport for handlingsprogram-2027-2030 dekkjer perioden',
    ]);
  });

  it('takes today from the option, not from the process environment', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', epoch('2026-12-02'));
    const d = checkRepository({ ...loadRepository(EXAMPLE), locale: 'en', today: '2028-05-01' }).diagnostics.filter((x) => x.rule === 'report-overdue');
    expect(d).toHaveLength(2);
  });
});

describe('the årshjul links report deadlines to the StatusReports that fulfil them', () => {
  it('in Markdown, HTML and the ICS description', async () => {
    const { main } = await import('../../src/cli.js');
    const { makeIo } = await import('../helpers/fake-io.js');
    const out = async (format: string) => {
      const { io, stdout } = makeIo(EXAMPLE);
      expect(await main(['arshjul', '--year', '2027', '--format', format], io)).toBe(0);
      return stdout.text;
    };
    const md = await out('md');
    expect(md).toContain('| 31. mars | Frist: årsberetningen avgis — Levert: Årsberetning 2026 (rapporter/arsberetning-2026.yaml) |');
    expect(md).toContain('Tertialrapport 1 (per 30. april) — Levert: 1. tertialrapport 2027 (rapporter/tertial-1-2027.yaml)');
    const html = await out('html');
    expect(html).toContain('data-reports="tertial-2-2027">Levert: 2. tertialrapport 2027 (rapporter/tertial-2-2027.yaml)</span>');
    const ics = (await out('ics')).replace(/\r\n /g, '');
    expect(ics).toContain('Levert: Årsberetning 2026 (rapporter/arsberetning-2026.yaml)');
  });

  it('from the built-in calendar alone: tertialrapport-1 on 30 April and tertialrapport-2 on 31 August', async () => {
    const { main } = await import('../../src/cli.js');
    const { makeIo } = await import('../helpers/fake-io.js');
    // Only the built-in calendar, so the links come from its events and not from the example's styringshjul.
    const { io, stdout } = makeIo(EXAMPLE);
    expect(await main(['arshjul', '--year', '2027', '--calendar', 'norway-municipal', '--format', 'md'], io)).toBe(0);
    expect(stdout.text).toContain('| 30. apr. | 1. tertialrapport: status per 30. april — Levert: 1. tertialrapport 2027 (rapporter/tertial-1-2027.yaml) |');
    expect(stdout.text).toContain('| 31. aug. | 2. tertialrapport: status per 31. august — Levert: 2. tertialrapport 2027 (rapporter/tertial-2-2027.yaml) |');
  });
});
