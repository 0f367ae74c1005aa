import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** A StatusReport lists one unit, measure or benefit twice. */
export const reportEntryDuplicateInfo = defineRule({
  id: 'report-entry-duplicate',
  severity: 'error',
  configurable: true,
  summary: 'A StatusReport lists one unit, measure or benefit twice.',
  explanation: `
A StatusReport lists the same unit, measure or benefit twice; the two
entries would contradict each other. The first counts. Reported at the
second entry; keep one.
`,
  bad: {
    lang: 'yaml',
    text: `
# reports/tertial-1-2027.yaml
kind: StatusReport
id: tertial-1-2027
title: 1. tertialrapport 2027
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 1 }
asOf: 2027-04-30
measures:
  - { measure: digital-hjemmeoppfolging, progress: on-track }
  - { measure: digital-hjemmeoppfolging, progress: at-risk, comment: Leverandøren er forsinket }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# reports/tertial-1-2027.yaml
kind: StatusReport
id: tertial-1-2027
title: 1. tertialrapport 2027
plan: handlingsprogram-2027-2030
type: tertial
period: { year: 2027, tertial: 1 }
asOf: 2027-04-30
measures:
  - { measure: digital-hjemmeoppfolging, progress: at-risk, comment: Leverandøren er forsinket }
`,
  },
});

const LISTS = [
  ['units', 'unit'],
  ['measures', 'measure'],
  ['benefits', 'benefit'],
] as const;

/** One unit, measure or benefit listed twice in one report: the two entries would contradict each other. */
export const reportEntryDuplicate: RepositoryRule = {
  id: reportEntryDuplicateInfo.id,
  run(ctx) {
    for (const report of ctx.repo.ofKind('StatusReport', true)) {
      for (const [list, key] of LISTS) {
        const seen = new Map<string, number>();
        ((report.data[list] ?? []) as Record<string, unknown>[]).forEach((item, index) => {
          const id = item[key] as string;
          const before = seen.get(id);
          if (before === undefined) {
            seen.set(id, index);
            return;
          }
          ctx.report(report, [list, index, key], 'value', {
            rule: this.id,
            message: ruleText(ctx)['report-entry-duplicate'].twice(key, id),
            hint: ruleText(ctx)['report-entry-duplicate'].hint(before + 1, list),
          });
        });
      }
    }
  },
};
