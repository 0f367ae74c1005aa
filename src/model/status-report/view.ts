import type { Locale } from '../../i18n/locale.js';
import { formatAmount, formatPercent } from '../../output/budget/number.js';
import { words as catalogue } from '../../i18n/words.js';
import { amountUnitText, formatDate } from '../../i18n/format.js';
import { dec, sum, type Decimal } from '../okonomiplan/decimal.js';
import { indicatorStatus } from '../indicator-status.js';
import type { Entry, Repository } from '../repository.js';
import { computeDeviations } from './deviations.js';
import { framesOfYear } from './frames.js';
import { PROGRESS_SYMBOLS, reportWords, type Progress, type ReportWords } from './labels.js';
import { previousReport, reportChanges, type Change } from './changes.js';
import { buildAnnualView, type AnnualView } from './annual.js';

const SECTION_KEYS = ['finances', 'deviations', 'goals', 'ethics', 'equality', 'activityDuty'] as const;

/** A deviation row as a report shows it: every figure formatted exactly in the locale. */
export interface DeviationRow {
  unit: string;
  title: string;
  frame: string;
  forecast: string;
  deviation: string;
  percent: string;
  comment: string;
  significant: boolean;
}

export interface MeasureRow {
  id: string;
  title: string;
  progress: Progress;
  symbol: string;
  progressText: string;
  comment: string;
  spent: string;
  yearBudget: string;
}

export interface IndicatorRow {
  id: string;
  title: string;
  goal: string;
  latest: string;
  status: string;
  statusText: string;
}

/** What the tertialrapport and årsberetning templates render: the report resolved against its plan, Budget and indicators. */
export interface StatusReportView {
  locale: Locale;
  words: ReportWords;
  workspace: { name: string };
  plan: { id: string; title: string };
  report: { id: string; title: string; type: 'tertial' | 'annual'; typeText: string; year: number; tertial: number | null; asOf: string; asOfText: string; summary: string };
  amountUnit: string;
  deviations: { rows: DeviationRow[]; total: DeviationRow } | null;
  focusAreas: { title: string; measures: MeasureRow[]; indicators: IndicatorRow[]; counts: { progress: Progress; symbol: string; text: string; count: number }[] }[];
  benefits: { id: string; title: string; owner: string; status: string; statusText: string; comment: string }[];
  changes: Change[] | null;
  previous: { id: string; title: string } | null;
  sections: { key: string; title: string; text: string; missing: boolean }[];
  missingSections: string[];
  /** The årsberetning's economic result, goal attainment and outcome (annual.ts); null for a tertial report. */
  annual: AnnualView | null;
}

const amount = (d: Decimal, locale: Locale) => formatAmount(d, locale);

/**
 * The view of one valid StatusReport: budget deviations per unit sorted by size, measure
 * progress grouped by the focus area of each measure's first goal with spent against the
 * budget of the year, indicator status in the asOf year (the model and words of plan
 * status), the benefits, the changes since the previous report of the year, and for an
 * årsberetning its § 14-7 sections. Pure: reads only valid documents.
 */
