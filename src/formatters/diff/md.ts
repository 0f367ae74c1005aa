import type { DiffResult, DocumentDiff } from '../../diff/semantic-diff.js';
import { amountUnitText, diffLabels, type DiffLabels } from './labels.js';
import { numberFormat, sideHealth, sideName, valueText } from './shared.js';

/** GitHub rejects comments over 65,536 characters; stay below with room to spare. */
export const MD_LIMIT = 65_000;

/**
 * Markdown for a pull request comment or a job summary: who is compared, a
 * summary table, the budget delta table and the other reviewer sections, then
 * each document's changes in a collapsible section. Sections that would pass
 * `limit` characters are left out, with a note saying how many.
 */
export function diffMarkdown(result: DiffResult, limit = MD_LIMIT): string {
  const l = diffLabels(result.locale);
  const blocks = [header(result, l), ...summaryBlocks(result, l)];
  if (result.documents.length > 0) blocks.push(`### ${l.details}\n`);
  // A loop, not push(...): 200,000 documents as arguments overflow the stack.
  for (const d of result.documents) blocks.push(details(d, result, l));
  let out = '';
  for (let i = 0; i < blocks.length; i++) {
    const block = `${blocks[i]}\n`;
    const rest = blocks.length - i - 1;
    // Keep room for the note whenever something may still follow.
    const reserve = rest > 0 ? 400 : 0;
    if (out.length + block.length + reserve > limit) {
      return `${out}> [!NOTE]\n> ${l.truncated(blocks.length - i)}\n`;
    }
    out += block;
  }
  return out;
}

function header(result: DiffResult, l: DiffLabels): string {
  const { added, removed, changed, moved } = result.counts;
  const lines = [
    `## ${l.title}`,
    '',
    `**${l.base}:** \`${sideName(result.base, l)}\` — ${sideHealth(result.base, l)}  `,
    `**${l.head}:** \`${sideName(result.head, l)}\` — ${sideHealth(result.head, l)}`,
    '',
  ];
  for (const side of [result.base, result.head]) {
    if (side.errors > 0) lines.push(`> [!WARNING]\n> \`${sideName(side, l)}\`: ${l.errors(side.errors)} — ${l.runValidate}\n`);
  }
  if (!result.changed) {
    lines.push(`${l.noChanges}${moved > 0 ? ` (${moved} ${l.moved})` : ''}.`, '');
    return lines.join('\n');
  }
  lines.push(`| ${l.summary} | |`, '| --- | ---: |');
  const s = result.summary;
  const rows: [string, number][] = [
    [`${l.documents} ${l.added}`, added],
    [`${l.documents} ${l.removed}`, removed],
    [`${l.documents} ${l.changed}`, changed],
    [`${l.documents} ${l.moved}`, moved],
    [l.goalsAdded, s.goals.added.length],
    [l.goalsRemoved, s.goals.removed.length],
    [l.measuresAdded, s.measures.added.length],
    [l.measuresRemoved, s.measures.removed.length],
    [l.budget, s.budget.length],
    [l.sdgTargets, s.sdgTargets.length],
    [l.indicatorTargets, s.indicatorTargets.length],
    [l.priorityCoverage, s.priorityCoverage.length],
    [l.statuses, s.statuses.length],
  ];
  for (const [label, n] of rows) if (n > 0) lines.push(`| ${cell(capitalise(label))} | ${n} |`);
  lines.push('');
  return lines.join('\n');
}

