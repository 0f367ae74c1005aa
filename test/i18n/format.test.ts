import { describe, expect, it } from 'vitest';
import { amountUnitText, formatCompactAmount, formatDate, formatNumber, formatPercent, formatPeriod, longDay, monthName, shortDay, WHOLE } from '../../src/i18n/format.js';

describe('locale formatting', () => {
  it.each([
    ['nb', 1500, '1\u00a0500'],
    ['nb', -800, '\u2212800'],
    ['nn', 1234567.5, '1\u00a0234\u00a0567,5'],
    ['en', 1500, '1,500'],
    ['en', -800, '-800'],
  ] as const)('%s number %d', (locale, value, text) => expect(formatNumber(value, locale)).toBe(text));

  it.each([
    ['nb', 4_500_000, 'kr 4,5 mill.'],
    ['nb', -1_250_000_000, 'kr \u22121,3 mrd.'],
    ['nb', 800, 'kr 800'],
    ['en', 4_500_000, 'NOK 4.5 million'],
    ['en', 2_000_000_000, 'NOK 2 billion'],
  ] as const)('%s compact amount %d', (locale, value, text) => expect(formatCompactAmount(value, locale)).toBe(text));

  it('uses the currency code for other currencies', () => expect(formatCompactAmount(3_000_000, 'nb', 'SEK')).toBe('SEK 3 mill.'));

  it.each([
    [1000, 'nb', 'beløp i 1000 kr'],
    [1, 'nb', 'beløp i kr'],
    [1_000_000, 'nn', 'beløp i mill. kr'],
    [100_000, 'nb', 'beløp i 100\u00a0000 kr'],
    [1000, 'en', 'amounts in NOK 1,000'],
    [1_000_000, 'en', 'amounts in NOK million'],
  ] as const)('amount unit %d in %s', (unit, locale, text) => expect(amountUnitText(unit, locale)).toBe(text));

  it('formats dates and periods', () => {
    expect(formatDate('2020-06-16', 'nb')).toBe('16. juni 2020');
    expect(formatDate('2020-06-16', 'en')).toBe('16 June 2020');
    expect(formatDate('2020-06-16', 'nb', 'short')).toBe('16.06.2020');
    expect(formatDate('not a date', 'nb')).toBe('not a date');
    expect(formatPeriod({ start: 2027, end: 2030 })).toBe('2027–2030');
    expect(formatPeriod({ start: 2027, end: 2027 })).toBe('2027');
    expect(formatPeriod(null)).toBe('');
  });

  it('formats with options, and percent, months and days', () => {
    expect(formatNumber(1.23456, 'nb', { maxDecimals: 6 })).toBe('1,23456');
    expect(formatNumber(12345.5, 'nb', { grouping: false, maxDecimals: 20 })).toBe('12345,5');
    expect(formatNumber(300, 'nb', { signed: true })).toBe('+300');
    expect(formatNumber(2, 'en', { decimals: 1 })).toBe('2.0');
    expect(formatPercent(44.9, 'nb')).toBe('44,9\u00a0%');
    expect(monthName('nn', 2)).toBe('februar');
    expect(monthName('en', 2, 'short')).toBe('Feb');
    expect(shortDay('nb', '2027-02-22')).toBe('22. feb.');
    expect(longDay('en', '2027-02-22')).toBe('22 February 2027');
  });

  it('caches one formatter per locale and options: the same call gives the same text', () => {
    expect(formatNumber(1500, 'nb')).toBe(formatNumber(1500, 'nb'));
    expect(formatNumber(1500, 'en')).not.toBe(formatNumber(1500, 'nb'));
  });
});

describe('formatNumber with a frozen options object (found by the object, not by a key)', () => {
  it('writes what the same options written out write, in every locale, and a frozen object of other options its own format', () => {
    const values = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 999.4999, 1234567.891, -98765.4321, 1e21, NaN, Infinity];
    for (const locale of ['nb', 'nn', 'en'] as const) {
      for (const v of values) expect(formatNumber(v, locale, WHOLE)).toBe(formatNumber(v, locale, { decimals: 0 }));
      const two = Object.freeze({ decimals: 2, grouping: false });
      for (const v of values) expect(formatNumber(v, locale, two)).toBe(formatNumber(v, locale, { decimals: 2, grouping: false }));
      // The two frozen objects keep their own formats: the second does not take the first's.
      expect(formatNumber(1234.5, locale, two)).not.toBe(formatNumber(1234.5, locale, WHOLE));
    }
    expect(formatNumber(1234.5, 'nb', WHOLE)).toBe('1\u00a0235');
    expect(formatNumber(1234.5, 'en', WHOLE)).toBe('1,235');
  });
});
