import type { Locale } from '../../i18n/locale.js';
import { toPlain, type Decimal } from '../../model/okonomiplan/decimal.js';

/** How a locale writes numbers: nb/nn `1 440 000,5` and `−361 000` (as src/i18n/format.ts), en `1,440,000.5`. */
const STYLE: Record<Locale, { group: string; decimal: string; minus: string }> = {
  nb: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  nn: { group: '\u00a0', decimal: ',', minus: '\u2212' },
  en: { group: ',', decimal: '.', minus: '-' },
};

/**
 * An exact amount in the locale's style, with every decimal it has and no more:
 * the figures are the planner's, never rounded. `plain` leaves out the group
 * separator and writes an ASCII minus, as spreadsheets read numbers.
 */
export function formatAmount(value: Decimal, locale: Locale, plain = false): string {
  const style = STYLE[locale];
  const text = toPlain(value);
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.') as [string, string | undefined];
  const grouped = plain ? whole : whole.replace(/\B(?=(\d{3})+$)/g, style.group);
  const sign = negative ? (plain ? '-' : style.minus) : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `${style.decimal}${fraction}`}`;
}

/** A percentage in the locale's style with at least one decimal: `97,0 %` (nb/nn), `2.1 %` (en). */
export function formatPercent(value: Decimal, locale: Locale, plain = false): string {
  const text = formatAmount(value, locale, plain);
  const decimal = STYLE[locale].decimal;
  return `${text.includes(decimal) ? text : `${text}${decimal}0`}${plain ? '' : '\u00a0%'}`;
}
