/** Where a command reads and writes; passed in so tests run commands in-process. */
export interface Io {
  cwd: string;
  env: Record<string, string | undefined>;
  /** Bytes only for binary documents (docx, pdf) piped to a file; text otherwise. */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Exit codes of the CLI contract. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A failure that stops a command with exit code 2 and one line on stderr. */
export class UsageError extends Error {}

/** Whether to colour output written to `stream`: a terminal, unless NO_COLOR or --no-color says otherwise. */
export function useColor(io: Io, stream: Io['stdout'], flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
