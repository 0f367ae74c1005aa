import { indicatorTrend, type Trend } from './indicator-trend.js';
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
  /**
   * The value needed in the year asked about (default: the latest actual's year), on the
   * straight line from the baseline to the next target in or after that year (else the last).
   */
  neededThisYear?: { year: number; value: number; target: { year: number; value: number } };
  /** How the last actuals move; undefined with fewer than two actuals. */
  trend?: Trend;
}

/** Share of the change from baseline to target that an actual may fall short by and still be `at-risk` (FORMAT.md: 10 %). */
export const AT_RISK_SHARE = 0.1;

/** Share of the target value that a `maintain` indicator may stray from it and still be within its band. */
export const MAINTAIN_SHARE = 0.02;

/**
 * The status of an indicator in `year` (default: its latest actual), with the value
 * needed this year and the trend of the last actuals (see the fields of StatusResult).
 */
export function indicatorStatus(indicator: Indicator, year?: number): StatusResult {
  const result = classify(indicator, year);
  const thisYear = year ?? result.actual?.year;
  const neededThisYear = thisYear === undefined ? undefined : neededIn(indicator, thisYear);
  const trend = indicatorTrend(indicator, year);
  return { ...result, ...(neededThisYear && { neededThisYear }), ...(trend && { trend }) };
}

/**
 * The value on the straight line from the baseline (or, without one, the first actual)
 * to the first target in or after `year` (else the last target), in `year`.
 */
export function neededIn(indicator: Indicator, year: number): StatusResult['neededThisYear'] {
  const targets = [...(indicator.targets ?? [])].sort((a, b) => a.year - b.year);
  const target = targets.find((t) => t.year >= year) ?? targets.at(-1);
  const base = indicator.baseline ?? [...(indicator.actuals ?? [])].sort((a, b) => a.year - b.year)[0];
  if (!target || !base) return undefined;
  const span = target.year - base.year;
  const progress = span <= 0 ? 1 : Math.min(1, Math.max(0, (year - base.year) / span));
  return { year, value: base.value + (target.value - base.value) * progress, target };
}

/**
 * The status as FORMAT.md defines it: the latest actual in or before `year` against
 * the straight line from the baseline (or, without one, the first actual) to the next
 * target. At risk: short of the line by at most AT_RISK_SHARE of the change from baseline
 * to target. `maintain` keeps within a band of max(AT_RISK_SHARE × |target − baseline|,
 * MAINTAIN_SHARE × |target|) either side of the target: on track in the inner half of the
 * band, at risk in the outer half, off track outside it (docs/status.md). With
 * målekart `thresholds`, those limits decide instead of the line (byThresholds).
 */
function classify(indicator: Indicator, year?: number): StatusResult {
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
  if (indicator.thresholds) return { status: byThresholds(indicator, latest.value, target.value, indicator.thresholds), ...result };
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
      const band = Math.max(tolerance, Math.abs(target.value) * MAINTAIN_SHARE);
      const off = Math.abs(latest.value - target.value);
      return { status: off <= band / 2 ? 'on-track' : off <= band ? 'at-risk' : 'off-track', ...result };
    }
  }
}

/**
 * Målekart limits: at or better than `desired` on track, at or better than `lowest` at
 * risk, else off track; a met target is still reached. For `maintain`, the distances of
 * `desired` and `lowest` from the target are the band on either side of it.
 */
function byThresholds(indicator: Indicator, value: number, target: number, limits: { desired: number; lowest: number }): IndicatorStatus {
  switch (indicator.direction) {
    case 'increase':
      return value >= target ? 'reached' : value >= limits.desired ? 'on-track' : value >= limits.lowest ? 'at-risk' : 'off-track';
    case 'decrease':
      return value <= target ? 'reached' : value <= limits.desired ? 'on-track' : value <= limits.lowest ? 'at-risk' : 'off-track';
    default: {
      const off = Math.abs(value - target);
      return off <= Math.abs(limits.desired - target) ? 'on-track' : off <= Math.abs(limits.lowest - target) ? 'at-risk' : 'off-track';
    }
  }
}
