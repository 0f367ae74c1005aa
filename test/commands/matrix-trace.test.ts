import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { docsOfKind } from '../helpers/example-data.js';
import { run } from '../helpers/run.js';

describe('plan matrix', () => {
  const assessment = docsOfKind('MaterialityAssessment')[0]!;

  it('prints the SVG by default', async () => {
    const r = await run(['matrix']);
    expect(r.code).toBe(0);
    expect(XMLValidator.validate(r.stdout)).toBe(true);
    expect(r.stdout).toContain(assessment.title);
  });

  it('prints a Markdown table with every entry, highest score first', async () => {
    const r = await run(['matrix', '--format', 'md', '--assessment', assessment.id]);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\| (\*\*)?\d/.test(l));
    expect(rows).toHaveLength(assessment.entries.length);
    const sums = rows.map((l) => Number(l.split('|')[5]!.trim()));
    expect(sums).toEqual([...sums].sort((a, b) => b - a));
    const prioritised = assessment.entries.filter((e: any) => e.priority ?? e.significance + e.influence >= assessment.threshold);
    expect(rows.filter((l) => l.startsWith('| **'))).toHaveLength(prioritised.length);
  });

  it('says which assessments exist when the id is wrong', async () => {
    const r = await run(['matrix', '--assessment', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(assessment.id);
  });
});

describe('plan trace', () => {
  it('lists the gaps of the golden thread and draws it in Mermaid', async () => {
    const r = await run(['trace']);
    expect(r.code).toBe(0);
    const graphs = [...r.stdout.matchAll(/```mermaid\n([\s\S]*?)```\n\n(\| [\s\S]*?)\n\n/g)];
    // One graph per focus area of kommuneplan-2040, none of them crowded, each with a table of its nodes.
    expect(graphs.length).toBeGreaterThanOrEqual(6);
    let edgeCount = 0;
    for (const [, mermaid, table] of graphs) {
      expect(mermaid!.startsWith('flowchart LR\n')).toBe(true);
      // Every edge joins two declared nodes.
      const declared = new Set([...mermaid!.matchAll(/^ {2}([A-Z]_\w+)[[({]/gm)].map((m) => m[1]));
      expect(declared.size).toBeLessThanOrEqual(30);
      const edges = [...mermaid!.matchAll(/^ {2}(\w+) --> (\w+)$/gm)];
      edgeCount += edges.length;
      for (const [, from, to] of edges) {
        expect(declared.has(from)).toBe(true);
        expect(declared.has(to)).toBe(true);
      }
      // The table has a row per node, with the full title.
      expect(table!.split('\n').length - 2).toBe(declared.size);
    }
    expect(edgeCount).toBeGreaterThan(20);
    for (const g of docsOfKind('Goal')) if (g.plan === 'kommuneplan-2040') expect(r.stdout).toContain(`| ${g.title} |`);
    expect(r.stdout).toContain('Sekskant: bærekraftsdelmål');
    // Gaps the test finds in the YAML itself.
    const goals = docsOfKind('Goal');
    const measures = docsOfKind('Measure');
    const benefits = docsOfKind('Benefit');
    const withoutMeasure = goals.filter((g) => !measures.some((m) => m.goals.includes(g.id)));
    const changeWithoutBenefit = measures.filter((m) => m.type === 'change' && !benefits.some((b) => b.measure === m.id));
    expect(withoutMeasure.length + changeWithoutBenefit.length).toBeGreaterThan(0);
    const gaps = r.stdout.slice(0, r.stdout.indexOf('```mermaid'));
    for (const x of [...withoutMeasure, ...changeWithoutBenefit]) expect(gaps).toContain(`(\`${x.id}\`)`);
  });

  it('prints JSON with the same gaps', async () => {
    const r = await run(['trace', '--format', 'json', '--plan', 'handlingsprogram-2027-2030']);
    expect(r.code).toBe(0);
    const trace = JSON.parse(r.stdout);
    expect(trace.plan.id).toBe('handlingsprogram-2027-2030');
    expect(Object.keys(trace.gaps)).toEqual(['targetsWithoutGoals', 'goalsWithoutIndicators', 'goalsWithoutMeasures', 'changeMeasuresWithoutBenefits']);
    const measureIds = new Set(docsOfKind('Measure').filter((m) => m.plan === 'handlingsprogram-2027-2030').map((m) => m.id));
    expect(new Set(trace.measures.map((m: { id: string }) => m.id))).toEqual(measureIds);
  });
});
