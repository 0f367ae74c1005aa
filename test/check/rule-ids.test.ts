import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_RULES } from '../../src/check/rules/index.js';
import { RULES, RULES_BY_ID, SCHEMA_FALLBACK_RULE, schemaRuleId } from '../../src/diagnostics/rules.js';

const SRC = new URL('../../src/', import.meta.url).pathname;
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
/** Where rules are declared rather than reported. */
const DECLARING = /(-rules|rule-info|rules-doc|diagnostics\/rules)\.ts$/;
/** A stage rule id anywhere, or a bare id where a rule is given (helper names look alike). */
const ID = /'((?:file|yaml|schema|config|id|ref|sdg|template)\/[a-z-]+)'|rule: '([a-z]+(?:-[a-z]+)+)'/g;

/** Rule-id-shaped string literals in the code that reports problems. */
function emittedIds(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files(SRC)) {
    if (DECLARING.test(file)) continue;
    const text = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\/?\*).*$/gm, '');
    for (const m of text.matchAll(ID)) found.set((m[1] ?? m[2])!, file.slice(SRC.length));
  }
  return found;
}

/** Every keyword the JSON Schemas use, which is what ajv can report. */
function schemaKeywords(): Set<string> {
  const keywords = new Set<string>();
  const walk = (node: unknown, inProperties: boolean): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, false));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (!inProperties) keywords.add(key);
      walk(value, !inProperties && (key === 'properties' || key === 'patternProperties' || key === '$defs' || key === 'definitions'));
    }
  };
  const dir = new URL('../../schemas/', import.meta.url).pathname;
  for (const name of readdirSync(dir)) walk(JSON.parse(readFileSync(join(dir, name), 'utf8')), false);
  return keywords;
}

describe('rule ids', () => {
  it('every rule id the code reports is in the catalogue', () => {
    const emitted = emittedIds();
    expect(emitted.size).toBeGreaterThan(25);
    for (const [id, file] of emitted) expect(RULES_BY_ID.has(id), `${id} in ${file}`).toBe(true);
  });

  it('every rule of the catalogue is reported somewhere (schema rules through schemaRuleId)', () => {
    const emitted = emittedIds();
    const keywordRules = new Set([...schemaKeywords()].map(schemaRuleId));
    for (const rule of RULES) expect(emitted.has(rule.id) || keywordRules.has(rule.id) || REPOSITORY_RULES.some((r) => r.id === rule.id), rule.id).toBe(true);
  });

  it('schemaRuleId gives a keyword its own rule when the catalogue has one, and schema/type otherwise', () => {
    expect(schemaRuleId('maxItems')).toBe('schema/max-items');
    expect(schemaRuleId('additionalProperties')).toBe('schema/additional-properties');
    for (const keyword of ['oneOf', 'uniqueItems', 'multipleOf', 'dependentRequired', 'if', 'not', 'propertyNames']) expect(schemaRuleId(keyword), keyword).toBe(SCHEMA_FALLBACK_RULE);
    for (const keyword of schemaKeywords()) expect(RULES_BY_ID.has(schemaRuleId(keyword)), keyword).toBe(true);
  });

  it('the repository rules are exactly the configurable rules', () => {
    const configurable = RULES.filter((r) => r.configurable).map((r) => r.id);
    const run = new Set(REPOSITORY_RULES.map((r) => r.id));
    for (const id of configurable) expect(run.has(id), id).toBe(true);
    for (const id of run) expect(RULES_BY_ID.has(id), id).toBe(true);
    // The one repository rule that reports a stage rule: a Workspace calendar include that clashes with an id.
    expect([...run].filter((id) => !configurable.includes(id))).toEqual(['id/duplicate']);
  });

  it('ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});
