import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsText as escapeText, fold } from '../../../src/output/ics.js';
import type { ArshjulOptions } from '../../../src/commands/arshjul.js';
import { runArshjul } from '../../arshjul/run.js';

/** Every VEVENT of a feed as "uid-event start end" (DTEND exclusive), with the parsed events. */
async function feed(calendar: string | undefined, year: number, options: Partial<ArshjulOptions> = { monthEvents: 'span' }) {
  const { code, stdout } = await runArshjul({ calendar, year, format: 'ics', ...options });
  expect(code).toBe(0);
  const root = new ICAL.Component(ICAL.parse(stdout));
  const events = root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  for (const e of events) {
    expect(e.startDate.isDate).toBe(true);
    expect(e.endDate.isDate).toBe(true);
  }
  return { text: stdout, root, events, rows: events.map((e) => `${e.uid.split('.')[0]} ${e.startDate.toString()} ${e.endDate.toString()}`) };
}

const styring = (y: number) => [
  `${y}-lederforum-januar ${y}-01-01 ${y}-02-01`,
  `${y}-virksomhetsplaner ${y}-01-31 ${y}-02-01`,
  `${y}-kommunestyremote-februar ${y}-02-01 ${y}-03-01`,
  `${y}-kostra-forelopige ${y}-03-15 ${y}-03-16`,
  `${y}-budsjettkonferanse ${y}-04-01 ${y}-05-01`,
  `${y}-innspill-handlingsprogram ${y}-05-15 ${y}-05-16`,
  `${y}-tertialrapport-1 ${y}-06-01 ${y}-07-01`,
  `${y}-arsregnskap-vedtas ${y}-06-01 ${y}-07-01`,
  `${y}-kostra-endelige ${y}-06-15 ${y}-06-16`,
  `${y}-kommunestyremote-september ${y}-09-01 ${y}-10-01`,
  `${y}-medarbeiderundersokelse ${y}-09-01 ${y}-10-01`,
  `${y}-tertialrapport-2 ${y}-10-01 ${y}-11-01`,
  `${y}-forslag-handlingsprogram ${y}-10-20 ${y}-10-21`,
  `${y}-budsjettbehandling-utvalg ${y}-11-01 ${y}-12-01`,
  `${y}-handlingsprogram-vedtas ${y}-12-15 ${y}-12-16`,
];
const sorted = (rows: string[]) => [...rows].sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!));
const span = '2026-nytt-okonomisystem 2026-12-01 2027-02-01';

