/** Counts for the closing line of `plan import ssb`. */
export interface ImportTotals {
  indicators: number;
  tables: number;
  added: number;
  changed: number;
  unchanged: number;
  skipped: number;
  failed: number;
  files: number;
  dryRun: boolean;
}
