import { toNumber, type Decimal } from '../../model/okonomiplan/decimal.js';
import { INVESTMENT_LINES, OPERATING_KEY_FIGURES, OPERATING_LINES } from '../../model/okonomiplan/lines.js';
import type { Okonomiplan } from '../../model/okonomiplan/model.js';
import { jsonText } from '../json.js';

type ByYear<T> = Record<string, T>;

function byYear<T>(years: readonly number[], values: readonly T[]): ByYear<T> {
  return Object.fromEntries(years.map((y, i) => [String(y), values[i]!]));
}

const num = (d: Decimal) => toNumber(d);

/**
 * The økonomiplan as JSON, keyed by the names of docs/FORMAT.md so other tools can
 * read it: `operating.<line>.<year>`, `investment.<line>.<year>`, `frames[].unit`,
 * `frames[].total.<year>`, `investments[].measure`, `financialTargets[].years.<year>`.
 * docs/okonomiplan.md describes every key. Amounts are numbers in Workspace.amountUnit,
 * exact as computed (no binary noise: 0.1 + 0.2 is 0.3).
 */
export function budgetJson(model: Okonomiplan): string {
  const years = model.years;
  const operating: Record<string, ByYear<number | null>> = {};
  for (const line of OPERATING_LINES) operating[line.key] = byYear(years, model.operating.map((y) => num(y.lines[line.key])));
  for (const key of OPERATING_KEY_FIGURES) operating[key] = byYear(years, model.operating.map((y) => (y.keyFigures[key] === null ? null : num(y.keyFigures[key]!))));
  const investment: Record<string, ByYear<number>> = {};
  for (const line of INVESTMENT_LINES) investment[line.key] = byYear(years, model.investment.map((y) => num(y.lines[line.key])));
  const out = {
    budget: model.budget,
    title: model.title,
    plan: model.plan,
    planTitle: model.planTitle,
    basisYear: model.basisYear,
    years,
    amountUnit: model.amountUnit,
    currency: model.currency,
    balanced: {
      operating: byYear(years, model.operating.map((y) => y.lines.carriedForward.coef === 0n)),
      investment: byYear(years, model.investment.map((y) => y.lines.investmentUncovered.coef === 0n)),
    },
    rows: {
      operating: byYear(years, model.operating.map((y) => y.row !== null)),
      investment: byYear(years, model.investment.map((y) => y.row !== null)),
    },
    operating,
    investment,
    frames: model.frames.map((f) => ({
      unit: f.unit,
      title: f.title,
      base: num(f.base),
      changes: f.changes.map((c) => ({ id: c.id, title: c.title, type: c.type, amounts: byYear(years, c.amounts.map(num)) })),
      measures: f.measures.map((m) => ({ measure: m.id, title: m.title, amounts: byYear(years, m.amounts.map(num)) })),
      total: byYear(years, f.total.map(num)),
    })),
    framesTotal: byYear(years, model.framesTotal.map(num)),
    investments: model.measureInvestments.map((m) => ({ measure: m.id, title: m.title, unit: m.unit, amounts: byYear(years, m.amounts.map(num)), total: num(m.total) })),
    financialTargets: model.targets.map((t) => ({
      target: t.target,
      min: t.min === null ? null : num(t.min),
      max: t.max === null ? null : num(t.max),
      years: byYear(years, t.years.map((y) => ({ percent: y.percent === null ? null : num(y.percent), met: y.met }))),
    })),
  };
  return `${jsonText(out)}\n`;
}