export function buildStatusReportView(repo: Repository, entry: Entry<'StatusReport'>, locale: Locale): StatusReportView {
  const words = reportWords(locale);
  const status = { status: catalogue(locale).indicatorStatus, benefit: catalogue(locale).scorecard.benefit };
  const data = entry.data;
  const year = data.period.year;
  const plan = repo.get(data.plan, 'Plan');
  const ws = repo.workspace?.valid ? repo.workspace.data : undefined;
  const unitTitle = (id: string | null | undefined) => (ws?.units ?? []).find((u) => u.id === id)?.title ?? id ?? '';
  const frames = framesOfYear(repo, data.plan, year);
  let deviations: StatusReportView['deviations'] = null;
  let totalDeviation: Decimal | null = null;
  if (frames) {
    const d = computeDeviations(data, frames);
    totalDeviation = d.deviation;
    const row = (r: { frame: Decimal; forecast: Decimal; deviation: Decimal; percent: Decimal | null }) => ({
      frame: amount(r.frame, locale),
      forecast: amount(r.forecast, locale),
      deviation: amount(r.deviation, locale),
      percent: r.percent === null ? words.none : formatPercent(r.percent, locale),
    });
    deviations = {
      rows: d.rows.map((r) => ({ unit: r.unit, title: r.title, ...row(r), comment: r.comment ?? '', significant: r.significant })),
      total: { unit: '', title: words.total, ...row(d), comment: '', significant: false },
    };
  }

  const measureRows = new Map<string, MeasureRow>();
  for (const m of data.measures ?? []) {
    const measure = repo.get(m.measure, 'Measure');
    if (!measure?.valid || measureRows.has(measure.id)) continue;
    const rows = (measure.data.budget ?? []).filter((b) => b.year === year);
    const money = (op: Decimal, inv: Decimal) => [op.coef !== 0n ? `${amount(op, locale)} ${words.operating}` : '', inv.coef !== 0n ? `${amount(inv, locale)} ${words.investment}` : ''].filter(Boolean).join(', ') || words.none;
    measureRows.set(measure.id, {
      id: measure.id,
      title: measure.data.title,
      progress: m.progress,
      symbol: PROGRESS_SYMBOLS[m.progress],
      progressText: words.progress[m.progress],
      comment: m.comment ?? '',
      spent: m.spent ? money(dec(m.spent.operating), dec(m.spent.investment)) : words.none,
      yearBudget: money(sum(rows.map((r) => dec(r.operating))), sum(rows.map((r) => dec(r.investment)))),
    });
  }

  // Focus areas in the order of the goals' plans; a measure goes under its first goal's area.
  const areas = new Map<string, StatusReportView['focusAreas'][number]>();
  const areaOf = (goalId: string | undefined): StatusReportView['focusAreas'][number] => {
    const goal = goalId ? repo.get(goalId, 'Goal') : undefined;
    const goalPlan = goal?.valid ? repo.get(goal.data.plan, 'Plan') : undefined;
    const fa = goalPlan?.valid ? (goalPlan.data.focusAreas ?? []).find((f) => f.id === goal!.data.focusArea) : undefined;
    const key = fa ? `${goalPlan!.id}/${fa.id}` : '';
    let area = areas.get(key);
    if (!area) areas.set(key, (area = { title: fa?.title ?? words.noFocusArea, measures: [], indicators: [], counts: [] }));
    return area;
  };
  const seenIndicators = new Set<string>();
  for (const row of measureRows.values()) {
    const measure = repo.get(row.id, 'Measure')!;
    areaOf(measure.data.goals[0]).measures.push(row);
    for (const goalId of measure.data.goals) {
      const goal = repo.get(goalId, 'Goal');
      if (!goal?.valid) continue;
      for (const id of goal.data.indicators ?? []) {
        const ind = repo.get(id, 'Indicator');
        if (!ind?.valid || seenIndicators.has(id)) continue;
        seenIndicators.add(id);
        const result = indicatorStatus(ind.data, year);
        areaOf(goalId).indicators.push({
          id,
          title: ind.data.title,
          goal: goal.data.title,
          latest: result.actual ? `${formatAmount(dec(result.actual.value), locale)} (${result.actual.year})` : words.none,
          status: result.status,
          statusText: status.status[result.status],
        });
      }
    }
  }
  for (const area of areas.values()) {
    area.counts = (Object.keys(PROGRESS_SYMBOLS) as Progress[])
      .map((p) => ({ progress: p, symbol: PROGRESS_SYMBOLS[p], text: words.progress[p], count: area.measures.filter((m) => m.progress === p).length }))
      .filter((c) => c.count > 0);
  }

  const benefits = (data.benefits ?? []).flatMap((b) => {
    const benefit = repo.get(b.benefit, 'Benefit');
    if (!benefit?.valid) return [];
    return [{ id: benefit.id, title: benefit.data.title, owner: unitTitle(benefit.data.owner) || words.none, status: b.status, statusText: status.benefit[b.status], comment: b.comment ?? '' }];
  });

  const previous = data.type === 'tertial' ? previousReport(repo, entry) : undefined;
  const sections = data.type === 'annual' ? SECTION_KEYS.map((key) => ({ key, title: words.sections[key], text: data.sections?.[key]?.trim() ?? '', missing: !data.sections?.[key]?.trim() })) : [];
  return {
    locale,
    words,
    workspace: { name: ws?.name ?? '' },
    plan: { id: data.plan, title: plan?.valid ? plan.data.title : data.plan },
    report: {
      id: entry.id,
      title: data.title,
      type: data.type,
      typeText: data.type === 'annual' ? words.annualReport : words.tertialReport,
      year,
      tertial: data.period.tertial ?? null,
      asOf: data.asOf,
      asOfText: formatDate(data.asOf, locale),
      summary: data.summary ?? '',
    },
    amountUnit: amountUnitText(ws?.amountUnit ?? 1, locale, ws?.currency ?? 'NOK'),
    deviations,
    focusAreas: [...areas.values()],
    benefits,
    changes: previous ? reportChanges(repo, previous, entry, locale) : null,
    previous: previous ? { id: previous.id, title: previous.data.title } : null,
    sections,
    missingSections: sections.filter((s) => s.missing).map((s) => s.title),
    annual: data.type === 'annual' ? buildAnnualView(repo, entry, totalDeviation, locale) : null,
  };
}
