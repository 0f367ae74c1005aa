import { KIND_NAMES, KIND_REGISTRY } from '../kinds/registry.js';

/** What happened at one path inside a document. */
export interface Change {
  /** Where, e.g. `budget[year=2028].operating`, `sdgTargets`, `events[id=budsjett].month`. */
  path: string;
  op: 'added' | 'removed' | 'changed';
  /** The value before; left out when added. */
  old?: unknown;
  /** The value after; left out when removed. */
  new?: unknown;
}

/**
 * The natural key of the items of a list, by the list's field name. Items are
 * matched by it, so reordering such a list is not a change. The registry of kinds
 * says which lists those are (`listKeys` of each kind).
 */
export const LIST_KEYS: Readonly<Record<string, string>> = Object.assign({}, ...KIND_NAMES.map((k) => KIND_REGISTRY[k].listKeys)) as Record<string, string>;

/**
 * Compares two plain values (parsed YAML) and appends every difference to `out`.
 * Mappings are compared key by key; lists of mappings by their natural key
 * (LIST_KEYS, else a unique `id`), else by position; lists of scalars as sets,
 * because in this format their order carries no meaning. `null` and a missing
 * key mean the same (FORMAT.md: optional fields may be left out or null).
 */
export function diffValue(path: string, field: string, a: unknown, b: unknown, out: Change[]): void {
  // The same value (a document both sides share, checkSides): nothing inside it can differ.
  if (a === b) return;
  if (isAbsent(a) && isAbsent(b)) return;
  if (isAbsent(a)) return void out.push({ path, op: 'added', new: b });
  if (isAbsent(b)) return void out.push({ path, op: 'removed', old: a });
  if (isMapping(a) && isMapping(b)) return diffMapping(path, a, b, out);
  if (Array.isArray(a) && Array.isArray(b)) return diffList(path, field, a, b, out);
  if (a !== b) out.push({ path, op: 'changed', old: a, new: b });
}

function diffMapping(path: string, a: Record<string, unknown>, b: Record<string, unknown>, out: Change[]): void {
  for (const key of Object.keys(b)) diffValue(join(path, key), key, own(a, key), b[key], out);
  for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) diffValue(join(path, key), key, a[key], undefined, out);
}

function diffList(path: string, field: string, a: unknown[], b: unknown[], out: Change[]): void {
  if (a.every(isScalar) && b.every(isScalar)) return diffSet(path, a, b, out);
  const key = listKey(field, a, b);
  if (!key) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diffValue(`${path}[${i}]`, field, a[i], b[i], out);
    return;
  }
  const before = new Map(a.map((item) => [keyOf(item, key), item]));
  const after = new Map(b.map((item) => [keyOf(item, key), item]));
  for (const [k, item] of after) diffValue(`${path}[${key}=${k}]`, field, before.get(k), item, out);
  for (const [k, item] of before) if (!after.has(k)) out.push({ path: `${path}[${key}=${k}]`, op: 'removed', old: item });
}

/** Scalars compared as a multiset: each element gained or lost is one change at the list's path. */
function diffSet(path: string, a: unknown[], b: unknown[], out: Change[]): void {
  const count = new Map<unknown, number>();
  for (const x of a) count.set(x, (count.get(x) ?? 0) + 1);
  const added: unknown[] = [];
  for (const x of b) {
    const n = count.get(x) ?? 0;
    if (n > 0) count.set(x, n - 1);
    else added.push(x);
  }
  for (const x of a) {
    const n = count.get(x) ?? 0;
    if (n > 0) {
      count.set(x, n - 1);
      out.push({ path, op: 'removed', old: x });
    }
  }
  for (const x of added) out.push({ path, op: 'added', new: x });
}

/** The key to match list items by, when every item on both sides has a distinct scalar value for it. */
function listKey(field: string, a: unknown[], b: unknown[]): string | undefined {
  const candidates = [own(LIST_KEYS, field), 'id'].filter((k): k is string => typeof k === 'string');
  return candidates.find((key) => [a, b].every((list) => {
    const seen = new Set<string>();
    for (const item of list) {
      const value = isMapping(item) ? own(item, key) : undefined;
      if (!isScalar(value) || isAbsent(value)) return false;
      const k = String(value);
      if (seen.has(k)) return false;
      seen.add(k);
    }
    return true;
  }));
}

function keyOf(item: unknown, key: string): string {
  return String(own(item as Record<string, unknown>, key));
}

/**
 * `o[key]` if `o` itself has the key, else undefined. Documents are plain objects,
 * so `o.constructor` or `o.toString` would otherwise come from Object.prototype.
 */
export function own<T>(o: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/** Appends a key to a path: `a.b`, or `a["odd key"]` when the key is not a plain name. */
export function join(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$-]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

function isAbsent(x: unknown): x is null | undefined {
  return x === null || x === undefined;
}

function isScalar(x: unknown): boolean {
  return x === null || (typeof x !== 'object' && typeof x !== 'function');
}

/** A plain mapping (not a list, not null). */
export function isMapping(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
