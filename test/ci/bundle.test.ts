import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/plan-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/*
 * bundle/ is committed: the GitHub Action runs it from its own checkout, and the npm
 * package ships it. It must be exactly what scripts/bundle.mjs makes from this source.
 */
describe('bundle/', { timeout: 60_000 }, () => {
  it('is what `npm run bundle` makes from the source as it is now', async () => {
    const { buildBundle } = await import('../../scripts/bundle.mjs');
    const built = await buildBundle();
    const committed = readdirSync(join(ROOT, 'bundle')).sort();
    const stale = [...built.keys()].filter((name) => !committed.includes(name) || !Buffer.from(built.get(name)!).equals(readFileSync(join(ROOT, 'bundle', name))));
    const extra = committed.filter((name) => !built.has(name));
    expect({ stale, extra }, 'bundle/ is stale: run `npm run bundle` and commit bundle/').toEqual({ stale: [], extra: [] });
  });

  it('answers --version without loading the CLI, so it stays as fast as node', () => {
    // Only the launcher and package.json: a launcher that imported cli.js first would fail here.
    const pkg = tempDir();
    mkdirSync(join(pkg, 'bundle'));
    cpSync(join(ROOT, 'bundle', 'plan.js'), join(pkg, 'bundle', 'plan.js'));
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ version: '9.8.7' }));
    const r = spawnSync(process.execPath, [join(pkg, 'bundle', 'plan.js'), '--version'], { encoding: 'utf8' });
    expect(r.stdout).toBe('9.8.7\n');
    expect(r.status).toBe(0);
    rmSync(pkg, { recursive: true, force: true });
  });

  it('lists the licence of every package whose code it carries', () => {
    const text = readFileSync(join(ROOT, 'bundle', 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    // The runtime libraries, now build inputs: each one's code is in the bundle, so each is listed.
    for (const name of ['commander', 'yaml', 'ajv', 'handlebars', 'ink', 'react', 'chalk']) {
      expect(Object.keys(pkg.devDependencies)).toContain(name);
      expect(text).toMatch(new RegExp(`^${name}@\\d`, 'm'));
    }
  });
});
