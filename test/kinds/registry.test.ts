import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, KIND_NAMES, KIND_REGISTRY, SHARED_SCHEMAS, type KindName } from '../../src/kinds/registry.js';
import { COMBINED_SCHEMA, exportSchemas } from '../../src/schemas/export-schemas.js';
import { BASE, checkTree } from '../helpers/tree.js';

type Json = Record<string, any>;
const dir = new URL('../../schemas/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
const read = (file: string): Json => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Json;
/** The `kind` const of each schema that has one: the schemas' own list of kinds. */
const schemaKinds = new Map(files.flatMap((f): [string, string][] => {
  const kind = read(f).properties?.kind?.const;
  return typeof kind === 'string' ? [[kind, f]] : [];
}));

/** The properties a schema allows at `path` (a list field's item properties when the path goes through it). */
function propertiesAt(schema: Json, path: string[]): Json {
  let [node, root] = [schema, schema];
  for (const field of path) {
    [node, root] = deref(root, node.properties?.[field]);
    if (node.items) [node, root] = deref(root, node.items);
  }
  return node.properties ?? {};
}

/** Follows `$ref`s (into other schema files too) and optional `anyOf: [X, null]`; returns the node and the schema it lives in. */
function deref(root: Json, node: Json | undefined): [Json, Json] {
  let out = node ?? {};
  for (let i = 0; i < 5 && out.$ref; i++) {
    const [file, pointer = ''] = String(out.$ref).split('#');
    if (file) root = read(file.replace('https://planverk.no/schemas/v1/', ''));
    out = pointer.split('/').filter(Boolean).reduce((n: Json, key) => n?.[key], root) ?? {};
  }
  const branch = (out.anyOf ?? out.oneOf)?.find((b: Json) => b.type !== 'null');
  return branch ? deref(root, branch) : [out, root];
}

describe('the registry of kinds', () => {
  it('has one entry for each schema that names a kind, and each entry names its schema', () => {
    expect([...schemaKinds.keys()].sort()).toEqual([...KIND_NAMES].sort());
    for (const kind of KIND_NAMES) expect(schemaKinds.get(kind), kind).toBe(KIND_REGISTRY[kind].schema);
  });

  it('leaves out only the shared schemas', () => {
    const kindFiles = new Set<string>(KIND_NAMES.map((k) => KIND_REGISTRY[k].schema));
    expect(files.filter((f) => !kindFiles.has(f))).toEqual([...SHARED_SCHEMAS]);
  });

  it('names fields the schemas have: references, item lists, list keys and titles', () => {
    for (const kind of KIND_NAMES) {
      const spec = KIND_REGISTRY[kind as KindName];
      const schema = read(spec.schema);
      const top = propertiesAt(schema, []);
      for (const ref of spec.references) {
        const at = 'within' in ref && ref.within ? [ref.within] : [];
        expect(propertiesAt(schema, at), `${kind}.${ref.field}`).toHaveProperty(ref.field);
      }
      for (const item of spec.items) {
        expect(propertiesAt(schema, [item.list]), `${kind}.${item.list}`).toHaveProperty(item.key);
        if ('nested' in item && item.nested) expect(propertiesAt(schema, [item.list, item.nested.list]), `${kind}.${item.list}.${item.nested.list}`).toHaveProperty(item.nested.key);
      }
      for (const [list, key] of Object.entries(spec.listKeys)) expect(propertiesAt(schema, [list]), `${kind}.${list}`).toHaveProperty(key);
      if ('titleField' in spec && spec.titleField) expect(top, `${kind} title`).toHaveProperty(spec.titleField);
      if (spec.role === 'document') expect(top, `${kind} id`).toHaveProperty('id');
    }
  });

  it('gives `plan schema` the same kinds as `plan validate`', () => {
    const combined = exportSchemas().get(COMBINED_SCHEMA) as Json;
    expect([...combined.properties.kind.enum].sort()).toEqual([...KIND_NAMES].sort());
  });

  it('has a distinct folder for each document kind', () => {
    const folders = DOCUMENT_KINDS.map((k) => KIND_REGISTRY[k].folder);
    expect(new Set(folders).size).toBe(DOCUMENT_KINDS.length);
  });
});

describe('an SdgCatalog document outside the catalog file', () => {
  it('is a known kind in the wrong place, not an unknown kind', () => {
    const result = checkTree({ ...BASE, 'titles.yaml': 'kind: SdgCatalog\nnb:\n  goals: { "3": God helse }\n' });
    expect(result.diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['schema/kind', 'titles.yaml', 1]]);
    expect(result.diagnostics[0]!.message).not.toMatch(/unknown kind/);
    expect(result.diagnostics[0]!.hint).toMatch(/catalog: titles\.yaml/);
  });
});
