import type { Locale } from './locale.js';
import { words } from './words.js';

/** The BCP 47 tag Intl formats each locale with. */
const TAGS: Record<Locale, string> = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' };

/** How a number is written; the default is up to two decimals, grouped, minus only when negative. */
export interface NumberOptions {
  /** Exactly this many decimals. */
  decimals?: number;
  /** At most this many decimals (default 2); ignored when `decimals` is given. */
  maxDecimals?: number;
  /** Group thousands (default true): nb `1 500`, en `1,500`. */
  grouping?: boolean;
  /** A plus sign on positive numbers, as in a column of changes. */
  signed?: boolean;
}

// Making an Intl.NumberFormat costs far more than using one (a table of 200,000
// rows made 600,000), so there is one per locale and set of options; and using one
// costs about a microsecond, so each keeps the texts of the numbers it wrote last
// (a report writes the same years, targets and amounts thousands of times).
interface CachedFormat {
  format: Intl.NumberFormat;
  texts: Map<number, string>;
}
const NUMBER_FORMATS = new Map<string, CachedFormat>();
/** The formats of the default options, by locale: most numbers take these, without building a key. */
const DEFAULT_FORMATS = new Map<Locale, CachedFormat>();
/**
 * How many texts a format keeps before it starts over: bounded memory (a few MB a format),
 * whatever the input. 4,096 made the report of 20,000 documents start over ten times and
 * format 44,500 texts for 21,300 distinct numbers.
 */
const TEXTS_KEPT = 65_536;
/**
 * The formats of options objects that cannot change (Object.freeze), by the object itself:
 * a caller that formats many numbers one way (WHOLE) finds its format without building a key.
 */
const FROZEN_FORMATS = new WeakMap<NumberOptions, Partial<Record<Locale, CachedFormat>>>();

/** Whole numbers, grouped: the options of every amount column. */
export const WHOLE: NumberOptions = Object.freeze({ decimals: 0 });

/** A number in the locale's style: nb `1 500` and `−800` (non-breaking space, minus sign), en `1,500`. */
export function formatNumber(value: number, locale: Locale, options?: NumberOptions): string {
  let cached = options === undefined ? DEFAULT_FORMATS.get(locale) : FROZEN_FORMATS.get(options)?.[locale];
  if (!cached) {
    const { decimals, maxDecimals = 2, grouping = true, signed = false } = options ?? {};
    const key = `${locale}|${decimals ?? ''}|${maxDecimals}|${grouping}|${signed}`;
    cached = NUMBER_FORMATS.get(key);
    if (!cached) {
      const format = new Intl.NumberFormat(TAGS[locale], {
        ...(decimals === undefined ? { maximumFractionDigits: maxDecimals } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals }),
        useGrouping: grouping,
        ...(signed && { signDisplay: 'exceptZero' as const }),
      });
      cached = { format, texts: new Map() };
      NUMBER_FORMATS.set(key, cached);
    }
    if (options === undefined) DEFAULT_FORMATS.set(locale, cached);
    else if (Object.isFrozen(options)) {
      const byLocale = FROZEN_FORMATS.get(options) ?? {};
      byLocale[locale] = cached;
      FROZEN_FORMATS.set(options, byLocale);
    }
  }
  // -0 is a key of its own: Map keys compare with SameValueZero, which calls it 0, and Intl writes `-0`.
  if (Object.is(value, -0)) return cached.format.format(value);
  let text = cached.texts.get(value);
  if (text === undefined) {
    text = cached.format.format(value);
    if (cached.texts.size >= TEXTS_KEPT) cached.texts.clear();
    cached.texts.set(value, text);
  }
  return text;
}

/** A percentage: nb `44,9 %`, en `44.9 %` (with a non-breaking space, as both write it in reports). */
export function formatPercent(value: number, locale: Locale, options: NumberOptions = {}): string {
  return `${formatNumber(value, locale, options)}\u00a0%`;
}

/** The symbol of a currency in running text: `kr` for NOK in Norwegian, the ISO code otherwise. */
export function currencySymbol(locale: Locale, currency = 'NOK'): string {
  return words(locale).units.currency[currency as 'NOK'] ?? currency;
}

/**
 * An amount in whole currency units, shortened for running text: nb/nn
 * `kr 4,5 mill.`, `kr 1,2 mrd.`, `kr 800`; en `NOK 4.5 million`.
 */
export function formatCompactAmount(value: number, locale: Locale, currency = 'NOK'): string {
  const u = words(locale).units;
  const abs = Math.abs(value);
  const [scaled, word] = abs >= 1e9 ? [value / 1e9, u.billion] : abs >= 1e6 ? [value / 1e6, u.million] : [value, ''];
  // Round half away from zero, so a saving of 1,25 mrd. shows as 1,3 like the cost would.
  const round = (x: number, step: number) => (Math.sign(x) * Math.round(Math.abs(x) * step)) / step;
  const figure = word ? formatNumber(round(scaled, 10), locale) : formatNumber(round(value, 1), locale);
  return `${currencySymbol(locale, currency)} ${figure}${word ? ` ${word}` : ''}`;
}

/**
 * What budget figures are counted in, the one way every output says it:
 * nb `beløp i 1000 kr`, `beløp i mill. kr`, `beløp i kr`; en `amounts in NOK 1,000`.
 */
export function amountUnitText(unit: number, locale: Locale, currency = 'NOK'): string {
  const u = words(locale).units;
  const symbol = currencySymbol(locale, currency);
  if (unit === 1) return u.amountsIn(symbol);
  if (unit === 1e6) return u.amountsIn(u.millionsOf(symbol));
  // Norwegian writes "1000 kr" without a group separator in this fixed phrase.
  return u.amountsIn(u.unitsOf(formatNumber(unit, locale, { grouping: unit >= 10000 || locale === 'en' }), symbol));
}

const DATE_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** An ISO date (YYYY-MM-DD) in the locale's style: long nb `16. juni 2020`, short nb `16.06.2020`. */
export function formatDate(iso: string, locale: Locale, style: 'long' | 'short' = 'long'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const key = `${locale}|${style}`;
  let format = DATE_FORMATS.get(key);
  if (!format) DATE_FORMATS.set(key, (format = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: style, timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** A month's name, 1 = January: long `februar`, short `feb.` (en `February`, `Feb`). */
export function monthName(locale: Locale, month: number, style: 'long' | 'short' = 'long'): string {
  const d = words(locale).dates;
  return (style === 'long' ? d.months : d.monthsShort)[month - 1] ?? String(month);
}

/** A day as a reader of the locale writes it: "22. feb." / "22 Feb". */
export function shortDay(locale: Locale, iso: string): string {
  return words(locale).dates.day(Number(iso.slice(8, 10)), monthName(locale, Number(iso.slice(5, 7)), 'short'));
}

/** A day with its year: "22. februar 2027" / "22 February 2027". */
export function longDay(locale: Locale, iso: string): string {
  return `${words(locale).dates.day(Number(iso.slice(8, 10)), monthName(locale, Number(iso.slice(5, 7))))} ${iso.slice(0, 4)}`;
}

/** A range of years with an en dash: `2027–2030`; one year when start and end agree. */
export function formatPeriod(period: { start: number; end: number } | null | undefined): string {
  if (!period) return '';
  return period.start === period.end ? String(period.start) : `${period.start}–${period.end}`;
}
