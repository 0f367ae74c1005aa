import type { Occurrence } from '../../arshjul/occurrences.js';
import type { Repository } from '../repository.js';
import { periodKey } from './period.js';

/** A StatusReport that fulfils an årshjul deadline: its id, title and the file it is written in. */
export interface FulfillingReport {
  id: string;
  title: string;
  file: string;
}

/**
 * The årshjul events that are report deadlines, and the period (as `periodKey` writes it)
 * of the report due in an occurrence's year: the årsberetning of the year before by
 * 31 March (built-in `arsberetning-avgitt`), the tertial reports as of 30 April and 31 August.
 */
const DEADLINE_EVENTS: Record<string, (year: number) => string> = {
  'arsberetning-avgitt': (year) => `${year - 1}`,
  'tertialrapport-1': (year) => `${year}-t1`,
  'tertialrapport-2': (year) => `${year}-t2`,
};

/**
 * For the årshjul: the valid StatusReports that fulfil each deadline occurrence
 * (any plan's report of that period). An index built once, so linear in the reports.
 */
export function reportsForDeadlines(repo: Repository): (o: Occurrence) => FulfillingReport[] {
  const byKey = new Map<string, FulfillingReport[]>();
  for (const r of repo.ofKind('StatusReport', true)) {
    const key = periodKey(r.data);
    const list = byKey.get(key) ?? [];
    list.push({ id: r.id, title: r.data.title, file: r.doc.source.path });
    byKey.set(key, list);
  }
  return (o) => {
    const keyOf = Object.hasOwn(DEADLINE_EVENTS, o.event.id) ? DEADLINE_EVENTS[o.event.id] : undefined;
    return keyOf ? (byKey.get(keyOf(o.year)) ?? []) : [];
  };
}
