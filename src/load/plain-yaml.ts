import { coreScalar, NOT_CORE } from './core-scalar.js';

/**
 * The fast tier of parsing: a strict parser for the plain YAML that plan files are
 * made of, about twice as fast as js-yaml and ten times as fast as the
 * position-keeping `yaml` library, because it knows only that much:
 *
 * - block mappings with plain keys (`[A-Za-z0-9_-]`, not a null or boolean word,
 *   not `__proto__`, digits only without a leading zero) and block sequences,
 *   including a mapping that starts on a `- ` line and a sequence at its key's
 *   indentation;
 * - plain scalars on one line (resolved with the YAML 1.2 core schema, as yaml
 *   does), single-quoted and double-quoted scalars on one line (double-quoted ones
 *   without escapes), flow sequences and flow mappings on one line;
 * - literal and folded block scalars (`|`, `|-`, `>`, `>-`) whose lines all start at
 *   one indentation, without trailing spaces;
 * - comments, blank lines, and documents separated by `---` lines, each a mapping.
 *
 * Anything else — anchors, aliases, tags, escapes, multi-line plain or quoted
 * scalars, tabs, carriage returns other than in CRLF line ends, control characters, duplicate keys, `...`,
 * directives, keys it does not know to be plain strings, and every syntax error —
 * makes it refuse the whole file (undefined); `yaml` reads it then, and words every
 * problem. So what it accepts it reads exactly as yaml does; the differential tests
 * (test/load/fast-path.test.ts, test/load/plain-yaml.test.ts, test/load/yaml-test-suite.test.ts
 * and the fuzzer in test/load/fuzz.test.ts) hold it to that.
 */
export function parsePlainYaml(text: string): Record<string, unknown>[] | undefined {
  if (BAD_CHAR.test(text)) return undefined;
  try {
    return new Parser(text).documents();
  } catch (error) {
    if (error === REFUSE) return undefined;
    throw error;
  }
}

/**
 * Characters this parser leaves to the others: tabs, carriage returns that do not
 * end a line before its line feed (CRLF files are read; yaml reads their line ends as
 * line feeds too), other control characters, DEL and C1, surrogates (emoji included, to stay simple), BOMs
 * inside the text, Unicode line and paragraph separators, non-characters.
 */
// eslint-disable-next-line no-control-regex
const BAD_CHAR = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]|\r(?!\n)/;

/** Thrown (never seen outside) when the text is not in the subset. */
const REFUSE = Symbol('refuse');

function refuse(): never {
  throw REFUSE;
}

/** Nesting deeper than this is left to the other parsers (which report it). */
const MAX_DEPTH = 100;
/** yaml rejects implicit keys longer than 1024 characters. */
const MAX_KEY = 1000;

const SPACE = 32;
const NL = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;

class Parser {
  private readonly n: number;
  /** Start of the current line. */
  private ls = 0;
  /** Its indentation (spaces); -1 at the end of the text or at a `---` line. */
  private ind = -1;
  /** Where its content starts (ls + ind, or later for a mapping on a `- ` line). */
  private cs = 0;
  /** Its end: the index of its line break (of the CR of a CRLF), or the end of the text. */
  private le = 0;
  /** Where the next line starts: after the line break. */
  private nl = 0;
  /** True at the end of the text. */
  private eof = false;
  /** True when the current line is `---`. */
  private marker = false;
  private depth = 0;

  constructor(private readonly t: string) {
    this.n = t.length;
  }

  documents(): Record<string, unknown>[] {
    const docs: Record<string, unknown>[] = [];
    this.seek(0);
    if (this.marker) this.seek(this.nl);
    for (;;) {
      if (this.eof || this.marker || this.ind !== 0) refuse(); // an empty document, or a document that is not a mapping at column 0
      docs.push(this.mapping(0));
      if (this.eof) return docs;
      if (!this.marker) refuse();
      this.seek(this.nl);
    }
  }

