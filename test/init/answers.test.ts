import { describe, expect, it } from 'vitest';
import { answersFromFlags, askAnswers } from '../../src/init/answers.js';
import { idFromName, lastElectionYear } from '../../src/init/scaffold.js';

const NOW = new Date('2026-11-26T12:00:00Z');

/** A fake terminal: answers the questions in order and records them. */
function replies(...answers: string[]): { ask: (q: string) => Promise<string>; asked: string[] } {
  const asked: string[] = [];
  return { asked, ask: async (q) => (asked.push(q), answers.shift() ?? '') };
}

describe('plan init answers', () => {
  it('defaults without flags: nb, the latest election year, no number', () => {
    expect(answersFromFlags({}, NOW)).toEqual({ name: 'Eksempel kommune', locale: 'nb', firstElectionYear: 2023 });
    expect(lastElectionYear(2027)).toBe(2027);
    expect(lastElectionYear(2030)).toBe(2027);
  });

  it('asks locale, name, number and election year; empty replies take the defaults', async () => {
    const t = replies('en', '', '', '');
    expect(await askAnswers({}, NOW, t.ask)).toEqual({ name: 'Example municipality', locale: 'en', firstElectionYear: 2023 });
    expect(t.asked).toHaveLength(4);
    expect(t.asked[3]).toContain('[2023]');
  });

  it('asks again after a bad reply, and not at all for what flags gave', async () => {
    const t = replies('12', '3203', '2024', '2019');
    expect(await askAnswers({ locale: 'nb', name: 'Asker kommune' }, NOW, t.ask)).toEqual({ name: 'Asker kommune', locale: 'nb', number: '3203', firstElectionYear: 2019 });
    expect(t.asked).toHaveLength(4);
    expect(t.asked[1]).toMatch(/^\(et kommunenummer har 4 sifre/);
    expect(t.asked[3]).toMatch(/^\(et kommunevalgår/);
  });

  it('asks in the language of the environment first, then in the one chosen', async () => {
    const t = replies('nn', '', '', '');
    expect(await askAnswers({}, NOW, t.ask, { LANG: 'en_GB.UTF-8' })).toEqual({ name: 'Døme kommune', locale: 'nn', firstElectionYear: 2023 });
    expect(t.asked[0]).toMatch(/^Language of reports/);
    expect(t.asked[1]).toMatch(/^Kommunenamn/);
    expect(t.asked[3]).toMatch(/^Første valår/);
  });

  it('defaults to the environment language when there is no workspace yet', () => {
    expect(answersFromFlags({}, NOW, { LANG: 'nn_NO.UTF-8' }).locale).toBe('nn');
    expect(answersFromFlags({ locale: 'en' }, NOW, { LANG: 'nn_NO.UTF-8' }).locale).toBe('en');
  });

  it('makes ids from names', () => {
    expect(idFromName('Asker kommune')).toBe('asker');
    expect(idFromName('Bø i Telemark')).toBe('bo-i-telemark');
    expect(idFromName('Kåfjord – Gáivuotna')).toBe('kafjord-gaivuotna');
    expect(idFromName('Kvam herad')).toBe('kvam');
    expect(idFromName('!!!')).toBe('kommune');
  });
});
