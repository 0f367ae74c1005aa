import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { EXAMPLE } from '../helpers/example-repo.js';
import { makeIo } from '../helpers/fake-io.js';

describe('README', () => {
  it('shows the current `plan status --format md` output for the example', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /<!-- status-example:start -->\n```markdown\n([\s\S]*?)```\n<!-- status-example:end -->/.exec(readme)?.[1];
    const { io, stdout } = makeIo(EXAMPLE);
    expect(await main(['status', '--format', 'md', '--as-of', '2026-08-31'], io)).toBe(0);
    expect(shown).toBe(stdout.text);
  });
});
