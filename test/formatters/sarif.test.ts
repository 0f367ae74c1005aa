import { readFileSync } from 'node:fs';
import { default as Ajv04 } from 'ajv-draft-04';
import { default as formats } from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_ID } from '../../src/diagnostics/rules.js';
import { sarif } from '../../src/output/diagnostics/sarif.js';
import { CLEAN, REPORT } from '../fixtures/formatters/report.js';

// The OASIS SARIF 2.1.0 schema (draft-04), as shipped in @microsoft/jest-sarif 1.0.0-beta.0 (MIT).
const schema = JSON.parse(readFileSync(new URL('../fixtures/formatters/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8')) as object;
const Ajv = Ajv04 as unknown as typeof Ajv04.default;
const addFormats = formats as unknown as typeof formats.default;
// The schema's language-tag pattern is not valid as a Unicode regular expression.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

interface Log {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: string } }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe('sarif formatter', () => {
  const text = sarif(REPORT, { locale: 'nb', color: false });
  const log = JSON.parse(text) as Log;
  const run = log.runs[0]!;

  it('validates against the SARIF 2.1.0 schema, with problems and without', () => {
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(validateSarif(JSON.parse(sarif(CLEAN, { locale: 'nb', color: false })))).toBe(true);
    // The schema is strict enough to catch a wrong level or a missing message.
    const broken = JSON.parse(text) as Log;
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validateSarif(broken)).toBe(false);
    delete (broken.runs[0]!.results[1] as Partial<Log['runs'][0]['results'][0]>).message;
    expect(validateSarif(broken)).toBe(false);
  });

  it('names the tool and lists every rule of the catalogue with help text and default level', () => {
    expect(log.version).toBe('2.1.0');
    expect(run.tool.driver).toMatchObject({ name: 'planverk', version: '1.2.3', informationUri: 'https://planverk.no' });
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(ids.slice(0, RULES.length)).toEqual(RULES.map((r) => r.id));
    const budget = run.tool.driver.rules.find((r) => r.id === 'budget-outside-period')!;
    expect(budget.defaultConfiguration.level).toBe('error');
    expect(budget.help.text).toContain('rules: { budget-outside-period: error | warning | off }');
    expect(run.tool.driver.rules.find((r) => r.id === 'goal-without-indicator')!.defaultConfiguration.level).toBe('warning');
  });

  it('gives each diagnostic a result with rule, level, message and a location relative to the checkout', () => {
    expect(run.results).toHaveLength(REPORT.diagnostics.length);
    const first = run.results[0]!;
    expect(first).toMatchObject({ ruleId: 'ref/unknown-id', level: 'error' });
    expect(run.tool.driver.rules[first.ruleIndex]!.id).toBe('ref/unknown-id');
    expect(first.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'plan/goals/helse.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 7, startColumn: 5, endLine: 7, endColumn: 17 },
    });
    expect(run.results[1]!.level).toBe('warning');
    expect(run.results[2]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('plan/plans/kommuneplan%2C%202040.yaml');
  });

  it('lists exactly the catalogue, and points each result at its rule there', () => {
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const schemaType = run.tool.driver.rules.find((r) => r.id === 'schema/type')! as unknown as { fullDescription: { text: string } };
    expect(schemaType.fullDescription.text).toBe(RULES_BY_ID.get('schema/type')!.explanation.trim().replace(/\s*\n\s*/g, ' ').replace(/`/g, ''));
  });
});
