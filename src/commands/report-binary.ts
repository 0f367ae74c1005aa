import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, UsageError, type Io } from '../io.js';
import { resolveReport } from '../model/resolve-report.js';
import { buildStatusReportView } from '../model/status-report/view.js';
import { pickReport, STATUS_TEMPLATES } from './report-status.js';
import type { ReportModel } from '../model/report-model.js';
import { atomicWrite } from '../write/atomic-write.js';
import { outputFilePath } from '../write/output.js';
import { loadForRender, pickId, pickReportPlan, usageLocale, type Loaded } from './load-model.js';
import { buildBenefitPlan } from '../model/status-report/gevinstplan.js';
import type { ReportOptions } from './report.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

/** The templates that have a Word layout (built from the report model, not from a template). */
const DOCX_TEMPLATES = ['handlingsprogram', 'tertialrapport', 'arsberetning', 'gevinstplan'];

/** The model of the plan a report is about: --plan, else the only plan, else the only plan of the template's type. */
export function reportModel(loaded: Loaded, template: string, planFlag: string | undefined): ReportModel {
  const { repo, catalog, locale } = loaded;
  const plans = repo.ofKind('Plan', true);
  const planId = pickReportPlan(plans, template, planFlag, locale);
  const model = resolveReport(repo, catalog, { planId, locale });
  if (!model) throw new UsageError(words(locale).cliMore.refusals.planUnreadable(planId));
  return model;
}

/** Writes a binary document to --out (atomically, never over a file without --force); binary output never goes to a terminal or pipe. */
export function writeBinary(io: Io, bytes: Uint8Array, out: string, force: boolean | undefined, locale: Locale = 'en'): void {
  atomicWrite(outputFilePath(io.cwd, out, locale), bytes, { force: force === true, locale });
  io.stderr.write(`plan: ${words(locale).cliMore.write.wrote(out)}\n`);
}

/** The --out a binary format needs, checked before any work is done. */
export function binaryOut(options: ReportOptions, io?: Io): string {
  if (!options.out) throw new UsageError(words(io ? usageLocale(io, options) : 'en').cliMore.usage.binaryNeedsOut(String(options.format)));
  return options.out;
}

/** `plan report <template> --format docx`: the report as a Word document. */
export async function reportDocx(options: ReportOptions, io: Io): Promise<number> {
  const out = binaryOut(options, io);
  if (!DOCX_TEMPLATES.includes(options.template)) throw new UsageError(words(usageLocale(io, options)).cliMore.usage.docxFor(DOCX_TEMPLATES.join(', ')));
  const referenceStyles = options.referenceDocx === undefined ? undefined : await readReferenceStyles(resolve(io.cwd, options.referenceDocx), options.referenceDocx);
  const loaded = loadForRender(io, options);
  if (Object.hasOwn(STATUS_TEMPLATES, options.template)) {
    const entry = pickReport(loaded.repo.ofKind('StatusReport'), options.report, STATUS_TEMPLATES[options.template]!, loaded.locale);
    if (!entry.valid) throw new UsageError(words(loaded.locale).cliMore.render.reportHasErrors(entry.id));
    const view = buildStatusReportView(loaded.repo, entry, loaded.locale);
    const [{ renderStatusReportDocx }, { generationDate }] = await Promise.all([import('../output/docx/status-report.js'), import('../output/docx/text.js')]);
    writeBinary(io, await renderStatusReportDocx(view, { generated: generationDate(io.env), referenceStyles }), out, options.force, loaded.locale);
    return loaded.exitCode;
  }
  if (options.template === 'gevinstplan') {
    const plans = loaded.repo.ofKind('Plan', true).filter((p) => p.data.type === 'handlingsprogram');
    const id = pickId(options.plan, plans.map((p) => p.id), 'handlingsprogram', '--plan', loaded.locale);
    const view = buildBenefitPlan(loaded.repo, plans.find((p) => p.id === id)!, loaded.locale);
    const [{ renderBenefitPlanDocx }, { loadRasteriser }, { generationDate }] = await Promise.all([import('../output/docx/status-report.js'), import('../output/docx/images.js'), import('../output/docx/text.js')]);
    writeBinary(io, await renderBenefitPlanDocx(view, { generated: generationDate(io.env), rasterise: await loadRasteriser(), referenceStyles }), out, options.force, loaded.locale);
    return loaded.exitCode;
  }
  const model = reportModel(loaded, options.template, options.plan);
  const [{ renderDocx }, { loadRasteriser }, { generationDate }] = await Promise.all([
    import('../output/docx/render-docx.js'),
    import('../output/docx/images.js'),
    import('../output/docx/text.js'),
  ]);
  const bytes = await renderDocx(model, { generated: generationDate(io.env), rasterise: await loadRasteriser(), referenceStyles });
  writeBinary(io, bytes, out, options.force, loaded.locale);
  return EXIT.ok;
}

/** The styles part (word/styles.xml) of a reference .docx, whose styles the report takes. */
async function readReferenceStyles(file: string, shown: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError(`--reference-docx ${shown}: no such file`);
  }
  const { referenceStyles } = await import('../output/docx/reference.js');
  const styles = referenceStyles(bytes);
  if (styles === undefined) throw new UsageError(`--reference-docx ${shown}: not a Word document (no word/styles.xml in it)`);
  return styles;
}
