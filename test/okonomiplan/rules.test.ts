import { describe, expect, it } from 'vitest';
import { checkTree, type Tree } from '../helpers/tree.js';
import { edited, fixtureTree, lineOf } from './fixture.js';

const SMALL = fixtureTree('small');
const B = 'budget.yaml';

/** The rows of the small fixture's budget.yaml, as the edits below find them. */
const OP_2028 = '  - year: 2028\n    generalGrant: 2050';
const INV_2028 = '  - year: 2028\n    lending: 0.2';

interface Case {
  name: string;
  tree: Tree;
  /** [rule, file, needle in the edited file, occurrence of the needle] */
  expected: [string, string, string, number?][];
}

const CASES: Case[] = [
  { name: 'the hand-computed fixture is clean (the passing case of every budget rule)', tree: SMALL, expected: [] },
  {
    name: 'budget-unbalanced: a deficit, at the year’s operating row',
    tree: edited(SMALL, B, 'toUnrestrictedFunds: 70', 'toUnrestrictedFunds: 71'),
    expected: [['budget-unbalanced', B, OP_2028]],
  },
  {
    name: 'budget-unbalanced: a surplus not disposed',
    tree: edited(SMALL, B, 'toUnrestrictedFunds: 57.4', 'toUnrestrictedFunds: 57.3'),
    expected: [['budget-unbalanced', B, '  - year: 2027\n    generalGrant']],
  },
  {
    name: 'budget-investment-unbalanced: 0.6 not financed',
    tree: edited(SMALL, B, 'borrowing: 1575.6', 'borrowing: 1575'),
    expected: [['budget-investment-unbalanced', B, INV_2028]],
  },
  {
    name: 'budget-transfer-mismatch: investment receives 25, operating sends 20',
    tree: edited(edited(SMALL, B, 'transferFromOperating: 20', 'transferFromOperating: 25'), B, 'borrowing: 1210', 'borrowing: 1205'),
    expected: [['budget-transfer-mismatch', B, 'transferFromOperating: 25']],
  },
  {
    name: 'budget-missing-year: no investment row for 2028',
    tree: edited(SMALL, B, '  - year: 2028\n    lending: 0.2\n    vatCompensation: 400.1\n    borrowing: 1575.6\n    transferFromOperating: 25\n', ''),
    expected: [['budget-missing-year', B, 'investment:']],
  },
  {
    name: 'budget-outside-period: a row and a frame change for 2029',
    tree: edited(edited(SMALL, B, 'investment:\n', 'investment:\n  - year: 2029\n'), B, '{ year: 2027, amount: 75 }', '{ year: 2027, amount: 75 }, { year: 2029, amount: 75 }'),
    expected: [
      ['budget-outside-period', B, '{ year: 2029, amount: 75 }'],
      ['budget-outside-period', B, '  - year: 2029'],
    ],
  },
  {
    name: 'budget-year-duplicate: a frame change with 2027 twice',
    tree: edited(SMALL, B, '{ year: 2027, amount: 75 }', '{ year: 2027, amount: 75 }, { year: 2027, amount: 5 }'),
    expected: [['budget-year-duplicate', B, '{ year: 2027, amount: 5 }']],
  },
  {
    name: 'budget-financial-target: net debt 90.3 % against a maximum of 90 %',
    tree: edited(SMALL, B, 'netDebt: 6400', 'netDebt: 6500'),
    expected: [['budget-financial-target', B, 'netDebt: 6500']],
  },
  {
    name: 'budget-financial-target: a year without totalOperatingIncome cannot be checked',
    tree: edited(SMALL, B, '    totalOperatingIncome: 7200\n', ''),
    expected: [
      ['budget-financial-target', B, OP_2028],
      ['budget-financial-target', B, OP_2028],
      ['budget-financial-target', B, OP_2028],
    ],
  },
  {
    name: 'ref/plan-type: a Budget of a kommuneplan (and no year rules for its years)',
    tree: edited(SMALL, B, 'plan: hp', 'plan: kp'),
    expected: [['ref/plan-type', B, 'plan: kp']],
  },
  {
    name: 'ref/unknown-id: a Budget of a plan that does not exist',
    tree: edited(SMALL, B, 'plan: hp', 'plan: hpx'),
    expected: [['ref/unknown-id', B, 'plan: hpx']],
  },
  {
    name: 'budget-plan-duplicate: two Budgets for one plan',
    tree: { ...SMALL, 'z-budget.yaml': SMALL[B]!.replace('id: okonomiplan', 'id: okonomiplan-kopi') },
    expected: [['budget-plan-duplicate', 'z-budget.yaml', 'plan: hp']],
  },
  {
    name: 'ref/unknown-id: a frame for a unit the Workspace does not have',
    tree: edited(SMALL, B, 'unit: helse', 'unit: helsa'),
    expected: [['ref/unknown-id', B, 'unit: helsa']],
  },
  {
    name: 'id/duplicate: a change id repeated within a frame',
    tree: edited(SMALL, B, 'id: innsparing', 'id: demografi'),
    expected: [['id/duplicate', B, 'id: demografi', 1]],
  },
  {
    name: 'id/duplicate: the same change id in two frames is fine',
    tree: edited(SMALL, B, 'id: prisvekst', 'id: demografi'),
    expected: [],
  },
  {
    name: 'id/duplicate: two frames for one unit (their amounts still add up)',
    tree: edited(SMALL, B, 'unit: skole', 'unit: helse'),
    expected: [['id/duplicate', B, 'unit: helse', 1]],
  },
  {
    name: 'budget-measure-without-unit: its money is in no frame, so both years are out of balance',
    tree: edited(SMALL, 'measures.yaml', 'responsible: kultur\n', ''),
    expected: [
      ['budget-unbalanced', B, '  - year: 2027\n    generalGrant'],
      ['budget-unbalanced', B, OP_2028],
      ['budget-measure-without-unit', 'measures.yaml', 'budget:', 2],
    ],
  },
  {
    name: 'a measure of the plan that fails its schema: its error alone, no balance errors from its missing money',
    tree: edited(SMALL, 'measures.yaml', 'responsible: kultur\n', 'responsible: kultur\nbudsjet: 1\n'),
    expected: [['schema/additional-properties', 'measures.yaml', 'budsjet: 1']],
  },
];

