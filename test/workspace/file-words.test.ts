import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { BASE, writeTree } from '../helpers/tree.js';

/** Discovery and reading speak the run's language: --locale, else plan.yaml's locale, else nb (issue 18, item 5). */

function hostileTree(planYaml: string): string {
  const dir = writeTree({ ...BASE, 'plan.yaml': planYaml });
  symlinkSync('nowhere.yaml', join(dir, 'broken-link.yaml'));
  mkdirSync(join(dir, 'big'));
  writeFileSync(join(dir, 'big', 'large.yaml'), `title: ${'x'.repeat(2048)}\n`);
  return dir;
}
const messages = (dir: string, locale?: 'nb' | 'nn' | 'en') =>
  (loadRepository(dir, { maxFileSize: 1024, ...(locale && { locale }) }).diagnostics ?? []).map((d) => [d.rule, d.file, d.message, d.hint ?? '']);

describe('file problems in the locale', () => {
  it('nb by default, en with the locale option', () => {
    const dir = hostileTree(BASE['plan.yaml']!);
    expect(messages(dir)).toEqual([
      ['file/symlink', 'broken-link.yaml', 'den symbolske lenken er brutt eller går i ring; den ble hoppet over', ''],
      ['file/too-large', 'big/large.yaml', 'filen er 0,0 MB, over grensen på 0,0 MB; den ble ikke lest', 'hev grensen med --max-file-size hvis filen skal være så stor'],
    ]);
    expect(messages(dir, 'en').map((m) => m[2])).toEqual(['symbolic link is broken or loops; it was skipped', 'file is 0.0 MB, over the 0.0 MB limit; it was not read']);
  });

  it("plan.yaml's locale (nn), for a missing catalog file too", () => {
    const dir = hostileTree(`${BASE['plan.yaml']!}locale: nn\ncatalog: mangler.yaml\n`);
    expect(messages(dir).map((m) => m.slice(0, 3))).toEqual([
      ['file/symlink', 'broken-link.yaml', 'den symbolske lenkja er broten eller går i ring; ho vart hoppa over'],
      ['file/too-large', 'big/large.yaml', 'fila er 0,0 MB, over grensa på 0,0 MB; ho vart ikkje lesen'],
      ['config/catalog', 'plan.yaml', 'katalogen «mangler.yaml» finst ikkje'],
    ]);
  });
});
