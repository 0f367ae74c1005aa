import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeTree } from '../helpers/tree.js';
import { fixturePath, read, runImport, WORKSPACE } from './helpers/repo.js';

const doc = readFileSync(new URL('../../docs/import.md', import.meta.url), 'utf8');

describe('docs/import.md', () => {
  it('shows what the worked KOSTRA example really prints and writes', async () => {
    const section = doc.slice(doc.indexOf('## A worked KOSTRA example'));
    const indicator = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const printed = /```text\n\$ plan import ssb 12134 --status preliminary\n([\s\S]*?)```/.exec(section)![1]!;
    const diff = /```diff\n([\s\S]*?)```/.exec(section)![1]!;
    const dir = writeTree({ 'plan.yaml': WORKSPACE, 'indicators/okonomi.yaml': indicator });
    const r = await runImport(dir, { sources: [fixturePath('12134.json')], status: 'preliminary' });
    expect(r.out).toBe(printed);
    const after = read(dir, 'indicators/okonomi.yaml');
    // Every + line of the diff is in the new file, every - line is gone, the context stays.
    for (const line of diff.split('\n').filter((l) => l !== '')) {
      const text = line.slice(1);
      if (line.startsWith('+')) expect(after).toContain(`${text}\n`);
      else if (line.startsWith('-')) expect(after).not.toContain(`${text}\n`);
      else expect(after).toContain(`${text}\n`);
    }
  });
});
