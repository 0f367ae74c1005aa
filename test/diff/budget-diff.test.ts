import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { captureIo } from '../helpers/capture-io.js';
import { GitRepo } from '../helpers/git-repo.js';
import { edited, fixtureTree } from '../okonomiplan/fixture.js';

// Two versions of the hand-computed økonomiplan of test/fixtures/budget/small (amounts in 1000 NOK).
// v2: the demography change of helse in 2028 goes from 120 to 130.1, and nothing pays for it:
//   frame helse 2028          = 3000 + 130.1 − 30.3 + 200.2     = 3300    (was 3289.9, +10.1)
//   6 netAppropriations 2028  = 3300 + 2550 + 0.1               = 5850.1  (was 5840)
//   8 netOperatingExpenses    = 5850.1 + 210                    = 6060.1  (was 6050)
//   9 grossOperatingResult    = 6100.1 − 6060.1                 = 40      (was 50.1)
//   17 netOperatingResult     = 40 − 168.5 + 210                = 81.5    (was 91.6)
//   25 carriedForward         = 81.5 − 91.6                     = −10.1   (was 0): 2028 out of balance
// v3: toUnrestrictedFunds 2028 from 70 to 59.9:
//   21 toUnrestrictedFunds = 59.9 (−10.1); 24 dispositions = 25 − 3.4 + 59.9 = 81.5 (−10.1);
//   25 carriedForward = 81.5 − 81.5 = 0: 2028 back in balance.
const V1 = fixtureTree('small');
const V2 = edited(V1, 'budget.yaml', '{ year: 2028, amount: 120 }', '{ year: 2028, amount: 130.1 }');
const V3 = edited(V2, 'budget.yaml', 'toUnrestrictedFunds: 70', 'toUnrestrictedFunds: 59.9');

let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

async function diff(args: string[]) {
  const io = captureIo(repo!.dir);
  const code = await main(['diff', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

const line = (line: string, number: number, old: number, now: number, delta: number) => ({ table: 'operating', line, number, year: 2028, old, new: now, delta });

describe('plan diff: the økonomiplan', { timeout: 60_000 }, () => {
  it('shows the frame, every changed line and the year that went out of balance (json)', async () => {
    repo = new GitRepo(V1);
    const v1 = repo.git('rev-parse', 'HEAD');
    repo.commit(V2);
    const r = await diff([v1, 'HEAD', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).okonomiplan).toEqual([
      {
        budget: 'okonomiplan',
        title: 'Økonomiplan 2027–2028',
        plan: 'hp',
        status: 'changed',
        frames: [{ unit: 'helse', title: 'Helse', year: 2028, old: 3289.9, new: 3300, delta: 10.1 }],
        lines: [
          line('netAppropriations', 6, 5840, 5850.1, 10.1),
          line('netOperatingExpenses', 8, 6050, 6060.1, 10.1),
          line('grossOperatingResult', 9, 50.1, 40, -10.1),
          line('netOperatingResult', 17, 91.6, 81.5, -10.1),
          line('carriedForward', 25, 0, -10.1, -10.1),
        ],
        balance: [{ year: 2028, table: 'operating', change: 'unbalanced', old: 0, new: -10.1 }],
      },
    ]);
  });

  it('says when a year is back in balance (text and md)', async () => {
    repo = new GitRepo(V2);
    const v2 = repo.git('rev-parse', 'HEAD');
    repo.commit(V3);
    const text = await diff([v2, 'HEAD']);
    expect(text.out).toContain('Økonomiplan: Økonomiplan 2027–2028 (endret, beløp i 1000 kr)');
    expect(text.out).toContain('  ✓ 2028: drift er i balanse igjen: −10,1 → 0');
    expect(text.out).toContain('    ~ drift 21 Avsetninger til disposisjonsfond 2028: 70 → 59,9 (−10,1)');
    expect(text.out).toContain('    ~ drift 24 Sum disponeringer eller dekning av netto driftsresultat 2028: 91,6 → 81,5 (−10,1)');
    expect(text.out).toContain('    ~ drift 25 Fremført til inndekning i senere år (merforbruk) 2028: −10,1 → 0 (+10,1)');
    expect(text.out).not.toContain('Netto rammer per enhet');
    const md = await diff([v2, 'HEAD', '--format', 'md']);
    expect(md.out).toContain('### Økonomiplan: Økonomiplan 2027–2028\n\n_endret, beløp i 1000 kr_\n\n**Balanse**\n\n- ✅ 2028: drift er i balanse igjen: −10,1 → 0\n');
    expect(md.out).toContain('| drift 21 Avsetninger til disposisjonsfond | 2028 | 70 | 59,9 | **−10,1** |');
  });

  it('shows the frame change in text and md, and leaves an unchanged økonomiplan out', async () => {
    repo = new GitRepo(V1);
    const v1 = repo.git('rev-parse', 'HEAD');
    repo.commit(V2);
    const text = await diff([v1, 'HEAD']);
    expect(text.out).toContain('  ! 2028: drift er ikke lenger i balanse: 0 → −10,1');
    expect(text.out).toContain('    ~ Helse 2028: 3\u00a0289,9 → 3\u00a0300 (+10,1)');
    const md = await diff([v1, 'HEAD', '--format', 'md']);
    expect(md.out).toContain('| Helse | 2028 | 3\u00a0289,9 | 3\u00a0300 | **+10,1** |');
    repo.write({ 'goal.yaml': `${V1['goal.yaml']}\n` });
    const none = await diff(['HEAD', '--format', 'json']);
    expect(JSON.parse(none.out).okonomiplan).toEqual([]);
  });

  it('shows an added Budget with every frame and line new, and no balance change (it balances)', async () => {
    const { ['budget.yaml']: _budget, ...without } = V1;
    repo = new GitRepo(without);
    const before = repo.git('rev-parse', 'HEAD');
    repo.commit(V1);
    const [o] = JSON.parse((await diff([before, 'HEAD', '--format', 'json'])).out).okonomiplan;
    expect(o).toMatchObject({ budget: 'okonomiplan', status: 'added', balance: [] });
    expect(o.frames[0]).toEqual({ unit: 'helse', title: 'Helse', year: 2027, old: null, new: 3129.8, delta: 3129.8 });
    // Every line of both tables in both years (the lines that are 0 too: they are new).
    expect(o.lines).toHaveLength((25 + 17) * 2);
  });
});
