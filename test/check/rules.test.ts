import { describe, expect, it } from 'vitest';
import { CASES, edit } from '../helpers/rule-cases.js';
import { checkTree } from '../helpers/tree.js';

describe('rule fixtures', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const got = checkTree(c.tree).diagnostics.map((d) => [d.rule, d.file, d.line]);
      expect(got).toEqual(c.expected);
    });
  }

  it('a severity override in Workspace.rules applies', () => {
    const tree = { ...edit('plan.yaml', 'amountUnit: 1000', 'amountUnit: 1000\nrules: { unused-indicator: error }'), 'extra.yaml': 'kind: Indicator\nid: ubrukt\ntitle: Ubrukt\ndirection: decrease\n' };
    const [d] = checkTree(tree).diagnostics;
    expect(d).toMatchObject({ rule: 'unused-indicator', severity: 'error' });
  });

  it('suggests close SDG targets for a typo', () => {
    const d = checkTree(edit('goal.yaml', 'sdgTargets: ["3.4"]', 'sdgTargets: ["3.4", "3.9a"]')).diagnostics[0]!;
    expect(d.hint).toContain('"3.9"');
    expect(d.hint).toContain('"3.a"');
  });

  it('says what an unquoted 16.10 became', () => {
    const d = checkTree(edit('goal.yaml', 'sdgTargets: ["3.4"]', 'sdgTargets: ["3.4", 16.10]')).diagnostics[0]!;
    expect(d.message).toContain('16.10');
    expect(d.message).toContain('16.1');
    expect(d).toMatchObject({ line: 6, column: 21, endLine: 6, endColumn: 26 });
  });

  it('points at the key for unknown keys and suggests the right one', () => {
    const d = checkTree(edit('goal.yaml', 'title: God helse', 'title: God helse\ntitel: x')).diagnostics[0]!;
    expect(d).toMatchObject({ rule: 'schema/additional-properties', line: 4, column: 1, endColumn: 6, hint: 'did you mean "title"?' });
  });

  it('suggests the id meant by a dangling reference', () => {
    const d = checkTree(edit('goal.yaml', 'indicators: [aktive]', 'indicators: [aktiv]')).diagnostics[0]!;
    expect(d).toMatchObject({ rule: 'ref/unknown-id', column: 14, hint: 'did you mean "aktive"?' });
  });
});
