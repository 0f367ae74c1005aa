import type { Locale } from '../../i18n/locale.js';
import { words as catalogue } from '../../i18n/words.js';
import { formatAmount, formatPercent } from '../../output/budget/number.js';
import { dec, percentOf, sub, type Decimal } from '../okonomiplan/decimal.js';
import { okonomiplanOf } from '../okonomiplan/resolve.js';
import { meets, shownPercent } from '../okonomiplan/targets.js';
import type { TargetName } from '../okonomiplan/model.js';
import type { IndicatorStatus } from '../indicator-status.js';
import { buildScorecard, STATUSES } from '../scorecard.js';
import type { Entry, Repository } from '../repository.js';
import { budgetOfPlan } from './frames.js';
import { PROGRESS_SYMBOLS, reportWords, type Progress } from './labels.js';

/** One line of the economic result: the Budget's figure, the result after the units' deviation, and the difference. */
export interface ResultLine {
  label: string;
  planned: string;
  result: string;
  difference: string;
}

/** A financial target (handlingsregel) of the Budget: its bound, the budgeted and the resulting share, and whether the result meets it. */
export interface TargetLine {
  target: TargetName;
  label: string;
  bound: string;
  planned: string;
  result: string;
  /** Null when the year has no totalOperatingIncome to measure against. */
  met: boolean | null;
  metText: string;
}

/**
 * The economic result of an årsberetning: when the plan's Budget has an operating row
 * for the year, netto driftsresultat as budgeted and as it came out (budgeted − the
 * units' total deviation: general income and finance as budgeted), its share of brutto
 * driftsinntekter, and each financial target against the result. `lines` is null when
 * the data do not allow it (no Budget, or the basis year, which has no operating row);
 * `note` then says so.
 */
export interface EconomicResult {
  lines: ResultLine[] | null;
  targets: TargetLine[];
  note: string;
}

export interface AttainmentArea {
  title: string;
  counts: { status: IndicatorStatus; text: string; count: number }[];
  goals: { id: string; title: string; indicators: { id: string; title: string; latest: string; status: IndicatorStatus; statusText: string }[] }[];
}

/** Goal attainment per focus area: the plan's goals (its parent's, for a handlingsprogram without goals of its own) with their indicators' status in the year of asOf, as `plan status` gives it. */
export interface GoalAttainment {
  year: number;
  /** Says whose status model and which year. */
  note: string;
  areas: AttainmentArea[];
  counts: AttainmentArea['counts'];
}

/** What became of the measures and benefits in the year: counts per progress, and the benefits reported realised. */
export interface Outcome {
  measures: { progress: Progress; symbol: string; text: string; count: number }[];
  realised: { id: string; title: string; comment: string }[];
}

export interface AnnualView {
  economicResult: EconomicResult;
  goalAttainment: GoalAttainment;
  outcome: Outcome;
}

/**
 * The parts only an årsberetning has (kommuneloven § 14-7): the economic result from
 * the Budget and the report's figures, goal attainment per focus area from the
 * indicators, and the outcome of the measures and benefits. `deviation` is the units'
 * total deviation (actual − frame) the deviation table computed. Pure.
 */
export function buildAnnualView(repo: Repository, entry: Entry<'StatusReport'>, deviation: Decimal | null, locale: Locale): AnnualView {
  return {
    economicResult: economicResult(repo, entry, deviation, locale),
    goalAttainment: goalAttainment(repo, entry, locale),
    outcome: outcome(repo, entry, locale),
  };
}

