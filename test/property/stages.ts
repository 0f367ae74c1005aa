import { checkRepository, type CheckInput } from '../../src/check/check-repository.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { json } from '../../src/output/diagnostics/json.js';
import { stylish } from '../../src/output/diagnostics/stylish.js';
import { sourceLines } from '../../src/load/source-lines.js';
import type { Locale } from '../../src/i18n/locale.js';
import { snapshot } from '../../src/diff/snapshot.js';
import { semanticDiff } from '../../src/diff/semantic-diff.js';
import { DIFF_FORMATTERS } from '../../src/output/diff/index.js';
import { resolveReport } from '../../src/model/resolve-report.js';
import { renderTemplate } from '../../src/output/templates/engine.js';
import { findTemplates } from '../../src/output/templates/template-sources.js';
import { buildScorecard } from '../../src/model/scorecard.js';
import { STATUS_FORMATTERS } from '../../src/output/status/index.js';
import { resolveMateriality } from '../../src/model/resolve-materiality.js';
import { renderMatrixSvg } from '../../src/output/svg/matrix.js';
import { renderMatrixMarkdown } from '../../src/output/markdown-views/matrix-markdown.js';
import { traceRepository } from '../../src/model/trace.js';
import { renderTraceMarkdown } from '../../src/output/markdown-views/trace-markdown.js';
import { workspaceCalendars } from '../../src/arshjul/calendars.js';
import { ARSHJUL_FORMATS, renderArshjul } from '../../src/commands/arshjul.js';
import { renderLocale } from '../../src/commands/load-model.js';

/** What one pipeline stage made of a repository. */
export interface StageOutput {
  /** Every diagnostic the stage reports (each must point inside an input file). */
  diagnostics: readonly Diagnostic[];
  /** Named outputs; each must be the same bytes on every run over the same input. */
  outputs: Record<string, string>;
  /** Names of outputs that must parse as JSON. */
  json: string[];
  /** Names of outputs that must be well-formed XML (SVG). */
  xml?: string[];
}

/** A stage of load → check → report → diff, run in-process on in-memory files. */
export interface Stage {
  name: string;
  run(input: CheckInput): StageOutput;
}

/** Where the report stage looks for a repository's own templates: nowhere, so the built-in ones are used. */
const NO_TEMPLATES = { root: '/nonexistent-planverk-repository' };

/**
 * Every stage the property tests drive. Add a stage here and it gets the same
 * properties: no exception escapes, positions inside the files, deterministic
 * bytes, JSON that parses.
 */
