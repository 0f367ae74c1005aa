import { describe, expect, it } from 'vitest';
import { someOf } from '../../src/diagnostics/suggest.js';
import { edit } from '../helpers/rule-cases.js';
import { BASE, checkTree } from '../helpers/tree.js';

/**
 * Hints that list what would have been right (units, focus areas, keys, kinds, values)
 * show a few entries and "… and N more": a hint that listed them all repeated the whole
 * list in every diagnostic, and 20,000 unknown unit references to a 20,000-unit
 * Workspace ran out of memory (issue 13, finding 5).
 */

const pad = (i: number) => String(i).padStart(5, '0');

describe('hints with lists', () => {
  it('name a few units, whatever the size of the Workspace', () => {
    const units = Array.from({ length: 5000 }, (_, i) => `  - { id: enhet-${pad(i)}, title: E }`).join('\n');
    const measures = Array.from({ length: 5000 }, (_, i) => `kind: Measure\nid: tiltak-${pad(i)}\ntitle: T\nplan: hp\ngoals: [god-helse]\nresponsible: zzzzz-${pad(i)}\n`).join('---\n');
    const tree = { ...BASE, 'plan.yaml': BASE['plan.yaml']!.replace('units:\n  - { id: velferd, title: Velferd }', `units:\n  - { id: velferd, title: Velferd }\n${units}`), 'many.yaml': measures };
    const unknown = checkTree(tree).diagnostics.filter((d) => d.file === 'many.yaml');
    expect(unknown.length).toBe(5000);
    expect(unknown.every((d) => d.rule === 'ref/unknown-id')).toBe(true);
    expect(unknown[0]!.hint).toBe('units of the Workspace: velferd, enhet-00000, enhet-00001, enhet-00002, enhet-00003, enhet-00004, enhet-00005, enhet-00006 … and 4993 more');
    expect(Math.max(...unknown.map((d) => d.hint!.length))).toBeLessThan(200);
  });

  it('name a few focus areas of the plan', () => {
    const areas = Array.from({ length: 1000 }, (_, i) => `  - { id: omrade-${pad(i)}, title: O }`).join('\n');
    const tree = { ...edit('plans.yaml', '  - { id: helse, title: Helse }', `  - { id: helse, title: Helse }\n${areas}`), 'goal.yaml': BASE['goal.yaml']!.replace('focusArea: helse', 'focusArea: zzzzzzzzzzzz') };
    const [d] = checkTree(tree).diagnostics.filter((x) => x.file === 'goal.yaml');
    expect(d).toMatchObject({ rule: 'ref/unknown-id', hint: 'its focus areas: helse, omrade-00000, omrade-00001, omrade-00002, omrade-00003, omrade-00004, omrade-00005, omrade-00006 … and 993 more' });
  });

  it('name a few allowed keys, kinds and rules', () => {
    const key = checkTree(edit('goal.yaml', 'title: God helse', 'title: God helse\nzzzzzzzzzzzzzzzz: 1')).diagnostics[0]!;
    expect(key.rule).toBe('schema/additional-properties');
    expect(key.hint).toMatch(/^allowed keys: kind, id, title, (\w+, ){4}\w+ … and \d+ more; keys starting with "x-" are kept for your own data$/);
    const kind = checkTree(edit('goal.yaml', 'kind: Goal', 'kind: Zzzzzzzzzzzzzzz')).diagnostics.find((d) => d.rule === 'schema/kind')!;
    expect(kind.hint).toMatch(/^one of: Workspace, MaterialityAssessment, Plan, Goal, Indicator, Measure, Benefit, Calendar … and \d+ more$/);
    const rule = checkTree(edit('plan.yaml', 'amountUnit: 1000', 'amountUnit: 1000\nrules: { zzzzzzzzzzzzzzzzzz: off }')).diagnostics[0]!;
    expect(rule.hint).toMatch(/^configurable rules: ([a-z-]+, ){7}[a-z-]+ … and \d+ more$/);
  });

  it('someOf shows all of a short list and counts the rest of a long one', () => {
    expect(someOf(['a', 'b'])).toBe('a, b');
    expect(someOf(new Set(['a', 'b', 'c']), 2)).toBe('a, b … and 1 more');
    expect(someOf([])).toBe('');
  });
});

describe('parent cycles', () => {
  it('a cycle of 2,000 goals is one diagnostic, found in one walk', () => {
    // Each goal started a walk along the chain with a linear search per step: cubic.
    const goals = Array.from({ length: 2000 }, (_, i) => `kind: Goal\nid: mal-${pad(i)}\ntitle: M\nplan: kp\nparent: mal-${pad((i + 1) % 2000)}\nindicators: [aktive]\n`).join('---\n');
    const cycles = checkTree({ ...BASE, 'cycle.yaml': goals }).diagnostics.filter((d) => d.rule === 'ref/cycle');
    expect(cycles.map((d) => [d.file, d.line])).toEqual([['cycle.yaml', 5]]);
    expect(cycles[0]!.message).toMatch(/^goal parents form a cycle: mal-00000 → mal-00001 → .* → mal-01999 → mal-00000$/);
  });
});
