import type { Locale } from '../../i18n/locale.js';
import { cellText } from './cells.js';
import type { BudgetView, ViewRow, ViewTable } from './view.js';

/** The cells of a row as text: number, label (details indented), figures. */
function cells(r: ViewRow, t: ViewTable, locale: Locale): string[] {
  const label = r.style === 'detail' ? `  ${r.label}` : r.label;
  const figures = r.style === 'heading' ? t.columns.map(() => '') : r.cells.map((c) => cellText(c, locale));
  return [...(t.numberColumn !== undefined ? [r.number] : []), label, ...figures];
}

/** Width in terminal columns, close enough for the letters and figures of a budget (no wide characters). */
const width = (s: string) => [...s].length;

function table(t: ViewTable, locale: Locale, underline: string): string[] {
  const out = [t.title, underline.repeat(Math.min(width(t.title), 100)), ''];
  if (t.rows.length === 0) return [...out, t.empty ?? '', ''];
  const numbered = t.numberColumn !== undefined;
  const head = [...(numbered ? [t.numberColumn!] : []), t.labelColumn, ...t.columns];
  const body = t.rows.map((r) => cells(r, t, locale));
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i] ?? ''))));
  const labelAt = numbered ? 1 : 0;
  const lay = (row: string[]) =>
    row
      .map((c, i) => (i === labelAt ? c + ' '.repeat(widths[i]! - width(c)) : ' '.repeat(widths[i]! - width(c)) + c))
      .join('  ')
      .trimEnd();
  out.push(lay(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(lay), '');
  if (t.details) {
    out.push(t.details.title, '-'.repeat(Math.min(width(t.details.title), 100)), '');
    for (const d of t.details.tables) out.push(...table(d, locale, '.'));
  }
  return out;
}

/** The økonomiplan's tables as plain text for a terminal: aligned columns, figures right-aligned. */
export function budgetText(view: BudgetView, locale: Locale): string {
  const out = [view.title, '='.repeat(width(view.title)), view.subtitle, view.balance, ''];
  for (const t of view.tables) out.push(...table(t, locale, '='));
  return `${out.join('\n').trimEnd()}\n`;
}
