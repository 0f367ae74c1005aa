import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { resolveReport } from '../model/resolve-report.js';
import { renderTemplate, type RenderResult } from '../output/templates/engine.js';
import { findTemplates, listTemplates, type ReportFormat, type TemplateSet } from '../output/templates/template-sources.js';
import { type FormatOf } from '../output/formats.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import { printDiagnostics } from '../project/error-policy.js';
import { loadForRender, pickReportPlan, unknownChoice, chooseFormatOf } from './load-model.js';
import { writeOutput } from '../write/output.js';
import { printableRendered } from '../output/terminal.js';
import { isStatusReportTemplate, renderStatusReport } from './report-status.js';

/** A rendered text report, and the exit code the repository's errors call for. */
export interface Rendered {
  output: string;
  exitCode: number;
  /** The language it was rendered in, for the "wrote" line. */
  locale?: Locale;
}

export interface ReportOptions {
  template: string;
  dir?: string;
  plan?: string;
  /** The StatusReport of `tertialrapport` and `arsberetning` (loop, issue 16). */
  report?: string;
  /** Default: from the --out extension, else md. */
  format?: FormatOf<'report'>;
  /** docx: a .docx whose styles the document takes. */
  referenceDocx?: string;
  out?: string;
  force?: boolean;
  locale?: string;
  color?: boolean;
  /** Render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
}

/** `plan report <template>`: renders a Handlebars template against the resolved plan model. */
export async function report(options: ReportOptions, io: Io): Promise<number> {
  const format = chooseFormatOf('report', options, io);
  if (format === 'docx') return (await import('./report-binary.js')).reportDocx({ ...options, format }, io);
  if (format === 'pdf') return (await import('./report-pdf.js')).reportPdf({ ...options, format }, io);
  // For stdout the render leaves the control characters to printableRendered, one pass with the stdout net.
  const toStdout = !options.out;
  const rendered = renderReport({ ...options, format }, io, toStdout);
  if (typeof rendered === 'number') return rendered;
  if (toStdout) writeOutput(io, rendered.output, undefined, options.force, '', rendered.locale, printableRendered);
  else writeOutput(io, rendered.output, options.out, options.force, '', rendered.locale);
  return rendered.exitCode;
}

/**
 * Renders the report's template to text, or returns the exit code after printing
 * the template's problems. Shared by the text formats and the PDF, which prints the HTML.
 * `raw`: the output still has its control characters, for `printableRendered` on stdout.
 */
export function renderReport(options: ReportOptions & { format: ReportFormat }, io: Io, raw = false): Rendered | number {
  const loaded = loadForRender(io, options);
  const { repo, catalog, root, locale } = loaded;
  const format = options.format;
  const set = findTemplates(options.template, format, locale, { root }, io.cwd);
  if (!set) {
    const w = words(locale).choose;
    if (options.template.includes('/') || options.template.endsWith('.hbs')) throw new UsageError(w.fileMissing(options.template));
    throw new UsageError(`${unknownChoice(options.template, listTemplates({ root }), 'template', locale)} (--format ${format})`);
  }
  if (isStatusReportTemplate(options.template)) return renderStatusReport(set, loaded, { ...options, format }, io);
  const plans = repo.ofKind('Plan', true);
  const planId = pickReportPlan(plans, options.template, options.plan, locale);
  const model = resolveReport(repo, catalog, { planId, locale });
  if (!model) throw new UsageError(words(locale).cliMore.refusals.planUnreadable(planId));
  const result = renderTemplate(set, model, { locale, catalog, amountUnit: model.workspace.amountUnit, currency: model.workspace.currency, years: model.years, year: model.plan.period?.start, format }, undefined, raw);
  return finishRender(result, set, options, locale, loaded.exitCode, io);
}

/** Writes a rendered report, or prints the template diagnostics that stopped it (exit 1). */
export function finishRender(result: RenderResult, set: TemplateSet, options: Pick<ReportOptions, 'out' | 'force' | 'color'>, locale: Locale, exitCode: number, io: Io): Rendered | number {
  if (result.output === undefined) {
    const texts = new Map([set.template, ...set.partials].map((s) => [s.file, s.text.split('\n')]));
    const diagnostics = sortDiagnostics(result.diagnostics);
    const summary = { files: texts.size, documents: 0, errors: diagnostics.length, warnings: 0 };
    printDiagnostics(io, { diagnostics, summary, subject: words(locale).summary.templates, sources: (file, line) => texts.get(file)?.[line - 1] ?? '' }, { locale, color: options.color });
    return EXIT.problems;
  }
  return { output: result.output, exitCode, locale };
}
