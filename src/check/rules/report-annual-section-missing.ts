import type { RepositoryRule } from './rule.js';

/** The topics kommuneloven § 14-7 requires the årsberetning to cover, in `sections`. */
export const ANNUAL_SECTIONS = ['finances', 'deviations', 'goals', 'ethics', 'equality', 'activityDuty'] as const;

export type AnnualSection = (typeof ANNUAL_SECTIONS)[number];

/** The § 14-7 topics an annual report leaves out or leaves empty. */
export function missingSections(sections: Partial<Record<AnnualSection, string | null>> | null | undefined): AnnualSection[] {
  return ANNUAL_SECTIONS.filter((s) => !sections?.[s]?.trim());
}

/** An årsberetning without one of the topics § 14-7 requires: one diagnostic per topic, at `sections` (or the type). */
export const reportAnnualSectionMissing: RepositoryRule = {
  id: 'report-annual-section-missing',
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      if (report.data.type !== 'annual') continue;
      const sections = report.data.sections;
      for (const section of missingSections(sections)) {
        const written = sections && Object.hasOwn(sections, section);
        ctx.report(report, written ? ['sections', section] : sections ? ['sections'] : ['type'], written ? 'value' : 'key', {
          rule: this.id,
          message: `the årsberetning has no ${section} section`,
          hint: 'kommuneloven § 14-7 requires finances, deviations, goals, ethics, equality and activityDuty (docs/reporting.md)',
        });
      }
    }
  },
};
