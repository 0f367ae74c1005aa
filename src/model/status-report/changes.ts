import type { Locale } from '../../i18n/locale.js';
import { formatAmount } from '../../output/budget/number.js';
import { words as catalogue } from '../../i18n/words.js';
import { dec } from '../okonomiplan/decimal.js';
import type { Entry, Repository } from '../repository.js';
import { reportWords } from './labels.js';

/** One thing that changed between two reports of a year: what, and from and to (words of the report's locale). */
export interface Change {
  kind: 'progress' | 'forecast' | 'benefit';
  kindText: string;
  id: string;
  title: string;
  from: string;
  to: string;
}

/** The tertial report of the same plan and year with the highest tertial before this one's, if any. */
export function previousReport(repo: Repository, entry: Entry<'StatusReport'>): Entry<'StatusReport'> | undefined {
  const t = entry.data.period.tertial ?? 0;
  let best: Entry<'StatusReport'> | undefined;
  for (const r of repo.ofKind('StatusReport', true)) {
    const rt = r.data.period.tertial ?? 0;
    if (r.data.plan !== entry.data.plan || r.data.type !== 'tertial' || r.data.period.year !== entry.data.period.year || rt >= t) continue;
    if (!best || rt > (best.data.period.tertial ?? 0)) best = r;
  }
  return best;
}

/** What changed from `before` to `after`: each measure's progress, each unit's forecast and each benefit's status, in the order of `after`. */
export function reportChanges(repo: Repository, before: Entry<'StatusReport'>, after: Entry<'StatusReport'>, locale: Locale): Change[] {
  const words = reportWords(locale);
  const benefitWords = catalogue(locale).scorecard.benefit;
  const changes: Change[] = [];
  const titleOf = (id: string, kind: 'Measure' | 'Benefit') => repo.get(id, kind)?.data.title ?? id;
  const units = (repo.workspace?.valid ? repo.workspace.data.units : undefined) ?? [];
  const oldProgress = new Map((before.data.measures ?? []).map((m) => [m.measure, m.progress]));
  for (const m of after.data.measures ?? []) {
    const was = oldProgress.get(m.measure);
    if (was === m.progress) continue;
    changes.push({ kind: 'progress', kindText: words.changedProgress, id: m.measure, title: titleOf(m.measure, 'Measure'), from: was ? words.progress[was] : words.added, to: words.progress[m.progress] });
  }
  const oldForecast = new Map((before.data.units ?? []).map((u) => [u.unit, u.forecast]));
  for (const u of after.data.units ?? []) {
    const was = oldForecast.get(u.unit);
    if (was === u.forecast) continue;
    changes.push({ kind: 'forecast', kindText: words.changedForecast, id: u.unit, title: units.find((x) => x.id === u.unit)?.title ?? u.unit, from: was === undefined || was === null ? words.added : formatAmount(dec(was), locale), to: formatAmount(dec(u.forecast), locale) });
  }
  const oldBenefit = new Map((before.data.benefits ?? []).map((b) => [b.benefit, b.status]));
  for (const b of after.data.benefits ?? []) {
    const was = oldBenefit.get(b.benefit);
    if (was === b.status) continue;
    changes.push({ kind: 'benefit', kindText: words.changedBenefit, id: b.benefit, title: titleOf(b.benefit, 'Benefit'), from: was ? benefitWords[was] : words.added, to: benefitWords[b.status] });
  }
  return changes;
}
