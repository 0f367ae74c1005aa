import type { Locale } from '../../i18n/locale.js';
import { mdText } from '../markdown.js';
import { cellText } from './cells.js';
import type { BudgetView, ViewRow, ViewTable } from './view.js';

/** Text inside a heading or table cell: the one Markdown escaper (one line, `|` and markup escaped). */
const md = (text: string) => mdText(text);

function row(r: ViewRow, table: ViewTable, locale: Locale): string {
  const strong = (s: string) => (r.style === 'sum' && s !== '' ? `**${s}**` : s);
  const label = r.style === 'heading' ? `*${md(r.label)}*` : r.style === 'detail' ? `– ${md(r.label)}` : strong(md(r.label));
  const cells = r.style === 'heading' ? table.columns.map(() => '') : r.cells.map((c) => strong(md(cellText(c, locale))));
  return `| ${[...(table.numberColumn !== undefined ? [r.number] : []), label, ...cells].join(' | ')} |`;
}

function table(t: ViewTable, locale: Locale, level: string): string[] {
  const out = [`${level} ${md(t.title)}`, ''];
  if (t.rows.length === 0) return [...out, md(t.empty ?? ''), ''];
  const numbered = t.numberColumn !== undefined;
  const head = [...(numbered ? [t.numberColumn!] : []), t.labelColumn, ...t.columns];
  const align = [...(numbered ? ['---:'] : []), '---', ...t.columns.map(() => '---:')];
  out.push(`| ${head.map(md).join(' | ')} |`, `| ${align.join(' | ')} |`, ...t.rows.map((r) => row(r, t, locale)), '');
  if (t.details) {
    out.push('<details>', `<summary>${md(t.details.title)}</summary>`, '');
    for (const d of t.details.tables) out.push(...table(d, locale, '###'));
    out.push('</details>', '');
  }
  return out;
}

/** The økonomiplan's tables as Markdown: one table per overview, the frames of each unit folded under del 2. */
export function budgetMarkdown(view: BudgetView, locale: Locale): string {
  const out = [`# ${md(view.title)}`, '', md(view.subtitle), '', md(view.balance), ''];
  for (const t of view.tables) out.push(...table(t, locale, '##'));
  return `${out.join('\n').trimEnd()}\n`;
}
