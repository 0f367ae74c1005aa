import { Chalk } from 'chalk';
import type { Scorecard } from '../../model/scorecard.js';
import { printable } from '../terminal.js';
import { truncate } from '../text.js';
import { COLOR, countsText, SYMBOL } from './cells.js';
import { fill, words } from '../../i18n/words.js';
import type { Locale } from '../../i18n/locale.js';
import { benefitHeader, benefitRows, indicatorHeader, indicatorRows, measureHeader, measureRows, reportLine, unusedArea, type Row } from './rows.js';

/** Longest title shown in a text table cell; the rest is cut with an ellipsis. */
const MAX_TITLE = 40;

/**
 * The scorecard as plain aligned tables for terminals without interaction, pipes and CI logs.
 * Text from the repository (titles, dates) goes through `printable`, as in `plan validate`,
 * so a control character in a YAML value cannot steer the terminal, and no line starts
 * with it: a plan heading starts with ■, an area heading with ▸, a table row with its
 * status symbol (· without one).
 */
export function statusText(card: Scorecard, locale: Locale, options: { color: boolean }): string {
  const w = words(locale);
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  if (card.plans.length === 0) return `${fill(w.scorecard.title, { year: card.year })}\n${w.scorecard.noPlans}\n`;
  for (const plan of card.plans) {
    out.push(chalk.bold(`■ ${printable(plan.title)}: ${fill(w.scorecard.title, { year: card.year }).toLowerCase()}${plan.goalsOf ? ` (${fill(w.scorecard.goalsOf, { plan: printable(plan.goalsOf) })})` : ''}`));
    out.push(`${countsText(plan.counts, w)} (${fill(w.scorecard.benefitsAsOf, { date: card.today })})`);
    out.push(printable(reportLine(plan, card.today, w)), '');
    for (const area of plan.focusAreas) {
      out.push(chalk.bold(`▸ ${area.title === undefined ? w.scorecard.noFocusArea : printable(area.title)}`));
      if (area.goals.length === 0) {
        out.push(`  ${w.scorecard.noGoals}`, '');
        continue;
      }
      out.push(`  ${countsText(area.counts, w)}`);
      table(out, indicatorHeader(card, w), indicatorRows(area, w, locale), [3, 4, 5], chalk);
      const measures = measureRows(area, w);
      if (measures.length > 0) table(out, measureHeader(w), measures, [], chalk);
    }
    out.push(chalk.bold(w.scorecard.benefits));
    if (plan.benefits.length === 0) out.push(`  ${w.scorecard.noBenefits}`, '');
    else table(out, benefitHeader(w), benefitRows(plan.benefits, w), [], chalk);
  }
  if (card.unused.length > 0) {
    const area = unusedArea(card, w);
    out.push(chalk.bold(`■ ${area.title}`), `${countsText(area.counts, w)}`, '');
    table(out, indicatorHeader(card, w), indicatorRows(area, w, locale), [3, 4, 5], chalk);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Appends an aligned table and a blank line; each row starts with its status symbol, the header with spaces. */
function table(out: string[], header: readonly string[], rows: readonly Row[], right: readonly number[], chalk: InstanceType<typeof Chalk>): void {
  const body = rows.map((r) => ({ ...r, cells: r.cells.map((c) => printable(truncate(c, MAX_TITLE))) }));
  // A loop, not Math.max(...rows): an area may have more rows than a call takes arguments.
  const widths = header.map((h) => width(h));
  for (const r of body) r.cells.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  const last = header.length - 1;
  const pad = (s: string, i: number): string =>
    right.includes(i) ? ' '.repeat(widths[i]! - width(s)) + s : i === last ? s : s + ' '.repeat(widths[i]! - width(s));
  const line = (lead: string, cells: readonly string[], colour?: (s: string, i: number) => string): string =>
    `  ${lead} ${cells.map((c, i) => (colour ? colour(pad(c, i), i) : pad(c, i))).join('  ')}`.trimEnd();
  out.push(chalk.dim(line(' ', header)));
  for (const r of body) {
    const lead = r.status ? chalk[COLOR[r.status]](SYMBOL[r.status]) : '·';
    out.push(line(lead, r.cells, (s, i) => (r.status && i === r.statusCell ? chalk[COLOR[r.status]](s) : s)));
  }
  out.push('');
}

function width(s: string): number {
  return [...s].length;
}
