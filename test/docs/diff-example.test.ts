import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('docs/diff-example.md', () => {
  it('is what `plan diff --format md` shows today for its change to the example', () => {
    // The script rebuilds the example change in a temporary git repository with fixed
    // dates, so the commit ids in the page are stable; --check exits 1 when the page is stale.
    const script = fileURLToPath(new URL('../../scripts/diff-example.mjs', import.meta.url));
    let output = '';
    let code = 0;
    try {
      output = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      const e = error as { status?: number; stdout?: string; stderr?: string };
      code = e.status ?? 1;
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(output, 'regenerate with: npm run build:dist && node scripts/diff-example.mjs').toBe('');
    expect(code).toBe(0);
  }, 60_000);
});
