/**
 * Reads a glob of the documented syntax (src/workspace/glob.ts) into a tree whose
 * leaves test one character each; src/workspace/glob.ts turns the tree into an automaton.
 */

/**
 * What a state tests: a character code (>= 0) for that character, NOT_SLASH, ANY, or
 * classTest(i) for the character class number i of the glob set.
 */
export type Test = number;
export const NOT_SLASH = -1;
export const ANY = -2;
/** The test of character class `index`. */
export const classTest = (index: number): Test => -3 - index;

/** A set of characters in brackets: `[a-z]`, `[!ab]`. */
export interface CharClass {
  ranges: [number, number][];
  negated: boolean;
}

export type Ast =
  | { t: 'char'; test: Test }
  | { t: 'loop'; test: Test } // any number of such characters
  | { t: 'seq'; items: Ast[] }
  | { t: 'alt'; items: Ast[] }
  | { t: 'opt'; item: Ast };

export const SLASH = 47;
const lit = (code: number): Ast => ({ t: 'char', test: code });
/** `(?:.*\/)?`: any number of whole folders, each with its `/`. */
const FOLDERS: Ast = { t: 'opt', item: { t: 'seq', items: [{ t: 'loop', test: ANY }, lit(SLASH)] } };

/** Reads a glob into a tree. Recursion only per `{` (a glob has at most MAX_GLOB_LENGTH characters). */
export class GlobParser {
  private i = 0;
  constructor(
    private readonly g: string,
    /** The character classes of every glob of a set; a test names one by its index. */
    private readonly classes: CharClass[],
  ) {}

  parse(): Ast {
    return this.sequence(false);
  }

  /** A sequence up to the end, or, inside braces, up to `,` or `}`. */
  private sequence(inBraces: boolean): Ast {
    const g = this.g;
    const items: Ast[] = [];
    while (this.i < g.length) {
      const c = g.charCodeAt(this.i);
      if (inBraces && (c === 44 || c === 125)) break;
      if (c === 42) items.push(this.stars(inBraces));
      else if (c === 63) {
        this.i++;
        items.push({ t: 'char', test: NOT_SLASH });
      } else if (c === 91) items.push(this.klass());
      else if (c === 123) items.push(this.braces());
      else if (c === 92 && this.i + 1 < g.length) {
        items.push(lit(g.charCodeAt(this.i + 1)));
        this.i += 2;
      } else {
        items.push(lit(c));
        this.i++;
      }
    }
    return { t: 'seq', items };
  }

  /** `*`, or `**`: folders when it is a whole segment, with the slash after it (which it consumes). */
  private stars(inBraces: boolean): Ast {
    const g = this.g;
    const start = this.i;
    while (g.charCodeAt(this.i) === 42) this.i++;
    if (this.i - start < 2) return { t: 'loop', test: NOT_SLASH };
    const before = start === 0 ? -1 : g.charCodeAt(start - 1);
    const after = this.i === g.length ? -1 : g.charCodeAt(this.i);
    const delimitedBefore = before === -1 || before === SLASH || (inBraces && (before === 123 || before === 44));
    const endsHere = after === -1 || (inBraces && (after === 44 || after === 125));
    if (!delimitedBefore || !(endsHere || after === SLASH)) return { t: 'loop', test: NOT_SLASH };
    if (after === SLASH) {
      this.i++; // `**` then `/x`: the folders come with their slashes, and may be none
      return FOLDERS;
    }
    return { t: 'loop', test: ANY };
  }

  /** `[…]`: one character of a set; an unclosed `[` is itself. */
  private klass(): Ast {
    const g = this.g;
    let j = this.i + 1;
    const negated = g[j] === '!' || g[j] === '^';
    if (negated) j++;
    const ranges: [number, number][] = [];
    for (let first = true; j < g.length && (first || g[j] !== ']'); first = false) {
      let lo = g.charCodeAt(j);
      if (lo === 92 && j + 1 < g.length) lo = g.charCodeAt(++j);
      j++;
      let hi = lo;
      if (g[j] === '-' && j + 1 < g.length && g[j + 1] !== ']') {
        hi = g.charCodeAt(j + 1);
        if (hi === 92 && j + 2 < g.length) hi = g.charCodeAt(++j + 1);
        j += 2;
      }
      ranges.push([lo, hi]);
    }
    if (j >= g.length) {
      this.i++;
      return lit(91);
    }
    this.i = j + 1;
    this.classes.push({ ranges, negated });
    return { t: 'char', test: classTest(this.classes.length - 1) };
  }

  /** `{a,b}`: alternatives; without a `,` at its own level, or unclosed, a `{` is itself. */
  private braces(): Ast {
    const open = this.i;
    this.i++;
    const items = [this.sequence(true)];
    while (this.g.charCodeAt(this.i) === 44) {
      this.i++;
      items.push(this.sequence(true));
    }
    if (this.g.charCodeAt(this.i) !== 125 || items.length < 2) {
      this.i = open + 1;
      return lit(123);
    }
    this.i++;
    return { t: 'alt', items };
  }
}
