import type { Locale } from '../../i18n/locale.js';
import type { Trace, TraceGroup } from '../../model/trace.js';
import { words } from '../../i18n/words.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import { compareTargets } from '../../catalog/target-order.js';
import { mdCode, mdText } from '../markdown.js';
import { truncate } from '../text.js';
import { makeEscaper } from '../unsafe.js';

/** A Mermaid node id: a kind prefix and the document id with every other character made safe. */
function nodeId(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
}

// Mermaid's entity codes (`#quot;`, `#35;`) inside a quoted label; `#` itself too, so no text reads as a code.
const mermaidEscape = makeEscaper({ special: { '"': '#quot;', '<': '#lt;', '>': '#gt;', '#': '#35;' }, colon: '#58;', hash: '#35;' });

/** Most nodes in one graph; a focus area with more is drawn in parts. */
const MAX_NODES = 30;

type Kind = 'target' | 'goal' | 'indicator' | 'measure' | 'benefit';
interface GraphNode {
  kind: Kind;
  id: string;
  key: string;
  title: string;
}

/** The goals, measures and targets of a trace by id, built once a trace: graphOf runs once a part (up to 30 nodes), thousands of times on a large repository. */
const INDEXES = new WeakMap<Trace, { goalById: Map<string, Trace['goals'][number]>; measureById: Map<string, Trace['measures'][number]>; targetById: Map<string, Trace['targets'][number]> }>();

function indexOf(trace: Trace) {
  let index = INDEXES.get(trace);
  if (!index) {
    index = { goalById: new Map(trace.goals.map((g) => [g.id, g])), measureById: new Map(trace.measures.map((m) => [m.id, m])), targetById: new Map(trace.targets.map((t) => [t.id, t])) };
    INDEXES.set(trace, index);
  }
  return index;
}

/**
 * One Mermaid graph of some goals: their targets, indicators, measures and
 * benefits. Nodes are labelled with a short key and the start of their title;
 * `keys` gives every node a key that stays the same across the graphs of a document.
 */
function graphOf(trace: Trace, goalIds: readonly string[], keyOf: (kind: Kind, id: string) => string, gapIds: Set<string>): { code: string; nodes: GraphNode[] } {
  const { goalById, measureById, targetById } = indexOf(trace);
  const nodes = new Map<string, GraphNode>();
  const edges: string[] = [];
  const add = (kind: Kind, id: string, title: string) => {
    const nid = nodeId(PREFIX[kind], id);
    if (!nodes.has(nid)) nodes.set(nid, { kind, id, key: keyOf(kind, id), title });
    return nid;
  };
  for (const gid of goalIds) {
    const g = goalById.get(gid)!;
    const gn = add('goal', g.id, g.title);
    for (const tid of g.sdgTargets) {
      const target = targetById.get(tid);
      if (target) edges.push(`  ${add('target', tid, target.title)} --> ${gn}`);
    }
    for (const i of g.indicators) edges.push(`  ${gn} --> ${add('indicator', i.id, i.title)}`);
    for (const mid of g.measures) {
      const m = measureById.get(mid);
      if (!m) continue;
      const mn = add('measure', m.id, m.title);
      edges.push(`  ${gn} --> ${mn}`);
      for (const b of m.benefits) edges.push(`  ${mn} --> ${add('benefit', b.id, b.title)}`);
    }
  }
  const lines = ['flowchart LR'];
  const order: Kind[] = ['target', 'goal', 'indicator', 'measure', 'benefit'];
  const sorted = [...nodes.entries()].sort(([, a], [, b]) => order.indexOf(a.kind) - order.indexOf(b.kind) || (a.kind === 'target' ? compareTargets(a.id, b.id) : 0));
  for (const [nid, node] of sorted) {
    const text = `"${mermaidEscape(node.key === node.id ? truncate(`${node.id} ${node.title.replace(/\s+/g, ' ')}`, 44) : `${node.key}: ${truncate(node.title.replace(/\s+/g, ' '), 40)}`)}"`;
    const shape = SHAPE[node.kind];
    lines.push(`  ${nid}${shape[0]}${text}${shape[1]}`);
  }
  // Each edge once: a measure of two goals in the graph is one node with two edges in.
  lines.push(...new Set(edges));
  lines.push('  classDef prioritised font-weight:bold,stroke:#0b6e4f,stroke-width:3px', '  classDef gap fill:#fde2e1,stroke:#b3261e,stroke-width:2px');
  const prioritised = sorted.filter(([, node]) => node.kind === 'target' && targetById.get(node.id)?.prioritised).map(([nid]) => nid);
  if (prioritised.length > 0) lines.push(`  class ${prioritised.join(',')} prioritised`);
  const gaps = sorted.filter(([nid]) => gapIds.has(nid)).map(([nid]) => nid);
  if (gaps.length > 0) lines.push(`  class ${gaps.join(',')} gap`);
  return { code: lines.join('\n'), nodes: sorted.map(([, node]) => node) };
}

