import type { Indicator } from './schema-types.js';

/** Where an indicator stands in a year. `no-target` when it has no target to measure against. */
export type IndicatorStatus = 'reached' | 'on-track' | 'at-risk' | 'off-track' | 'no-data' | 'no-target';

export interface StatusResult {
  status: IndicatorStatus;
  /** The latest actual in or before the year asked about. */
  actual?: { year: number; value: number };
  /** The target the actual is measured against: the first target in or after the actual's year (else the last). */
  target?: { year: number; value: number };
  /** The value on the straight line from the baseline to the target in the actual's year. */
  needed?: number;
}

/** Share of the change from baseline to target that an actual may fall short by and still be `at-risk` (FORMAT.md: 10 %). */
export const AT_RISK_SHARE = 0.1;

/**
 * The status of an indicator in `year` (default: its latest actual), as FORMAT.md
 * defines it: the latest actual against the straight line from the baseline (or,
 * without one, the first actual) to the next target. `maintain` indicators are on
 * track while within 10 % of the target value's distance from the baseline, else off track.
 */
export function indicatorStatus(indicator: Indicator, year?: number): StatusResult {
  const actuals = (indicator.actuals ?? []).filter((a) => year === undefined || a.year <= year);
  const latest = actuals.reduce<{ year: number; value: number } | undefined>((best, a) => (!best || a.year >= best.year ? a : best), undefined);
  const targets = [...(indicator.targets ?? [])].sort((a, b) => a.year - b.year);
  if (!latest) return targets.length > 0 ? { status: 'no-data', target: targets.find((t) => year === undefined || t.year >= year) ?? targets.at(-1)! } : { status: 'no-data' };
  const target = targets.find((t) => t.year >= latest.year) ?? targets.at(-1);
  if (!target) return { status: 'no-target', actual: latest };
  const base = indicator.baseline ?? actuals.reduce((first, a) => (a.year < first.year ? a : first), latest);
  const span = target.year - base.year;
  const progress = span <= 0 ? 1 : Math.min(1, Math.max(0, (latest.year - base.year) / span));
  const needed = base.value + (target.value - base.value) * progress;
  const tolerance = Math.abs(target.value - base.value) * AT_RISK_SHARE;
  const result = { actual: latest, target, needed };
  switch (indicator.direction) {
    case 'increase': {
      if (latest.value >= target.value) return { status: 'reached', ...result };
      if (latest.value >= needed) return { status: 'on-track', ...result };
      return { status: needed - latest.value <= tolerance ? 'at-risk' : 'off-track', ...result };
    }
    case 'decrease': {
      if (latest.value <= target.value) return { status: 'reached', ...result };
      if (latest.value <= needed) return { status: 'on-track', ...result };
      return { status: latest.value - needed <= tolerance ? 'at-risk' : 'off-track', ...result };
    }
    default: {
      const band = Math.max(tolerance, Math.abs(target.value) * 0.02);
      const off = Math.abs(latest.value - target.value);
      return { status: off <= band / 2 ? 'on-track' : off <= band ? 'at-risk' : 'off-track', ...result };
    }
  }
}
