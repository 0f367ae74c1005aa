import { resolve } from 'node:path';
import { EXIT, type Io } from '../io.js';
import { traceRepository } from '../model/trace.js';
import { renderTraceMarkdown } from '../render/trace-markdown.js';
import { atomicWrite } from '../write/atomic-write.js';
import { loadForRender, pickId } from './load-model.js';

export interface TraceOptions {
  dir?: string;
  plan?: string;
  format: 'md' | 'json';
  out?: string;
  force?: boolean;
  locale?: string;
}

/** `plan trace`: the golden thread and its gaps, as Markdown (with Mermaid) or JSON. Gaps are findings, not failures: exit 0. */
export async function trace(options: TraceOptions, io: Io): Promise<number> {
  const { repo, catalog, locale } = loadForRender(io, options.dir, options.locale);
  const planId = options.plan === undefined ? undefined : pickId(options.plan, repo.ofKind('Plan', true).map((p) => p.id), 'plan', '--plan');
  const result = traceRepository(repo, catalog, locale, planId);
  const text = options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderTraceMarkdown(result, locale);
  if (options.out) {
    atomicWrite(resolve(io.cwd, options.out), text, { force: options.force === true });
    io.stderr.write(`plan: wrote ${options.out}\n`);
  } else {
    io.stdout.write(text);
  }
  return EXIT.ok;
}
