import { EventEmitter } from 'node:events';
import type { Io } from '../../src/io.js';

/** An output stream that keeps what is written. */
export class Sink {
  text = '';
  columns = 120;
  rows = 40;
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
  on(): this {
    return this;
  }
  off(): this {
    return this;
  }
}

/** A terminal keyboard for ink: keys written to it are read by ink's input handling. */
export class FakeTtyStdin extends EventEmitter {
  isTTY = true;
  private queue: string[] = [];
  write(data: string): void {
    this.queue.push(data);
    this.emit('readable');
  }
  read(): string | null {
    return this.queue.shift() ?? null;
  }
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** An Io with captured stdout/stderr; pass `tty` for terminals. */
export function makeIo(cwd: string, options: { tty?: boolean; env?: Record<string, string | undefined> } = {}) {
  const stdout = new Sink(options.tty === true);
  const stderr = new Sink(options.tty === true);
  const stdin = options.tty ? new FakeTtyStdin() : undefined;
  const io: Io = { cwd, env: { NO_COLOR: '1', ...options.env }, stdout, stderr, ...(stdin && { stdin: stdin as unknown as NodeJS.ReadableStream & { isTTY?: boolean } }) };
  return { io, stdout, stderr, stdin };
}
