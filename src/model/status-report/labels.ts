import type { Locale } from '../../i18n/locale.js';

/** How a measure is progressing, as a StatusReport says. */
export type Progress = 'not-started' | 'on-track' | 'at-risk' | 'delayed' | 'done' | 'stopped';

/**
 * The symbol of each progress: the shapes differ (circle, triangle, diamond, square,
 * tick), so the state reads without colour, in print and for colour-blind readers.
 */
export const PROGRESS_SYMBOLS: Record<Progress, string> = {
  'not-started': '○',
  'on-track': '●',
  'at-risk': '▲',
  delayed: '◆',
  done: '✓',
  stopped: '■',
};

/** Every fixed word of the tertialrapport, årsberetning and gevinstplan, in one language. */
export interface ReportWords {
  progress: Record<Progress, string>;
  sections: Record<'finances' | 'deviations' | 'goals' | 'ethics' | 'equality' | 'activityDuty', string>;
  tertialReport: string;
  annualReport: string;
  asOf: string;
  summary: string;
  budgetDeviations: string;
  unit: string;
  frame: string;
  forecast: string;
  deviation: string;
  percent: string;
  comment: string;
  total: string;
  deviationNote: string;
  noBudget: string;
  measureProgress: string;
  measure: string;
  progressColumn: string;
  spent: string;
  budget: string;
  operating: string;
  investment: string;
  noFocusArea: string;
  indicatorStatus: string;
  indicator: string;
  goal: string;
  latest: string;
  status: string;
  benefits: string;
  benefit: string;
  owner: string;
  changes: string;
  noChanges: string;
  firstReport: string;
  changedProgress: string;
  changedForecast: string;
  changedBenefit: string;
  added: string;
  statutory: string;
  missingSection: string;
  economicResult: string;
  goalAttainment: string;
  measuresOutcome: string;
  benefitsRealised: string;
  none: string;
  page: string;
  benefitPlan: string;
  benefitMap: string;
  baseline: string;
  target: string;
  realizedBy: string;
  history: string;
  change: string;
}

const nb: ReportWords = {
  progress: { 'not-started': 'Ikke startet', 'on-track': 'I rute', 'at-risk': 'Risiko', delayed: 'Forsinket', done: 'Fullført', stopped: 'Stanset' },
  sections: { finances: 'Økonomisk resultat og handleevne', deviations: 'Vesentlige budsjettavvik', goals: 'Måloppnåelse og andre ikke-økonomiske forhold', ethics: 'Tiltak for høy etisk standard', equality: 'Den faktiske tilstanden for likestilling', activityDuty: 'Aktivitetsplikten' },
  tertialReport: 'Tertialrapport',
  annualReport: 'Årsberetning',
  asOf: 'Per',
  summary: 'Sammendrag',
  budgetDeviations: 'Budsjettavvik per tjenesteområde',
  unit: 'Tjenesteområde',
  frame: 'Ramme',
  forecast: 'Prognose',
  deviation: 'Avvik',
  percent: 'Avvik %',
  comment: 'Kommentar',
  total: 'Sum',
  deviationNote: 'Avvik = prognose − ramme; positivt avvik er merforbruk. Sortert etter størrelse.',
  noBudget: 'Planen har ingen økonomiplan (Budget) for dette året.',
  measureProgress: 'Fremdrift i tiltakene',
  measure: 'Tiltak',
  progressColumn: 'Fremdrift',
  spent: 'Forbruk',
  budget: 'Budsjett',
  operating: 'drift',
  investment: 'investering',
  noFocusArea: 'Uten målområde',
  indicatorStatus: 'Indikatorstatus',
  indicator: 'Indikator',
  goal: 'Mål',
  latest: 'Siste',
  status: 'Status',
  benefits: 'Gevinster',
  benefit: 'Gevinst',
  owner: 'Gevinsteier',
  changes: 'Endringer siden forrige rapport',
  noChanges: 'Ingen endringer.',
  firstReport: 'Første rapport i året.',
  changedProgress: 'Fremdrift',
  changedForecast: 'Prognose',
  changedBenefit: 'Gevinst',
  added: 'ny',
  statutory: 'Kommuneloven § 14-7',
  missingSection: 'Mangler (kommuneloven § 14-7)',
  economicResult: 'Økonomisk resultat',
  goalAttainment: 'Måloppnåelse per målområde',
  measuresOutcome: 'Tiltakene',
  benefitsRealised: 'Realiserte gevinster',
  none: '–',
  page: 'Side',
  benefitPlan: 'Gevinstrealiseringsplan',
  benefitMap: 'Gevinstkart',
  baseline: 'Utgangsverdi',
  target: 'Mål',
  realizedBy: 'Realiseres innen',
  history: 'Status i rapportene',
  change: 'Endring',
};

