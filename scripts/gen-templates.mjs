// Precompiles the built-in Handlebars templates (templates/**/*.hbs) into
// generated/templates.cjs, so a report from them neither parses nor compiles them at
// every run (src/output/templates/precompiled.ts). Runs after dist/ is built: the code
// Handlebars generates depends on planverk's own environment and helpers, so it is made
// by the same code that renders (src/output/templates/precompile.ts). `npm run build:dist`
// and the test suite's set-up regenerate it; templates whose text has changed since are
// simply compiled at run time, as a repository's own templates are.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';

export async function generateTemplates() {
  const { precompileBuiltIns } = await import('../dist/output/templates/precompile.js');
  const out = new URL('../generated/', import.meta.url);
  mkdirSync(out, { recursive: true });
  const tmp = new URL(`templates.cjs.${process.pid}.tmp`, out);
  writeFileSync(tmp, precompileBuiltIns());
  renameSync(tmp, new URL('templates.cjs', out));
}

if (import.meta.url === `file://${process.argv[1]}`) await generateTemplates();
