import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { EXAMPLE } from '../helpers/example-repo.js';
import { makeIo } from '../helpers/fake-io.js';

const DOC = new URL('../../docs/okonomiplan.md', import.meta.url);
const BLOCK = /(<!-- budget-example:start -->\n```markdown\n)([\s\S]*?)(```\n<!-- budget-example:end -->)/;

describe('docs/okonomiplan.md', () => {
  it('shows the current `plan budget --format md` output for the example', async () => {
    const { io, stdout } = makeIo(EXAMPLE);
    expect(await main(['budget', '--format', 'md'], io)).toBe(0);
    const doc = readFileSync(DOC, 'utf8');
    // UPDATE_DOCS=1 rewrites the copy instead of comparing it.
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, doc.replace(BLOCK, (_, start: string, _old: string, end: string) => `${start}${stdout.text}${end}`));
    else expect(BLOCK.exec(doc)?.[2]).toBe(stdout.text);
  });
});
