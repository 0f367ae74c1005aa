import type Handlebars from 'handlebars';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { showControls } from '../document.js';
import { createEnv, ownHelpers, type Env } from './handlebars-env.js';
import { matchesPrecompiled, precompiledSpecs } from './precompiled.js';
import { HelperError, makeHelpers, type HelperContext } from './helpers.js';
import type { RuleId } from '../../diagnostics/rules.js';
import { lintTemplate, syntaxDiagnostic, templateDiagnostic } from './template-lint.js';
import type { TemplateSet, TemplateSource } from './template-sources.js';
import { WorkBudget, WorkLimitError, type WorkLimits } from './work-budget.js';

export interface RenderResult {
  /** The rendered text; absent when a diagnostic stopped rendering. */
  output?: string;
  diagnostics: Diagnostic[];
  /** The work the render did (steps and characters, as counted against the limits). */
  work?: WorkLimits;
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
    readonly rule: RuleId = 'template/runtime',
  ) {
    super(message);
  }
}

/**
 * Renders a template with its partials against `data`. Handlebars runs in an
 * isolated environment (handlebars-env.ts) that escapes every value for the
 * format (ctx.format, default html), has prototype access off, so a template can
 * reach only the data's own properties, and counts its work against `limits`.
 * Every problem (syntax, unknown helper, missing partial, a helper that fails,
 * too much work) comes back as a diagnostic with the template file and line;
 * nothing is thrown.
 *
 * The output has every control character shown as an escape (`showControls`), unless
 * `raw`: then the caller owes that pass, as `printableRendered` does it on stdout
 * together with the stdout net, so a large report is not scanned twice.
 */
export function renderTemplate(set: TemplateSet, data: object, ctx: HelperContext, limits?: WorkLimits, raw = false): RenderResult {
  const budget = new WorkBudget(limits);
  const sources = [set.template, ...set.partials];
  const partialNames = new Set(set.partials.map((p) => p.name));
  // The built-in templates come precompiled: they need neither parsing, linting nor the compiler.
  const specs = precompiledSpecs(sources, partialNames);
  let hb = prepareEnv(ctx, budget, specs.size < sources.length);
  if (specs.size > 0 && !matchesPrecompiled(hb)) {
    specs.clear();
    hb = prepareEnv(ctx, budget, true);
  }

  // Parse and lint everything else first, so one run reports every static problem.
  const diagnostics: Diagnostic[] = [];
  const helperNames = new Set(Object.keys(hb.helpers));
  // Parsed once: the linter reads the tree before Handlebars' whitespace control, which
  // compile() applies to the same tree (as it would to the text), so the text is not parsed again.
  const parsed = new Map<TemplateSource, hbs.AST.Program>();
  for (const source of sources) {
    if (specs.has(source)) continue;
    let ast: hbs.AST.Program;
    try {
      ast = hb.parseWithoutProcessing(source.text);
    } catch (error) {
      diagnostics.push(syntaxDiagnostic(source.file, error, ctx.locale));
      continue;
    }
    parsed.set(source, ast);
    for (const d of lintTemplate(source.file, ast, helperNames, partialNames)) diagnostics.push(d);
  }
  if (diagnostics.length > 0) return { diagnostics };

  const compile = (source: TemplateSource): Handlebars.TemplateDelegate => {
    const spec = specs.get(source);
    return spec ? hb.template(spec as Parameters<Env['template']>[0]) : hb.compile(parsed.get(source)!, compileOptions());
  };
  for (const partial of set.partials) {
    const compiled = compile(partial);
    hb.registerPartial(partial.name, ((context: unknown, options: unknown) => {
      // Counted outside the try: past the limit, the error belongs to the caller's block.
      budget.step();
      try {
        const out = compiled(context, options as Handlebars.RuntimeOptions);
        budget.output(out.length);
        return out;
      } catch (error) {
        throw locate(error, partial);
      }
    }) as unknown as Handlebars.Template);
  }
  try {
    const output = compile(set.template)(data, {
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
    // Values are escaped already; this is for the template's own text and {{{raw}}} values.
    return { output: raw ? output : showControls(output), diagnostics, work: budget.used };
  } catch (error) {
    const located = locate(error, set.template);
    const hint = located.rule === 'template/work-limit' ? 'loops inside loops over long lists multiply: loop once, or pick items with where / group-by' : undefined;
    return { diagnostics: [templateDiagnostic(located.file ?? set.template.file, located.rule, located.message, located.loc, hint)] };
  }
}

/** How every template is compiled, at run time and when precompiled (precompile.ts); a new object each time, as Handlebars adds to it. */
export function compileOptions(): { noEscape: boolean; strict: boolean; knownHelpersOnly: boolean } {
  return { noEscape: false, strict: false, knownHelpersOnly: false };
}

/**
 * The environment of one render: the format's escaper (handlebars-env.ts), every helper
 * counted against the budget and called from the own-helper table, and `helperMissing`.
 * With `compiler` false, Handlebars' runtime alone (for precompiled templates). The
 * precompiled templates are compiled in this same environment, since the code Handlebars
 * generates depends on which helpers it has.
 */
export function prepareEnv(ctx: HelperContext, budget: WorkBudget, compiler: boolean): Env {
  const hb = createEnv(ctx.format ?? 'html', budget, compiler);
  const helpers = makeHelpers(ctx, hb.SafeString as unknown as new (s: string) => unknown);
  const own = ownHelpers(hb);
  const SafeString = hb.SafeString;
  for (const [name, fn] of Object.entries(helpers)) {
    // `arguments`, not a rest parameter: no array per call (a report makes hundreds of thousands).
    const counted = function (this: unknown) {
      const args = arguments as unknown as unknown[];
      try {
        // A helper's work grows with the lists it is given, and its output counts too.
        for (let i = 0; i < args.length; i++) if (Array.isArray(args[i])) budget.step((args[i] as unknown[]).length);
        const out = fn.apply(this, args);
        if (typeof out === 'string') budget.output(out.length);
        else if (out instanceof SafeString) budget.output(out.toString().length);
        return out;
      } catch (error) {
        const options = args[args.length - 1] as { loc?: Loc } | undefined;
        if (error instanceof LocatedError) throw error;
        if (error instanceof WorkLimitError) throw new LocatedError(error.message, options?.loc, undefined, 'template/work-limit');
        const message = error instanceof HelperError ? `${name}: ${error.message}` : `${name}: ${error instanceof Error ? error.message : String(error)}`;
        throw new LocatedError(message, options?.loc);
      }
    };
    hb.registerHelper(name, counted);
    own[name] = counted;
  }
  hb.registerHelper('helperMissing', function (...args: unknown[]) {
    const options = args.at(-1) as { name: string; loc?: Loc };
    if (args.length === 1) return undefined; // a plain {{missingField}}: renders as nothing, like any absent value
    throw new LocatedError(`unknown helper "${options.name}"`, options.loc);
  });
  return hb;
}

/** Attaches the innermost template file to an error that does not know its file yet. */
function locate(error: unknown, source: TemplateSource): LocatedError {
  if (error instanceof LocatedError) {
    error.file ??= source.file;
    return error;
  }
  // Past the limit in a block or partial: no helper call to point at, so the template's first line.
  if (error instanceof WorkLimitError) return new LocatedError(error.message, error.loc as Loc | undefined, source.file, 'template/work-limit');
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const message = String(e.message ?? error).split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  const loc = typeof e.lineNumber === 'number' ? { start: { line: e.lineNumber, column: e.column ?? 0 }, end: { line: e.lineNumber, column: e.column ?? 0 } } : undefined;
  return new LocatedError(message, loc, source.file);
}
