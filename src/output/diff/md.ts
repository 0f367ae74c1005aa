import type { DiffResult, DocumentDiff } from '../../diff/semantic-diff.js';
import { breakMentions, mdCode, mdText } from '../markdown.js';
import { oneLine, truncate } from '../text.js';
import { xml } from '../xml.js';
import { okonomiplanMarkdown } from './okonomiplan.js';
import { numberFormat, sideHealth, sideName, statusValueText, valueText } from './shared.js';
import { words, type Catalogue } from '../../i18n/words.js';
import { amountUnitText } from '../../i18n/format.js';

/** GitHub rejects comments over 65,536 characters; stay below with room to spare. */
export const MD_LIMIT = 65_000;

/** Rows shown per table: a comment with thousands of rows helps no reviewer, the JSON has them all. */
export const MD_MAX_ROWS = 200;

/** Longest title, id and file path shown: one long value must not push whole sections out of the comment. */
const TITLE_MAX = 150;
const ID_MAX = 100;
const PATH_MAX = 200;

/** Room kept for the closing note while sections may still follow. */
const NOTE_ROOM = 400;

/**
 * A section of the comment: fixed text, or a head, rows and a tail, so that a
 * section too long for the space left is cut by rows rather than left out.
 */
interface Block {
  head: string;
  rows?: string[];
  /** The row that says how many more there are. */
  more?: (n: number) => string;
  tail?: string;
}

/**
 * Markdown for a pull request comment or a job summary: who is compared, a
 * summary table, the budget delta table and the other reviewer sections, then
 * each document's changes in a collapsible section. Every value from the
 * repository or git goes through the one Markdown escaper (or, inside the HTML
 * of `<details>`, the XML one) and is cut to a length of its own; a section that
 * would pass `limit` characters shows the rows that fit, and the sections after
 * it are left out with a note saying how many.
 */
export function diffMarkdown(result: DiffResult, limit = MD_LIMIT): string {
  const l = words(result.locale).diff;
  const blocks: Block[] = [{ head: header(result, l) }, ...summaryBlocks(result, l), ...okonomiplanMarkdown(result).map((head) => ({ head }))];
  if (result.documents.length > 0) blocks.push({ head: `### ${mdText(l.details)}\n` });
  for (const d of result.documents) blocks.push(details(d, result, l));
  let out = '';
  for (let i = 0; i < blocks.length; i++) {
    const rest = blocks.length - i - 1;
    const whole = `${render(blocks[i]!, Math.min(MD_MAX_ROWS, blocks[i]!.rows?.length ?? 0))}\n`;
    // Keep room for the note whenever something may still follow.
    if (out.length + whole.length + (rest > 0 ? NOTE_ROOM : 0) <= limit) {
      out += whole;
      continue;
    }
    const part = fit(blocks[i]!, limit - out.length - NOTE_ROOM);
    if (part !== undefined) out += `${part}\n`;
    const left = part === undefined ? rest + 1 : rest;
    return left > 0 ? `${out}> [!NOTE]\n> ${l.truncated(left)}\n` : out;
  }
  return out;
}

/** A block with its first `n` rows (and a row counting the others). */
function render(block: Block, n: number): string {
  const rows = block.rows ?? [];
  const shown = rows.slice(0, n);
  if (n < rows.length) shown.push(block.more!(rows.length - n));
  return `${block.head}${shown.map((r) => `${r}\n`).join('')}${block.tail ?? ''}`;
}

/** The block with as many rows as fit in `room` characters, or undefined when not even its head does. */
function fit(block: Block, room: number): string | undefined {
  const rows = block.rows ?? [];
  if (rows.length === 0) return undefined;
  let n = 0;
  let size = render(block, 0).length + 1;
  while (n < Math.min(rows.length, MD_MAX_ROWS) && size + rows[n]!.length + 1 <= room) size += rows[n++]!.length + 1;
  return n === 0 ? undefined : render(block, n);
}

