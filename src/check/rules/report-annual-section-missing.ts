import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** The topics kommuneloven § 14-7 requires the årsberetning to cover, in `sections`. */
export const ANNUAL_SECTIONS = ['finances', 'deviations', 'goals', 'ethics', 'equality', 'activityDuty'] as const;

export type AnnualSection = (typeof ANNUAL_SECTIONS)[number];

/** The § 14-7 topics an annual report leaves out or leaves empty. */
export function missingSections(sections: Partial<Record<AnnualSection, string | null>> | null | undefined): AnnualSection[] {
  return ANNUAL_SECTIONS.filter((s) => !sections?.[s]?.trim());
}

/** An årsberetning leaves out a topic kommuneloven § 14-7 requires. */
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
  bad: {
    lang: 'yaml',
    text: `
# reports/arsberetning-2027.yaml
kind: StatusReport
id: arsberetning-2027
title: Årsberetning 2027
plan: handlingsprogram-2027-2030
type: annual
period: { year: 2027 }
asOf: 2027-12-31
measures:
  - { measure: digital-hjemmeoppfolging, progress: on-track }
sections:
  finances: Netto driftsresultat ble 2,1 prosent av brutto driftsinntekter.
  deviations: Ingen rammeområder avvek med mer enn 1 prosent.
  goals: Reinnleggelsene av kronisk syke eldre gikk ned fra 18 til 16 prosent.
  # no ethics, equality or activityDuty
`,
  },
  good: {
    lang: 'yaml',
    text: `
# reports/arsberetning-2027.yaml
kind: StatusReport
id: arsberetning-2027
title: Årsberetning 2027
plan: handlingsprogram-2027-2030
type: annual
period: { year: 2027 }
asOf: 2027-12-31
measures:
  - { measure: digital-hjemmeoppfolging, progress: on-track }
sections:
  finances: Netto driftsresultat ble 2,1 prosent av brutto driftsinntekter.
  deviations: Ingen rammeområder avvek med mer enn 1 prosent.
  goals: Reinnleggelsene av kronisk syke eldre gikk ned fra 18 til 16 prosent.
  ethics: Alle ledere har gjennomført e-læring i etikk og varsling.
  equality: Kvinner utgjør 78 prosent av de ansatte og 61 prosent av lederne.
  activityDuty: Lønn og ufrivillig deltid er kartlagt, og handlingsplanen er fulgt opp.
`,
  },
});

/** An årsberetning without one of the topics § 14-7 requires: one diagnostic per topic, at `sections` (or the type). */
export const reportAnnualSectionMissing: RepositoryRule = {
  id: reportAnnualSectionMissingInfo.id,
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      if (report.data.type !== 'annual') continue;
      const sections = report.data.sections;
      for (const section of missingSections(sections)) {
        const written = sections && Object.hasOwn(sections, section);
        ctx.report(report, written ? ['sections', section] : sections ? ['sections'] : ['type'], written ? 'value' : 'key', {
          rule: this.id,
          message: ruleText(ctx)['report-annual-section-missing'].missing(section),
          hint: ruleText(ctx)['report-annual-section-missing'].hint,
        });
      }
    }
  },
};
