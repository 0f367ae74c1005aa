import { compareTargets } from '../catalog/target-order.js';
import { add, sumBudgets } from '../model/budget.js';
import { isPrioritised } from '../model/materiality.js';
import { statusOf, titleOf, type Entry, type KindData } from '../model/repository.js';
import type { DocumentKind } from '../kinds/registry.js';
import { byId, type DiffSnapshot } from './snapshot.js';

/** A document named in the summary. */
export interface DocRef {
  id: string;
  title?: string;
}

/** A number before and after; 0 where a side has none. */
export interface Delta {
  old: number;
  new: number;
  delta: number;
}

export interface BudgetDelta extends DocRef {
  year: number;
  operating: Delta;
  investment: Delta;
}

export interface BudgetTotal {
  year: number;
  operating: Delta;
  investment: Delta;
}

export interface TargetChange extends DocRef {
  gained: string[];
  lost: string[];
}

export interface IndicatorTargetChange extends DocRef {
  year: number;
  old?: number;
  new?: number;
}

export interface PriorityCoverageChange {
  target: string;
  prioritised: { old: boolean; new: boolean };
  /** Goals naming the target in sdgTargets, on each side. */
  goals: { old: string[]; new: string[] };
}

export interface StatusChange extends DocRef {
  kind: string;
  old?: string;
  new?: string;
}

/**
 * What reviewers of a plan change care about, derived from the typed repositories of
 * both sides with the model's own code (titles, statuses, budget sums, the SDG target
 * order). A document that fails its schema on either side is left out of everything
 * but the lists of added and removed goals and measures: its figures are whatever the
 * YAML holds (a budget written `"1500"` is no 1500), so the summary would report
 * changes that are not there. The document list still shows its changes, and the
 * side's header its errors.
 */
export interface DiffSummary {
  /** Budget rows (measure × year) whose operating or investment amount changed. */
  budget: BudgetDelta[];
  /** The budget of all measures together, before and after, in each year where a measure's budget changed. */
  budgetTotals: BudgetTotal[];
  goals: { added: DocRef[]; removed: DocRef[] };
  measures: { added: DocRef[]; removed: DocRef[] };
  /** SDG targets gained or lost per goal (an added goal gains all of its targets). */
  sdgTargets: TargetChange[];
  /** Indicator target values changed, added or removed, per year. */
  indicatorTargets: IndicatorTargetChange[];
  /** Prioritised targets (on either side) whose priority or covering goals changed. */
  priorityCoverage: PriorityCoverageChange[];
  /** `status` fields changed (plans, measures, benefits). */
  statuses: StatusChange[];
}

/**
 * Summarises the differences between two repositories for a reviewer. Pure.
 * `documents` is the list of changed documents by id, to keep the summary to them.
 */
export function summarise(base: DiffSnapshot | undefined, head: DiffSnapshot | undefined, documents: readonly { id: string; status: string }[]): DiffSummary {
  const touched = new Set(documents.filter((d) => d.status !== 'moved').map((d) => d.id));
  const before = byId(base);
  const after = byId(head);
  // Ids whose document fails its schema on a side: the summary leaves them out on both.
  const invalid = new Set([...before.values(), ...after.values()].filter((e) => !e.valid).map((e) => e.id));
  const sides = { base: new Sides(base, invalid), head: new Sides(head, invalid) };
  const summary: DiffSummary = {
    budget: [],
    budgetTotals: [],
    goals: { added: [], removed: [] },
    measures: { added: [], removed: [] },
    sdgTargets: [],
    indicatorTargets: [],
    priorityCoverage: priorityCoverage(sides.base, sides.head),
    statuses: [],
  };
  const budgetYears = new Set<number>();
  for (const id of touched) {
    const a = before.get(id);
    const b = after.get(id);
    const ref = docRef(id, b ?? a);
    for (const [kind, list] of [['Goal', summary.goals], ['Measure', summary.measures]] as const) {
      if (b?.kind === kind && a?.kind !== kind) list.added.push(ref);
      if (a?.kind === kind && b?.kind !== kind) list.removed.push(ref);
    }
    if (invalid.has(id)) continue;
    const [ma, mb] = [typed(a, 'Measure'), typed(b, 'Measure')];
    if (ma || mb) budgetDeltas(ref, ma, mb, summary.budget, budgetYears);
    const [ga, gb] = [typed(a, 'Goal'), typed(b, 'Goal')];
    if (ga || gb) {
      const was = new Set(ga?.sdgTargets ?? []);
      const is = new Set(gb?.sdgTargets ?? []);
      const gained = [...is].filter((t) => !was.has(t)).sort(compareTargets);
      const lost = [...was].filter((t) => !is.has(t)).sort(compareTargets);
      if (gained.length + lost.length > 0) summary.sdgTargets.push({ ...ref, gained, lost });
    }
    const [ia, ib] = [typed(a, 'Indicator'), typed(b, 'Indicator')];
    if (ia && ib) indicatorTargets(ref, ia, ib, summary.indicatorTargets);
    const [statusA, statusB] = [a && statusOf(a), b && statusOf(b)];
    if (a && b && (statusA ?? statusB) !== undefined && statusA !== statusB) {
      const change: StatusChange = { ...ref, kind: b.kind };
      if (statusA !== undefined) change.old = statusA;
      if (statusB !== undefined) change.new = statusB;
      summary.statuses.push(change);
    }
  }
  summary.budget.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : x.year - y.year));
  summary.budgetTotals = budgetTotals(sides.base, sides.head, budgetYears);
  for (const list of [summary.goals.added, summary.goals.removed, summary.measures.added, summary.measures.removed, summary.sdgTargets, summary.statuses]) {
    list.sort((x, y) => (x.id < y.id ? -1 : 1));
  }
  summary.indicatorTargets.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : x.year - y.year));
  return summary;
}

