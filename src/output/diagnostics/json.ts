import { jsonText } from '../json.js';
import type { Formatter } from './types.js';

/** One JSON object, as FORMAT.md shows: diagnostics and summary (escaped by `jsonText`: nothing in it steers a terminal). */
export const json: Formatter = (report) => {
  const diagnostics = report.diagnostics.map((d) => {
    const out: Record<string, unknown> = { rule: d.rule, severity: d.severity, message: d.message };
    if (d.hint !== undefined) out.hint = d.hint;
    Object.assign(out, { file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn });
    return out;
  });
  return `${jsonText({ diagnostics, summary: report.summary })}\n`;
};
