import { describe, expect, it } from 'vitest';
import { BASE, checkTree } from '../helpers/tree.js';

/**
 * One run reports every problem of a file (issue 18, item 4): a document that fails its
 * schema in one field still has its references and SDG ids checked in the others.
 */
describe('several unrelated problems in one file', () => {
  const goal = `kind: Goal
id: god-helse
title: God helse
plan: kp
focusArea: helse
sdgTargets: ["3.44"]
indicators: [aktivee]
priority: veldig
`;

  it('three problems, three diagnostics', () => {
    const found = checkTree({ ...BASE, 'goal.yaml': goal }).diagnostics.filter((d) => d.file === 'goal.yaml');
    expect(found.map((d) => [d.rule, d.line])).toEqual([
      ['sdg/unknown-target', 6],
      ['ref/unknown-id', 7],
      ['schema/additional-properties', 8],
    ]);
  });

  it('a field the schema reported on is not reported again by the reference check', () => {
    const bad = goal.replace('plan: kp', 'plan: Kp!').replace('priority: veldig\n', '');
    const found = checkTree({ ...BASE, 'goal.yaml': bad }).diagnostics.filter((d) => d.file === 'goal.yaml');
    expect(found.filter((d) => d.line === 4).map((d) => d.rule)).toEqual(['schema/pattern']);
    expect(found.map((d) => d.rule)).toContain('sdg/unknown-target');
  });

  it('a number where a list of SDG targets belongs is one schema diagnostic', () => {
    const bad = goal.replace('sdgTargets: ["3.44"]', 'sdgTargets: 3').replace('indicators: [aktivee]', 'indicators: [aktive]').replace('priority: veldig\n', '');
    const found = checkTree({ ...BASE, 'goal.yaml': bad }).diagnostics.filter((d) => d.file === 'goal.yaml');
    expect(found.map((d) => d.rule)).toEqual(['schema/type']);
  });
});