const PREFIX: Record<Kind, string> = { target: 'T', goal: 'G', indicator: 'I', measure: 'M', benefit: 'B' };
const SHAPE: Record<Kind, [string, string]> = { target: ['{{', '}}'], goal: ['[', ']'], indicator: ['[/', '/]'], measure: ['(', ')'], benefit: ['([', '])'] };

/** How many nodes a goal brings into a graph that already has `seen`. */
function nodesOf(trace: { goal: Trace['goals'][number]; measures: Map<string, Trace['measures'][number]> }, seen: Set<string>): string[] {
  const { goal, measures } = trace;
  const out = [`G:${goal.id}`, ...goal.sdgTargets.map((t) => `T:${t}`), ...goal.indicators.map((i) => `I:${i.id}`)];
  for (const mid of goal.measures) {
    out.push(`M:${mid}`);
    for (const b of measures.get(mid)?.benefits ?? []) out.push(`B:${b.id}`);
  }
  return [...new Set(out)].filter((k) => !seen.has(k));
}

/** The goals of a group split into parts of at most MAX_NODES nodes each (a goal with more is a part of its own). */
function partsOf(trace: Trace, goalIds: readonly string[]): string[][] {
  const goalById = new Map(trace.goals.map((g) => [g.id, g]));
  const measures = new Map(trace.measures.map((m) => [m.id, m]));
  const parts: string[][] = [];
  let part: string[] = [];
  let seen = new Set<string>();
  for (const gid of goalIds) {
    const goal = goalById.get(gid);
    if (!goal) continue;
    let extra = nodesOf({ goal, measures }, seen);
    if (part.length > 0 && seen.size + extra.length > MAX_NODES) {
      parts.push(part);
      [part, seen] = [[], new Set()];
      extra = nodesOf({ goal, measures }, seen);
    }
    part.push(gid);
    for (const k of extra) seen.add(k);
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/**
 * The golden thread as Mermaid graphs, one per focus area (in parts of at most
 * MAX_NODES nodes), each followed by a table of its nodes with their full titles.
 */
function traceGraphs(trace: Trace, groups: readonly TraceGroup[], locale: Locale): string[] {
  const w = words(locale).matrixTrace;
  const gapIds = new Set([
    ...trace.gaps.goalsWithoutIndicators.map((g) => nodeId('G', g.id)),
    ...trace.gaps.goalsWithoutMeasures.map((g) => nodeId('G', g.id)),
    ...trace.gaps.changeMeasuresWithoutBenefits.map((m) => nodeId('M', m.id)),
  ]);
  const keys = new Map<string, string>();
  const counts = new Map<Kind, number>();
  const keyOf = (kind: Kind, id: string) => {
    if (kind === 'target') return id;
    const k = `${kind}:${id}`;
    let key = keys.get(k);
    if (key === undefined) {
      const count = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, count);
      keys.set(k, (key = `${w.keyOf[kind]}${count}`));
    }
    return key;
  };
  const out = [`## ${w.traceGraphs}`, '', `**${w.traceLegend}:** ${w.traceShapes}`, ''];
  for (const group of groups) {
    const parts = partsOf(trace, group.goals);
    const title = group.title ?? w.withoutFocusArea;
    parts.forEach((goals, i) => {
      const { code, nodes } = graphOf(trace, goals, keyOf, gapIds);
      out.push(`### ${mdText(parts.length > 1 ? w.part(title, i + 1, parts.length) : title)}`, '', '```mermaid', code, '```', '');
      out.push(`| ${w.colKey} | ${w.colKind} | ${label(locale, 'col.title') ?? 'Title'} |`, '|---|---|---|');
      for (const node of nodes) out.push(`| ${mdText(node.key)} | ${w.kindOf[node.kind]} | ${mdText(node.title)} |`);
      out.push('');
    });
  }
  return out;
}

/** The golden thread as Markdown: the gaps first, then a Mermaid graph and a table of full titles per focus area, then the thread as nested lists; every value escaped. */
export function renderTraceMarkdown(trace: Trace, locale: Locale, groups?: readonly TraceGroup[]): string {
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
  // One graph per focus area (given by the command), or of all goals; a graph of 100 nodes is unreadable.
  out.push(...traceGraphs(trace, groups ?? [{ id: null, title: t('section.goals'), goals: trace.goals.map((g) => g.id) }], locale));
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
