// `npm ci` / `npm install` in a checkout: build dist/ (what bin/plan.js and the tests run)
// and bundle/ (the package's bin and what the Action runs) from the sources.
//
// npm also runs `prepare` when it installs planverk from a git URL, in a clone of its own
// where, in global mode, the development tools (typescript, esbuild) are not installed.
// There the commit's committed bundle/ is what gets installed, so nothing needs building:
// without the tools this script says so and succeeds.
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
  run('build');
}
