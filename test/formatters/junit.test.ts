import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../src/output/diagnostics/junit.js';
import { CLEAN, REPORT } from '../fixtures/formatters/report.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase', 'failure'].includes(name) });

function parse(xml: string): { testsuites: Node & { testsuite: (Node & { testcase: (Node & { failure?: (Node & { '#text': string })[] })[] })[] } } {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as ReturnType<typeof parse>;
}

describe('junit formatter', () => {
  const xml = junit(REPORT, { locale: 'nb', color: false });
  const doc = parse(xml);
  const suites = doc.testsuites.testsuite;

  it('is well-formed XML with a testsuite per file, sorted, paths relative to the checkout', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(suites.map((s) => s.name)).toEqual(['plan/goals/helse.yaml', 'plan/plan.yaml', 'plan/plans/kommuneplan, 2040.yaml']);
    expect(doc.testsuites).toMatchObject({ tests: '4', failures: '3' });
  });

  it('has a testcase per document and a failure per error in it; warnings do not fail', () => {
    const goals = suites[0]!;
    expect(goals).toMatchObject({ tests: '2', failures: '2' });
    const [helse, trygg] = goals.testcase;
    expect(helse).toMatchObject({ name: 'Goal god-helse', classname: 'plan/goals/helse.yaml', file: 'plan/goals/helse.yaml' });
    expect(helse!.failure).toHaveLength(1);
    const failure = helse!.failure![0]!;
    expect(failure).toMatchObject({ type: 'ref/unknown-id', message: 'unknown Indicator "fysisk-aktiv" <&> "quoted", 100%' });
    expect(failure['#text']).toContain('plan/goals/helse.yaml:7:5: error ref/unknown-id');
    expect(trygg!.name).toBe('Goal trygg');
    expect(trygg!.failure).toHaveLength(1);
    expect(trygg!.failure![0]!.type).toBe('schema/type');
    expect(String(trygg!['system-out'])).toContain('goal-without-indicator');
    expect(suites[1]!.testcase).toEqual([{ name: 'Workspace asker', classname: 'plan/plan.yaml', file: 'plan/plan.yaml' }]);
  });

  it('puts problems outside any document in a testcase named after the file', () => {
    const plans = suites[2]!;
    expect(plans.testcase).toHaveLength(1);
    expect(plans.testcase[0]!.name).toBe('plans/kommuneplan, 2040.yaml');
    expect(plans.testcase[0]!.failure![0]!.message).toBe('bad indentation\nof a mapping entry, col: 3');
  });

  it('shows characters XML cannot hold as visible escapes', () => {
    expect(xml).not.toContain('\u0001');
    expect(xml).toContain('control \\u0001 character');
  });

  it('counts failed testcases, so failures never exceed tests, with one failure listing every error of a document', () => {
    const many = {
      ...REPORT,
      diagnostics: [
        ...REPORT.diagnostics,
        { ...REPORT.diagnostics.find((d) => d.severity === 'error' && d.file.endsWith('helse.yaml'))!, message: 'second error', rule: 'schema/type' },
        { ...REPORT.diagnostics.find((d) => d.severity === 'error' && d.file.endsWith('helse.yaml'))!, message: 'third error', rule: 'schema/type' },
      ],
    } as typeof REPORT;
    const parsed = parse(junit(many, { locale: 'nb', color: false }));
    expect(Number(parsed.testsuites.failures)).toBeLessThanOrEqual(Number(parsed.testsuites.tests));
    for (const suite of parsed.testsuites.testsuite) expect(Number(suite.failures), String(suite.name)).toBeLessThanOrEqual(Number(suite.tests));
    const helse = parsed.testsuites.testsuite[0]!.testcase[0]!;
    expect(helse.failure).toHaveLength(1);
    expect(helse.failure![0]!.message).toMatch(/\(\+2\)$/);
    expect(helse.failure![0]!['#text']).toContain('second error');
    expect(helse.failure![0]!['#text']).toContain('third error');
    expect(parsed.testsuites).toMatchObject({ tests: '4', failures: '3' });
  });

  it('passes every document when there are no problems', () => {
    const clean = parse(junit(CLEAN, { locale: 'nb', color: false }));
    expect(clean.testsuites).toMatchObject({ tests: '4', failures: '0' });
    expect(clean.testsuites.testsuite.flatMap((s) => s.testcase).every((c) => c.failure === undefined)).toBe(true);
  });
});
