#!/usr/bin/env node
import { createRequire as __planverkRequire } from 'node:module';
const require = __planverkRequire(import.meta.url);

// bin/plan.js
import { readFileSync } from "node:fs";
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error && error.code === "EPIPE") process.exit(141);
    throw error;
  });
}
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
  process.stdout.write(`${JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version}
`);
} else {
  const { main } = await import("./cli.js");
  process.exitCode = await main(argv, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
}
