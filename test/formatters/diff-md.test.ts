import { describe, expect, it } from 'vitest';
import type { DiffResult, DocumentDiff } from '../../src/diff/semantic-diff.js';
import { diffMarkdown, MD_LIMIT, MD_MAX_ROWS } from '../../src/output/diff/md.js';

function result(documents: DocumentDiff[]): DiffResult {
  return {
    base: { label: 'main', commit: 'a'.repeat(40), present: true, files: 1, documents: 1, errors: 0, warnings: 0 },
    head: { label: 'working tree', present: true, files: 1, documents: 1, errors: 2, warnings: 0 },
    changed: documents.length > 0,
    counts: { added: 0, removed: 0, changed: documents.length, moved: 0 },
    documents,
    summary: { budget: [], budgetTotals: [], goals: { added: [], removed: [] }, measures: { added: [], removed: [] }, sdgTargets: [], indicatorTargets: [], priorityCoverage: [], statuses: [] },
    locale: 'en',
    amountUnit: 1,
    currency: 'NOK',
  };
}

function changedGoal(i: number): DocumentDiff {
  const changes = Array.from({ length: 20 }, (_, j) => ({ path: `strategies`, op: 'added' as const, new: `Strategy ${i}.${j} | with a pipe and <html> ${'x'.repeat(60)}` }));
  return { id: `goal-${i}`, kind: 'Goal', title: `Goal ${i}`, status: 'changed', file: `goals/g${i}.yaml`, changes };
}

describe('diffMarkdown', () => {
  it('stays under the limit by leaving out whole sections, with a note saying how many', () => {
    const md = diffMarkdown(result(Array.from({ length: 200 }, (_, i) => changedGoal(i))));
    expect(md.length).toBeLessThan(MD_LIMIT);
    const shown = md.match(/<details>/g)?.length ?? 0;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(200);
    expect(md).toContain(`${200 - shown} more sections are not shown`);
    expect(md.trimEnd().endsWith('for everything.')).toBe(true);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it('prints everything, without a note, when it fits; escapes table cells; warns about a side with errors', () => {
    const md = diffMarkdown(result([changedGoal(1)]));
    expect(md).not.toContain('not shown');
    expect(md).toContain('Strategy 1.0 \\| with a pipe and &lt;html&gt;');
    expect(md).toContain('> [!WARNING]\n> `working tree`: 2 errors — run plan validate');
    expect(md).toContain('**Base:** `main (aaaaaaa)` — 1 file, 1 document, valid');
  });

  it('cuts a section that does not fit by rows, rather than leaving the whole table out', () => {
    const r = result([changedGoal(1)]);
    r.changed = true;
    const title = 'T'.repeat(140);
    r.summary.budget = Array.from({ length: MD_MAX_ROWS }, (_, i) => ({ id: `m-${i}`, title, year: 2027, operating: { old: 0, new: 1, delta: 1 }, investment: { old: 0, new: 0, delta: 0 } }));
    r.summary.statuses = Array.from({ length: MD_MAX_ROWS }, (_, i) => ({ id: `s-${i}`, title, kind: 'Measure', old: 'planned', new: 'ongoing' }));
    const md = diffMarkdown(r);
    expect(md.length).toBeLessThan(MD_LIMIT);
    expect(md).toContain('| `m-199` TTT');
    expect(md).toContain('### Status changes');
    expect(md).toContain('| Measure `s-0` TTT');
    expect(md).toMatch(/\| … \+\d+ \| \| \|\n/);
    expect(md).toContain('2 more sections are not shown');
  });

  it('shows at most MD_MAX_ROWS rows of a summary table, then how many more', () => {
    const r = result([]);
    r.changed = true;
    r.summary.budget = Array.from({ length: MD_MAX_ROWS + 5 }, (_, i) => ({ id: `m-${i}`, year: 2027, operating: { old: 0, new: 1, delta: 1 }, investment: { old: 0, new: 0, delta: 0 } }));
    const md = diffMarkdown(r);
    expect(md).toContain('| `m-199` | 2027 |');
    expect(md).not.toContain('| `m-200` |');
    expect(md).toContain('| … +5 | | | | | |');
  });
});