describe('plan arshjul --format ics', { timeout: 30_000 }, () => {
  it('has every occurrence of the styringshjul in 2026', async () => {
    const { rows } = await feed('styringshjul', 2026);
    expect(rows.sort()).toEqual([...styring(2026), span].sort());
  });

  it('has every occurrence of the styringshjul in 2027 (an election year), the span over the year end with its first UID', async () => {
    const { rows } = await feed('styringshjul', 2027);
    expect(rows.sort()).toEqual(
      [...styring(2027), span, '2027-lederprogram-modul-4-2027 2027-01-19 2027-01-21', '2027-innbyggerundersokelse-2027 2027-03-01 2027-04-01'].sort(),
    );
  });

  it('lists events by start day', async () => {
    const { rows } = await feed('styringshjul', 2027);
    expect(rows.map((r) => r.split(' ')[1])).toEqual(sorted(rows).map((r) => r.split(' ')[1]));
  });

  it('has the kommuneplanhjul of council year 3 in 2026 and year 4 in 2027', async () => {
    expect((await feed('kommuneplanhjul', 2026)).rows).toEqual([
      '2026-temaplaner-revideres 2026-03-01 2026-04-01',
      '2026-arealdel-hoering 2026-04-01 2026-05-01',
      '2026-arealdel-vedtas 2026-11-01 2026-12-01',
    ]);
    expect((await feed('kommuneplanhjul', 2027)).rows).toEqual([
      '2027-periodeevaluering 2027-03-01 2027-04-01',
      '2027-konstituerende-mote 2027-10-01 2027-11-01',
    ]);
  });

  it('has the statutory deadlines, with the election only in the election year', async () => {
    const y26 = (await feed('norway-municipal', 2026)).rows.map((r) => r.split(' ')[0]);
    const y27 = (await feed('norway-municipal', 2027)).rows;
    expect(y26).not.toContain('2026-kommunestyrevalg');
    expect(y27).toContain('2027-kommunestyrevalg 2027-09-01 2027-10-01');
    expect(y27).toContain('2027-konstituering 2027-10-31 2027-11-01');
    expect(y27).toContain('2027-arsregnskap-avlagt 2027-02-22 2027-02-23');
    expect(y27).toContain('2027-okonomiplan-arsbudsjett-vedtatt 2027-12-31 2028-01-01');
    expect((await feed('norway-municipal', 2028)).rows).toContain('2028-planstrategi-frist 2028-10-31 2028-11-01');
  });

  it('carries the calendar headers, text fields and categories', async () => {
    const { root, events } = await feed('styringshjul', 2027);
    expect(root.getFirstPropertyValue('version')).toBe('2.0');
    expect(root.getFirstPropertyValue('prodid')).toMatch(/planverk/);
    expect(root.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(root.getFirstPropertyValue('x-wr-calname')).toBe('Årshjul for plan og styring');
    const vedtak = events.find((e) => e.uid.startsWith('2027-handlingsprogram-vedtas.'))!;
    expect(vedtak.uid).toBe('2027-handlingsprogram-vedtas.styringshjul.asker@planverk');
    expect(vedtak.summary).toBe('Handlingsprogram og årsbudsjett vedtas');
    expect(vedtak.description).toContain('Organ: Kommunestyret');
    expect(vedtak.description).toContain('Hjemmel: Kommuneloven § 14-3 og plan- og bygningsloven § 11-1');
    expect(vedtak.component.getFirstPropertyValue('categories')).toBe('Budsjett');
    expect(vedtak.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2027-05-20T12:00:00Z');
    const lederprogram = events.find((e) => e.uid.startsWith('2027-lederprogram'))!;
    expect(lederprogram.summary).toBe('Lederprogram, modul 4 – strategisk ledelse og implementering');
    const konferanse = events.find((e) => e.uid.startsWith('2027-budsjettkonferanse'))!;
    expect(konferanse.description).toContain('Utfordringsbilde, KOSTRA-analyser og status for målene legges fram.');
  });

  it('keeps UIDs unique and stable between exports', async () => {
    const a = await feed('styringshjul', 2027);
    const b = await feed('styringshjul', 2027);
    expect(new Set(a.events.map((e) => e.uid)).size).toBe(a.events.length);
    expect(b.events.map((e) => e.uid)).toEqual(a.events.map((e) => e.uid));
  });

  it('ends every line with CRLF and folds lines at 75 octets', async () => {
    const { text } = await feed('norway-municipal', 2027);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });
});

/** Days between two ical.js dates. */
const days = (a: ICAL.Time, b: ICAL.Time) => Math.round((b.toJSDate().getTime() - a.toJSDate().getTime()) / 86_400_000);

describe('plan arshjul --format ics, 2027–2030 (month-only events as one day, series)', { timeout: 30_000 }, () => {
  async function range(monthEvents?: 'day' | 'span') {
    const { code, stdout } = await runArshjul({ from: 2027, to: 2030, format: 'ics', monthEvents });
    expect(code).toBe(0);
    const root = new ICAL.Component(ICAL.parse(stdout));
    return root.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }

  it('has no event longer than its real duration: month-only events are one transparent day', async () => {
    const events = await range();
    expect(events.length).toBeGreaterThan(10);
    // The example's only multi-day events are the one-off spans (date + end); none lasts a month as a yearly event.
    const long = events.filter((e) => days(e.startDate, e.endDate) > 1).map((e) => `${e.uid.split('.')[0]} ${days(e.startDate, e.endDate)}`);
    // Only the one-off events whose date and end span several days last longer than a day, each as long as it is.
    expect(long.sort()).toEqual(['2026-nytt-okonomisystem 62', '2027-innbyggerundersokelse-2027 31', '2027-lederprogram-modul-4-2027 2']);
    const mote = events.find((e) => e.uid.startsWith('kommunestyremote-september.styringshjul.'))!;
    expect(days(mote.startDate, mote.endDate)).toBe(1);
    expect(mote.startDate.toString()).toBe('2027-09-01');
    expect(mote.summary).toMatch(/\(i løpet av september\)$/);
    expect(mote.description).toMatch(/^I løpet av september\./);
    for (const e of events) expect(e.component.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('imports repeating events as yearly series that expand to every year', async () => {
    const events = await range();
    const vedtak = events.find((e) => e.uid === 'handlingsprogram-vedtas.styringshjul.asker@planverk')!;
    expect(vedtak.isRecurring()).toBe(true);
    const it = vedtak.iterator();
    const dates: string[] = [];
    for (let next = it.next(); next; next = it.next()) dates.push(next.toString());
    expect(dates).toEqual(['2027-12-15', '2028-12-15', '2029-12-15', '2030-12-15']);
    // Council-year events repeat every fourth year: one occurrence in 2027–2030, so no series.
    expect(events.filter((e) => e.uid.includes('kommunestyrevalg')).map((e) => e.uid)).toEqual(['2027-kommunestyrevalg.norway-municipal.asker@planverk']);
    // One VEVENT per UID, besides the override instances of a series (RECURRENCE-ID), which add no occurrence.
    const masters = events.filter((e) => !e.isRecurrenceException());
    const uids = masters.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of events.filter((x) => x.isRecurrenceException())) expect(uids).toContain(e.uid);
    // Far fewer VEVENTs than occurrences: the series carry the repeats.
    const occurrences = masters.reduce((n, e) => n + (e.isRecurring() ? Number((e.component.getFirstPropertyValue('rrule') as ICAL.Recur).count) : 1), 0);
    expect(masters.length).toBeLessThan(occurrences / 2);
  });

  it('keeps the "Levert: …" of a later year as an override instance of the series (RECURRENCE-ID)', async () => {
    const { code, stdout } = await runArshjul({ from: 2026, to: 2028, format: 'ics' });
    expect(code).toBe(0);
    const root = new ICAL.Component(ICAL.parse(stdout));
    const vevents = root.getAllSubcomponents('vevent');
    const of = (uid: string) => vevents.filter((v) => v.getFirstPropertyValue('uid') === uid).map((v) => new ICAL.Event(v));
    // Per year, the description a calendar app shows: the master's, or the override's of that day.
    const descriptions = (uid: string) => {
      const [master, ...exceptions] = of(uid);
      expect(master!.isRecurring()).toBe(true);
      for (const e of exceptions) {
        expect(e.isRecurrenceException()).toBe(true);
        master!.relateException(e);
      }
      const out: Record<string, string> = {};
      const it = master!.iterator();
      for (let next = it.next(); next; next = it.next()) {
        const details = master!.getOccurrenceDetails(next);
        out[next.toString()] = details.item.description.replace(/\n/g, ' | ').match(/Levert: .*$/)?.[0] ?? '–';
      }
      return { out, exceptions: exceptions.map((e) => e.recurrenceId.toString()) };
    };
    // The årsberetning 2026 is due 31 March 2027; the years before and after have no report, so only 2027 is an override.
    expect(descriptions('arsberetning-avgitt.norway-municipal.asker@planverk')).toEqual({
      out: { '2026-03-31': '–', '2027-03-31': 'Levert: Årsberetning 2026 (rapporter/arsberetning-2026.yaml)', '2028-03-31': '–' },
      exceptions: ['2027-03-31'],
    });
    expect(descriptions('tertialrapport-2.norway-municipal.asker@planverk')).toEqual({
      out: { '2026-08-31': '–', '2027-08-31': 'Levert: 2. tertialrapport 2027 (rapporter/tertial-2-2027.yaml)', '2028-08-31': '–' },
      exceptions: ['2027-08-31'],
    });
    // A series without a report link has no overrides; every (UID, RECURRENCE-ID) is unique.
    expect(of('okonomiplan-arsbudsjett-vedtatt.norway-municipal.asker@planverk')).toHaveLength(1);
    const keys = vevents.map((v) => `${v.getFirstPropertyValue('uid')} ${v.getFirstPropertyValue('recurrence-id') ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps month-long spans with --month-events span, each an exact month', async () => {
    const events = await range('span');
    const mote = events.find((e) => e.uid.startsWith('kommunestyremote-september.styringshjul.'))!;
    expect([mote.startDate.toString(), mote.endDate.toString()]).toEqual(['2027-09-01', '2027-10-01']);
    expect(mote.summary).not.toMatch(/i løpet av/);
  });

  it('says "during" in English', async () => {
    const { events } = await feed('styringshjul', 2027, { locale: 'en' });
    const mote = events.find((e) => e.uid.startsWith('2027-kommunestyremote-september.'))!;
    expect(mote.summary).toMatch(/\(during September\)$/);
  });
});

describe('ICS text', { timeout: 30_000 }, () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('folds without splitting a UTF-8 character, and unfolds to the same text', () => {
    const line = `SUMMARY:${'æøå€😀'.repeat(20)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) {
      expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
      expect(part).not.toMatch(/\uFFFD/);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(fold('SHORT:x')).toBe('SHORT:x');
  });

  it('round-trips awkward text through a real parser', () => {
    const text = 'Møte; budsjett, drift \\ investering\nlinje 2 – æøå';
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//NB', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20270101T000000Z', 'DTSTART;VALUE=DATE:20270101', fold(`SUMMARY:${escapeText(text.repeat(3))}`), 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(text.repeat(3));
  });
});
