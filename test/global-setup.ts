import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the build script is plain JavaScript
import { transpileDist } from '../scripts/transpile-dist.mjs';

/**
 * End-to-end tests spawn the built bin: build once before any test runs, so they never test
 * stale code. dist/ is transpiled with esbuild (about 1 s) rather than built with tsc (20 to
 * 30 s on two cores): `npm test` type-checks src/ and test/ with `npm run typecheck` first,
 * so tsc's second pass over src/ checked nothing new; tsconfig.json's isolatedModules makes that
 * check refuse what a file-by-file transpile could get wrong.
 */
export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/gen-validators.mjs'], { cwd: root, stdio: 'inherit' });
  await (transpileDist as () => Promise<void>)();
  // The built-in templates precompiled by the code just built (src/output/templates/precompile.ts).
  execFileSync(process.execPath, ['scripts/gen-templates.mjs'], { cwd: root, stdio: 'inherit' });
}
