import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { isInteractive } from '../../src/commands/status.js';
import { EXAMPLE } from '../helpers/example-repo.js';
import { makeIo } from '../helpers/fake-io.js';
import { run } from '../helpers/run.js';

const BROKEN = fileURLToPath(new URL('../fixtures/status/broken', import.meta.url));

describe('plan status', () => {
  it('prints the Markdown scorecard of the example', async () => {
    const { io, stdout, stderr } = makeIo(EXAMPLE);
    expect(await main(['status', '--format', 'md', '--as-of', '2026-08-31'], io)).toBe(0);
    expect(stderr.text).toBe('');
    expect(stdout.text).toMatch(/^# Kommuneplanens samfunnsdel 2020–2040: målstatus 2025\n/);
    expect(stdout.text).toContain('20 indikatorer: ★ 3 nådd · ● 7 i rute · ▲ 3 i faresonen · ✖ 6 ikke i rute · ○ 1 ingen data (gevinster per 2026-08-31)');
    expect(stdout.text).toContain(
      '| Innbyggerne deltar aktivt i utviklingen av lokalsamfunnet | Valgdeltakelse ved kommunestyrevalg | ✖ Ikke i rute | 66,4 % (2023) | 70,98 % | 72 % (2027) | % | – | ▄ 66,4 % |',
    );
    expect(stdout.text).toContain('| Flere boliger nær tjenester og kollektivtilbud i Slemmestad | Forsinket | 2026-06-30 | Andel nye boliger i prioriterte sentrumsområder og knutepunkter | ✖ Ikke i rute |');
  });

  it('measures another year with --year', async () => {
    const { io, stdout } = makeIo(EXAMPLE);
    expect(await main(['status', '--format', 'json', '--year', '2024', '--as-of', '2026-08-31'], io)).toBe(0);
    const card = JSON.parse(stdout.text);
    expect(card.year).toBe(2024);
    expect(card.plans[0].counts).toEqual({ reached: 2, 'on-track': 5, 'at-risk': 5, 'off-track': 7, 'no-data': 1, 'no-target': 0 });
  });

  it('selects a plan with --plan and rejects an unknown one with a hint (exit 2)', async () => {
    const ok = makeIo(EXAMPLE);
    expect(await main(['status', '--plan', 'kommuneplan-2040', '--format', 'json', '--as-of', '2026-08-31'], ok.io)).toBe(0);
    expect(JSON.parse(ok.stdout.text).plans.map((p: { id: string }) => p.id)).toEqual(['kommuneplan-2040']);
    const bad = makeIo(EXAMPLE);
    expect(await main(['status', '--plan', 'kommuneplan-2041'], bad.io)).toBe(2);
    expect(bad.stderr.text).toMatch(/^plan: finner ingen plan «kommuneplan-2041»; mente du «kommuneplan-2040»\?; velg en av: /);
    const choices = bad.stderr.text.split('velg en av: ')[1]!.trim().split(', ');
    expect(choices).toContain('kommuneplan-2040');
    expect(choices).toEqual([...choices].sort());
  });

  it.each([
    [['--year', '25']],
    [['--as-of', '31.08.2026']],
    [['--format', 'html']],
  ])('rejects bad flags %j with exit 2', async (flags) => {
    const { io, stdout, stderr } = makeIo(EXAMPLE);
    expect(await main(['status', ...flags], io)).toBe(2);
    expect(stdout.text).toBe('');
    expect(stderr.text.trim().split('\n')).toHaveLength(1);
  });

  it('shows the scorecard without invalid documents and exits 1 when the repository has errors', async () => {
    const { io, stdout, stderr } = makeIo(BROKEN);
    expect(await main(['status', '--format', 'text', '--as-of', '2026-08-31'], io)).toBe(1);
    expect(stderr.text).toContain('✖ 1 problem (1 error, 0 warnings)');
    expect(stdout.text).toContain('A good indicator');
    expect(stdout.text).not.toContain('A broken indicator');
    expect(stdout.text).toContain('● 1 on track');
  });

  it('runs the interactive view on a terminal until q', async () => {
    const { io, stdout, stdin } = makeIo(EXAMPLE, { tty: true });
    const done = main(['status', '--as-of', '2026-08-31'], io);
    // Wait (bounded) until ink listens to the keyboard. Under CI ink draws only the
    // last frame, when it exits, so the frame is checked after q.
    for (let i = 0; i < 4000 && stdin!.listenerCount('readable') === 0; i++) await new Promise((r) => setTimeout(r, 5));
    stdin!.write('q');
    expect(await done).toBe(0);
    expect(stdout.text).toContain('Kommuneplanens samfunnsdel 2020–2040 · Målstatus 2025');
    expect(stdout.text).toContain('q avslutt');
  });

  it('prints a table on a terminal when CI is set', async () => {
    const { io, stdout } = makeIo(EXAMPLE, { tty: true, env: { CI: 'true' } });
    expect(await main(['status', '--as-of', '2026-08-31'], io)).toBe(0);
    expect(stdout.text).toMatch(/^■ Kommuneplanens samfunnsdel 2020–2040: målstatus 2025\n/);
    expect(stdout.text).not.toContain('q avslutt');
  });
});

describe('isInteractive', () => {
  const tty = makeIo(EXAMPLE, { tty: true }).io;
  it('is true only for a terminal without --format and without CI', () => {
    expect(isInteractive({}, tty)).toBe(true);
    expect(isInteractive({ format: 'text' }, tty)).toBe(false);
    expect(isInteractive({}, { ...tty, env: { CI: '1' } })).toBe(false);
    expect(isInteractive({}, { ...tty, env: { CI: 'false' } })).toBe(true);
    expect(isInteractive({}, makeIo(EXAMPLE).io)).toBe(false);
    expect(isInteractive({}, { ...tty, stdin: undefined })).toBe(false);
  });
});

describe('plan status --plan <handlingsprogram> (issue 18)', () => {
  it('shows the goals it implements through its parent, and its benefits', async () => {
    const r = await run(['status', '--plan', 'handlingsprogram-2027-2030', '--format', 'text', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(mål fra kommuneplan-2040)');
    expect(r.stdout).not.toContain('Ingen gevinster.');
    expect(r.stdout).toContain('▸ ');
  });
});

describe('plan status --year far outside the data (issue 18)', () => {
  it('warns, and still shows the scorecard', async () => {
    const far = await run(['status', '--year', '2150', '--format', 'text']);
    expect(far.code).toBe(0);
    expect(far.stderr).toMatch(/advarsel: --year 2150 ligger langt utenfor dataene \(\d{4}–\d{4}\)/);
    const near = await run(['status', '--year', '2025', '--format', 'text']);
    expect(near.stderr).not.toContain('--year');
  });
});