  /**
   * Moves to the first line from `pos` on that is not blank or a comment, and reads
   * its indentation and end. `---` lines and lines the parser does not know at
   * column 0 (`...`, `%`) are handled here.
   */
  private seek(pos: number): void {
    const t = this.t;
    const n = this.n;
    while (pos < n) {
      let i = pos;
      while (i < n && t.charCodeAt(i) === SPACE) i++;
      const [le, nl] = lineEnd(t, i, n);
      const c = t.charCodeAt(i);
      if (i === le || c === HASH) {
        pos = nl;
        continue;
      }
      this.ls = pos;
      this.cs = i;
      this.le = le;
      this.nl = nl;
      this.eof = false;
      if (i === pos && (c === DASH || c === 46 || c === 37)) {
        // `---`, `...` or `%` at column 0
        if (t.startsWith('---', i) && onlySpaces(t, i + 3, le)) {
          this.marker = true;
          this.ind = -1;
          return;
        }
        if (c !== DASH && (c === 37 || t.startsWith('...', i))) refuse();
      }
      this.marker = false;
      this.ind = i - pos;
      return;
    }
    this.eof = true;
    this.marker = false;
    this.ind = -1;
    this.ls = this.cs = this.le = this.nl = n;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) refuse();
  }

  /** A block mapping whose keys are at column `col`, from the current line. */
  private mapping(col: number): Record<string, unknown> {
    this.enter();
    const t = this.t;
    const out: Record<string, unknown> = {};
    while (!this.eof && this.ind === col) {
      const ks = this.cs;
      const colon = keyEnd(t, ks, this.le);
      if (colon === -1) refuse();
      const key = keyAt(t, ks, colon);
      // A duplicate (yaml reports it), or a name objects inherit (`constructor`): left to the others.
      if (out[key] !== undefined) refuse();
      let vs = colon + 1;
      while (vs < this.le && t.charCodeAt(vs) === SPACE) vs++;
      if (vs === this.le || t.charCodeAt(vs) === HASH) {
        // The value is on the lines below: deeper, or a sequence at this column.
        this.seek(this.nl);
        if (!this.eof && this.ind > col) out[key] = this.block(this.ind);
        else if (!this.eof && this.ind === col && this.isItem()) out[key] = this.sequence(col);
        else out[key] = null;
      } else {
        out[key] = this.inline(vs, col);
      }
      if (!this.eof && this.ind > col) refuse(); // more indented than this mapping, and not its content
    }
    this.depth--;
    return out;
  }

  /** Whether the current line is a sequence item (`-` then a space or the line end). */
  private isItem(): boolean {
    return this.t.charCodeAt(this.cs) === DASH && (this.cs + 1 === this.le || this.t.charCodeAt(this.cs + 1) === SPACE);
  }

  /** A block node starting on the current line at column `col`. */
  private block(col: number): unknown {
    return this.isItem() ? this.sequence(col) : this.mapping(col);
  }

  /** A block sequence whose `-` are at column `col`. */
  private sequence(col: number): unknown[] {
    this.enter();
    const t = this.t;
    const out: unknown[] = [];
    while (!this.eof && this.ind === col && this.isItem()) {
      let vs = this.cs + 1;
      while (vs < this.le && t.charCodeAt(vs) === SPACE) vs++;
      if (vs === this.le || t.charCodeAt(vs) === HASH) {
        this.seek(this.nl);
        out.push(!this.eof && this.ind > col ? this.block(this.ind) : null);
      } else if (keyEnd(t, vs, this.le) !== -1) {
        // `- key: value`: a mapping whose keys are at the column of this first key.
        const keyCol = vs - this.ls;
        this.ind = keyCol;
        this.cs = vs;
        out.push(this.mapping(keyCol));
      } else {
        if (t.charCodeAt(vs) === DASH && (vs + 1 === this.le || t.charCodeAt(vs + 1) === SPACE)) refuse(); // `- - a`
        out.push(this.inline(vs, col));
      }
      if (!this.eof && this.ind > col) refuse();
    }
    this.depth--;
    return out;
  }

  /**
   * A value that starts on the current line at `vs` (after `key: ` or `- `) in a node
   * at column `col`; moves to the next line.
   */
  private inline(vs: number, col: number): unknown {
    const t = this.t;
    const le = this.le;
    const c = t.charCodeAt(vs);
    let value: unknown;
    let end: number;
    switch (c) {
      case 34: // "
      case 39: {
        // '
        const q = quoted(t, vs, le);
        value = q.value;
        end = q.end;
        break;
      }
      case 91: // [
      case 123: {
        // {
        const f = new Flow(t, le, this.depth);
        value = f.node(vs);
        end = f.pos;
        break;
      }
      case 124: // |
      case 62: // >
        return this.blockScalar(vs, col);
      case 38: // & anchor
      case 42: // * alias
      case 33: // ! tag
      case 37: // %
      case 64: // @
      case 96: // `
      case 35: // #
      case 44: // ,
      case 93: // ]
      case 125: // }
        return refuse();
      case DASH:
      case 63: // ?
      case COLON: {
        const next = t.charCodeAt(vs + 1);
        if (vs + 1 === le || next === SPACE) refuse();
        end = plainEnd(t, vs, le);
        value = scalar(t.slice(vs, end));
        break;
      }
      default:
        end = plainEnd(t, vs, le);
        value = scalar(t.slice(vs, end));
    }
    if (!commentOrEnd(t, end, le)) refuse();
    this.seek(this.nl);
    return value;
  }

  /** A literal or folded block scalar whose header (`|`, `|-`, `>`, `>-`) is at `hs`. */
  private blockScalar(hs: number, col: number): string {
    const t = this.t;
    const n = this.n;
    const folded = t.charCodeAt(hs) === 62;
    let i = hs + 1;
    const strip = t.charCodeAt(i) === DASH;
    if (strip) i++;
    if (!commentOrEnd(t, i, this.le)) refuse(); // `+`, indentation indicators, text after the header
    // The content lines: the first one sets the indentation, which must be deeper than `col`.
    let pos = this.nl;
    const lines: string[] = [];
    let blanks = 0; // blank lines since the last content line
    let indent = -1;
    let out = '';
    while (pos < n) {
      let i2 = pos;
      while (i2 < n && t.charCodeAt(i2) === SPACE) i2++;
      const [le, nl] = lineEnd(t, i2, n);
      if (i2 === le) {
        // A blank line: content unless it has more spaces than the indentation.
        if (indent === -1 || i2 - pos > indent) refuse();
        blanks++;
        pos = nl;
        continue;
      }
      const s = i2 - pos;
      if (indent === -1) {
        if (s <= col) refuse(); // an empty block scalar
        indent = s;
      }
      if (s < indent) break;
      if (s > indent && folded) refuse(); // more-indented lines fold differently
      if (t.charCodeAt(le - 1) === SPACE) refuse(); // trailing spaces
      if (le === n) refuse(); // the last line has no line break
      const line = t.slice(pos + indent, le);
      if (lines.length === 0) out = line;
      else if (folded) out += blanks === 0 ? ' ' + line : '\n'.repeat(blanks) + line;
      else out += '\n'.repeat(blanks + 1) + line;
      lines.push(line);
      blanks = 0;
      pos = nl;
    }
    if (indent === -1) refuse();
    this.seek(pos);
    return strip ? out : out + '\n';
  }
}

