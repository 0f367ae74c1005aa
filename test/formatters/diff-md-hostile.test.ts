import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { snapshot } from '../../src/diff/snapshot.js';
import { semanticDiff } from '../../src/diff/semantic-diff.js';
import { diffMarkdown, MD_LIMIT } from '../../src/output/diff/md.js';

/*
 * Issue 13, finding 7: the sticky pull-request comment (`plan diff --format md`) built
 * from a pull request that tries to inject Markdown and HTML, hide the rest of the
 * comment, mention people and push the budget table out with one long title.
 */
const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(text) });
const WORKSPACE = file('plan.yaml', 'kind: Workspace\nid: test\nname: Testkommune\nunits: [ { id: velferd, title: Velferd } ]\n');
const PLANS = file('plans.yaml', 'kind: Plan\nid: kp\ntitle: Kommuneplan\ntype: kommuneplan-samfunnsdel\nfocusAreas: [ { id: helse, title: Helse } ]\n---\nkind: Plan\nid: hp\ntitle: HP\ntype: handlingsprogram\nparent: kp\nperiod: { start: 2027, end: 2030 }\n');
const measure = (title: string, operating: number, status: string) =>
  `kind: Measure\nid: tiltak\ntitle: ${JSON.stringify(title)}\nplan: hp\ngoals: [mal]\nresponsible: velferd\nstatus: ${JSON.stringify(status)}\nbudget: [ { year: 2027, operating: ${operating} } ]\n`;
// A status no schema allows: the plan is broken on the head side, its values arrive as written.
const PLANS_HEAD = file('plans.yaml', new TextDecoder().decode(PLANS.bytes).replace('type: handlingsprogram\n', 'type: handlingsprogram\nstatus: "adopted\\n<!--"\n'));
const goal = (title: string, extra: string) => `kind: Goal\nid: mal\ntitle: ${JSON.stringify(title)}\nplan: kp\nfocusArea: helse\n${extra}`;

const LONG = `Langt tiltak ${'x'.repeat(70_000)}`;
const base = snapshot(checkRepository({ files: [WORKSPACE, PLANS, file('m.yaml', measure('Tiltak', 100, 'planned')), file('g.yaml', goal('Mål', 'sdgTargets: ["3.4"]\n'))] }));
const diff = (measureTitle: string) =>
  diffMarkdown(
    semanticDiff(
      { label: 'main', snapshot: base },
      {
        label: 'pr',
        snapshot: snapshot(
          checkRepository({
            files: [
              WORKSPACE,
              PLANS_HEAD,
              file('m.yaml', measure(measureTitle, 250, 'ongoing')),
              file('g.yaml', goal('Mål for @kari og @asker/planteam\n\n<script>alert(1)</script>', 'sdgTargets: ["3.4|<img src=x onerror=alert(1)>"]\nx-a|<img src=x onerror=alert(2)>: 1\n')),
            ],
          }),
        ),
      },
    ),
  );
const md = diff('Tiltak | <b>ny</b>');
const long = diff(LONG);

describe('plan diff --format md on a hostile pull request', () => {
  it('stays under the comment limit and keeps the budget table despite a 70,000-character title', () => {
    expect(long.length).toBeLessThan(MD_LIMIT);
    expect(long).toContain('### Budsjettendringer');
    expect(long).toMatch(/\| `tiltak` Langt tiltak x+… \| 2027 \| 100 → 250 \| \*\*\+150\*\* \|/);
    expect(long).not.toContain('x'.repeat(1000));
  });

  it('lets no value through as HTML: no <img>, <script> or <!-- from the repository', () => {
    for (const text of [md, long]) expect(text).not.toMatch(/<img|<script|<!--|<b>/);
    expect(md).toContain('&lt;img src');
  });

  it('keeps every table row at the number of cells of its header, whatever | the values hold', () => {
    const lines = md.split('\n');
    const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;
    let tables = 0;
    for (let i = 1; i < lines.length; i++) {
      if (!/^\| (---|:?-+:?)/.test(lines[i]!)) continue;
      tables++;
      const width = cells(lines[i - 1]!);
      for (let j = i + 1; j < lines.length && lines[j] !== '' && !lines[j]!.startsWith('</details>'); j++) {
        expect(lines[j]!.startsWith('|') && lines[j]!.endsWith('|') ? cells(lines[j]!) : -1, lines[j]).toBe(width);
      }
    }
    expect(tables).toBeGreaterThan(3);
    expect(md).toContain('x-a');
  });

  it('keeps each <details><summary> on one line, so a blank line in a title cannot end the HTML block', () => {
    const summaries = md.split('\n').filter((l) => l.startsWith('<details>'));
    expect(summaries.length).toBeGreaterThan(0);
    for (const line of summaries) expect(line).toMatch(/<\/summary>$/);
    expect(md.match(/<details>/g)?.length).toBe(md.match(/<\/details>/g)?.length);
  });

  it('mentions nobody', () => {
    expect(md).not.toMatch(/@(?!&#8203;)[A-Za-z]/);
    expect(md).toContain('@&#8203;asker/planteam');
  });

  it('escapes ids, statuses and SDG values; a broken document shows in the details only', () => {
    expect(md).toMatch(/^\| Tiltak `tiltak` Tiltak \\\| &lt;b&gt;ny&lt;\/b&gt; \| Planlagt \| Pågår \|$/m);
    // The plan's status fails its schema: the summary leaves the plan out, its details show the value escaped.
    expect(md).not.toMatch(/^\| Plan `hp`/m);
    expect(md).toMatch(/^\| `status` \| +\| adopted.*&lt;!-- \|$/m);
    expect(md).toMatch(/^\| `mal` .* \| 3\.4\\\|&lt;img src=x onerror=alert\(1\)&gt; \| 3\.4 \|$/m);
  });
});
