/**
 * Exact decimal arithmetic for budget amounts. An amount from YAML is a binary
 * double; its shortest decimal form (what `String(n)` prints, which is what the
 * planner wrote for any amount of up to 15 significant digits) is taken as the
 * exact value, and sums are made on BigInt coefficients. So 0.1 + 0.2 is 0.3,
 * and a balance that is zero on paper is exactly zero here.
 */

/** The value `coef × 10^exp`. */
export interface Decimal {
  readonly coef: bigint;
  readonly exp: number;
}

export const ZERO: Decimal = { coef: 0n, exp: 0 };

/** The decimal a finite number was written as; null, undefined and non-finite values are 0 (the schema rejects the latter). */
export function dec(n: number | null | undefined): Decimal {
  if (n === null || n === undefined || !Number.isFinite(n) || n === 0) return ZERO;
  // Whole amounts, nearly all of a budget, need no parsing.
  if (Number.isSafeInteger(n)) return { coef: BigInt(n), exp: 0 };
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(n));
  if (!m) return ZERO;
  const fraction = m[3] ?? '';
  const coef = BigInt(`${m[1]}${m[2]}${fraction}`);
  return normalise({ coef, exp: Number(m[4] ?? 0) - fraction.length });
}

/**
 * Strips trailing zeros of a fraction (0.30 → 0.3), so a value prints the way it was
 * written. Whole numbers are left as they are: the value is the same either way, and
 * budgets are mostly whole numbers.
 */
function normalise(d: Decimal): Decimal {
  if (d.coef === 0n) return ZERO;
  if (d.exp >= 0) return d;
  let { coef, exp } = d;
  while (coef % 10n === 0n) {
    coef /= 10n;
    exp += 1;
  }
  return { coef, exp };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.exp === b.exp) return [a.coef, b.coef, a.exp];
  const exp = Math.min(a.exp, b.exp);
  return [a.coef * 10n ** BigInt(a.exp - exp), b.coef * 10n ** BigInt(b.exp - exp), exp];
}

/** a + b, exactly. */
export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, exp] = align(a, b);
  return normalise({ coef: x + y, exp });
}

/** a − b, exactly. */
export function sub(a: Decimal, b: Decimal): Decimal {
  return add(a, neg(b));
}

/** −a. */
export function neg(a: Decimal): Decimal {
  return { coef: -a.coef, exp: a.exp };
}

/** a × b, exactly. */
export function mul(a: Decimal, b: Decimal): Decimal {
  return normalise({ coef: a.coef * b.coef, exp: a.exp + b.exp });
}

/** The sum of a list, exactly. */
export function sum(list: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const d of list) total = add(total, d);
  return total;
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Decimal): boolean {
  return a.coef === 0n;
}

/** |a|. */
export function abs(a: Decimal): Decimal {
  return a.coef < 0n ? neg(a) : a;
}

/** a rounded to `places` decimals, half away from zero. */
export function round(a: Decimal, places: number): Decimal {
  if (a.exp >= -places) return a;
  const divisor = 10n ** BigInt(-places - a.exp);
  const magnitude = a.coef < 0n ? -a.coef : a.coef;
  let q = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) q += 1n;
  return normalise({ coef: a.coef < 0n ? -q : q, exp: -places });
}

/** a / b × 100 rounded to `places` decimals (half away from zero); null when b is 0. */
export function percentOf(a: Decimal, b: Decimal, places: number): Decimal | null {
  if (isZero(b)) return null;
  // a/b × 100 × 10^places as a rational of integers, then one rounded division.
  const [x, y] = align(a, b);
  const numerator = x * 100n * 10n ** BigInt(places);
  const negative = numerator < 0n !== y < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = y < 0n ? -y : y;
  let q = n / d;
  if ((n % d) * 2n >= d) q += 1n;
  return normalise({ coef: negative ? -q : q, exp: -places });
}

/** The exact value as plain decimal text with `.` ("-1234.5"), never in exponent form. */
export function toPlain(a: Decimal): string {
  if (a.exp >= 0) return (a.coef * 10n ** BigInt(a.exp)).toString();
  const negative = a.coef < 0n;
  const digits = (negative ? -a.coef : a.coef).toString().padStart(-a.exp + 1, '0');
  const cut = digits.length + a.exp;
  return `${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/** The nearest number, for JSON: for amounts within the schema's bounds it prints as `toPlain` does. */
export function toNumber(a: Decimal): number {
  return Number(toPlain(a));
}