/** Single-line flow collections: `[a, "b", 1]`, `{ year: 2024, value: 3.5 }`, nested. */
class Flow {
  pos = 0;
  constructor(
    private readonly t: string,
    private readonly le: number,
    private depth: number,
  ) {}

  node(at: number): unknown {
    const t = this.t;
    const c = t.charCodeAt(at);
    if (c === 91) return this.seq(at);
    if (c === 123) return this.map(at);
    if (c === 34 || c === 39) {
      const q = quoted(this.t, at, this.le);
      this.pos = q.end;
      return q.value;
    }
    // A plain scalar: up to `,`, `]` or `}`; a `:` in it only before a character that
    // keeps it in the scalar (`https://…`), no ` #`, brackets or quotes.
    if (c === 38 || c === 42 || c === 33 || c === 37 || c === 64 || c === 96 || c === 35 || c === 44 || c === 93 || c === 125 || c === 124 || c === 62) refuse();
    if ((c === DASH || c === 63 || c === COLON) && !plainSafe(t.charCodeAt(at + 1))) refuse();
    let i = at;
    for (; i < this.le; i++) {
      const d = t.charCodeAt(i);
      if (d === 44 || d === 93 || d === 125) break;
      if (d === COLON ? !plainSafe(t.charCodeAt(i + 1)) : d === 91 || d === 123 || d === 34 || d === 39 || (d === HASH && t.charCodeAt(i - 1) === SPACE)) refuse();
    }
    let end = i;
    while (t.charCodeAt(end - 1) === SPACE) end--;
    this.pos = i;
    return scalar(t.slice(at, end));
  }

