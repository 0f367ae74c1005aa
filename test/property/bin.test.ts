import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../helpers/plan-cli.js';
import { repositoryArb, type GeneratedFile } from './arbitraries.js';
import { positionProblems } from './assertions.js';
import { fcParams } from './config.js';
import { cases } from '../helpers/test-level.js';

function writeFiles(files: GeneratedFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-prop-'));
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.bytes);
  }
  return dir;
}

describe('property: the built bin over random repositories', () => {
  it('exits 0, 1 or 2 (no plan.yaml) without a stack trace; JSON parses; same bytes twice; positions inside files', () => {
    fc.assert(
      fc.property(repositoryArb({ maxFiles: 5 }), (files) => {
        const dir = writeFiles(files);
        try {
          const a = plan(['validate', dir, '--format', 'json']);
          if (!files.some((f) => f.path === 'plan.yaml')) {
            expect(a.code).toBe(2);
            expect(a.stderr).toMatch(/^plan: fant ingen plan\.yaml/);
            return;
          }
          expect(a.stderr).toBe('');
          expect([0, 1]).toContain(a.code);
          const b = plan(['validate', dir, '--format', 'json']);
          expect(b.stdout).toBe(a.stdout);
          const out = JSON.parse(a.stdout) as { diagnostics: Parameters<typeof positionProblems>[0] };
          expect(positionProblems(out.diagnostics, files)).toEqual([]);
          const stylish = plan(['validate', dir]);
          expect(stylish.code).toBe(a.code);
          expect(stylish.stderr).toBe('');
          expect(plan(['validate', dir]).stdout).toBe(stylish.stdout);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      // Each case spawns the bin four times: no shrinking, report the first failure as found.
      { ...fcParams(cases(3, 6)), endOnFailure: true },
    );
  });
});
