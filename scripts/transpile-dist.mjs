// Writes dist/ from src/ with esbuild, file for file as `tsc -p tsconfig.build.json` lays it
// out (src/a/b.ts runs as dist/a/b.js), without type-checking: for the test suite's set-up
// (test/global-setup.ts), where `npm run typecheck` has checked the types already and tsc's
// second pass over src/ cost 20 to 30 s of the suite. `npm run build:dist` stays tsc.
// Each file is transpiled alone, as with TypeScript's isolatedModules; tsconfig.json's
// target and jsx settings apply (esbuild reads them).
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Every .ts and .tsx file under `dir`, but declaration files. */
function sources(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sources(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Transpiles src/ into `outdir` (default dist/). */
export async function transpileDist(outdir = join(ROOT, 'dist')) {
  const src = join(ROOT, 'src');
  await esbuild.build({
    entryPoints: sources(src).map((file) => relative(ROOT, file)),
    absWorkingDir: ROOT,
    outbase: 'src',
    outdir,
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    tsconfig: 'tsconfig.build.json',
    logLevel: 'warning',
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await transpileDist(process.argv[2]);
