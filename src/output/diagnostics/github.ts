import { escapeData, escapeProperty } from '../workflow.js';
import type { Formatter } from './types.js';
import { ciPath } from './types.js';

/**
 * GitHub Actions workflow commands: one `::error` or `::warning` annotation per
 * diagnostic, then a summary line. GitHub shows at most 10 annotations of a kind
 * per step, so the validate command also writes a Markdown table of all of them
 * to `$GITHUB_STEP_SUMMARY` (see markdown-summary.ts). Each line starts with
 * `::error ` or `::warning `; repository text sits only in escaped properties and data.
 */
export const github: Formatter = (report) => {
  const out: string[] = [];
  for (const d of report.diagnostics) {
    const props = [
      `file=${escapeProperty(ciPath(report, d.file))}`,
      `line=${d.line}`,
      `col=${d.column}`,
      `endLine=${d.endLine}`,
      `endColumn=${d.endColumn}`,
      `title=${escapeProperty(d.rule)}`,
    ].join(',');
    const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
    out.push(`::${d.severity} ${props}::${escapeData(message)}`);
  }
  const { errors, warnings, files, documents } = report.summary;
  out.push(`plan validate: ${count(errors, 'error')}, ${count(warnings, 'warning')} in ${count(documents, 'document')} in ${count(files, 'file')}`);
  return `${out.join('\n')}\n`;
};

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
