import type { Locale } from '../../i18n/locale.js';
import { formatAmount } from '../../output/budget/number.js';
import { words as catalogue } from '../../i18n/words.js';
import { formatDate } from '../../i18n/format.js';
import { dec } from '../okonomiplan/decimal.js';
import type { Entry, Repository } from '../repository.js';
import { reportWords, type ReportWords } from './labels.js';
import { benefitMapMermaid, benefitMapSvg } from './gevinstkart.js';

/** One benefit of the gevinstrealiseringsplan: who owns it, where it starts and ends, and how the reports saw it. */
export interface BenefitPlanRow {
  id: string;
  title: string;
  owner: string;
  measure: { id: string; title: string };
  change: string;
  indicator: string;
  baseline: string;
  target: string;
  realizedBy: string;
  status: string;
  statusText: string;
  history: { report: string; asOf: string; statusText: string; comment: string }[];
  goals: { id: string; title: string }[];
}

/** The benefits map of one focus area: measure → change → benefit → goal. */
export interface BenefitMap {
  nodes: { id: string; column: 0 | 1 | 2 | 3; label: string }[];
  edges: [string, string][];
}

export interface BenefitPlanView {
  locale: Locale;
  words: ReportWords;
  workspace: { name: string };
  plan: { id: string; title: string };
  /** Each focus area with its benefits map as data, as Mermaid and as SVG. */
  focusAreas: { title: string; benefits: BenefitPlanRow[]; map: BenefitMap; mermaid: string; svg: string }[];
}

/**
 * The gevinstrealiseringsplan of a handlingsprogram (Prosjektveiviseren / DFØ practice): each
 * benefit of the plan's measures with its owner, the baseline of its indicator, its target and
 * realisation date, its measure and the status history from the plan's StatusReports (by
 * asOf), grouped by the focus area of the measure's first goal, with one benefits map per
 * focus area so each map stays readable.
 */
export function buildBenefitPlan(repo: Repository, plan: Entry<'Plan'>, locale: Locale): BenefitPlanView {
  const words = reportWords(locale);
  const benefitWords = catalogue(locale).scorecard.benefit;
  const ws = repo.workspace?.valid ? repo.workspace.data : undefined;
  const unitTitle = (id: string | null | undefined) => (ws?.units ?? []).find((u) => u.id === id)?.title ?? id ?? words.none;
  const reports = repo.ofKind('StatusReport', true).filter((r) => r.data.plan === plan.id).sort((a, b) => (a.data.asOf < b.data.asOf ? -1 : a.data.asOf > b.data.asOf ? 1 : 0));
  // Each benefit's entries in the reports, by asOf, the first of a report only: indexed once, not searched per benefit.
  type Said = NonNullable<Entry<'StatusReport'>['data']['benefits']>[number];
  const history = new Map<string, { report: Entry<'StatusReport'>; entry: Said }[]>();
  for (const report of reports) {
    const seen = new Set<string>();
    for (const entry of report.data.benefits ?? []) {
      if (seen.has(entry.benefit)) continue;
      seen.add(entry.benefit);
      const list = history.get(entry.benefit);
      if (list) list.push({ report, entry });
      else history.set(entry.benefit, [{ report, entry }]);
    }
  }
  const areas = new Map<string, BenefitPlanView['focusAreas'][number]>();
  for (const benefit of repo.ofKind('Benefit', true)) {
    const measure = repo.get(benefit.data.measure, 'Measure');
    if (!measure?.valid || measure.data.plan !== plan.id) continue;
    const goals = measure.data.goals.map((id) => repo.get(id, 'Goal')).filter((g): g is Entry<'Goal'> => g?.valid === true);
    const first = goals[0];
    const goalPlan = first ? repo.get(first.data.plan, 'Plan') : undefined;
    const fa = goalPlan?.valid ? (goalPlan.data.focusAreas ?? []).find((f) => f.id === first!.data.focusArea) : undefined;
    const key = fa ? `${goalPlan!.id}/${fa.id}` : '';
    let area = areas.get(key);
    if (!area) areas.set(key, (area = { title: fa?.title ?? words.noFocusArea, benefits: [], map: { nodes: [], edges: [] }, mermaid: '', svg: '' }));
    const indicator = benefit.data.indicator ? repo.get(benefit.data.indicator, 'Indicator') : undefined;
    const point = (p: { year: number; value: number } | null | undefined) => (p ? `${formatAmount(dec(p.value), locale)} (${p.year})` : words.none);
    const status = benefit.data.status ?? 'planned';
    area.benefits.push({
      id: benefit.id,
      title: benefit.data.title,
      owner: unitTitle(benefit.data.owner),
      measure: { id: measure.id, title: measure.data.title },
      change: benefit.data.change ?? '',
      indicator: indicator?.valid ? indicator.data.title : words.none,
      baseline: indicator?.valid ? point(indicator.data.baseline) : words.none,
      target: point(benefit.data.target),
      realizedBy: benefit.data.realizedBy ? formatDate(benefit.data.realizedBy, locale) : words.none,
      status,
      statusText: benefitWords[status],
      history: (history.get(benefit.id) ?? []).map(({ report: r, entry: b }) => ({ report: r.data.title, asOf: formatDate(r.data.asOf, locale, 'short'), statusText: benefitWords[b.status], comment: b.comment ?? '' })),
      goals: goals.map((g) => ({ id: g.id, title: g.data.title })),
    });
  }
  for (const area of areas.values()) {
    area.map = benefitMap(area.benefits);
    area.mermaid = benefitMapMermaid(area.map);
    area.svg = benefitMapSvg(area.map, `${words.benefitMap}: ${area.title}`);
  }
  return { locale, words, workspace: { name: ws?.name ?? '' }, plan: { id: plan.id, title: plan.data.title }, focusAreas: [...areas.values()] };
}

/** The map of a focus area's benefits: each measure, change, benefit and goal once, and the links between them. */
export function benefitMap(benefits: readonly BenefitPlanRow[]): BenefitMap {
  const nodes = new Map<string, BenefitMap['nodes'][number]>();
  const edges = new Map<string, [string, string]>();
  const node = (id: string, column: 0 | 1 | 2 | 3, label: string) => nodes.has(id) || nodes.set(id, { id, column, label });
  const edge = (a: string, b: string) => edges.set(`${a}>${b}`, [a, b]);
  for (const b of benefits) {
    const m = `m-${b.measure.id}`;
    const c = `c-${b.id}`;
    const g = `b-${b.id}`;
    node(m, 0, b.measure.title);
    if (b.change) {
      node(c, 1, b.change);
      edge(m, c);
      edge(c, g);
    } else edge(m, g);
    node(g, 2, b.title);
    for (const goal of b.goals) {
      node(`g-${goal.id}`, 3, goal.title);
      edge(g, `g-${goal.id}`);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
