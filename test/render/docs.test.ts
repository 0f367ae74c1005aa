import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { builtInCatalog } from '../../src/catalog/catalog.js';
import { makeHelpers } from '../../src/output/templates/helpers.js';
import { REPO } from '../helpers/run.js';

it('docs/templates.md documents every helper, and no helper that does not exist', () => {
  const names = Object.keys(makeHelpers({ locale: 'nb', catalog: builtInCatalog(), amountUnit: 1, currency: 'NOK', years: [] }, String as never));
  const doc = readFileSync(join(REPO, 'docs/templates.md'), 'utf8');
  const helpersSection = doc.slice(doc.indexOf('## Helpers'), doc.indexOf('## Materiality matrix'));
  // The first column of the helper table names the helpers: `name args`, or several `a`, `b` in one row.
  const firstColumns = [...helpersSection.matchAll(/^\| (.+?) \|/gm)].map((m) => m[1]!).filter((c) => c.startsWith('`'));
  const documented = new Set(firstColumns.flatMap((c) => [...c.matchAll(/`([a-z-]+)/g)].map((m) => m[1]!)));
  expect([...documented].sort()).toEqual([...names].sort());
});
