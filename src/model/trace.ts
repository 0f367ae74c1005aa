import type { SdgCatalog } from '../catalog/catalog.js';
import type { Locale } from '../i18n/locale.js';
import { indicatorStatus, type IndicatorStatus } from './indicator-status.js';
import { isPrioritised } from './materiality.js';
import type { Ref } from './report-model.js';
import type { Repository } from './repository.js';

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
    const source = chain.find((p) => (p.data.focusAreas ?? []).length > 0 || goals.some((g) => g.data.plan === p.id)) ?? plan;
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

  const goalModels = goals.map((g) => ({
    id: g.id,
    title: g.data.title,
    plan: g.data.plan,
    sdgTargets: g.data.sdgTargets ?? [],
    indicators: (g.data.indicators ?? []).flatMap((id) => {
      const ind = repo.get(id, 'Indicator');
      return ind && ind.valid ? [{ id, title: ind.data.title, status: indicatorStatus(ind.data).status }] : [];
    }),
    measures: measures.filter((m) => m.data.goals.includes(g.id)).map((m) => m.id),
  }));
  const measureModels = measures.map((m) => ({
    id: m.id,
    title: m.data.title,
    type: m.data.type ?? null,
    goals: m.data.goals.filter((id) => goalModels.some((g) => g.id === id)),
    benefits: benefits.filter((b) => b.data.measure === m.id).map((b) => ({ id: b.id, title: b.data.title, indicator: b.data.indicator ?? null })),
  }));
  const targets = targetIds.map((id) => ({ id, title: title(id), prioritised: prioritised.has(id), goals: goalModels.filter((g) => g.sdgTargets.includes(id)).map((g) => g.id) }));
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

