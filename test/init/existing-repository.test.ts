// The runs speak nb: the test environment names no language planverk speaks (LANG=C or unset).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/plan-cli.js';
import { planHere } from '../helpers/plan-here.js';

/** Every path under `dir`, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('plan init in an existing plan repository', { timeout: 60_000 }, () => {
  it('refuses inside one, even with --force, naming its plan.yaml, and writes nothing', async () => {
    const root = join(tempDir(), 'asker');
    expect((await planHere(['init', root])).code).toBe(0);
    const inside = join(root, 'goals', 'nye');
    mkdirSync(inside);
    const before = tree(root);
    for (const args of [['init', inside], ['init', inside, '--force'], ['init', inside, '--dry-run']]) {
      const r = await planHere(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(`ligger inne i planrepositoriet ${root} (${join(root, 'plan.yaml')}); ingenting ble skrevet`);
    }
    expect(tree(root)).toEqual(before);
    // The working folder counts the same way as [dir].
    expect((await planHere(['init'], { cwd: inside })).code).toBe(2);
    expect(existsSync(join(inside, 'plan.yaml'))).toBe(false);
  });

  it('in the repository itself: says so, lists the files in the way, and overwrites them only with --force', async () => {
    const root = join(tempDir(), 'asker');
    expect((await planHere(['init', root])).code).toBe(0);
    writeFileSync(join(root, 'plan.yaml'), readFileSync(join(root, 'plan.yaml'), 'utf8').replace('Eksempel kommune', 'Asker kommune'));
    const r = await planHere(['init', root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/har allerede et planrepositorium \(plan\.yaml\), og \d+ av filene som skal opprettes finnes; ingenting ble skrevet/);
    expect(readFileSync(join(root, 'plan.yaml'), 'utf8')).toContain('Asker kommune');
    expect((await planHere(['init', root, '--force'])).code).toBe(0);
    expect(readFileSync(join(root, 'plan.yaml'), 'utf8')).not.toContain('Asker kommune');
  });
});

describe('plan init --dry-run', { timeout: 60_000 }, () => {
  it('lists what it would create and writes nothing', async () => {
    const dir = join(tempDir(), 'new');
    const r = await planHere(['init', dir, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^plan init ville skrevet \\d+ filer i ${dir}:\\n`));
    expect(r.stdout).toMatch(/^ {2}opprett {4}plan\.yaml$/m);
    expect(r.stdout).toMatch(/^ {2}opprett {4}\.github\/workflows\/plan-comment\.yml$/m);
    expect(existsSync(dir)).toBe(false);
  });

  it('speaks the language of the new repository: --locale en, LANG=nn_NO', async () => {
    const dir = join(tempDir(), 'new');
    const en = await planHere(['init', dir, '--dry-run', '--locale', 'en']);
    expect(en.stdout).toMatch(new RegExp(`^plan init would write \\d+ files in ${dir}:\\n`));
    expect(en.stdout).toMatch(/^ {2}create {5}plan\.yaml$/m);
    const nn = await planHere(['init', dir, '--dry-run'], { env: { LANG: 'nn_NO.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });
    expect(nn.stdout).toMatch(new RegExp(`^plan init ville skrive \\d+ filer i ${dir}:\\n`));
  });

  it('marks the files in the way, and exits as the real run would', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.gitignore'), 'mine\n');
    const refused = await planHere(['init', dir, '--dry-run']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toMatch(/ville ikke skrevet noe .*: 1 av filene finnes \(--force overskriver dem\)/);
    expect(refused.stdout).toMatch(/^ {2}finnes {5}\.gitignore$/m);
    const forced = await planHere(['init', dir, '--dry-run', '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/, og overskrevet 1:\n/);
    expect(forced.stdout).toMatch(/^ {2}overskriv {2}\.gitignore$/m);
    expect(tree(dir)).toEqual(['.gitignore']);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('mine\n');
  });
});
