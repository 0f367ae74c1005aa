import type { SdgCatalog } from '../catalog/catalog.js';
import type { Locale } from '../i18n/locale.js';
import { indicatorStatus, type IndicatorStatus } from './indicator-status.js';
import { isPrioritised } from './materiality.js';
import type { Ref } from './report-model.js';
import type { Repository } from './repository.js';
import { groupBy } from './group-by.js';

/** The golden thread: SDG targets → goals → indicators and measures → benefits, with its gaps. */
export interface Trace {
  plan: Ref | null;
  targets: { id: string; title: string; prioritised: boolean; goals: string[] }[];
  goals: {
    id: string;
    title: string;
    plan: string;
    sdgTargets: string[];
    indicators: { id: string; title: string; status: IndicatorStatus }[];
    measures: string[];
  }[];
  measures: { id: string; title: string; type: string | null; goals: string[]; benefits: { id: string; title: string; indicator: string | null }[] }[];
  gaps: {
    targetsWithoutGoals: Ref[];
    goalsWithoutIndicators: Ref[];
    goalsWithoutMeasures: Ref[];
    changeMeasuresWithoutBenefits: Ref[];
  };
}

/**
 * Follows the golden thread through the repository, or through one plan: its
 * goals (for a handlingsprogram, those of the plan it belongs to), the
 * prioritised targets of its materiality assessment, and the measures that
 * serve those goals (for a handlingsprogram, only its own). Gaps are the
 * prioritised targets without goals, goals without indicators or measures, and
 * change measures without benefits.
 */
export function traceRepository(repo: Repository, catalog: SdgCatalog, locale: Locale, planId?: string): Trace {
  const plan = planId ? repo.get(planId, 'Plan') : undefined;
  let goals = repo.ofKind('Goal', true);
  let assessments = repo.ofKind('MaterialityAssessment', true);
  let measures = repo.ofKind('Measure', true);
  if (plan) {
    const chain = repo.planChain(plan);
    const plansWithGoals = new Set(goals.map((g) => g.data.plan));
    const source = chain.find((p) => (p.data.focusAreas ?? []).length > 0 || plansWithGoals.has(p.id)) ?? plan;
    const planIds = new Set([plan.id, source.id]);
    goals = goals.filter((g) => planIds.has(g.data.plan));
    const materiality = chain.map((p) => p.data.materiality).find((m) => typeof m === 'string');
    assessments = assessments.filter((a) => a.id === materiality);
    const goalIds = new Set(goals.map((g) => g.id));
    measures = measures.filter((m) => m.data.goals.some((g) => goalIds.has(g)) && (plan.data.type !== 'handlingsprogram' || m.data.plan === plan.id));
  }
  const benefits = repo.ofKind('Benefit', true);
  const prioritised = new Set<string>();
  for (const a of assessments) for (const e of a.data.entries) if (isPrioritised(e, a.data)) prioritised.add(e.target);
  const targetIds = [...new Set([...prioritised, ...goals.flatMap((g) => g.data.sdgTargets ?? [])])];
  const title = (id: string) => catalog.title(id, locale) ?? id;

  // Every join below goes through a map built once, so the trace stays linear in the
  // number of documents (a filter inside a map took 76 s on 40,000 goals).
  const measuresOfGoal = groupBy(measures, (m) => m.data.goals, (m) => m.id);
  const benefitsOfMeasure = groupBy(benefits, (b) => [b.data.measure], (b) => ({ id: b.id, title: b.data.title, indicator: b.data.indicator ?? null }));
  const statusOf = new Map<string, IndicatorStatus>();
  const goalModels = goals.map((g) => ({
    id: g.id,
    title: g.data.title,
    plan: g.data.plan,
    sdgTargets: g.data.sdgTargets ?? [],
    indicators: (g.data.indicators ?? []).flatMap((id) => {
      const ind = repo.get(id, 'Indicator');
      if (!ind || !ind.valid) return [];
      let status = statusOf.get(id);
      if (status === undefined) statusOf.set(id, (status = indicatorStatus(ind.data).status));
      return [{ id, title: ind.data.title, status }];
    }),
    measures: [...(measuresOfGoal.get(g.id) ?? [])],
  }));
  const goalIds = new Set(goalModels.map((g) => g.id));
  const measureModels = measures.map((m) => ({
    id: m.id,
    title: m.data.title,
    type: m.data.type ?? null,
    goals: m.data.goals.filter((id) => goalIds.has(id)),
    benefits: (benefitsOfMeasure.get(m.id) ?? []).map((b) => ({ ...b })),
  }));
  const goalsOfTarget = groupBy(goalModels, (g) => g.sdgTargets, (g) => g.id);
  const targets = targetIds.map((id) => ({ id, title: title(id), prioritised: prioritised.has(id), goals: [...(goalsOfTarget.get(id) ?? [])] }));
  return {
    plan: plan ? { id: plan.id, title: plan.data.title } : null,
    targets,
    goals: goalModels,
    measures: measureModels,
    gaps: {
      targetsWithoutGoals: targets.filter((t) => t.prioritised && t.goals.length === 0).map(({ id, title }) => ({ id, title })),
      goalsWithoutIndicators: goalModels.filter((g) => g.indicators.length === 0).map(({ id, title }) => ({ id, title })),
      goalsWithoutMeasures: goalModels.filter((g) => g.measures.length === 0).map(({ id, title }) => ({ id, title })),
      changeMeasuresWithoutBenefits: measureModels.filter((m) => m.type === 'change' && m.benefits.length === 0).map(({ id, title }) => ({ id, title })),
    },
  };
}

/** The goals of one focus area of a trace (`id` null: goals without a focus area), for one graph each. */
export interface TraceGroup {
  id: string | null;
  title: string | null;
  goals: string[];
}

/**
 * The goals of a trace grouped by focus area, in the order the plans declare
 * their focus areas, goals without one last. Kept apart from the Trace so that
 * `plan trace --format json` stays as it is.
 */
export function traceGroups(repo: Repository, trace: Trace): TraceGroup[] {
  const groups = new Map<string, TraceGroup>();
  const planAreas = new Map<string, Map<string, string>>();
  for (const p of repo.ofKind('Plan', true)) planAreas.set(p.id, new Map((p.data.focusAreas ?? []).map((f) => [f.id, f.title])));
  for (const p of repo.ofKind('Plan', true)) {
    for (const f of p.data.focusAreas ?? []) if (!groups.has(`${p.id}/${f.id}`)) groups.set(`${p.id}/${f.id}`, { id: f.id, title: f.title, goals: [] });
  }
  const none: TraceGroup = { id: null, title: null, goals: [] };
  for (const g of trace.goals) {
    const area = repo.get(g.id, 'Goal')?.data.focusArea;
    const group = typeof area === 'string' && planAreas.get(g.plan)?.has(area) ? groups.get(`${g.plan}/${area}`) : undefined;
    (group ?? none).goals.push(g.id);
  }
  return [...groups.values(), none].filter((g) => g.goals.length > 0);
}
