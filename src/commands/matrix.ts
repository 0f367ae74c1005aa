import { UsageError, type Io } from '../io.js';
import { words } from '../i18n/words.js';
import type { MaterialityModel } from '../model/report-model.js';
import { resolveMateriality } from '../model/resolve-materiality.js';
import { type FormatOf } from '../output/formats.js';
import type { Renderer } from '../output/render.js';
import { renderMatrixMarkdown } from '../output/markdown-views/matrix-markdown.js';
import { renderMatrixSvg } from '../output/svg/matrix.js';
import { loadForRender, pickId, chooseFormatOf } from './load-model.js';
import { writeOutput } from '../write/output.js';

export interface MatrixOptions {
  dir?: string;
  assessment?: string;
  /** Default: from the --out extension, else svg. */
  format?: FormatOf<'matrix'>;
  out?: string;
  force?: boolean;
  locale?: string;
  /** Render and exit 0 although the repository has errors. */
  allowErrors?: boolean;
}

/** The renderers of `plan matrix`, one per format of the registry. */
export const MATRIX_RENDERERS: Record<FormatOf<'matrix'>, Renderer<MaterialityModel>> = {
  svg: (model, { locale }) => renderMatrixSvg(model, locale),
  md: (model, { locale }) => renderMatrixMarkdown(model, locale),
};

/** `plan matrix`: the materiality matrix as SVG or a Markdown table. */
export async function matrix(options: MatrixOptions, io: Io): Promise<number> {
  const format = chooseFormatOf('matrix', options, io);
  const { repo, catalog, locale, exitCode } = loadForRender(io, options);
  const ids = repo.ofKind('MaterialityAssessment', true).map((a) => a.id);
  const id = pickId(options.assessment, ids, 'assessment', '--assessment', locale);
  const model = resolveMateriality(repo, catalog, id, locale);
  if (!model) throw new UsageError(words(locale).cliMore.refusals.assessmentUnreadable(id));
  writeOutput(io, MATRIX_RENDERERS[format](model, { locale, color: false }), options.out, options.force, '', locale);
  return exitCode;
}
