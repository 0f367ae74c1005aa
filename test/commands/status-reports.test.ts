import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { EXAMPLE } from '../helpers/example-repo.js';
import { makeIo } from '../helpers/fake-io.js';

/** The progress of "Ny barneskole på Spikkestad" and the reports in force, as `plan status --format json` gives them on a day. */
async function onDay(day: string) {
  const { io, stdout, stderr } = makeIo(EXAMPLE);
  expect(await main(['status', '--format', 'json', '--as-of', day, '--plan', 'kommuneplan-2040'], io)).toBe(0);
  expect(stderr.text).toBe('');
  const plan = JSON.parse(stdout.text).plans[0];
  const measures = plan.focusAreas.flatMap((a: { goals: { measures: { id: string; progress?: string; comment?: string }[] }[] }) => a.goals.flatMap((g) => g.measures));
  return { reports: plan.reports.map((r: { id: string }) => r.id), school: measures.find((m: { id: string }) => m.id === 'ny-skole-spikkestad') };
}

describe('plan status: measure progress from the StatusReport in force', () => {
  it('picks the latest report with asOf on or before --as-of', async () => {
    expect(await onDay('2026-06-01')).toEqual({ reports: [], school: { id: 'ny-skole-spikkestad', title: 'Ny barneskole på Spikkestad' } });
    // The årsberetning 2026 (asOf 2026-12-31) is in force until the first tertial; it does not report the school.
    expect(await onDay('2027-01-15')).toEqual({ reports: ['arsberetning-2026'], school: { id: 'ny-skole-spikkestad', title: 'Ny barneskole på Spikkestad' } });
    // The day of the first tertial report: it is in force from its asOf.
    const first = await onDay('2027-04-30');
    expect(first.reports).toEqual(['tertial-1-2027']);
    expect(first.school).toMatchObject({ progress: 'delayed', comment: 'Anbudet lyses ut på nytt' });
    const second = await onDay('2027-09-01');
    expect(second.reports).toEqual(['tertial-2-2027']);
  });

  it('shows the measures beside the indicators in text and Markdown, with the report named', async () => {
    const md = makeIo(EXAMPLE);
    expect(await main(['status', '--format', 'md', '--as-of', '2027-05-15', '--plan', 'kommuneplan-2040'], md.io)).toBe(0);
    expect(md.stdout.text).toContain('Fremdrift fra 1. tertialrapport 2027 per 2027-04-30');
    expect(md.stdout.text).toContain('| Mål | Tiltak | Fremdrift | Kommentar |');
    expect(md.stdout.text).toContain('|  | Ny barneskole på Spikkestad | ◆ Forsinket | Anbudet lyses ut på nytt |');
    const text = makeIo(EXAMPLE);
    expect(await main(['status', '--format', 'text', '--as-of', '2027-05-15', '--plan', 'kommuneplan-2040', '--no-color'], text.io)).toBe(0);
    expect(text.stdout.text).toMatch(/Ny barneskole på Spikkestad\s+◆ Forsinket\s+Anbudet lyses ut på nytt/);
  });

  it('says so when no report is in force, in the workspace language', async () => {
    const { io, stdout } = makeIo(EXAMPLE);
    expect(await main(['status', '--format', 'text', '--as-of', '2026-01-10', '--plan', 'kommuneplan-2040'], io)).toBe(0);
    expect(stdout.text).toContain('Ingen statusrapport per 2026-01-10.');
    expect(stdout.text).toContain('– Ikke rapportert');
  });
});
