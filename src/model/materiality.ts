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
