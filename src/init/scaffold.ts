import { stringify } from 'yaml';
import type { NewFile } from '../write/write-files.js';
import type { Locale } from '../i18n/locale.js';
import { words, type Catalogue } from '../i18n/words.js';
import { DOCUMENT_KINDS, KIND_REGISTRY } from '../kinds/registry.js';


/** What `plan init` asks for. */
export interface InitAnswers {
  name: string;
  /** Four digits, or undefined when not given. */
  number?: string;
  locale: Locale;
  firstElectionYear: number;
}

/** The folders the new repository's documents live in; the editor settings apply the schema to them. */
export const DOCUMENT_GLOBS = DOCUMENT_KINDS.flatMap((k): string[] => {
  const folder: string | undefined = KIND_REGISTRY[k].folder;
  return folder === undefined ? [] : folder.endsWith('.yaml') ? [folder] : [`${folder}/**/*.yaml`];
});

/** The most recent Norwegian municipal election year at or before `year` (elections: 2023, 2027, …). */
export function lastElectionYear(year: number): number {
  return 2023 + 4 * Math.floor((year - 2023) / 4);
}

/** A document id from a municipality name: `Nord-Fron kommune` → `nord-fron`. */
export function idFromName(name: string): string {
  const id = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\b(kommune|herad|municipality)\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? 'kommune' : id;
}

/**
 * The documents of a new repository: plan.yaml and one document of each kind,
 * linked so that the repository validates without errors or warnings.
 * Pure: the command adds the schema files, CI workflow and editor settings.
 */
export function scaffoldDocuments(answers: InitAnswers): NewFile[] {
  const t = words(answers.locale).init;
  const start = answers.firstElectionYear + 1;
  const end = start + 11;
  const doc = (path: string, data: Record<string, unknown>): NewFile => ({ path, content: `${t.comment}\n${stringify(data, { lineWidth: 0 })}` });
  const workspace: Record<string, unknown> = { kind: 'Workspace', id: idFromName(answers.name), name: answers.name };
  if (answers.number) workspace.municipalityNumber = answers.number;
  Object.assign(workspace, {
    locale: answers.locale,
    currency: 'NOK',
    amountUnit: 1000,
    firstElectionYear: answers.firstElectionYear,
    units: [
      { id: 'helse', title: t.units.health },
      { id: 'oppvekst', title: t.units.education },
    ],
  });
  return [
    doc('plan.yaml', workspace),
    doc('materiality/vesentlighet.yaml', {
      kind: 'MaterialityAssessment',
      id: 'vesentlighet',
      title: t.materialityTitle,
      date: `${answers.firstElectionYear}-11-01`,
      scale: { min: 1, max: 5 },
      threshold: 8,
      entries: [
        { target: '3.4', significance: 5, influence: 4, responsibility: t.responsibility },
        { target: '4.1', significance: 4, influence: 3 },
      ],
    }),
    doc('plans/kommuneplan.yaml', {
      kind: 'Plan',
      id: 'kommuneplan',
      title: t.planTitle(start, end),
      type: 'kommuneplan-samfunnsdel',
      period: { start, end },
      status: 'draft',
      materiality: 'vesentlighet',
      vision: t.vision,
      focusAreas: [{ id: 'helse', title: t.focusArea }],
    }),
    doc('plans/handlingsprogram.yaml', {
      kind: 'Plan',
      id: 'handlingsprogram',
      title: t.handlingsprogramTitle(start, start + 3),
      type: 'handlingsprogram',
      period: { start, end: start + 3 },
      status: 'draft',
      parent: 'kommuneplan',
    }),
    doc('okonomiplan/okonomiplan.yaml', budgetDocument(t, start)),
    doc('goals/god-helse.yaml', {
      kind: 'Goal',
      id: 'god-helse',
      title: t.goalTitle,
      plan: 'kommuneplan',
      focusArea: 'helse',
      level: 'society',
      sdgTargets: ['3.4'],
      indicators: ['fysisk-aktive-ungdom'],
      strategies: [t.strategy],
    }),
    doc('indicators/fysisk-aktive-ungdom.yaml', {
      kind: 'Indicator',
      id: 'fysisk-aktive-ungdom',
      title: t.indicatorTitle,
      unit: 'percent',
      direction: 'increase',
      source: { name: 'Ungdata' },
      baseline: { year: answers.firstElectionYear, value: 40 },
      targets: [
        { year: start + 3, value: 45 },
        { year: end, value: 50 },
      ],
      actuals: [],
    }),
    doc('measures/aktivitetsloft.yaml', {
      kind: 'Measure',
      id: 'aktivitetsloft',
      title: t.measureTitle,
      plan: 'handlingsprogram',
      goals: ['god-helse'],
      responsible: 'helse',
      type: 'change',
      status: 'planned',
      period: { start, end: start + 2 },
      budget: [
        { year: start, operating: 500 },
        { year: start + 1, operating: 500, investment: 1000 },
      ],
    }),
    doc('benefits/flere-aktive-ungdommer.yaml', {
      kind: 'Benefit',
      id: 'flere-aktive-ungdommer',
      title: t.benefitTitle,
      measure: 'aktivitetsloft',
      change: t.benefitChange,
      owner: 'helse',
      type: 'quality',
      indicator: 'fysisk-aktive-ungdom',
      target: { year: start + 3, value: 45 },
      realizedBy: `${start + 3}-12-31`,
      status: 'planned',
    }),
    doc('calendars/arshjul.yaml', {
      kind: 'Calendar',
      id: 'arshjul',
      title: t.calendarTitle,
      events: [
        { id: 'arsberetning', title: t.events.report, category: 'deadline', month: 3, day: 31, legalBasis: `${words(answers.locale).laws.municipalAct} § 14-7` },
        { id: 'planstrategi', title: t.events.strategy, category: 'planning', councilYear: 1, month: 10, relatesTo: 'kommuneplan' },
        { id: 'budsjettvedtak', title: t.events.budget, category: 'budget', month: 12, day: 15, body: 'Kommunestyret' },
      ],
    }),
  ];
}

