import type { BenefitState } from '../../model/benefit-status.js';
import type { IndicatorStatus } from '../../model/indicator-status.js';
import type { TrendDirection } from '../../model/indicator-trend.js';

/** The languages reports speak (Workspace.locale). */
export type Locale = 'nb' | 'nn' | 'en';

/** Every word the scorecard shows, in one language. `{year}` and `{date}` are filled in. */
export interface StatusLabels {
  status: Record<IndicatorStatus, string>;
  benefit: Record<BenefitState, string>;
  trend: Record<TrendDirection, string>;
  title: string;
  benefitsAsOf: string;
  asOf: string;
  benefitTarget: string;
  goal: string;
  indicator: string;
  statusColumn: string;
  latest: string;
  needed: string;
  nextTarget: string;
  trendColumn: string;
  series: string;
  unit: string;
  benefits: string;
  benefitColumn: string;
  state: string;
  deadline: string;
  indicatorStatus: string;
  noFocusArea: string;
  baseline: string;
  /** Målekart thresholds: `{desired}` and `{lowest}` are filled in. */
  thresholds: string;
  targets: string;
  actuals: string;
  noPlans: string;
  noGoals: string;
  noBenefits: string;
  /** The key help line of the interactive view. */
  keys: string;
}

export const LABELS: Record<Locale, StatusLabels> = {
  nb: {
    status: { reached: 'Mål nådd', 'on-track': 'I rute', 'at-risk': 'Risiko', 'off-track': 'Ikke i rute', 'no-data': 'Ingen data', 'no-target': 'Uten mål' },
    benefit: { planned: 'Planlagt', realising: 'Under realisering', realised: 'Realisert', overdue: 'Forsinket', abandoned: 'Forkastet' },
    trend: { improving: 'bedring', worsening: 'forverring', steady: 'stabil' },
    title: 'Målstatus {year}',
    benefitsAsOf: 'gevinster per {date}',
    asOf: 'per {date}',
    benefitTarget: 'Gevinstmål',
    goal: 'Mål',
    indicator: 'Indikator',
    statusColumn: 'Status',
    latest: 'Siste',
    needed: 'Trengs {year}',
    nextTarget: 'Neste mål',
    trendColumn: 'Trend',
    series: 'Utvikling',
    unit: 'Enhet',
    benefits: 'Gevinster',
    benefitColumn: 'Gevinst',
    state: 'Tilstand',
    deadline: 'Frist',
    indicatorStatus: 'Indikatorstatus',
    noFocusArea: 'Uten målområde',
    baseline: 'Utgangsverdi',
    thresholds: 'Målekart: ønsket {desired}, laveste akseptable {lowest}',
    targets: 'Målverdier',
    actuals: 'Resultater',
    noPlans: 'Ingen planer med mål.',
    noGoals: 'Ingen mål.',
    noBenefits: 'Ingen gevinster.',
    keys: '↑↓ velg · enter åpne · ← tilbake · q avslutt',
  },
  nn: {
    status: { reached: 'Mål nådd', 'on-track': 'I rute', 'at-risk': 'Risiko', 'off-track': 'Ikkje i rute', 'no-data': 'Ingen data', 'no-target': 'Utan mål' },
    benefit: { planned: 'Planlagd', realising: 'Under realisering', realised: 'Realisert', overdue: 'Forseinka', abandoned: 'Forkasta' },
    trend: { improving: 'betring', worsening: 'forverring', steady: 'stabil' },
    title: 'Målstatus {year}',
    benefitsAsOf: 'gevinstar per {date}',
    asOf: 'per {date}',
    benefitTarget: 'Gevinstmål',
    goal: 'Mål',
    indicator: 'Indikator',
    statusColumn: 'Status',
    latest: 'Siste',
    needed: 'Trengst {year}',
    nextTarget: 'Neste mål',
    trendColumn: 'Trend',
    series: 'Utvikling',
    unit: 'Eining',
    benefits: 'Gevinstar',
    benefitColumn: 'Gevinst',
    state: 'Tilstand',
    deadline: 'Frist',
    indicatorStatus: 'Indikatorstatus',
    noFocusArea: 'Utan målområde',
    baseline: 'Utgangsverdi',
    thresholds: 'Målekart: ønskt {desired}, lågaste akseptable {lowest}',
    targets: 'Målverdiar',
    actuals: 'Resultat',
    noPlans: 'Ingen planar med mål.',
    noGoals: 'Ingen mål.',
    noBenefits: 'Ingen gevinstar.',
    keys: '↑↓ vel · enter opne · ← tilbake · q avslutt',
  },
  en: {
    status: { reached: 'Target reached', 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', 'no-data': 'No data', 'no-target': 'No target' },
    benefit: { planned: 'Planned', realising: 'Realising', realised: 'Realised', overdue: 'Overdue', abandoned: 'Abandoned' },
    trend: { improving: 'improving', worsening: 'worsening', steady: 'steady' },
    title: 'Status {year}',
    benefitsAsOf: 'benefits as of {date}',
    asOf: 'as of {date}',
    benefitTarget: 'Target',
    goal: 'Goal',
    indicator: 'Indicator',
    statusColumn: 'Status',
    latest: 'Latest',
    needed: 'Needed {year}',
    nextTarget: 'Next target',
    trendColumn: 'Trend',
    series: 'Series',
    unit: 'Unit',
    benefits: 'Benefits',
    benefitColumn: 'Benefit',
    state: 'State',
    deadline: 'Deadline',
    indicatorStatus: 'Indicator status',
    noFocusArea: 'No focus area',
    baseline: 'Baseline',
    thresholds: 'Scorecard: desired {desired}, lowest accepted {lowest}',
    targets: 'Targets',
    actuals: 'Actuals',
    noPlans: 'No plans with goals.',
    noGoals: 'No goals.',
    noBenefits: 'No benefits.',
    keys: '↑↓ move · enter open · ← back · q quit',
  },
};

/** Fills `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
