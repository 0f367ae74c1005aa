import { describe, expect, it } from 'vitest';
import { semanticDiff, type DiffSide } from '../../src/diff/semantic-diff.js';
import type { DiffSnapshot } from '../../src/diff/snapshot.js';
import type { LoadedDocument } from '../../src/load/parse-file.js';
import { Repository, type Entry } from '../../src/model/repository.js';
import { DIFF_FORMATTERS } from '../../src/output/diff/index.js';

/*
 * Spreading a long array into a call (`push(...list)`, `Math.max(...list)`) puts
 * every element on the stack and fails with "Maximum call stack size exceeded"
 * somewhere past 100,000 elements. A big diff must be a big report.
 */

const N = 200_000;

function side(label: string, entries: Entry[]): DiffSide {
  const snapshot: DiffSnapshot = { repo: new Repository(undefined, entries), entries, errorFiles: [], summary: { files: 1, documents: entries.length, errors: 0, warnings: 0 }, okonomiplans: [] };
  return { label, snapshot };
}

/** A measure of measures/big.yaml, built by hand (checking 200,000 keys would test the checks, not the diff). */
function measure(id: string, data: Record<string, unknown>, index = 0): Entry {
  const doc = { source: { path: 'measures/big.yaml' }, index } as LoadedDocument;
  return { id, kind: 'Measure', doc, data: { kind: 'Measure', id, title: id, ...data } as unknown as Entry<'Measure'>['data'], valid: true };
}

function manyKeys(value: number): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < N; i++) data[`k${i}`] = value;
  return data;
}

describe('a 200,000-key diff', { timeout: 60_000 }, () => {
  it('one document with 200,000 changed keys: every format gives a result', () => {
    const result = semanticDiff(side('base', [measure('big', manyKeys(1))]), side('head', [measure('big', manyKeys(2))]));
    expect(result.documents[0]!.changes).toHaveLength(N);
    const text = DIFF_FORMATTERS.text!(result, { locale: 'nb', color: false });
    expect(text.split('\n').filter((l) => l.includes(': 1 → 2'))).toHaveLength(N);
    const md = DIFF_FORMATTERS.md!(result, { locale: 'nb', color: false });
    expect(md).toContain('| `k0` | 1 | 2 |');
    expect(md.length).toBeLessThan(70_000);
    expect(JSON.parse(DIFF_FORMATTERS.json!(result, { locale: 'nb', color: false })).documents[0].changes).toHaveLength(N);
  });

  it('200,000 added documents, and a list of 200,000 scalars and keyed items', () => {
    const added = Array.from({ length: N }, (_, i) => measure(`m${i}`, {}, i));
    const result = semanticDiff(side('base', []), side('head', added));
    expect(result.counts.added).toBe(N);
    expect(DIFF_FORMATTERS.text!(result, { locale: 'nb', color: false }).match(/^\+ /gm)).toHaveLength(N);
    expect(DIFF_FORMATTERS.md!(result, { locale: 'nb', color: false })).toContain('| Dokumenter lagt til | 200000 |');

    const list = (shift: number) => ({
      goals: Array.from({ length: N }, (_, i) => `g${i + shift}`),
      events: Array.from({ length: N }, (_, i) => ({ id: `e${i}`, month: 1 + shift })),
    });
    const lists = semanticDiff(side('base', [measure('l', list(0))]), side('head', [measure('l', list(1))]));
    expect(lists.documents[0]!.changes).toHaveLength(2 + N);
    expect(DIFF_FORMATTERS.md!(lists, { locale: 'nb', color: false })).toContain('| … +');
  });
});
