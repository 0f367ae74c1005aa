import { describe, expect, it } from 'vitest';
import { plan } from '../helpers/plan-cli.js';
import { fixturePath, OKONOMI, read, repo } from './helpers/repo.js';

describe('the built bin: plan import ssb', () => {
  it('prints the report on stdout and exits 0; --dry-run leaves the files alone', () => {
    const dir = repo();
    const r = plan(['import', 'ssb', fixturePath('12134.json'), '--dry-run', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^netto-driftsresultat {2}indicators\/okonomi\.yaml {2}table 12134\n {2}added {6}2015: 4\.1, /);
    expect(r.stdout).toMatch(/Dry run: nothing written \(1 file would change\)\.\n$/);
    expect(read(dir, 'indicators/okonomi.yaml')).toBe(OKONOMI);
  });

  it('names the repository folder among the arguments, and exits 2 with one line on a bad file', () => {
    const dir = repo({ 'x.json': '<html>' });
    const r = plan(['import', 'ssb', 'x.json', dir], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('plan: x.json er ikke JSON-stat: det er ikke JSON\n');
  });
});
