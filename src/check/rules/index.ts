import type { RepositoryRule } from './rule.js';
import { priorityTargetUncovered } from './priority-target-uncovered.js';
import { goalWithoutIndicator } from './goal-without-indicator.js';
import { unusedIndicator } from './unused-indicator.js';
import { budgetOutsidePeriod, budgetYearDuplicate } from './budget.js';
import { budgetInvestmentUnbalanced, budgetTransferMismatch, budgetUnbalanced } from './budget-balance.js';
import { budgetMissingYear, budgetRowOutsidePeriod, budgetRowYearDuplicate } from './budget-years.js';
import { budgetFinancialTarget } from './budget-financial-target.js';
import { budgetMeasureWithoutUnit, budgetPlanDuplicate } from './budget-plan.js';
import { indicatorYearsOrder } from './indicator-years-order.js';
import { indicatorThresholdsOrder } from './indicator-thresholds-order.js';
import { materialityScoreOutsideScale } from './materiality-score-outside-scale.js';
import { periodReversed } from './period-reversed.js';
import {
  calendarIncludeClash,
  eventCouncilYearWithoutElectionYear,
  eventDateAndMonth,
  eventEndBeforeDate,
  eventImpossibleDate,
  eventWithoutDate,
} from './calendar-events.js';
import { reportEntryDuplicate, reportPlanPeriodDuplicate } from './report-duplicate.js';
import { reportAsOfOutsidePeriod, reportPeriodMismatch } from './report-period.js';
import { reportOutsidePlan } from './report-outside-plan.js';
import { reportAnnualSectionMissing } from './report-annual-section-missing.js';
import { reportMeasureMissing } from './report-measure-missing.js';
import { reportDeviationWithoutComment } from './report-deviation-without-comment.js';

/** The repository rules, in the order they run. Severity comes from the catalogue and Workspace.rules. */
export const REPOSITORY_RULES: readonly RepositoryRule[] = [
  priorityTargetUncovered,
  goalWithoutIndicator,
  unusedIndicator,
  budgetOutsidePeriod,
  budgetYearDuplicate,
  budgetRowOutsidePeriod,
  budgetRowYearDuplicate,
  budgetPlanDuplicate,
  budgetMissingYear,
  budgetMeasureWithoutUnit,
  budgetUnbalanced,
  budgetInvestmentUnbalanced,
  budgetTransferMismatch,
  budgetFinancialTarget,
  indicatorYearsOrder,
  indicatorThresholdsOrder,
  materialityScoreOutsideScale,
  periodReversed,
  eventDateAndMonth,
  eventWithoutDate,
  eventImpossibleDate,
  eventEndBeforeDate,
  eventCouncilYearWithoutElectionYear,
  calendarIncludeClash,
  // StatusReport (loop, issue 16)
  reportPlanPeriodDuplicate,
  reportEntryDuplicate,
  reportPeriodMismatch,
  reportAsOfOutsidePeriod,
  reportOutsidePlan,
  reportAnnualSectionMissing,
  reportMeasureMissing,
  reportDeviationWithoutComment,
];
