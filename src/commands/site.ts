import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { workspaceCalendars } from '../arshjul/calendars.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import { clock, today } from '../i18n/today.js';
import type { Entry } from '../model/repository.js';
import type { ReportModel } from '../model/report-model.js';
import { buildScorecard } from '../model/scorecard.js';
import { buildBenefitPlan } from '../model/status-report/gevinstplan.js';
import { buildStatusReportView } from '../model/status-report/view.js';
import { renderTemplate } from '../output/templates/engine.js';
import { findTemplates } from '../output/templates/template-sources.js';
import { sitePages, type LocaleSite, type SitePage, type SiteReport } from '../output/site/pages.js';
import { atomicWrite, syncFolders } from '../write/atomic-write.js';
import { renderArshjul } from './arshjul.js';
import { loadForRender, usageLocale, type Loaded } from './load-model.js';
import { words } from '../i18n/words.js';
import { reportModel } from './report-binary.js';

export interface SiteOptions {
  dir?: string;
  out?: string;
  force?: boolean;
  locale?: string;
  plan?: string;
  allowErrors?: boolean;
}

/** The built-in report templates of the latest reports on the site, by StatusReport type. */
const REPORT_TEMPLATES = { tertial: 'tertialrapport', annual: 'arsberetning' } as const;

/**
 * `plan site [dir] --out DIR`: the plan as a static website (any static host or file://,
 * no requests outside it), one tree per language; the workspace language (or --locale) is the default.
 */
export async function site(options: SiteOptions, io: Io): Promise<number> {
  if (!options.out) throw new UsageError(words(usageLocale(io, options)).cliMore.write.siteNeedsOut);
  const out = resolve(io.cwd, options.out);
  let existing: string[] = [];
  try {
    existing = readdirSync(out);
  } catch {
    mkdirSync(out, { recursive: true });
  }
  if (existing.length > 0 && !options.force) throw new UsageError(words(usageLocale(io, options)).cliMore.write.siteNotEmpty(options.out));
  const loaded = loadForRender(io, options);
  const locales = [loaded.locale, ...LOCALES.filter((l) => l !== loaded.locale)];
  const first = reportModel(loaded, 'handlingsprogram', options.plan);
  const card = buildScorecard(loaded.repo, { today: today(io.env), planId: first.plan.id });
  const now = clock(io.env);
  const sites: LocaleSite[] = locales.map((locale) => {
    const model = locale === loaded.locale ? first : reportModel({ ...loaded, locale }, 'handlingsprogram', first.plan.id);
    return { model, scorecard: card.plans[0], year: card.year, okonomiplanHtml: okonomiplanHtml(loaded, model, io), arshjulHtml: arshjulHtml(loaded, locale, now), gevinstplan: gevinstplan(loaded, model, io), reports: latestReports(loaded, model, locale, io) };
  });
  const files = sitePages(sites);
  // Each file atomically, its folder synced once after the last file rather than once a file
  // (15,000 files at 20,000 documents: about 0.6 ms of CPU a folder sync on ext4).
  const folders = new Set<string>();
  for (const f of files) {
    const file = join(out, f.path);
    mkdirSync(dirname(file), { recursive: true });
    atomicWrite(file, f.content, { force: options.force === true, within: out, locale: loaded.locale, folders });
  }
  syncFolders(folders);
  io.stderr.write(`plan: ${words(loaded.locale).cliMore.write.wroteFiles(options.out, words(loaded.locale).summary.files(files.length))}\n`);
  return loaded.exitCode === EXIT.ok ? EXIT.ok : loaded.exitCode;
}

/** The økonomiplan section of the handlingsprogram report: its own partial (the repository's, when it overrides it), rendered from the report model. */
function okonomiplanHtml(loaded: Loaded, model: ReportModel, io: Io): string | null {
  if (!model.okonomiplan) return null;
  const set = findTemplates('handlingsprogram', 'html', model.locale, { root: loaded.root }, io.cwd);
  if (!set) return null;
  const result = renderTemplate(
    { template: { name: 'site-okonomiplan', file: '<built-in>/site-okonomiplan', text: '{{> okonomiplan}}' }, partials: set.partials },
    model,
    { locale: model.locale, catalog: loaded.catalog, amountUnit: model.workspace.amountUnit, currency: model.workspace.currency, years: model.years, year: model.plan.period?.start, format: 'html' },
  );
  return result.output ?? warn(io, loaded.locale, (r) => r.siteParts.okonomiplan, result.diagnostics.map((d) => d.message));
}

