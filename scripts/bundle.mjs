// Builds bundle/: what the npm package and the GitHub Action run, with every runtime
// dependency inside, so that installing planverk needs no registry and running the
// Action installs nothing. The folder is committed (the Action runs it from its own
// checkout); test/ci/bundle.test.ts fails when it is stale: run `npm run bundle`.
//
//   bundle/plan.js            bin/plan.js: answers --version itself, then imports cli.js
//   bundle/cli.js             src/cli.ts and everything it loads, in one file
//   bundle/validators.cjs     generated/validators.cjs with the ajv runtime it requires
//   bundle/precompiled-templates.cjs  generated/templates.cjs (the built-in templates, precompiled)
//   bundle/THIRD-PARTY-LICENSES.txt
//
// One file rather than code-split chunks: measured, `plan validate` starts faster from one
// file (the commit that added this script has the figures), and a few stable file names
// keep the committed folder's diffs readable.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the bundle lives, relative to the package root. */
export const BUNDLE_DIR = 'bundle';

/**
 * Build outputs that the source finds through `new URL(path, import.meta.url)` and that
 * move into the bundle folder. Anything else such a URL names (schemas/, templates/,
 * package.json) is shipped as it is and keeps its place in the package.
 */
const MOVED = { 'generated/validators.cjs': 'validators.cjs', 'generated/templates.cjs': 'precompiled-templates.cjs' };

/** ESM output still needs `require` for the CommonJS dependencies that load Node's own modules. */
const BANNER = "import { createRequire as __planverkRequire } from 'node:module';\nconst require = __planverkRequire(import.meta.url);";

/**
 * Source files are written for dist/ (tsc's output: src/a/b.ts runs as dist/a/b.js), so
 * their file URLs are relative to that place. This plugin re-points them at the bundle
 * folder, and turns the lazy `createRequire(import.meta.url)('pkg')` of a dependency into
 * a plain `require('pkg')` that esbuild bundles (still evaluated on first use). A use of
 * either that it does not understand stops the build, so a new one cannot slip through
 * and break only the installed package.
 */
const sourcePaths = {
  name: 'planverk-source-paths',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/dist\/cli\.js$/ }, () => ({ path: './cli.js', external: true }));
    // ink imports its devtools module (and with it react-devtools-core, not a dependency)
    // only when DEV=true, and explains when that import fails: leave it out of the bundle.
    build.onResolve({ filter: /^\.\/devtools\.js$/ }, (args) => (args.importer.includes('node_modules/ink/') ? { path: 'react-devtools-core', external: true } : undefined));
    build.onLoad({ filter: /\.(ts|tsx|js|mjs)$/ }, (args) => {
      const file = relative(ROOT, args.path).split('\\').join('/');
      if (file.startsWith('node_modules/')) return undefined;
      const runsAs = file.startsWith('src/') ? `dist/${file.slice(4).replace(/\.tsx?$/, '.js')}` : file;
      let text = readFileSync(args.path, 'utf8');
      text = text.replace(/new URL\(('[^']*'|"[^"]*")\s*,\s*import\.meta\.url\)/g, (_, literal) => {
        const path = literal.slice(1, -1);
        const folder = path.endsWith('/');
        const target = posix.normalize(posix.join(posix.dirname(runsAs), path)).replace(/\/$/, '');
        const moved = MOVED[target];
        const to = moved ? `./${moved}` : `${posix.relative(BUNDLE_DIR, target)}${folder ? '/' : ''}`;
        if (!moved && (target.startsWith('dist/') || target.startsWith('generated/') || target.startsWith('src/'))) {
          throw new Error(`${file}: new URL('${path}') names the build output ${target}; add it to MOVED in scripts/bundle.mjs`);
        }
        return `new URL(${JSON.stringify(to)}, import.meta.url)`;
      });
      text = text.replace(/const require = createRequire\(import\.meta\.url\);/g, '');
      text = text.replace(/createRequire\(import\.meta\.url\)\(('[^']*'|"[^"]*")\)/g, (_, literal) => `require(${literal})`);
      const left = /import\.meta\.url/.test(text.replace(/new URL\("[^"]*", import\.meta\.url\)/g, '').replace(/createRequire\(import\.meta\.url\)\(\w+\)/g, ''));
      if (left) throw new Error(`${file}: a use of import.meta.url that scripts/bundle.mjs does not know how to move into the bundle`);
      return { contents: text, loader: args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

const COMMON = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  write: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'silent',
  charset: 'utf8',
  // React picks its build from NODE_ENV at run time: ship the production one only.
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** The third-party packages whose code is in the outputs, with their licence texts. */
function licenses(metafiles) {
  const packages = new Map();
  for (const meta of metafiles) {
    for (const input of Object.keys(meta.inputs)) {
      const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
      if (m) packages.set(m[1], true);
    }
  }
  const parts = [];
  for (const dir of [...packages.keys()].sort()) {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, dir, 'package.json'), 'utf8'));
    const file = readdirSync(resolve(ROOT, dir)).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(resolve(ROOT, dir, file), 'utf8').trim() : `License: ${pkg.license}`;
    parts.push(`${pkg.name}@${pkg.version} (${pkg.license})\n\n${text}\n`);
  }
  return `planverk's bundle/ contains code from these packages, under their licences:\n\n${parts.join(`\n${'-'.repeat(72)}\n\n`)}`;
}

/**
 * Builds the bundle in memory: a map from file name (inside bundle/) to its bytes.
 * Needs generated/validators.cjs and generated/templates.cjs (npm run build:dist makes them).
 */
export async function buildBundle() {
  const generated = resolve(ROOT, 'generated/validators.cjs');
  if (!existsSync(generated)) throw new Error('generated/validators.cjs is missing: run `node scripts/gen-validators.mjs` first');
  const templates = resolve(ROOT, 'generated/templates.cjs');
  if (!existsSync(templates)) throw new Error('generated/templates.cjs is missing: run `npm run build:dist` first');
  const esm = await esbuild.build({
    ...COMMON,
    entryPoints: { plan: 'bin/plan.js', cli: 'src/cli.ts' },
    outdir: BUNDLE_DIR,
    format: 'esm',
    banner: { js: BANNER },
    plugins: [sourcePaths],
  });
  const cjs = await esbuild.build({ ...COMMON, entryPoints: [generated], outfile: `${BUNDLE_DIR}/validators.cjs`, format: 'cjs' });
  const files = new Map();
  for (const out of [...esm.outputFiles, ...cjs.outputFiles]) files.set(posix.basename(out.path), out.contents);
  // Plain functions that require nothing: copied as they are.
  files.set(MOVED['generated/templates.cjs'], readFileSync(templates));
  files.set('THIRD-PARTY-LICENSES.txt', new TextEncoder().encode(licenses([esm.metafile, cjs.metafile])));
  return files;
}

/** Writes the bundle to bundle/, replacing what was there. */
export async function writeBundle() {
  const files = await buildBundle();
  const dir = resolve(ROOT, BUNDLE_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of files) writeFileSync(resolve(dir, name), bytes, { mode: name === 'plan.js' ? 0o755 : 0o644 });
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await writeBundle();
  for (const [name, bytes] of files) process.stderr.write(`${BUNDLE_DIR}/${name}  ${(bytes.length / 1024).toFixed(0)} KiB\n`);
}
