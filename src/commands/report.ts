import { sortDiagnostics } from '../diagnostics/diagnostic.js';
import { stylish } from '../formatters/stylish.js';
import { EXIT, UsageError, useColor, type Io } from '../io.js';
import { resolveReport } from '../model/resolve-report.js';
import { renderTemplate } from '../render/engine.js';
import { findTemplates, listTemplates, type ReportFormat } from '../render/template-sources.js';
import { loadForRender, pickId } from './load-model.js';
import { writeOutput } from '../write/output.js';

export interface ReportOptions {
  template: string;
  dir?: string;
  plan?: string;
  format: ReportFormat;
  out?: string;
  force?: boolean;
  locale?: string;
  color?: boolean;
  /** Render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
}

/** `plan report <template>`: renders a Handlebars template against the resolved plan model. */
export async function report(options: ReportOptions, io: Io): Promise<number> {
  const { repo, catalog, root, locale, exitCode } = loadForRender(io, options);
  const set = findTemplates(options.template, options.format, locale, { root }, io.cwd);
  if (!set) {
    const names = listTemplates({ root });
    throw new UsageError(`no template "${options.template}" for --format ${options.format}${names.length > 0 ? `; templates: ${names.join(', ')}` : ''}`);
  }
  const plans = repo.ofKind('Plan', true);
  // Without --plan: the only plan, else the only plan whose type is the template's name (handlingsprogram).
  const ofType = plans.filter((p) => p.data.type === options.template);
  const planId = options.plan === undefined && ofType.length === 1 ? ofType[0]!.id : pickId(options.plan, plans.map((p) => p.id), 'plan', '--plan');
  const model = resolveReport(repo, catalog, { planId, locale });
  if (!model) throw new UsageError(`plan "${planId}" cannot be read`);
  const result = renderTemplate(set, model, { locale, catalog, amountUnit: model.workspace.amountUnit, currency: model.workspace.currency, years: model.years, format: options.format });
  if (result.output === undefined) {
    const texts = new Map([set.template, ...set.partials].map((s) => [s.file, s.text.split('\n')]));
    const diagnostics = sortDiagnostics(result.diagnostics);
    io.stderr.write(
      stylish(
        { diagnostics, summary: { files: texts.size, documents: 0, errors: diagnostics.length, warnings: 0 }, subject: 'templates', lineText: (file, line) => texts.get(file)?.[line - 1] ?? '' },
        { color: useColor(io, io.stderr, options.color) },
      ),
    );
    return EXIT.problems;
  }
  writeOutput(io, result.output, options.out, options.force);
  return exitCode;
}
