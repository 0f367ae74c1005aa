import { UsageError, type Io } from '../io.js';
import { resolveMateriality } from '../model/resolve-materiality.js';
import { renderMatrixMarkdown } from '../render/matrix-markdown.js';
import { renderMatrixSvg } from '../render/svg/matrix.js';
import { loadForRender, pickId } from './load-model.js';
import { writeOutput } from '../write/output.js';

export interface MatrixOptions {
  dir?: string;
  assessment?: string;
  format: 'svg' | 'md';
  out?: string;
  force?: boolean;
  locale?: string;
  /** Render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
}

/** `plan matrix`: the materiality matrix as SVG or a Markdown table. */
export async function matrix(options: MatrixOptions, io: Io): Promise<number> {
  const { repo, catalog, locale, exitCode } = loadForRender(io, options);
  const ids = repo.ofKind('MaterialityAssessment', true).map((a) => a.id);
  const id = pickId(options.assessment, ids, 'materiality assessment', '--assessment');
  const model = resolveMateriality(repo, catalog, id, locale);
  if (!model) throw new UsageError(`materiality assessment "${id}" cannot be read`);
  const text = options.format === 'svg' ? renderMatrixSvg(model, locale) : renderMatrixMarkdown(model, locale);
  writeOutput(io, text, options.out, options.force);
  return exitCode;
}
