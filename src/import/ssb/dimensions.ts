import { dimensionOf, type Cube, type Dimension } from './cube.js';

/** The three dimensions an import reads, found as issue 17 says; geo may be missing (a table for the whole country). */
export interface Roles {
  metric?: Dimension;
  geo?: Dimension;
  time?: Dimension;
}

/** Fallback ids when a dataset gives no roles (SSB's 1.x answers often give only time and metric). */
const FALLBACK = { metric: ['ContentsCode'], geo: ['Region', 'KOKkommuneregion0000'], time: ['Tid'] } as const;

/** The metric, geo and time dimensions: by role, else by SSB's usual ids. */
export function findRoles(cube: Cube): Roles {
  const out: Roles = {};
  for (const role of ['metric', 'geo', 'time'] as const) {
    const found = cube.dimensions.find((d) => d.role === role) ?? FALLBACK[role].map((id) => dimensionOf(cube, id)).find((d) => d !== undefined);
    if (found) out[role] = found;
  }
  return out;
}

/** How often a time dimension measures; the import takes yearly tables only. */
export type Periodicity = { kind: 'yearly' } | { kind: 'quarterly' | 'monthly' | 'other'; example: string };

/**
 * Yearly when every time code is a year ("2024"); otherwise what the first other
 * code looks like: SSB writes quarters 2016K3, months 2016M01.
 */
export function periodicity(time: Dimension): Periodicity {
  const other = time.codes.find((c) => !/^\d{4}$/.test(c));
  if (other === undefined) return { kind: 'yearly' };
  if (/^\d{4}K[1-4]$/.test(other)) return { kind: 'quarterly', example: other };
  if (/^\d{4}M(0[1-9]|1[0-2])$/.test(other)) return { kind: 'monthly', example: other };
  return { kind: 'other', example: other };
}

/** Words in a year's label or notes that say its figures are preliminary, or final (checked in that order: "ureviderte" contains "reviderte"). */
const PRELIMINARY = /foreløpig|førebels|urevider|preliminary|provisional|unrevised/i;
const FINAL = /endelig|revider|final|revised/i;

/**
 * Whether the dataset says a year's figures are preliminary or final: SSB puts it
 * in the time category's label or notes (KOSTRA's 15 March figures are unrevised).
 * Undefined when it says neither.
 */
export function yearStatus(time: Dimension, code: string): 'preliminary' | 'final' | undefined {
  const texts = [time.labels.get(code) ?? '', ...(time.notes.get(code) ?? [])];
  if (texts.some((t) => PRELIMINARY.test(t))) return 'preliminary';
  if (texts.some((t) => FINAL.test(t))) return 'final';
  return undefined;
}
