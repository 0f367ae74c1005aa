import { mdCode, mdText } from '../markdown.js';
import { words } from '../../i18n/words.js';
import type { ValidateReport } from './types.js';
import { ciPath } from './types.js';

/**
 * A Markdown table of every diagnostic, for `$GITHUB_STEP_SUMMARY`: the job
 * summary shows all problems, where annotations stop at 10 of a kind. Every
 * value goes through the one Markdown escaper (a lone CR cannot break a row).
 */
export function markdownSummary(report: ValidateReport): string {
  const { errors, warnings, files, documents } = report.summary;
  const w = words(report.locale ?? 'en').summary;
  const checked = w.checked(w.documents(documents), w.files(files));
  const out = ['## plan validate', ''];
  if (report.diagnostics.length === 0) {
    out.push(`✅ ${w.clean(checked)}`, '');
    return `${out.join('\n')}\n`;
  }
  out.push(`${errors > 0 ? '❌' : '⚠️'} ${w.found(w.problems(errors + warnings), `${w.errors(errors)}, ${w.warnings(warnings)}`, checked)}`, '');
  out.push('| Severity | File | Line | Rule | Message |', '| --- | --- | ---: | --- | --- |');
  for (const d of report.diagnostics) {
    const message = d.hint ? `${d.message} (${d.hint})` : d.message;
    const severity = d.severity === 'error' ? '❌ error' : '⚠️ warning';
    out.push(`| ${severity} | ${mdText(ciPath(report, d.file))} | ${d.line} | ${mdCode(d.rule)} | ${mdText(message)} |`);
  }
  return `${out.join('\n')}\n\n`;
}
