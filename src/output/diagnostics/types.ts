import type { FileOutline } from '../../load/outline.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Locale } from '../../i18n/locale.js';
import type { RenderContext, Renderer } from '../render.js';

/** What a validate formatter gets: the diagnostics, the summary, and a way to show source lines. */
export interface ValidateReport {
  diagnostics: readonly Diagnostic[];
  summary: { files: number; documents: number; errors: number; warnings: number };
  /** The text of a line of a file (for code frames); empty when unknown. */
  lineText?: (file: string, line: number) => string;
  /** Every checked file and its documents (JUnit lists a testcase per document). */
  outline?: readonly FileOutline[];
  /**
   * Folder of the plan repository inside the git checkout, with `/` and a trailing
   * `/` (or empty). CI formats (github, sarif, junit) put it before each file so
   * annotations land on the right file when plan.yaml is not at the top of the checkout.
   */
  pathPrefix?: string;
  /** The run's language for human formats (stylish, the Markdown summary); machine formats ignore it. Default en. */
  locale?: Locale;
  /** What was checked, for the summary line, when it is not documents in files (`templates`). */
  subject?: string;
  /** The planverk version, for formats that name the tool (SARIF). */
  toolVersion?: string;
}

/** What a validate formatter gets besides the report: the shared render context. */
export type FormatOptions = RenderContext;

/** A pure function from a report to the text to print: the one renderer signature. */
export type Formatter = Renderer<ValidateReport>;

/** A file path as CI tools see it: relative to the git checkout. */
export function ciPath(report: ValidateReport, file: string): string {
  return `${report.pathPrefix ?? ''}${file}`;
}