const nn: ReportWords = {
  progress: { 'not-started': 'Ikkje starta', 'on-track': 'I rute', 'at-risk': 'Risiko', delayed: 'Forseinka', done: 'Fullført', stopped: 'Stansa' },
  sections: { finances: 'Økonomisk resultat og handleevne', deviations: 'Vesentlege budsjettavvik', goals: 'Måloppnåing og andre ikkje-økonomiske forhold', ethics: 'Tiltak for høg etisk standard', equality: 'Den faktiske tilstanden for likestilling', activityDuty: 'Aktivitetsplikta' },
  tertialReport: 'Tertialrapport',
  annualReport: 'Årsmelding',
  asOf: 'Per',
  summary: 'Samandrag',
  budgetDeviations: 'Budsjettavvik per tenesteområde',
  unit: 'Tenesteområde',
  frame: 'Ramme',
  forecast: 'Prognose',
  deviation: 'Avvik',
  percent: 'Avvik %',
  comment: 'Kommentar',
  total: 'Sum',
  deviationNote: 'Avvik = prognose − ramme; positivt avvik er meirforbruk. Sortert etter storleik.',
  noBudget: 'Planen har ingen økonomiplan (Budget) for dette året.',
  measureProgress: 'Framdrift i tiltaka',
  measure: 'Tiltak',
  progressColumn: 'Framdrift',
  spent: 'Forbruk',
  budget: 'Budsjett',
  operating: 'drift',
  investment: 'investering',
  noFocusArea: 'Utan målområde',
  indicatorStatus: 'Indikatorstatus',
  indicator: 'Indikator',
  goal: 'Mål',
  latest: 'Siste',
  status: 'Status',
  benefits: 'Gevinstar',
  benefit: 'Gevinst',
  owner: 'Gevinsteigar',
  changes: 'Endringar sidan førre rapport',
  noChanges: 'Ingen endringar.',
  firstReport: 'Første rapport i året.',
  changedProgress: 'Framdrift',
  changedForecast: 'Prognose',
  changedBenefit: 'Gevinst',
  added: 'ny',
  statutory: 'Kommunelova § 14-7',
  missingSection: 'Manglar (kommunelova § 14-7)',
  economicResult: 'Økonomisk resultat',
  goalAttainment: 'Måloppnåing per målområde',
  measuresOutcome: 'Tiltaka',
  benefitsRealised: 'Realiserte gevinstar',
  none: '–',
  page: 'Side',
  benefitPlan: 'Gevinstrealiseringsplan',
  benefitMap: 'Gevinstkart',
  baseline: 'Utgangsverdi',
  target: 'Mål',
  realizedBy: 'Realiserast innan',
  history: 'Status i rapportane',
  change: 'Endring',
};

const en: ReportWords = {
  progress: { 'not-started': 'Not started', 'on-track': 'On track', 'at-risk': 'At risk', delayed: 'Delayed', done: 'Done', stopped: 'Stopped' },
  sections: { finances: 'Financial result and capacity', deviations: 'Significant budget deviations', goals: 'Goal attainment and other non-financial matters', ethics: 'Measures for a high ethical standard', equality: 'The actual state of gender equality', activityDuty: 'The duty to promote equality' },
  tertialReport: 'Four-monthly report',
  annualReport: 'Annual report',
  asOf: 'As of',
  summary: 'Summary',
  budgetDeviations: 'Budget deviations by unit',
  unit: 'Unit',
  frame: 'Frame',
  forecast: 'Forecast',
  deviation: 'Deviation',
  percent: 'Deviation %',
  comment: 'Comment',
  total: 'Total',
  deviationNote: 'Deviation = forecast − frame; a positive deviation is an overspend. Sorted by size.',
  noBudget: 'The plan has no Budget for this year.',
  measureProgress: 'Progress of the measures',
  measure: 'Measure',
  progressColumn: 'Progress',
  spent: 'Spent',
  budget: 'Budget',
  operating: 'operating',
  investment: 'investment',
  noFocusArea: 'No focus area',
  indicatorStatus: 'Indicator status',
  indicator: 'Indicator',
  goal: 'Goal',
  latest: 'Latest',
  status: 'Status',
  benefits: 'Benefits',
  benefit: 'Benefit',
  owner: 'Owner',
  changes: 'Changes since the previous report',
  noChanges: 'No changes.',
  firstReport: 'The first report of the year.',
  changedProgress: 'Progress',
  changedForecast: 'Forecast',
  changedBenefit: 'Benefit',
  added: 'new',
  statutory: 'Local Government Act § 14-7',
  missingSection: 'Missing (Local Government Act § 14-7)',
  economicResult: 'Financial result',
  goalAttainment: 'Goal attainment by focus area',
  measuresOutcome: 'The measures',
  benefitsRealised: 'Benefits realised',
  none: '–',
  page: 'Page',
  benefitPlan: 'Benefits realisation plan',
  benefitMap: 'Benefits map',
  baseline: 'Baseline',
  target: 'Target',
  realizedBy: 'Realised by',
  history: 'Status in the reports',
  change: 'Change',
};

/** The words of the status reports per locale (to move into src/i18n/ with the other tables). */
export const REPORT_WORDS: Record<Locale, ReportWords> = { nb, nn, en };
