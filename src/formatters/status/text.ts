import { Chalk } from 'chalk';
import type { Scorecard } from '../../model/scorecard.js';
import { printable } from '../printable.js';
import { COLOR, countsText } from './cells.js';
import { fill, LABELS, type Locale } from './labels.js';
import { benefitHeader, benefitRows, indicatorHeader, indicatorRows, type Row } from './rows.js';

/** Longest title shown in a text table cell; the rest is cut with an ellipsis. */
const MAX_TITLE = 40;

/**
 * The scorecard as plain aligned tables for terminals without interaction, pipes and CI logs.
 * Text from the repository (titles, dates) goes through `printable`, as in `plan validate`,
 * so a control character in a YAML value cannot steer the terminal.
 */
export function statusText(card: Scorecard, locale: Locale, options: { color: boolean }): string {
  const labels = LABELS[locale];
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  if (card.plans.length === 0) return `${fill(labels.title, { year: card.year })}\n${labels.noPlans}\n`;
  for (const plan of card.plans) {
    out.push(chalk.bold(`${printable(plan.title)}: ${fill(labels.title, { year: card.year }).toLowerCase()}`));
    out.push(`${countsText(plan.counts, labels)} (${fill(labels.benefitsAsOf, { date: card.today })})`, '');
    for (const area of plan.focusAreas) {
      out.push(chalk.bold(area.title === undefined ? labels.noFocusArea : printable(area.title)));
      if (area.goals.length === 0) {
        out.push(`  ${labels.noGoals}`, '');
        continue;
      }
      out.push(`  ${countsText(area.counts, labels)}`);
      out.push(...table(indicatorHeader(card, labels), indicatorRows(area, labels, locale), [3, 4, 5], chalk), '');
    }
    out.push(chalk.bold(labels.benefits));
    if (plan.benefits.length === 0) out.push(`  ${labels.noBenefits}`, '');
    else out.push(...table(benefitHeader(labels), benefitRows(plan.benefits, labels), [], chalk), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function table(header: readonly string[], rows: readonly Row[], right: readonly number[], chalk: InstanceType<typeof Chalk>): string[] {
  const cut = (s: string): string => ([...s].length > MAX_TITLE ? `${[...s].slice(0, MAX_TITLE - 1).join('')}…` : s);
  const body = rows.map((r) => ({ ...r, cells: r.cells.map((c) => cut(printable(c))) }));
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((r) => width(r.cells[i] ?? ''))));
  const last = header.length - 1;
  const pad = (s: string, i: number): string =>
    right.includes(i) ? ' '.repeat(widths[i]! - width(s)) + s : i === last ? s : s + ' '.repeat(widths[i]! - width(s));
  const line = (cells: readonly string[], colour?: (s: string, i: number) => string): string =>
    `  ${cells.map((c, i) => (colour ? colour(pad(c, i), i) : pad(c, i))).join('  ')}`.trimEnd();
  return [
    chalk.dim(line(header)),
    ...body.map((r) => line(r.cells, (s, i) => (r.status && i === r.statusCell ? chalk[COLOR[r.status]](s) : s))),
  ];
}

function width(s: string): number {
  return [...s].length;
}
