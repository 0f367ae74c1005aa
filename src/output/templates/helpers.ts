import type { HelperOptions } from 'handlebars';
import type { SdgCatalog } from '../../catalog/catalog.js';
import type { Locale } from '../../i18n/locale.js';
import { add, sumBudgets } from '../../model/budget.js';
import { indicatorStatus } from '../../model/indicator-status.js';
import type { ReportModel } from '../../model/report-model.js';
import type { Indicator } from '../../model/schema-types.js';
import type { ReportFormat } from './template-sources.js';
import { mdText } from '../markdown.js';
import { oneLine } from '../text.js';
import { amountUnitText, formatCompactAmount, formatDate, formatNumber, formatPeriod, WHOLE } from '../../i18n/format.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import { renderIndicatorChart } from '../svg/line-chart.js';
import { renderMatrixSvg } from '../svg/matrix.js';

/** What helpers need besides their arguments. */
export interface HelperContext {
  locale: Locale;
  catalog: SdgCatalog;
  amountUnit: number;
  currency: string;
  /** The plan's years, the default for budget helpers. */
  years: number[];
  /**
   * The report's year (a handlingsprogram's first year, a StatusReport's year): the year whose
   * needed value `indicator-chart` marks; without it, each indicator's latest actual's year.
   */
  year?: number;
  /** The report format: how `{{value}}` and `cell` escape (default html). */
  format?: ReportFormat;
}

/** A helper failure that names what went wrong; the engine adds the template file and line. */
export class HelperError extends Error {}

type Helper = (...args: unknown[]) => unknown;
type SafeStringCtor = new (s: string) => unknown;

/** Reads a (dotted) field of a value through own properties only, never the prototype chain. */
export function field(value: unknown, path: string): unknown {
  let v: unknown = value;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function list(value: unknown, helper: string): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new HelperError(`${helper} expects a list, got ${typeof value}`);
  return value;
}

function num(value: unknown, helper: string): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const x = typeof value === 'string' ? Number(value) : value;
  if (typeof x !== 'number' || Number.isNaN(x)) throw new HelperError(`${helper} expects a number, got ${JSON.stringify(value)}`);
  return x;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  return String(a).localeCompare(String(b), 'nb');
}

/**
 * Every helper a template can use, by name. docs/templates.md documents them;
 * the last argument of each is Handlebars' options object.
 */
