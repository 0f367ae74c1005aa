import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { HelperError, makeHelpers, type HelperContext } from './helpers.js';
import { TEMPLATE_RULES, lintTemplate, syntaxDiagnostic, templateDiagnostic } from './template-lint.js';
import type { TemplateSet, TemplateSource } from './template-sources.js';

export interface RenderResult {
  /** The rendered text; absent when a diagnostic stopped rendering. */
  output?: string;
  diagnostics: Diagnostic[];
}

interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

/** A failure while rendering, located in a template file once the engine knows which. */
class LocatedError extends Error {
  constructor(
    message: string,
    readonly loc: Loc | undefined,
    public file?: string,
  ) {
    super(message);
  }
}

/**
 * Renders a template with its partials against `data`. Handlebars runs in an
 * isolated environment with HTML escaping on and prototype access off, so a
 * template can reach only the data's own properties. Every problem (syntax,
 * unknown helper, missing partial, a helper that fails) comes back as a
 * diagnostic with the template file and line; nothing is thrown.
 */
export function renderTemplate(set: TemplateSet, data: object, ctx: HelperContext): RenderResult {
  const hb = Handlebars.create();
  const helpers = makeHelpers(ctx, hb.SafeString as unknown as new (s: string) => unknown);
  for (const [name, fn] of Object.entries(helpers)) {
    hb.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      try {
        return fn.apply(this, args);
      } catch (error) {
        if (error instanceof LocatedError) throw error;
        const options = args.at(-1) as { loc?: Loc };
        const message = error instanceof HelperError ? `${name}: ${error.message}` : `${name}: ${error instanceof Error ? error.message : String(error)}`;
        throw new LocatedError(message, options.loc);
      }
    });
  }
  hb.registerHelper('helperMissing', function (...args: unknown[]) {
    const options = args.at(-1) as { name: string; loc?: Loc };
    if (args.length === 1) return undefined; // a plain {{missingField}}: renders as nothing, like any absent value
    throw new LocatedError(`unknown helper "${options.name}"`, options.loc);
  });

  // Parse and lint everything first, so one run reports every static problem.
  const diagnostics: Diagnostic[] = [];
  const sources = [set.template, ...set.partials];
  const helperNames = new Set(Object.keys(hb.helpers));
  const partialNames = new Set(set.partials.map((p) => p.name));
  for (const source of sources) {
    let ast: unknown;
    try {
      ast = hb.parse(source.text);
    } catch (error) {
      diagnostics.push(syntaxDiagnostic(source.file, error));
      continue;
    }
    diagnostics.push(...lintTemplate(source.file, ast, helperNames, partialNames));
  }
  if (diagnostics.length > 0) return { diagnostics };

  const compileOptions = { noEscape: false, strict: false, knownHelpersOnly: false };
  for (const partial of set.partials) {
    const compiled = hb.compile(partial.text, compileOptions);
    hb.registerPartial(partial.name, ((context: unknown, options: unknown) => {
      try {
        return compiled(context, options as Handlebars.RuntimeOptions);
      } catch (error) {
        throw locate(error, partial);
      }
    }) as unknown as Handlebars.Template);
  }
  try {
    const output = hb.compile(set.template.text, compileOptions)(data, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
    return { output, diagnostics };
  } catch (error) {
    const located = locate(error, set.template);
    return { diagnostics: [templateDiagnostic(located.file ?? set.template.file, TEMPLATE_RULES.runtime, located.message, located.loc)] };
  }
}

/** Attaches the innermost template file to an error that does not know its file yet. */
function locate(error: unknown, source: TemplateSource): LocatedError {
  if (error instanceof LocatedError) {
    error.file ??= source.file;
    return error;
  }
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const message = String(e.message ?? error).split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  const loc = typeof e.lineNumber === 'number' ? { start: { line: e.lineNumber, column: e.column ?? 0 }, end: { line: e.lineNumber, column: e.column ?? 0 } } : undefined;
  return new LocatedError(message, loc, source.file);
}
