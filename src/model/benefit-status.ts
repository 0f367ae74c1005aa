import type { Benefit } from './schema-types.js';

/** Where a benefit stands on a day: its declared status, or `overdue` once its deadline has passed unrealised. */
export type BenefitState = 'planned' | 'realising' | 'realised' | 'overdue' | 'abandoned';

/**
 * The state of a benefit on `today` (YYYY-MM-DD): `realised` and `abandoned` as
 * declared; `overdue` when `realizedBy` lies before `today` and the benefit is not
 * realised; else its declared `planned` or `realising` (no status means planned).
 * `today` is a parameter so that reports and tests can fix the day.
 */
export function benefitState(benefit: Benefit, today: string): BenefitState {
  const status = benefit.status ?? 'planned';
  if (status === 'realised' || status === 'abandoned') return status;
  if (benefit.realizedBy && benefit.realizedBy < today) return 'overdue';
  return status;
}

