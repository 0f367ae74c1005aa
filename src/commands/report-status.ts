import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';
import { UsageError, type Io } from '../io.js';
import type { Entry } from '../model/repository.js';
import { buildStatusReportView } from '../model/status-report/view.js';
import { renderTemplate } from '../output/templates/engine.js';
import type { TemplateSet } from '../output/templates/template-sources.js';
import { pickId, type Loaded } from './load-model.js';
import { buildBenefitPlan } from '../model/status-report/gevinstplan.js';
import { finishRender, type Rendered, type ReportOptions } from './report.js';
import type { ReportFormat } from '../output/templates/template-sources.js';

/** The built-in templates that render a StatusReport, and the report type each defaults to. */
export const STATUS_TEMPLATES: Record<string, 'tertial' | 'annual'> = { tertialrapport: 'tertial', arsberetning: 'annual' };

/** Whether `plan report <template>` renders a StatusReport rather than a plan. */
export function isStatusReportTemplate(name: string): boolean {
  return Object.hasOwn(STATUS_TEMPLATES, name) || name === 'gevinstplan';
}

/**
 * `plan report gevinstplan`: the benefits realisation plan of `--plan` (default: the only
 * handlingsprogram) with one benefits map per focus area.
 * `plan report tertialrapport|arsberetning`: the StatusReport of `--report`, else the
 * latest (by asOf) of the template's type, rendered with the report view
 * (model/status-report/view.ts).
 */
export function renderStatusReport(set: TemplateSet, loaded: Loaded, options: ReportOptions & { format: ReportFormat }, io: Io): Rendered | number {
  const { repo, catalog, locale } = loaded;
  const ws = repo.workspace?.valid ? repo.workspace.data : undefined;
  const ctx = { locale, catalog, amountUnit: ws?.amountUnit ?? 1, currency: ws?.currency ?? 'NOK', format: options.format };
  if (options.template === 'gevinstplan') {
    const plans = repo.ofKind('Plan', true).filter((p) => p.data.type === 'handlingsprogram');
    const id = pickId(options.plan, plans.map((p) => p.id), 'handlingsprogram', '--plan', locale);
    const view = buildBenefitPlan(repo, plans.find((p) => p.id === id)!, locale);
    return finishRender(renderTemplate(set, view, { ...ctx, years: [], year: plans.find((p) => p.id === id)!.data.period?.start }), set, options, locale, loaded.exitCode, io);
  }
  const type = STATUS_TEMPLATES[options.template]!;
  const entry = pickReport(repo.ofKind('StatusReport'), options.report, type, locale);
  if (!entry.valid) throw new UsageError(words(locale).cliMore.render.reportHasErrors(entry.id));
  const view = buildStatusReportView(repo, entry, locale);
  const result = renderTemplate(set, view, { ...ctx, years: [entry.data.period.year], year: entry.data.period.year });
  return finishRender(result, set, options, locale, loaded.exitCode, io);
}

/** The StatusReport of --report, else the latest (by asOf) valid one of the type. */
export function pickReport(all: Entry<'StatusReport'>[], id: string | undefined, type: 'tertial' | 'annual', locale: Locale = 'en'): Entry<'StatusReport'> {
  const w = words(locale).cliMore.render;
  if (id !== undefined) {
    const found = all.find((r) => r.id === id);
    if (!found) throw new UsageError(w.noReport(id, all.map((r) => r.id).join(', ')));
    return found;
  }
  const ofType = all.filter((r) => r.valid && r.data.type === type).sort((a, b) => (a.data.asOf < b.data.asOf ? 1 : -1));
  if (ofType.length === 0) throw new UsageError(w.noReportOfType(type));
  return ofType[0]!;
}
