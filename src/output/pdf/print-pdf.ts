import { UsageError } from '../../io.js';
import { reportLabel as label } from '../../i18n/report-label.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * playwright-core, loaded at run time. Its name is held in a variable so the
 * bundler leaves it out: bundled, its 8 MB made every command start 0.35 s slower
 * (measured on `plan validate`). A checkout has it; an installed planverk needs it
 * installed beside it (docs/publishing.md).
 */
async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  const name = 'playwright-core';
  try {
    return (await import(name)) as typeof import('playwright-core');
  } catch {
    throw new UsageError('--format pdf needs the playwright-core package (npm install playwright-core); it drives the Chromium on this machine and downloads nothing');
  }
}

/** Switches for a headless Chromium that talks to nothing but the page. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export interface PrintOptions {
  executablePath: string;
  locale: Locale;
}

/** In the page: whether a style sheet's @page rule has margin boxes (@top-…, @bottom-…) of its own. */
const OWN_MARGIN_BOXES = `[...document.styleSheets].some((s) => [...s.cssRules].some((r) => r.type === CSSRule.PAGE_RULE && /@(top|bottom|left|right)-/.test(r.cssText)))`;

/**
 * Prints an HTML document to PDF in Chromium (driven by playwright-core, which
 * downloads nothing here): A4, tagged (a structure tree for screen readers and
 * PDF/UA checkers), with an outline from the headings and the page number and
 * count in the footer (the document's own, when its @page has margin boxes). The page may load nothing from outside: every request but
 * the document's own data: URLs is refused.
 */
export async function printPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const { chromium } = await loadPlaywright();
  const browser = await chromium.launch({ executablePath: options.executablePath, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    // No time limit: a report of 20,000 documents takes longer to lay out than Playwright's
    // default 30 s on a busy machine, and there is nothing to wait for but our own HTML.
    page.setDefaultTimeout(0);
    await page.setContent(html, { waitUntil: 'load', timeout: 0 });
    await page.emulateMedia({ media: 'print' });
    // A document that numbers its own pages (an @page margin box such as @bottom-center, as the
    // tertialrapport and årsberetning do, so a browser's own print numbers them too) gets no second footer.
    const ownMarginBoxes = (await page.evaluate(OWN_MARGIN_BOXES)) === true;
    const pageWord = label(options.locale, 'pdf.page') ?? '';
    const footer = `<div style="font: 8pt system-ui, sans-serif; color: #444; width: 100%; text-align: center;">${pageWord} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`;
    const pdf = await page.pdf({
      format: 'A4',
      // The document's @page size wins (the årshjul prints landscape).
      preferCSSPageSize: true,
      tagged: true,
      outline: true,
      printBackground: true,
      displayHeaderFooter: !ownMarginBoxes,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
