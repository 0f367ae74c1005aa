import type { RepositoryRule } from './rule.js';

/**
 * Målekart thresholds must not contradict the direction: for `increase` the desired
 * result is at least the lowest acceptable one, for `decrease` at most, and for
 * `maintain` at least as close to the last target.
 */
export const indicatorThresholdsOrder: RepositoryRule = {
  id: 'indicator-thresholds-order',
  run(ctx) {
    for (const indicator of ctx.repo.ofKind('Indicator', true)) {
      const limits = indicator.data.thresholds;
      if (!limits) continue;
      const { desired, lowest } = limits;
      const target = (indicator.data.targets ?? []).at(-1)?.value;
      const wrong =
        indicator.data.direction === 'increase'
          ? desired < lowest
          : indicator.data.direction === 'decrease'
            ? desired > lowest
            : target !== undefined && Math.abs(desired - target) > Math.abs(lowest - target);
      if (!wrong) continue;
      ctx.report(indicator, ['thresholds', 'desired'], 'value', {
        rule: this.id,
        message: `thresholds.desired (${desired}) is worse than thresholds.lowest (${lowest}) for direction ${indicator.data.direction}`,
        hint: indicator.data.direction === 'maintain' ? 'desired must lie at least as close to the target as lowest' : 'swap the two values, or check the direction',
      });
    }
  },
};
