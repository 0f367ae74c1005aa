import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { snapshot } from '../../src/diff/snapshot.js';
import { semanticDiff } from '../../src/diff/semantic-diff.js';
import { diffText } from '../../src/output/diff/text.js';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const WORKSPACE = file('plan.yaml', 'kind: Workspace\nid: test\nname: Testkommune\n');
const PLAN = file('plans/kp.yaml', 'kind: Plan\nid: kp\ntitle: Kommuneplan\ntype: kommuneplan-samfunnsdel\nstatus: draft\nfocusAreas:\n  - { id: helse, title: Helse }\n');
const goal = (id: string, title: string) => `kind: Goal\nid: ${id}\ntitle: ${title}\nplan: kp\nfocusArea: helse\n`;

describe('plan diff text and control characters', () => {
  // YAML double-quoted escapes: \e is ESC (clear screen: ESC[2J), \a is BEL.
  const base = snapshot(checkRepository({ files: [WORKSPACE, PLAN, file('goals/a.yaml', goal('a', 'God helse'))] }));
  const head = snapshot(
    checkRepository({ files: [WORKSPACE, PLAN, file('goals/a.yaml', `${goal('a', '"God helse\\e[2J"')}---\n${goal('b', '"Ren luft\\a"')}`)] }),
  );
  const result = semanticDiff({ label: 'base', snapshot: base }, { label: 'head', snapshot: head });

  it('escapes control characters from YAML values, as plan validate does', () => {
    const text = diffText(result, { color: false });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(text).toContain('God helse\\u001b[2J'); // the changed title
    expect(text).toContain('Ren luft\\u0007'); // the added goal, in the summary
  });

  it('leaves only its own colour codes when coloured', () => {
    const coloured = diffText(result, { color: true });
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(diffText(result, { color: false }));
  });
});

describe('plan diff text and CI logging commands', () => {
  // A Goal whose id, title and SDG targets speak to the CI runner; its id fails the schema, so it arrives as written.
  const evil = `kind: Goal\nid: "::add-mask::a"\ntitle: "x\\n::stop-commands::tok\\n##[group]y"\nplan: kp\nfocusArea: helse\nsdgTargets: ["::warning::z", "##vso[task.setvariable variable=PATH]/tmp"]\n`;
  const base = snapshot(checkRepository({ files: [WORKSPACE, PLAN, file('goals/a.yaml', goal('a', 'God helse'))] }));
  const head = snapshot(checkRepository({ files: [WORKSPACE, PLAN, file('goals/a.yaml', goal('a', 'God helse')), file('goals/::x.yaml', evil)] }));
  const text = diffText(semanticDiff({ label: 'base', snapshot: base }, { label: 'head', snapshot: head }), { color: false });

  it('starts no line with a value and breaks :: and ##[ everywhere', () => {
    expect(text).toContain('add-mask');
    for (const line of text.split('\n')) expect(line.trimStart(), line).not.toMatch(/^(::|##|x\b)/);
    expect(text).not.toMatch(/::|##\[|##vso\[/);
  });
});
