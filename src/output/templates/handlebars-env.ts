import { createRequire } from 'node:module';
import { mdText } from '../markdown.js';
import { xml } from '../xml.js';
import type { ReportFormat } from './template-sources.js';
import { WorkLimitError, type WorkBudget } from './work-budget.js';

/** An environment; with the compiler (`compile`, `parse`) only when `createEnv` was asked for it. */
export type Env = ReturnType<typeof import('handlebars').create>;

type Handlebars = typeof import('handlebars');
/**
 * Handlebars' runtime, and Handlebars with its compiler (parser, code generator, source
 * maps): the second is loaded only when a template is compiled at run time. The built-in
 * templates come precompiled (precompiled.ts), so a report from them never loads it.
 */
let runtime: Handlebars | undefined;
let full: Handlebars | undefined;
function handlebars(compiler: boolean): Handlebars {
  if (compiler) return (full ??= createRequire(import.meta.url)('handlebars') as Handlebars);
  return (runtime ??= createRequire(import.meta.url)('handlebars/runtime') as Handlebars);
}

/** Handlebars' version, which precompiled templates must have been made with. */
export function handlebarsVersion(): string {
  return handlebars(false).VERSION;
}
type Fn = (this: unknown, ...args: unknown[]) => string;

/** The name under which the compiled code finds the value escaper: no template can type it. */
const ESCAPE = '\u0000escape';
/** The name of the table of planverk's own helpers, which compiled code calls directly. */
const OWN = '\u0000own';

/** Each environment's table of own helpers (see `ownHelpers`). */
const OWN_TABLES = new WeakMap<object, Record<string, OwnHelper>>();

/** A helper as the compiled code calls it. */
export type OwnHelper = (this: unknown, ...args: unknown[]) => unknown;

/**
 * The table of planverk's own helpers of an environment: a helper put here (besides
 * `registerHelper`, which the linter and Handlebars' own lookups read) is called by the
 * compiled code straight from this table. Handlebars wraps every registered function
 * helper once per render in a closure that copies its arguments and sets
 * `options.lookupProperty` on every call, which no helper of ours reads; a table that is
 * not a function passes through unwrapped. The table has no prototype, so only the
 * names put in it are found there.
 */
export function ownHelpers(hb: Env): Record<string, OwnHelper> {
  return OWN_TABLES.get(hb)!;
}

/**
 * A fresh, isolated Handlebars environment for one render:
 *
 * - `{{value}}` is escaped by the one escaper of the format (Markdown or XML/HTML,
 *   src/output/) instead of Handlebars' HTML escaping, so a title cannot leave its
 *   heading in Markdown, reach the CI log with `::` or carry a control character;
 * - the built-in `log` helper is gone: it wrote to the process's stdout and
 *   stderr, past every escaper (`{{log x}}` is now an unknown helper);
 * - `#each` iterations, inline partials and (in the engine) registered partials
 *   count against the render's work budget.
 *
 * The other built-ins (`if`, `unless`, `with`, `lookup`, `each`) only read the data
 * they are given, through Handlebars' own-property lookup.
 *
 * With `compiler` false the environment is Handlebars' runtime alone: it runs precompiled
 * templates (`hb.template`) but cannot compile or parse.
 */
export function createEnv(format: ReportFormat, budget: WorkBudget, compiler = true): Env {
  const hb = handlebars(compiler).create();
  const own = Object.create(null) as Record<string, OwnHelper>;
  OWN_TABLES.set(hb, own);
  if (compiler) useOwnCompiler(hb, own);
  useEscaper(hb, format === 'md' ? mdText : xml, own);
  hb.unregisterHelper('log');
  countEach(hb, budget);
  countInlinePartials(hb, budget);
  return hb;
}

/**
 * Compiles every `{{value}}` to a call of `escape`, and every call of one of the
 * environment's own helpers to a call from `own`: Handlebars offers no per-environment
 * escaper, but a subclass of its JavaScriptCompiler per environment is its documented
 * extension point. The escaper sits in `own` too, so it is called as it is, without
 * Handlebars' helper wrapper. SafeStrings (the SVG helpers) pass as they are, as with
 * Handlebars.
 */
