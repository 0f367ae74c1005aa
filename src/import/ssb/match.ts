import { cellAt, type Cube, type Dimension } from './cube.js';
import { findRoles, periodicity, yearStatus } from './dimensions.js';

/** An indicator's `source.ssb`, as the schema defines it. */
export interface SsbSource {
  table: string;
  contents: string;
  region?: string | string[];
  filters?: Record<string, string | undefined>;
}

/** A category offered instead of a wrong or missing one. */
export interface Choice {
  code: string;
  label: string;
}

/** Why an indicator could not be matched with a table, by code; the words are in messages.ts. */
export type MatchProblem =
  | { code: 'no-dimension'; role: 'metric' | 'time'; dimensions: string[] }
  | { code: 'not-yearly'; period: 'quarterly' | 'monthly' | 'other'; example: string }
  | { code: 'unknown-contents'; contents: string; dimension: string; choices: Choice[]; total: number }
  | { code: 'no-region' }
  | { code: 'unknown-region'; regions: string[]; dimension: string; choices: Choice[]; total: number }
  | { code: 'unknown-filter'; dimension: string; dimensions: string[] }
  | { code: 'filter-on-role'; dimension: string }
  | { code: 'unknown-filter-value'; dimension: string; value: string; choices: Choice[]; total: number }
  | { code: 'missing-filter'; dimension: string; choices: Choice[]; total: number };

/** A value read for a year: from the first region code that has one. */
export interface YearValue {
  year: number;
  value: number;
  region: string;
  /** What the dataset says of the year, if anything. */
  status?: 'preliminary' | 'final';
}

/** A year without a value: `symbol` is SSB's status symbol (".", "..", ":", "-"…) when there was one. */
export interface SkippedYear {
  year: number;
  reason: 'symbol' | 'missing' | 'not-a-number';
  symbol?: string;
}

export type MatchResult = { ok: true; values: YearValue[]; skipped: SkippedYear[] } | { ok: false; problems: MatchProblem[] };

/** Which categories of a table an indicator reads: by dimension id. */
export interface Selection {
  metric: string;
  contents: string;
  time: string;
  /** The geo dimension and the indicator's region codes the table has, in the indicator's order. */
  geo?: { id: string; codes: string[] };
  /** Every other dimension, fixed to one category. */
  fixed: Map<string, string>;
}

export type ResolveResult = { ok: true; selection: Selection } | { ok: false; problems: MatchProblem[] };

/** SSB's symbols for a cell without a figure: . not applicable, .. not available, ... not yet available, : confidential, - nil. */
const MISSING_SYMBOLS = new Set(['.', '..', '...', ':', '-']);

/** How many categories a problem lists. */
const CHOICES = 12;

/** Reads an indicator's values from a cube: resolve, then read. */
export function matchIndicator(cube: Cube, source: SsbSource, defaultRegion: string | undefined): MatchResult {
  const resolved = resolveSelection(cube, source, defaultRegion);
  return resolved.ok ? { ok: true, ...readYears(cube, resolved.selection) } : resolved;
}

/**
 * Finds the categories an indicator reads: its `contents` of the metric dimension,
 * its regions of the geo dimension, every year of the time dimension, and for every
 * other dimension the category its `filters` fix (one with a single category needs
 * none). Works on a metadata answer too, so a request asks only for these. Collects
 * every problem.
 */
