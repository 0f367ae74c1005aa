import { benefitState, type BenefitState } from './benefit-status.js';
import { indicatorStatus, type IndicatorStatus, type StatusResult } from './indicator-status.js';
import { groupBy } from './group-by.js';
import type { Entry, Repository } from './repository.js';
import type { Benefit, Indicator } from './schema-types.js';
import type { Progress } from './status-report/labels.js';

/** Every indicator status, in the order reports list them (best first). */
export const STATUSES: readonly IndicatorStatus[] = ['reached', 'on-track', 'at-risk', 'off-track', 'no-data', 'no-target'];

/** Every benefit state, in the order reports list them. */
export const BENEFIT_STATES: readonly BenefitState[] = ['planned', 'realising', 'realised', 'overdue', 'abandoned'];

export type StatusCounts = Record<IndicatorStatus, number>;

type Point = { year: number; value: number };

export interface IndicatorCard {
  id: string;
  title: string;
  unit?: string;
  direction: Indicator['direction'];
  baseline?: Point;
  targets: Point[];
  /** Målekart limits, when the indicator has them. */
  thresholds?: { desired: number; lowest: number };
  /** Actuals in or before the scorecard's year, oldest first. */
  series: Point[];
  result: StatusResult;
}

/** A measure of a goal with its progress in the plan's report in force (none when that report leaves it out). */
export interface MeasureCard {
  id: string;
  title: string;
  progress?: Progress;
  comment?: string;
}

export interface GoalCard {
  id: string;
  title: string;
  parent?: string;
  indicators: IndicatorCard[];
  /** The measures that work towards this goal, in repository order. */
  measures: MeasureCard[];
  counts: StatusCounts;
}

/** The StatusReport in force for a plan on the scorecard's day: the latest with asOf on or before it. */
export interface ReportRef {
  id: string;
  title: string;
  asOf: string;
}

export interface FocusAreaCard {
  /** Null for the goals of a plan that name no (known) focus area. */
  id: string | null;
  title?: string;
  goals: GoalCard[];
  /** Each indicator counted once, however many of the focus area's goals use it. */
  counts: StatusCounts;
}

export interface BenefitCard {
  id: string;
  title: string;
  measure: string;
  owner?: string;
  realizedBy?: string;
  target?: Point;
  declared: NonNullable<Benefit['status']>;
  state: BenefitState;
  indicator?: { id: string; title: string; unit?: string; result: StatusResult };
}

export interface PlanCard {
  id: string;
  title: string;
  /** The plan whose goals these are, when they are the parent's (a handlingsprogram implements the kommuneplan's goals). */
  goalsOf?: string;
  focusAreas: FocusAreaCard[];
  /** Each indicator of the plan's goals counted once. */
  counts: StatusCounts;
  /** Benefits of measures that work towards a goal of this plan (of its parent, for a plan without goals). */
  benefits: BenefitCard[];
  benefitCounts: Record<BenefitState, number>;
  /** Where the measures' progress comes from: the reports in force of the measures' plans (a measure's own plan, else its goal's), by asOf; empty when none is. */
  reports: ReportRef[];
}

export interface Scorecard {
  year: number;
  today: string;
  plans: PlanCard[];
  /** Indicators that no goal uses, with their status: listed in their own group, not dropped. Only for the whole repository (no planId). */
  unused: IndicatorCard[];
  /** The counts of `unused`. */
  unusedCounts: StatusCounts;
}

export interface ScorecardOptions {
  /** Default: the latest year with an actual among the chosen plans' indicators (else today's year). */
  year?: number;
  /** One plan; default every plan that has goals. */
  planId?: string;
  /** YYYY-MM-DD: the day benefit deadlines are measured against and the report in force is chosen by. */
  today: string;
}

/**
 * The scorecard of a repository: per plan, its focus areas, goals and indicators
 * with their status in a year, rolled up as counts per status, and the benefits of
 * the plan's measures. Pure; reads only valid documents, so a broken one is left out
 * rather than guessed at. Throws nothing: an unknown `planId` gives no plans.
 */
