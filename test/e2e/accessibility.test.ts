import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/output/pdf/find-chromium.js';
import { axeViolations, openBrowser } from '../helpers/axe.js';
import { hostileTitlesRepo } from '../helpers/hostile-titles.js';
import { LONG } from '../helpers/test-level.js';
import { EXAMPLE, run } from '../helpers/run.js';

function chromiumPath(): string | undefined {
  try {
    return findChromium(process.env);
  } catch {
    return undefined;
  }
}
const CHROMIUM = chromiumPath();
const out = mkdtempSync(join(tmpdir(), 'planverk-axe-'));

/** Every HTML page planverk makes, for one repository. */
const PAGES: [string, string[]][] = [
  ['handlingsprogram.html', ['report', 'handlingsprogram', '--format', 'html']],
  ['handlingsprogram.en.html', ['report', 'handlingsprogram', '--format', 'html', '--locale', 'en']],
  ['arshjul.html', ['arshjul', '--year', '2027', '--format', 'html']],
];

// CI installs Debian's chromium (.ci/run), so there the tests must run.
describe.skipIf(!CHROMIUM && !process.env.CI)('axe-core at WCAG 2.1 AA: zero violations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser(CHROMIUM!);
  }, 60_000);
  afterAll(() => browser?.close());

  for (const [fixture, dir] of [['the example', EXAMPLE], ['hostile titles', '']] as const) {
    // The English handlingsprogram of hostile titles is the nb page's template with the
    // same titles in other words: `npm run test:long` (and CI) checks it, `npm test` not.
    for (const [name, args] of PAGES.filter(([name]) => LONG || fixture === 'the example' || !name.endsWith('.en.html'))) {
      it(`${name} of ${fixture}`, async () => {
        const repo = dir || hostileTitlesRepo();
        const file = join(out, `${fixture.replace(/\W/g, '-')}-${name}`);
        const r = await run([...args, '--out', file], repo);
        expect(r.code, r.stderr).toBe(0);
        expect(await axeViolations(browser, file)).toEqual([]);
      }, 60_000);
    }
  }

  // axeViolations reuses one page for every file (test/helpers/axe.ts): it must still find
  // a violation on a page that follows clean ones, and nothing on a clean page after it.
  it('finds the violations of a page checked after others on the same page, and none left over after it', async () => {
    const bad = join(out, 'bad.html');
    writeFileSync(bad, '<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="data:,"><a href="#"></a></main></body></html>');
    const good = join(out, 'good.html');
    writeFileSync(good, '<!DOCTYPE html><html lang="nb"><head><title>x</title></head><body><main><h1>Plan</h1><p>Tekst</p></main></body></html>');
    expect(await axeViolations(browser, good)).toEqual([]);
    expect((await axeViolations(browser, bad)).map((v) => v.id).sort()).toEqual(['html-has-lang', 'image-alt', 'link-name']);
    expect(await axeViolations(browser, good)).toEqual([]);
  }, 60_000);
});
