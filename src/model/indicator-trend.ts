import type { Indicator } from './schema-types.js';

/** How the last actuals move, judged against the indicator's direction. */
export type TrendDirection = 'improving' | 'worsening' | 'steady';

export interface Trend {
  /** Change per year of the least-squares line through the last actuals. */
  slope: number;
  /** First and last year of the actuals the line goes through. */
  from: number;
  to: number;
  /** How many actuals the line goes through (2 to TREND_POINTS). */
  points: number;
  direction: TrendDirection;
}

/** How many of the latest actuals the trend looks at. */
export const TREND_POINTS = 3;

/** A slope under this share of the yearly change the plan needs (baseline → next target) counts as steady. */
export const STEADY_SHARE = 0.1;

/** Where the plan needs no change (maintain, or no target): a slope under this share of the latest value's size is steady. */
export const STEADY_SHARE_OF_VALUE = 0.005;

/**
 * The trend of the last (up to TREND_POINTS) actuals in or before `year`: the
 * slope of their least-squares line, and whether that is an improvement for
 * the indicator's direction. Steady when the slope is small next to the yearly
 * change the plan needs (STEADY_SHARE), or next to the value itself where the plan
 * needs none (STEADY_SHARE_OF_VALUE). For `maintain`, moving towards the target
 * value improves and moving away from it worsens. Undefined with fewer than two actuals.
 */
export function indicatorTrend(indicator: Indicator, year?: number): Trend | undefined {
  const points = (indicator.actuals ?? [])
    .filter((a) => year === undefined || a.year <= year)
    .sort((a, b) => a.year - b.year)
    .slice(-TREND_POINTS);
  if (points.length < 2) return undefined;
  const slope = leastSquaresSlope(points);
  const latest = points.at(-1)!;
  const from = points[0]!.year;
  const base = { slope, from, to: latest.year, points: points.length };
  if (Math.abs(slope) <= steadyLimit(indicator, latest, points[0]!)) return { ...base, direction: 'steady' };
  switch (indicator.direction) {
    case 'increase':
      return { ...base, direction: slope > 0 ? 'improving' : 'worsening' };
    case 'decrease':
      return { ...base, direction: slope < 0 ? 'improving' : 'worsening' };
    default: {
      const target = maintainTarget(indicator, latest.year) ?? indicator.baseline?.value ?? points[0]!.value;
      const towards = (target - latest.value) * slope > 0;
      return { ...base, direction: towards ? 'improving' : 'worsening' };
    }
  }
}

function steadyLimit(indicator: Indicator, latest: Point, first: Point): number {
  const target = nextTarget(indicator, latest.year);
  const base = indicator.baseline ?? first;
  const years = target ? target.year - base.year : 0;
  const needed = target && years > 0 ? Math.abs(target.value - base.value) / years : 0;
  return needed > 0 && indicator.direction !== 'maintain' ? STEADY_SHARE * needed : STEADY_SHARE_OF_VALUE * Math.abs(latest.value);
}

function maintainTarget(indicator: Indicator, year: number): number | undefined {
  return nextTarget(indicator, year)?.value;
}

function nextTarget(indicator: Indicator, year: number): Point | undefined {
  const targets = [...(indicator.targets ?? [])].sort((a, b) => a.year - b.year);
  return targets.find((t) => t.year >= year) ?? targets.at(-1);
}

type Point = { year: number; value: number };

function leastSquaresSlope(points: readonly { year: number; value: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.year, 0) / n;
  const my = points.reduce((s, p) => s + p.value, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.year - mx) * (p.value - my);
    den += (p.year - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}
