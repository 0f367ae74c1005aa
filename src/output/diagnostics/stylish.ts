import { Chalk } from 'chalk';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { printable } from '../terminal.js';
import { words } from '../../i18n/words.js';
import type { Formatter } from './types.js';

/**
 * Human output: diagnostics grouped by file, each with its position, rule, hint
 * and a code frame of the offending line; a summary line at the end. Every line
 * starts with planverk's own text: a file heading is `./path`, because a file
 * named `::stop-commands::x.yaml` must not start a line of a CI log.
 */
export const stylish: Formatter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = words(report.locale ?? 'en').summary;
  const sevWidth = Math.max(w.error.length, w.warning.length);
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  const out: string[] = [];
  for (const [file, list] of byFile) {
    out.push(c.underline(heading(file)));
    for (const d of list) {
      const sev = d.severity === 'error' ? c.red(w.error.padEnd(sevWidth)) : c.yellow(w.warning.padEnd(sevWidth));
      out.push(`  ${c.dim(`${d.line}:${d.column}`.padEnd(7))} ${sev}  ${printable(d.message)}  ${c.dim(d.rule)}`);
      const text = printable(report.lineText?.(file, d.line) ?? '');
      if (text.trim() !== '') {
        const gutter = `${d.line} | `;
        out.push(`    ${c.dim(gutter)}${text}`);
        const width = d.endLine === d.line ? Math.max(1, d.endColumn - d.column) : Math.max(1, text.length - d.column + 1);
        out.push(`    ${' '.repeat(gutter.length + d.column - 1)}${(d.severity === 'error' ? c.red : c.yellow)('^'.repeat(Math.min(width, 80)))}`);
      }
      if (d.hint) out.push(`    ${c.cyan(w.hint)} ${printable(d.hint)}`);
    }
    out.push('');
  }
  const { errors, warnings, files, documents } = report.summary;
  const problems = errors + warnings;
  const counts = `${w.errors(errors)}, ${w.warnings(warnings)}`;
  const checked = report.subject ?? w.checked(w.documents(documents), w.files(files));
  if (problems === 0) out.push(c.green(`✓ ${w.clean(checked)}`));
  else out.push((errors > 0 ? c.red : c.yellow)(`✖ ${w.found(w.problems(problems), counts, checked)}`));
  return `${out.join('\n')}\n`;
};

/** A file heading: `./` before the path (built-in templates are named `<built-in>/…`, planverk's own words). */
function heading(file: string): string {
  return file.startsWith('<built-in>/') ? printable(file) : `./${printable(file)}`;
}
