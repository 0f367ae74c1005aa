import { ANY, GlobParser, NOT_SLASH, SLASH, type Ast, type CharClass } from './glob-parse.js';

/**
 * Glob matching in linear time, for the `exclude` globs of plan.yaml (repository text,
 * so a pull request chooses them). A glob becomes a nondeterministic automaton that
 * reads the path once, character by character, keeping the set of states it can be
 * in (Thompson's construction); the sets met are cached as the states of a
 * deterministic automaton, up to a bound. So a path costs at most (its length × the
 * size of the globs) steps, and usually one step per character:
 * never the exponential backtracking of a regular expression with one `[^/]*` per `*`
 * (the glob `**` `/*a*a*a*a*a*a*c` against a 200-character name took minutes).
 *
 * The syntax (documented in schemas/workspace.schema.json, at `exclude`):
 * - `/` separates folders; a glob is matched against the whole path from the
 *   repository root; a glob that matches a folder (`drafts`, `drafts/`, `drafts/**`)
 *   excludes everything in it; a leading `./` is ignored;
 * - `*` any characters but `/`; `**` as a whole segment any number of folders, none
 *   included (`drafts/**`, or `**` then `/old/**`), elsewhere the same as `*`;
 * - `?` one character but `/`; `[abc]`, `[a-z]`, `[!a-z]` or `[^a-z]` one character
 *   (not `/`) in or not in the set;
 * - `{a,b}` any of the alternatives (they may nest and hold `/`);
 * - `\` takes the next character literally; every other character is itself
 *   (no negation, no extglobs: `!`, `(`, `|`, `+` and `@` are plain characters).
 */

/** Globs longer than this are ignored (the schema reports them): they bound the work per path. */
export const MAX_GLOB_LENGTH = 256;
/** Exclude globs after this many are ignored (the schema reports them). */
export const MAX_GLOBS = 100;

const SPLIT = -1000;

/**
 * The automaton of a set of globs: parallel arrays of states. A state tests one
 * character (then goes to out1), or splits to out1 and out2 without reading, or is
 * the accepting state.
 */
class Nfa {
  readonly test: number[] = [];
  readonly out1: number[] = [];
  readonly out2: number[] = [];
  readonly match: number;
  readonly start: number;

  constructor(
    globs: Ast[],
    readonly classes: CharClass[],
  ) {
    this.match = this.add(SPLIT, -1, -1);
    let start = -1;
    for (const ast of globs) {
      const s = this.build(ast, this.match);
      start = start === -1 ? s : this.add(SPLIT, s, start);
    }
    this.start = start;
  }

  /** Whether state `s` (which tests a character) takes the character `c`. */
  takes(s: number, c: number): boolean {
    const t = this.test[s]!;
    if (t >= 0) return t === c;
    if (t === NOT_SLASH) return c !== SLASH;
    if (t === ANY) return true;
    const { ranges, negated } = this.classes[-3 - t]!;
    if (c === SLASH) return false;
    for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return !negated;
    return negated;
  }

  private add(test: number, out1: number, out2: number): number {
    this.test.push(test);
    this.out1.push(out1);
    this.out2.push(out2);
    return this.test.length - 1;
  }

  /** The states of `ast`, built back to front: returns its start, which leads on to `next`. */
  private build(ast: Ast, next: number): number {
    switch (ast.t) {
      case 'char':
        return this.add(ast.test, next, -1);
      case 'loop': {
        const split = this.add(SPLIT, -1, next);
        this.out1[split] = this.add(ast.test, split, -1);
        return split;
      }
      case 'seq': {
        for (let i = ast.items.length - 1; i >= 0; i--) next = this.build(ast.items[i]!, next);
        return next;
      }
      case 'alt': {
        let s = this.build(ast.items[ast.items.length - 1]!, next);
        for (let i = ast.items.length - 2; i >= 0; i--) s = this.add(SPLIT, this.build(ast.items[i]!, next), s);
        return s;
      }
      case 'opt':
        return this.add(SPLIT, this.build(ast.item, next), next);
    }
  }
}

/** A set of states the automaton can be in: those that test a character, and whether it accepts. */
interface StateSet {
  states: Int32Array;
  accept: boolean;
  /** The set after each character, once computed (the cached deterministic automaton). */
  next: Map<number, StateSet>;
}