  private skip(i: number): number {
    while (i < this.le && this.t.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /**
   * The entries of a flow collection that opens at `at` and ends with `close` (`]` or
   * `}`): `entry(i)` reads one entry starting at `i` and leaves `pos` after it.
   * Refuses an entry that is empty, a trailing comma, and a collection not closed on
   * this line.
   */
  private entries(at: number, close: number, entry: (i: number) => void): void {
    if (++this.depth > MAX_DEPTH) refuse();
    const t = this.t;
    let i = this.skip(at + 1);
    if (t.charCodeAt(i) !== close) {
      for (;;) {
        entry(i);
        i = this.skip(this.pos);
        if (i >= this.le) refuse();
        const c = t.charCodeAt(i);
        if (c === close) break;
        if (c !== 44) refuse();
        i = this.skip(i + 1);
        if (i >= this.le || t.charCodeAt(i) === close || t.charCodeAt(i) === 44) refuse();
      }
    }
    this.pos = i + 1;
    this.depth--;
  }

  private seq(at: number): unknown[] {
    const out: unknown[] = [];
    this.entries(at, 93, (i) => out.push(this.node(i)));
    return out;
  }

  private map(at: number): Record<string, unknown> {
    const t = this.t;
    const out: Record<string, unknown> = {};
    this.entries(at, 125, (i) => {
      let k = i;
      while (k < this.le && isKeyChar(t.charCodeAt(k))) k++;
      if (k === i || t.charCodeAt(k) !== COLON || t.charCodeAt(k + 1) !== SPACE) refuse();
      const key = keyAt(t, i, k);
      if (out[key] !== undefined) refuse();
      const vs = this.skip(k + 2);
      const c = t.charCodeAt(vs);
      if (vs >= this.le || c === 44 || c === 125) refuse(); // an empty value
      out[key] = this.node(vs);
    });
    return out;
  }
}

/** A character that may follow `-`, `?` or `:` at the start of a plain scalar in a flow collection. */
function plainSafe(c: number): boolean {
  return !(Number.isNaN(c) || c === SPACE || c === NL || c === 44 || c === 91 || c === 93 || c === 123 || c === 125);
}

function isKeyChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === DASH;
}

/**
 * The index of the `:` that ends a plain key starting at `ks`, or -1 when the line
 * does not start with `key:` followed by a space, a comment or the line end.
 */
function keyEnd(t: string, ks: number, le: number): number {
  let i = ks;
  while (i < le && isKeyChar(t.charCodeAt(i))) i++;
  if (i === ks || i >= le || t.charCodeAt(i) !== COLON) return -1;
  if (i + 1 < le && t.charCodeAt(i + 1) !== SPACE) return -1;
  return i;
}

/**
 * Keys by a hash of their text: a key seen before is returned as the same string, which
 * V8 has already made a property name, instead of a new slice to look up again. Plan
 * files repeat a few dozen keys thousands of times.
 */
const KEYS = new Map<number, string>();

/** The key text `t[ks..ke)`, checked by plainKey, from KEYS when it was seen before. */
function keyAt(t: string, ks: number, ke: number): string {
  let h = ke - ks;
  for (let i = ks; i < ke; i++) h = (Math.imul(h, 31) + t.charCodeAt(i)) | 0;
  const known = KEYS.get(h);
  if (known !== undefined && known.length === ke - ks && t.startsWith(known, ks)) return known;
  const key = plainKey(t.slice(ks, ke));
  if (KEYS.size > 10_000) KEYS.clear();
  KEYS.set(h, key);
  return key;
}

/**
 * A key that yaml reads as this very string: not a word the core schema reads as
 * null or a boolean, not `__proto__`, not a number other than plain digits without
 * a leading zero (those turn into the same text again). Refuses anything else.
 */
function plainKey(key: string): string {
  if (key.length > MAX_KEY || key === '__proto__') refuse();
  const c = key.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    if (!/^(?:0|[1-9][0-9]{0,14})$/.test(key)) refuse();
    return key;
  }
  if (c === DASH) refuse(); // `-1`, `-` …
  if (coreScalar(key) !== NOT_CORE) refuse(); // null, true, False …
  return key;
}

