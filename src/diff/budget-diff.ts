import { cmp, isZero, sub, toNumber, type Decimal } from '../model/okonomiplan/decimal.js';
import { INVESTMENT_LINES, OPERATING_LINES, type InvestmentLine, type OperatingLine } from '../model/okonomiplan/lines.js';
import type { Okonomiplan } from '../model/okonomiplan/model.js';
import { okonomiplanOf } from '../model/okonomiplan/resolve.js';
import type { Repository } from '../model/repository.js';

/**
 * What changed in the økonomiplan between two sides of a diff, computed from each
 * side's Budget model (src/model/okonomiplan), the same one `plan budget` prints:
 * the net frame of each unit in each year, every line of drift and investering del 1,
 * and the years that went out of balance or back into it. Amounts are plain numbers
 * (the model's exact decimals, which print the same for any amount the schema admits),
 * so the JSON of the diff stays plain.
 */

/** An amount before and after; null on a side without that year (or that unit). */
export interface AmountChange {
  year: number;
  old: number | null;
  new: number | null;
  /** new − old, exact; a missing side counts as 0. */
  delta: number;
}

export interface FrameChange extends AmountChange {
  unit: string;
  title: string;
}

export interface LineChange extends AmountChange {
  table: 'operating' | 'investment';
  line: OperatingLine | InvestmentLine;
  /** The forskrift's line number; null for planverk's own lines. */
  number: number | null;
}

/** A year whose balance changed: `carriedForward` (drift) or `investmentUncovered` (investering) became non-zero, or zero. */
export interface BalanceChange {
  year: number;
  table: 'operating' | 'investment';
  /** unbalanced: the year went out of balance; balanced: it came back into balance. */
  change: 'unbalanced' | 'balanced';
  /** The line before and after, as the model has it: carriedForward (drift line 25, negative for a deficit) or investmentUncovered (investering line 27, positive when not financed). */
  old: number | null;
  new: number | null;
}

/** The changes of one økonomiplan, paired across the sides by its plan. */
export interface OkonomiplanDiff {
  budget: string;
  title: string;
  plan: string;
  status: 'added' | 'removed' | 'changed';
  frames: FrameChange[];
  lines: LineChange[];
  balance: BalanceChange[];
}

/** The økonomiplan of every valid Budget of a checked repository, for the diff snapshot. */
export function okonomiplansOf(repo: Repository): Okonomiplan[] {
  return repo.ofKind('Budget', true).map((b) => okonomiplanOf(repo, b));
}

type Side = Okonomiplan | undefined;

/** Year → value of a per-year list of the model. */
function byYear<T>(model: Side, list: (m: Okonomiplan) => readonly T[]): Map<number, T> {
  return model ? new Map(model.years.map((y, i) => [y, list(model)[i]!])) : new Map();
}

function yearsOf(a: Side, b: Side): number[] {
  return [...new Set([...(a?.years ?? []), ...(b?.years ?? [])])].sort((x, y) => x - y);
}

const ZERO: Decimal = { coef: 0n, exp: 0 };

/** The change of one amount, or null when it is the same on both sides. */
function amountChange(year: number, old: Decimal | undefined, now: Decimal | undefined): AmountChange | null {
  if (old !== undefined && now !== undefined && cmp(old, now) === 0) return null;
  if (old === undefined && now === undefined) return null;
  return { year, old: old === undefined ? null : toNumber(old), new: now === undefined ? null : toNumber(now), delta: toNumber(sub(now ?? ZERO, old ?? ZERO)) };
}

function frameChanges(a: Side, b: Side, years: number[]): FrameChange[] {
  const units = new Map<string, string>();
  // Head's order and titles first, then the units only the base has.
  for (const f of [...(b?.frames ?? []), ...(a?.frames ?? [])]) if (!units.has(f.unit)) units.set(f.unit, f.title);
  const out: FrameChange[] = [];
  for (const [unit, title] of units) {
    const before = a?.frames.find((f) => f.unit === unit);
    const after = b?.frames.find((f) => f.unit === unit);
    const old = byYear(a, () => before?.total ?? []);
    const now = byYear(b, () => after?.total ?? []);
    for (const year of years) {
      const c = amountChange(year, before ? old.get(year) : undefined, after ? now.get(year) : undefined);
      if (c) out.push({ unit, title, ...c });
    }
  }
  return out;
}

function lineChanges(a: Side, b: Side, years: number[]): LineChange[] {
  const out: LineChange[] = [];
  type Lines = { lines: Record<string, Decimal> };
  const tables: ['operating' | 'investment', readonly { key: OperatingLine | InvestmentLine; number: number | null }[], (m: Okonomiplan) => readonly Lines[]][] = [
    ['operating', OPERATING_LINES, (m) => m.operating],
    ['investment', INVESTMENT_LINES, (m) => m.investment],
  ];
  for (const [table, lines, rows] of tables) {
    const old = byYear(a, rows);
    const now = byYear(b, rows);
    for (const line of lines) {
      for (const year of years) {
        const c = amountChange(year, old.get(year)?.lines[line.key], now.get(year)?.lines[line.key]);
        if (c) out.push({ table, line: line.key, number: line.number, ...c });
      }
    }
  }
  return out;
}

function balanceChanges(a: Side, b: Side, years: number[]): BalanceChange[] {
  const out: BalanceChange[] = [];
  const sides = [
    ['operating', (m: Okonomiplan) => m.operating.map((y) => y.lines.carriedForward)],
    ['investment', (m: Okonomiplan) => m.investment.map((y) => y.lines.investmentUncovered)],
  ] as const;
  for (const year of years) {
    for (const [table, left] of sides) {
      const old = byYear(a, left).get(year);
      const now = byYear(b, left).get(year);
      // A side without the year (or without the Budget) counts as in balance: nothing is left over there.
      const wasOut = old !== undefined && !isZero(old);
      const isOut = now !== undefined && !isZero(now);
      if (wasOut === isOut) continue;
      const shown = (d: Decimal | undefined) => (d === undefined ? null : toNumber(d));
      out.push({ year, table, change: isOut ? 'unbalanced' : 'balanced', old: shown(old), new: shown(now) });
    }
  }
  return out;
}

/**
 * The changes of each økonomiplan between base and head, paired by plan (one Budget per
 * plan: budget-plan-duplicate). A Budget added or removed shows every frame and line as
 * added or removed. Økonomiplans that did not change are left out.
 */
export function diffOkonomiplans(base: readonly Okonomiplan[] | undefined, head: readonly Okonomiplan[] | undefined): OkonomiplanDiff[] {
  const plans = [...new Set([...(head ?? []).map((m) => m.plan), ...(base ?? []).map((m) => m.plan)])];
  const out: OkonomiplanDiff[] = [];
  for (const plan of plans) {
    const a = base?.find((m) => m.plan === plan);
    const b = head?.find((m) => m.plan === plan);
    const years = yearsOf(a, b);
    const diff: OkonomiplanDiff = {
      budget: (b ?? a)!.budget,
      title: (b ?? a)!.title,
      plan,
      status: a === undefined ? 'added' : b === undefined ? 'removed' : 'changed',
      frames: frameChanges(a, b, years),
      lines: lineChanges(a, b, years),
      balance: balanceChanges(a, b, years),
    };
    if (diff.frames.length + diff.lines.length + diff.balance.length > 0) out.push(diff);
  }
  return out;
}
