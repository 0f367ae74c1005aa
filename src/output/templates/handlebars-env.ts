import Handlebars from 'handlebars';
import { mdText } from '../markdown.js';
import { xml } from '../xml.js';
import type { ReportFormat } from './template-sources.js';
import { WorkLimitError, type WorkBudget } from './work-budget.js';

type Env = ReturnType<typeof Handlebars.create>;
type Fn = (this: unknown, ...args: unknown[]) => string;

/** The name under which the compiled code finds the value escaper: no template can type it. */
const ESCAPE = '\u0000escape';

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
 */
export function createEnv(format: ReportFormat, budget: WorkBudget): Env {
  const hb = Handlebars.create();
  useEscaper(hb, format === 'md' ? mdText : xml);
  hb.unregisterHelper('log');
  countEach(hb, budget);
  countInlinePartials(hb, budget);
  return hb;
}

/**
 * Compiles every `{{value}}` to a call of `escape`: Handlebars offers no per-environment
 * escaper, but a subclass of its JavaScriptCompiler per environment is its documented
 * extension point. SafeStrings (the SVG helpers) pass as they are, as with Handlebars.
 */
function useEscaper(hb: Env, escape: (text: string) => string): void {
  const env = hb as unknown as { JavaScriptCompiler: new (...args: unknown[]) => object };
  const Base = env.JavaScriptCompiler;
  function Compiler(this: object, ...args: unknown[]) {
    Base.apply(this, args);
  }
  Compiler.prototype = Object.create(Base.prototype) as object;
  const proto = Compiler.prototype as Record<string, unknown>;
  proto.compiler = Compiler;
  proto.appendEscaped = function (this: { pushSource(s: unknown): void; appendToBuffer(parts: unknown[]): unknown; aliasable(name: string): unknown; popStack(): unknown }) {
    // Handlebars wraps helpers to set `lookupProperty` on their last argument: hand it an object.
    this.pushSource(this.appendToBuffer([this.aliasable(`helpers[${JSON.stringify(ESCAPE)}]`), '(', this.popStack(), ', {})']));
  };
  env.JavaScriptCompiler = Compiler as unknown as typeof env.JavaScriptCompiler;
  hb.registerHelper(ESCAPE, (value: unknown) => {
    if (value !== null && typeof value === 'object' && typeof (value as { toHTML?: unknown }).toHTML === 'function') return (value as { toHTML(): string }).toHTML();
    if (value === null || value === undefined) return '';
    // A number's text (digits, `.`, `-`, `e`, `+`, Infinity, NaN) is the same through every escaper.
    if (typeof value === 'number') return String(value);
    return escape(String(value));
  });
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
