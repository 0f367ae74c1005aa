// npm's `dependencies` script: after `npm ci` / `npm install` changed node_modules in a
// checkout, build dist/ (what bin/plan.js and the tests run) and bundle/ (the package's
// bin and what the Action runs) from the sources.
//
// Not `prepare`, nor a script named `build`: with either, npm 11 prepares a git install
// (`npm install -g git+…`) in a clone of its own without the development tools, and
// installs a link to that deleted clone (test/e2e/install.test.ts). Should this script
// ever run where typescript or esbuild is missing, the committed bundle/ is what gets
// used, so it says so and succeeds.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const missing = ['typescript', 'esbuild'].filter((name) => {
  try {
    require.resolve(`${name}/package.json`);
    return false;
  } catch {
    return true;
  }
});
if (missing.length > 0) {
  process.stderr.write(`planverk prepare: ${missing.join(' and ')} not installed; using the committed bundle/\n`);
} else {
  const npm = process.env.npm_execpath;
  const run = (script) => (npm ? execFileSync(process.execPath, [npm, 'run', '--silent', script], { stdio: 'inherit' }) : execFileSync('npm', ['run', '--silent', script], { stdio: 'inherit' }));
  run('build:all');
}
