import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/io.js';
import { EXAMPLE, runArshjul } from '../arshjul/run.js';
import { plan } from '../helpers/plan-cli.js';

const BIN = fileURLToPath(new URL('../../bin/plan.js', import.meta.url));

async function cli(argv: string[], cwd = EXAMPLE): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = { cwd, env: { SOURCE_DATE_EPOCH: '1810987200' }, stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-arshjul-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('plan arshjul', { timeout: 30_000 }, () => {
  it('writes --out atomically and refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planverk-out-'));
    const out = join(dir, 'hjul.svg');
    const first = await runArshjul({ year: 2027, out });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg /);
    const again = await cli(['arshjul', '--year', '2027', '--out', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/finnes; bruk --force/);
    expect((await cli(['arshjul', '--year', '2027', '--out', out, '--force'])).code).toBe(0);
  });

  it('takes the format from the --out extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planverk-out-'));
    await runArshjul({ year: 2027, out: join(dir, 'hjul.ics') });
    expect(readFileSync(join(dir, 'hjul.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it.each([
    [['--calendar', 'styringshjull'], /finner ingen kalender «styringshjull»; mente du «styringshjul»\?/],
    [['--calendar', 'styringshjull', '--locale', 'en'], /no calendar "styringshjull"; did you mean "styringshjul"\?/],
    [['--year', '2027', '--from', '2026'], /enten --year eller --from\/--to, ikke begge/],
    [['--from', '2028', '--to', '2026'], /--to 2026 ligger før --from 2028/],
    [['--from', '2028', '--to', '2026', '--locale', 'en'], /--to 2026 is before --from 2028/],
    [['--from', '2026', '--locale', 'nn'], /--from krev --to .*bruk --year/],
    [['--from', '2026'], /--from krever --to .*bruk --year/],
    [['--to', '2026'], /--to krever --from .*bruk --year/],
    [['--from', '2026', '--to', '2027', '--format', 'svg'], /svg tegner ett år/],
    [['--year', '27'], /ugyldig verdi «27» for --year: --year krever et årstall fra 1900 til 2200/],
    [['--start-month', '13'], /månedsnummer fra 1 til 12/],
    [['--format', 'pdf'], /ugyldig verdi «pdf» for --format: velg én av svg, html, ics, md/],
  ])('stops with exit 2 and one line for %j', async (args, message) => {
    const { code, stdout, stderr } = await cli(['arshjul', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('prints the errors of a calendar the stylish way and exits 1, leaving the invalid calendar out', async () => {
    const dir = repo({
      'plan.yaml': 'kind: Workspace\nid: ws\nname: Test\n',
      'calendars/hjul.yaml': 'kind: Calendar\nid: hjul\ntitle: Hjul\nevents:\n  - { id: a, title: A, category: budget, month: 2, day: 30 }\n',
    });
    const { code, stderr } = await cli(['arshjul', '--year', '2027'], dir);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^\.\/calendars\/hjul\.yaml\n {2}5:\d+ +feil .*event-impossible-date$/m);
    expect(stderr.match(/event-impossible-date/g)).toHaveLength(1);
  });

  it('tells how to include a built-in calendar, and draws a repository without calendars', async () => {
    const dir = repo({ 'plan.yaml': 'kind: Workspace\nid: ws\nname: Test\n' });
    const missing = await cli(['arshjul', '--calendar', 'norway-municipal'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/er ikke tatt med; legg den til under calendars.include/);
    const empty = await cli(['arshjul', '--year', '2027', '--format', 'svg'], dir);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toContain('data-category="other"');
    expect((await cli(['arshjul', '--year', '2027', '--format', 'ics'], dir)).stdout).not.toContain('BEGIN:VEVENT');
  });

  it('warns about council-year events it cannot place and draws the rest', async () => {
    const dir = repo({
      'plan.yaml': 'kind: Workspace\nid: ws\nname: Test\n',
      'calendars/hjul.yaml': 'kind: Calendar\nid: hjul\ntitle: Hjul\nevents:\n  - { id: a, title: A, category: planning, month: 10, councilYear: 1 }\n  - { id: b, title: B, category: budget, month: 3 }\n',
    });
    const { code, stdout, stderr } = await cli(['arshjul', '--year', '2027', '--format', 'md'], dir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/advarsel: 1 hendelse med councilYear er utelatt \(a\)/);
    expect(stdout).toContain('| B |');
  });

  it('runs from the built bin', () => {
    if (!existsSync(join(BIN, '../../dist/cli.js'))) throw new Error('run npm run build:dist first');
    const r = plan(['arshjul', EXAMPLE, '--year', '2027', '--calendar', 'kommuneplanhjul', '--format', 'md'], { env: { SOURCE_DATE_EPOCH: '1810987200' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| **oktober** | oktober | Konstituerende møte i nytt kommunestyre | Politisk | Kommunestyret |  |');
  });
});
