import { makeDimension, type Cell, type Cube, type Dimension, type Role } from './cube.js';

/**
 * Why a text is not a JSON-stat dataset planverk can read, by code; the words are
 * in messages.ts. `at` names the dataset (1.x bundles hold several) or dimension.
 */
export type ReadProblem =
  | { code: 'not-json' }
  | { code: 'no-dataset' }
  | { code: 'collection' }
  | { code: 'error-answer'; text: string }
  | { code: 'field'; field: string; at?: string }
  | { code: 'categories'; dimension: string; expected: number; found: number }
  | { code: 'values'; expected: number; found: number };

export type ReadResult = { ok: true; cubes: Cube[] } | { ok: false; problem: ReadProblem };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const own = (o: Json, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/** Parses the text of a JSON-stat answer or file; see readJsonStat. */
export function parseJsonStat(text: string, options: { metadata?: boolean } = {}): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  return readJsonStat(value, options);
}

/**
 * Reads JSON-stat 2.0 (`class: dataset`, what PxWebApi v2 gives with
 * `outputFormat=json-stat2`) and 1.x bundles (`{ "dataset": { … } }`, SSB's v0 and
 * v1 APIs) into cubes, after https://json-stat.org/format/. Checks what the import
 * relies on — ids, sizes, categories, the number of values — and says what is wrong
 * instead of guessing. `metadata` accepts a dataset without values (PxWebApi's
 * metadata answer).
 */
export function readJsonStat(value: unknown, options: { metadata?: boolean } = {}): ReadResult {
  if (!isObject(value)) return { ok: false, problem: { code: 'no-dataset' } };
  const cls = own(value, 'class');
  if (cls === 'dataset') return wrap(readDataset(value, 'dataset', options.metadata === true, true));
  if (cls === 'collection') return { ok: false, problem: { code: 'collection' } };
  if (cls !== undefined && cls !== 'bundle') return { ok: false, problem: { code: 'no-dataset' } };
  const error = errorText(value);
  if (error !== undefined) return { ok: false, problem: { code: 'error-answer', text: error } };
  const cubes: Cube[] = [];
  for (const [name, dataset] of Object.entries(value)) {
    if (!isObject(dataset) || !isObject(own(dataset, 'dimension'))) continue;
    const read = readDataset(dataset, name, options.metadata === true, false);
    if (!read.ok) return read;
    cubes.push(read.cube);
  }
  return cubes.length > 0 ? { ok: true, cubes } : { ok: false, problem: { code: 'no-dataset' } };
}

function wrap(read: { ok: true; cube: Cube } | { ok: false; problem: ReadProblem }): ReadResult {
  return read.ok ? { ok: true, cubes: [read.cube] } : read;
}

/** The text of an error answer (`{ "error": … }` of JSON-stat 1.x, a problem document of PxWebApi). */
function errorText(value: Json): string | undefined {
  const error = own(value, 'error');
  if (error !== undefined) return typeof error === 'string' ? error : JSON.stringify(error);
  const title = own(value, 'title');
  return typeof title === 'string' && (own(value, 'status') !== undefined || own(value, 'type') !== undefined) ? title : undefined;
}

/** One dataset: 2.0 keeps id, size and role at its root, 1.x inside `dimension`. */
function readDataset(ds: Json, name: string, metadata: boolean, v2: boolean): { ok: true; cube: Cube } | { ok: false; problem: ReadProblem } {
  const dims = own(ds, 'dimension');
  if (!isObject(dims)) return fail({ code: 'field', field: 'dimension', at: name });
  const holder = v2 ? ds : dims;
  const ids = own(holder, 'id') ?? own(ds, 'id');
  const sizes = own(holder, 'size') ?? own(ds, 'size');
  if (!Array.isArray(ids) || !ids.every((i) => typeof i === 'string') || new Set(ids).size !== ids.length) return fail({ code: 'field', field: 'id', at: name });
  if (!Array.isArray(sizes) || sizes.length !== ids.length || !sizes.every((s) => Number.isSafeInteger(s) && (s as number) >= 0)) return fail({ code: 'field', field: 'size', at: name });
  const roles = roleOf(own(holder, 'role') ?? own(ds, 'role'));
  const dimensions: Dimension[] = [];
  for (const [i, id] of (ids as string[]).entries()) {
    const d = readDimension(own(dims, id), id, roles.get(id));
    if (!d) return fail({ code: 'field', field: `dimension.${id}.category`, at: name });
    if (d.codes.length !== sizes[i]) return fail({ code: 'categories', dimension: id, expected: sizes[i] as number, found: d.codes.length });
    dimensions.push(d);
  }
  const size = (sizes as number[]).reduce((n, s) => n * s, 1);
  const values = own(ds, 'value');
  if ((values === undefined || values === null) && metadata) return { ok: true, cube: cube(ds, dimensions, size, () => ({ value: null, status: null }), false) };
  const valueAt = accessor(values, size);
  if (!valueAt) return fail(Array.isArray(values) ? { code: 'values', expected: size, found: values.length } : { code: 'field', field: 'value', at: name });
  const statusAt = accessor(own(ds, 'status'), size, true) ?? (() => undefined);
  return { ok: true, cube: cube(ds, dimensions, size, (n) => ({ value: valueAt(n) ?? null, status: textOrNull(statusAt(n)) }), true) };
}