/** A plain scalar: the core schema's value, or the text itself. */
function scalar(s: string): unknown {
  const v = coreScalar(s);
  return v === NOT_CORE ? s : v;
}

/**
 * Where a plain scalar starting at `vs` ends on its line: before ` #` or the line
 * end, trailing spaces dropped. Refuses `: ` and a final `:` (a mapping where yaml
 * wants none).
 */
function plainEnd(t: string, vs: number, le: number): number {
  let end = le;
  for (let i = vs; i < le; i++) {
    const c = t.charCodeAt(i);
    if (c === COLON) {
      if (i + 1 === le || t.charCodeAt(i + 1) === SPACE) refuse();
    } else if (c === HASH && t.charCodeAt(i - 1) === SPACE) {
      end = i;
      break;
    }
  }
  while (t.charCodeAt(end - 1) === SPACE) end--;
  return end;
}

/** A quoted scalar on one line starting at `at`: single-quoted with `''`, or double-quoted without escapes. */
function quoted(t: string, at: number, le: number): { value: string; end: number } {
  const q = t.charCodeAt(at);
  if (q === 34) {
    for (let i = at + 1; i < le; i++) {
      const c = t.charCodeAt(i);
      if (c === 92) refuse(); // escapes
      if (c === 34) return { value: t.slice(at + 1, i), end: i + 1 };
    }
    refuse();
  }
  let value = '';
  let from = at + 1;
  for (let i = at + 1; i < le; i++) {
    if (t.charCodeAt(i) !== 39) continue;
    if (t.charCodeAt(i + 1) === 39) {
      value += t.slice(from, i + 1);
      from = i + 2;
      i++;
      continue;
    }
    return { value: value + t.slice(from, i), end: i + 1 };
  }
  refuse();
}

/** Whether only spaces, then nothing or a comment (` #…`), follow `i` on the line. */
function commentOrEnd(t: string, i: number, le: number): boolean {
  if (i === le) return true;
  if (t.charCodeAt(i) !== SPACE) return false;
  while (i < le && t.charCodeAt(i) === SPACE) i++;
  return i === le || t.charCodeAt(i) === HASH;
}

/**
 * The end of the line that `from` is on (its LF, or the CR of its CRLF, or the end of
 * the text) and where the next line starts.
 */
function lineEnd(t: string, from: number, n: number): [end: number, next: number] {
  const lf = t.indexOf('\n', from);
  if (lf === -1) return [n, n];
  return [lf > from && t.charCodeAt(lf - 1) === 13 ? lf - 1 : lf, lf + 1];
}

function onlySpaces(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (t.charCodeAt(i) !== SPACE) return false;
  return true;
}
