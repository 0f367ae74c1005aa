import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/output/pdf/find-chromium.js';
import { axeViolations, openBrowser } from '../helpers/axe.js';
import { hostileTitlesRepo } from '../helpers/hostile-titles.js';
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
    for (const [name, args] of PAGES) {
      it(`${name} of ${fixture}`, async () => {
        const repo = dir || hostileTitlesRepo();
        const file = join(out, `${fixture.replace(/\W/g, '-')}-${name}`);
        const r = await run([...args, '--out', file], repo);
        expect(r.code, r.stderr).toBe(0);
        expect(await axeViolations(browser, file)).toEqual([]);
      }, 60_000);
    }
  }
});
