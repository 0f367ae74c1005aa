import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fix } from '../../src/commands/fix.js';
import { fixFile } from '../../src/fix/fix.js';
import type { Io } from '../../src/io.js';
import { BASE, checkTree, writeTree } from '../helpers/tree.js';

/** `plan fix` (issue 18, item 4): safe mechanical repairs in place, formatting and comments kept. */

function io(cwd: string): Io & { out: () => string } {
  let out = '';
  return { cwd, env: {}, stdout: { write: (s: string | Uint8Array) => (out += String(s)) }, stderr: { write: () => true }, out: () => out };
}

const GOAL = `kind: Goal
id: god-helse
title: God helse   # the title the council chose
plan: kp
focusArea: helse
sdgTargets: [3.4, "4.1"]
indicators: [aktive]
`;

const INDICATOR = `kind: Indicator
id: aktive
title: Andel aktive
direction: increase
sdgIndicator: "3.4.1"
baseline: { year: 2019, value: 40 }
targets: [ { year: 2030, value: 50 } ]
actuals:
  # from SSB
  - { year: 2021, value: 42 }
  - { year: 2020, value: 41 } # late report
`;

describe('plan fix', () => {
  it('quotes SDG ids and sorts years in place, keeping comments, and says what it changed', async () => {
    const dir = writeTree({ ...BASE, 'goal.yaml': GOAL, 'indicator.yaml': INDICATOR });
    const run = io(dir);
    expect(await fix({ dir, locale: 'en' }, run)).toBe(0);
    expect(readFileSync(join(dir, 'goal.yaml'), 'utf8')).toBe(GOAL.replace('[3.4, "4.1"]', '["3.4", "4.1"]'));
    expect(readFileSync(join(dir, 'indicator.yaml'), 'utf8')).toBe(INDICATOR.replace('  - { year: 2021, value: 42 }\n  - { year: 2020, value: 41 }', '  - { year: 2020, value: 41 }\n  - { year: 2021, value: 42 }'));
    expect(run.out()).toContain('goal.yaml:6');
    expect(run.out()).toMatch(/3\.4 → "3\.4"/);
    expect(run.out()).toMatch(/2021, 2020 → 2020, 2021/);
    const after = checkTree({ ...BASE, 'goal.yaml': readFileSync(join(dir, 'goal.yaml'), 'utf8'), 'indicator.yaml': readFileSync(join(dir, 'indicator.yaml'), 'utf8') });
    expect(after.diagnostics).toEqual([]);
  });

  it('--dry-run shows the diff and writes nothing', async () => {
    const dir = writeTree({ ...BASE, 'goal.yaml': GOAL });
    const run = io(dir);
    expect(await fix({ dir, dryRun: true, locale: 'en' }, run)).toBe(0);
    expect(readFileSync(join(dir, 'goal.yaml'), 'utf8')).toBe(GOAL);
    expect(run.out()).toContain('-sdgTargets: [3.4, "4.1"]\n+sdgTargets: ["3.4", "4.1"]\n');
  });

  it('leaves a year given twice to the planner: not only order', () => {
    const text = INDICATOR.replace('year: 2020, value: 41', 'year: 2021, value: 41');
    const found = checkTree({ ...BASE, 'indicator.yaml': text }).diagnostics.filter((d) => d.file === 'indicator.yaml');
    expect(found.map((d) => d.rule)).toEqual(['indicator-years-order']);
    expect(fixFile(text, found)).toEqual({ text, changes: [] });
  });

  it('a clean repository has nothing to fix', async () => {
    const dir = writeTree(BASE);
    const run = io(dir);
    expect(await fix({ dir, locale: 'en' }, run)).toBe(0);
    expect(run.out()).toBe('nothing to fix\n');
  });
});

describe('plan validate --fix', () => {
  it('is plan fix under another name: the same repairs, the same report, the same exit code', async () => {
    const { main } = await import('../../src/cli.js');
    const { makeIo } = await import('../helpers/fake-io.js');
    const viaFix = writeTree({ ...BASE, 'goal.yaml': GOAL, 'indicator.yaml': INDICATOR });
    const viaValidate = writeTree({ ...BASE, 'goal.yaml': GOAL, 'indicator.yaml': INDICATOR });
    const a = makeIo(viaFix);
    const b = makeIo(viaValidate);
    expect(await main(['fix', '--locale', 'en'], a.io)).toBe(0);
    expect(await main(['validate', '--fix', '--locale', 'en'], b.io)).toBe(0);
    for (const file of ['goal.yaml', 'indicator.yaml']) expect(readFileSync(join(viaValidate, file), 'utf8')).toBe(readFileSync(join(viaFix, file), 'utf8'));
    expect(readFileSync(join(viaValidate, 'goal.yaml'), 'utf8')).toContain('["3.4", "4.1"]');
    expect(b.stdout.text).toBe(a.stdout.text.replaceAll(viaFix, viaValidate));
    expect(b.stdout.text).toMatch(/3\.4 → "3\.4"/);
  });

  it('--dry-run writes nothing; without --fix it is a usage error', async () => {
    const { main } = await import('../../src/cli.js');
    const { makeIo } = await import('../helpers/fake-io.js');
    const dir = writeTree({ ...BASE, 'goal.yaml': GOAL });
    const dry = makeIo(dir);
    expect(await main(['validate', '--fix', '--dry-run'], dry.io)).toBe(0);
    expect(readFileSync(join(dir, 'goal.yaml'), 'utf8')).toBe(GOAL);
    expect(dry.stdout.text).toContain('+sdgTargets: ["3.4", "4.1"]');
    const bad = makeIo(dir);
    expect(await main(['validate', '--dry-run'], bad.io)).toBe(2);
    expect(bad.stderr.text).toContain('--dry-run');
  });
});
