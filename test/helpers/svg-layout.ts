import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';

/** A text element's box in the page, with its text for readable failures. */
export interface TextBox {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What a layout check found: pairs of text boxes that overlap, and text outside the picture. */
export interface LayoutReport {
  texts: number;
  overlaps: [string, string][];
  outside: string[];
}

/**
 * Opens an SVG or HTML file in Chromium and checks every `<svg>` in it: no two
 * `<text>` elements' boxes (getBoundingClientRect, after transforms) overlap by
 * more than `tolerance` pixels in both directions, and every text lies inside its
 * svg's own box (the view box as drawn). Texts inside `<title>`/`<desc>` are not
 * drawn and are ignored; so are empty texts.
 */
export async function svgLayout(browser: Browser, file: string, tolerance = 0.5): Promise<LayoutReport> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1200 }, bypassCSP: true });
  const page = await context.newPage();
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return await page.evaluate((tol) => {
      const doc = (globalThis as unknown as { document: any }).document;
      const report = { texts: 0, overlaps: [] as [string, string][], outside: [] as string[] };
      for (const svg of Array.from(doc.querySelectorAll('svg')) as any[]) {
        const frame = svg.getBoundingClientRect();
        const boxes: { text: string; x: number; y: number; width: number; height: number }[] = [];
        for (const t of Array.from(svg.querySelectorAll('text')) as any[]) {
          const text = (t.textContent ?? '').trim();
          if (!text) continue;
          const r = t.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          boxes.push({ text, x: r.left, y: r.top, width: r.width, height: r.height });
          if (r.left < frame.left - tol || r.top < frame.top - tol || r.right > frame.right + tol || r.bottom > frame.bottom + tol) {
            report.outside.push(text);
          }
        }
        report.texts += boxes.length;
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i]!;
          for (let j = i + 1; j < boxes.length; j++) {
            const b = boxes[j]!;
            const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
            const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
            if (dx > tol && dy > tol) report.overlaps.push([a.text, b.text]);
          }
        }
      }
      return report;
    }, tolerance);
  } finally {
    await context.close();
  }
}
