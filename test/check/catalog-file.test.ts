import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { BASE, writeTree } from '../helpers/tree.js';

const withCatalog = (catalog: string) =>
  writeTree({ ...BASE, 'plan.yaml': `${BASE['plan.yaml']}catalog: sdg/titler.yaml\n`, 'sdg/titler.yaml': catalog });

describe('Workspace.catalog: a workspace\'s own SDG titles', () => {
  it('replaces built-in titles, is not read as a plan document, and validates clean', () => {
    const dir = withCatalog('kind: SdgCatalog\nsource: Egen oversettelse\nnb:\n  targets:\n    "3.4": Innen 2030 redusere for tidlig død av ikke-smittsomme sykdommer med en tredjedel\nnn:\n  goals:\n    "3": God helse og livskvalitet\n');
    const result = checkRepository(loadRepository(dir));
    expect(result.diagnostics).toEqual([]);
    expect(result.summary.files).toBe(8);
    expect(result.catalog.title('3.4', 'nb')).toMatch(/^Innen 2030/);
    expect(result.catalog.title('3', 'nn')).toBe('God helse og livskvalitet');
  });

  it('reports unknown ids and bad shape in the catalog file', () => {
    const dir = withCatalog('kind: SdgCatalog\nnb:\n  targets:\n    "3.99": Finnes ikke\n');
    expect(checkRepository(loadRepository(dir)).diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['sdg/unknown-target', 'sdg/titler.yaml', 4]]);
    const bad = withCatalog('kind: SdgCatalog\nnb:\n  mål: {}\n');
    expect(checkRepository(loadRepository(bad)).diagnostics.map((d) => d.rule)).toEqual(['schema/additional-properties']);
  });

  it('reports a missing catalog file', () => {
    const dir = writeTree({ ...BASE, 'plan.yaml': `${BASE['plan.yaml']}catalog: nowhere.yaml\n` });
    // Reported at plan.yaml's catalog line: a diagnostic must point into a file that exists.
    const line = BASE['plan.yaml']!.split('\n').length;
    expect(checkRepository(loadRepository(dir)).diagnostics.map((d) => [d.rule, d.file, d.line])).toEqual([['config/catalog', 'plan.yaml', line]]);
  });
});
