import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { default as formats } from 'ajv-formats';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { schemaRuleId } from '../../src/diagnostics/rules.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { copyExample, tempDir } from '../helpers/plan-cli.js';
import { planHere } from '../helpers/plan-here.js';

const addFormats = formats as unknown as typeof formats.default;
const BASE = 'https://planverk.no/schemas/v1/';

// A goal with four schema problems: a bad id, a missing title, a wrong enum value and an unknown key.
const BAD_GOAL = readFileSync(new URL('../fixtures/schemas/bad-goal.yaml', import.meta.url), 'utf8');

let out: string;
beforeAll(async () => {
  out = join(tempDir(), 'schemas');
  const r = await planHere(['schema', '--out', out]);
  expect(r.code).toBe(0);
});

function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(out, file), 'utf8')) as Record<string, unknown>;
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv;
}

/** ajv errors as plan validate names them: rule id and path (the key itself for unknown keys). */
function asRules(errors: readonly ErrorObject[] | null | undefined): string[] {
  const kept = (errors ?? []).filter((e) => !['anyOf', 'if', 'allOf'].includes(e.keyword) && !(e.keyword === 'type' && e.params.type === 'null'));
  const keys = kept.map((e) => {
    const path = e.instancePath.split('/').slice(1);
    if (e.keyword === 'additionalProperties') path.push(String(e.params.additionalProperty));
    return `${schemaRuleId(e.keyword)} /${path.join('/')}`;
  });
  return [...new Set(keys)].sort();
}

describe('plan schema', { timeout: 60_000 }, () => {
  it('writes one schema per kind, the shared definitions and the combined schema, with stable $ids', async () => {
    const files = readdirSync(out).sort();
    expect(files).toContain('planverk.schema.json');
    for (const kind of ['workspace', 'materiality-assessment', 'plan', 'goal', 'indicator', 'measure', 'benefit', 'calendar', 'common']) {
      expect(files).toContain(`${kind}.schema.json`);
    }
    for (const file of files) expect(readJson(file).$id).toBe(`${BASE}${file}`);
    // stdout holds the same combined schema.
    expect(JSON.parse((await planHere(['schema'])).stdout)).toEqual(readJson('planverk.schema.json'));
  });

  it('refuses to overwrite the files without --force and lists them (exit 2)', async () => {
    const before = readFileSync(join(out, 'goal.schema.json'), 'utf8');
    writeFileSync(join(out, 'goal.schema.json'), '{}');
    const r = await planHere(['schema', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('goal.schema.json');
    expect(readFileSync(join(out, 'goal.schema.json'), 'utf8')).toBe('{}');
    expect((await planHere(['schema', '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(join(out, 'goal.schema.json'), 'utf8')).toBe(before);
  });

  it('compiles from disk with ajv and rejects a bad document with the rule ids and paths of plan validate', async () => {
    // What plan validate says about the bad goal, in-process (for paths) and through the CLI (for rule ids).
    const root = copyExample();
    writeFileSync(join(root, 'goals', 'bad.yaml'), BAD_GOAL);
    const checked = checkRepository(loadRepository(root)).diagnostics.filter((d) => d.file === 'goals/bad.yaml');
    const expected = [...new Set(checked.map((d) => `${d.rule} /${(d.path ?? []).join('/')}`))].sort();
    expect(expected).toEqual(['schema/additional-properties /stakeholdres', 'schema/enum /level', 'schema/pattern /id', 'schema/required /']);
    const cli = JSON.parse((await planHere(['validate', root, '--format', 'json'])).stdout) as { diagnostics: { file: string; rule: string }[] };
    expect(cli.diagnostics.filter((d) => d.file === 'goals/bad.yaml').map((d) => d.rule).sort()).toEqual(checked.map((d) => d.rule).sort());

    const doc = parse(BAD_GOAL) as unknown;
    // The files one per kind, compiled together: refs resolve through the stable $ids.
    const perKind = newAjv();
    for (const file of readdirSync(out).filter((f) => f !== 'planverk.schema.json')) perKind.addSchema(readJson(file));
    const goal = perKind.getSchema(`${BASE}goal.schema.json`)!;
    expect(goal(doc)).toBe(false);
    expect(asRules(goal.errors)).toEqual(expected);

    // The combined schema alone: it picks the Goal schema by kind.
    const combined = newAjv().compile(readJson('planverk.schema.json'));
    expect(combined(doc)).toBe(false);
    expect(asRules(combined.errors)).toEqual(expected);

    // Every other document of the example, of every kind (StatusReport included), is accepted by the combined schema.
    const entries = [...checkRepository(loadRepository(root)).repo.byId.values()].filter((e) => e.id !== 'Bad_Goal');
    expect(new Set(entries.map((e) => e.kind)).size).toBe(10);
    for (const entry of entries) expect(combined(entry.data), entry.id).toBe(true);
  });

  it('rejects an unknown kind in the combined schema', async () => {
    const combined = newAjv().compile(readJson('planverk.schema.json'));
    expect(combined({ kind: 'Gaol', id: 'x' })).toBe(false);
    expect(asRules(combined.errors)).toEqual(['schema/enum /kind']);
  });
});
