import type { Locale } from '../../i18n/locale.js';
import { formatAmount, formatPercent } from './number.js';
import type { Cell } from './view.js';
import { words } from '../../i18n/words.js';

/** A cell as text: amounts and percentages in the locale's style, a target with its verdict. */
export function cellText(cell: Cell, locale: Locale): string {
  const l = words(locale).budget;
  switch (cell.kind) {
    case 'amount':
      return formatAmount(cell.value, locale);
    case 'target':
      return cell.percent === null ? l.notMeasurable : `${formatPercent(cell.percent, locale)} ${cell.met ? l.met : l.missed}`;
    case 'text':
      return cell.text;
  }
}
