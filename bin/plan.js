#!/usr/bin/env node
// Starts the CLI. `--version` is answered here, before anything else loads, so it stays as fast as node itself.
// This file runs the tsc build in dist/ (development and the tests); scripts/bundle.mjs makes
// bundle/plan.js from it, which the npm package and the GitHub Action run.
import { readFileSync } from 'node:fs';

// A reader that stops early (`plan --help | head`) closes the pipe: end quietly the way Unix tools
// killed by SIGPIPE do (exit 141), instead of an unhandled EPIPE stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(141);
    throw error;
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/cli.js');
  process.exitCode = await main(argv, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
}
