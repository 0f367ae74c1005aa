import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** What a validate formatter gets: the diagnostics, the summary, and a way to show source lines. */
export interface ValidateReport {
  diagnostics: readonly Diagnostic[];
  summary: { files: number; documents: number; errors: number; warnings: number };
  /** The text of a line of a file (for code frames); empty when unknown. */
  lineText?: (file: string, line: number) => string;
}

export interface FormatOptions {
  color: boolean;
}

/** A pure function from a report to the text to print. */
export type Formatter = (report: ValidateReport, options: FormatOptions) => string;