/** A table block: title, header row and rows (at most MD_MAX_ROWS of them are shown). */
function table(title: string, head: string[], rows: string[][], tail = ''): Block {
  const lines = title ? [title, ''] : [];
  lines.push(`| ${head.map((h) => mdText(h)).join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
  return tableBlock(`${lines.join('\n')}\n`, rows.map((r) => `| ${r.join(' | ')} |`), head.length, tail ? `\n${tail}` : '');
}

function tableBlock(head: string, rows: string[], columns: number, tail: string): Block {
  return { head, rows, more: (n) => `| … +${n} |${' |'.repeat(columns - 1)}`, tail };
}

function header(result: DiffResult, l: Catalogue['diff']): string {
  const { added, removed, changed, moved } = result.counts;
  const lines = [
    `## ${mdText(l.title)}`,
    '',
    `**${mdText(l.base)}:** ${side(result.base, l)} — ${mdText(sideHealth(result.base, l))}  `,
    `**${mdText(l.head)}:** ${side(result.head, l)} — ${mdText(sideHealth(result.head, l))}`,
    '',
  ];
  for (const s of [result.base, result.head]) {
    if (s.errors > 0) lines.push(`> [!WARNING]\n> ${side(s, l)}: ${mdText(`${l.errors(s.errors)} — ${l.runValidate}`)}\n`);
  }
  if (!result.changed) {
    lines.push(`${mdText(`${l.noChanges}${moved > 0 ? ` (${moved} ${l.moved})` : ''}.`)}`, '');
    return lines.join('\n');
  }
  lines.push(`| ${mdText(l.summary)} | |`, '| --- | ---: |');
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
  for (const [label, n] of rows) if (n > 0) lines.push(`| ${mdText(capitalise(label))} | ${n} |`);
  lines.push('');
  return lines.join('\n');
}

/** A side's name (a git ref, which may hold backticks, `|` or `<`) as code. */
function side(s: DiffResult['base'], l: Catalogue['diff']): string {
  return mdCode(sideName(s, l), PATH_MAX);
}

function summaryBlocks(result: DiffResult, l: Catalogue['diff']): Block[] {
  const s = result.summary;
  const fmt = numberFormat(result.locale);
  const blocks: Block[] = [];
  // The summary holds valid documents only (summarise.ts), but every value is still escaped, numbers too.
  const num = (x: unknown) => (typeof x === 'number' ? fmt(x) : mdText(String(x), ID_MAX));
  const year = (x: unknown) => (typeof x === 'number' ? String(x) : mdText(String(x), ID_MAX));
  if (s.budget.length > 0) {
    const money = (d: { old: number; new: number; delta: number }) => (d.delta === 0 ? `${num(d.new)} |` : `${num(d.old)} → ${num(d.new)} | **${fmt(d.delta, true)}**`);
    const head = [
      `### ${mdText(l.budget)}`,
      '',
      `_${mdText(amountUnitText(result.amountUnit, result.locale, result.currency))}_`,
      '',
      `| ${[l.measure, l.year, l.operating, 'Δ', l.investment, 'Δ'].map((h) => mdText(h)).join(' | ')} |`,
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      '',
    ].join('\n');
    const rows = s.budget.map((r) => `| ${docCell(r)} | ${year(r.year)} | ${money(r.operating)} | ${money(r.investment)} |`);
    const totals = s.budgetTotals.map((t) => `| **${mdText(l.total)}** | **${year(t.year)}** | ${money(t.operating)} | ${money(t.investment)} |\n`).join('');
    blocks.push(tableBlock(head, rows, 6, totals));
  }
  const refs: [string, { id: string; title?: string }[]][] = [
    [l.goalsAdded, s.goals.added],
    [l.goalsRemoved, s.goals.removed],
    [l.measuresAdded, s.measures.added],
    [l.measuresRemoved, s.measures.removed],
  ];
  for (const [title, list] of refs) {
    if (list.length === 0) continue;
    blocks.push({ head: `### ${mdText(title)}\n\n`, rows: list.map((r) => `- ${docCell(r)}`), more: (n) => `- … +${n}` });
  }
  const ids = (list: readonly unknown[], mark: string) => list.map((x) => `${mark}${mdText(String(x), ID_MAX)}`).join(', ');
  if (s.sdgTargets.length > 0) {
    blocks.push(table(`### ${mdText(l.sdgTargets)}`, [l.goal, l.gained, l.lost], s.sdgTargets.map((g) => [docCell(g), ids(g.gained, ''), ids(g.lost, '')])));
  }
  if (s.indicatorTargets.length > 0) {
    const v = (x: number | undefined) => (x === undefined ? '–' : num(x));
    blocks.push(table(`### ${mdText(l.indicatorTargets)}`, [l.indicator, l.year, l.before, l.after], s.indicatorTargets.map((t) => [docCell(t), year(t.year), v(t.old), v(t.new)])));
  }
  if (s.priorityCoverage.length > 0) {
    const yn = (b: boolean) => mdText(b ? l.yes : l.no);
    const goals = (list: string[], prioritised: boolean) => (list.length > 0 ? list.map((g) => mdCode(String(g), ID_MAX)).join(', ') : prioritised ? `**${mdText(l.notCovered)}**` : '–');
    blocks.push(
      table(
        `### ${mdText(l.priorityCoverage)}`,
        [l.target, l.prioritised, `${l.goal} (${l.before.toLowerCase()})`, `${l.goal} (${l.after.toLowerCase()})`],
        s.priorityCoverage.map((p) => [mdText(String(p.target), ID_MAX), p.prioritised.old === p.prioritised.new ? yn(p.prioritised.new) : `${yn(p.prioritised.old)} → ${yn(p.prioritised.new)}`, goals(p.goals.old, p.prioritised.old), goals(p.goals.new, p.prioritised.new)]),
      ),
    );
  }
  if (s.statuses.length > 0) {
    const status = (kind: unknown, x: unknown) => mdText(statusValueText(kind, x, result.locale), ID_MAX);
    blocks.push(table(`### ${mdText(l.statuses)}`, [l.document, l.before, l.after], s.statuses.map((st) => [`${mdText(kindLabel(l, st.kind), ID_MAX)} ${docCell(st)}`, status(st.kind, st.old), status(st.kind, st.new)])));
  }
  return blocks;
}

