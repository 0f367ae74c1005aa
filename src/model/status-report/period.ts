import type { StatusReport } from '../schema-types.js';

/** The tertials of a year: their first and last day (MM-DD), 1: January–April, 2: May–August, 3: September–December. */
const TERTIALS: Record<1 | 2 | 3, { from: string; to: string }> = {
  1: { from: '01-01', to: '04-30' },
  2: { from: '05-01', to: '08-31' },
  3: { from: '09-01', to: '12-31' },
};

/** The first and last day (YYYY-MM-DD) a report covers: its tertial of the year, or the whole year for an annual report. */
export function periodDays(report: Pick<StatusReport, 'type' | 'period'>): { from: string; to: string } {
  const year = String(report.period.year).padStart(4, '0');
  const tertial = report.type === 'tertial' ? report.period.tertial : undefined;
  if (tertial === 1 || tertial === 2 || tertial === 3) return { from: `${year}-${TERTIALS[tertial].from}`, to: `${year}-${TERTIALS[tertial].to}` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The key of the period a report covers, unique per plan: `2027-t1` for a tertial, `2027`
 * for an annual report. A tertial report without a tertial keys as `2027-t?`.
 */
export function periodKey(report: Pick<StatusReport, 'type' | 'period'>): string {
  return report.type === 'annual' ? `${report.period.year}` : `${report.period.year}-t${report.period.tertial ?? '?'}`;
}
