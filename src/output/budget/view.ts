import type { Locale } from '../../i18n/locale.js';
import { add as addDecimal, isZero, ZERO, type Decimal } from '../../model/okonomiplan/decimal.js';
import { INVESTMENT_LINES, OPERATING_KEY_FIGURES, OPERATING_LINES } from '../../model/okonomiplan/lines.js';
import type { Okonomiplan, TargetResult, UnitFrame } from '../../model/okonomiplan/model.js';
import { amountUnitText } from '../../i18n/format.js';
import { formatAmount } from './number.js';
import { words, type Catalogue } from '../../i18n/words.js';

/** A cell: an exact amount, a target figure with its verdict, or text. */
export type Cell =
  | { kind: 'amount'; value: Decimal }
  | { kind: 'target'; percent: Decimal | null; met: boolean | null }
  | { kind: 'text'; text: string };

/** A row: `sum` rows are computed lines, `detail` rows break down the row above, `heading` rows have no figures. */
export interface ViewRow {
  number: string;
  label: string;
  style: 'line' | 'sum' | 'detail' | 'heading';
  cells: Cell[];
}

/** One table, ready for any format: a line-number column when `numberColumn` is set, the labels, then `columns`. */
export interface ViewTable {
  id: 'operating' | 'frames' | 'frame' | 'investment' | 'investmentMeasures' | 'targets';
  title: string;
  /** The header of the forskrift's line numbers, for the tables that have them. */
  numberColumn?: string;
  /** The header of the label column and of each figure column. */
  labelColumn: string;
  columns: string[];
  rows: ViewRow[];
  /** Shown instead of an empty table. */
  empty?: string;
  /** Tables folded under this one (the frames of each unit): collapsible in Markdown. */
  details?: { title: string; tables: ViewTable[] };
}

/** The whole output of `plan budget` as words and exact figures, per locale. */
export interface BudgetView {
  title: string;
  subtitle: string;
  tables: ViewTable[];
  /** One sentence on the balance of every year. */
  balance: string;
}

const amounts = (values: readonly Decimal[]): Cell[] => values.map((value) => ({ kind: 'amount', value }));

/** Builds the statutory tables of an økonomiplan for a locale. Pure: the formatters only lay them out. */
export function budgetView(model: Okonomiplan, locale: Locale): BudgetView {
  const l = words(locale).budget;
  const years = model.years.map(String);
  const unbalanced = model.years.filter((_, i) => !isZero(model.operating[i]!.lines.carriedForward) || !isZero(model.investment[i]!.lines.investmentUncovered));
  return {
    title: model.title,
    subtitle: l.subtitle(model.planTitle ?? model.plan, amountUnitText(model.amountUnit, locale, model.currency)),
    tables: [operatingTable(model, l, years), framesTable(model, l, years), investmentTable(model, l, years), investmentMeasuresTable(model, l, years), targetsTable(model, l, locale, years)],
    balance: unbalanced.length === 0 ? l.balanced : l.unbalanced(unbalanced.join(', ')),
  };
}

function operatingTable(model: Okonomiplan, l: Catalogue['budget'], years: string[]): ViewTable {
  const rows: ViewRow[] = [];
  for (const line of OPERATING_LINES) {
    if (line.key === 'transferToInvestment') rows.push({ number: '', label: l.dispositionsHeading, style: 'heading', cells: [] });
    rows.push({ number: String(line.number), label: l.operating[line.key], style: line.sum ? 'sum' : 'line', cells: amounts(model.operating.map((y) => y.lines[line.key])) });
  }
  return { id: 'operating', title: l.tables.operating, numberColumn: l.columns.number, labelColumn: l.columns.line, columns: years, rows };
}

function framesTable(model: Okonomiplan, l: Catalogue['budget'], years: string[]): ViewTable {
  const rows: ViewRow[] = model.frames.map((f) => ({ number: '', label: f.title, style: 'line', cells: amounts(f.total) }));
  rows.push({ number: '', label: l.framesTotal, style: 'sum', cells: amounts(model.framesTotal) });
  return {
    id: 'frames',
    title: l.tables.frames,
    labelColumn: l.columns.unit,
    columns: years,
    rows,
    details: { title: l.tables.framesDetail, tables: model.frames.map((f) => frameTable(f, model, l, years)) },
  };
}

