import { describe, expect, it } from 'vitest';
import { diff } from '../../src/commands/diff.js';
import { captureIo } from '../helpers/capture-io.js';
import { GitRepo } from '../helpers/git-repo.js';
import { BARNEHAGE, fixturePath, OKONOMI, runImport, WORKSPACE } from './helpers/repo.js';

describe('plan diff after plan import ssb', () => {
  it('shows the new figures as changes of the indicators', async () => {
    const git = new GitRepo({ 'plan.yaml': WORKSPACE, 'indicators/okonomi.yaml': OKONOMI, 'indicators/barnehage.yaml': BARNEHAGE });
    try {
      expect((await runImport(git.dir, { sources: [fixturePath('12134.json')] })).code).toBe(0);
      const io = captureIo(git.dir);
      await diff({ base: 'HEAD', format: 'json' }, io);
      const result = JSON.parse(io.out());
      const changed = result.documents.filter((d: { status: string }) => d.status === 'changed').map((d: { id: string }) => d.id).sort();
      expect(changed).toEqual(['netto-driftsresultat', 'netto-lanegjeld']);
      const text = captureIo(git.dir);
      await diff({ base: 'HEAD', format: 'text' }, text);
      expect(text.out()).toContain('actuals[year=2023].value: \u22120,4 → \u22120,5');
      expect(text.out()).toContain('+ actuals[year=2025]');
    } finally {
      git.remove();
    }
  });
});
