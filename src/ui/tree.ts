import type { IndicatorStatus } from '../model/indicator-status.js';
import type { BenefitState } from '../model/benefit-status.js';
import { countStatuses, type BenefitCard, type IndicatorCard, type MeasureCard, type Scorecard, type StatusCounts } from '../model/scorecard.js';
import type { Catalogue } from '../i18n/words.js';

/** One line of the navigable list: a plan, focus area, goal, the benefits, an indicator or a benefit. */
export interface Node {
  key: string;
  label: string;
  /** The status symbol shown before the label: the indicator's own, or the worst below a group. */
  status?: IndicatorStatus;
  counts?: StatusCounts;
  children?: Node[];
  indicator?: IndicatorCard;
  benefit?: BenefitCard;
  /** A goal's measures (shown in its detail pane), or the one measure of a measure line. */
  measures?: MeasureCard[];
  measure?: MeasureCard;
}

/** How the list marks a benefit: by its own state (not its indicator's status). */
export const BENEFIT_MARK: Record<BenefitState, { symbol: string; color: string }> = {
  planned: { symbol: '◇', color: 'gray' },
  realising: { symbol: '◈', color: 'yellow' },
  realised: { symbol: '◆', color: 'green' },
  overdue: { symbol: '!', color: 'red' },
  abandoned: { symbol: '×', color: 'gray' },
};

/** Worst first: the status a group shows is the first of these that any of its indicators has. */
const SEVERITY: readonly IndicatorStatus[] = ['off-track', 'at-risk', 'no-data', 'no-target', 'on-track', 'reached'];

/** The scorecard as a tree: plans (only when there are several) → focus areas and benefits → goals → indicators. */
export function scorecardTree(card: Scorecard, w: Catalogue): Node {
  const plans = card.plans.map((plan): Node => {
    const areas = plan.focusAreas.map((area): Node => {
      const goals = area.goals.map((goal): Node => ({
        ...group(`goal:${goal.id}`, goal.title, goal.counts, [...goal.indicators.map(indicatorNode), ...goal.measures.map((m) => measureNode(goal.id, m))]),
        measures: goal.measures,
      }));
      return group(`area:${plan.id}:${area.id ?? ''}`, area.title ?? w.scorecard.noFocusArea, area.counts, goals);
    });
    const benefits: Node = {
      key: `benefits:${plan.id}`,
      label: w.scorecard.benefits,
      children: plan.benefits.map((b) => ({ key: `benefit:${b.id}`, label: b.title, benefit: b })),
    };
    return group(`plan:${plan.id}`, plan.title, plan.counts, [...areas, benefits]);
  });
  if (plans.length === 1) return plans[0]!;
  const all = card.plans.flatMap((p) => p.focusAreas.flatMap((a) => a.goals.flatMap((g) => g.indicators)));
  return group('root', '', countStatuses([...new Map(all.map((i) => [i.id, i])).values()]), plans);
}

function indicatorNode(i: IndicatorCard): Node {
  return { key: `indicator:${i.id}`, label: i.title, status: i.result.status, indicator: i };
}

function measureNode(goal: string, m: MeasureCard): Node {
  return { key: `measure:${goal}:${m.id}`, label: m.title, measure: m };
}

function group(key: string, label: string, counts: StatusCounts, children: Node[]): Node {
  const worst = SEVERITY.find((s) => counts[s] > 0);
  return { key, label, counts, children, ...(worst && { status: worst }) };
}
