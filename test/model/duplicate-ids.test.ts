import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { traceRepository } from '../../src/model/trace.js';
import { renderTraceMarkdown } from '../../src/output/markdown-views/trace-markdown.js';

const enc = (s: string) => new TextEncoder().encode(s);

/**
 * Found by the long property run (test/property/pipeline.test.ts, seed 20261126): a Plan
 * without a title and a valid Plan with the same id later. The commands offer the valid one
 * (`--plan hp`), and the view took the invalid one from the id index: `plan trace --plan hp`
 * ended in an internal error (exit 2) on the missing title.
 */
describe('an id used twice, first by an invalid document', () => {
  const files = [
    { path: 'plan.yaml', bytes: enc('kind: Workspace\nid: ws\nname: W\n') },
    { path: 'a.yaml', bytes: enc('kind: Plan\nid: hp\ntype: planstrategi\n') },
    { path: 'b.yaml', bytes: enc('kind: Plan\nid: hp\ntitle: Planstrategi\ntype: planstrategi\n') },
  ];

  it('is an error, and the id stands for the valid document', () => {
    const { repo, diagnostics } = checkRepository({ files });
    expect(diagnostics.map((d) => d.rule).sort()).toEqual(['id/duplicate', 'schema/required']);
    expect(repo.get('hp', 'Plan')).toMatchObject({ valid: true, data: { title: 'Planstrategi' } });
  });

  it('traces the valid plan', () => {
    const { repo, catalog } = checkRepository({ files });
    const trace = traceRepository(repo, catalog, 'nb', 'hp');
    expect(trace.plan).toEqual({ id: 'hp', title: 'Planstrategi' });
    expect(renderTraceMarkdown(trace, 'nb')).toMatch(/^# .*: Planstrategi\n/);
  });
});