function details(d: DocumentDiff, result: DiffResult, l: Catalogue['diff']): Block {
  const mark = { added: '🟢', removed: '🔴', changed: '🟡', moved: '➡️' }[d.status];
  const status = { added: l.added, removed: l.removed, changed: l.changed, moved: l.moved }[d.status];
  const where = d.from ? `${l.movedFrom} ${cut(d.from, PATH_MAX)} → ${cut(d.file, PATH_MAX)}` : cut(d.file, PATH_MAX);
  // The summary line is raw HTML (an HTML block ends at a blank line): XML-escaped, on one line, mentions broken.
  const summary = breakMentions(`${mark} ${html(kindLabel(l, d.kind), ID_MAX)} <code>${html(d.id, ID_MAX)}</code>${d.title ? ` ${html(d.title, TITLE_MAX)}` : ''} — ${html(status)} (${html(where)})`);
  const warning = d.fileHasErrors ? ` ⚠️ ${html(l.fileHasErrors(sideName(result[d.fileHasErrors], l)))}` : '';
  if (d.changes.length === 0) return { head: `- ${summary}${warning}\n` };
  const rows = d.changes.map((ch) => [mdCode(ch.path, PATH_MAX), ch.op === 'added' ? '' : mdText(valueText(ch.old, undefined, result.locale)), ch.op === 'removed' ? '' : mdText(valueText(ch.new, undefined, result.locale))]);
  return table(`<details><summary>${summary}</summary>`, [l.path, l.before, l.after], rows, '</details>\n');
}

function docCell(r: { id: string; title?: string }): string {
  return `${mdCode(String(r.id), ID_MAX)}${r.title ? ` ${mdText(String(r.title), TITLE_MAX)}` : ''}`;
}

/** Text for the HTML of a `<details>` summary: on one line, cut, XML-escaped. */
function html(text: string, max = PATH_MAX): string {
  return xml(truncate(oneLine(String(text)), max));
}

function cut(text: string, max: number): string {
  return truncate(oneLine(String(text)), max);
}

/** The label of a kind, or the kind as written (own labels only: a document may say `kind: constructor`). */
export function kindLabel(l: Catalogue['diff'], kind: unknown): string {
  return typeof kind === 'string' && Object.hasOwn(l.kinds, kind) ? l.kinds[kind]! : String(kind);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