/**
 * A small balanced økonomiplan for the handlingsprogram's four years (in 1000 NOK). The
 * measure aktivitetsløft adds 500 to helse in the first two years and invests 1000 in
 * the second. Worked out (years 1–4):
 *   frames: helse 100000 + demography 1000/2000/3000/4000 + measure 500/500/0/0
 *           = 101500/102500/103000/104000; oppvekst 150000;
 *           netAppropriations = 251500/252500/253000/254000
 *   generalIncome = 100000 + 160000/162000/164000/166000 = 260000/262000/264000/266000
 *   grossOperatingResult = generalIncome − (netAppropriations + 8000) = 500/1500/3000/4000
 *   netFinance = 1000 − 3000 − 5000 = −7000; netOperatingResult = gross − 7000 + 8000
 *              = 1500/2500/4000/5000
 *   dispositions = transferToInvestment 0/500/0/0 + toUnrestrictedFunds 1500/2000/4000/5000
 *                = netOperatingResult, so carriedForward = 0 every year
 *   investment, year 2: 1000 (the measure) − vatCompensation 200 − borrowing 300
 *                       − transferFromOperating 500 = 0
 *   netOperatingResult in % of totalOperatingIncome 300000: 0.5/0.8/1.3/1.7 % (target ≥ 0.5 %)
 */
function budgetDocument(t: Catalogue["init"], start: number): Record<string, unknown> {
  const years = [0, 1, 2, 3].map((i) => start + i);
  return {
    kind: 'Budget',
    id: 'okonomiplan',
    title: t.budgetTitle(start, start + 3),
    plan: 'handlingsprogram',
    basisYear: start - 1,
    financialTargets: { netOperatingResult: { min: 0.5 } },
    frames: [
      { unit: 'helse', base: 100000, changes: [{ id: 'demografi', title: t.demographyChange, type: 'demography', amounts: years.map((year, i) => ({ year, amount: 1000 * (i + 1) })) }] },
      { unit: 'oppvekst', base: 150000 },
    ],
    operating: years.map((year, i) => ({
      year,
      generalGrant: 100000,
      incomeTax: 160000 + 2000 * i,
      depreciation: 8000,
      interestIncome: 1000,
      interestExpenses: 3000,
      loanRepayments: 5000,
      transferToInvestment: i === 1 ? 500 : 0,
      toUnrestrictedFunds: [1500, 2000, 4000, 5000][i],
      totalOperatingIncome: 300000,
    })),
    investment: years.map((year, i) => (i === 1 ? { year, vatCompensation: 200, borrowing: 300, transferFromOperating: 500 } : { year })),
  };
}
