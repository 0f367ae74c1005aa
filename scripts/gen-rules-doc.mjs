// Generates docs/rules.md, and the rule table of docs/templates.md, from the rule catalogue
// (src/diagnostics/rules.ts), which gathers the rules from beside the code that reports them.
// Run `npm run gen:rules-doc` after adding or changing a rule; test/docs/rules-doc.test.ts
// fails when either file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = new URL('..', import.meta.url);

/** Loads the TypeScript catalogue and the renderer: bundled in memory by esbuild, so no build is needed first. */
async function load() {
  const entry = "export { RULES } from './src/diagnostics/rules.ts'; export { renderRulesDoc, renderRuleTable, replaceBetween } from './src/diagnostics/rules-doc.ts';";
  const out = await esbuild.build({
    stdin: { contents: entry, resolveDir: fileURLToPath(ROOT), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const { RULES, renderRulesDoc, renderRuleTable, replaceBetween } = await load();
writeFileSync(new URL('docs/rules.md', ROOT), renderRulesDoc(RULES));
const templates = new URL('docs/templates.md', ROOT);
const table = renderRuleTable(RULES.filter((r) => r.id.startsWith('template/')));
writeFileSync(templates, replaceBetween(readFileSync(templates, 'utf8'), 'template-rules', table));
