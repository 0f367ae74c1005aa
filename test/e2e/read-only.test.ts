import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plan, ROOT } from '../helpers/plan-cli.js';

/** Path, size, mode, mtime and SHA-256 of every file below `dir`. */
function fingerprint(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? `${rel}/${name}` : name;
      const info = lstatSync(join(dir, path));
      if (info.isDirectory()) walk(path);
      else out.push(`${path} ${info.size} ${info.mode} ${info.mtimeMs} ${createHash('sha256').update(readFileSync(join(dir, path))).digest('hex')}`);
    }
  };
  walk('');
  return out;
}

describe('plan never modifies the YAML it reads', () => {
  it('leaves examples/nye-asker byte for byte as it was, and adds no file', () => {
    const example = join(ROOT, 'examples/nye-asker');
    const before = fingerprint(example);
    expect(before.length).toBeGreaterThan(20);
    for (const args of [['validate', example], ['validate', example, '--format', 'json'], ['validate', '--root', example, '--quiet']]) {
      expect(plan(args).code).toBe(0);
    }
    expect(fingerprint(example)).toEqual(before);
  });
});
