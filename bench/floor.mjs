// The floor: read every YAML file of a repository and parse it, nothing else.
// Usage: node bench/floor.mjs <dir> js-yaml|yaml
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, parser] = process.argv.slice(2);

function list(folder, out) {
  for (const e of readdirSync(folder, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const path = join(folder, e.name);
    if (e.isDirectory()) list(path, out);
    else if (e.name.endsWith('.yaml') || e.name.endsWith('.yml')) out.push(path);
  }
  return out;
}

const files = list(dir, []);
let documents = 0;
if (parser === 'js-yaml') {
  const { default: { loadAll, CORE_SCHEMA } } = await import('js-yaml');
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    try {
      documents += loadAll(text, null, { schema: CORE_SCHEMA }).length;
    } catch {
      documents++; // a broken file (the 1 % corpus): js-yaml stops at the first error
    }
  }
} else if (parser === 'yaml') {
  const { parseAllDocuments } = await import('yaml');
  for (const f of files) for (const d of parseAllDocuments(readFileSync(f, 'utf8'), { schema: 'core', version: '1.2', uniqueKeys: true })) { d.toJS({ maxAliasCount: 100 }); documents++; }
} else {
  throw new Error(`unknown parser ${parser}`);
}
if (documents === 0) throw new Error('no documents parsed');
