import { compareTargets } from '../catalog/target-order.js';
import type { MaterialityAssessment } from '../model/schema-types.js';
import { isPrioritised } from '../model/materiality.js';
import { isMapping, own } from './diff-value.js';
import { byId, ofKind, type DiffSnapshot, type SnapshotEntry } from './snapshot.js';

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

/** What reviewers of a plan change care about, derived from both repositories. */
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
 * Summarises the differences between two repositories for a reviewer. Pure and
 * defensive: a side that does not validate still yields what can be read.
 * `documents` is the list of changed documents by id, to keep the summary to them.
 */
export function summarise(base: DiffSnapshot | undefined, head: DiffSnapshot | undefined, documents: readonly { id: string; status: string }[]): DiffSummary {
  const touched = new Set(documents.filter((d) => d.status !== 'moved').map((d) => d.id));
  const before = byId(base);
  const after = byId(head);
  const pairs = [...touched].map((id) => ({ id, a: before.get(id), b: after.get(id) }));
  const summary: DiffSummary = {
    budget: [],
    budgetTotals: [],
    goals: { added: [], removed: [] },
    measures: { added: [], removed: [] },
    sdgTargets: [],
    indicatorTargets: [],
    priorityCoverage: priorityCoverage(base, head),
    statuses: [],
  };
  const budgetYears = new Set<number>();
  for (const { id, a, b } of pairs) {
    const da = dataOf(a);
    const db = dataOf(b);
    const ref = docRef(id, db ?? da);
    const kindA = a?.kind;
    const kindB = b?.kind;
    for (const [kind, list] of [['Goal', summary.goals], ['Measure', summary.measures]] as const) {
      if (kindB === kind && kindA !== kind) list.added.push(ref);
      if (kindA === kind && kindB !== kind) list.removed.push(ref);
    }
    if (kindA === 'Measure' || kindB === 'Measure') budgetDeltas(ref, kindA === 'Measure' ? da : undefined, kindB === 'Measure' ? db : undefined, summary.budget, budgetYears);
    if (kindA === 'Goal' || kindB === 'Goal') {
      const before = new Set(strings(kindA === 'Goal' ? field(da, 'sdgTargets') : undefined));
      const after = new Set(strings(kindB === 'Goal' ? field(db, 'sdgTargets') : undefined));
      const gained = [...after].filter((t) => !before.has(t));
      const lost = [...before].filter((t) => !after.has(t));
      if (gained.length + lost.length > 0) summary.sdgTargets.push({ ...ref, gained, lost });
    }
    if (kindA === 'Indicator' && kindB === 'Indicator') indicatorTargets(ref, da, db, summary.indicatorTargets);
    const [statusA, statusB] = [field(da, 'status'), field(db, 'status')];
    if (a && b && typeof (statusA ?? statusB) === 'string' && statusA !== statusB) {
      const change: StatusChange = { ...ref, kind: b.kind };
      if (typeof statusA === 'string') change.old = statusA;
      if (typeof statusB === 'string') change.new = statusB;
      summary.statuses.push(change);
    }
  }
  summary.budget.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : x.year - y.year));
  summary.budgetTotals = budgetTotals(base, head, budgetYears);
  for (const list of [summary.goals.added, summary.goals.removed, summary.measures.added, summary.measures.removed, summary.sdgTargets, summary.statuses]) {
    list.sort((x, y) => (x.id < y.id ? -1 : 1));
  }
  summary.indicatorTargets.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : x.year - y.year));
  return summary;
}

/** Adds one row per year whose amounts differ, and notes the year for the totals. */
function budgetDeltas(ref: DocRef, a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined, out: BudgetDelta[], years: Set<number>): void {
  const before = budgetByYear(a);
  const after = budgetByYear(b);
  const all = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => x - y);
  for (const year of all) {
    const o = before.get(year) ?? { operating: 0, investment: 0 };
    const n = after.get(year) ?? { operating: 0, investment: 0 };
    const operating = delta(o.operating, n.operating);
    const investment = delta(o.investment, n.investment);
    if (operating.delta === 0 && investment.delta === 0) continue;
    out.push({ ...ref, year, operating, investment });
    years.add(year);
  }
}