function useOwnCompiler(hb: Env, own: Record<string, OwnHelper>): void {
  const env = hb as unknown as { JavaScriptCompiler: new (...args: unknown[]) => object };
  const Base = env.JavaScriptCompiler;
  function Compiler(this: object, ...args: unknown[]) {
    Base.apply(this, args);
  }
  Compiler.prototype = Object.create(Base.prototype) as object;
  const proto = Compiler.prototype as Record<string, unknown>;
  const baseLookup = (Base.prototype as { nameLookup: (parent: unknown, name: string, type?: string) => unknown }).nameLookup;
  type Emitter = { pushSource(s: unknown): void; appendToBuffer(parts: unknown[]): unknown; aliasable(name: string): unknown; popStack(): unknown; quotedString(s: string): unknown };
  const table = `helpers[${JSON.stringify(OWN)}]`;
  proto.compiler = Compiler;
  proto.appendEscaped = function (this: Emitter) {
    this.pushSource(this.appendToBuffer([this.aliasable(table), `[${JSON.stringify(ESCAPE)}](`, this.popStack(), ')']));
  };
  // Only helpers (not data, partials or decorators); the rest as Handlebars does. Every helper
  // is registered before the first template is compiled (compile() is lazy) and none is passed at
  // run time, so a name that is no helper now is none at run time either: `{{title}}` then looks
  // at the data alone instead of asking the helpers first, once per value written.
  proto.nameLookup = function (this: Emitter, parent: unknown, name: string, type?: string) {
    if (type === 'helper' && parent === 'helpers' && typeof name === 'string') {
      if (Object.hasOwn(own, name)) return [this.aliasable(table), '[', this.quotedString(name), ']'];
      if (!Object.hasOwn(hb.helpers, name)) return '(void 0)';
    }
    return baseLookup.call(this, parent, name, type);
  };
  env.JavaScriptCompiler = Compiler as unknown as typeof env.JavaScriptCompiler;
}

/** Puts the format's escaper and the table of own helpers where the compiled code (useOwnCompiler) calls them. */
function useEscaper(hb: Env, escape: (text: string) => string, own: Record<string, OwnHelper>): void {
  own[ESCAPE] = (value: unknown) => {
    if (value !== null && typeof value === 'object' && typeof (value as { toHTML?: unknown }).toHTML === 'function') return (value as { toHTML(): string }).toHTML();
    if (value === null || value === undefined) return '';
    // A number's text (digits, `.`, `-`, `e`, `+`, Infinity, NaN) is the same through every escaper.
    if (typeof value === 'number') return String(value);
    return escape(String(value));
  };
  // Not a function, so Handlebars hands it to the compiled code as it is.
  hb.registerHelper(OWN, own as unknown as import('handlebars').HelperDelegate);
}

/** A block function that counts one step and its output per call against the work budget. */
function countedBlock(fn: Fn, budget: WorkBudget): Fn {
  return function (this: unknown, ...a) {
    budget.step();
    const out = fn.apply(this, a);
    budget.output(out.length);
    return out;
  };
}

/** `#each` (and `{{#list}}` blocks, which Handlebars runs through it) counts a step and its output per item. */
function countEach(hb: Env, budget: WorkBudget): void {
  const each = hb.helpers.each as Fn;
  hb.registerHelper('each', function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as { fn: Fn; loc?: unknown };
    const counted = countedBlock(options.fn, budget);
    try {
      return each.apply(this, [...args.slice(0, -1), { ...options, fn: counted }]);
    } catch (error) {
      if (error instanceof WorkLimitError) error.loc ??= options.loc;
      throw error;
    }
  });
}

/** `{{#*inline "p"}}` partials count a step and their output per call, like registered partials. */
function countInlinePartials(hb: Env, budget: WorkBudget): void {
  const env = hb as unknown as { decorators: Record<string, Fn>; registerDecorator(name: string, fn: Fn): void };
  const inline = env.decorators.inline!;
  env.registerDecorator('inline', function (this: unknown, ...args: unknown[]) {
    const options = args[3] as { fn: Fn };
    const counted = countedBlock(options.fn, budget);
    return inline.apply(this, [args[0], args[1], args[2], { ...options, fn: counted }, ...args.slice(4)]);
  });
}