export function resolveSelection(cube: Cube, source: SsbSource, defaultRegion: string | undefined): ResolveResult {
  const roles = findRoles(cube);
  const ids = cube.dimensions.map((d) => d.id);
  const problems: MatchProblem[] = [];
  if (!roles.metric) problems.push({ code: 'no-dimension', role: 'metric', dimensions: ids });
  if (!roles.time) problems.push({ code: 'no-dimension', role: 'time', dimensions: ids });
  const period = roles.time ? periodicity(roles.time) : undefined;
  if (period && period.kind !== 'yearly') problems.push({ code: 'not-yearly', period: period.kind, example: period.example });
  if (roles.metric && !roles.metric.index.has(source.contents)) problems.push({ code: 'unknown-contents', contents: source.contents, dimension: roles.metric.id, ...choices(roles.metric) });
  const regions = regionsOf(source, defaultRegion);
  if (roles.geo && regions.length === 0) problems.push({ code: 'no-region' });
  else if (roles.geo && !regions.some((r) => roles.geo!.index.has(r))) problems.push({ code: 'unknown-region', regions, dimension: roles.geo.id, ...choices(roles.geo) });
  const fixed = new Map<string, string>();
  const special = new Set([roles.metric, roles.geo, roles.time].filter((d): d is Dimension => d !== undefined).map((d) => d.id));
  for (const [dimension, value] of Object.entries(source.filters ?? {})) {
    if (dimension.startsWith('x-') || value === undefined) continue;
    const d = cube.dimensions.find((x) => x.id === dimension);
    if (!d) problems.push({ code: 'unknown-filter', dimension, dimensions: ids.filter((i) => !special.has(i)) });
    else if (special.has(dimension)) problems.push({ code: 'filter-on-role', dimension });
    else if (!d.index.has(value)) problems.push({ code: 'unknown-filter-value', dimension, value, ...choices(d) });
    else fixed.set(dimension, value);
  }
  for (const d of cube.dimensions) {
    if (special.has(d.id) || Object.hasOwn(source.filters ?? {}, d.id)) continue;
    if (d.codes.length === 1) fixed.set(d.id, d.codes[0]!);
    else problems.push({ code: 'missing-filter', dimension: d.id, ...choices(d) });
  }
  if (problems.length > 0) return { ok: false, problems };
  const selection: Selection = { metric: roles.metric!.id, contents: source.contents, time: roles.time!.id, fixed };
  if (roles.geo) selection.geo = { id: roles.geo.id, codes: regions.filter((r) => roles.geo!.index.has(r)) };
  return { ok: true, selection };
}

/** Every year of the cube's time dimension: the first region with a number wins; otherwise why the year is skipped. */
export function readYears(cube: Cube, selection: Selection): { values: YearValue[]; skipped: SkippedYear[] } {
  const values: YearValue[] = [];
  const skipped: SkippedYear[] = [];
  const time = cube.dimensions.find((d) => d.id === selection.time)!;
  const base = new Map(selection.fixed).set(selection.metric, selection.contents);
  for (const year of time.codes) {
    let why: SkippedYear | undefined;
    let found: YearValue | undefined;
    for (const region of selection.geo?.codes ?? ['']) {
      const at = new Map(base).set(time.id, year);
      if (selection.geo) at.set(selection.geo.id, region);
      const cell = cellAt(cube, at);
      const skip = cell ? skipReason(cell.value, cell.status) : 'missing';
      if (skip === undefined) {
        found = { year: Number(year), value: cell!.value as number, region };
        break;
      }
      // The first region's reason is the one to show: it is the current number.
      why ??= skip === 'symbol' ? { year: Number(year), reason: 'symbol', symbol: cell!.status ?? String(cell!.value) } : { year: Number(year), reason: skip };
    }
    if (found) {
      const status = yearStatus(time, year);
      values.push(status ? { ...found, status } : found);
    } else skipped.push(why ?? { year: Number(year), reason: 'missing' });
  }
  return { values, skipped };
}

/** Why a cell gives no value, or undefined when it holds a usable number. */
function skipReason(value: unknown, status: string | null): SkippedYear['reason'] | undefined {
  if (status !== null && MISSING_SYMBOLS.has(status)) return 'symbol';
  if (typeof value === 'string' && MISSING_SYMBOLS.has(value)) return 'symbol';
  if (value === null || value === undefined) return 'missing';
  return typeof value === 'number' && Number.isFinite(value) ? undefined : 'not-a-number';
}

/** The region codes to try, in order: the indicator's own, else the workspace's kommune. */
function regionsOf(source: SsbSource, defaultRegion: string | undefined): string[] {
  if (Array.isArray(source.region)) return source.region;
  if (typeof source.region === 'string') return [source.region];
  return defaultRegion ? [defaultRegion] : [];
}

/** The first categories of a dimension, to offer in a problem, and how many it has. */
function choices(d: Dimension): { choices: Choice[]; total: number } {
  return { choices: d.codes.slice(0, CHOICES).map((code) => ({ code, label: d.labels.get(code) ?? code })), total: d.codes.length };
}
