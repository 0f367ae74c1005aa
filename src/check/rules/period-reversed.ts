import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** A period ends before it starts. */
export const periodReversedInfo = defineRule({
  id: 'period-reversed',
  severity: 'error',
  configurable: true,
  summary: 'A period ends before it starts.',
  explanation: `
A Plan's or Measure's \`period\` ends before it starts. The start and end
years are usually swapped. No year fits the period; the budget years of a
measure with a reversed period are not also reported as outside it.
`,
  bad: {
    lang: 'yaml',
    text: `
# plans/handlingsprogram-2027-2030.yaml
kind: Plan
id: handlingsprogram-2027-2030
title: Handlingsprogram med økonomiplan 2027–2030
type: handlingsprogram
parent: kommuneplan-2040
period: { start: 2030, end: 2027 }
status: draft
`,
  },
  good: {
    lang: 'yaml',
    text: `
# plans/handlingsprogram-2027-2030.yaml
kind: Plan
id: handlingsprogram-2027-2030
title: Handlingsprogram med økonomiplan 2027–2030
type: handlingsprogram
parent: kommuneplan-2040
period: { start: 2027, end: 2030 }
status: draft
`,
  },
});

/** A plan or measure period that ends before it starts. */
export const periodReversed: RepositoryRule = {
  id: periodReversedInfo.id,
  run(ctx) {
    for (const entry of [...ctx.repo.ofKind('Plan', true), ...ctx.repo.ofKind('Measure', true)]) {
      const period = entry.data.period;
      if (!period || period.start <= period.end) continue;
      ctx.report(entry, ['period', 'end'], 'value', { rule: this.id, message: ruleText(ctx)['period-reversed'].reversed(period.end, period.start) });
    }
  },
};
