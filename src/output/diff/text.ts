import { Chalk } from 'chalk';
import type { DiffResult, DocumentDiff } from '../../diff/semantic-diff.js';
import { printable as safe } from '../terminal.js';
import { kindLabel } from './md.js';
import { okonomiplanText } from './okonomiplan.js';
import type { Locale } from '../../i18n/locale.js';
import { numberFormat, sideHealth, sideName as rawSideName, statusValueText, valueText as rawValueText } from './shared.js';
import { words, type Catalogue } from '../../i18n/words.js';
import { amountUnitText } from '../../i18n/format.js';

/*
 * Everything from the repository or git (ids, titles, paths, values, ref names) goes
 * through `printable`, as in `plan validate`: a control character or bidi override in
 * a YAML value is shown as a \u escape and cannot steer the terminal, `::` and `##[`
 * cannot reach the CI runner. Every line starts with planverk's own words or a mark
 * (`+`, `-`, `~`), never with such a value.
 */
const sideName: typeof rawSideName = (side, labels) => safe(rawSideName(side, labels));
const valueText = (value: unknown, locale: Locale): string => safe(rawValueText(value, undefined, locale));

/** Terminal output: sides, the summary, then each document with its changes; coloured when asked. */
export function diffText(result: DiffResult, options: { color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const l = words(result.locale).diff;
  const fmt = numberFormat(result.locale);
  const s = result.summary;
  const out: string[] = [];
  const change = c.yellow('~');
  out.push(c.bold(`${l.title}: ${sideName(result.base, l)} → ${sideName(result.head, l)}`));
  for (const [name, side] of [[l.base, result.base], [l.head, result.head]] as const) {
    const health = sideHealth(side, l);
    out.push(`  ${name}: ${side.errors > 0 ? c.red(health) : c.dim(health)}`);
  }
  out.push('');
  const { added, removed, changed, moved } = result.counts;
  if (!result.changed) out.push(c.green(`${l.noChanges}${moved > 0 ? ` (${moved} ${l.moved})` : ''}`));
  else out.push(`${l.summary}: ${c.green(`${added} ${l.added}`)}, ${c.red(`${removed} ${l.removed}`)}, ${c.yellow(`${changed} ${l.changed}`)}, ${moved} ${l.moved}`);

  if (s.budget.length > 0) {
    out.push('', c.bold(`${l.budget} (${safe(amountUnitText(result.amountUnit, result.locale, result.currency))})`));
    const money = (label: string, d: { old: number; new: number; delta: number }): string =>
      d.delta === 0 ? '' : `${label} ${fmt(d.old)} → ${fmt(d.new)} (${(d.delta > 0 ? c.green : c.red)(fmt(d.delta, true))})`;
    for (const row of s.budget) {
      out.push(`  ${change} ${safe(String(row.id))} ${safe(String(row.year))}: ${[money(l.operating, row.operating), money(l.investment, row.investment)].filter(Boolean).join(', ')}`);
    }
    for (const t of s.budgetTotals) out.push(`  ${c.bold(`${l.total} ${t.year}`)}: ${[money(l.operating, t.operating), money(l.investment, t.investment)].filter(Boolean).join(', ')}`);
  }
  for (const line of okonomiplanText(result, c)) out.push(line);
  const refs = (title: string, list: { id: string; title?: string }[], mark: string): void => {
    if (list.length === 0) return;
    out.push('', c.bold(title));
    for (const r of list) out.push(`  ${mark} ${safe(r.id)}${r.title ? c.dim(`  ${safe(r.title)}`) : ''}`);
  };
  refs(l.goalsAdded, s.goals.added, c.green('+'));
  refs(l.goalsRemoved, s.goals.removed, c.red('-'));
  refs(l.measuresAdded, s.measures.added, c.green('+'));
  refs(l.measuresRemoved, s.measures.removed, c.red('-'));
  if (s.sdgTargets.length > 0) {
    out.push('', c.bold(l.sdgTargets));
    for (const g of s.sdgTargets) out.push(`  ${change} ${safe(String(g.id))}: ${[...g.gained.map((t) => c.green(`+${safe(String(t))}`)), ...g.lost.map((t) => c.red(`-${safe(String(t))}`))].join(' ')}`);
  }
  if (s.indicatorTargets.length > 0) {
    out.push('', c.bold(l.indicatorTargets));
    for (const t of s.indicatorTargets) out.push(`  ${change} ${safe(String(t.id))} ${safe(String(t.year))}: ${t.old === undefined ? '–' : fmt(t.old)} → ${t.new === undefined ? '–' : fmt(t.new)}`);
  }
  if (s.priorityCoverage.length > 0) {
    out.push('', c.bold(l.priorityCoverage));
    for (const p of s.priorityCoverage) {
      const goals = (list: string[]) => (list.length > 0 ? safe(list.join(', ')) : l.notCovered);
      const flag = p.prioritised.old === p.prioritised.new ? '' : ` (${l.prioritised.toLowerCase()}: ${p.prioritised.old ? l.yes : l.no} → ${p.prioritised.new ? l.yes : l.no})`;
      const uncovered = p.prioritised.new && p.goals.new.length === 0;
      out.push(`  ${change} ${safe(String(p.target))}: ${goals(p.goals.old)} → ${uncovered ? c.red(goals(p.goals.new)) : goals(p.goals.new)}${flag}`);
    }
  }
  if (s.statuses.length > 0) {
    out.push('', c.bold(l.statuses));
    for (const st of s.statuses) out.push(`  ${change} ${safe(String(st.id))}: ${safe(statusValueText(st.kind, st.old, result.locale))} → ${safe(statusValueText(st.kind, st.new, result.locale))}`);
  }
  if (result.documents.length > 0) out.push('', c.bold(l.details));
  // One line at a time: spreading a document's 200,000 changes into push() overflows the stack.
  for (const d of result.documents) for (const line of documentLines(d, result, c, l)) out.push(line);
  return `${out.join('\n')}\n`;
}

function documentLines(d: DocumentDiff, result: DiffResult, c: InstanceType<typeof Chalk>, l: Catalogue['diff']): string[] {
  const kind = safe(kindLabel(l, d.kind));
  const mark = { added: c.green('+'), removed: c.red('-'), changed: c.yellow('~'), moved: c.dim('>') }[d.status];
  const where = safe(d.from ? `${l.movedFrom} ${d.from} → ${d.file}` : d.file);
  const lines = [`${mark} ${kind} ${c.bold(safe(String(d.id)))} ${c.dim(`(${where})`)}`];
  if (d.fileHasErrors) lines.push(`    ${c.red(l.fileHasErrors(sideName(result[d.fileHasErrors], l)))}`);
  for (const ch of d.changes) {
    if (ch.op === 'added') lines.push(`    ${c.green('+')} ${safe(ch.path)}: ${c.green(valueText(ch.new, result.locale))}`);
    else if (ch.op === 'removed') lines.push(`    ${c.red('-')} ${safe(ch.path)}: ${c.red(valueText(ch.old, result.locale))}`);
    else lines.push(`    ${c.yellow('~')} ${safe(ch.path)}: ${c.red(valueText(ch.old, result.locale))} → ${c.green(valueText(ch.new, result.locale))}`);
  }
  return lines;
}
