import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { checkRepository } from '../../src/check/check-repository.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { EXAMPLE } from '../helpers/run.js';
import { fixture, startPxWeb, type PxWebServer } from './helpers/pxweb-server.js';
import { fixturePath, runImport } from './helpers/repo.js';

/** Every file of a folder, by relative path. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

function copy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'planverk-import-')), 'nye-asker');
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

const indicator = (text: string, id: string) => parseAllDocuments(text).map((d) => d.toJS()).find((d: any) => d.id === id);

let server: PxWebServer | undefined;
afterEach(async () => server?.close());

describe('examples/nye-asker with its saved SSB answers', () => {
  it('imports 12134 and 09220 into the three indicators with source.ssb, changes nothing else, and still validates', async () => {
    const dir = copy();
    const before = files(dir);
    const r = await runImport(dir, { sources: [fixturePath('12134.json'), fixturePath('09220.json')] });
    expect(r.code).toBe(0);
    const after = files(dir);
    const changed = [...after].filter(([p, t]) => before.get(p) !== t).map(([p]) => p).sort();
    expect(changed).toEqual(['indicators/okonomi.yaml', 'indicators/oppvekst.yaml']);
    const okonomi = after.get('indicators/okonomi.yaml')!;
    expect(indicator(okonomi, 'netto-driftsresultat').actuals.at(-1)).toEqual({ year: 2025, value: 2.3, status: 'preliminary' });
    expect(indicator(okonomi, 'netto-lanegjeld').actuals.at(-1)).toEqual({ year: 2025, value: 90.4, status: 'preliminary' });
    expect(indicator(okonomi, 'netto-lanegjeld').source.retrieved).toBe('2026-03-15');
    expect(indicator(okonomi, 'realiserte-gevinster')).toEqual(indicator(before.get('indicators/okonomi.yaml')!, 'realiserte-gevinster'));
    const oppvekst = after.get('indicators/oppvekst.yaml')!;
    expect(indicator(oppvekst, 'barnehagedekning').actuals).toEqual(indicator(before.get('indicators/oppvekst.yaml')!, 'barnehagedekning').actuals);
    expect(r.out).toContain('endret       2025: 2,1 → 2,3 (foreløpig)');
    expect(r.out).toContain('uendret      2020–2025');
    expect(checkRepository(loadRepository(dir)).summary.errors).toBe(0);
  });

  it('fetches the same from PxWebApi (the saved answers on a local server)', async () => {
    server = await startPxWeb({ '12134': { kind: 'table', dataset: fixture('12134.json') }, '09220': { kind: 'table', dataset: fixture('09220.json') } });
    const fetched = copy();
    const fromFiles = copy();
    expect((await runImport(fetched, { sources: [], api: server.api })).code).toBe(0);
    await runImport(fromFiles, { sources: [fixturePath('12134.json'), fixturePath('09220.json')] });
    expect(files(fetched)).toEqual(files(fromFiles));
  });
});