/** The årshjul page of this year (`plan arshjul --format html`) when the workspace has calendars. */
function arshjulHtml(loaded: Loaded, locale: Locale, now: Date): string | null {
  const calendars = workspaceCalendars(loaded.repo, locale);
  if (calendars.length === 0) return null;
  const year = now.getFullYear();
  return renderArshjul(loaded.repo, calendars, { format: 'html', from: year, to: year, startMonth: 1, locale, now }).text;
}

/**
 * The gevinstplan of the plan (`plan report gevinstplan --format html`, the repository's
 * template when it overrides it) when the plan's measures have benefits.
 */
function gevinstplan(loaded: Loaded, model: ReportModel, io: Io): SitePage | null {
  const plan = loaded.repo.get(model.plan.id, 'Plan');
  if (!plan?.valid) return null;
  const view = buildBenefitPlan(loaded.repo, plan, model.locale);
  if (view.focusAreas.length === 0) return null;
  const set = findTemplates('gevinstplan', 'html', model.locale, { root: loaded.root }, io.cwd);
  if (!set) return null;
  const ws = loaded.repo.workspace?.valid ? loaded.repo.workspace.data : undefined;
  const result = renderTemplate(set, view, { locale: model.locale, catalog: loaded.catalog, amountUnit: ws?.amountUnit ?? 1, currency: ws?.currency ?? 'NOK', format: 'html', years: [], year: model.plan.period?.start });
  if (result.output === undefined) return warn(io, loaded.locale, (r) => r.siteParts.gevinstplan, result.diagnostics.map((d) => d.message));
  return { title: view.words.benefitPlan, html: result.output };
}

/** The latest (by asOf) valid StatusReport of each type about the plan, rendered by its report template. */
function latestReports(loaded: Loaded, model: ReportModel, locale: Locale, io: Io): SiteReport[] {
  const all = loaded.repo.ofKind('StatusReport', true).filter((r) => r.data.plan === model.plan.id);
  const out: SiteReport[] = [];
  for (const [type, template] of Object.entries(REPORT_TEMPLATES)) {
    const latest = all.filter((r) => r.data.type === type).sort((a, b) => (a.data.asOf < b.data.asOf ? 1 : a.data.asOf > b.data.asOf ? -1 : 0))[0] as Entry<'StatusReport'> | undefined;
    if (!latest) continue;
    const set = findTemplates(template, 'html', locale, { root: loaded.root }, io.cwd);
    if (!set) continue;
    const view = buildStatusReportView(loaded.repo, latest, locale);
    const ws = loaded.repo.workspace?.valid ? loaded.repo.workspace.data : undefined;
    const result = renderTemplate(set, view, { locale, catalog: loaded.catalog, amountUnit: ws?.amountUnit ?? 1, currency: ws?.currency ?? 'NOK', format: 'html', years: [latest.data.period.year], year: latest.data.period.year });
    if (result.output === undefined) {
      warn(io, loaded.locale, (r) => r.siteParts.report(latest.id), result.diagnostics.map((d) => d.message));
      continue;
    }
    out.push({ id: latest.id, title: view.report.title, typeText: view.report.typeText, asOfText: view.report.asOfText, html: result.output });
  }
  return out;
}

type Refusals = ReturnType<typeof words>['cliMore']['refusals'];

/** Warns, in the run's language, that a part of the site could not be made and is left out. */
function warn(io: Io, locale: Locale, what: (r: Refusals) => string, messages: string[]): null {
  const w = words(locale);
  io.stderr.write(`plan: ${w.summary.warning}: ${w.cliMore.refusals.siteLeftOut(what(w.cliMore.refusals), messages.join('; '))}\n`);
  return null;
}
