import { afterEach, describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { snapshot } from '../../src/diff/snapshot.js';
import { readDiffSources } from '../../src/diff/git-source.js';
import { semanticDiff, type DiffResult } from '../../src/diff/semantic-diff.js';
import { GitRepo, type Tree } from '../helpers/git-repo.js';

const BASE: Tree = {
  'plan.yaml': 'kind: Workspace\nid: test\nname: Testkommune\namountUnit: 1000\nunits:\n  - { id: velferd, title: Velferd }\n',
  'plans/kp.yaml': [
    'kind: Plan',
    'id: kp',
    'title: Kommuneplan',
    'type: kommuneplan-samfunnsdel',
    'status: draft',
    'focusAreas:',
    '  - { id: helse, title: Helse }',
    '  - { id: miljo, title: Miljø }',
    '',
  ].join('\n'),
  'goals/helse.yaml': [
    'kind: Goal',
    'id: god-helse',
    'title: God helse',
    'plan: kp',
    'focusArea: helse',
    'sdgTargets: ["3.4", "3.d"]',
    'indicators: [aktive, innleggelser]',
    '---',
    'kind: Goal',
    'id: ren-luft',
    'title: Ren luft',
    'plan: kp',
    'sdgTargets: ["11.6"]',
    'indicators: [aktive]',
    '',
  ].join('\n'),
  'indicators/helse.yaml': [
    'kind: Indicator',
    'id: aktive',
    'title: Fysisk aktive',
    'direction: increase',
    'targets: [{ year: 2028, value: 45 }, { year: 2030, value: 50 }]',
    '---',
    'kind: Indicator',
    'id: innleggelser',
    'title: Reinnleggelser',
    'direction: decrease',
    '',
  ].join('\n'),
  'measures/velferd.yaml': [
    'kind: Measure',
    'id: hjemmeoppfolging',
    'title: Digital hjemmeoppfølging',
    'goals: [god-helse]',
    'responsible: velferd',
    'budget:',
    '  - { year: 2027, operating: 1500, investment: 4000 }',
    '  - { year: 2028, operating: 1200 }',
    '',
  ].join('\n'),
};

let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

/** Commits BASE, applies `edit` in the working tree, and diffs HEAD against it. */
function diffAfter(edit: (r: GitRepo) => void): DiffResult {
  repo = new GitRepo(BASE);
  edit(repo);
  const sources = readDiffSources(repo.dir, 'HEAD', undefined);
  const side = (s: typeof sources.base) => (s.input ? { label: s.label, snapshot: snapshot(checkRepository(s.input)) } : { label: s.label });
  return semanticDiff(side(sources.base), side(sources.head));
}

/** The JSON of the document list, as `plan diff --format json` prints it. */
function docs(result: DiffResult): unknown {
  return JSON.parse(JSON.stringify(result.documents));
}

function replace(path: string, from: string, to: string): (r: GitRepo) => void {
  return (r) => {
    const text = BASE[path]!;
    if (!text.includes(from)) throw new Error(`${path} has no ${from}`);
    r.write({ [path]: text.replace(from, to) });
  };
}

describe('semanticDiff over git', { timeout: 60_000 }, () => {
  it('reports a budget edit with its keyed path, and the budget deltas', () => {
    const result = diffAfter(replace('measures/velferd.yaml', '{ year: 2028, operating: 1200 }', '{ year: 2028, operating: 1500, investment: 200 }'));
    expect(docs(result)).toEqual([
      {
        id: 'hjemmeoppfolging',
        kind: 'Measure',
        title: 'Digital hjemmeoppfølging',
        status: 'changed',
        file: 'measures/velferd.yaml',
        changes: [
          { path: 'budget[year=2028].operating', op: 'changed', old: 1200, new: 1500 },
          { path: 'budget[year=2028].investment', op: 'added', new: 200 },
        ],
      },
    ]);
    expect(result.summary.budget).toEqual([
      { id: 'hjemmeoppfolging', title: 'Digital hjemmeoppfølging', year: 2028, operating: { old: 1200, new: 1500, delta: 300 }, investment: { old: 0, new: 200, delta: 200 } },
    ]);
    expect(result.summary.budgetTotals).toEqual([{ year: 2028, operating: { old: 1200, new: 1500, delta: 300 }, investment: { old: 0, new: 200, delta: 200 } }]);
    expect(result.changed).toBe(true);
    expect(result.amountUnit).toBe(1000);
  });

  it('reports a retitled goal', () => {
    const result = diffAfter(replace('goals/helse.yaml', 'title: God helse', 'title: God helse hele livet'));
    expect(docs(result)).toEqual([
      { id: 'god-helse', kind: 'Goal', title: 'God helse hele livet', status: 'changed', file: 'goals/helse.yaml', changes: [{ path: 'title', op: 'changed', old: 'God helse', new: 'God helse hele livet' }] },
    ]);
  });

  it('reports a removed indicator, and the goal that no longer names it', () => {
    const result = diffAfter((r) => {
      r.write({
        'indicators/helse.yaml': BASE['indicators/helse.yaml']!.split('---\n')[0]!,
        'goals/helse.yaml': BASE['goals/helse.yaml']!.replace('indicators: [aktive, innleggelser]', 'indicators: [aktive]'),
      });
    });
    expect(docs(result)).toEqual([
      { id: 'god-helse', kind: 'Goal', title: 'God helse', status: 'changed', file: 'goals/helse.yaml', changes: [{ path: 'indicators', op: 'removed', old: 'innleggelser' }] },
      { id: 'innleggelser', kind: 'Indicator', title: 'Reinnleggelser', status: 'removed', file: 'indicators/helse.yaml', changes: [] },
    ]);
    expect(result.counts).toEqual({ added: 0, removed: 1, changed: 1, moved: 0 });
  });

  it('reports an added measure with its budget in the summary', () => {
    const result = diffAfter((r) =>
      r.write({ 'measures/ny.yaml': 'kind: Measure\nid: ny\ntitle: Nytt tiltak\ngoals: [ren-luft]\nstatus: planned\nbudget:\n  - { year: 2027, investment: 900 }\n' }),
    );
    expect(docs(result)).toEqual([{ id: 'ny', kind: 'Measure', title: 'Nytt tiltak', status: 'added', file: 'measures/ny.yaml', changes: [] }]);
    expect(result.summary.measures).toEqual({ added: [{ id: 'ny', title: 'Nytt tiltak' }], removed: [] });
    // Totals are of all measures in the years that changed: hjemmeoppfolging has 1500 + 4000 in 2027.
    expect(result.summary.budgetTotals).toEqual([{ year: 2027, operating: { old: 1500, new: 1500, delta: 0 }, investment: { old: 4000, new: 4900, delta: 900 } }]);
  });

  it('mentions a goal moved to another file as moved, not changed', () => {
    const [first, second] = BASE['goals/helse.yaml']!.split('---\n');
    const result = diffAfter((r) => r.write({ 'goals/helse.yaml': first!, 'goals/miljo.yaml': second! }));
    expect(docs(result)).toEqual([{ id: 'ren-luft', kind: 'Goal', title: 'Ren luft', status: 'moved', file: 'goals/miljo.yaml', from: 'goals/helse.yaml', changes: [] }]);
    expect(result.changed).toBe(false);
    expect(result.counts.moved).toBe(1);
  });

  it('reports a document that moved and changed as changed, with where it came from', () => {
    const [first, second] = BASE['goals/helse.yaml']!.split('---\n');
    const result = diffAfter((r) => r.write({ 'goals/helse.yaml': first!, 'goals/miljo.yaml': second!.replace('title: Ren luft', 'title: Renere luft') }));
    expect(docs(result)).toEqual([
      { id: 'ren-luft', kind: 'Goal', title: 'Renere luft', status: 'changed', file: 'goals/miljo.yaml', from: 'goals/helse.yaml', changes: [{ path: 'title', op: 'changed', old: 'Ren luft', new: 'Renere luft' }] },
    ]);
    expect(result.changed).toBe(true);
  });

  it('sees no change when lists and documents are reordered', () => {
    const result = diffAfter((r) => {
      const [first, second] = BASE['goals/helse.yaml']!.split('---\n');
      r.write({
        'goals/helse.yaml': `${second}---\n${first!.replace('sdgTargets: ["3.4", "3.d"]', 'sdgTargets: ["3.d", "3.4"]').replace('indicators: [aktive, innleggelser]', 'indicators: [innleggelser, aktive]')}`,
        'measures/velferd.yaml': BASE['measures/velferd.yaml']!.replace(
          '  - { year: 2027, operating: 1500, investment: 4000 }\n  - { year: 2028, operating: 1200 }\n',
          '  - { year: 2028, operating: 1200 }\n  - { investment: 4000, year: 2027, operating: 1500 }\n',
        ),
        'plans/kp.yaml': BASE['plans/kp.yaml']!.replace('  - { id: helse, title: Helse }\n  - { id: miljo, title: Miljø }\n', '  - { id: miljo, title: Miljø }\n  - { id: helse, title: Helse }\n'),
      });
    });
    expect(docs(result)).toEqual([]);
    expect(result.changed).toBe(false);
  });

  it('mentions every document of a renamed file as moved', () => {
    const result = diffAfter((r) => r.rename('indicators/helse.yaml', 'indikatorer/helse.yaml'));
    expect(docs(result)).toEqual([
      { id: 'aktive', kind: 'Indicator', title: 'Fysisk aktive', status: 'moved', file: 'indikatorer/helse.yaml', from: 'indicators/helse.yaml', changes: [] },
      { id: 'innleggelser', kind: 'Indicator', title: 'Reinnleggelser', status: 'moved', file: 'indikatorer/helse.yaml', from: 'indicators/helse.yaml', changes: [] },
    ]);
    expect(result.changed).toBe(false);
  });

  it('summarises SDG targets, indicator targets, priority coverage and status changes', () => {
    const result = diffAfter((r) =>
      r.write({
        'goals/helse.yaml': BASE['goals/helse.yaml']!.replace('sdgTargets: ["3.4", "3.d"]', 'sdgTargets: ["3.4", "3.8"]'),
        'indicators/helse.yaml': BASE['indicators/helse.yaml']!.replace('{ year: 2030, value: 50 }', '{ year: 2030, value: 55 }, { year: 2035, value: 60 }'),
        'plans/kp.yaml': BASE['plans/kp.yaml']!.replace('status: draft', 'status: adopted').replace('focusAreas:', 'materiality: vv\nfocusAreas:'),
        'materiality/vv.yaml': 'kind: MaterialityAssessment\nid: vv\ntitle: VV\nthreshold: 8\nentries:\n  - { target: "3.d", significance: 5, influence: 4 }\n  - { target: "3.4", significance: 1, influence: 1 }\n',
      }),
    );
    expect(result.summary.sdgTargets).toEqual([{ id: 'god-helse', title: 'God helse', gained: ['3.8'], lost: ['3.d'] }]);
    expect(result.summary.indicatorTargets).toEqual([
      { id: 'aktive', title: 'Fysisk aktive', year: 2030, old: 50, new: 55 },
      { id: 'aktive', title: 'Fysisk aktive', year: 2035, new: 60 },
    ]);
    expect(result.summary.priorityCoverage).toEqual([{ target: '3.d', prioritised: { old: false, new: true }, goals: { old: ['god-helse'], new: [] } }]);
    expect(result.summary.statuses).toEqual([{ id: 'kp', title: 'Kommuneplan', kind: 'Plan', old: 'draft', new: 'adopted' }]);
    expect(result.head.errors).toBe(0);
  });

  it('leaves a document that fails its schema out of the budget summary (a quoted "1200" is no change to 0)', () => {
    const result = diffAfter(replace('measures/velferd.yaml', '{ year: 2028, operating: 1200 }', '{ year: 2028, operating: "1200" }'));
    expect(result.head.errors).toBeGreaterThan(0);
    expect(docs(result)).toEqual([
      { id: 'hjemmeoppfolging', kind: 'Measure', title: 'Digital hjemmeoppfølging', status: 'changed', file: 'measures/velferd.yaml', changes: [{ path: 'budget[year=2028].operating', op: 'changed', old: 1200, new: '1200' }] },
    ]);
    // The untyped summary read the string as 0 and reported a cut of 1200 in 2028.
    expect(result.summary.budget).toEqual([]);
    expect(result.summary.budgetTotals).toEqual([]);
  });

  it('lists gained and lost SDG targets in the one target order (3.9 before 3.a), not as written', () => {
    const result = diffAfter(replace('goals/helse.yaml', 'sdgTargets: ["3.4", "3.d"]', 'sdgTargets: ["3.a", "3.9"]'));
    expect(result.summary.sdgTargets).toEqual([{ id: 'god-helse', title: 'God helse', gained: ['3.9', '3.a'], lost: ['3.4', '3.d'] }]);
  });

  it('still compares when the head no longer validates, and says which side has errors', () => {
    const result = diffAfter(replace('goals/helse.yaml', 'plan: kp\nfocusArea: helse', 'plan: kp\nfocusArea: helse\ncolour: red'));
    expect(result.base.errors).toBe(0);
    expect(result.head.errors).toBeGreaterThan(0);
    expect(docs(result)).toEqual([{ id: 'god-helse', kind: 'Goal', title: 'God helse', status: 'changed', file: 'goals/helse.yaml', changes: [{ path: 'colour', op: 'added', new: 'red' }] }]);
  });
});
