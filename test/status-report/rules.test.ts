import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTree, type Tree } from '../helpers/tree.js';
import { edited, lineOf } from '../okonomiplan/fixture.js';

/** test/fixtures/status-report/small: the small økonomiplan fixture with a tertial report and an årsberetning. */
function fixture(): Tree {
  const dir = new URL('../fixtures/status-report/small/', import.meta.url);
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]));
}

const SMALL = fixture();
const R = 'reports.yaml';

interface Case {
  name: string;
  tree: Tree;
  /** [rule, file, needle in the edited file, occurrence of the needle] */
  expected: [string, string, string, number?][];
}

const CASES: Case[] = [
  { name: 'the fixture is clean (the passing case of every report rule)', tree: SMALL, expected: [] },
  {
    name: 'report-annual-section-missing: ethics left out, equality empty',
    tree: edited(edited(SMALL, R, '  ethics: Etisk råd har behandlet to saker.\n', ''), R, 'equality: Kvinneandelen blant ledere er 61 prosent.', 'equality: " "'),
    expected: [
      ['report-annual-section-missing', R, 'sections:'],
      ['report-annual-section-missing', R, '" "'],
    ],
  },
  {
    name: 'report-annual-section-missing: no sections at all, one per topic at the type',
    tree: edited(SMALL, R, /sections:[\s\S]*$/.exec(SMALL[R]!)![0], ''),
    expected: Array.from({ length: 6 }, () => ['report-annual-section-missing', R, 'type: annual'] as [string, string, string]),
  },
  {
    name: 'report-measure-missing: skolebygg not reported',
    tree: edited(SMALL, R, '  - { measure: skolebygg, progress: delayed, comment: Anbud avlyst }\n', ''),
    expected: [['report-measure-missing', R, 'measures:']],
  },
  {
    name: 'report-measure-missing: a done or cancelled measure need not be reported (nor, in the årsberetning 2026, one that runs from 2027)',
    tree: edited(
      edited(edited(edited(SMALL, R, '  - { measure: skolebygg, progress: delayed, comment: Anbud avlyst }\n', ''), R, '  - { measure: kulturkort, progress: not-started }\n', ''), 'measures.yaml', 'responsible: skole', 'responsible: skole\nstatus: done'),
      'measures.yaml',
      'responsible: kultur',
      'responsible: kultur\nstatus: cancelled',
    ),
    expected: [],
  },
  {
    name: 'report-deviation-without-comment: skole 45 over a frame of 2575 (1.7 %)',
    tree: edited(SMALL, R, 'forecast: 2620, comment: Flere elever enn budsjettert', 'forecast: 2620'),
    expected: [['report-deviation-without-comment', R, 'forecast: 2620 }']],
  },
  {
    name: 'report-deviation-without-comment: 1 % exactly needs no comment, just over does',
    tree: edited(edited(SMALL, R, 'forecast: 3160 }', 'forecast: 3161.098 }'), R, 'forecast: 0.2 }', 'forecast: 0.21 }'),
    expected: [['report-deviation-without-comment', R, '0.21']],
  },
  {
    name: 'report-deviation-without-comment: the årsberetning against the basisYear bases',
    tree: edited(SMALL, R, 'forecast: 2990 }', 'forecast: 2960 }'),
    expected: [['report-deviation-without-comment', R, '2960']],
  },
  {
    name: 'report-as-of-outside-period: a tertial-1 report as of 1 May',
    tree: edited(SMALL, R, 'asOf: 2027-04-30', 'asOf: 2027-05-01'),
    expected: [['report-as-of-outside-period', R, '2027-05-01']],
  },
  {
    name: 'report-as-of-outside-period: an årsberetning as of the next year',
    tree: edited(SMALL, R, 'asOf: 2026-12-31', 'asOf: 2027-03-31'),
    expected: [['report-as-of-outside-period', R, '2027-03-31']],
  },
  {
    name: 'report-period-mismatch: a tertial report without a tertial',
    tree: edited(SMALL, R, 'period: { year: 2027, tertial: 1 }', 'period: { year: 2027 }'),
    expected: [['report-period-mismatch', R, '{ year: 2027 }']],
  },
  {
    name: 'report-period-mismatch: an annual report with a tertial',
    tree: edited(SMALL, R, 'period: { year: 2026 }', 'period: { year: 2026, tertial: 3 }'),
    expected: [['report-period-mismatch', R, 'tertial: 3']],
  },
  {
    name: 'report-period-mismatch: a year neither in the plan nor its basisYear',
    tree: edited(edited(SMALL, R, 'period: { year: 2026 }', 'period: { year: 2025 }'), R, 'asOf: 2026-12-31', 'asOf: 2025-12-31'),
    expected: [['report-period-mismatch', R, '2025 }']],
  },
  {
    name: 'report-plan-period-duplicate: two reports for tertial 1 of 2027',
    tree: { ...SMALL, 'z.yaml': SMALL[R]!.split('---')[0]!.replace('id: tertial-1-2027', 'id: tertial-1-2027-b') },
    expected: [['report-plan-period-duplicate', 'z.yaml', '{ year: 2027, tertial: 1 }']],
  },
  {
    name: 'report-plan-period-duplicate: tertial 1 and tertial 2 of one year are two periods',
    tree: { ...SMALL, 'z.yaml': SMALL[R]!.split('---')[0]!.replace('id: tertial-1-2027', 'id: tertial-2-2027').replace('tertial: 1 }', 'tertial: 2 }').replace('2027-04-30', '2027-08-31') },
    expected: [],
  },
  {
    name: 'report-entry-duplicate: a measure twice',
    tree: edited(SMALL, R, '  - { measure: kulturkort, progress: not-started }\n', '  - { measure: kulturkort, progress: not-started }\n  - { measure: kulturkort, progress: done }\n'),
    expected: [['report-entry-duplicate', R, 'kulturkort, progress: done']],
  },
  {
    name: 'report-outside-plan: a measure and a benefit of another plan, a unit without a frame in 2026',
    tree: {
      ...edited(
        edited(SMALL, R, '  - { measure: kulturkort, progress: not-started }\n', '  - { measure: kulturkort, progress: not-started }\n  - { measure: annen, progress: done }\n'),
        R,
        '  - { benefit: faerre-besok, status: planned }\n',
        '  - { benefit: faerre-besok, status: planned }\n  - { benefit: annen-gevinst, status: planned }\n',
      ),
      'other.yaml': 'kind: Plan\nid: hp2\ntitle: Annet\ntype: handlingsprogram\nperiod: { start: 2027, end: 2028 }\n---\nkind: Measure\nid: annen\ntitle: Annen\nplan: hp2\ngoals: [gode-tjenester]\n---\nkind: Benefit\nid: annen-gevinst\ntitle: Annen gevinst\nmeasure: annen\n',
    },
    expected: [
      ['report-outside-plan', R, 'measure: annen'],
      ['report-outside-plan', R, 'benefit: annen-gevinst'],
    ],
  },
  {
    name: 'report-outside-plan: kultur has no frame in the basisYear 2026',
    tree: edited(SMALL, R, '  - { unit: skole, forecast: 2500 }\n', '  - { unit: skole, forecast: 2500 }\n  - { unit: kultur, forecast: 0 }\n'),
    expected: [['report-outside-plan', R, 'unit: kultur, forecast: 0 }']],
  },
  {
    name: 'ref/unknown-id and ref/wrong-kind: a unit, measure and benefit that do not resolve',
    tree: edited(edited(edited(SMALL, R, 'unit: helse, forecast: 3160', 'unit: helsa, forecast: 3160'), R, 'measure: kulturkort', 'measure: kulturkortet'), R, 'benefit: faerre-besok', 'benefit: velferdsteknologi'),
    expected: [
      ['ref/unknown-id', R, 'helsa'],
      ['report-measure-missing', R, 'measures:'],
      ['ref/unknown-id', R, 'kulturkortet'],
      ['ref/wrong-kind', R, 'benefit: velferdsteknologi'],
    ],
  },
  {
    name: 'ref/plan-type: a report on a kommuneplan',
    tree: edited(SMALL, R, 'plan: hp\ntype: tertial', 'plan: kp\ntype: tertial'),
    expected: [['ref/plan-type', R, 'plan: kp']],
  },
  {
    name: 'schema: an unknown progress and a tertial 4',
    tree: edited(edited(SMALL, R, 'progress: delayed', 'progress: late'), R, 'tertial: 1 }', 'tertial: 4 }'),
    expected: [
      ['schema/maximum', R, '4 }'],
      ['schema/enum', R, 'late'],
    ],
  },
];

describe('StatusReport rules on the small fixture', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const got = checkTree(c.tree).diagnostics.map((d) => [d.rule, d.file, d.line]);
      const want = c.expected.map(([rule, file, needle, nth]) => [rule, file, lineOf(c.tree[file]!, needle, nth ?? 0)]);
      expect(got).toEqual(want);
    });
  }

  it('reports the missing measure and the deviation as warnings, which Workspace.rules can make errors', () => {
    const tree = edited(SMALL, R, 'forecast: 2620, comment: Flere elever enn budsjettert', 'forecast: 2620');
    expect(checkTree(tree).diagnostics[0]).toMatchObject({ rule: 'report-deviation-without-comment', severity: 'warning' });
    const strict = edited(tree, 'plan.yaml', 'units:', 'rules: { report-deviation-without-comment: error }\nunits:');
    expect(checkTree(strict).diagnostics[0]).toMatchObject({ rule: 'report-deviation-without-comment', severity: 'error' });
  });

  it('says how far over the frame a forecast is', () => {
    const [d] = checkTree(edited(SMALL, R, 'forecast: 2620, comment: Flere elever enn budsjettert', 'forecast: 2620')).diagnostics;
    expect(d!.message).toContain('45 over its frame of 2575');
  });
});
