import type { Locale } from '../i18n/locale.js';
import type { Trace } from '../model/trace.js';
import { reportLabel as label } from '../i18n/report-label.js';
import { compareTargets } from '../catalog/target-order.js';
import { mdCode, mdText } from '../output/markdown.js';
import { truncate } from '../output/text.js';
import { makeEscaper } from '../output/unsafe.js';

/** A Mermaid node id: a kind prefix and the document id with every other character made safe. */
function nodeId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

// Mermaid's entity codes (`#quot;`, `#35;`) inside a quoted label; `#` itself too, so no text reads as a code.
const mermaidEscape = makeEscaper({ special: { '"': '#quot;', '<': '#lt;', '>': '#gt;', '#': '#35;' }, colon: '#58;', hash: '#35;' });

/** Text inside a quoted Mermaid label: on one line, cut, quotes and markup characters as entity codes. */
function mermaidText(text: string): string {
  return mermaidEscape(truncate(text.replace(/\s+/g, ' '), 60));
}

/**
 * The golden thread as a Mermaid flowchart (left to right: SDG target → goal →
 * indicator / measure → benefit). Prioritised targets are bold; nodes that are
 * part of a gap are red.
 */
export function traceMermaid(trace: Trace): string {
  const lines = ['flowchart LR'];
  const gapIds = new Set([
    ...trace.gaps.targetsWithoutGoals.map((t) => nodeId('T', t.id)),
    ...trace.gaps.goalsWithoutIndicators.map((g) => nodeId('G', g.id)),
    ...trace.gaps.goalsWithoutMeasures.map((g) => nodeId('G', g.id)),
    ...trace.gaps.changeMeasuresWithoutBenefits.map((m) => nodeId('M', m.id)),
  ]);
  const node = (prefix: string, id: string, text: string, shape: 'rect' | 'round' | 'hex' | 'stadium' | 'para') => {
    const t = `"${mermaidText(text)}"`;
    const body = shape === 'round' ? `(${t})` : shape === 'hex' ? `{{${t}}}` : shape === 'stadium' ? `([${t}])` : shape === 'para' ? `[/${t}/]` : `[${t}]`;
    return `  ${nodeId(prefix, id)}${body}`;
  };
  for (const t of [...trace.targets].sort((a, b) => compareTargets(a.id, b.id))) lines.push(node('T', t.id, `${t.id} ${t.title}`, 'hex'));
  for (const g of trace.goals) lines.push(node('G', g.id, g.title, 'rect'));
  const indicators = new Map(trace.goals.flatMap((g) => g.indicators.map((i) => [i.id, i] as const)));
  for (const i of indicators.values()) lines.push(node('I', i.id, i.title, 'para'));
  for (const m of trace.measures) lines.push(node('M', m.id, m.title, 'round'));
  for (const b of trace.measures.flatMap((m) => m.benefits)) lines.push(node('B', b.id, b.title, 'stadium'));
  for (const t of trace.targets) for (const g of t.goals) lines.push(`  ${nodeId('T', t.id)} --> ${nodeId('G', g)}`);
  for (const g of trace.goals) {
    for (const i of g.indicators) lines.push(`  ${nodeId('G', g.id)} --> ${nodeId('I', i.id)}`);
    for (const m of g.measures) lines.push(`  ${nodeId('G', g.id)} --> ${nodeId('M', m)}`);
  }
  for (const m of trace.measures) for (const b of m.benefits) lines.push(`  ${nodeId('M', m.id)} --> ${nodeId('B', b.id)}`);
  lines.push('  classDef prioritised font-weight:bold,stroke:#0b6e4f,stroke-width:2px', '  classDef gap fill:#fde2e1,stroke:#b3261e,stroke-width:2px');
  const prioritised = trace.targets.filter((t) => t.prioritised).map((t) => nodeId('T', t.id));
  if (prioritised.length > 0) lines.push(`  class ${prioritised.join(',')} prioritised`);
  if (gapIds.size > 0) lines.push(`  class ${[...gapIds].join(',')} gap`);
  return lines.join('\n');
}

/** The golden thread as Markdown: the gaps first, then the Mermaid flowchart, then the thread as nested lists; every value escaped. */
export function renderTraceMarkdown(trace: Trace, locale: Locale): string {
  const t = (key: string) => label(locale, key) ?? key;
  const out = [`# ${t('trace.title')}${trace.plan ? `: ${mdText(trace.plan.title)}` : ''}`, '', `## ${t('trace.gaps')}`, ''];
  const gapLists: [string, { id: string; title: string }[]][] = [
    [t('trace.targetWithoutGoal'), trace.gaps.targetsWithoutGoals],
    [t('trace.goalWithoutIndicator'), trace.gaps.goalsWithoutIndicators],
    [t('trace.goalWithoutMeasure'), trace.gaps.goalsWithoutMeasures],
    [t('trace.changeWithoutBenefit'), trace.gaps.changeMeasuresWithoutBenefits],
  ];
  const any = gapLists.some(([, list]) => list.length > 0);
  if (!any) out.push(t('trace.noGaps'), '');
  for (const [heading, list] of gapLists) {
    if (list.length === 0) continue;
    // Item by item, not push(...list): a repository may have more gaps than a call takes arguments.
    out.push(`**${heading}** (${list.length}):`, '');
    for (const x of list) out.push(`- ${mdText(x.title)} (${mdCode(x.id)})`);
    out.push('');
  }
  out.push('```mermaid', traceMermaid(trace), '```', '');
  const goalById = new Map(trace.goals.map((g) => [g.id, g]));
  const measureById = new Map(trace.measures.map((m) => [m.id, m]));
  for (const target of [...trace.targets].sort((a, b) => compareTargets(a.id, b.id))) {
    out.push(`### ${mdText(target.id)} ${mdText(target.title)}${target.prioritised ? ` (${t('goal.prioritised')})` : ''}`, '');
    if (target.goals.length === 0) out.push(`- *${t('trace.targetWithoutGoal')}*`);
    for (const gid of target.goals) {
      const g = goalById.get(gid)!;
      out.push(`- ${t('section.goals')}: **${mdText(g.title)}**`);
      for (const i of g.indicators) out.push(`  - ${t('col.indicator')}: ${mdText(i.title)} — ${t(`status.${i.status}`)}`);
      for (const mid of g.measures) {
        const m = measureById.get(mid)!;
        out.push(`  - ${t('col.measure')}: ${mdText(m.title)}${m.type ? ` (${t(`measureType.${m.type}`)})` : ''}`);
        for (const b of m.benefits) out.push(`    - ${t('trace.benefits')}: ${mdText(b.title)}`);
      }
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
