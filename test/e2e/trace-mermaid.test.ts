import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { copyExample, run } from '../helpers/run.js';

const CHROMIUM = '/usr/bin/chromium';
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

// GitHub draws ```mermaid blocks with Mermaid itself: render ours with the same library in Chromium,
// with titles full of characters that Mermaid treats as syntax.
it.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
  'the Mermaid flowchart of plan trace parses and renders, hostile titles included',
  async () => {
    const dir = copyExample();
    const file = join(dir, 'goals/klima.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: \'Mål "A" [B] (C) {D} <script>x</script> #1; a|b --> c\''));
    const r = await run(['trace'], dir);
    expect(r.code).toBe(0);
    // The graph of the focus area the hostile goal is in (one graph per focus area).
    const code = [...r.stdout.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]!).find((c) => c.includes('G_lavere_klimagassutslipp'))!;
    const declared = [...code.matchAll(/^ {2}([A-Z]_\w+)[[({]/gm)].length;
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<!DOCTYPE html><body></body>');
      await page.addScriptTag({ path: MERMAID });
      const result = await page.evaluate(async (source) => {
        // Runs in the page: no DOM types in this project, so name the little that is used.
        const page = globalThis as unknown as {
          mermaid: { initialize(o: object): void; render(id: string, s: string): Promise<{ svg: string }> };
          document: { body: { innerHTML: string; textContent: string | null }; querySelectorAll(s: string): { length: number } };
        };
        const m = page.mermaid;
        const document = page.document;
        m.initialize({ startOnLoad: false, securityLevel: 'strict' });
        try {
          const { svg } = await m.render('trace', source);
          document.body.innerHTML = svg;
          return { nodes: document.querySelectorAll('g.node').length, text: document.body.textContent ?? '' };
        } catch (error) {
          return { error: String(error) };
        }
      }, code);
      expect(result).not.toHaveProperty('error');
      expect((result as { nodes: number }).nodes).toBe(declared);
      expect((result as { text: string }).text).toContain('Mål "A" [B] (C) {D}');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  },
  60_000,
);
