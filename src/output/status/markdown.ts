import type { Scorecard } from '../../model/scorecard.js';
import { mdText } from '../markdown.js';
import { countsText } from './cells.js';
import { fill, words } from '../../i18n/words.js';
import type { Locale } from '../../i18n/locale.js';
import { benefitHeader, benefitRows, indicatorHeader, indicatorRows, measureHeader, measureRows, reportLine, unusedArea, type Row } from './rows.js';

/** The scorecard as Markdown: per plan a heading with the rollup, a table per focus area, and the benefits; every cell through the one Markdown escaper. */
export function statusMarkdown(card: Scorecard, locale: Locale): string {
  const w = words(locale);
  const out: string[] = [];
  if (card.plans.length === 0) return `# ${fill(w.scorecard.title, { year: card.year })}\n\n${w.scorecard.noPlans}\n`;
  for (const plan of card.plans) {
    out.push(`# ${mdText(plan.title)}: ${fill(w.scorecard.title, { year: card.year }).toLowerCase()}${plan.goalsOf ? ` (${fill(w.scorecard.goalsOf, { plan: mdText(plan.goalsOf) })})` : ''}`, '');
    out.push(`${countsText(plan.counts, w)} (${fill(w.scorecard.benefitsAsOf, { date: card.today })})`, '');
    out.push(mdText(reportLine(plan, card.today, w)), '');
    for (const area of plan.focusAreas) {
      out.push(`## ${mdText(area.title ?? w.scorecard.noFocusArea)}`, '');
      if (area.goals.length === 0) {
        out.push(w.scorecard.noGoals, '');
        continue;
      }
      out.push(countsText(area.counts, w), '');
      table(out, indicatorHeader(card, w), indicatorRows(area, w, locale), [3, 4, 5]);
      const measures = measureRows(area, w);
      if (measures.length > 0) table(out, measureHeader(w), measures, []);
    }
    out.push(`## ${w.scorecard.benefits}`, '');
    if (plan.benefits.length === 0) out.push(w.scorecard.noBenefits, '');
    else table(out, benefitHeader(w), benefitRows(plan.benefits, w), []);
  }
  if (card.unused.length > 0) {
    const area = unusedArea(card, w);
    out.push(`# ${area.title}`, '', countsText(area.counts, w), '');
    table(out, indicatorHeader(card, w), indicatorRows(area, w, locale), [3, 4, 5]);
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
