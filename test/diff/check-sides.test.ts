import { describe, expect, it } from 'vitest';
import type { CheckInput } from '../../src/check/check-repository.js';
import { checkSides } from '../../src/diff/check-sides.js';
import { semanticDiff } from '../../src/diff/semantic-diff.js';
import { snapshot } from '../../src/diff/snapshot.js';
import { loadProject } from '../../src/project/load-project.js';
import { BASE, type Tree } from '../helpers/tree.js';

/** A side as git-source.ts gives it: plan.yaml first, every file its own bytes. */
function input(tree: Tree, extra: Partial<CheckInput> = {}): CheckInput {
  const files = Object.keys(tree)
    .sort((a, b) => (a === 'plan.yaml' ? -1 : b === 'plan.yaml' ? 1 : a < b ? -1 : 1))
    .map((path) => ({ path, bytes: Buffer.from(tree[path]!, 'utf8') }));
  return { files, ...extra };
}

/** Each side checked on its own, as before the sides shared their parsed files. */
function alone(base: CheckInput, head: CheckInput, locale: 'nb' | 'en') {
  return [snapshot(loadProject(base, { locale })), snapshot(loadProject(head, { locale }))] as const;
}

const comparable = (s: ReturnType<typeof snapshot> | undefined) => ({
  entries: s?.entries.map((e) => [e.kind, e.id, e.valid, e.data, e.doc.source.path, e.doc.index]),
  errorFiles: s?.errorFiles,
  summary: s?.summary,
});

// The base tree, with a YAML error and a schema error in files both sides keep unchanged.
const BASE_SIDE: Tree = {
  ...BASE,
  'broken.yaml': 'kind: Goal\nid: broken\ntitle: [unclosed\n',
  'bad-schema.yaml': 'kind: Goal\nid: bad-schema\ntitle: 42\nplan: kp\nwhatever: 1\n',
};
const HEAD_SIDE: Tree = { ...BASE_SIDE, 'measure.yaml': BASE['measure.yaml']!.replace('operating: 1500', 'operating: 1700') };

describe('checkSides: the base side takes the head side’s parse of unchanged files', () => {
  it('gives what checking each side alone gives: diagnostics, entries, errors, summary and the diff', () => {
    for (const locale of ['nb', 'en'] as const) {
      const [base, head] = checkSides(input(BASE_SIDE), input(HEAD_SIDE), locale);
      const [baseAlone, headAlone] = alone(input(BASE_SIDE), input(HEAD_SIDE), locale);
      expect(comparable(base)).toEqual(comparable(baseAlone));
      expect(comparable(head)).toEqual(comparable(headAlone));
      // The shared files with a YAML error and a schema error count on both sides, as alone.
      expect(base!.errorFiles).toEqual(expect.arrayContaining(['broken.yaml', 'bad-schema.yaml']));
      expect(head!.errorFiles).toEqual(base!.errorFiles);
      expect(head!.summary.errors).toBeGreaterThan(0);
      const shared = semanticDiff({ label: 'base', snapshot: base! }, { label: 'head', snapshot: head! });
      const separate = semanticDiff({ label: 'base', snapshot: baseAlone }, { label: 'head', snapshot: headAlone });
      expect(shared).toEqual(separate);
      expect(shared.documents.map((d) => [d.id, d.status])).toEqual([['tiltak', 'changed']]);
    }
  });

  it('shares the parsed documents of files with the same path and bytes, and no others', () => {
    const [base, head] = checkSides(input(BASE_SIDE), input(HEAD_SIDE), 'nb');
    const doc = (s: typeof base, id: string) => s!.entries.find((e) => e.id === id)!;
    expect(doc(base, 'god-helse').data).toBe(doc(head, 'god-helse').data);
    expect(doc(base, 'tiltak').data).not.toBe(doc(head, 'tiltak').data);
    // The same bytes under another path are another file: its documents know their path.
    const moved: Tree = { ...HEAD_SIDE, 'goals/god-helse.yaml': HEAD_SIDE['goal.yaml']! };
    delete moved['goal.yaml'];
    const [b2, h2] = checkSides(input(BASE_SIDE), input(moved), 'nb');
    expect(doc(b2, 'god-helse').data).not.toBe(doc(h2, 'god-helse').data);
    expect(doc(h2, 'god-helse').doc.source.path).toBe('goals/god-helse.yaml');
    expect(doc(b2, 'god-helse').doc.source.path).toBe('goal.yaml');
  });

  it('parses every base file anew when the sides read YAML with different alias limits, or without a run locale', () => {
    const [base, head] = checkSides(input(BASE_SIDE, { maxAliasCount: 5 }), input(HEAD_SIDE), 'nb');
    const id = (s: typeof base) => s!.entries.find((e) => e.id === 'god-helse')!.data;
    expect(id(base)).not.toBe(id(head));
    const [b2, h2] = checkSides(input(BASE_SIDE), input(HEAD_SIDE));
    expect(id(b2)).not.toBe(id(h2));
    expect(id(b2)).toEqual(id(h2));
  });
});
