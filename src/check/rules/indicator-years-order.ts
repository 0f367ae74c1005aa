import type { RepositoryRule } from './rule.js';

/** Targets and actuals are series: each year once, in increasing order. */
export const indicatorYearsOrder: RepositoryRule = {
  id: 'indicator-years-order',
  run(ctx) {
    for (const indicator of ctx.repo.ofKind('Indicator', true)) {
      for (const list of ['targets', 'actuals'] as const) {
        const points = indicator.data[list] ?? [];
        for (let i = 1; i < points.length; i++) {
          const prev = points[i - 1]!.year;
          const year = points[i]!.year;
          if (year > prev) continue;
          ctx.report(indicator, [list, i, 'year'], 'value', {
            rule: this.id,
            message: year === prev ? `${list} has year ${year} twice` : `${list} year ${year} comes after ${prev}`,
            hint: `list ${list} once per year, oldest first`,
          });
        }
      }
    }
  },
};
