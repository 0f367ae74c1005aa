import type { Scorecard } from '../../model/scorecard.js';
import { mdText } from '../../output/markdown.js';
import { countsText } from './cells.js';
import { fill, LABELS, type Locale } from './labels.js';
import { benefitHeader, benefitRows, indicatorHeader, indicatorRows, type Row } from './rows.js';

/** The scorecard as Markdown: per plan a heading with the rollup, a table per focus area, and the benefits; every cell through the one Markdown escaper. */
export function statusMarkdown(card: Scorecard, locale: Locale): string {
  const labels = LABELS[locale];
  const out: string[] = [];
  if (card.plans.length === 0) return `# ${fill(labels.title, { year: card.year })}\n\n${labels.noPlans}\n`;
  for (const plan of card.plans) {
    out.push(`# ${mdText(plan.title)}: ${fill(labels.title, { year: card.year }).toLowerCase()}`, '');
    out.push(`${countsText(plan.counts, labels)} (${fill(labels.benefitsAsOf, { date: card.today })})`, '');
    for (const area of plan.focusAreas) {
      out.push(`## ${mdText(area.title ?? labels.noFocusArea)}`, '');
      if (area.goals.length === 0) {
        out.push(labels.noGoals, '');
        continue;
      }
      out.push(countsText(area.counts, labels), '');
      table(out, indicatorHeader(card, labels), indicatorRows(area, labels, locale), [3, 4, 5]);
    }
    out.push(`## ${labels.benefits}`, '');
    if (plan.benefits.length === 0) out.push(labels.noBenefits, '');
    else table(out, benefitHeader(labels), benefitRows(plan.benefits, labels), []);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Appends a table and a blank line (row by row: an area may have 100,000 indicators). */
function table(out: string[], header: string[], rows: readonly Row[], rightAligned: number[]): void {
  const align = header.map((_, i) => (rightAligned.includes(i) ? '---:' : '---'));
  out.push(line(header), line(align));
  for (const r of rows) out.push(line(r.cells.map((c) => mdText(c))));
  out.push('');
}

function line(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