export const STAGES: Stage[] = [
  {
    name: 'check + validate formatters',
    run(input) {
      const result = checkRepository(input);
      const report = { diagnostics: result.diagnostics, summary: result.summary, lineText: sourceLines(input.files) };
      return {
        diagnostics: result.diagnostics,
        outputs: { json: json(report, { locale: 'nb', color: false }), stylish: stylish(report, { locale: 'nb', color: false }), 'stylish-color': stylish(report, { locale: 'nb', color: true }) },
        json: ['json'],
      };
    },
  },
  {
    name: 'plan report (built-in handlingsprogram, md and html)',
    run(input) {
      const { repo, catalog } = checkRepository(input);
      const ws = repo.workspace?.valid ? repo.workspace.data : undefined;
      const locale = (ws?.locale ?? 'nb') as Locale;
      const outputs: Record<string, string> = {};
      for (const plan of repo.ofKind('Plan', true).slice(0, 2)) {
        const model = resolveReport(repo, catalog, { planId: plan.id, locale });
        if (!model) continue; // its id is taken by an earlier document (id/duplicate)
        for (const format of ['md', 'html'] as const) {
          const set = findTemplates('handlingsprogram', format, locale, NO_TEMPLATES, NO_TEMPLATES.root)!;
          const result = renderTemplate(set, model, { locale, catalog, amountUnit: model.workspace.amountUnit, currency: model.workspace.currency, years: model.years });
          // The built-in templates must render any valid plan: a template diagnostic here is a bug.
          if (result.output === undefined) throw new Error(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.message}`).join('\n'));
          outputs[`${plan.id}.${format}`] = result.output;
        }
      }
      return { diagnostics: [], outputs, json: [] };
    },
  },
  {
    name: 'plan diff (the input without its last file → the input)',
    run(input) {
      const head = snapshot(checkRepository(input));
      const base = snapshot(checkRepository({ ...input, files: input.files.slice(0, -1) }));
      const result = semanticDiff({ label: 'base', snapshot: base }, { label: 'head', snapshot: head });
      const outputs = Object.fromEntries(Object.entries(DIFF_FORMATTERS).map(([name, format]) => [name, format(result, { locale: 'nb', color: false })]));
      return { diagnostics: [], outputs, json: ['json'] };
    },
  },
  {
    name: 'plan status (text, md, json; a fixed day)',
    run(input) {
      const { repo } = checkRepository(input);
      const raw = repo.workspace?.data.locale;
      const locale = raw === 'nn' || raw === 'en' ? raw : 'nb'; // as status.ts picks it
      const outputs: Record<string, string> = {};
      const plans = [undefined, ...repo.ofKind('Plan', true).slice(0, 2).map((p) => p.id)];
      for (const planId of plans) {
        const card = buildScorecard(repo, { today: TODAY, ...(planId !== undefined && { planId }) });
        for (const [format, formatter] of Object.entries(STATUS_FORMATTERS)) {
          for (const color of [false, true]) outputs[`${planId ?? 'all'}.${format}${color ? '-color' : ''}`] = formatter(card, { locale, color });
        }
      }
      return { diagnostics: [], outputs, json: Object.keys(outputs).filter((k) => k.endsWith('.json')) };
    },
  },
  {
    name: 'plan matrix (svg and md)',
    run(input) {
      const { repo, catalog } = checkRepository(input);
      const locale = renderLocale(repo.workspace?.data.locale);
      const outputs: Record<string, string> = {};
      for (const assessment of repo.ofKind('MaterialityAssessment', true).slice(0, 2)) {
        const model = resolveMateriality(repo, catalog, assessment.id, locale);
        if (!model) continue;
        outputs[`${assessment.id}.svg`] = renderMatrixSvg(model, locale);
        outputs[`${assessment.id}.md`] = renderMatrixMarkdown(model, locale);
      }
      return { diagnostics: [], outputs, json: [], xml: Object.keys(outputs).filter((k) => k.endsWith('.svg')) };
    },
  },
  {
    name: 'plan trace (md and json, all plans and each plan)',
    run(input) {
      const { repo, catalog } = checkRepository(input);
      const locale = renderLocale(repo.workspace?.data.locale);
      const outputs: Record<string, string> = {};
      for (const planId of [undefined, ...repo.ofKind('Plan', true).slice(0, 2).map((p) => p.id)]) {
        const result = traceRepository(repo, catalog, locale, planId);
        outputs[`${planId ?? 'all'}.json`] = `${JSON.stringify(result, null, 2)}\n`;
        outputs[`${planId ?? 'all'}.md`] = renderTraceMarkdown(result, locale);
      }
      return { diagnostics: [], outputs, json: Object.keys(outputs).filter((k) => k.endsWith('.json')) };
    },
  },
  {
    name: 'plan arshjul (svg, html, ics, md; a fixed year and clock)',
    run(input) {
      const result = checkRepository(input);
      const repo = result.repo;
      // The command refuses to draw when plan.yaml or a calendar has an error; so does the stage.
      const files = new Set(['plan.yaml', ...repo.ofKind('Calendar').map((e) => e.doc.source.path)]);
      if (result.diagnostics.some((d) => d.severity === 'error' && files.has(d.file))) return { diagnostics: [], outputs: {}, json: [] };
      const locale = repo.workspace?.data.locale ?? 'nb';
      const calendars = workspaceCalendars(repo, locale);
      const outputs: Record<string, string> = {};
      for (const [from, to, startMonth] of [[2026, 2026, 1], [2025, 2027, 8]] as const) {
        for (const format of ARSHJUL_FORMATS) {
          if (format === 'svg' && from !== to) continue;
          outputs[`${from}-${to}-${startMonth}.${format}`] = renderArshjul(repo, calendars, { format, from, to, startMonth, locale, now: NOW }).text;
        }
      }
      return { diagnostics: [], outputs, json: [], xml: Object.keys(outputs).filter((k) => k.endsWith('.svg')) };
    },
  },
];

/** The day `plan status` measures benefit deadlines against, and the clock of `plan arshjul`: fixed, so output can be compared. */
const TODAY = '2026-06-15';
const NOW = new Date('2026-06-15T12:00:00Z');
