import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGenerated, schemaHash } from '../../src/check/schema.js';
// @ts-expect-error: the generator is plain JavaScript
import { schemaHash as generatorHash } from '../../scripts/gen-validators.mjs';
import { BASE, writeTree } from '../helpers/tree.js';

/**
 * generated/validators.cjs records the hash of the schemas it was generated from; a
 * build older than the schemas (edited since `npm run build`) is never used: the
 * schemas are compiled at run time instead, so the check is the one the schemas say
 * (issue 14: the hash was never read, and a stale build found 0 errors where the
 * schemas gave 16).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GENERATED = join(ROOT, 'generated/validators.cjs');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the generated validators', () => {
  it('are hashed the same way by the generator and at run time, and the build is fresh', () => {
    expect(schemaHash()).toBe(generatorHash());
    expect(loadGenerated(GENERATED, schemaHash())).toBeDefined();
  });

  it('are not used when they were generated from other schemas', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planverk-stale-'));
    dirs.push(dir);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir'); // what the generated code requires
    const stale = join(dir, 'validators.cjs');
    writeFileSync(stale, readFileSync(GENERATED, 'utf8').replace(/exports\.schemaHash = "[0-9a-f]+";/, 'exports.schemaHash = "0000";'));
    expect(loadGenerated(stale, schemaHash())).toBeUndefined();
    expect(loadGenerated(join(dir, 'missing.cjs'), schemaHash())).toBeUndefined();
  });

  it('a schema edited after the build is what plan validate checks against, on the fast path too', () => {
    // A copy of the built package whose Goal schema now limits titles to 3 characters.
    const pkg = mkdtempSync(join(tmpdir(), 'planverk-pkg-'));
    dirs.push(pkg);
    for (const part of ['bin', 'dist', 'generated', 'schemas', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'), 'dir');
    const goal = join(pkg, 'schemas/goal.schema.json');
    const schema = JSON.parse(readFileSync(goal, 'utf8')) as { properties: { title: Record<string, unknown> } };
    schema.properties.title.maxLength = 3;
    writeFileSync(goal, `${JSON.stringify(schema, null, 2)}\n`);
    const repo = writeTree(BASE);
    dirs.push(repo);
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [join(pkg, 'bin/plan.js'), 'validate', repo, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, ...env } });
    const fast = run({});
    const slow = run({ PLANVERK_SLOW_PATH: '1' });
    expect(slow.status).toBe(1);
    const rules = (stdout: string) => (JSON.parse(stdout) as { diagnostics: { rule: string; file: string }[] }).diagnostics.map((d) => `${d.rule} ${d.file}`);
    expect(rules(slow.stdout)).toEqual(['schema/max-length goal.yaml']);
    expect(fast.status).toBe(1);
    expect(fast.stdout).toBe(slow.stdout);
  });
});
