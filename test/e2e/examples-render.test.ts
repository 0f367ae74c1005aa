import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/run.js';
import { plan } from '../helpers/plan-cli.js';

// Every example repository renders with the built bin (run `npm run build:dist` first), so the examples cannot rot.
const examples = readdirSync(join(REPO, 'examples'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

describe.each(examples)('examples/%s', (name) => {
  const dir = join(REPO, 'examples', name);
  it.each(['report handlingsprogram --format md', 'report handlingsprogram --format html --locale nn', 'matrix --format md', 'trace --format json'])('plan %s', (command) => {
    const r = plan(command.split(' '), { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(500);
  });
});
