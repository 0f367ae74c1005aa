import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SdgCatalog, builtInCatalog } from '../../src/catalog/catalog.js';

/** Ids from ../shared/reference/sdg/*.csv, committed so the test runs anywhere. */
const reference = JSON.parse(readFileSync(new URL('../fixtures/catalog/sdg-ids.json', import.meta.url), 'utf8')) as {
  goals: string[];
  targets: string[];
  indicators: string[];
};

describe('the built-in SDG catalog', () => {
  const catalog = builtInCatalog();

  it('has exactly the UN ids: 17 goals, 169 targets, 248 indicator listings', () => {
    expect([...catalog.goals.keys()]).toEqual(reference.goals);
    expect([...catalog.targets.keys()]).toEqual(reference.targets);
    expect([...catalog.indicators.keys()]).toEqual(reference.indicators);
    expect([catalog.goals.size, catalog.targets.size, catalog.indicators.size]).toEqual([17, 169, 248]);
  });

  it('links each target to its goal and each indicator to its target', () => {
    for (const t of catalog.targets.values()) expect(t.id.startsWith(`${t.parent}.`)).toBe(true);
    for (const i of catalog.indicators.values()) expect(i.id.startsWith(`${i.parent}.`)).toBe(true);
  });

  it('has a short nb and en title for every id', () => {
    for (const map of [catalog.goals, catalog.targets, catalog.indicators]) {
      for (const entry of map.values()) {
        expect(entry.titles.nb?.length, entry.id).toBeGreaterThan(3);
        expect(entry.titles.en?.length, entry.id).toBeGreaterThan(3);
        expect(entry.titles.nb!.length, entry.id).toBeLessThanOrEqual(110);
      }
    }
  });

  it('falls back from nn to nb, and uses workspace titles first', () => {
    expect(catalog.title('3.4', 'nn')).toBe(catalog.title('3.4', 'nb'));
    const own = new SdgCatalog({ nn: { targets: { '3.4': 'Eigen tittel' } } });
    expect(own.title('3.4', 'nn')).toBe('Eigen tittel');
    expect(own.title('3.4', 'nb')).toBe(catalog.title('3.4', 'nb'));
  });

  it('suggests 3.9 and 3.a for 3.9a', () => {
    expect(catalog.suggestTarget('3.9a')).toEqual(expect.arrayContaining(['3.9', '3.a']));
    expect(catalog.suggestIndicator('3.4.11')).toContain('3.4.1');
  });
});