/** The budget of all measures of each side, in the years where a measure's budget changed. */
function budgetTotals(base: DiffSnapshot | undefined, head: DiffSnapshot | undefined, years: Set<number>): BudgetTotal[] {
  const sum = (repo: DiffSnapshot | undefined) => {
    const totals = new Map<number, { operating: number; investment: number }>();
    for (const m of ofKind(repo, 'Measure')) {
      for (const [year, row] of budgetByYear(dataOf(m))) {
        const t = totals.get(year) ?? { operating: 0, investment: 0 };
        t.operating += row.operating;
        t.investment += row.investment;
        totals.set(year, t);
      }
    }
    return totals;
  };
  const before = sum(base);
  const after = sum(head);
  return [...years].sort((x, y) => x - y).map((year) => ({
    year,
    operating: delta(before.get(year)?.operating ?? 0, after.get(year)?.operating ?? 0),
    investment: delta(before.get(year)?.investment ?? 0, after.get(year)?.investment ?? 0),
  }));
}

function budgetByYear(data: Record<string, unknown> | undefined): Map<number, { operating: number; investment: number }> {
  const years = new Map<number, { operating: number; investment: number }>();
  const budget = field(data, 'budget');
  for (const row of Array.isArray(budget) ? budget : []) {
    const year = field(row, 'year');
    if (typeof year !== 'number') continue;
    const sum = years.get(year) ?? { operating: 0, investment: 0 };
    sum.operating += num(field(row, 'operating'));
    sum.investment += num(field(row, 'investment'));
    years.set(year, sum);
  }
  return years;
}

function indicatorTargets(ref: DocRef, a: Record<string, unknown> | undefined, b: Record<string, unknown> | undefined, out: IndicatorTargetChange[]): void {
  const before = pointsByYear(field(a, 'targets'));
  const after = pointsByYear(field(b, 'targets'));
  for (const year of [...new Set([...before.keys(), ...after.keys()])]) {
    const o = before.get(year);
    const n = after.get(year);
    if (o === n) continue;
    const change: IndicatorTargetChange = { ...ref, year };
    if (o !== undefined) change.old = o;
    if (n !== undefined) change.new = n;
    out.push(change);
  }
}

function pointsByYear(list: unknown): Map<number, number> {
  const points = new Map<number, number>();
  for (const p of Array.isArray(list) ? list : []) {
    const [year, value] = [field(p, 'year'), field(p, 'value')];
    if (typeof year === 'number' && typeof value === 'number') points.set(year, value);
  }
  return points;
}

/** Compares, target by target, which SDG targets are prioritised and which goals cover them. */
function priorityCoverage(base: DiffSnapshot | undefined, head: DiffSnapshot | undefined): PriorityCoverageChange[] {
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

function coverage(repo: DiffSnapshot | undefined): { prioritised: Set<string>; goals: Map<string, Set<string>> } {
  const prioritised = new Set<string>();
  const goals = new Map<string, Set<string>>();
  for (const assessment of ofKind(repo, 'MaterialityAssessment', true)) {
    const data = assessment.data as MaterialityAssessment;
    for (const entry of data.entries) if (isPrioritised(entry, data)) prioritised.add(entry.target);
  }
  for (const goal of ofKind(repo, 'Goal')) {
    for (const t of strings(field(dataOf(goal), 'sdgTargets'))) {
      const set = goals.get(t) ?? new Set<string>();
      set.add(goal.id);
      goals.set(t, set);
    }
  }
  return { prioritised, goals };
}


function delta(old: number, now: number): Delta {
  return { old: round(old), new: round(now), delta: round(now - old) };
}

/** Sums of decimal amounts drift (0.1 + 0.2); budgets never need more than 6 decimals. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6 + 0;
}

function num(x: unknown): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : 0;
}

function strings(x: unknown): string[] {
  return Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
}

function dataOf(e: SnapshotEntry | undefined): Record<string, unknown> | undefined {
  const data = e?.data as unknown;
  return isMapping(data) ? data : undefined;
}

function docRef(id: string, data: Record<string, unknown> | undefined): DocRef {
  const title = field(data, 'title');
  return typeof title === 'string' ? { id, title } : { id };
}

/** A field of a mapping, own properties only (a `constructor` key must not find Object); undefined otherwise. */
function field(data: unknown, key: string): unknown {
  return isMapping(data) ? own(data, key) : undefined;
}