export function makeHelpers(ctx: HelperContext, SafeString: SafeStringCtor): Record<string, Helper> {
  const { locale } = ctx;
  const opts = (args: unknown[]) => args.at(-1) as HelperOptions;
  const positional = (args: unknown[]) => args.slice(0, -1);
  const budgetKind = (kind: unknown): 'operating' | 'investment' | 'total' => {
    const k = kind ?? 'total';
    if (k !== 'operating' && k !== 'investment' && k !== 'total') throw new HelperError(`kind must be operating, investment or total, got ${JSON.stringify(kind)}`);
    return k;
  };
  const measuresOf = (value: unknown, helper: string) =>
    list(value, helper).map((m) => ({ budget: (field(m, 'budgetRows') ?? field(m, 'budget')) as { year: number; operating?: number | null; investment?: number | null }[] | null }));
  const yearsOf = (value: unknown): number[] => (value === undefined ? ctx.years : list(value, 'budget').map((y) => num(y, 'budget')!));

  return {
    /** {{t "section.goals"}}: a fixed word of reports in the report's locale. */
    t: (...args) => {
      const key = String(args[0]);
      const text = label(locale, key);
      if (text === undefined) throw new HelperError(`unknown label "${key}"`);
      return text;
    },
    /** {{unit-label indicator.unit}} → % for percent, antall for count; any other unit as written. */
    'unit-label': (...args) => {
      if (args[0] === null || args[0] === undefined) return '';
      return label(locale, `unit.${String(args[0])}`) ?? String(args[0]);
    },
    /** {{number 1500}} → 1 500; decimals=1 fixes the decimals. */
    number: (...args) => {
      const v = num(args[0], 'number');
      if (v === undefined) return '';
      const decimals = num(opts(args).hash.decimals, 'number');
      // No decimals= is the default format, found without building its key.
      return formatNumber(v, locale, decimals === undefined ? undefined : { decimals });
    },
    /** {{amount 1500}} → 1 500 (in the workspace amount unit); compact=true → kr 1,5 mill. */
    amount: (...args) => {
      const v = num(args[0], 'amount');
      if (v === undefined) return '';
      return opts(args).hash.compact ? formatCompactAmount(v * ctx.amountUnit, locale, ctx.currency) : formatNumber(v, locale, WHOLE);
    },
    /** {{amount-unit}} → beløp i 1000 kr */
    'amount-unit': () => amountUnitText(ctx.amountUnit, locale, ctx.currency),
    /** {{date "2020-06-16"}} → 16. juni 2020; style="short" → 16.06.2020 */
    date: (...args) => {
      if (args[0] === null || args[0] === undefined) return '';
      const style = opts(args).hash.style ?? 'long';
      if (style !== 'long' && style !== 'short') throw new HelperError(`date style must be long or short, got ${JSON.stringify(style)}`);
      return formatDate(String(args[0]), locale, style);
    },
    /** {{period plan.period}} → 2027–2030 */
    period: (...args) => formatPeriod(args[0] as { start: number; end: number } | null),
    /** {{#with (budget measures)}}…{{/with}}: per-year operating/investment/total and the total over the plan's years. */
    budget: (...args) => sumBudgets(measuresOf(args[0], 'budget'), yearsOf(opts(args).hash.years)),
    /** {{budget-sum measures year=2027 kind="operating"}} → a number (no year: all the plan's years). */
    'budget-sum': (...args) => {
      const hash = opts(args).hash;
      const kind = budgetKind(hash.kind);
      const year = num(hash.year, 'budget-sum');
      const summary = sumBudgets(measuresOf(args[0], 'budget-sum'), year === undefined ? yearsOf(hash.years) : [year]);
      return summary.total[kind];
    },
    /** {{sdg-target "3.a"}} → 3.a and its title; {{sdg-title "3.a"}} → the title alone. */
    'sdg-target': (...args) => {
      const id = String(args[0]);
      const title = ctx.catalog.title(id, locale);
      if (title === undefined) throw new HelperError(`unknown SDG id "${id}"`);
      return `${id} ${title}`;
    },
    'sdg-title': (...args) => {
      const id = String(args[0]);
      const title = ctx.catalog.title(id, locale);
      if (title === undefined) throw new HelperError(`unknown SDG id "${id}"`);
      return title;
    },
    /** {{indicator-status indicator}} → I rute; year=2024 for an earlier year; key=true for the status key (on-track). */
    'indicator-status': (...args) => {
      const ind = args[0];
      if (ind === null || typeof ind !== 'object') throw new HelperError('indicator-status expects an indicator');
      const hash = opts(args).hash;
      const status = indicatorStatus(ind as Indicator, num(hash.year, 'indicator-status')).status;
      return hash.key ? status : label(locale, `status.${status}`)!;
    },
    /** {{indicator-chart indicator}}: a small inline SVG line chart (HTML reports), marking the value needed in the report's year; year=2027 for another. */
    'indicator-chart': (...args) => {
      const ind = args[0];
      if (ind === null || typeof ind !== 'object') throw new HelperError('indicator-chart expects an indicator');
      const year = num(opts(args).hash.year, 'indicator-chart') ?? ctx.year;
      return new SafeString(renderIndicatorChart(ind as ReportModel['indicators'][number], locale, year));
    },
    /** {{matrix-svg materiality}}: the materiality matrix as inline SVG (HTML reports). */
    'matrix-svg': (...args) => {
      const m = args[0];
      if (m === null || m === undefined) return '';
      return new SafeString(renderMatrixSvg(m as NonNullable<ReportModel['materiality']>, locale));
    },
    /** {{#each (sort measures "title")}}; desc=true reverses. */
    sort: (...args) => {
      const [items, key] = positional(args);
      const desc = opts(args).hash.desc === true;
      const sorted = [...list(items, 'sort')].sort((a, b) => compare(key === undefined ? a : field(a, String(key)), key === undefined ? b : field(b, String(key))));
      return desc ? sorted.reverse() : sorted;
    },
    /** {{#each (group-by measures "responsible.title")}}{{key}}: {{items.length}}{{/each}} */
    'group-by': (...args) => {
      const [items, key] = positional(args);
      const groups: { key: unknown; items: unknown[] }[] = [];
      // By lookup, not a search of the groups so far: 10,000 distinct keys stay linear.
      const byKey = new Map<unknown, { key: unknown; items: unknown[] }>();
      for (const item of list(items, 'group-by')) {
        const k = field(item, String(key)) ?? null;
        const g = byKey.get(k);
        if (g) g.items.push(item);
        else {
          const group = { key: k, items: [item] };
          byKey.set(k, group);
          groups.push(group);
        }
      }
      return groups;
    },
    /** {{#each (where measures "status" "ongoing")}} */
    where: (...args) => {
      const [items, key, value] = positional(args);
      return list(items, 'where').filter((x) => field(x, String(key)) === value);
    },
    /** {{sum rows "operating"}} */
    sum: (...args) => {
      const [items, key] = positional(args);
      return list(items, 'sum').reduce<number>((s, x) => add(s, num(key === undefined ? x : field(x, String(key)), 'sum') ?? 0), 0);
    },
    /** {{join goals ", " "title"}} */
    join: (...args) => {
      const [items, sep, key] = positional(args);
      return list(items, 'join').map((x) => String((key === undefined ? x : field(x, String(key))) ?? '')).join(sep === undefined ? ', ' : String(sep));
    },
    /** {{cell text}}: text safe inside a Markdown table cell (the one Markdown escaper: one line, `|` escaped); in HTML one line. */
    cell: (...args) => (ctx.format === 'md' ? new SafeString(mdText(String(args[0] ?? ''))) : oneLine(String(args[0] ?? ''))),
    concat: (...args) => positional(args).map((x) => String(x ?? '')).join(''),
    default: (...args) => {
      const [value, fallback] = positional(args);
      return value === null || value === undefined || value === '' ? fallback : value;
    },
    eq: (...args) => args[0] === args[1],
    ne: (...args) => args[0] !== args[1],
    lt: (...args) => compare(args[0], args[1]) < 0,
    gt: (...args) => compare(args[0], args[1]) > 0,
    lte: (...args) => compare(args[0], args[1]) <= 0,
    gte: (...args) => compare(args[0], args[1]) >= 0,
    and: (...args) => positional(args).every(Boolean),
    or: (...args) => positional(args).some(Boolean),
    not: (...args) => !args[0],
    length: (...args) => (Array.isArray(args[0]) ? args[0].length : 0),
  };
}
