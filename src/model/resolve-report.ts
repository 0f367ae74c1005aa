import type { SdgCatalog } from '../catalog/catalog.js';
import type { Locale } from '../i18n/locale.js';
import { add, sumBudgets, yearRange } from './budget.js';
import { groupBy } from './group-by.js';
import { indicatorStatus } from './indicator-status.js';
import type { Entry, Repository } from './repository.js';
import { okonomiplanReport } from './report-okonomiplan.js';
import { resolveMateriality } from './resolve-materiality.js';
import type {
  BenefitModel, FocusAreaModel, GoalModel, IndicatorModel, MeasureModel, PlanModel, PlanRef, Ref, ReportModel, SdgTargetModel,
} from './report-model.js';

export interface ResolveOptions {
  planId: string;
  locale: Locale;
}

/**
 * Builds the model a report template sees for one plan. Only documents that
 * passed their schema are used, so a template never meets a malformed value.
 * A handlingsprogram without focus areas of its own borrows the vision, focus
 * areas and goals of the nearest parent plan that has them (its samfunnsdel).
 * Returns undefined when the plan does not exist.
 */
export function resolveReport(repo: Repository, catalog: SdgCatalog, options: ResolveOptions): ReportModel | undefined {
  const planEntry = repo.get(options.planId, 'Plan');
  if (!planEntry || !planEntry.valid) return undefined;
  const { locale } = options;
  const ws = repo.workspace?.valid ? repo.workspace.data : undefined;
  const units = new Map((ws?.units ?? []).map((u) => [u.id, u]));
  const unitRef = (id: string | null | undefined): Ref | null => (id && units.get(id) ? { id, title: units.get(id)!.title } : null);

  const chain = repo.planChain(planEntry);
  // Every join goes through a map built once: the report covers repositories of tens of thousands of documents.
  const goalsByPlan = groupBy(repo.ofKind('Goal', true), (g) => [g.data.plan], (g) => g);
  const goalsOf = (planId: string) => goalsByPlan.get(planId) ?? [];
  const source = chain.find((p) => (p.data.focusAreas ?? []).length > 0 || goalsOf(p.id).length > 0) ?? planEntry;
  const materialityId = chain.map((p) => p.data.materiality).find((m): m is string => typeof m === 'string');
  const materiality = materialityId ? resolveMateriality(repo, catalog, materialityId, locale) : null;
  const prioritised = new Set((materiality?.entries ?? []).filter((e) => e.prioritised).map((e) => e.target));

  const goalEntries = uniqueById([...goalsOf(planEntry.id), ...goalsOf(source.id)]);
  const goalIds = new Set(goalEntries.map((g) => g.id));
  const measureEntries = repo
    .ofKind('Measure', true)
    .filter((m) => m.data.plan === planEntry.id || ((m.data.plan ?? null) === null && m.data.goals.some((g) => goalIds.has(g))));
  const years = planYears(planEntry.data.period, measureEntries);

  const focusAreaDefs = source.data.focusAreas ?? [];
  const focusAreaById = firstById(focusAreaDefs);
  const focusRef = (id: string | null | undefined): Ref | null => {
    const f = typeof id === 'string' ? focusAreaById.get(id) : undefined;
    return f ? { id: f.id, title: f.title } : null;
  };
  const goalRef = (id: string): Ref | null => {
    const g = repo.get(id, 'Goal');
    return g ? { id: g.id, title: g.data.title } : null;
  };

  const indicators = new Map<string, IndicatorModel>();
  const indicatorModel = (id: string): IndicatorModel | undefined => {
    if (indicators.has(id)) return indicators.get(id);
    const e = repo.get(id, 'Indicator');
    if (!e || !e.valid) return undefined;
    const d = e.data;
    const status = indicatorStatus(d);
    const byYear = (list: { year: number; value: number }[] | null | undefined) => [...(list ?? [])].sort((a, b) => a.year - b.year).map(({ year, value }) => ({ year, value }));
    const model: IndicatorModel = {
      id: d.id,
      title: d.title,
      unit: d.unit ?? null,
      direction: d.direction,
      source: d.source ? { name: d.source.name, table: d.source.table ?? null, url: d.source.url ?? null } : null,
      sdgIndicator: d.sdgIndicator ? { id: d.sdgIndicator, title: catalog.title(d.sdgIndicator, locale) ?? d.sdgIndicator } : null,
      baseline: d.baseline ? { year: d.baseline.year, value: d.baseline.value } : null,
      targets: byYear(d.targets),
      actuals: byYear(d.actuals),
      latest: status.actual ?? null,
      target: status.target ?? null,
      status: status.status,
    };
    indicators.set(id, model);
    return model;
  };

  const measureById = firstById(measureEntries);
  const benefits = repo.ofKind('Benefit', true).filter((b) => measureById.has(b.data.measure));
  const benefitModels: BenefitModel[] = benefits.map((b) => {
    const d = b.data;
    const ind = d.indicator ? repo.get(d.indicator, 'Indicator') : undefined;
    // From the plan's measures, not by id: with a duplicate id, repo.get may find another kind first.
    const m = measureById.get(d.measure)!;
    return {
      id: d.id, title: d.title, measure: { id: m.id, title: m.data.title }, change: d.change ?? null, owner: unitRef(d.owner),
      type: d.type ?? null, indicator: ind ? { id: ind.id, title: ind.data.title } : null,
      target: d.target ? { year: d.target.year, value: d.target.value } : null, realizedBy: d.realizedBy ?? null, status: d.status ?? null,
    };
  });

  const benefitsByMeasure = groupBy(benefitModels, (b) => [b.measure.id], (b) => b);
  const goalById = firstById(goalEntries);
  const measures: MeasureModel[] = measureEntries.map((e) => {
    const d = e.data;
    const goals = d.goals.map(goalRef).filter((g): g is Ref => g !== null);
    const firstInPlan = d.goals.map((id) => goalById.get(id)).find((g) => g && focusRef(g.data.focusArea));
    const rows = [...(d.budget ?? [])].sort((a, b) => a.year - b.year).map((r) => {
      const operating = r.operating ?? 0;
      const investment = r.investment ?? 0;
      return { year: r.year, operating, investment, total: add(operating, investment) };
    });
    return {
      id: d.id, title: d.title, description: d.description ?? null, responsible: unitRef(d.responsible), type: d.type ?? null,
      status: d.status ?? null, period: d.period ? { start: d.period.start, end: d.period.end } : null, goals,
      focusArea: firstInPlan ? focusRef(firstInPlan.data.focusArea) : null, budgetRows: rows, budget: sumBudgets([d], years),
      hasBudget: rows.some((r) => r.operating !== 0 || r.investment !== 0), benefits: [...(benefitsByMeasure.get(d.id) ?? [])],
    };
  });

  const measuresByGoal = groupBy(measures, (m) => m.goals.map((g) => g.id), (m) => ({ id: m.id, title: m.title }));
  const goals: GoalModel[] = goalEntries.map((e) => {
    const d = e.data;
    return {
      id: d.id, title: d.title, description: d.description ?? null, level: d.level ?? null, focusArea: focusRef(d.focusArea),
      parent: d.parent ? goalRef(d.parent) : null,
      sdgTargets: (d.sdgTargets ?? []).map((t): SdgTargetModel => {
        const goalId = catalog.targets.get(t)?.parent ?? t.split('.')[0] ?? t;
        return { id: t, title: catalog.title(t, locale) ?? t, goal: { id: goalId, title: catalog.title(goalId, locale) ?? goalId }, prioritised: prioritised.has(t) };
      }),
      indicators: (d.indicators ?? []).map(indicatorModel).filter((i): i is IndicatorModel => i !== undefined),
      measures: [...(measuresByGoal.get(d.id) ?? [])],
      strategies: d.strategies ?? [], stakeholders: d.stakeholders ?? [],
    };
  });

  const goalsByArea = groupBy(goals, (g) => [g.focusArea?.id], (g) => g);
  const budgetMeasuresByArea = groupBy(measures, (m) => [m.focusArea?.id], (m) => m);
  // A goal id may name goals of several focus areas (a duplicate id): a measure serves each of them.
  const areasOfGoal = groupBy(goals, (g) => [g.id], (g) => g.focusArea?.id);
  const measuresByArea = groupBy(measures, (m) => m.goals.flatMap((g) => areasOfGoal.get(g.id) ?? []), (m) => m);
  const focusAreas: FocusAreaModel[] = focusAreaDefs.map((f) => {
    const budgetMeasures = [...(budgetMeasuresByArea.get(f.id) ?? [])];
    return {
      id: f.id, title: f.title, description: f.description ?? null, goals: [...(goalsByArea.get(f.id) ?? [])],
      measures: [...(measuresByArea.get(f.id) ?? [])],
      budgetMeasures, budget: sumBudgets(budgetMeasures.map((m) => measureById.get(m.id)!.data), years),
    };
  });

  const measureModelById = firstById(measures);
  const withoutBudget = measures.filter((m) => !m.hasBudget).map(ref);
  const modelGoalIds = new Set(goals.map((g) => g.id));
  const withoutGoals = measures.filter((m) => !m.goals.some((x) => modelGoalIds.has(x.id))).map(ref);
  const p = planEntry.data;
  const parent = p.parent ? repo.get(p.parent, 'Plan') : undefined;
  const plan: PlanModel = {
    id: p.id, title: p.title, type: p.type, description: p.description ?? null, status: p.status ?? null,
    period: p.period ? { start: p.period.start, end: p.period.end } : null,
    adopted: p.adopted ? { date: p.adopted.date ?? null, body: p.adopted.body ?? null, caseNumber: p.adopted.caseNumber ?? null } : null,
    parent: parent ? planRef(parent) : null, vision: p.vision ?? null,
  };
  return {
    locale,
    workspace: {
      id: ws?.id ?? '', name: ws?.name ?? '', municipalityNumber: ws?.municipalityNumber ?? null, currency: ws?.currency ?? 'NOK',
      amountUnit: ws?.amountUnit ?? 1, units: (ws?.units ?? []).map((u) => ({ id: u.id, title: u.title, description: u.description ?? null })),
    },
    plan,
    source: { ...planRef(source), vision: source.data.vision ?? null },
    years,
    focusAreas,
    goalsWithoutFocusArea: goals.filter((g) => g.focusArea === null),
    goals,
    measures,
    indicators: [...indicators.values()],
    benefits: benefitModels,
    budget: sumBudgets(measureEntries.map((m) => m.data), years),
    budgetWithoutFocusArea: measures.some((m) => m.focusArea === null && m.hasBudget)
      ? sumBudgets(measureEntries.filter((e) => measureModelById.get(e.id)!.focusArea === null).map((e) => e.data), years)
      : null,
    openQuestions: { withoutBudget, withoutGoals, any: withoutBudget.length + withoutGoals.length > 0 },
    materiality,
    okonomiplan: okonomiplanReport(repo, planEntry.id, locale),
  };
}


/** The plan's period; without one, the years its measures have budgets for. */
function planYears(period: { start: number; end: number } | null | undefined, measures: Entry<'Measure'>[]): number[] {
  if (period && period.end >= period.start) return yearRange(period.start, Math.min(period.end, period.start + 50));
  // A loop, not Math.min(...years): spreading 200,000 years overflows the call stack.
  let min = Infinity;
  let max = -Infinity;
  for (const m of measures) {
    for (const b of m.data.budget ?? []) {
      if (b.year < min) min = b.year;
      if (b.year > max) max = b.year;
    }
  }
  return min > max ? [] : yearRange(min, max);
}

/** Each id's first item: what `list.find((x) => x.id === id)` finds, in one lookup. */
function firstById<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const x of list) if (!byId.has(x.id)) byId.set(x.id, x);
  return byId;
}

function uniqueById<T extends { id: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((x) => !seen.has(x.id) && seen.add(x.id));
}

function ref(x: Ref): Ref {
  return { id: x.id, title: x.title };
}

function planRef(p: Entry<'Plan'>): PlanRef {
  return { id: p.id, title: p.data.title, type: p.data.type };
}