function fail(problem: ReadProblem): { ok: false; problem: ReadProblem } {
  return { ok: false, problem };
}

function cube(ds: Json, dimensions: Dimension[], size: number, cell: (n: number) => Cell, hasValues: boolean): Cube {
  const out: Cube = { dimensions, size, hasValues, cell: (n) => (n >= 0 && n < size ? cell(n) : { value: null, status: null }) };
  const label = own(ds, 'label');
  if (typeof label === 'string') out.label = label;
  const updated = own(ds, 'updated');
  if (typeof updated === 'string') out.updated = updated;
  const tableId = tableIdOf(ds, out.label);
  if (tableId !== undefined) out.tableId = tableId;
  return out;
}

/** The table id the dataset gives: PxWebApi v2's extension.px.tableid, or SSB's "12134: …" label. */
function tableIdOf(ds: Json, label: string | undefined): string | undefined {
  const ext = own(ds, 'extension');
  const px = isObject(ext) ? own(ext, 'px') : undefined;
  const id = isObject(px) ? own(px, 'tableid') : undefined;
  if (typeof id === 'string' && id !== '') return id;
  return label ? /^(\d{5}):/.exec(label)?.[1] : undefined;
}

/** `role: { time: [ids], geo: [ids], metric: [ids] }` as dimension id → role. */
function roleOf(value: unknown): Map<string, Role> {
  const roles = new Map<string, Role>();
  if (!isObject(value)) return roles;
  for (const role of ['time', 'geo', 'metric'] as const) {
    const list = own(value, role);
    if (Array.isArray(list)) for (const id of list) if (typeof id === 'string' && !roles.has(id)) roles.set(id, role);
  }
  return roles;
}

/**
 * The categories of a dimension. `index` is an array of codes or an object of
 * code → position; without it the keys of `label` are the categories (JSON-stat
 * allows that for a single category).
 */
function readDimension(value: unknown, id: string, role: Role | undefined): Dimension | undefined {
  if (!isObject(value)) return undefined;
  const category = own(value, 'category');
  if (!isObject(category)) return undefined;
  const index = own(category, 'index');
  const label = own(category, 'label');
  let codes: string[];
  if (Array.isArray(index)) {
    if (!index.every((c) => typeof c === 'string')) return undefined;
    codes = index as string[];
  } else if (isObject(index)) {
    codes = [];
    for (const [code, at] of Object.entries(index)) {
      if (!Number.isSafeInteger(at) || (at as number) < 0 || codes[at as number] !== undefined) return undefined;
      codes[at as number] = code;
    }
    if (codes.length !== Object.keys(index).length) return undefined;
  } else if (index === undefined && isObject(label)) codes = Object.keys(label);
  else return undefined;
  if (new Set(codes).size !== codes.length) return undefined;
  const labels = new Map<string, string>();
  for (const c of codes) {
    const text = isObject(label) ? own(label, c) : undefined;
    labels.set(c, typeof text === 'string' ? text : c);
  }
  const notes = new Map<string, string[]>();
  const note = own(category, 'note');
  if (isObject(note)) for (const c of codes) notes.set(c, toStrings(own(note, c)));
  const dimLabel = own(value, 'label');
  return makeDimension(id, typeof dimLabel === 'string' ? dimLabel : id, codes, labels, notes, role);
}

function toStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/**
 * Index → entry of a JSON-stat `value` or `status`: an array (one entry a cell), an
 * object of index → entry (sparse), or, for status only, one string for every cell.
 * Undefined when the shape is wrong or an array has the wrong length.
 */
function accessor(value: unknown, size: number, isStatus = false): ((n: number) => unknown) | undefined {
  if (Array.isArray(value)) {
    if (value.length === size) return (n) => value[n];
    // A status array may be shorter (JSON-stat: missing entries have no status) or a single entry for all.
    if (isStatus && value.length === 1) return () => value[0];
    return isStatus && value.length < size ? (n) => value[n] : undefined;
  }
  if (isObject(value)) return (n) => own(value, String(n));
  if (isStatus && typeof value === 'string') return () => value;
  return undefined;
}