/**
 * Sets cached per glob set. Beyond it the automaton is simulated without a cache:
 * some globs have exponentially many sets (`*a` then 18 `?`), and building one costs
 * as much as the step it saves.
 */
const MAX_CACHED_SETS = 2000;

/** A set of globs compiled once, matched against many paths. */
export class GlobSet {
  private readonly nfa: Nfa | undefined;
  private readonly cache = new Map<string, StateSet>();
  private begin: StateSet | undefined;
  private readonly stack: Int32Array;
  private readonly scratch: Int32Array;
  /** When each state was last added, so that a set holds a state once. */
  private readonly mark: Int32Array;
  private generation = 0;

  constructor(globs: readonly string[]) {
    const classes: CharClass[] = [];
    const asts = globs.flatMap((g) => {
      const glob = normalise(g);
      return glob === undefined ? [] : [new GlobParser(glob, classes).parse()];
    });
    this.nfa = asts.length > 0 ? new Nfa(asts, classes) : undefined;
    const size = this.nfa?.test.length ?? 0;
    this.stack = new Int32Array(size * 2 + 1);
    this.scratch = new Int32Array(size);
    this.mark = new Int32Array(size);
  }

  /** Whether a glob matches the whole path. */
  matches(path: string): boolean {
    return this.run(path, false);
  }

  /**
   * Whether a glob matches the path or a folder it lies in, a folder written with or
   * without its final `/`: `drafts`, `drafts/` and `drafts/**` each exclude
   * `drafts/a.yaml`. Pass a folder with a final `/` to ask whether it is excluded.
   */
  excludes(path: string): boolean {
    return this.run(path, true);
  }

  /** Reads the path once; a character costs one cached step, or one step per state of the globs. */
  private run(path: string, folders: boolean): boolean {
    const nfa = this.nfa;
    if (!nfa) return false;
    let set = (this.begin ??= this.intern(this.closure([nfa.start])));
    for (let i = 0; i < path.length; i++) {
      const c = path.charCodeAt(i);
      if (folders && c === SLASH && set.accept) return true; // the folder, as `a`
      set = set.next.get(c) ?? this.step(set, c);
      if (folders && c === SLASH && set.accept) return true; // the folder, as `a/`
      // Nothing more can be read: the path matches only if it ends here, or a folder does.
      if (set.states.length === 0) return set.accept && (i === path.length - 1 || (folders && path.charCodeAt(i + 1) === SLASH));
    }
    return set.accept;
  }

  /** The set after reading `c`, cached while the cache has room. */
  private step(from: StateSet, c: number): StateSet {
    const nfa = this.nfa!;
    const targets: number[] = [];
    for (const s of from.states) if (nfa.takes(s, c)) targets.push(nfa.out1[s]!);
    const { states, accept } = this.closure(targets);
    if (this.cache.size >= MAX_CACHED_SETS) return { states, accept, next: new Map() };
    const to = this.intern({ states, accept });
    from.next.set(c, to);
    return to;
  }

  /** The testing states reachable from `starts` without reading a character, and whether the accepting one is. */
  private closure(starts: number[]): { states: Int32Array; accept: boolean } {
    const nfa = this.nfa!;
    const gen = ++this.generation;
    const stack = this.stack;
    let top = 0;
    for (const s of starts) stack[top++] = s;
    let n = 0;
    let accept = false;
    while (top > 0) {
      const s = stack[--top]!;
      if (s < 0 || this.mark[s] === gen) continue;
      this.mark[s] = gen;
      if (s === nfa.match) accept = true;
      else if (nfa.test[s] !== SPLIT) this.scratch[n++] = s;
      else {
        stack[top++] = nfa.out2[s]!;
        stack[top++] = nfa.out1[s]!;
      }
    }
    return { states: this.scratch.slice(0, n).sort(), accept };
  }

  private intern(set: { states: Int32Array; accept: boolean }): StateSet {
    const key = `${set.accept ? 1 : 0}${set.states.join(',')}`;
    let known = this.cache.get(key);
    if (!known) this.cache.set(key, (known = { ...set, next: new Map() }));
    return known;
  }
}

/** A glob as it is matched: without a leading `./`; undefined when it matches nothing or is too long. */
function normalise(glob: string): string | undefined {
  if (typeof glob !== 'string' || glob.length > MAX_GLOB_LENGTH) return undefined;
  let g = glob;
  while (g.startsWith('./')) g = g.slice(2);
  return g === '' ? undefined : g;
}
