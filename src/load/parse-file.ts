import type { Document } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { bytePosition, decode } from './decode.js';
import { aliases, nestsDeeper } from './aliases.js';
import { duplicateKeys } from './duplicate-keys.js';
import { parsePlainYaml } from './plain-yaml.js';
import { findRange, findSpan, SourceFile, type Target } from './source-file.js';
import { yamlLib } from './yaml-lib.js';
import type { Locale } from '../i18n/locale.js';
import { words } from '../i18n/words.js';

/** One YAML document of a file, parsed with positions. */
export interface LoadedDocument {
  source: SourceFile;
  /** 0-based index of the document inside its file. */
  index: number;
  yaml: Document.Parsed;
  /** The plain JavaScript value, or undefined when it could not be built. */
  data: unknown;
  /**
   * True when the document has YAML errors. Its data is then a best effort: enough
   * to learn its kind and id (so references to it do not fail too), not to check.
   */
  broken?: boolean;
  /**
   * Where the document starts and ends in its file, as yaml's `range[0]` and
   * `range[2]` give it, without a `yaml` tree when that can be had from the text.
   */
  bounds?(): [number, number] | undefined;
}

export interface ParsedFile {
  source?: SourceFile;
  documents: LoadedDocument[];
  diagnostics: Diagnostic[];
  /** True when the fast parser read the file (its `yaml` trees are made on demand). */
  fast?: boolean;
}

export interface ParseOptions {
  /** Aliases allowed per document before it counts as an alias bomb. */
  maxAliasCount?: number;
  /**
   * Parse every file with the position-keeping `yaml` library (the slow path), never
   * with the fast parser. The result is the same; the differential test proves it.
   */
  slowPath?: boolean;
  /** The language of the diagnostics (the run's locale); default en. */
  locale?: Locale;
}

/** Options of the `yaml` library that define how planverk reads YAML: 1.2, core schema. */
function yamlOptions() {
  // uniqueKeys: checked by duplicateKeys() in linear time (yaml's own check is quadratic).
  // logLevel: yaml would print warnings (e.g. collection keys) with process.emitWarning; stderr is ours.
  return { schema: 'core', version: '1.2', uniqueKeys: false, prettyErrors: false, logLevel: 'error' } as const;
}

/**
 * A document read by the fast path. It has no `yaml` tree until one is asked for:
 * that happens only when a check reports a problem in it, and then only this
 * document is parsed with `yaml` — in a copy of the file where the text before it is
 * blanked out (line breaks kept) and the text after it cut off, so every offset, and
 * so every position, is exactly what parsing the whole file gives.
 */
class LazyDocument implements LoadedDocument {
  private tree: Document.Parsed | undefined;
  constructor(
    readonly source: SourceFile,
    readonly index: number,
    readonly data: unknown,
    private readonly file: { count: number; bounds?: [number, number][] | null; asked: number; trees?: Document.Parsed[] },
  ) {}

  get yaml(): Document.Parsed {
    if (this.tree) return this.tree;
    const file = this.file;
    const text = this.source.text;
    if (file.bounds === undefined) file.bounds = documentBounds(text, file.count);
    // The first document asked for is parsed alone; from the second on, the whole
    // file once, so a file whose every document is asked for costs one parse, not many.
    if (file.bounds && !file.trees && file.asked++ === 0) {
      const [own, end] = file.bounds[this.index]!;
      const start = this.index === 0 ? 0 : own; // the first document is parsed with whatever comes before it
      // A `---` where the next document starts: yaml ends a document differently before
      // a marker than at the end of the text (a last empty value followed by a comment).
      const next = end < text.length ? '---\n' : '';
      const trees = yamlLib().parseAllDocuments(text.slice(0, start).replace(/[^\n]/g, ' ') + text.slice(start, end) + next, yamlOptions()) as Document.Parsed[];
      return (this.tree = checked(this.source, trees, next ? 2 : 1)[0]!);
    }
    file.trees ??= checked(this.source, yamlLib().parseAllDocuments(text, yamlOptions()) as Document.Parsed[], file.count);
    return (this.tree = file.trees[this.index]!);
  }

