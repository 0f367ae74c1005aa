import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { parseFile } from '../../src/load/parse-file.js';
import { yamlLib } from '../../src/load/yaml-lib.js';
import { canon } from '../helpers/canon.js';
import { BASE } from '../helpers/tree.js';
import { fileDifference } from './differential.js';

/**
 * The patterns the removed js-yaml tier read differently from `yaml` (issue 13, 4b),
 * one fixture each: the data must be exactly yaml's, or there is a `yaml/syntax`
 * diagnostic, and never an internal error.
 */

const dir = new URL('../fixtures/js-yaml-differences/', import.meta.url);
const FIXTURES = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));

describe('inputs js-yaml read differently', () => {
  it('are all there', () => {
    expect(FIXTURES.length).toBe(11);
  });

  for (const name of FIXTURES) {
    it(`${name}: the fast path reads it as yaml does, and a repository with it checks alike`, () => {
      const bytes = bytesOf(name);
      expect(fileDifference(bytes)).toBeUndefined();
      const text = new TextDecoder().decode(bytes);
      const parsed = parseFile('f.yaml', bytes);
      const theirs = yamlLib().parseAllDocuments(text, { schema: 'core', version: '1.2' });
      const errors = Array.isArray(theirs) ? theirs.flatMap((d) => d.errors) : [];
      if (errors.length > 0) expect(parsed.diagnostics.some((d) => d.rule === 'yaml/syntax' && d.severity === 'error')).toBe(true);
      else expect(parsed.documents.map((d) => canon(d.data))).toEqual((theirs as { toJS(): unknown }[]).map((d) => canon(d.toJS())));
      const files = [...Object.entries(BASE), [`goals/${name}`, text] as const].map(([path, t]) => ({ path, bytes: new TextEncoder().encode(t) }));
      const fast = checkRepository({ files });
      const slow = checkRepository({ files, slowPath: true });
      expect(fast.diagnostics).toEqual(slow.diagnostics);
      expect(fast.outline()).toEqual(slow.outline());
    });
  }

  it('reads an empty item of a nested sequence as yaml does', () => {
    const [doc] = parseFile('f.yaml', bytesOf('01-empty-nested-sequence-item.yaml')).documents;
    expect((doc!.data as Record<string, unknown>)['x-series']).toEqual([[null], null]);
  });
});
