import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainYaml } from '../../src/load/plain-yaml.js';
import { fileDifference, plainDifference } from './differential.js';

/**
 * The official yaml-test-suite (test/fixtures/yaml-test-suite/, its inputs only) through
 * both paths: for every case, as it is and in three variants that bring it closer to a
 * plan file, the fast path (plain parser, then yaml) gives the same data, the same
 * diagnostics and the same positions as the slow path (yaml alone), and the plain
 * parser never accepts what the suite calls invalid.
 */

interface SuiteCase {
  id: string;
  name: string;
  yaml: string;
  fail: boolean;
}

const suite = JSON.parse(readFileSync(new URL('../fixtures/yaml-test-suite/cases.json', import.meta.url), 'utf8')) as { cases: SuiteCase[] };

/** The case as written, with CRLF line ends, nested under a key, and after a plan document. */
function variants(yaml: string): Record<string, string> {
  return {
    'as written': yaml,
    CRLF: yaml.replace(/\r?\n/g, '\r\n'),
    'under a key': `kind: Goal\nx-case:\n${yaml.replace(/^(?=.)/gm, '  ')}`,
    'after a document': `kind: Goal\nid: first\n---\n${yaml}`,
  };
}

describe('the yaml-test-suite', () => {
  it('is all there', () => {
    expect(suite.cases.length).toBe(402);
    expect(suite.cases.filter((c) => c.fail).length).toBe(94);
  });

  it('gives the same data, diagnostics and positions on the fast path as on the slow path', () => {
    const problems: string[] = [];
    for (const c of suite.cases) {
      for (const [variant, text] of Object.entries(variants(c.yaml))) {
        const why = plainDifference(text) ?? fileDifference(text);
        if (why) problems.push(`${c.id} (${c.name}), ${variant}: ${JSON.stringify(text)}\n  ${why}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is never read by the plain parser where the suite says the YAML is invalid', () => {
    const accepted = suite.cases.filter((c) => c.fail && Object.values(variants(c.yaml)).some((text) => parsePlainYaml(text) !== undefined));
    expect(accepted.map((c) => c.id)).toEqual([]);
  });

  it('has cases the plain parser reads, so the comparison is not only yaml against itself', () => {
    const read = suite.cases.filter((c) => Object.values(variants(c.yaml)).some((text) => parsePlainYaml(text) !== undefined));
    expect(read.length).toBeGreaterThan(20);
  });
});
