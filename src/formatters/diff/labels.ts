import type { DocumentKind } from '../../kinds/registry.js';

/** The words of a diff report, in the workspace locale (generated reports speak it; the CLI speaks English). */
export interface DiffLabels {
  title: string;
  base: string;
  head: string;
  workingTree: string;
  noChanges: string;
  noPlan: string;
  valid: string;
  errors: (n: number) => string;
  warnings: (n: number) => string;
  runValidate: string;
  files: string;
  documents: string;
  /** "37 files, 70 documents" with the right plurals. */
  counts: (files: number, documents: number) => string;
  added: string;
  removed: string;
  changed: string;
  moved: string;
  movedFrom: string;
  summary: string;
  budget: string;
  amountsIn: (unit: string) => string;
  measure: string;
  year: string;
  operating: string;
  investment: string;
  total: string;
  before: string;
  after: string;
  change: string;
  path: string;
  goalsAdded: string;
  goalsRemoved: string;
  measuresAdded: string;
  measuresRemoved: string;
  sdgTargets: string;
  goal: string;
  gained: string;
  lost: string;
  indicatorTargets: string;
  indicator: string;
  priorityCoverage: string;
  target: string;
  prioritised: string;
  yes: string;
  no: string;
  notCovered: string;
  statuses: string;
  document: string;
  details: string;
  truncated: (n: number) => string;
  fileHasErrors: (side: string) => string;
  /** The name of each kind, for every kind of the registry (src/kinds/registry.ts). */
  kinds: Record<DocumentKind, string>;
}

const en: DiffLabels = {
  title: 'Plan changes',
  base: 'Base',
  head: 'Head',
  workingTree: 'working tree',
  noChanges: 'No plan changes',
  noPlan: 'no plan.yaml',
  valid: 'valid',
  errors: (n) => `${n} ${n === 1 ? 'error' : 'errors'}`,
  warnings: (n) => `${n} ${n === 1 ? 'warning' : 'warnings'}`,
  runValidate: 'run plan validate',
  files: 'files',
  documents: 'documents',
  counts: (f, d) => `${f} ${f === 1 ? 'file' : 'files'}, ${d} ${d === 1 ? 'document' : 'documents'}`,
  added: 'added',
  removed: 'removed',
  changed: 'changed',
  moved: 'moved',
  movedFrom: 'moved from',
  summary: 'Summary',
  budget: 'Budget changes',
  amountsIn: (unit) => `amounts in ${unit}`,
  measure: 'Measure',
  year: 'Year',
  operating: 'Operating',
  investment: 'Investment',
  total: 'Total',
  before: 'Before',
  after: 'After',
  change: 'Change',
  path: 'Path',
  goalsAdded: 'Goals added',
  goalsRemoved: 'Goals removed',
  measuresAdded: 'Measures added',
  measuresRemoved: 'Measures removed',
  sdgTargets: 'SDG targets per goal',
  goal: 'Goal',
  gained: 'Gained',
  lost: 'Lost',
  indicatorTargets: 'Indicator targets',
  indicator: 'Indicator',
  priorityCoverage: 'Prioritised SDG targets: coverage',
  target: 'Target',
  prioritised: 'Prioritised',
  yes: 'yes',
  no: 'no',
  notCovered: 'not covered',
  statuses: 'Status changes',
  document: 'Document',
  details: 'Details',
  truncated: (n) => `Shortened to fit: ${n} more ${n === 1 ? 'section is' : 'sections are'} not shown. Run \`plan diff --format json\` for everything.`,
  fileHasErrors: (side) => `the file has errors in ${side}: the document may only be unreadable there`,
  kinds: { Workspace: 'Workspace', MaterialityAssessment: 'Materiality assessment', Plan: 'Plan', Goal: 'Goal', Indicator: 'Indicator', Measure: 'Measure', Benefit: 'Benefit', Calendar: 'Calendar', Budget: 'Budget' },
};

