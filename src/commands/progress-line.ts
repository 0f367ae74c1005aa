import type { Progress } from '../progress.js';

/** Least time between two redraws of the progress line, so a fast run does not flood the terminal. */
const REDRAW_MS = 80;

/**
 * A one-line progress display for a terminal's stderr: each update redraws the line
 * in place (at most every REDRAW_MS, the first always), and `done` erases it so the
 * report that follows starts on a clean line. Only for streams that are terminals.
 */
export function progressLine(stream: { write(chunk: string): unknown }, now: () => number = Date.now) {
  let last = -Infinity;
  let drawn = false;
  return {
    update(progress: Progress): void {
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      drawn = true;
      stream.write(`\r\x1b[Kplan: ${progress.filesRead}/${progress.filesTotal} files read, ${progress.documentsChecked} documents checked`);
    },
    done(): void {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
