import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { benefitMapMermaid, benefitMapSvg } from '../../src/model/status-report/gevinstkart.js';
import { buildBenefitPlan } from '../../src/model/status-report/gevinstplan.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { run } from '../helpers/run.js';

const EXAMPLE = fileURLToPath(new URL('../../examples/nye-asker/', import.meta.url));
const { repo } = checkRepository(loadRepository(EXAMPLE));
const plan = buildBenefitPlan(repo, repo.get('handlingsprogram-2027-2030', 'Plan')!, 'nb');

describe('the gevinstrealiseringsplan of the example', () => {
  it('gives each benefit its owner, baseline from the indicator, target, date and the history from the reports', () => {
    const row = plan.focusAreas.flatMap((a) => a.benefits).find((b) => b.id === 'faerre-reinnleggelser')!;
    expect(row).toMatchObject({ owner: 'Velferd', baseline: '16,8 (2019)', target: '12 (2029)', realizedBy: '31. desember 2029', measure: { id: 'digital-hjemmeoppfolging' } });
    expect(row.history.map((h) => [h.asOf, h.statusText])).toEqual([
      ['30.04.2027', 'Planlagt'],
      ['31.08.2027', 'Planlagt'],
    ]);
    const lower = plan.focusAreas.flatMap((a) => a.benefits).find((b) => b.id === 'lavere-utslipp-bygg-og-anlegg')!;
    expect(lower.history.map((h) => h.asOf)).toEqual(['31.08.2027']);
  });

  it('puts every benefit of the plan in one focus area, each map holding only its own', () => {
    const all = plan.focusAreas.flatMap((a) => a.benefits.map((b) => b.id)).sort();
    expect(all).toEqual(['faerre-reinnleggelser', 'flere-boliger-i-sentrum', 'flere-gaende-og-syklende', 'flere-hele-stillinger', 'kortere-reisetid-vollen', 'lavere-driftskostnader', 'lavere-utslipp-bygg-og-anlegg', 'raskere-soknadsbehandling']);
    for (const area of plan.focusAreas) {
      const benefitNodes = area.map.nodes.filter((n) => n.column === 2).map((n) => n.id);
      expect(benefitNodes).toEqual(area.benefits.map((b) => `b-${b.id}`));
    }
  });

  it('draws measure → change → benefit → goal in Mermaid and SVG', () => {
    const area = plan.focusAreas[0]!;
    expect(benefitMapMermaid(area.map)).toBe(
      [
        'flowchart LR',
        '  n0["Digital hjemmeoppfølging for kronisk syke"]',
        '  n1("Pasientene følges opp hjemme med digitale målinger i stedet for på legevakt og sykehus.")',
        '  n2(["Færre reinnleggelser av kronisk syke eldre"])',
        '  n3[["Flere eldre mestrer hverdagen og bor trygt hjemme lenger"]]',
        '  n4[["Innbyggerne har god helse og livskvalitet gjennom hele livet"]]',
        '  n0 --> n1',
        '  n1 --> n2',
        '  n2 --> n3',
        '  n2 --> n4',
        '',
      ].join('\n'),
    );
    const svg = benefitMapSvg(area.map, 'Gevinstkart');
    expect(svg.match(/<rect /g)).toHaveLength(5);
    expect(svg.match(/<line /g)).toHaveLength(4);
  });

  it('keeps a label from breaking out of Mermaid or SVG', () => {
    const map = { nodes: [{ id: 'a', column: 0 as const, label: 'a"]\n--> x ```<script>' }], edges: [] };
    const line = benefitMapMermaid(map).split('\n')[1]!;
    // One line, one pair of quotes, no backticks or angle brackets: the fence and the label stay closed.
    expect(line.startsWith('  n0["') && line.endsWith('"]')).toBe(true);
    expect(line.slice(6, -2)).not.toMatch(/["`<>\n]/);
    expect(benefitMapSvg(map, 't')).not.toContain('<script>');
  });

  it('plan report gevinstplan renders md and html', async () => {
    for (const format of ['md', 'html']) {
      const r = await run(['report', 'gevinstplan', '--format', format]);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toContain(format === 'md' ? '```mermaid\nflowchart LR' : '<svg');
    }
  });
});
