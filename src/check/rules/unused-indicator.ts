import type { RepositoryRule } from './rule.js';

/** An indicator that no goal and no benefit uses is measured for nothing. */
export const unusedIndicator: RepositoryRule = {
  id: 'unused-indicator',
  run(ctx) {
    const used = new Set<string>();
    // Invalid goals and benefits count too, so one typo does not cascade into more warnings.
    for (const goal of ctx.repo.ofKind('Goal')) {
      const list = goal.data.indicators;
      if (Array.isArray(list)) for (const id of list) used.add(String(id));
    }
    for (const benefit of ctx.repo.ofKind('Benefit')) if (typeof benefit.data.indicator === 'string') used.add(benefit.data.indicator);
    for (const indicator of ctx.repo.ofKind('Indicator', true)) {
      if (used.has(indicator.id)) continue;
      ctx.report(indicator, ['id'], 'value', {
        rule: this.id,
        message: `indicator "${indicator.id}" is used by no goal or benefit`,
        hint: 'add it to a goal\'s `indicators` or a benefit\'s `indicator`, or remove it',
      });
    }
  },
};
