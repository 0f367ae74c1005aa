import type { IndicatorStatus } from '../../model/indicator-status.js';
import type { BenefitCard, PlanCard, Scorecard } from '../../model/scorecard.js';
import { formatPoint, formatValue, nextTarget, sparkline, SYMBOL, trendText, unitText } from './cells.js';
import { fill, type Locale, type StatusLabels } from './labels.js';

/** One table row with the status it shows, so formatters can colour its symbol. */
export interface Row {
  cells: string[];
  status?: IndicatorStatus;
  /** The index of the cell that shows `status`. */
  statusCell?: number;
}

/** The column headings of the indicator table. */
export function indicatorHeader(card: Scorecard, labels: StatusLabels): string[] {
  return [labels.goal, labels.indicator, labels.statusColumn, labels.latest, fill(labels.needed, { year: card.year }), labels.nextTarget, labels.unit, labels.trendColumn, labels.series];
}

/** One row per indicator of each goal of a focus area; the goal's title only on its first row. */
export function indicatorRows(area: PlanCard['focusAreas'][number], labels: StatusLabels, locale: Locale): Row[] {
  const rows: Row[] = [];
  for (const goal of area.goals) {
    if (goal.indicators.length === 0) rows.push({ cells: [goal.title, '–', '', '', '', '', '', '', ''] });
    goal.indicators.forEach((i, n) => {
      const r = i.result;
      rows.push({
        status: r.status,
        statusCell: 2,
        cells: [
          n === 0 ? goal.title : '',
          i.title,
          `${SYMBOL[r.status]} ${labels.status[r.status]}`,
          formatPoint(r.actual, i.unit, locale),
          r.neededThisYear ? formatValue(r.neededThisYear.value, i.unit, locale) : '–',
          formatPoint(nextTarget(r), i.unit, locale),
          unitText(i.unit),
          trendText(r.trend, labels),
          sparkline(i.series.map((p) => p.value)),
        ],
      });
    });
  }
  return rows;
}

/** The column headings of the benefit table. */
export function benefitHeader(labels: StatusLabels): string[] {
  return [labels.benefitColumn, labels.state, labels.deadline, labels.indicator, labels.indicatorStatus];
}

/** One row per benefit: its state on the day and its indicator's status. */
export function benefitRows(benefits: readonly BenefitCard[], labels: StatusLabels): Row[] {
  return benefits.map((b) => {
    const s = b.indicator?.result.status;
    return {
      ...(s && { status: s, statusCell: 4 }),
      cells: [b.title, labels.benefit[b.state], b.realizedBy ?? '–', b.indicator?.title ?? '–', s ? `${SYMBOL[s]} ${labels.status[s]}` : '–'],
    };
  });
}
