import fc from 'fast-check';
import { stringify } from 'yaml';
import { KIND_SCHEMAS, KINDS, readSchema, type Kind } from '../../src/check/schema.js';

/**
 * Arbitraries for random plan repositories, derived from `schemas/` so they follow
 * the format without a second copy of it: every kind, every field, the right types.
 * Mutations then break them the ways people and attackers do.
 */

type Schema = Record<string, unknown>;
type Json = unknown;

const SCHEMAS = new Map<string, Schema>(
  ['common.schema.json', ...Object.values(KIND_SCHEMAS)].map((file) => [file, readSchema(file)]),
);

/** A small id pool, so references resolve often, dangle sometimes and collide now and then. */
const ID_POOL = ['kp', 'hp', 'god-helse', 'aktive', 'tiltak', 'gevinst', 'velferd', 'hjul', 'vesentlighet', 'a.b_c-1'];
const idArb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...ID_POOL) }, { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,12}$/) });
const sdgTargetArb = fc.constantFrom('3.4', '3.d', '11.a', '13.2', '17.19', '16.10', '3.99', 'x', '');
const sdgIndicatorArb = fc.constantFrom('3.4.1', '11.2.1', '13.2.2', '9.9.9', '3.4');
const dateArb = fc.oneof(
  { weight: 5, arbitrary: fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
  { weight: 1, arbitrary: fc.constantFrom('2027-02-30', '2027-13-01', '27-1-1') },
);
const textArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('Nye Asker', 'Årshjul for «budsjett»', 'a: b', '- x', '# not a comment', '') }, { weight: 2, arbitrary: fc.string({ maxLength: 20 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) });

function resolveRef(ref: string, from: string): { schema: Schema; file: string } {
  const [file, pointer] = ref.split('#') as [string, string | undefined];
  const target = file === '' ? from : file;
  let node: unknown = SCHEMAS.get(target);
  for (const part of (pointer ?? '').split('/').filter(Boolean)) node = (node as Record<string, unknown>)[part];
  if (!node) throw new Error(`unresolved $ref ${ref} from ${from}`);
  return { schema: node as Schema, file: target };
}

/** An arbitrary of values that match `schema` (the subset of JSON Schema the format uses). */
function fromSchema(schema: Schema, file: string): fc.Arbitrary<Json> {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop();
    if (name === 'id') return idArb;
    if (name === 'sdgTargetId') return sdgTargetArb;
    if (name === 'sdgIndicatorId') return sdgIndicatorArb;
    if (name === 'date') return dateArb;
    const r = resolveRef(schema.$ref, file);
    return fromSchema(r.schema, r.file);
  }
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as Json[]));
  if (Array.isArray(schema.anyOf)) return fc.oneof(...(schema.anyOf as Schema[]).map((s) => fromSchema(s, file)));
  if (Array.isArray(schema.type)) return fc.oneof(...(schema.type as string[]).map((t) => fromSchema({ ...schema, type: t }, file)));
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema.minimum as number | undefined) ?? -1000, max: (schema.maximum as number | undefined) ?? 100_000 });
    case 'number': {
      const min = (schema.minimum as number | undefined) ?? (schema.exclusiveMinimum !== undefined ? (schema.exclusiveMinimum as number) + 0.001 : -1e6);
      return fc.oneof(fc.integer({ min: Math.ceil(min), max: 1_000_000 }), fc.double({ min, max: 1e6, noNaN: true, noDefaultInfinity: true }));
    }
    case 'string':
      if (schema.format === 'date') return dateArb;
      if (schema.format === 'uri') return fc.constantFrom('https://www.ssb.no/statbank/table/12345', 'http://x', 'not a uri');
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
      return textArb;
    case 'array':
      return fc.array(schema.items ? fromSchema(schema.items as Schema, file) : fc.jsonValue({ maxDepth: 1 }), { minLength: (schema.minItems as number | undefined) ?? 0, maxLength: 3 });
    case 'object':
      return objectArb(schema, file);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectArb(schema: Schema, file: string): fc.Arbitrary<Json> {
  const props = (schema.properties ?? {}) as Record<string, Schema>;
  const required = (schema.required ?? []) as string[];
  const shape: Record<string, fc.Arbitrary<Json>> = {};
  for (const [key, sub] of Object.entries(props)) shape[key] = fromSchema(sub, file);
  const record = fc.record(shape, { requiredKeys: required });
  if (!schema.patternProperties) return record;
  // Keys starting with x- take any value.
  return fc.tuple(record, fc.option(fc.jsonValue({ maxDepth: 2 }), { freq: 4 })).map(([r, extra]) => (extra === null ? r : { ...(r as object), 'x-extra': extra }));
}