export function buildScorecard(repo: Repository, options: ScorecardOptions): Scorecard {
  // Goals and benefits are grouped by plan once, so the scorecard stays linear in the documents.
  const goalsByPlan = groupBy(repo.ofKind('Goal', true), (g) => [g.data.plan], (g) => g);
  const plans = repo
    .ofKind('Plan', true)
    .filter((p) => (options.planId === undefined ? goalsByPlan.has(p.id) : p.id === options.planId));
  const indicatorOf = (id: string): Entry<'Indicator'> | undefined => (repo.get(id, 'Indicator')?.valid ? repo.get(id, 'Indicator') : undefined);
  const planGoals = (planId: string): Entry<'Goal'>[] => goalsByPlan.get(planId) ?? [];
  // A handlingsprogram without goals of its own implements its parent's (the kommuneplan's) goals.
  const goalSource = (plan: Entry<'Plan'>): string =>
    goalsByPlan.has(plan.id) || plan.data.type !== 'handlingsprogram' || typeof plan.data.parent !== 'string' ? plan.id : plan.data.parent;
  // A benefit counts for every plan that one of its measure's goals belongs to.
  const plansOfGoal = groupBy(repo.ofKind('Goal', true), (g) => [g.id], (g) => g.data.plan);
  const benefitsByPlan = groupBy(repo.ofKind('Benefit', true), (b) => measureGoals(repo, b.data.measure).flatMap((g) => plansOfGoal.get(g) ?? []), (b) => b);
  const year =
    options.year ??
    latestYear(plans.flatMap((p) => planGoals(goalSource(p)).flatMap((g) => (g.data.indicators ?? []).map(indicatorOf))), options.today);

  const measuresByGoal = groupBy(repo.ofKind('Measure', true), (m) => m.data.goals, (m) => m);
  const reports = reportsInForce(repo, options.today);
  const progressCache = new Map<string, Map<string, NonNullable<Entry<'StatusReport'>['data']['measures']>[number]>>();
  const progressOf = (r: Entry<'StatusReport'>) => {
    let made = progressCache.get(r.id);
    if (!made) progressCache.set(r.id, (made = new Map((r.data.measures ?? []).map((m) => [m.measure, m]))));
    return made;
  };

  const cardCache = new Map<string, IndicatorCard>();
  const card = (entry: Entry<'Indicator'>): IndicatorCard => {
    const cached = cardCache.get(entry.id);
    if (cached) return cached;
    const made = indicatorCard(entry.data, year);
    cardCache.set(entry.id, made);
    return made;
  };

  const planCards = plans.map((plan): PlanCard => {
    const source = goalSource(plan);
    const mine = planGoals(source);
    const used = new Map<string, Entry<'StatusReport'>>();
    const measureCard = (m: Entry<'Measure'>): MeasureCard => {
      const report = reports.get(m.data.plan ?? plan.id);
      if (report) used.set(report.id, report);
      const p = report ? progressOf(report).get(m.id) : undefined;
      return { id: m.id, title: m.data.title, ...(p && { progress: p.progress }), ...(p?.comment && { comment: p.comment }) };
    };
    const goalCard = (goal: Entry<'Goal'>): GoalCard => {
      const indicators = unique(goal.data.indicators ?? [])
        .map(indicatorOf)
        .filter((e): e is Entry<'Indicator'> => e !== undefined)
        .map(card);
      return { id: goal.id, title: goal.data.title, ...(goal.data.parent && { parent: goal.data.parent }), indicators, measures: uniqueEntries(measuresByGoal.get(goal.id) ?? []).map(measureCard), counts: countStatuses(indicators) };
    };
    const sourcePlan = source === plan.id ? plan : repo.get(source, 'Plan');
    const areas = (sourcePlan?.valid ? sourcePlan.data.focusAreas : undefined) ?? [];
    const areaIds = new Set(areas.map((f) => f.id));
    const byArea = groupBy(mine, (g) => [g.data.focusArea], (g) => g);
    const focusAreas: FocusAreaCard[] = areas.map((area) => {
      const cards = (byArea.get(area.id) ?? []).map(goalCard);
      return { id: area.id, title: area.title, goals: cards, counts: countStatuses(distinct(cards)) };
    });
    const loose = mine.filter((g) => !g.data.focusArea || !areaIds.has(g.data.focusArea)).map(goalCard);
    if (loose.length > 0) focusAreas.push({ id: null, goals: loose, counts: countStatuses(distinct(loose)) });
    const benefits = (benefitsByPlan.get(source) ?? []).map((b) => benefitCard(b.data, options.today, year, (id) => indicatorOf(id)));
    return {
      id: plan.id,
      title: plan.data.title,
      ...(source !== plan.id && { goalsOf: source }),
      focusAreas,
      counts: countStatuses(distinct(focusAreas.flatMap((f) => f.goals))),
      benefits,
      benefitCounts: countBy(BENEFIT_STATES, benefits.map((b) => b.state)),
      reports: [...used.values()].sort((a, b) => (a.data.asOf < b.data.asOf ? -1 : a.data.asOf > b.data.asOf ? 1 : 0)).map((r) => ({ id: r.id, title: r.data.title, asOf: r.data.asOf })),
    };
  });
  const used = new Set(repo.ofKind('Goal', true).flatMap((g) => g.data.indicators ?? []));
  const unused = options.planId !== undefined ? [] : repo.ofKind('Indicator', true).filter((i) => !used.has(i.id)).sort((a, b) => (a.id < b.id ? -1 : 1)).map(card);
  return { year, today: options.today, plans: planCards, unused, unusedCounts: countStatuses(unused) };
}

