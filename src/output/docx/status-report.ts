import { Document, HeadingLevel, Packer, Paragraph, TableOfContents, TextRun, type ISectionOptions, type Table } from 'docx';
import { formatDate } from '../../i18n/format.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import type { BenefitPlanView } from '../../model/status-report/gevinstplan.js';
import type { DeviationRow, StatusReportView } from '../../model/status-report/view.js';
import { svgImage } from './images.js';
import { LANG, ownStyles, PAGE, pageFooter, referenceOverrides, type DocxOptions } from './render-docx.js';
import { dataTable, num, text } from './tables.js';
import { docText } from './text.js';

type Block = Paragraph | Table;

const heading = (level: 1 | 2, value: string): Paragraph => new Paragraph({ heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(docText(value))] });
const para = (value: string, style?: string): Paragraph => new Paragraph({ style, children: [new TextRun(docText(value))] });
const bullet = (value: string): Paragraph => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(docText(value))] });

/**
 * The body of a tertialrapport or årsberetning, section for section as its HTML
 * template (templates/tertialrapport.html.hbs, arsberetning.html.hbs) renders the
 * same view: summary, the § 14-7 sections, budget deviations, measure progress and
 * indicators per focus area, benefits, and the changes since the previous report.
 */
export function statusReportBody(v: StatusReportView): Block[] {
  const w = v.words;
  const out: Block[] = [];
  if (v.report.summary) out.push(heading(1, w.summary), para(v.report.summary));
  if (v.sections.length > 0) {
    out.push(heading(1, w.statutory));
    for (const s of v.sections) out.push(heading(2, s.title), s.missing ? para(w.missingSection, 'Note') : para(s.text));
  }
  out.push(heading(1, `${w.budgetDeviations} (${v.amountUnit})`));
  if (v.deviations) {
    const row = (d: DeviationRow, bold: boolean) =>
      [text(d.title), num(d.frame), num(d.forecast), num(d.deviation), num(d.percent), text(d.comment)].map((c) => ({ ...c, bold: bold || (d.significant && c.num === true) }));
    out.push(
      dataTable([text(w.unit), num(w.frame), num(w.forecast), num(w.deviation), num(w.percent), text(w.comment)], [...v.deviations.rows.map((d) => row(d, false)), row(v.deviations.total, true)]),
      para(w.deviationNote, 'Note'),
    );
  } else out.push(para(w.noBudget));
  out.push(heading(1, w.measureProgress));
  for (const fa of v.focusAreas) {
    out.push(heading(2, fa.title), para(fa.counts.map((c) => `${c.symbol} ${c.text}: ${c.count}`).join(' · ')));
    // The progress in words beside its symbol: never by colour or shape alone.
    out.push(dataTable([text(w.measure), text(w.progressColumn), num(w.spent), num(w.budget), text(w.comment)], fa.measures.map((m) => [text(m.title), text(`${m.symbol} ${m.progressText}`), num(m.spent), num(m.yearBudget), text(m.comment)])));
    if (fa.indicators.length > 0) out.push(dataTable([text(w.indicator), text(w.goal), num(w.latest), text(w.status)], fa.indicators.map((i) => [text(i.title), text(i.goal), num(i.latest), text(i.statusText)])));
  }
  if (v.benefits.length > 0) out.push(heading(1, w.benefits), dataTable([text(w.benefit), text(w.owner), text(w.status), text(w.comment)], v.benefits.map((b) => [text(b.title), text(b.owner), text(b.statusText), text(b.comment)])));
  if (v.report.type === 'tertial') {
    out.push(heading(1, w.changes));
    if (!v.previous) out.push(para(w.firstReport));
    else if (v.changes && v.changes.length > 0) out.push(...v.changes.map((c) => bullet(`${c.kindText}: ${c.title}: ${c.from} → ${c.to}`)));
    else out.push(para(w.noChanges));
  }
  return out;
}

