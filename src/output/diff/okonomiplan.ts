import type { Chalk } from 'chalk';
import type { Locale } from '../../i18n/locale.js';
import { words, type Catalogue } from '../../i18n/words.js';
import { amountUnitText } from '../../i18n/format.js';
import type { AmountChange, BalanceChange, LineChange } from '../../diff/budget-diff.js';
import type { DiffResult } from '../../diff/semantic-diff.js';
import { mdText } from '../markdown.js';
import { printable as safe } from '../terminal.js';
import { numberFormat } from './shared.js';

type OkonomiplanDiffLabels = Catalogue['diffOkonomiplan'];

/** The forskrift's name of a line, with its number: `6 Korrigert sum bevilgninger drift, netto`. */
function lineName(c: LineChange, locale: Locale): string {
  const names = words(locale).budget;
  const name = c.table === 'operating' ? names.operating[c.line as keyof typeof names.operating] : names.investment[c.line as keyof typeof names.investment];
  return c.number === null ? name : `${c.number} ${name}`;
}

function balanceText(b: BalanceChange, l: OkonomiplanDiffLabels): string {
  return (b.change === 'unbalanced' ? l.unbalanced : l.balanced)(b.year, l.table[b.table]);
}

/** The økonomiplan section of the terminal output: lines to add after the summary. */
export function okonomiplanText(result: DiffResult, c: InstanceType<typeof Chalk>): string[] {
  const l = words(result.locale).diffOkonomiplan;
  const fmt = numberFormat(result.locale);
  const unit = safe(amountUnitText(result.amountUnit, result.locale, result.currency));
  const value = (x: number | null) => (x === null ? '–' : fmt(x));
  const change = (a: AmountChange) => `${value(a.old)} → ${value(a.new)} (${(a.delta > 0 ? c.green : c.red)(fmt(a.delta, true))})`;
  const out: string[] = [];
  for (const o of result.okonomiplan ?? []) {
    out.push('', c.bold(`${safe(l.heading(o.title))} (${l.status[o.status]}, ${unit})`));
    for (const b of o.balance) out.push(`  ${b.change === 'unbalanced' ? c.red('!') : c.green('✓')} ${balanceText(b, l)}: ${value(b.old)} → ${value(b.new)}`);
    if (o.frames.length > 0) out.push(`  ${c.bold(l.frames)}`);
    for (const f of o.frames) out.push(`    ~ ${safe(f.title)} ${f.year}: ${change(f)}`);
    if (o.lines.length > 0) out.push(`  ${c.bold(l.lines)}`);
    for (const x of o.lines) out.push(`    ~ ${l.table[x.table]} ${lineName(x, result.locale)} ${x.year}: ${change(x)}`);
  }
  return out;
}

/** The økonomiplan sections of the Markdown output, one per changed økonomiplan. */
export function okonomiplanMarkdown(result: DiffResult): string[] {
  const l = words(result.locale).diffOkonomiplan;
  const fmt = numberFormat(result.locale);
  const unit = amountUnitText(result.amountUnit, result.locale, result.currency);
  const value = (x: number | null) => (x === null ? '–' : fmt(x));
  const row = (label: string, a: AmountChange) => `| ${label} | ${a.year} | ${value(a.old)} | ${value(a.new)} | **${fmt(a.delta, true)}** |`;
  const head = (first: string) => [`| ${[first, l.year, l.before, l.after, 'Δ'].map((h) => mdText(h)).join(' | ')} |`, '| --- | ---: | ---: | ---: | ---: |'];
  return (result.okonomiplan ?? []).map((o) => {
    const out = [`### ${mdText(l.heading(o.title))}`, '', `_${mdText(`${l.status[o.status]}, ${unit}`)}_`, ''];
    if (o.balance.length > 0) {
      out.push(`**${mdText(l.balance)}**`, '');
      for (const b of o.balance) out.push(`- ${b.change === 'unbalanced' ? '⚠️' : '✅'} ${mdText(balanceText(b, l))}: ${value(b.old)} → ${value(b.new)}`);
      out.push('');
    }
    if (o.frames.length > 0) out.push(`**${mdText(l.frames)}**`, '', ...head(l.unit), ...o.frames.map((f) => row(mdText(f.title, 100), f)), '');
    if (o.lines.length > 0) out.push(`**${mdText(l.lines)}**`, '', ...head(l.line), ...o.lines.map((x) => row(mdText(`${l.table[x.table]} ${lineName(x, result.locale)}`), x)), '');
    return out.join('\n');
  });
}
