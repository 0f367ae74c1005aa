import type { Locale } from '../catalog/catalog.js';

const TAGS: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** A number in the locale's style: nb `1 500` and `−800` (non-breaking space, minus sign), en `1,500`. */
export function formatNumber(value: number, locale: Locale, decimals?: number): string {
  const key = `${locale}|${decimals ?? ''}`;
  let format = FORMATS.get(key);
  if (!format) {
    const options: Intl.NumberFormatOptions = decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    format = new Intl.NumberFormat(TAGS[locale], options);
    FORMATS.set(key, format);
  }
  return format.format(value);
}

/** One formatter per locale and precision: making one costs far more than using it. */
const FORMATS = new Map<string, Intl.NumberFormat>();

/**
 * An amount in whole currency units, shortened for running text: nb/nn
 * `kr 4,5 mill.`, `kr 1,2 mrd.`, `kr 800`; en `NOK 4.5 million`. Other
 * currencies use their code in place of `kr`.
 */
export function formatCompactAmount(value: number, locale: Locale, currency = 'NOK'): string {
  const abs = Math.abs(value);
  const [scaled, word] =
    abs >= 1e9 ? [value / 1e9, locale === 'en' ? ' billion' : ' mrd.'] : abs >= 1e6 ? [value / 1e6, locale === 'en' ? ' million' : ' mill.'] : [value, ''];
  // Round half away from zero, so a saving of 1,25 mrd. shows as 1,3 like the cost would.
  const round = (x: number, step: number) => (Math.sign(x) * Math.round(Math.abs(x) * step)) / step;
  const figure = word ? formatNumber(round(scaled, 10), locale) : formatNumber(round(value, 1), locale);
  const symbol = currency === 'NOK' && locale !== 'en' ? 'kr' : currency;
  return `${symbol} ${figure}${word}`;
}

/** What the budget figures are counted in: nb `i 1000 kr`, `i mill. kr`, `i kr`; en `in NOK 1,000`. */
export function amountUnitText(unit: number, locale: Locale, currency = 'NOK'): string {
  const symbol = currency === 'NOK' && locale !== 'en' ? 'kr' : currency;
  if (locale === 'en') return unit === 1 ? `in ${symbol}` : unit === 1e6 ? `in ${symbol} million` : `in ${symbol} ${formatNumber(unit, locale)}`;
  if (unit === 1) return `i ${symbol}`;
  if (unit === 1e6) return `i mill. ${symbol}`;
  // Norwegian writes "1000 kr" without a group separator in this fixed phrase.
  return `i ${unit < 10000 ? String(unit) : formatNumber(unit, locale)} ${symbol}`;
}

/** An ISO date (YYYY-MM-DD) in the locale's style: long nb `16. juni 2020`, short nb `16.06.2020`. */
export function formatDate(iso: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(TAGS[locale], { dateStyle: style, timeZone: 'UTC' }).format(date);
}

/** A range of years with an en dash: `2027–2030`; one year when start and end agree. */
export function formatPeriod(period: { start: number; end: number } | null | undefined): string {
  if (!period) return '';
  return period.start === period.end ? String(period.start) : `${period.start}–${period.end}`;
}
