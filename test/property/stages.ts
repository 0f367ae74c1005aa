import { checkRepository, type CheckInput } from '../../src/check/check-repository.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { json } from '../../src/formatters/json.js';
import { stylish } from '../../src/formatters/stylish.js';
import { sourceLines } from '../../src/load/source-lines.js';
import type { Locale } from '../../src/catalog/catalog.js';
import { snapshot } from '../../src/diff/snapshot.js';
import { semanticDiff } from '../../src/diff/semantic-diff.js';
import { DIFF_FORMATTERS } from '../../src/formatters/diff/index.js';
import { resolveReport } from '../../src/model/resolve-report.js';
import { renderTemplate } from '../../src/render/engine.js';
import { findTemplates } from '../../src/render/template-sources.js';

/** What one pipeline stage made of a repository. */
export interface StageOutput {
  /** Every diagnostic the stage reports (each must point inside an input file). */
  diagnostics: readonly Diagnostic[];
  /** Named outputs; each must be the same bytes on every run over the same input. */
  outputs: Record<string, string>;
  /** Names of outputs that must parse as JSON. */
  json: string[];
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
        outputs: { json: json(report, { color: false }), stylish: stylish(report, { color: false }), 'stylish-color': stylish(report, { color: true }) },
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
      const outputs = Object.fromEntries(Object.entries(DIFF_FORMATTERS).map(([name, format]) => [name, format(result, { color: false })]));
      return { diagnostics: [], outputs, json: ['json'] };
    },
  },
];
