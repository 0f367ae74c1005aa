import { printable } from '../output/terminal.js';
import { words } from '../i18n/words.js';
import type { Io } from '../io.js';
import { traceGroups, traceRepository, type Trace, type TraceGroup } from '../model/trace.js';
import { type FormatOf } from '../output/formats.js';
import { jsonText } from '../output/json.js';
import type { Renderer } from '../output/render.js';
import { renderTraceMarkdown } from '../output/markdown-views/trace-markdown.js';
import { loadForRender, pickId, chooseFormatOf } from './load-model.js';
import { writeOutput } from '../write/output.js';

export interface TraceOptions {
  dir?: string;
  plan?: string;
  /** Default: from the --out extension, else md. */
  format?: FormatOf<'trace'>;
  out?: string;
  force?: boolean;
  locale?: string;
  /** Render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
}

/** The renderers of `plan trace`, one per format of the registry. */
export const TRACE_RENDERERS: Record<FormatOf<'trace'>, Renderer<Trace & { groups?: readonly TraceGroup[] }>> = {
  md: ({ groups, ...result }, { locale }) => renderTraceMarkdown(result, locale, groups),
  // The JSON is the Trace alone, as before the graphs were split by focus area.
  json: ({ groups: _groups, ...result }) => `${jsonText(result)}\n`,
};

/** `plan trace`: the golden thread and its gaps, as Markdown (with Mermaid) or JSON. Gaps are findings, not failures; repository errors exit 1 (error-policy.ts). */
export async function trace(options: TraceOptions, io: Io): Promise<number> {
  const format = chooseFormatOf('trace', options, io);
  const { repo, catalog, locale, exitCode } = loadForRender(io, options);
  const planId = options.plan === undefined ? undefined : pickId(options.plan, repo.ofKind('Plan', true).map((p) => p.id), 'plan', '--plan', locale);
  const result = traceRepository(repo, catalog, locale, planId);
  if (planId !== undefined && result.goals.length === 0) {
    const parent = repo.get(planId, 'Plan')?.data.parent;
    io.stderr.write(`plan: ${printable(words(locale).choose.noGoals(planId, typeof parent === 'string' ? parent : undefined))}\n`);
  }
  writeOutput(io, TRACE_RENDERERS[format]({ ...result, groups: traceGroups(repo, result) }, { locale, color: false }), options.out, options.force, '', locale);
  return exitCode;
}