function summaryBlocks(result: DiffResult, l: DiffLabels): string[] {
  const s = result.summary;
  const fmt = numberFormat(result.locale);
  const blocks: string[] = [];
  if (s.budget.length > 0) {
    const money = (d: { old: number; new: number; delta: number }) => (d.delta === 0 ? `${fmt(d.new)} |` : `${fmt(d.old)} → ${fmt(d.new)} | **${fmt(d.delta, true)}**`);
    const lines = [
      `### ${l.budget}`,
      '',
      `_${l.amountsIn(amountUnitText(result.amountUnit, result.currency))}_`,
      '',
      `| ${l.measure} | ${l.year} | ${l.operating} | Δ | ${l.investment} | Δ |`,
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...capRows(s.budget.map((r) => `| ${docCell(r)} | ${r.year} | ${money(r.operating)} | ${money(r.investment)} |`), 6),
      ...s.budgetTotals.map((t) => `| **${l.total}** | **${t.year}** | ${money(t.operating)} | ${money(t.investment)} |`),
      '',
    ];
    blocks.push(lines.join('\n'));
  }
  const refs: [string, { id: string; title?: string }[]][] = [
    [l.goalsAdded, s.goals.added],
    [l.goalsRemoved, s.goals.removed],
    [l.measuresAdded, s.measures.added],
    [l.measuresRemoved, s.measures.removed],
  ];
  for (const [title, list] of refs) {
    if (list.length === 0) continue;
    const items = list.slice(0, MD_MAX_ROWS).map((r) => `- ${docCell(r)}`);
    if (list.length > MD_MAX_ROWS) items.push(`- … +${list.length - MD_MAX_ROWS}`);
    blocks.push([`### ${title}`, '', ...items, ''].join('\n'));
  }
  if (s.sdgTargets.length > 0) {
    blocks.push(table(`### ${l.sdgTargets}`, [l.goal, l.gained, l.lost], s.sdgTargets.map((g) => [docCell(g), g.gained.join(', '), g.lost.join(', ')])));
  }
  if (s.indicatorTargets.length > 0) {
    const v = (x: number | undefined) => (x === undefined ? '–' : fmt(x));
    blocks.push(table(`### ${l.indicatorTargets}`, [l.indicator, l.year, l.before, l.after], s.indicatorTargets.map((t) => [docCell(t), String(t.year), v(t.old), v(t.new)])));
  }
  if (s.priorityCoverage.length > 0) {
    const yn = (b: boolean) => (b ? l.yes : l.no);
    const goals = (list: string[], prioritised: boolean) => (list.length > 0 ? list.map((g) => `\`${g}\``).join(', ') : prioritised ? `**${l.notCovered}**` : '–');
    blocks.push(
      table(
        `### ${l.priorityCoverage}`,
        [l.target, l.prioritised, `${l.goal} (${l.before.toLowerCase()})`, `${l.goal} (${l.after.toLowerCase()})`],
        s.priorityCoverage.map((p) => [p.target, p.prioritised.old === p.prioritised.new ? yn(p.prioritised.new) : `${yn(p.prioritised.old)} → ${yn(p.prioritised.new)}`, goals(p.goals.old, p.prioritised.old), goals(p.goals.new, p.prioritised.new)]),
      ),
    );
  }
  if (s.statuses.length > 0) {
    blocks.push(table(`### ${l.statuses}`, [l.document, l.before, l.after], s.statuses.map((st) => [`${cell(l.kinds[st.kind] ?? st.kind)} ${docCell(st)}`, st.old ?? '–', st.new ?? '–'])));
  }
  return blocks;
}

function details(d: DocumentDiff, result: DiffResult, l: DiffLabels): string {
  const mark = { added: '🟢', removed: '🔴', changed: '🟡', moved: '➡️' }[d.status];
  const status = { added: l.added, removed: l.removed, changed: l.changed, moved: l.moved }[d.status];
  const where = d.from ? `${l.movedFrom} ${d.from} → ${d.file}` : d.file;
  const summary = `${mark} ${html(l.kinds[d.kind] ?? d.kind)} <code>${html(d.id)}</code>${d.title ? ` ${html(d.title)}` : ''} — ${status} (${html(where)})`;
  const warning = d.fileHasErrors ? ` ⚠️ ${html(l.fileHasErrors(sideName(result[d.fileHasErrors], l)))}` : '';
  if (d.changes.length === 0) return `- ${summary}${warning}\n`;
  const rows = d.changes.map((ch) => [`\`${ch.path.replace(/`/g, "'")}\``, ch.op === 'added' ? '' : cell(valueText(ch.old)), ch.op === 'removed' ? '' : cell(valueText(ch.new))]);
  return `<details><summary>${summary}</summary>\n\n${table('', [l.path, l.before, l.after], rows)}\n</details>\n`;
}

/** Rows shown per table: a comment with thousands of rows helps no reviewer, the JSON has them all. */
export const MD_MAX_ROWS = 200;

function table(title: string, head: string[], rows: string[][]): string {
  const lines = title ? [title, ''] : [];
  lines.push(`| ${head.map(cell).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  lines.push(...capRows(rows.map((r) => `| ${r.join(' | ')} |`), head.length));
  lines.push('');
  return lines.join('\n');
}

/** The first MD_MAX_ROWS rows, then one row saying how many more there are. */
function capRows(rows: string[], columns: number): string[] {
  if (rows.length <= MD_MAX_ROWS) return rows;
  return [...rows.slice(0, MD_MAX_ROWS), `| … +${rows.length - MD_MAX_ROWS} |${' |'.repeat(columns - 1)}`];
}

function docCell(r: { id: string; title?: string }): string {
  return `\`${r.id}\`${r.title ? ` ${cell(r.title)}` : ''}`;
}

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return html(text).replace(/\|/g, '\\|').replace(/\n/g, '<br>');
}

function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
