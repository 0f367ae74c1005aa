#!/usr/bin/env node
// Starts the CLI. `--version` is answered here, before anything else loads, so it stays as fast as node itself.
// This file runs the tsc build in dist/ (development and the tests); scripts/bundle.mjs makes
// bundle/plan.js from it, which the npm package and the GitHub Action run.
import { readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(argv, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
}
