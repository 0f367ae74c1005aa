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

/** A report the kommunelov expects: the period it covers and the day it is due (YYYY-MM-DD). */
export interface ReportDeadline {
  type: 'tertial' | 'annual';
  year: number;
  tertial?: 1 | 2;
  /** The key `periodKey` gives the report that fulfils it. */
  key: string;
  due: string;
}

/**
 * The reports due for a plan's years, as the built-in årshjul has them: the tertial
 * reports (kommuneloven § 14-5) as of 30 April and 31 August, and the årsberetning
 * (§ 14-7) of a year by 31 March of the next. In date order.
 */
export function reportDeadlines(start: number, end: number): ReportDeadline[] {
  const out: ReportDeadline[] = [];
  for (let year = start; year <= end; year++) {
    const y = String(year).padStart(4, '0');
    out.push({ type: 'tertial', year, tertial: 1, key: `${year}-t1`, due: `${y}-04-30` });
    out.push({ type: 'tertial', year, tertial: 2, key: `${year}-t2`, due: `${y}-08-31` });
    out.push({ type: 'annual', year, key: `${year}`, due: `${String(year + 1).padStart(4, '0')}-03-31` });
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
