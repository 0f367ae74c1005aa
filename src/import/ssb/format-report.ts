import type { ImportOutcome, IndicatorReport } from './import-ssb.js';
import type { SkippedYear } from './match.js';
import type { YearChange } from './merge-actuals.js';
import { words, type Catalogue } from '../../i18n/words.js';
import { formatNumber as formatLocaleNumber } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';

export interface ReportContext {
  /** Tables asked for that no indicator reads. */
  unusedTables: readonly string[];
  /** Indicators named with --indicator whose table is not part of the run. */
  notGiven: readonly { id: string; table: string }[];
  /** How many tables were read. */
  tables: number;
  dryRun: boolean;
  /** How many files were (or, in a dry run, would be) written. */
  files: number;
}

/**
 * The text of an import run: per indicator the years added, changed, unchanged
 * and skipped (and why), or why it could not be imported; then a total. Pure.
 */
export function formatReport(outcome: ImportOutcome, context: ReportContext, locale: Locale): string {
  const m = words(locale).ssb;
  const out: string[] = [];
  for (const r of outcome.reports) out.push(...indicatorLines(r, m, locale), '');
  for (const table of context.unusedTables) out.push(`${m.table(table)}: ${m.unusedTable(table)}`, '');
  for (const { id, table } of context.notGiven) out.push(m.notGiven(id, table), '');
  const sum = (f: (r: IndicatorReport) => number) => outcome.reports.reduce((n, r) => n + f(r), 0);
  out.push(
    m.totals({
      indicators: outcome.reports.length,
      tables: context.tables,
      added: sum((r) => r.added.length),
      changed: sum((r) => r.changed.length),
      unchanged: sum((r) => r.unchanged.length),
      skipped: sum((r) => r.skipped.length),
      failed: outcome.reports.filter((r) => r.problems.length > 0).length,
      files: context.files,
      dryRun: context.dryRun,
    }),
  );
  return `${out.join('\n')}\n`;
}

function indicatorLines(r: IndicatorReport, m: Catalogue['ssb'], locale: Locale): string[] {
  const lines = [`${r.id}  ${r.file}  ${m.table(r.table)}`];
  const width = Math.max(...[m.added, m.changed, m.unchanged, m.skipped].map((w) => w.length)) + 2;
  const row = (label: string, text: string) => lines.push(`  ${label.padEnd(width)}${text}`);
  if (r.problems.length > 0) {
    for (const p of r.problems) lines.push(`  ${m.failed}: ${p.code === 'not-editable' ? m.edit(p) : m.match(p)}`);
    return lines;
  }
  const num = (v: number) => formatNumber(v, locale);
  const status = (c: YearChange) => (c.status ? ` (${m.status(c.status)})` : '');
  if (r.added.length > 0) row(m.added, r.added.map((c) => `${c.year}: ${num(c.value)}${status(c)}`).join(', '));
  if (r.changed.length > 0) row(m.changed, r.changed.map((c) => changeText(c, m, num)).join(', '));
  if (r.unchanged.length > 0) row(m.unchanged, ranges(r.unchanged));
  if (r.skipped.length > 0) row(m.skipped, skippedText(r.skipped, m));
  if (r.retrieved) lines.push(`  ${m.retrieved(r.retrieved)}`);
  return lines;
}

function changeText(c: YearChange, m: Catalogue['ssb'], num: (v: number) => string): string {
  const before = c.before!;
  const value = before.value === c.value ? num(c.value) : `${num(before.value)} → ${num(c.value)}`;
  const status = before.status === c.status ? '' : ` (${before.status ? `${m.status(before.status)} → ` : ''}${c.status ? m.status(c.status) : ''})`;
  return `${c.year}: ${value}${status}`;
}

/** Skipped years by reason, each reason's years as ranges: "2015–2019 («.»: lar seg ikke føre opp)". */
function skippedText(skipped: readonly SkippedYear[], m: Catalogue['ssb']): string {
  const byReason = new Map<string, number[]>();
  for (const s of skipped) {
    const why = s.reason === 'symbol' ? m.symbol(s.symbol ?? '') : s.reason === 'missing' ? m.missing : m.notANumber;
    byReason.set(why, [...(byReason.get(why) ?? []), s.year]);
  }
  return [...byReason].map(([why, years]) => `${ranges(years)} (${why})`).join(', ');
}

/** Years as ranges: 2015, 2016, 2017, 2019 → "2015–2017, 2019". */
export function ranges(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** A value as the locale writes it (1,2 in Norwegian), every digit kept, no grouping. */
function formatNumber(value: number, locale: Locale): string {
  return formatLocaleNumber(value, locale, { maxDecimals: 20, grouping: false });
}
