import type { RepositoryRule } from './rule.js';

/** An indicator that no goal and no benefit uses is measured for nothing. */
export const unusedIndicator: RepositoryRule = {
  id: 'unused-indicator',
  run(ctx) {
    const used = new Set<string>();
    for (const goal of ctx.repo.ofKind('Goal')) for (const id of goal.data.indicators ?? []) used.add(id);
    for (const benefit of ctx.repo.ofKind('Benefit')) if (benefit.data.indicator) used.add(benefit.data.indicator);
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
