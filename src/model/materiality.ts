import type { MaterialityAssessment } from './schema-types.js';

export type MaterialityEntry = MaterialityAssessment['entries'][number];

/**
 * An entry is prioritised when `priority` says so; otherwise when
 * significance + influence reaches the threshold; without a threshold, only
 * entries with `priority: true` are (FORMAT.md).
 */
export function isPrioritised(entry: MaterialityEntry, assessment: MaterialityAssessment): boolean {
  if (typeof entry.priority === 'boolean') return entry.priority;
  const threshold = assessment.threshold;
  if (typeof threshold !== 'number') return false;
  return entry.significance + entry.influence >= threshold;
}

/** The scale of an assessment, 1–5 unless it says otherwise. */
export function scaleOf(assessment: MaterialityAssessment): { min: number; max: number } {
  return { min: assessment.scale?.min ?? 1, max: assessment.scale?.max ?? 5 };
}

/**
 * How a prioritisation departs from the threshold: `raised` when an entry below
 * the threshold is prioritised, `lowered` when one at or above it is not; null
 * when the priority follows the threshold or there is no threshold (FORMAT.md).
 */
export function priorityOverride(entry: { sum: number; prioritised: boolean }, threshold: number | null): 'raised' | 'lowered' | null {
  if (threshold === null) return null;
  const above = entry.sum >= threshold;
  return entry.prioritised === above ? null : entry.prioritised ? 'raised' : 'lowered';
}
