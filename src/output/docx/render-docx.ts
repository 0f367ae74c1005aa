import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TableOfContents, TextRun, type ISectionOptions, type IStylesOptions } from 'docx';
import type { ReportModel } from '../../model/report-model.js';
import { formatDate, formatPeriod } from '../../i18n/format.js';
import { bodyContext, reportBody, type BodyContext } from './body.js';
import type { Rasterise } from './images.js';
import { docText } from './text.js';

/** BCP 47 tags of the report locales, as Word's w:lang wants them. */
export const LANG = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

export interface DocxOptions {
  /** When the document was made: shown on the title page. */
  generated: Date;
  /** PNG renderer for the pictures' raster fallback (see images.ts). */
  rasterise?: Rasterise;
  /** styles.xml of a reference document, whose styles replace planverk's. */
  referenceStyles?: string;
}

/** A4 in twentieths of a point, with 2 cm margins. */
export const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, footer: 567 } };

/**
 * The handlingsprogram as a Word document, from the same report model as the
 * HTML report: a title page (municipality, plan, status, generation date), a table
 * of contents, then the body with page numbers in the footer. Every run is in
 * the report's language (w:lang), so Word checks spelling and screen readers
 * speak it in the right voice.
 */
export async function renderDocx(model: ReportModel, options: DocxOptions): Promise<Uint8Array> {
  const c = bodyContext(model.locale, options.rasterise, model.plan.period?.start);
  const lang = LANG[model.locale];
  const doc = new Document({
    creator: docText(model.workspace.name),
    title: docText(model.plan.title),
    description: docText(model.plan.description ?? ''),
    features: { updateFields: true },
    externalStyles: options.referenceStyles,
    styles: options.referenceStyles === undefined ? ownStyles(lang) : referenceOverrides(lang, options.referenceStyles),
    sections: [titlePage(model, options.generated, c), contents(c), { properties: { page: PAGE }, footers: { default: pageFooter() }, children: reportBody(model, c) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** planverk's own look: the HTML report's colours, Calibri, Word's heading styles. */
export function ownStyles(lang: string): IStylesOptions {
  return {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: lang } } },
        title: { run: { size: 52, bold: true, color: '1D2733' } },
        heading1: { run: { size: 32, bold: true, color: '0B6E4F' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { size: 26, bold: true, color: '1D2733' }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading3: { run: { size: 22, bold: true, color: '1D2733' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: 18 }, paragraph: { spacing: { before: 0, after: 0 } } },
        { id: 'Note', name: 'Note', basedOn: 'Normal', quickFormat: true, run: { size: 18, color: '5B6670' } },
        { id: 'Vision', name: 'Vision', basedOn: 'Normal', quickFormat: true, run: { size: 28, italics: true, color: '0B6E4F' } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', quickFormat: true, run: { size: 26, color: '5B6670' } },
      ],
  };
}

/**
 * With a reference document its styles win: only the language is set (document
 * defaults), and only the styles of ours it lacks are added.
 */
export function referenceOverrides(lang: string, reference: string): IStylesOptions {
  const own = ownStyles(lang);
  return {
    default: { document: { run: { language: { value: lang } } } },
    paragraphStyles: (own.paragraphStyles ?? []).filter((s) => !reference.includes(`w:styleId="${s.id}"`)),
  };
}

function titlePage(model: ReportModel, generated: Date, c: BodyContext): ISectionOptions {
  const { t } = c;
  const p = model.plan;
  const rows: [string, string][] = [];
  if (model.workspace.municipalityNumber) rows.push([t('plan.municipalityNumber'), model.workspace.municipalityNumber]);
  if (p.period) rows.push([t('plan.period'), formatPeriod(p.period)]);
  if (p.status) rows.push([t('plan.status'), t(`planStatus.${p.status}`)]);
  if (p.adopted) {
    const a = p.adopted;
    rows.push([t('plan.adopted'), `${a.date ? formatDate(a.date, c.locale) : ''}${a.body ? `, ${a.body}` : ''}${a.caseNumber ? ` (${t('plan.caseNumber')} ${a.caseNumber})` : ''}`]);
  }
  if (p.parent) rows.push([t('plan.parent'), p.parent.title]);
  rows.push([t('report.generated'), formatDate(generated.toISOString().slice(0, 10), c.locale)]);
  return {
    properties: { page: PAGE },
    children: [
      new Paragraph({ style: 'Subtitle', spacing: { before: 2400 }, children: [new TextRun(docText(`${model.workspace.name} · ${t(`planType.${p.type}`)}`))] }),
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(docText(p.title))] }),
      ...rows.map(([k, v]) => new Paragraph({ children: [new TextRun({ text: `${docText(k)}: `, bold: true }), new TextRun(docText(v))] })),
      ...(p.description ? [new Paragraph({ spacing: { before: 240 }, children: [new TextRun(docText(p.description))] })] : []),
    ],
  };
}

function contents(c: BodyContext): ISectionOptions {
  return {
    properties: { page: PAGE },
    footers: { default: pageFooter() },
    children: [
      new Paragraph({ style: 'TOCHeading', children: [new TextRun({ text: docText(c.t('section.contents')), bold: true, size: 32 })] }),
      new TableOfContents(c.t('section.contents'), { hyperlink: true, headingStyleRange: '1-2' }),
    ],
  };
}

/** The page number and the page count, centred: PAGE and NUMPAGES fields that Word fills in. */
export function pageFooter(): Footer {
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
  });
}
