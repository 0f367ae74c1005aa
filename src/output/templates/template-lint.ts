import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { RuleId } from '../../diagnostics/rules.js';
import type { Locale } from '../../i18n/locale.js';
import { words } from '../../i18n/words.js';

interface Loc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

interface Node {
  type: string;
  loc?: Loc;
  [key: string]: unknown;
}

/** A diagnostic in a template file at a Handlebars location (columns there are 0-based). */
/** The rules are declared in template-rules.ts. */
export function templateDiagnostic(file: string, rule: RuleId, message: string, loc?: Loc, hint?: string): Diagnostic {
  const d: Diagnostic = {
    rule, severity: 'error', message, file,
    line: loc?.start.line ?? 1, column: (loc?.start.column ?? 0) + 1, endLine: loc?.end.line ?? loc?.start.line ?? 1, endColumn: (loc?.end.column ?? loc?.start.column ?? 0) + 1,
  };
  if (hint) d.hint = hint;
  return d;
}

/** Turns a Handlebars parse error into a diagnostic: the line from its message or fields, the message on one line. */
export function syntaxDiagnostic(file: string, error: unknown, locale: Locale = 'en'): Diagnostic {
  const w = words(locale).templateSyntax;
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const text = String(e.message ?? error);
  const fromText = /on line (\d+)/.exec(text);
  const line = e.lineNumber ?? (fromText ? Number(fromText[1]) : 1);
  // The parser draws a caret under the column: "-----^" on the third line of its message.
  const caret = /^(-*)\^$/m.exec(text);
  const column = e.column ?? (caret ? caret[1]!.length : 0);
  const expecting = /Expecting (.*), got '([^']*)'/.exec(text);
  const mismatch = /^(\S+) doesn't match (\S+)/.exec(text);
  let message: string;
  if (mismatch) message = w.mismatch(mismatch[1]!, mismatch[2]!);
  else if (expecting) {
    const [expected, got] = [expecting[1]!, expecting[2]!];
    if (got === 'EOF') message = w.eof;
    else if (got === 'INVALID' && /'CLOSE'/.test(expected)) message = w.unclosed;
    else if (got === 'CLOSE' || got === 'CLOSE_UNESCAPED') message = w.incomplete;
    else message = w.unexpected(got.toLowerCase());
  } else message = w.unexpected(text.split('\n')[0]!.replace(/ - \d+:\d+$/, ''));
  return templateDiagnostic(file, 'template/syntax', message, { start: { line, column }, end: { line, column } });
}

/**
 * Finds what would fail at render time, before rendering: calls of helpers that
 * do not exist (a mustache with arguments, or any sub-expression, must name a
 * helper) and partials with a static name that is not registered.
 */
export function lintTemplate(file: string, ast: unknown, helpers: ReadonlySet<string>, registered: ReadonlySet<string>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const partials = new Set([...registered, ...inlinePartials(ast)]);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    if (typeof node.type !== 'string') return;
    const path = node.path as Node | undefined;
    const params = (node.params as unknown[] | undefined) ?? [];
    const hash = node.hash as Node | undefined;
    if ((node.type === 'MustacheStatement' || node.type === 'BlockStatement' || node.type === 'SubExpression') && path?.type === 'PathExpression') {
      const parts = path.parts as string[];
      const isCall = node.type === 'SubExpression' || params.length > 0 || hash !== undefined;
      if (isCall && parts.length === 1 && path.data !== true && path.depth === 0 && !helpers.has(parts[0]!)) {
        out.push(templateDiagnostic(file, 'template/unknown-helper', `unknown helper "${parts[0]}"`, node.loc, 'docs/templates.md lists the helpers'));
      }
    }
    if (node.type === 'PartialStatement') {
      const name = node.name as Node;
      if (name.type === 'PathExpression' && !partials.has(String(name.original))) {
        out.push(templateDiagnostic(file, 'template/missing-partial', `partial "${String(name.original)}" not found`, node.loc, 'partials live in templates/partials/<name>.hbs'));
      }
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'loc' && key !== 'strip' && key !== 'openStrip' && key !== 'closeStrip' && key !== 'inverseStrip') visit(child);
  };
  visit(ast);
  return out;
}

/**
 * The partials a template calls by a static name and does not define itself: what
 * `lintTemplate` requires to be registered. A precompiled template (precompiled.ts) is
 * not linted at run time, so it records these, and is compiled and linted after all
 * when one of them is missing.
 */
export function partialsCalled(ast: unknown): string[] {
  const names = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'PartialStatement' && (node.name as Node).type === 'PathExpression') names.add(String((node.name as Node).original));
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child);
  };
  visit(ast);
  for (const inline of inlinePartials(ast)) names.delete(inline);
  return [...names].sort();
}

/** The names of the partials a template defines itself (`{{#*inline "name"}}`), so calling them is no missing partial. */
function inlinePartials(ast: unknown): string[] {
  const names: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const node = value as Node;
    if (node.type === 'DecoratorBlock' && (node.path as Node | undefined)?.original === 'inline') {
      const name = (node.params as Node[] | undefined)?.[0];
      if (name?.type === 'StringLiteral') names.push(String(name.value));
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'loc') visit(child);
  };
  visit(ast);
  return names;
}
