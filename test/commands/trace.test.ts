import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

describe('plan trace --plan on a plan without goals (issue 18)', () => {
  it('says so on stderr, naming the parent plan to try', async () => {
    const r = await run(['trace', '--plan', 'klimaplan-2030', '--locale', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: plan "klimaplan-2030" has no goals, so its golden thread is empty; try --plan kommuneplan-2040');
    const withGoals = await run(['trace', '--plan', 'kommuneplan-2040', '--locale', 'en']);
    expect(withGoals.stderr).not.toContain('no goals');
  });
});