/** Bad input: schema diagnostics at the value, and no budget rule working on a wrong sum. */
const BAD_INPUT: Case[] = [
  { name: 'an amount that is not a number', tree: edited(SMALL, B, 'incomeTax: 3800', 'incomeTax: mye'), expected: [['schema/type', B, 'incomeTax: mye']] },
  { name: 'NaN', tree: edited(SMALL, B, 'incomeTax: 3800', 'incomeTax: .nan'), expected: [['schema/type', B, 'incomeTax: .nan']] },
  { name: 'infinity', tree: edited(SMALL, B, 'dividends: 10.1', 'dividends: -.inf'), expected: [['schema/type', B, 'dividends: -.inf']] },
  { name: 'an absurd magnitude', tree: edited(SMALL, B, 'borrowing: 1210', 'borrowing: 12100000000000'), expected: [['schema/maximum', B, 'borrowing: 12100000000000']] },
  { name: 'a year as a string', tree: edited(SMALL, B, '  - year: 2028\n    generalGrant', '  - year: "2028"\n    generalGrant'), expected: [['schema/type', B, 'year: "2028"']] },
  { name: 'a row without a year', tree: edited(SMALL, B, '  - year: 2028\n    lending: 0.2', '  - lending: 0.2'), expected: [['schema/required', B, '  - lending: 0.2']] },
  { name: 'a Budget without operating rows', tree: edited(SMALL, B, 'operating:\n', 'x-operating:\n'), expected: [['schema/required', B, 'kind: Budget']] },
  { name: 'an unknown line', tree: edited(SMALL, B, 'incomeTax: 3800', 'incomeTax: 3800\n    incometax: 1'), expected: [['schema/additional-properties', B, 'incometax: 1']] },
];

describe('budget rules on the hand-computed fixture', () => {
  for (const c of [...CASES, ...BAD_INPUT]) {
    it(c.name, () => {
      const got = checkTree(c.tree).diagnostics.map((d) => [d.rule, d.file, d.line]);
      const want = c.expected.map(([rule, file, needle, nth]) => [rule, file, lineOf(c.tree[file]!, needle, nth ?? 0)]);
      expect(got).toEqual(want);
    });
  }

  it('says how much and which way a year is out of balance', () => {
    const deficit = checkTree(edited(SMALL, B, 'toUnrestrictedFunds: 70', 'toUnrestrictedFunds: 71')).diagnostics[0]!;
    expect(deficit.message).toContain('2028');
    expect(deficit.message).toContain('deficit of 1 ');
    const surplus = checkTree(edited(SMALL, B, 'toUnrestrictedFunds: 57.4', 'toUnrestrictedFunds: 57.3')).diagnostics[0]!;
    expect(surplus.message).toContain('surplus of 0.1 ');
    expect(surplus.severity).toBe('error');
  });

  it('reports a missed financial target as a warning by default, and Workspace.rules can make it an error', () => {
    const tree = edited(SMALL, B, 'netDebt: 6400', 'netDebt: 6500');
    const [d] = checkTree(tree).diagnostics;
    expect(d).toMatchObject({ severity: 'warning' });
    expect(d!.message).toContain('90.3 %');
    const strict = edited(tree, 'plan.yaml', 'amountUnit: 1000', 'amountUnit: 1000\nrules: { budget-financial-target: error }');
    expect(checkTree(strict).diagnostics[0]).toMatchObject({ rule: 'budget-financial-target', severity: 'error' });
  });

  it('compares a target exactly: 1.96 % misses a 2 % minimum, and the message does not round it to 2.0', () => {
    // 2027: netOperatingResult 80.4 of totalOperatingIncome 4102 is 1.960019… %.
    const tree = edited(edited(SMALL, B, 'netOperatingResult: { min: 1.0 }', 'netOperatingResult: { min: 2.0 }'), B, 'totalOperatingIncome: 7000', 'totalOperatingIncome: 4102');
    const d = checkTree(tree).diagnostics.filter((x) => x.message.startsWith('2027: netOperatingResult'));
    expect(d.map((x) => x.message)).toEqual(['2027: netOperatingResult is 1.96 % of totalOperatingIncome; financial target netOperatingResult is at least 2 %']);
  });
});
