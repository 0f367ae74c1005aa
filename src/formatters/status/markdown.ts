import type { Scorecard } from '../../model/scorecard.js';
import { countsText } from './cells.js';
import { fill, LABELS, type Locale } from './labels.js';
import { benefitHeader, benefitRows, indicatorHeader, indicatorRows, type Row } from './rows.js';

/** The scorecard as Markdown: per plan a heading with the rollup, a table per focus area, and the benefits. */
export function statusMarkdown(card: Scorecard, locale: Locale): string {
  const labels = LABELS[locale];
  const out: string[] = [];
  if (card.plans.length === 0) return `# ${fill(labels.title, { year: card.year })}\n\n${labels.noPlans}\n`;
  for (const plan of card.plans) {
    out.push(`# ${escape(plan.title)}: ${fill(labels.title, { year: card.year }).toLowerCase()}`, '');
    out.push(`${countsText(plan.counts, labels)} (${fill(labels.benefitsAsOf, { date: card.today })})`, '');
    for (const area of plan.focusAreas) {
      out.push(`## ${escape(area.title ?? labels.noFocusArea)}`, '');
      if (area.goals.length === 0) {
        out.push(labels.noGoals, '');
        continue;
      }
      out.push(countsText(area.counts, labels), '');
      out.push(...table(indicatorHeader(card, labels), indicatorRows(area, labels, locale), [3, 4, 5]), '');
    }
    out.push(`## ${labels.benefits}`, '');
    if (plan.benefits.length === 0) out.push(labels.noBenefits, '');
    else out.push(...table(benefitHeader(labels), benefitRows(plan.benefits, labels), []), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function table(header: string[], rows: readonly Row[], rightAligned: number[]): string[] {
  const align = header.map((_, i) => (rightAligned.includes(i) ? '---:' : '---'));
  return [line(header), line(align), ...rows.map((r) => line(r.cells.map(escape)))];
}

function line(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
