import type { RepositoryRule } from './rule.js';

/** A plan or measure period that ends before it starts. */
export const periodReversed: RepositoryRule = {
  id: 'period-reversed',
  run(ctx) {
    for (const entry of [...ctx.repo.ofKind('Plan', true), ...ctx.repo.ofKind('Measure', true)]) {
      const period = entry.data.period;
      if (!period || period.start <= period.end) continue;
      ctx.report(entry, ['period', 'end'], 'value', { rule: this.id, message: `period ends (${period.end}) before it starts (${period.start})` });
    }
  },
};
