import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, cmp, dec, mul, percentOf, round, sub, sum, toNumber, toPlain } from '../../src/model/okonomiplan/decimal.js';
import { formatAmount, formatPercent } from '../../src/output/budget/number.js';

describe('exact decimals for budget amounts', () => {
  it('adds what the planner wrote, without binary noise', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toPlain(add(dec(0.1), dec(0.2)))).toBe('0.3');
    expect(toPlain(sum([dec(3000), dec(60), dec(-30.3), dec(100.1)]))).toBe('3129.8');
    expect(toNumber(add(dec(0.1), dec(0.2)))).toBe(0.3);
  });

  it('reads numbers YAML gives in exponent form exactly', () => {
    expect(toPlain(dec(1e-7))).toBe('0.0000001');
    expect(toPlain(dec(1.5e21))).toBe('1500000000000000000000');
    expect(toPlain(dec(-2.5e-3))).toBe('-0.0025');
    expect(toPlain(dec(null))).toBe('0');
    expect(toPlain(dec(Number.NaN))).toBe('0');
  });

  it('compares exactly', () => {
    expect(cmp(sub(add(dec(0.1), dec(0.2)), dec(0.3)), dec(0))).toBe(0);
    expect(cmp(dec(1.95), dec(2))).toBe(-1);
    expect(cmp(mul(dec(1.5), dec(2)), dec(3))).toBe(0);
  });

  it('rounds half away from zero, also for percentages', () => {
    expect(toPlain(round(dec(2.05), 1))).toBe('2.1');
    expect(toPlain(round(dec(-2.05), 1))).toBe('-2.1');
    expect(toPlain(percentOf(dec(80.4), dec(7000), 1)!)).toBe('1.1');
    expect(toPlain(percentOf(dec(1), dec(8), 2)!)).toBe('12.5');
    expect(toPlain(percentOf(dec(-1), dec(8), 1)!)).toBe('-12.5');
    expect(percentOf(dec(1), dec(0), 1)).toBeNull();
  });

  it('sums any amounts within the schema bounds to the exact decimal (a property)', () => {
    // Amounts of at most 12 digits before and 2 after the point: a sum of them is exactly a whole number of cents.
    const amount = fc.integer({ min: -100_000_000_000_000, max: 100_000_000_000_000 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (amounts) => {
        const cents = amounts.reduce((s, a) => s + BigInt(Math.round(a * 100)), 0n);
        expect(toPlain(sum(amounts.map(dec)))).toBe(toPlain(mul(dec(Number(cents)), dec(0.01))));
      }),
      { numRuns: 200 },
    );
  });

  it('prints amounts the Norwegian and the English way', () => {
    expect(formatAmount(dec(-1234567.5), 'nb')).toBe('\u22121\u00a0234\u00a0567,5');
    expect(formatAmount(dec(-1234567.5), 'en')).toBe('-1,234,567.5');
    expect(formatAmount(dec(-1234567.5), 'nn', true)).toBe('-1234567,5');
    expect(formatPercent(dec(97), 'nb')).toBe('97,0\u00a0%');
    expect(formatPercent(dec(2.06), 'en', true)).toBe('2.06');
  });
});
