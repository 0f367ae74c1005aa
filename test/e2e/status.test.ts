import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plan } from '../helpers/plan-cli.js';

// Spawns the built bin (test/global-setup.ts builds it before the suite).
const work = mkdtempSync(join(tmpdir(), 'plan-status-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the bin with the import tracer and returns its result and every module URL it loaded. */
function traced(name: string, args: readonly string[], env: Record<string, string> = {}) {
  const file = join(work, `${name}.trace`);
  const result = plan(args, { env: { ...env, PLAN_TRACE_FILE: file }, nodeArgs: ['--import', './test/helpers/trace-imports.mjs'] });
  const urls = readFileSync(file, 'utf8').trim().split('\n');
  return { ...result, urls };
}

const isUi = (url: string): boolean => /\/node_modules\/(ink|react|react-reconciler)\//.test(url) || url.includes('/dist/ui/');

describe('plan status, spawned without a terminal', () => {
  it('prints the table and loads neither ink nor react', () => {
    const { code, stdout, stderr, urls } = traced('pipe', ['status', 'examples/nye-asker', '--as-of', '2026-08-31']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^■ Kommuneplanens samfunnsdel 2020–2040: målstatus 2025\n20 indikatorer: ★ 3 nådd · ● 7 i rute/);
    expect(stdout).toMatch(/Andel ungdom \(ungdomsskolen\) som er fys…\s+▲ I faresonen\s+44,9 % \(2025\)/);
    // The tracer saw the command run (so it works) and nothing of the UI.
    expect(urls.some((u) => u.endsWith('/dist/commands/status.js'))).toBe(true);
    expect(urls.some((u) => u.endsWith('/dist/output/status/text.js'))).toBe(true);
    expect(urls.filter(isUi)).toEqual([]);
  });

  it('loads no UI with CI set or with --format either', () => {
    for (const [name, args, env] of [
      ['ci', ['status', 'examples/nye-asker'], { CI: 'true' }],
      ['md', ['status', 'examples/nye-asker', '--format', 'md'], {}],
    ] as const) {
      const { code, urls } = traced(name, args, env);
      expect(code).toBe(0);
      expect(urls.filter(isUi)).toEqual([]);
    }
  });

  it('has a tracer that does see ink when it is imported', () => {
    const file = join(work, 'control.trace');
    plan([], { env: { PLAN_TRACE_FILE: file }, nodeArgs: ['--import', './test/helpers/trace-imports.mjs', '--input-type=module', '-e', "await import('ink')"] });
    expect(readFileSync(file, 'utf8')).toMatch(/\/node_modules\/ink\//);
  });

  it('prints JSON for scripts', () => {
    const { code, stdout } = plan(['status', 'examples/nye-asker', '--format', 'json', '--year', '2024', '--as-of', '2026-06-30']);
    expect(code).toBe(0);
    const card = JSON.parse(stdout);
    expect(card).toMatchObject({ year: 2024, today: '2026-06-30' });
    expect(card.plans[0].benefitCounts).toEqual({ planned: 3, realising: 3, realised: 1, overdue: 0, abandoned: 1 });
  });
});
