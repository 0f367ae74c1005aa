import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { nn } from '../../src/i18n/nn.js';
import { BASE, checkTree } from '../helpers/tree.js';
import { REPO } from '../helpers/run.js';

/** Every `pattern` of the schemas in schemas/. */
function schemaPatterns(): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const pattern = (node as { pattern?: unknown }).pattern;
    if (typeof pattern === 'string') found.add(pattern);
    for (const value of Object.values(node)) walk(value);
  };
  const dir = join(REPO, 'schemas');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  return found;
}

describe('schema patterns in words (issue 18)', () => {
  it('every pattern in schemas/ has a sentence in nb, nn and en, and the catalogue names no pattern the schemas lack', () => {
    const patterns = [...schemaPatterns()].sort();
    expect(patterns.length).toBeGreaterThan(3);
    for (const catalogue of [nb, nn, en]) expect(Object.keys(catalogue.cliMore.patterns).sort()).toEqual(patterns);
  });

  it('the schema/pattern hint speaks the locale, not the schema\'s English description', () => {
    const tree = { ...BASE, 'plan.yaml': `${BASE['plan.yaml']!.trimEnd()}\nmunicipalityNumber: "32030"\n` };
    const hint = (locale: 'nb' | 'nn' | 'en') => checkTree(tree, locale).diagnostics.find((d) => d.rule === 'schema/pattern' && d.file === 'plan.yaml')?.hint;
    expect(hint('nb')).toBe(nb.cliMore.patterns['^[0-9]{4}$']);
    expect(hint('nn')).toBe(nn.cliMore.patterns['^[0-9]{4}$']);
    expect(hint('en')).toBe(en.cliMore.patterns['^[0-9]{4}$']);
  });
});