  /**
   * The document's start and end from the `---` lines alone: a document starts at its
   * `---`, or, the first one without it, at its first line that is not blank or a
   * comment; it ends where the next `---` starts, or at the end of the file. That is
   * how yaml sets a document's range, except that yaml ends a document whose last
   * value is empty (`key:`, `-`) right there; undefined for those, and when the
   * markers cannot tell.
   */
  bounds(): [number, number] | undefined {
    const file = this.file;
    const text = this.source.text;
    if (file.bounds === undefined) file.bounds = documentBounds(text, file.count);
    const own = file.bounds?.[this.index];
    if (!own || endsEmpty(text, own[0], own[1])) return undefined;
    return own[0] === 0 && !isMarker(text, 0) ? [firstContentLine(text), own[1]] : own;
  }
}

/** Whether a `---` document marker starts at `at`. */
function isMarker(text: string, at: number): boolean {
  const after = text.charCodeAt(at + 3);
  return text.startsWith('---', at) && (at + 3 === text.length || after === 10 || after === 13 || after === 32);
}

/**
 * Whether the last line with content in `text[start..end)` ends with an empty value
 * (`key:`, `-`), a comment aside. One pass back over the lines (no regular expression:
 * a line is repository text of any length).
 */
function endsEmpty(text: string, start: number, end: number): boolean {
  let to = end;
  for (;;) {
    const from = Math.max(text.lastIndexOf('\n', to - 1) + 1, start);
    const cut = withoutComment(text, from, to);
    let last = cut - 1;
    while (last >= from && isBlank(text.charCodeAt(last))) last--;
    if (last >= from) {
      const c = text.charCodeAt(last);
      return c === 58 || (c === 45 && (last === from || isBlank(text.charCodeAt(last - 1)))); // `:`, or `-` alone
    }
    if (from <= start) return false;
    to = from - 1;
  }
}

/** Where the comment of the line `text[from..to)` starts (a `#` at its start or after a blank), or `to`. */
function withoutComment(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 35 && (i === from || isBlank(text.charCodeAt(i - 1)))) return i;
  return to;
}

/** A space, a tab or the CR of a CRLF line end. */
function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/**
 * The offset of the first line in `text[0..to)` that is not blank or only a comment
 * (every line before it ends with a line feed), or `to` when there is none. A scan,
 * not a regular expression: a repeated group over comment lines backtracks
 * exponentially on a `#####` banner where the match fails.
 */
function firstContentLine(text: string, to = text.length): number {
  for (let line = 0, i = 0; ; line = ++i) {
    while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    if (i < to && text.charCodeAt(i) === 35) {
      i = text.indexOf('\n', i);
      if (i === -1 || i >= to) return line;
    } else if (i < to && text.charCodeAt(i) === 13) i++;
    if (i >= to || text.charCodeAt(i) !== 10) return line;
  }
}

/** The fast path only accepts files that both parsers read alike; anything else is a bug here. */
function checked(source: SourceFile, trees: Document.Parsed[], count: number): Document.Parsed[] {
  if (!Array.isArray(trees) || trees.length !== count || trees.some((t) => t.errors.length > 0 || t.warnings.length > 0)) {
    throw new Error(`${source.path}: the fast and the slow YAML parser disagree; run with PLANVERK_SLOW_PATH=1 and report this`);
  }
  return trees;
}

/**
 * Where each document of a fast-path file starts and ends: split at `---` lines (in
 * such a file, without `...` or directives, a line starting with `---` always starts a
 * document). Null when the markers do not account for exactly `count` documents; then
 * the whole file is parsed.
 */
function documentBounds(text: string, count: number): [number, number][] | null {
  const markers: number[] = isMarker(text, 0) ? [0] : [];
  for (let i = text.indexOf('\n---'); i !== -1; i = text.indexOf('\n---', i + 1)) if (isMarker(text, i + 1)) markers.push(i + 1);
  // Content before the first marker is a document of its own; blank lines and comments are not.
  const starts = markers.length > 0 && firstContentLine(text, markers[0]) === markers[0] ? markers : [0, ...markers];
  if (starts.length !== count) return null;
  return starts.map((start, i) => [start, starts[i + 1] ?? text.length]);
}

/**
 * The text written at `path` in a loaded document, as it stands in the file (e.g. `3.10`
 * where YAML read the number 3.1). The way for code outside load/ to read the source
 * behind a value: the `yaml` tree stays inside load/.
 */
export function writtenAt(doc: LoadedDocument, path: readonly (string | number)[]): string {
  const [start, end] = findRange(doc.yaml, path, 'value');
  return doc.source.text.slice(start, end).trim();
}

/** The 1-based line of the node at `path` in a loaded document (the deepest existing node). */
export function lineAt(doc: LoadedDocument, path: readonly (string | number)[]): number {
  return doc.source.span(...findRange(doc.yaml, path, 'value')).line;
}

