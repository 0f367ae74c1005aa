import type { IndicatorStatus } from '../../model/indicator-status.js';
import type { BenefitCard, PlanCard, Scorecard } from '../../model/scorecard.js';
import { PROGRESS_SYMBOLS } from '../../model/status-report/labels.js';
import { formatPoint, formatValue, nextTarget, seriesCell, SYMBOL, trendText, unitText } from './cells.js';
import { fill, type Catalogue } from '../../i18n/words.js';
import type { Locale } from '../../i18n/locale.js';

/** One table row with the status it shows, so formatters can colour its symbol. */
export interface Row {
  cells: string[];
  status?: IndicatorStatus;
  /** The index of the cell that shows `status`. */
  statusCell?: number;
}

/** The column headings of the indicator table. */
export function indicatorHeader(card: Scorecard, w: Catalogue): string[] {
  return [w.scorecard.goal, w.scorecard.indicator, w.scorecard.statusColumn, w.scorecard.latest, fill(w.scorecard.needed, { year: card.year }), w.scorecard.nextTarget, w.scorecard.unit, w.scorecard.trendColumn, w.scorecard.series];
}

/** One row per indicator of each goal of a focus area; the goal's title only on its first row. */
export function indicatorRows(area: PlanCard['focusAreas'][number], w: Catalogue, locale: Locale): Row[] {
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
          `${SYMBOL[r.status]} ${w.indicatorStatus[r.status]}`,
          formatPoint(r.actual, i.unit, locale),
          r.neededThisYear ? formatValue(r.neededThisYear.value, i.unit, locale) : '–',
          formatPoint(nextTarget(r), i.unit, locale),
          unitText(i.unit),
          trendText(r.trend, w),
          seriesCell(i.series.map((p) => p.value), i.unit, locale),
        ],
      });
    });
  }
  return rows;
}

/** The column headings of the benefit table. */
export function benefitHeader(w: Catalogue): string[] {
  return [w.scorecard.benefitColumn, w.scorecard.state, w.scorecard.deadline, w.scorecard.indicator, w.scorecard.indicatorStatus];
}

/** One row per benefit: its state on the day and its indicator's status. */
export function benefitRows(benefits: readonly BenefitCard[], w: Catalogue): Row[] {
  return benefits.map((b) => {
    const s = b.indicator?.result.status;
    return {
      ...(s && { status: s, statusCell: 4 }),
      cells: [b.title, w.scorecard.benefit[b.state], b.realizedBy ?? '–', b.indicator?.title ?? '–', s ? `${SYMBOL[s]} ${w.indicatorStatus[s]}` : '–'],
    };
  });
}

/** The indicators no goal uses, as a focus area of one untitled goal, so they go through the same rows. */
export function unusedArea(card: Scorecard, w: Catalogue): PlanCard['focusAreas'][number] {
  return { id: null, title: w.scorecard.unusedIndicators, goals: [{ id: '', title: '', indicators: card.unused, counts: card.unusedCounts, measures: [] }], counts: card.unusedCounts };
}

/** The column headings of the measure table. */
export function measureHeader(w: Catalogue): string[] {
  return [w.scorecard.goal, w.scorecard.measureColumn, w.scorecard.progressColumn, w.scorecard.commentColumn];
}

/** One row per measure of each goal of a focus area, with its progress in the report in force; the goal's title only on its first row. */
export function measureRows(area: PlanCard['focusAreas'][number], w: Catalogue): Row[] {
  const rows: Row[] = [];
  for (const goal of area.goals)
    goal.measures.forEach((m, n) => {
      rows.push({ cells: [n === 0 ? goal.title : '', m.title, progressText(m.progress, w), m.comment ?? ''] });
    });
  return rows;
}

/** "◆ Forsinket": the progress symbol (shapes differ) and its word; "Ikke rapportert" without one. */
export function progressText(progress: keyof Catalogue['measureProgress'] | undefined, w: Catalogue): string {
  return progress ? `${PROGRESS_SYMBOLS[progress]} ${w.measureProgress[progress]}` : `– ${w.scorecard.notReported}`;
}

/** The line under a plan's heading that says which reports the measures' progress comes from. */
export function reportLine(plan: PlanCard, today: string, w: Catalogue): string {
  if (plan.reports.length === 0) return fill(w.scorecard.noReport, { date: today });
  return plan.reports.map((r) => fill(w.scorecard.progressFrom, { report: r.title, date: r.asOf })).join('; ');
}