function economicResult(repo: Repository, entry: Entry<'StatusReport'>, deviation: Decimal | null, locale: Locale): EconomicResult {
  const w = reportWords(locale);
  const b = catalogue(locale).budget;
  const year = entry.data.period.year;
  const budget = budgetOfPlan(repo, entry.data.plan);
  const model = budget ? okonomiplanOf(repo, budget) : undefined;
  const operating = model?.operating.find((o) => o.year === year && o.row !== null);
  if (!model || !operating || deviation === null) return { lines: null, targets: [], note: w.noResult(year, deviation === null ? null : formatAmount(deviation, locale)) };
  const amount = (d: Decimal) => formatAmount(d, locale);
  const pct = (d: Decimal | null) => (d === null ? w.none : formatPercent(d, locale));
  const income = operating.keyFigures.totalOperatingIncome;
  const measurable = income !== null && income.coef > 0n;
  const budgeted = operating.lines.netOperatingResult;
  const actual = sub(budgeted, deviation);
  const lines: ResultLine[] = [{ label: b.operating.netOperatingResult, planned: amount(budgeted), result: amount(actual), difference: amount(sub(actual, budgeted)) }];
  if (measurable) {
    const share = (d: Decimal) => percentOf(d, income, 1);
    lines.push({ label: b.targets.netOperatingResult, planned: pct(share(budgeted)), result: pct(share(actual)), difference: w.points(formatPercent(sub(share(actual)!, share(budgeted)!), locale).replace('\u00a0%', '')) });
  }
  // An overspend lowers the result, and with it what goes to (or comes from) the disposisjonsfond; debt is as budgeted.
  const figures: Record<TargetName, [Decimal | null, Decimal | null]> = {
    netOperatingResult: [budgeted, actual],
    unrestrictedFund: [operating.keyFigures.unrestrictedFundBalance, operating.keyFigures.unrestrictedFundBalance && sub(operating.keyFigures.unrestrictedFundBalance, deviation)],
    netDebt: [operating.keyFigures.netDebt, operating.keyFigures.netDebt],
  };
  const targets = model.targets.map((t): TargetLine => {
    const bound = [t.min !== null ? b.min(formatPercent(t.min, locale)) : '', t.max !== null ? b.max(formatPercent(t.max, locale)) : ''].filter(Boolean).join(', ');
    const [planned, result] = figures[t.target];
    if (!measurable || planned === null || result === null) return { target: t.target, label: b.targets[t.target], bound, planned: w.none, result: w.none, met: null, metText: b.notMeasurable };
    const plannedMet = meets(planned, income, t.min, t.max);
    const met = meets(result, income, t.min, t.max);
    return {
      target: t.target,
      label: b.targets[t.target],
      bound,
      planned: pct(shownPercent(planned, income, t.min, t.max, plannedMet)),
      result: pct(shownPercent(result, income, t.min, t.max, met)),
      met,
      metText: met ? b.met : b.missed,
    };
  });
  return { lines, targets, note: w.resultNote(amount(deviation)) };
}

function goalAttainment(repo: Repository, entry: Entry<'StatusReport'>, locale: Locale): GoalAttainment {
  const w = reportWords(locale);
  const words = catalogue(locale).indicatorStatus;
  const year = Number(entry.data.asOf.slice(0, 4));
  const card = buildScorecard(repo, { planId: entry.data.plan, year, today: entry.data.asOf }).plans[0];
  const counts = (c: Record<IndicatorStatus, number>) => STATUSES.map((s) => ({ status: s, text: words[s], count: c[s] })).filter((x) => x.count > 0);
  const areas = (card?.focusAreas ?? []).map((f) => ({
    title: f.title ?? w.noFocusArea,
    counts: counts(f.counts),
    goals: f.goals.map((g) => ({
      id: g.id,
      title: g.title,
      indicators: g.indicators.map((i) => ({
        id: i.id,
        title: i.title,
        latest: i.result.actual ? `${formatAmount(dec(i.result.actual.value), locale)} (${i.result.actual.year})` : w.none,
        status: i.result.status,
        statusText: words[i.result.status],
      })),
    })),
  }));
  return { year, note: w.attainmentNote(year), areas, counts: card ? counts(card.counts) : [] };
}

function outcome(repo: Repository, entry: Entry<'StatusReport'>, locale: Locale): Outcome {
  const w = reportWords(locale);
  const seen = new Set<string>();
  const entries = (entry.data.measures ?? []).filter((m) => repo.get(m.measure, 'Measure')?.valid && !seen.has(m.measure) && seen.add(m.measure));
  const measures = (Object.keys(PROGRESS_SYMBOLS) as Progress[])
    .map((p) => ({ progress: p, symbol: PROGRESS_SYMBOLS[p], text: w.progress[p], count: entries.filter((m) => m.progress === p).length }))
    .filter((c) => c.count > 0);
  const realised = (entry.data.benefits ?? []).flatMap((b) => {
    const benefit = repo.get(b.benefit, 'Benefit');
    return b.status === 'realised' && benefit?.valid ? [{ id: benefit.id, title: benefit.data.title, comment: b.comment?.trim() ?? '' }] : [];
  });
  return { measures, realised };
}