/** The valid documents of a side that the summary compares (not those invalid on either side). */
class Sides {
  constructor(
    private readonly snap: DiffSnapshot | undefined,
    private readonly invalid: ReadonlySet<string>,
  ) {}

  ofKind<K extends DocumentKind>(kind: K): Entry<K>[] {
    return (this.snap?.repo.ofKind(kind, true) ?? []).filter((e) => !this.invalid.has(e.id) && !e.doc.broken);
  }
}

/** The typed data of a valid document of a kind. */
function typed<K extends DocumentKind>(e: Entry | undefined, kind: K): KindData[K] | undefined {
  return e?.kind === kind && e.valid ? (e as Entry<K>).data : undefined;
}

/** Adds one row per year whose amounts differ, and notes the year for the totals. */
function budgetDeltas(ref: DocRef, a: KindData['Measure'] | undefined, b: KindData['Measure'] | undefined, out: BudgetDelta[], years: Set<number>): void {
  const all = [...new Set([...(a?.budget ?? []), ...(b?.budget ?? [])].map((r) => r.year))].sort((x, y) => x - y);
  const before = sumBudgets(a ? [a] : [], all).years;
  const after = sumBudgets(b ? [b] : [], all).years;
  all.forEach((year, i) => {
    const operating = delta(before[i]!.operating, after[i]!.operating);
    const investment = delta(before[i]!.investment, after[i]!.investment);
    if (operating.delta === 0 && investment.delta === 0) return;
    out.push({ ...ref, year, operating, investment });
    years.add(year);
  });
}

/** The budget of all measures of each side, in the years where a measure's budget changed. */
function budgetTotals(base: Sides, head: Sides, changed: Set<number>): BudgetTotal[] {
  const years = [...changed].sort((x, y) => x - y);
  const before = sumBudgets(base.ofKind('Measure').map((m) => m.data), years).years;
  const after = sumBudgets(head.ofKind('Measure').map((m) => m.data), years).years;
  return years.map((year, i) => ({
    year,
    operating: delta(before[i]!.operating, after[i]!.operating),
    investment: delta(before[i]!.investment, after[i]!.investment),
  }));
}

function indicatorTargets(ref: DocRef, a: KindData['Indicator'], b: KindData['Indicator'], out: IndicatorTargetChange[]): void {
  const before = new Map((a.targets ?? []).map((p) => [p.year, p.value]));
  const after = new Map((b.targets ?? []).map((p) => [p.year, p.value]));
  for (const year of new Set([...before.keys(), ...after.keys()])) {
    const o = before.get(year);
    const n = after.get(year);
    if (o === n) continue;
    const change: IndicatorTargetChange = { ...ref, year };
    if (o !== undefined) change.old = o;
    if (n !== undefined) change.new = n;
    out.push(change);
  }
}

/** Compares, target by target, which SDG targets are prioritised and which goals cover them. */
function priorityCoverage(base: Sides, head: Sides): PriorityCoverageChange[] {
  const before = coverage(base);
  const after = coverage(head);
  const targets = [...new Set([...before.prioritised, ...after.prioritised])].sort(compareTargets);
  const out: PriorityCoverageChange[] = [];
  for (const target of targets) {
    const old = [...(before.goals.get(target) ?? [])].sort();
    const now = [...(after.goals.get(target) ?? [])].sort();
    const prioritised = { old: before.prioritised.has(target), new: after.prioritised.has(target) };
    if (prioritised.old === prioritised.new && old.join('\n') === now.join('\n')) continue;
    out.push({ target, prioritised, goals: { old, new: now } });
  }
  return out;
}

function coverage(side: Sides): { prioritised: Set<string>; goals: Map<string, Set<string>> } {
  const prioritised = new Set<string>();
  const goals = new Map<string, Set<string>>();
  for (const { data } of side.ofKind('MaterialityAssessment')) {
    for (const entry of data.entries) if (isPrioritised(entry, data)) prioritised.add(entry.target);
  }
  for (const goal of side.ofKind('Goal')) {
    for (const t of goal.data.sdgTargets ?? []) {
      const set = goals.get(t) ?? new Set<string>();
      set.add(goal.id);
      goals.set(t, set);
    }
  }
  return { prioritised, goals };
}

/** A number before and after, with the difference summed the way the model sums budgets (budget.ts: no binary drift). */
function delta(old: number, now: number): Delta {
  return { old: old + 0, new: now + 0, delta: add(now, -old) + 0 };
}

function docRef(id: string, e: Entry | undefined): DocRef {
  const title = e && titleOf(e);
  return title === undefined ? { id } : { id, title };
}
