import { defineRule } from '../../diagnostics/rule-info.js';

/*
 * The catalogue entries of the StatusReport rules (issue 16). Their code is in report-*.ts.
 */

export const reportPlanPeriodDuplicateInfo = defineRule({
  id: 'report-plan-period-duplicate',
  severity: 'error',
  configurable: true,
  summary: 'Two StatusReports of one plan for the same period (tertial or year).',
  explanation: `
Two StatusReports report on the same plan for the same period: the same
tertial of a year, or the same year for an årsberetning. \`plan report
tertialrapport\` and the årshjul could not tell which one holds. Reported at
the second report's \`period\`.
`,
  bad: { lang: 'yaml', text: `
# reports/tertial-1-2027.yaml and reports/t1-2027-ny.yaml both have
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 1 }
` },
  good: { lang: 'yaml', text: `
# one report per plan and period; the second tertial is its own period
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 2 }
` },
});

export const reportEntryDuplicateInfo = defineRule({
  id: 'report-entry-duplicate',
  severity: 'error',
  configurable: true,
  summary: 'A StatusReport lists one unit, measure or benefit twice.',
  explanation: `
A StatusReport lists the same unit, measure or benefit twice; the two
entries would contradict each other. The first counts.
`,
  bad: { lang: 'yaml', text: `
measures:
  - { measure: heltidskultur, progress: on-track }
  - { measure: heltidskultur, progress: delayed }
` },
  good: { lang: 'yaml', text: `
measures:
  - { measure: heltidskultur, progress: delayed, comment: Turnusarbeidet er utsatt }
` },
});

export const reportPeriodMismatchInfo = defineRule({
  id: 'report-period-mismatch',
  severity: 'error',
  configurable: true,
  summary: "A StatusReport's period does not fit: a tertial report without a tertial, an annual one with one, or a year outside the plan.",
  explanation: `
The period does not fit the report: a tertial report needs \`tertial\` (1:
January–April, 2: May–August, 3: September–December), an annual report
(årsberetning) has none, and the year is a year of the plan's period or the
\`basisYear\` of its Budget (the adopted budget the økonomiplan was rolled
from, which the årsberetning before the plan's first year reports on).
`,
  bad: { lang: 'yaml', text: `
type: tertial
period: { year: 2027 }
` },
  good: { lang: 'yaml', text: `
type: tertial
period: { year: 2027, tertial: 1 }
` },
});

export const reportAsOfOutsidePeriodInfo = defineRule({
  id: 'report-as-of-outside-period',
  severity: 'error',
  configurable: true,
  summary: "A StatusReport's asOf lies outside the tertial or year it reports on.",
  explanation: `
\`asOf\`, the day the figures are as of, lies outside the period reported on:
the figures would belong to another tertial or year. A tertial report is
usually as of the last day of its tertial (30 April, 31 August), an
årsberetning as of 31 December.
`,
  bad: { lang: 'yaml', text: `
type: tertial
period: { year: 2027, tertial: 1 }
asOf: 2027-05-15
` },
  good: { lang: 'yaml', text: `
type: tertial
period: { year: 2027, tertial: 1 }
asOf: 2027-04-30
` },
});

export const reportOutsidePlanInfo = defineRule({
  id: 'report-outside-plan',
  severity: 'error',
  configurable: true,
  summary: "A StatusReport names a measure or benefit of another plan, or a unit without a frame in the plan's Budget that year.",
  explanation: `
A report reports on its own handlingsprogram only: every measure is a
measure of that plan, every benefit comes from one, and every unit has a
frame in the plan's Budget in the report's year (a forecast needs a frame to
be measured against). Ids that do not exist at all are \`ref/unknown-id\`.
`,
  bad: { lang: 'yaml', text: `
plan: handlingsprogram-2027-2030
measures:
  - { measure: tiltak-fra-forrige-handlingsprogram, progress: done }
` },
  good: { lang: 'yaml', text: `
plan: handlingsprogram-2027-2030
measures:
  - { measure: heltidskultur, progress: on-track }
` },
});

export const reportAnnualSectionMissingInfo = defineRule({
  id: 'report-annual-section-missing',
  severity: 'error',
  configurable: true,
  summary: 'An årsberetning leaves out a topic kommuneloven § 14-7 requires (finances, deviations, goals, ethics, equality, activityDuty).',
  explanation: `
An årsberetning (\`type: annual\`) leaves out, or leaves empty, one of the
topics kommuneloven § 14-7 requires it to cover: \`finances\` (økonomisk
resultat og handleevne), \`deviations\` (vesentlige budsjettavvik), \`goals\`
(måloppnåelse), \`ethics\` (tiltak for høy etisk standard), \`equality\`
(likestilling) and \`activityDuty\` (aktivitetsplikten). One diagnostic per
missing topic; \`plan report arsberetning\` names them too.
`,
  bad: { lang: 'yaml', text: `
type: annual
sections:
  finances: Netto driftsresultat ble 2,1 prosent.
  goals: …
` },
  good: { lang: 'yaml', text: `
type: annual
sections:
  finances: Netto driftsresultat ble 2,1 prosent.
  deviations: …
  goals: …
  ethics: …
  equality: …
  activityDuty: …
` },
});

export const reportMeasureMissingInfo = defineRule({
  id: 'report-measure-missing',
  severity: 'warning',
  configurable: true,
  summary: 'An ongoing or planned measure of the plan, running in the year, is not in the StatusReport.',
  explanation: `
An ongoing or planned measure of the plan that runs in the report's year
(its own period, else the plan's) has no entry under \`measures\`, so the
council does not hear how it goes. Done and cancelled measures need none.
`,
  bad: { lang: 'yaml', text: `
# measures/velferd.yaml has digital-hjemmeoppfolging (ongoing, 2027–2029)
measures:
  - { measure: hverdagsrehabilitering, progress: on-track }
` },
  good: { lang: 'yaml', text: `
measures:
  - { measure: hverdagsrehabilitering, progress: on-track }
  - { measure: digital-hjemmeoppfolging, progress: at-risk, comment: Leverandøren er forsinket }
` },
});

export const reportDeviationWithoutCommentInfo = defineRule({
  id: 'report-deviation-without-comment',
  severity: 'warning',
  configurable: true,
  summary: "A unit's forecast differs from its frame by more than 1 % and has no comment.",
  explanation: `
A unit's \`forecast\` differs from its frame in the plan's Budget for the
year by more than 1 % of the frame (|forecast − frame| × 100 > |frame|,
compared exactly), and the entry has no \`comment\` saying why and what is
done about it.
`,
  bad: { lang: 'yaml', text: `
# the velferd frame of 2027 is 2053000
units:
  - { unit: velferd, forecast: 2081000 }
` },
  good: { lang: 'yaml', text: `
units:
  - { unit: velferd, forecast: 2081000, comment: Flere brukere med store behov i hjemmetjenesten }
` },
});