/** A diagnostic at a node of a loaded document. */
export function diagnosticAt(
  doc: LoadedDocument,
  path: readonly (string | number)[],
  target: Target,
  fields: Pick<Diagnostic, 'rule' | 'severity' | 'message' | 'hint'>,
): Diagnostic {
  const span = findSpan(doc.source, doc.yaml, path, target);
  const d: Diagnostic = { rule: fields.rule, severity: fields.severity, message: fields.message, file: doc.source.path, ...span, path: [...path] };
  if (fields.hint !== undefined) d.hint = fields.hint;
  return d;
}

/** A file the fast path read: its documents, with `yaml` trees made only when asked for. */
function fastParsed(path: string, text: string, docs: Record<string, unknown>[]): ParsedFile {
  const source = new SourceFile(path, text);
  const file = { count: docs.length, asked: 0 };
  return { source, documents: docs.map((data, index) => new LazyDocument(source, index, data, file)), diagnostics: [], fast: true };
}

/**
 * Parses one file's bytes into documents (YAML 1.2 core schema), collecting every
 * problem as a Diagnostic: encoding, syntax, duplicate keys, alias bombs, nesting.
 */
export function parseFile(path: string, bytes: Uint8Array, options: ParseOptions = {}): ParsedFile {
  const catalogue = words(options.locale ?? 'en');
  const t = catalogue.yamlText;
  const decoded = decode(bytes);
  if (!decoded.ok) {
    const pos = bytePosition(bytes, decoded.offset);
    return {
      documents: [],
      diagnostics: [{ rule: decoded.rule, severity: 'error', message: decoded.rule === 'file/binary' ? t.binary : t.encoding, file: path, line: pos.line, column: pos.column, endLine: pos.line, endColumn: pos.column }],
    };
  }
  // A UTF-8 byte order mark is allowed; drop it so columns count from the first character.
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (!options.slowPath) {
    const fast = parsePlainYaml(text);
    if (fast) return fastParsed(path, text, fast);
  }
  const source = new SourceFile(path, text);
  const diagnostics: Diagnostic[] = [];
  const at = (start: number, end: number) => ({ file: path, ...source.span(start, end) });

  let parsed: Document.Parsed[];
  try {
    parsed = yamlLib().parseAllDocuments(text, yamlOptions()) as Document.Parsed[];
  } catch (error) {
    // The parser is iterative, but guard anyway: a crash here must stay a diagnostic.
    return { source, documents: [], diagnostics: [{ rule: 'yaml/syntax', severity: 'error', message: t.couldNotParse(errorMessage(error)), ...at(0, 0) }] };
  }
  if (!Array.isArray(parsed)) parsed = [];

  const documents: LoadedDocument[] = [];
  const mayAlias = text.includes('*');
  parsed.forEach((yaml, index) => {
    let fatal = false;
    let tooDeep = false;
    for (const e of yaml.errors) {
      fatal = true;
      // yaml's composer recurses and reports a stack overflow as an ordinary error: say what it means, once.
      if (/Maximum call stack size exceeded/.test(e.message)) {
        if (!tooDeep) diagnostics.push({ rule: 'yaml/too-deep', severity: 'error', message: t.tooDeep, ...at(e.pos[0], e.pos[1]) });
        tooDeep = true;
        continue;
      }
      const quote = /^Missing closing (["'])/.exec(e.message)?.[1];
      const opened = quote ? openingQuote(text, yaml.range[0], e.pos[0], quote) : undefined;
      diagnostics.push({
        rule: e.code === 'DUPLICATE_KEY' ? 'yaml/duplicate-key' : 'yaml/syntax',
        severity: 'error',
        message: yamlMessage(t, e.code, e.message),
        hint: opened ? catalogue.hints.unclosedQuote(quote!, source.span(opened, opened + 1).line) : colonHint(text, e.pos[0], e.message, catalogue.hints),
        // At the quote that was opened, so the code frame shows the line to fix, not the end of the file.
        ...(opened !== undefined ? at(opened, opened + 1) : at(e.pos[0], e.pos[1])),
      });
    }
    for (const [start, end] of duplicateKeys(yaml)) {
      fatal = true;
      diagnostics.push({ rule: 'yaml/duplicate-key', severity: 'error', message: t.duplicateKey, ...at(start, end) });
    }
    for (const w of yaml.warnings) {
      diagnostics.push({ rule: 'yaml/syntax', severity: 'warning', message: yamlMessage(t, w.code, w.message), ...at(w.pos[0], w.pos[1]) });
    }
    if (yaml.contents === null && !hasContent(text, yaml.range)) return; // an empty document between `---` markers
    const maxAliasCount = options.maxAliasCount ?? 100;
    const use = mayAlias ? aliases(yaml) : { count: 0 };
    if (use.count > maxAliasCount || use.recursive) {
      // Never handed to toJS: it would take minutes, or build a value that contains itself.
      if (fatal) return;
      const [start, end] = use.recursive ?? [yaml.range[0], yaml.range[0]];
      diagnostics.push({
        rule: 'yaml/alias-limit',
        severity: 'error',
        message: use.recursive ? t.aliasRecursive : t.aliasCount(use.count, maxAliasCount),
        hint: t.aliasHint,
        ...at(start, end),
      });
      return;
    }
    if (!fatal && nestsDeeper(yaml)) {
      // Refused before toJS, whose recursion would overflow the stack or not depending on the run.
      diagnostics.push({ rule: 'yaml/too-deep', severity: 'error', message: t.tooDeep, ...at(yaml.range[0], yaml.range[0]) });
      return;
    }
    let data: unknown;
    try {
      data = yaml.toJS({ maxAliasCount });
    } catch (error) {
      if (fatal) return;
      const tooDeep = error instanceof RangeError;
      diagnostics.push({
        rule: tooDeep ? 'yaml/too-deep' : 'yaml/alias-limit',
        severity: 'error',
        message: tooDeep ? t.tooDeep : t.aliasOther(errorMessage(error)),
        hint: tooDeep ? undefined : t.aliasHint,
        ...at(yaml.range[0], yaml.range[0]),
      } as Diagnostic);
      return;
    }
    documents.push(fatal ? { source, index, yaml, data, broken: true } : { source, index, yaml, data });
  });
  if (documents.length === 0 && diagnostics.length === 0) {
    diagnostics.push({ rule: 'yaml/empty', severity: 'warning', message: t.empty, ...at(0, 0) });
  }
  return { source, documents, diagnostics: diagnostics.map(dropUndefinedHint) };
}

type YamlWords = ReturnType<typeof words>['yamlText'];

/** A YAML library error in the run's words: a sentence by its code, the library's own sentence in brackets. */
function yamlMessage(t: YamlWords, code: string, message: string): string {
  const detail = firstLine(message);
  return t.withDetail(t.codes[code] ?? t.other, detail);
}

/**
 * The offset of the first quote between `from` and `to` that its line does not close
 * (`title: "God helse` with no closing `"`), when there is one.
 */
function openingQuote(text: string, from: number, to: number, quote: string): number | undefined {
  let lineStart = from;
  while (lineStart < to) {
    const end = text.indexOf('\n', lineStart);
    const lineEnd = end === -1 || end > to ? to : end;
    const line = text.slice(lineStart, lineEnd);
    // A quote that opens a scalar: after a key's ": ", a "- ", or a flow "[", "{" or ",".
    const re = quote === '"' ? /(?:^|:\s|-\s|[[{,]\s*)"((?:[^"\\]|\\.)*)("?)/g : /(?:^|:\s|-\s|[[{,]\s*)'((?:[^']|'')*)('?)/g;
    for (const m of line.matchAll(re)) {
      if (m[2] === '') return lineStart + m.index + m[0].indexOf(quote);
    }
    if (end === -1) break;
    lineStart = end + 1;
  }
  return undefined;
}

/** `title: Mål: bedre helse` is a nested mapping to YAML: say to quote the value. */
function colonHint(text: string, pos: number, message: string, hints: ReturnType<typeof words>['hints']): string | undefined {
  if (!/nested mappings|implicit map keys|mapping values are not allowed/i.test(message)) return undefined;
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const lineEnd = text.indexOf('\n', pos);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const m = /^\s*(?:-\s+)?([^\s:#"'][^:#]*?):\s+([^"'\s[{|>&*!].*?:(?:\s.*)?)\s*$/.exec(line);
  return m ? hints.quoteColon(m[1]!, m[2]!.replace(/\\/g, '\\\\').replace(/"/g, '\\"')) : undefined;
}

function hasContent(text: string, range: [number, number, number]): boolean {
  return text.slice(range[0], range[2]).replace(/#.*$/gm, '').replace(/^(---|\.\.\.)\s*$/gm, '').trim().length > 0;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function dropUndefinedHint(d: Diagnostic): Diagnostic {
  if (d.hint === undefined) delete d.hint;
  return d;
}
