import type { RepositoryRule } from './rule.js';
import { priorityTargetUncovered, priorityTargetUncoveredInfo } from './priority-target-uncovered.js';
import { goalWithoutIndicator, goalWithoutIndicatorInfo } from './goal-without-indicator.js';
import { unusedIndicator, unusedIndicatorInfo } from './unused-indicator.js';
import { budgetOutsidePeriod, budgetOutsidePeriodInfo, budgetRowOutsidePeriod } from './budget-outside-period.js';
import { budgetRowYearDuplicate, budgetYearDuplicate, budgetYearDuplicateInfo } from './budget-year-duplicate.js';
import { budgetPlanDuplicate, budgetPlanDuplicateInfo } from './budget-plan-duplicate.js';
import { budgetMissingYear, budgetMissingYearInfo } from './budget-missing-year.js';
import { budgetMeasureWithoutUnit, budgetMeasureWithoutUnitInfo } from './budget-measure-without-unit.js';
import { budgetUnbalanced, budgetUnbalancedInfo } from './budget-unbalanced.js';
import { budgetInvestmentUnbalanced, budgetInvestmentUnbalancedInfo } from './budget-investment-unbalanced.js';
import { budgetTransferMismatch, budgetTransferMismatchInfo } from './budget-transfer-mismatch.js';
import { budgetFinancialTarget, budgetFinancialTargetInfo } from './budget-financial-target.js';
import { indicatorYearsOrder, indicatorYearsOrderInfo } from './indicator-years-order.js';
import { indicatorThresholdsOrder, indicatorThresholdsOrderInfo } from './indicator-thresholds-order.js';
import { materialityScoreOutsideScale, materialityScoreOutsideScaleInfo } from './materiality-score-outside-scale.js';
import { periodReversed, periodReversedInfo } from './period-reversed.js';
import { eventDateAndMonth, eventDateAndMonthInfo } from './event-date-and-month.js';
import { eventWithoutDate, eventWithoutDateInfo } from './event-without-date.js';
import { eventRelativeReference, eventRelativeReferenceInfo } from './event-relative-reference.js';
import { eventImpossibleDate, eventImpossibleDateInfo } from './event-impossible-date.js';
import { eventEndBeforeDate, eventEndBeforeDateInfo } from './event-end-before-date.js';
import { eventCouncilYearWithoutElectionYear, eventCouncilYearWithoutElectionYearInfo } from './event-council-year-without-election-year.js';
import { calendarIncludeClash } from './calendar-include-clash.js';
import { reportPlanPeriodDuplicate, reportPlanPeriodDuplicateInfo } from './report-plan-period-duplicate.js';
import { reportEntryDuplicate, reportEntryDuplicateInfo } from './report-entry-duplicate.js';
import { reportPeriodMismatch, reportPeriodMismatchInfo } from './report-period-mismatch.js';
import { reportAsOfOutsidePeriod, reportAsOfOutsidePeriodInfo } from './report-as-of-outside-period.js';
import { reportOutsidePlan, reportOutsidePlanInfo } from './report-outside-plan.js';
import { reportAnnualSectionMissing, reportAnnualSectionMissingInfo } from './report-annual-section-missing.js';
import { reportMeasureMissing, reportMeasureMissingInfo } from './report-measure-missing.js';
import { reportOverdue, reportOverdueInfo } from './report-overdue.js';
import { reportDeviationWithoutComment, reportDeviationWithoutCommentInfo } from './report-deviation-without-comment.js';

/** The catalogue entries of the repository rules (the configurable ones), in docs/rules.md's order. */
export const REPOSITORY_RULE_INFOS = [
  priorityTargetUncoveredInfo,
  goalWithoutIndicatorInfo,
  unusedIndicatorInfo,
  budgetOutsidePeriodInfo,
  budgetYearDuplicateInfo,
  budgetPlanDuplicateInfo,
  budgetMissingYearInfo,
  budgetMeasureWithoutUnitInfo,
  budgetUnbalancedInfo,
  budgetInvestmentUnbalancedInfo,
  budgetTransferMismatchInfo,
  budgetFinancialTargetInfo,
  indicatorYearsOrderInfo,
  indicatorThresholdsOrderInfo,
  materialityScoreOutsideScaleInfo,
  periodReversedInfo,
  eventDateAndMonthInfo,
  eventWithoutDateInfo,
  eventRelativeReferenceInfo,
  eventImpossibleDateInfo,
  eventEndBeforeDateInfo,
  eventCouncilYearWithoutElectionYearInfo,
  reportPlanPeriodDuplicateInfo,
  reportEntryDuplicateInfo,
  reportPeriodMismatchInfo,
  reportAsOfOutsidePeriodInfo,
  reportOutsidePlanInfo,
  reportAnnualSectionMissingInfo,
  reportMeasureMissingInfo,
  reportOverdueInfo,
  reportDeviationWithoutCommentInfo,
] as const;

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
  eventRelativeReference,
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
  reportOverdue,
  reportDeviationWithoutComment,
];
