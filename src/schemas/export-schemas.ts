import { readdirSync, readFileSync } from 'node:fs';
import { KIND_NAMES, KIND_REGISTRY } from '../kinds/registry.js';

/** Where planverk's JSON Schemas live; their `$id`s are stable under SCHEMA_BASE. */
const SCHEMA_DIR = new URL('../../schemas/', import.meta.url);
export const SCHEMA_BASE = 'https://planverk.no/schemas/v1/';
/** The combined schema that picks a document's schema by its `kind`. */
export const COMBINED_SCHEMA = 'planverk.schema.json';

type Json = Record<string, unknown>;

/**
 * Every schema file planverk ships (one per kind, the shared definitions, the SDG
 * catalog) plus the combined schema, by file name, in a stable order.
 */
export function exportSchemas(): Map<string, Json> {
  const files = readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json')).sort();
  const schemas = new Map<string, Json>(files.map((f) => [f, JSON.parse(readFileSync(new URL(f, SCHEMA_DIR), 'utf8')) as Json]));
  schemas.set(COMBINED_SCHEMA, combinedSchema(schemas));
  return schemas;
}

/**
 * One self-contained schema for any document: `kind` must name a kind, and an
 * `if`/`then` per kind applies that kind's schema. The kind schemas are copied
 * into `$defs` with their `$ref`s rewritten to local pointers, so editors and
 * validators need neither the other files nor the network.
 */
export function combinedSchema(schemas: ReadonlyMap<string, Json>): Json {
  // The registry decides which kinds there are, for `plan schema` as for `plan validate`.
  const kinds: [string, string][] = KIND_NAMES.map((kind) => [kind, KIND_REGISTRY[kind].schema]);
  kinds.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const defs: Record<string, Json> = {};
  const pending = kinds.map(([, file]) => file);
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (defs[defName(file)]) continue;
    const schema = schemas.get(file);
    if (!schema) throw new Error(`schema ${file} is referenced but not shipped`);
    const { $schema: _s, $id: _i, ...rest } = schema;
    defs[defName(file)] = rewriteRefs(rest, file, (target) => pending.push(target)) as Json;
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${SCHEMA_BASE}${COMBINED_SCHEMA}`,
    title: 'planverk document',
    description: 'Any planverk document (plan.yaml, plans, goals, indicators, …): the schema of its kind, chosen by the `kind` field.',
    type: 'object',
    required: ['kind'],
    properties: { kind: { description: 'Document kind.', enum: kinds.map(([kind]) => kind) } },
    allOf: kinds.map(([kind, file]) => ({
      if: { properties: { kind: { const: kind } }, required: ['kind'] },
      then: { $ref: `#/$defs/${defName(file)}` },
    })),
    $defs: Object.fromEntries(Object.keys(defs).sort().map((k) => [k, defs[k]!])),
  };
}

function defName(file: string): string {
  return file.replace(/\.schema\.json$/, '');
}

/** `common.schema.json#/$defs/id` → `#/$defs/common/$defs/id`; `#/$defs/year` in goal → `#/$defs/goal/$defs/year`. */
function rewriteRefs(value: unknown, file: string, found: (file: string) => void): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteRefs(v, file, found));
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [key, v] of Object.entries(value as Json)) {
    if (key === '$ref' && typeof v === 'string') {
      const [target = '', pointer = ''] = v.split('#');
      const targetFile = target === '' ? file : target.replace(SCHEMA_BASE, '');
      if (targetFile !== file) found(targetFile);
      out[key] = `#/$defs/${defName(targetFile)}${pointer}`;
    } else {
      out[key] = rewriteRefs(v, file, found);
    }
  }
  return out;
}
