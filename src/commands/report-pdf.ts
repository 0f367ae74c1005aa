import type { Io } from '../io.js';
import { binaryOut, writeBinary } from './report-binary.js';
import { renderReport, type ReportOptions } from './report.js';
import { findChromium } from '../output/pdf/find-chromium.js';
import { renderLocale } from './load-model.js';

/** `plan report <template> --format pdf`: the HTML report printed by the machine's Chromium. */
export async function reportPdf(options: ReportOptions, io: Io): Promise<number> {
  const out = binaryOut(options, io);
  const executablePath = findChromium(io.env);
  const rendered = renderReport({ ...options, format: 'html' }, io);
  if (typeof rendered === 'number') return rendered;
  const html = rendered.output;
  const { printPdf } = await import('../output/pdf/print-pdf.js');
  const locale = renderLocale(/<html lang="([a-z]+)"/.exec(html)?.[1] ?? options.locale);
  writeBinary(io, await printPdf(html, { executablePath, locale }), out, options.force, locale);
  return rendered.exitCode;
}
