import type { Io } from '../io.js';
import { traceRepository } from '../model/trace.js';
import { jsonText } from '../output/json.js';
import { renderTraceMarkdown } from '../render/trace-markdown.js';
import { loadForRender, pickId } from './load-model.js';
import { writeOutput } from '../write/output.js';

export interface TraceOptions {
  dir?: string;
  plan?: string;
  format: 'md' | 'json';
  out?: string;
  force?: boolean;
  locale?: string;
  /** Render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
}

/** `plan trace`: the golden thread and its gaps, as Markdown (with Mermaid) or JSON. Gaps are findings, not failures; repository errors exit 1 (error-policy.ts). */
export async function trace(options: TraceOptions, io: Io): Promise<number> {
  const { repo, catalog, locale, exitCode } = loadForRender(io, options);
  const planId = options.plan === undefined ? undefined : pickId(options.plan, repo.ofKind('Plan', true).map((p) => p.id), 'plan', '--plan');
  const result = traceRepository(repo, catalog, locale, planId);
  const text = options.format === 'json' ? `${jsonText(result)}\n` : renderTraceMarkdown(result, locale);
  writeOutput(io, text, options.out, options.force);
  return exitCode;
}
