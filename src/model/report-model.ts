import type { Locale } from '../i18n/locale.js';
import type { BudgetSummary } from './budget.js';
import type { IndicatorStatus } from './indicator-status.js';
import type { OkonomiplanReportModel } from './report-okonomiplan.js';

/**
 * The resolved model that report templates see: documents joined by id, SDG
 * titles in the report's locale, indicator status computed, budgets summed.
 * Plain data only (no classes, no Maps), so Handlebars needs no prototype access.
 * docs/templates.md describes every field.
 */
export interface ReportModel {
  locale: Locale;
  workspace: WorkspaceModel;
  plan: PlanModel;
  /** The plan whose vision, focus areas and goals the report shows (the plan itself, or the samfunnsdel a handlingsprogram belongs to). */
  source: PlanRef & { vision: string | null };
  /** The plan's years (its period), used by every budget table. */
  years: number[];
  focusAreas: FocusAreaModel[];
  /** Goals whose focus area is missing or unknown. */
  goalsWithoutFocusArea: GoalModel[];
  goals: GoalModel[];
  measures: MeasureModel[];
  indicators: IndicatorModel[];
  benefits: BenefitModel[];
  /** Budget of every measure of the plan, per year of the plan. */
  budget: BudgetSummary;
  /** Budget of the measures that belong to no focus area (so the summary still adds up); null when there are none. */
  budgetWithoutFocusArea: BudgetSummary | null;
  openQuestions: { withoutBudget: Ref[]; withoutGoals: Ref[]; any: boolean };
  materiality: MaterialityModel | null;
  /** The statutory tables and financial targets of the plan's Budget (the økonomiplan); null when it has none. */
  okonomiplan: OkonomiplanReportModel | null;
}

export interface Ref {
  id: string;
  title: string;
}

export interface PlanRef extends Ref {
  type: string;
}

export interface WorkspaceModel {
  id: string;
  name: string;
  municipalityNumber: string | null;
  currency: string;
  amountUnit: number;
  units: { id: string; title: string; description: string | null }[];
}

export interface PlanModel extends PlanRef {
  description: string | null;
  status: string | null;
  period: { start: number; end: number } | null;
  adopted: { date: string | null; body: string | null; caseNumber: string | null } | null;
  parent: PlanRef | null;
  vision: string | null;
}

export interface FocusAreaModel extends Ref {
  description: string | null;
  goals: GoalModel[];
  /** Every measure that serves a goal of this focus area. */
  measures: MeasureModel[];
  /** Measures whose budget is counted here: those whose first goal lies in this focus area. */
  budgetMeasures: MeasureModel[];
  budget: BudgetSummary;
}

export interface SdgTargetModel extends Ref {
  goal: Ref;
  /** Prioritised in the plan's materiality assessment. */
  prioritised: boolean;
}

export interface GoalModel extends Ref {
  description: string | null;
  level: string | null;
  focusArea: Ref | null;
  parent: Ref | null;
  sdgTargets: SdgTargetModel[];
  indicators: IndicatorModel[];
  /** Measures of the plan that work towards this goal. */
  measures: Ref[];
  strategies: string[];
  stakeholders: string[];
}

export interface YearValue {
  year: number;
  value: number;
}

export interface IndicatorModel extends Ref {
  unit: string | null;
  direction: string;
  source: { name: string; table: string | null; url: string | null } | null;
  sdgIndicator: Ref | null;
  baseline: YearValue | null;
  targets: YearValue[];
  actuals: YearValue[];
  latest: YearValue | null;
  /** The target the status measures against. */
  target: YearValue | null;
  status: IndicatorStatus;
}

export interface BudgetRowModel {
  year: number;
  operating: number;
  investment: number;
  total: number;
}

export interface MeasureModel extends Ref {
  description: string | null;
  responsible: Ref | null;
  type: string | null;
  status: string | null;
  period: { start: number; end: number } | null;
  goals: Ref[];
  focusArea: Ref | null;
  /** The measure's own budget rows, in year order. */
  budgetRows: BudgetRowModel[];
  /** The measure's budget over the plan's years. */
  budget: BudgetSummary;
  hasBudget: boolean;
  benefits: BenefitModel[];
}

export interface BenefitModel extends Ref {
  measure: Ref;
  change: string | null;
  owner: Ref | null;
  type: string | null;
  indicator: Ref | null;
  target: YearValue | null;
  realizedBy: string | null;
  status: string | null;
}

export interface MaterialityEntryModel extends Ref {
  target: string;
  significance: number;
  influence: number;
  sum: number;
  prioritised: boolean;
  responsibility: string | null;
  opportunities: string[];
  challenges: string[];
  /** Goals (of any plan) that name this target. */
  goals: Ref[];
}

export interface MaterialityModel extends Ref {
  date: string | null;
  description: string | null;
  threshold: number | null;
  scale: { min: number; max: number };
  entries: MaterialityEntryModel[];
}