/** One unit's frame: base, each change (with its type), each measure, and the net frame. */
function frameTable(frame: UnitFrame, model: Okonomiplan, l: Catalogue['budget'], years: string[]): ViewTable {
  const rows: ViewRow[] = [
    { number: '', label: l.base(model.basisYear), style: 'line', cells: amounts(model.years.map(() => frame.base)) },
    ...frame.changes.map((c): ViewRow => ({ number: '', label: c.type ? `${c.title} (${l.changeTypes[c.type] ?? c.type})` : c.title, style: 'detail', cells: amounts(c.amounts) })),
    ...frame.measures.map((m): ViewRow => ({ number: '', label: l.measure(m.title), style: 'detail', cells: amounts(m.amounts) })),
    { number: '', label: l.unitTotal(frame.title), style: 'sum', cells: amounts(frame.total) },
  ];
  return { id: 'frame', title: frame.title, labelColumn: l.columns.line, columns: years, rows };
}

function investmentTable(model: Okonomiplan, l: Catalogue['budget'], years: string[]): ViewTable {
  const rows = INVESTMENT_LINES.map((line): ViewRow => ({
    number: line.number === null ? '' : String(line.number),
    label: l.investment[line.key],
    style: line.detail ? 'detail' : line.sum ? 'sum' : 'line',
    cells: amounts(model.investment.map((y) => y.lines[line.key])),
  }));
  return { id: 'investment', title: l.tables.investment, numberColumn: l.columns.number, labelColumn: l.columns.line, columns: years, rows };
}

/** Del 2: each measure's investments by year and in total, the other investments, and their sum (= del 1 line 1). */
function investmentMeasuresTable(model: Okonomiplan, l: Catalogue['budget'], years: string[]): ViewTable {
  const total = (values: readonly Decimal[]) => [...amounts(values), { kind: 'amount', value: values.reduce(addDecimal, ZERO) } as Cell];
  const rows: ViewRow[] = model.measureInvestments.map((m) => ({ number: '', label: m.title, style: 'line', cells: [...amounts(m.amounts), { kind: 'amount', value: m.total }] }));
  rows.push({ number: '', label: l.otherInvestments, style: 'line', cells: total(model.investment.map((y) => y.lines.otherInvestments)) });
  rows.push({ number: '', label: l.investmentMeasuresTotal, style: 'sum', cells: total(model.investment.map((y) => y.lines.fixedAssetInvestments)) });
  return { id: 'investmentMeasures', title: l.tables.investmentMeasures, labelColumn: l.columns.measure, columns: [...years, l.columns.total], rows };
}

function targetsTable(model: Okonomiplan, l: Catalogue['budget'], locale: Locale, years: string[]): ViewTable {
  const figures: ViewRow[] = OPERATING_KEY_FIGURES.filter((k) => model.operating.some((y) => y.keyFigures[k] !== null)).map((k) => ({
    number: '',
    label: l.keyFigures[k],
    style: 'line',
    cells: [{ kind: 'text', text: '' }, ...model.operating.map((y): Cell => (y.keyFigures[k] === null ? { kind: 'text', text: '–' } : { kind: 'amount', value: y.keyFigures[k]! }))],
  }));
  const targets = model.targets.map((t): ViewRow => ({ number: '', label: l.targets[t.target], style: 'line', cells: [{ kind: 'text', text: boundText(t, l, locale) }, ...t.years.map((y): Cell => ({ kind: 'target', percent: y.percent, met: y.met }))] }));
  return {
    id: 'targets',
    title: l.tables.targets,
    labelColumn: l.columns.target,
    columns: [l.columns.bound, ...years],
    rows: model.targets.length === 0 ? [] : [...figures, ...targets],
    empty: l.noTargets,
  };
}

/** The bounds as the council wrote them: `minst 2 %`, `høyst 100 %`. */
function boundText(t: TargetResult, l: Catalogue['budget'], locale: Locale): string {
  const percent = (d: Decimal) => `${formatAmount(d, locale)}\u00a0%`;
  return [t.min !== null ? l.min(percent(t.min)) : '', t.max !== null ? l.max(percent(t.max)) : ''].filter(Boolean).join(', ');
}