const nb: DiffLabels = {
  ...en,
  title: 'Endringer i planverket',
  base: 'Fra',
  head: 'Til',
  workingTree: 'arbeidskatalogen',
  noChanges: 'Ingen endringer i planverket',
  noPlan: 'ingen plan.yaml',
  valid: 'gyldig',
  errors: (n) => `${n} feil`,
  warnings: (n) => `${n} ${n === 1 ? 'advarsel' : 'advarsler'}`,
  runValidate: 'kjør plan validate',
  files: 'filer',
  documents: 'dokumenter',
  counts: (f, d) => `${f} ${f === 1 ? 'fil' : 'filer'}, ${d} ${d === 1 ? 'dokument' : 'dokumenter'}`,
  added: 'lagt til',
  removed: 'fjernet',
  changed: 'endret',
  moved: 'flyttet',
  movedFrom: 'flyttet fra',
  summary: 'Sammendrag',
  budget: 'Budsjettendringer',
  amountsIn: (unit) => `beløp i ${unit}`,
  measure: 'Tiltak',
  year: 'År',
  operating: 'Drift',
  investment: 'Investering',
  total: 'Sum',
  before: 'Før',
  after: 'Etter',
  change: 'Endring',
  path: 'Sti',
  goalsAdded: 'Nye mål',
  goalsRemoved: 'Fjernede mål',
  measuresAdded: 'Nye tiltak',
  measuresRemoved: 'Fjernede tiltak',
  sdgTargets: 'Bærekraftsdelmål per mål',
  goal: 'Mål',
  gained: 'Nye',
  lost: 'Borte',
  indicatorTargets: 'Måltall for indikatorer',
  indicator: 'Indikator',
  priorityCoverage: 'Prioriterte bærekraftsdelmål: dekning',
  target: 'Delmål',
  prioritised: 'Prioritert',
  yes: 'ja',
  no: 'nei',
  notCovered: 'ikke dekket',
  statuses: 'Statusendringer',
  document: 'Dokument',
  details: 'Detaljer',
  truncated: (n) => `Forkortet for å få plass: ${n} ${n === 1 ? 'del' : 'deler'} til er ikke vist. Kjør \`plan diff --format json\` for alt.`,
  fileHasErrors: (side) => `filen har feil i ${side}: dokumentet kan være uleselig der`,
  kinds: { Workspace: 'Arbeidsområde', MaterialityAssessment: 'Vesentlighetsvurdering', Plan: 'Plan', Goal: 'Mål', Indicator: 'Indikator', Measure: 'Tiltak', Benefit: 'Gevinst', Calendar: 'Årshjul', Budget: 'Budget' },
};

const nn: DiffLabels = {
  ...nb,
  title: 'Endringar i planverket',
  workingTree: 'arbeidskatalogen',
  noChanges: 'Ingen endringar i planverket',
  valid: 'gyldig',
  warnings: (n) => `${n} ${n === 1 ? 'åtvaring' : 'åtvaringar'}`,
  runValidate: 'køyr plan validate',
  documents: 'dokument',
  counts: (f, d) => `${f} ${f === 1 ? 'fil' : 'filer'}, ${d} dokument`,
  removed: 'fjerna',
  changed: 'endra',
  moved: 'flytta',
  movedFrom: 'flytta frå',
  summary: 'Samandrag',
  budget: 'Budsjettendringar',
  amountsIn: (unit) => `beløp i ${unit}`,
  goalsRemoved: 'Fjerna mål',
  measuresRemoved: 'Fjerna tiltak',
  sdgTargets: 'Berekraftsdelmål per mål',
  indicatorTargets: 'Måltal for indikatorar',
  priorityCoverage: 'Prioriterte berekraftsdelmål: dekning',
  no: 'nei',
  notCovered: 'ikkje dekt',
  statuses: 'Statusendringar',
  details: 'Detaljar',
  truncated: (n) => `Forkorta for å få plass: ${n} ${n === 1 ? 'del' : 'delar'} til er ikkje viste. Køyr \`plan diff --format json\` for alt.`,
  fileHasErrors: (side) => `fila har feil i ${side}: dokumentet kan vere uleseleg der`,
  kinds: { ...nb.kinds, Workspace: 'Arbeidsområde', MaterialityAssessment: 'Vesentlegheitsvurdering' },
};

/** The labels of a report locale. */
export function diffLabels(locale: 'nb' | 'nn' | 'en'): DiffLabels {
  return locale === 'en' ? en : locale === 'nn' ? nn : nb;
}

/** "1000 NOK" or "NOK". */
export function amountUnitText(amountUnit: number, currency: string): string {
  return amountUnit === 1 ? currency : `${amountUnit} ${currency}`;
}
