import { abs, cmp, dec, isZero, percentOf, sub, sum, type Decimal } from '../okonomiplan/decimal.js';
import type { StatusReport } from '../schema-types.js';
import type { FramesOfYear } from './frames.js';

/** One unit's forecast against its frame: deviation = forecast − frame (positive: merforbruk, an overspend of a net frame). */
export interface Deviation {
  unit: string;
  title: string;
  frame: Decimal;
  forecast: Decimal;
  deviation: Decimal;
  /** deviation / frame × 100, one decimal; null for a frame of 0. */
  percent: Decimal | null;
  comment: string | null;
  /** Whether |deviation| is more than 1 % of the frame (report-deviation-without-comment asks for a comment then). */
  significant: boolean;
  /** Index of the unit's entry in `units[]`. */
  index: number;
}

/** The deviations of a report, sorted by size (largest |deviation| first), and their totals. */
export interface Deviations {
  rows: Deviation[];
  frame: Decimal;
  forecast: Decimal;
  deviation: Decimal;
  percent: Decimal | null;
}

/**
 * Whether |deviation| > 1 % of |frame|, exactly: |d| × 100 > |frame|. A frame of 0 with any
 * deviation is significant.
 */
export function isSignificant(deviation: Decimal, frame: Decimal): boolean {
  return cmp(abs({ coef: deviation.coef * 100n, exp: deviation.exp }), abs(frame)) > 0;
}

/**
 * The forecast of each unit of the report against its frame in the report's year. Units
 * without a frame in the Budget (report-outside-plan) are left out; of two entries for
 * one unit (report-entry-duplicate) the first counts. Sorted by |deviation|, largest
 * first, ties in the order of the report.
 */
export function computeDeviations(report: StatusReport, frames: FramesOfYear): Deviations {
  const seen = new Set<string>();
  const rows: Deviation[] = [];
  (report.units ?? []).forEach((entry, index) => {
    const frame = frames.frames.get(entry.unit);
    if (!frame || seen.has(entry.unit)) return;
    seen.add(entry.unit);
    const forecast = dec(entry.forecast);
    const deviation = sub(forecast, frame.frame);
    const comment = entry.comment?.trim() ? entry.comment.trim() : null;
    rows.push({ unit: entry.unit, title: frame.title, frame: frame.frame, forecast, deviation, percent: percentOf(deviation, frame.frame, 1), comment, significant: !isZero(deviation) && isSignificant(deviation, frame.frame), index });
  });
  rows.sort((a, b) => cmp(abs(b.deviation), abs(a.deviation)) || a.index - b.index);
  const frame = sum(rows.map((r) => r.frame));
  const forecast = sum(rows.map((r) => r.forecast));
  const deviation = sub(forecast, frame);
  return { rows, frame, forecast, deviation, percent: percentOf(deviation, frame, 1) };
}
