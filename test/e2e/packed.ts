import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/plan-cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** npm with the registry unreachable, no network and an empty cache: what an offline machine has. */
export function offlineNpmEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: tempDir(),
    npm_config_registry: 'http://127.0.0.1:9',
    npm_config_offline: 'true',
    npm_config_cache: tempDir(),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/**
 * `npm pack` of this checkout, as a release would make it, into a fresh folder; returns
 * the tarball's path. Scripts are skipped: the package is the committed bundle/, and
 * test/ci/bundle.test.ts holds that to the source.
 */
export function packTarball(): string {
  const dir = tempDir();
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', env: offlineNpmEnv() });
  return join(dir, out.trim().split('\n').pop()!);
}

/** Installs `tarball` globally under a new, empty prefix, offline; returns the prefix. */
export function installGlobally(tarball: string, cwd = tempDir()): string {
  const prefix = join(tempDir(), 'prefix');
  mkdirSync(prefix);
  execFileSync('npm', ['install', '--global', '--prefix', prefix, tarball], { cwd, env: offlineNpmEnv(), stdio: 'pipe' });
  return prefix;
}
