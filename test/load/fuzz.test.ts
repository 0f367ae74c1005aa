import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainYaml } from '../../src/load/plain-yaml.js';
import { BASE } from '../helpers/tree.js';
import { fileDifference, plainDifference } from './differential.js';
import { cases } from '../helpers/test-level.js';

/**
 * A mutation fuzzer for the parse tiers: texts from the yaml-test-suite, the example
 * repository and the base tree, cut, spliced and damaged, go through the plain parser
 * against yaml and through the fast path against the slow path (test/load/differential.ts).
 * A difference fails with the smallest input that still shows it.
 *
 * Seeded: `npm test` runs the same 1,500 inputs every time. PLANVERK_FUZZ_SEED and
 * PLANVERK_FUZZ_RUNS run others, and more of them (docs/testing.md).
 */

const root = new URL('../../', import.meta.url);
const suite = (JSON.parse(readFileSync(new URL('test/fixtures/yaml-test-suite/cases.json', root), 'utf8')) as { cases: { yaml: string }[] }).cases.map((c) => c.yaml);
const examples = readdirSync(new URL('examples/nye-asker/', root), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => readFileSync(new URL(`examples/nye-asker/${f}`, root), 'utf8'));
const PLAN_FILES = [...examples, ...Object.values(BASE)];
const SEEDS = [...suite, ...PLAN_FILES];

/** Pieces that matter to a YAML parser, inserted at random places. */
const PIECES = [' ', '  ', '\n', '\r\n', '\r', '\t', '- ', '-', ': ', ':', '? ', '#', ' #', '"', "'", '\\', '[', ']', '{', '}', ',', '&a ', '*a', '!', '!!str ', '|', '|2', '|+', '|-', '>', '>-', '---', '---\n', '--- ', '...\n', '%YAML 1.2\n', '~', 'null', 'true', '0', '-0', '1.5', '.inf', '0x1F', '1e3', '<<: ', '__proto__', 'x', 'æ', '\u00a0', '\u2028', '\ufeff', '\u0085'];

type Rnd = () => number;

function random(seed: number): Rnd {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** One random edit of a text: insert a piece, delete a span, move or re-indent a line, splice in a line of another text. */
function mutate(text: string, rnd: Rnd): string {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const at = Math.floor(rnd() * (text.length + 1));
  const lines = text.split('\n');
  const line = Math.floor(rnd() * lines.length);
  switch (Math.floor(rnd() * 8)) {
    case 0:
    case 1:
      return text.slice(0, at) + pick(PIECES) + text.slice(at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 4));
    case 3:
      lines.splice(line, 0, lines[line] ?? '');
      return lines.join('\n');
    case 4:
      lines.splice(line, 1);
      return lines.join('\n');
    case 5:
      lines[line] = rnd() < 0.5 ? ` ${lines[line]}` : (lines[line] ?? '').replace(/^ {1,2}/, '');
      return lines.join('\n');
    case 6: {
      const other = pick(SEEDS).split('\n');
      lines.splice(line, rnd() < 0.5 ? 1 : 0, pick(other));
      return lines.join('\n');
    }
    default:
      return text.replace(/\n/g, '\r\n');
  }
}

/** Why the tiers disagree on a text, or undefined. */
function difference(text: string): string | undefined {
  return plainDifference(text) ?? fileDifference(text);
}

/** The smallest text, by dropping lines and then characters, for which `differs` still holds. */
function shrink(text: string, differs: (text: string) => boolean): string {
  let best = text;
  for (let changed = true, rounds = 0; changed && rounds < 20; rounds++) {
    changed = false;
    const lines = best.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const candidate = [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n');
      if (differs(candidate)) {
        best = candidate;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (let i = 0; i < best.length && best.length < 2000; i++) {
      const candidate = best.slice(0, i) + best.slice(i + 1);
      if (differs(candidate)) {
        best = candidate;
        changed = true;
        break;
      }
    }
  }
  return best;
}

const seed = Number(process.env.PLANVERK_FUZZ_SEED ?? 20261202);
const runs = Number(process.env.PLANVERK_FUZZ_RUNS ?? cases(600, 1500));

describe('parse fuzzer', () => {
  // A long run by hand takes about 1 ms an input: give it the time.
  it('finds no input where the fast path and yaml differ', { timeout: 60_000 + runs * 5 }, () => {
    const rnd = random(seed);
    let plain = 0;
    for (let n = 0; n < runs; n++) {
      // Plan files more often than their share: most of them are plain enough for the plain parser.
      const from = rnd() < 0.6 ? PLAN_FILES : suite;
      let text = from[Math.floor(rnd() * from.length)]!;
      for (let k = 0, edits = 1 + Math.floor(rnd() * 4); k < edits; k++) text = mutate(text, rnd);
      const why = difference(text);
      if (why) {
        const small = shrink(text, (t) => difference(t) !== undefined);
        throw new Error(`input ${n} of seed ${seed} differs: ${JSON.stringify(text)}\nsmallest: ${JSON.stringify(small)}\n${difference(small)}`);
      }
      if (parsePlainYaml(text) !== undefined) plain++;
    }
    if (process.env.PLANVERK_FUZZ_RUNS) console.log(`fuzzer: ${runs} inputs, ${plain} read by the plain parser`);
    // Not vacuous: the plain parser takes a fair share of the mutated texts, and refuses most.
    expect(plain).toBeGreaterThan(runs * 0.1);
    expect(plain).toBeLessThan(runs * 0.9);
  });

  it('shrinks a difference to its smallest form', () => {
    // A stand-in for a difference (none is known): any text that holds "ab" and a colon.
    expect(shrink('kind: Goal\nid: xaby\n', (t) => t.includes('ab') && t.includes(':'))).toBe(':ab');
  });
});