/**
 * Per plan, its StatusReport in force on `day`: the valid one with the latest asOf on or
 * before the day (a later asOf wins; on the same asOf, the årsberetning over a tertial).
 */
export function reportsInForce(repo: Repository, day: string): Map<string, Entry<'StatusReport'>> {
  const out = new Map<string, Entry<'StatusReport'>>();
  for (const r of repo.ofKind('StatusReport', true)) {
    if (r.data.asOf > day) continue;
    const held = out.get(r.data.plan);
    if (!held || r.data.asOf > held.data.asOf || (r.data.asOf === held.data.asOf && r.data.type === 'annual')) out.set(r.data.plan, r);
  }
  return out;
}

function indicatorCard(data: Indicator, year: number): IndicatorCard {
  const card: IndicatorCard = {
    id: data.id,
    title: data.title,
    direction: data.direction,
    targets: [...(data.targets ?? [])].sort((a, b) => a.year - b.year),
    series: (data.actuals ?? []).filter((a) => a.year <= year).sort((a, b) => a.year - b.year),
    result: indicatorStatus(data, year),
  };
  if (data.unit) card.unit = data.unit;
  if (data.baseline) card.baseline = data.baseline;
  if (data.thresholds) card.thresholds = { desired: data.thresholds.desired, lowest: data.thresholds.lowest };
  return card;
}

function benefitCard(data: Benefit, today: string, year: number, indicatorOf: (id: string) => Entry<'Indicator'> | undefined): BenefitCard {
  const card: BenefitCard = { id: data.id, title: data.title, measure: data.measure, declared: data.status ?? 'planned', state: benefitState(data, today) };
  if (data.owner) card.owner = data.owner;
  if (data.realizedBy) card.realizedBy = data.realizedBy;
  if (data.target) card.target = data.target;
  const indicator = data.indicator ? indicatorOf(data.indicator) : undefined;
  if (indicator) {
    card.indicator = { id: indicator.id, title: indicator.data.title, result: indicatorStatus(indicator.data, year) };
    if (indicator.data.unit) card.indicator.unit = indicator.data.unit;
  }
  return card;
}

function measureGoals(repo: Repository, id: string): string[] {
  const measure = repo.get(id, 'Measure');
  return measure?.valid ? measure.data.goals : [];
}

/** The latest actual's year among the indicators, else today's year. */
function latestYear(indicators: readonly (Entry<'Indicator'> | undefined)[], today: string): number {
  let latest: number | undefined;
  for (const e of indicators) for (const a of e?.data.actuals ?? []) if (latest === undefined || a.year > latest) latest = a.year;
  return latest ?? Number(today.slice(0, 4));
}

/** Counts per status; zero for the statuses that do not occur. */
export function countStatuses(indicators: readonly IndicatorCard[]): StatusCounts {
  return countBy(STATUSES, indicators.map((i) => i.result.status));
}

function countBy<T extends string>(keys: readonly T[], values: readonly T[]): Record<T, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;
  for (const v of values) counts[v]++;
  return counts;
}

function distinct(goals: readonly GoalCard[]): IndicatorCard[] {
  const seen = new Map<string, IndicatorCard>();
  for (const g of goals) for (const i of g.indicators) seen.set(i.id, i);
  return [...seen.values()];
}

/** The first entry of each id, in order (a measure may list a goal twice, or an id be duplicated). */
function uniqueEntries<T extends { id: string }>(entries: readonly T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
