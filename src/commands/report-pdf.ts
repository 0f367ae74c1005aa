import { EXIT, type Io } from '../io.js';
import type { ReportOptions } from './report.js';

/** `plan report <template> --format pdf`: placeholder until the PDF printer lands. */
export async function reportPdf(_options: ReportOptions, _io: Io): Promise<number> {
  return EXIT.usage;
}
