import { AlignmentType, BorderStyle, type ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { docText } from './text.js';

/** A cell of a data table: its text (lines) and whether it holds a number (right-aligned). */
export interface Cell {
  lines: string[];
  num?: boolean;
  bold?: boolean;
  /** How many rows the cell spans. */
  rowSpan?: number;
  /** A picture after the text (an indicator's chart). */
  image?: ImageRun;
}

/** A text cell of one or more lines. */
export const text = (...lines: (string | null | undefined)[]): Cell => ({ lines: lines.map((l) => l ?? '') });
/** A number cell: right-aligned, like the HTML report's `td.num`. */
export const num = (...lines: string[]): Cell => ({ lines, num: true });

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'D5DBE1' };
const HEAD_FILL = 'F3F6F8';

function cell(c: Cell, header: boolean): TableCell {
  return new TableCell({
    rowSpan: c.rowSpan,
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: HEAD_FILL } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      ...(c.lines.length > 0 || !c.image ? (c.lines.length > 0 ? c.lines : ['']) : []).map(
        (line) =>
          new Paragraph({
            style: 'TableText',
            alignment: c.num ? AlignmentType.RIGHT : AlignmentType.LEFT,
            keepNext: header,
            children: [new TextRun({ text: docText(line), bold: header || c.bold })],
          }),
      ),
      ...(c.image ? [new Paragraph({ style: 'TableText', children: [c.image] })] : []),
    ],
  });
}

/**
 * A data table over the full text width: its first row is a header row (w:tblHeader)
 * that Word repeats on every page the table runs over; rows do not split across
 * pages; number columns are right-aligned.
 */
export function dataTable(header: Cell[], rows: Cell[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false)) })),
    ],
  });
}