const KIND_FILES = Object.fromEntries(KINDS.map((k) => [k, KIND_SCHEMAS[k]])) as Record<Kind, string>;

/** A document of `kind` that matches its schema (ids and references come from a shared pool). */
export function documentArb(kind: Kind): fc.Arbitrary<Record<string, Json>> {
  const file = KIND_FILES[kind];
  return fromSchema(SCHEMAS.get(file)!, file) as fc.Arbitrary<Record<string, Json>>;
}

/** Keys that must never become prototypes, and a few that look like typos. */
const KEY_ARB = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'titel', 'kind', 'id', 'x-ok'), fc.string({ maxLength: 8 }));

/** A change to a document's data: set a random node to a random value, delete it, or add a key. */
export type DataMutation = { op: 'set' | 'delete' | 'add'; pick: number; key: string; value: Json };
const dataMutationArb: fc.Arbitrary<DataMutation> = fc.record({
  op: fc.constantFrom('set', 'delete', 'add'),
  pick: fc.nat(),
  key: KEY_ARB,
  value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('no-such-id', 'Goal', 'Workspace', 3.1, -1, 1e308, '2027-06-10', [], {})),
});

function slots(value: Json, out: { parent: Record<string, Json> | Json[]; key: string | number }[] = []): typeof out {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push({ parent: value, key: i }), slots(v, out)));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) (out.push({ parent: value as Record<string, Json>, key: k }), slots(v, out));
  return out;
}

