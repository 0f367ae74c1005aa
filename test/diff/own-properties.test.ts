import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { diffValue, type Change } from '../../src/diff/diff-value.js';
import { semanticDiff, type DiffResult } from '../../src/diff/semantic-diff.js';
import { snapshot } from '../../src/diff/snapshot.js';
import { DIFF_FORMATTERS } from '../../src/output/diff/index.js';

/*
 * Keys named like Object.prototype's members are plain data in a plan file. The
 * diff must see only what the document holds: reading `a[key]` or `key in b`
 * would find `Object`, `Object.prototype.toString`, … on the side without the key.
 */

const KEYS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

function diff(a: unknown, b: unknown): Change[] {
  const out: Change[] = [];
  diffValue('', '', a, b, out);
  return out;
}

/** A mapping as the YAML parsers build it: `__proto__` and friends as own properties. */
function own(entries: Record<string, unknown>): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entries)) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

function diffYaml(before: string, after: string): DiffResult {
  const side = (goal: string) => {
    const files = [
      { path: 'plan.yaml', bytes: Buffer.from('kind: Workspace\nid: t\nname: T\nlocale: en\n') },
      { path: 'plans/kp.yaml', bytes: Buffer.from('kind: Plan\nid: kp\ntitle: KP\ntype: temaplan\n') },
      { path: 'goals/a.yaml', bytes: Buffer.from(`kind: Goal\nid: a\ntitle: A\nplan: kp\n${goal}`) },
    ];
    return { label: 'side', snapshot: snapshot(checkRepository({ files })) };
  };
  return semanticDiff(side(before), side(after));
}

describe('the diff reads own properties only', () => {
  for (const key of KEYS) {
    it(`a key named ${key}: added, removed and changed`, () => {
      const path = key === '__proto__' ? 'meta.__proto__' : `meta.${key}`;
      expect(diff(own({ meta: own({}) }), own({ meta: own({ [key]: 'x' }) }))).toEqual([{ path, op: 'added', new: 'x' }]);
      expect(diff(own({ meta: own({ [key]: 'x' }) }), own({ meta: own({}) }))).toEqual([{ path, op: 'removed', old: 'x' }]);
      expect(diff(own({ meta: own({ [key]: 'x' }) }), own({ meta: own({ [key]: 'y' }) }))).toEqual([{ path, op: 'changed', old: 'x', new: 'y' }]);
      expect(diff(own({ meta: own({ [key]: own({ n: 1 }) }) }), own({ meta: own({}) }))).toEqual([{ path, op: 'removed', old: { n: 1 } }]);
      expect(diff(own({ meta: own({}) }), own({ meta: own({ [key]: own({ n: 1 }) }) }))).toEqual([{ path, op: 'added', new: { n: 1 } }]);
    });

    it(`a list field named ${key} is matched by position or id, never by an inherited key`, () => {
      const list = (v: number) => [own({ id: 'p', v }), own({ id: 'q', v: 0 })];
      expect(diff(own({ [key]: list(1) }), own({ [key]: list(2).reverse() }))).toEqual([{ path: `${key}[id=p].v`, op: 'changed', old: 1, new: 2 }]);
    });
  }

  it('through YAML, the checks and every format: a removed toString and an added constructor are reported as such', () => {
    const result = diffYaml('toString: old text\nhasOwnProperty: 1\n', 'constructor: new text\n__proto__: { polluted: true }\nhasOwnProperty: 2\n');
    expect(result.documents).toHaveLength(1);
    const changes = result.documents[0]!.changes.map((c) => JSON.parse(JSON.stringify(c)));
    expect(changes).toEqual(expect.arrayContaining([
      { path: 'constructor', op: 'added', new: 'new text' },
      { path: '__proto__', op: 'added', new: { polluted: true } },
      { path: 'hasOwnProperty', op: 'changed', old: 1, new: 2 },
      { path: 'toString', op: 'removed', old: 'old text' },
    ]));
    expect(changes).toHaveLength(4);
    for (const [name, format] of Object.entries(DIFF_FORMATTERS)) {
      const text = format(result, { locale: 'nb', color: false });
      expect(text, name).not.toContain('function');
      expect(text, name).not.toContain('[native code]');
      expect(text, name).toContain('old text');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
