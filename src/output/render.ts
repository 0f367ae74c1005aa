import type { Locale } from '../i18n/locale.js';

/**
 * What every renderer gets besides its view: the language of the words it adds and
 * whether it may colour (only terminal formats ever do; JSON, SARIF, JUnit, Markdown,
 * HTML, SVG and ICS ignore `color`).
 */
export interface RenderContext {
  locale: Locale;
  color: boolean;
}

/** A rendered document: text, or bytes for binary formats (docx, pdf). */
export type Rendered = string | Uint8Array;

/**
 * The one renderer signature of planverk: a pure function from a command's view
 * (diagnostics, scorecard, diff, økonomiplan, matrix, trace, årshjul) to the whole
 * document. It never prints and never writes; `write/output.ts` does.
 */
export type Renderer<View, Out extends Rendered = string> = (view: View, ctx: RenderContext) => Out;
