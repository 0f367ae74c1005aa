import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { main } from '../../src/cli.js';
import { progressLine } from '../../src/commands/progress-line.js';
import type { Progress } from '../../src/progress.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { EXAMPLE } from '../helpers/example-repo.js';
import { makeIo, Sink } from '../helpers/fake-io.js';

describe('progress of plan validate', () => {
  it('reports every file read and the documents checked', () => {
    const seen: Progress[] = [];
    const loaded = loadRepository(EXAMPLE, { onProgress: (p) => seen.push(p) });
    const reading = seen.length;
    const result = checkRepository({ ...loaded, onProgress: (p) => seen.push(p) });
    expect(reading).toBe(result.summary.files);
    expect(seen[0]).toEqual({ filesRead: 1, filesTotal: result.summary.files, documentsChecked: 0 });
    expect(seen.at(-1)).toEqual({ filesRead: result.summary.files, filesTotal: result.summary.files, documentsChecked: result.summary.documents });
  });

  it('draws a progress line on a terminal stderr and erases it before the report', async () => {
    const { io, stdout } = makeIo(EXAMPLE);
    const stderr = new Sink(true);
    expect(await main(['validate'], { ...io, stderr })).toBe(0);
    expect(stderr.text).toMatch(/^\r\x1b\[Kplan: 1\/\d+ files read, 0 documents checked/);
    expect(stderr.text.endsWith('\r\x1b[K')).toBe(true);
    expect(stdout.text).not.toContain('files read');
  });

  it('writes nothing to a stderr that is not a terminal', async () => {
    const { io, stderr } = makeIo(EXAMPLE);
    expect(await main(['validate'], io)).toBe(0);
    expect(stderr.text).toBe('');
  });

  it('redraws at most every 80 ms, and erases only what it drew', () => {
    const sink = new Sink(true);
    let t = 1000;
    const line = progressLine(sink, () => t);
    const p = (n: number): Progress => ({ filesRead: n, filesTotal: 3, documentsChecked: 0 });
    line.update(p(1));
    t += 10;
    line.update(p(2));
    t += 100;
    line.update(p(3));
    line.done();
    expect(sink.text).toBe('\r\x1b[Kplan: 1/3 files read, 0 documents checked\r\x1b[Kplan: 3/3 files read, 0 documents checked\r\x1b[K');
    const silent = new Sink(true);
    progressLine(silent).done();
    expect(silent.text).toBe('');
  });
});
