/** How far long work has come; core code reports it to an optional callback and stays silent itself. */
export interface Progress {
  /** Files read so far, and how many there are to read. */
  filesRead: number;
  filesTotal: number;
  /** Documents checked so far (0 while reading). */
  documentsChecked: number;
}

export type ProgressCallback = (progress: Progress) => void;