/** Applies a data mutation (to a deep copy). */
export function mutateData(doc: Record<string, Json>, m: DataMutation): Json {
  const copy = structuredClone(doc);
  const all = slots(copy);
  const slot = all[m.pick % Math.max(1, all.length)];
  if (!slot) return copy;
  const container = slot.parent as Record<string | number, Json>;
  if (m.op === 'set') container[slot.key] = m.value;
  else if (m.op === 'delete') {
    if (Array.isArray(container)) container.splice(slot.key as number, 1);
    else delete container[slot.key];
  } else {
    const target = container[slot.key];
    const into = target !== null && typeof target === 'object' && !Array.isArray(target) ? (target as Record<string, Json>) : copy;
    Object.defineProperty(into, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** A change to a file's text or bytes. */
export type ByteMutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'truncate'; at: number }
  | { op: 'duplicate-line'; at: number }
  | { op: 'random-bytes'; bytes: Uint8Array }
  | { op: 'splice-bytes'; at: number; bytes: Uint8Array }
  | { op: 'crlf' }
  | { op: 'lone-cr' }
  | { op: 'tabs' }
  | { op: 'utf8-bom' }
  | { op: 'utf16le' }
  | { op: 'utf16be' };

const SYNTAX = fc.constantFrom(':', '- ', '[', ']', '{', '}', '"', "'", '&a ', '*a', '!!binary ', '!tag ', '---\n', '...\n', '\n', '  ', '\t', '#', '|', '>', '? ', '%YAML 1.1\n', '<<: *a\n', '\u0000', '\uFEFF', '\u2028');
const byteMutationArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(SYNTAX, fc.string({ maxLength: 6 })) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-line' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('random-bytes' as const), bytes: fc.uint8Array({ maxLength: 200 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('splice-bytes' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.constantFrom<ByteMutation>({ op: 'crlf' }, { op: 'lone-cr' }, { op: 'tabs' }, { op: 'utf8-bom' }, { op: 'utf16le' }, { op: 'utf16be' }) },
);

/** Applies a byte mutation to a file's bytes. */
export function mutateBytes(bytes: Uint8Array, m: ByteMutation): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const enc = (s: string) => new TextEncoder().encode(s);
  const at = (n: number, len: number) => n % (len + 1);
  switch (m.op) {
    case 'insert': {
      const i = at(m.at, text.length);
      return enc(text.slice(0, i) + m.text + text.slice(i));
    }
    case 'delete': {
      const i = at(m.at, text.length);
      return enc(text.slice(0, i) + text.slice(i + m.length));
    }
    case 'truncate':
      return bytes.subarray(0, at(m.at, bytes.length));
    case 'duplicate-line': {
      const lines = text.split('\n');
      const i = at(m.at, lines.length - 1);
      lines.splice(i, 0, lines[i] ?? '');
      return enc(lines.join('\n'));
    }
    case 'random-bytes':
      return m.bytes;
    case 'splice-bytes': {
      const i = at(m.at, bytes.length);
      return new Uint8Array([...bytes.subarray(0, i), ...m.bytes, ...bytes.subarray(i)]);
    }
    case 'crlf':
      return enc(text.replace(/\n/g, '\r\n'));
    case 'lone-cr':
      return enc(text.replace(/\n/g, '\r'));
    case 'tabs':
      return enc(text.replace(/^( +)/gm, (s) => '\t'.repeat(Math.ceil(s.length / 2))));
    case 'utf8-bom':
      return new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    case 'utf16le':
      return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return new Uint8Array([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
  }
}

/** One file of a generated repository. */
export interface GeneratedFile {
  path: string;
  bytes: Uint8Array;
}

const STYLES = fc.record({
  collectionStyle: fc.constantFrom('any', 'block', 'flow') as fc.Arbitrary<'any' | 'block' | 'flow'>,
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL') as fc.Arbitrary<'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL'>,
  indent: fc.integer({ min: 1, max: 4 }),
});

const DOC_KINDS = KINDS.filter((k) => k !== 'Workspace');
const FOLDERS = ['', 'goals/', 'plans/', 'a/b/', 'indikatorer/'];
const NAMES = ['x', 'mål', 'tiltak', 'plan', 'index', 'kalender', '0'];

/** Serialises documents as one YAML file (`---` between them) in a random style. */
function serialise(docs: Json[], style: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Uint8Array> {
  return style.map((options) => new TextEncoder().encode(docs.map((d) => stringify(d, options)).join('---\n')));
}

/** A file holding one to three documents, each valid or changed by a data mutation. */
function planFileArb(): fc.Arbitrary<Uint8Array> {
  const doc = fc.constantFrom(...DOC_KINDS).chain((kind) => fc.tuple(documentArb(kind), fc.option(dataMutationArb, { freq: 3 })).map(([d, m]) => (m === null ? d : mutateData(d, m))));
  return fc.array(doc, { minLength: 1, maxLength: 3 }).chain((docs) => serialise(docs, STYLES));
}

/** Options for repositoryArb. */
export interface RepositoryOptions {
  /** Largest number of plan files besides plan.yaml. */
  maxFiles?: number;
  /** Whether files may be broken at the byte level (syntax, encoding, random bytes). */
  byteMutations?: boolean;
}

/**
 * A random repository: plan.yaml (a Workspace, sometimes mutated or missing) and
 * plan files of every kind, some changed by data mutations (wrong types, unknown
 * and prototype keys, dangling ids) and some by byte mutations (broken syntax,
 * encodings, line endings, random bytes). Paths are unique and sorted plan.yaml first,
 * as loadRepository returns them.
 */
export function repositoryArb(options: RepositoryOptions = {}): fc.Arbitrary<GeneratedFile[]> {
  const maybeBroken = (bytes: fc.Arbitrary<Uint8Array>) =>
    options.byteMutations === false ? bytes : fc.tuple(bytes, fc.option(byteMutationArb, { freq: 4 })).map(([b, m]) => (m === null ? b : mutateBytes(b, m)));
  // `catalog` names a file: point it at files that exist, do not, or lie outside.
  const catalog = fc.option(fc.constantFrom('x.yaml', 'goals/mål.yaml', 'missing.yaml', '../outside.yaml', '/etc/hostname', 'a/b', ''), { freq: 2 });
  const workspaceDoc = fc.tuple(documentArb('Workspace'), catalog).map(([d, c]) => (c === null ? d : { ...d, catalog: c }));
  const workspace = fc.tuple(workspaceDoc, fc.option(dataMutationArb, { freq: 4 })).chain(([d, m]) => serialise([m === null ? d : mutateData(d, m)], STYLES));
  const path = fc.tuple(fc.constantFrom(...FOLDERS), fc.constantFrom(...NAMES), fc.constantFrom('yaml', 'yml')).map(([f, n, e]) => `${f}${n}.${e}`).filter((p) => p !== 'plan.yaml');
  const files = fc.uniqueArray(fc.tuple(path, maybeBroken(planFileArb())), { maxLength: options.maxFiles ?? 8, selector: ([p]) => p });
  return fc.tuple(fc.option(maybeBroken(workspace), { freq: 12 }), files).map(([ws, rest]) => {
    const out: GeneratedFile[] = rest.map(([p, bytes]) => ({ path: p, bytes }));
    if (ws !== null) out.push({ path: 'plan.yaml', bytes: ws });
    return out.sort((a, b) => (a.path === 'plan.yaml' ? -1 : b.path === 'plan.yaml' ? 1 : a.path < b.path ? -1 : 1));
  });
}
