import type { Locale } from '../../i18n/locale.js';
import { formatAmount, formatPercent } from './number.js';
import type { BudgetView, Cell, ViewRow, ViewTable } from './view.js';
import { words } from '../../i18n/words.js';

/** Excel's list separator and decimal mark under Norwegian and English settings. */
const SEPARATOR: Record<Locale, string> = { nb: ';', nn: ';', en: ',' };

/**
 * A text field on one line: quoted when it holds the separator or a quote, and
 * prefixed with ' when it starts like a formula (=, +, -, @), so a title from the
 * repository cannot become a formula in the spreadsheet.
 */
function text(value: string, sep: string): string {
  const flat = value.replace(/\r?\n|\r/g, ' ');
  const safe = /^[=+\-@\t]/.test(flat) ? `'${flat}` : flat;
  return safe.includes('"') || safe.includes(sep) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A figure as a number the spreadsheet reads: no group separator, ASCII minus, the locale's decimal mark. */
function cell(c: Cell, locale: Locale, sep: string): string {
  switch (c.kind) {
    case 'amount':
      return formatAmount(c.value, locale, true);
    case 'target':
      return c.percent === null ? '' : formatPercent(c.percent, locale, true);
    case 'text':
      return text(c.text, sep);
  }
}

function rows(t: ViewTable, locale: Locale, sep: string): string[] {
  const numbered = t.numberColumn !== undefined;
  const line = (r: ViewRow) => [...(numbered ? [r.number] : []), text(r.label, sep), ...(r.style === 'heading' ? [] : r.cells.map((c) => cell(c, locale, sep)))].join(sep);
  const l = words(locale).budget;
  const out = [text(t.title, sep), [...(numbered ? [text(t.numberColumn!, sep)] : []), text(t.labelColumn, sep), ...t.columns.map((c) => text(c, sep))].join(sep)];
  for (const r of t.rows) {
    out.push(line(r));
    // A target's verdicts get a row of their own, so the percentages stay numbers.
    if (r.cells.some((c) => c.kind === 'target')) {
      const verdicts = r.cells.map((c) => (c.kind === 'target' ? (c.met === null ? l.notMeasurable : c.met ? l.met : l.missed) : ''));
      out.push([...(numbered ? [''] : []), '', ...verdicts.map((v) => text(v, sep))].join(sep));
    }
  }
  if (t.rows.length === 0 && t.empty) out.push(text(t.empty, sep));
  for (const d of t.details?.tables ?? []) out.push('', ...rows(d, locale, sep));
  return out;
}

/**
 * The økonomiplan as CSV for Excel: a UTF-8 byte order mark (so æøå survive), `;`
 * and decimal comma for nb/nn, `,` and `.` for en, CRLF line ends, and one block per
 * table separated by an empty line.
 */
export function budgetCsv(view: BudgetView, locale: Locale): string {
  const sep = SEPARATOR[locale];
  const out = [text(view.title, sep), text(view.subtitle, sep), text(view.balance, sep), ''];
  for (const t of view.tables) out.push(...rows(t, locale, sep), '');
  return `\ufeff${out.join('\r\n').replace(/(\r\n)+$/, '')}\r\n`;
}