/** The Word document around a body: a title page, a table of contents, the body with page numbers, every run in the language. */
async function wordDocument(locale: StatusReportView['locale'], page: { subtitle: string; title: string; lines: string[] }, body: Block[], options: DocxOptions): Promise<Uint8Array> {
  const lang = LANG[locale];
  const t = (k: string) => label(locale, k) ?? k;
  const title: ISectionOptions = {
    properties: { page: PAGE },
    children: [
      new Paragraph({ style: 'Subtitle', spacing: { before: 2400 }, children: [new TextRun(docText(page.subtitle))] }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(docText(page.title))] }),
      ...page.lines.map((l) => para(l)),
      new Paragraph({ children: [new TextRun({ text: `${docText(t('report.generated'))}: `, bold: true }), new TextRun(docText(formatDate(options.generated.toISOString().slice(0, 10), locale)))] }),
    ],
  };
  const contents: ISectionOptions = {
    properties: { page: PAGE },
    footers: { default: pageFooter() },
    children: [
      new Paragraph({ style: 'TOCHeading', children: [new TextRun({ text: docText(t('section.contents')), bold: true, size: 32 })] }),
      new TableOfContents(t('section.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
    ],
  };
  const doc = new Document({
    creator: docText(page.subtitle),
    title: docText(page.title),
    features: { updateFields: true },
    externalStyles: options.referenceStyles,
    styles: options.referenceStyles === undefined ? ownStyles(lang) : referenceOverrides(lang, options.referenceStyles),
    sections: [title, contents, { properties: { page: PAGE }, footers: { default: pageFooter() }, children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A tertialrapport or årsberetning as a Word document, from the same view as its
 * HTML: a title page (municipality, report type, plan, as-of date, generation
 * date), a table of contents, the body, page numbers; every run in the report's
 * language; tables with repeating header rows and right-aligned numbers.
 */
export function renderStatusReportDocx(v: StatusReportView, options: DocxOptions): Promise<Uint8Array> {
  return wordDocument(v.locale, { subtitle: `${v.workspace.name} · ${v.report.typeText} · ${v.plan.title}`, title: v.report.title, lines: [`${v.words.asOf} ${v.report.asOfText}`] }, statusReportBody(v), options);
}

/**
 * The gevinstplan as a Word document, from the view its HTML template renders: per
 * focus area the benefits table and the benefits map as a picture whose alternative
 * text reads the map's links in words (measure → benefit → goal).
 */
export function renderBenefitPlanDocx(v: BenefitPlanView, options: DocxOptions): Promise<Uint8Array> {
  const w = v.words;
  const body: Block[] = [];
  for (const fa of v.focusAreas) {
    body.push(
      heading(1, fa.title),
      dataTable(
        [text(w.benefit), text(w.owner), text(w.measure), text(w.indicator), num(w.baseline), num(w.target), text(w.realizedBy), text(w.status), text(w.history)],
        fa.benefits.map((b) => [text(b.title), text(b.owner), text(b.measure.title), text(b.indicator), num(b.baseline), num(b.target), text(b.realizedBy), text(b.statusText), text(...(b.history.length > 0 ? b.history.map((h) => `${h.asOf}: ${h.statusText}`) : ['–']))]),
      ),
    );
    if (fa.svg) {
      const labelOf = new Map(fa.map.nodes.map((n) => [n.id, n.label]));
      const description = `${w.benefitMap}: ${fa.title}. ${fa.map.edges.map(([a, b]) => `${labelOf.get(a) ?? a} → ${labelOf.get(b) ?? b}`).join('; ')}.`;
      body.push(new Paragraph({ children: [svgImage(fa.svg, { title: `${w.benefitMap}: ${fa.title}`, description }, 640, options.rasterise)] }), para(`${w.benefitMap}: ${fa.title}`, 'Note'));
    }
  }
  return wordDocument(v.locale, { subtitle: v.workspace.name, title: `${w.benefitPlan}: ${v.plan.title}`, lines: [] }, body, options);
}
