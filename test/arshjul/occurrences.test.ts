import { describe, expect, it } from 'vitest';
import { daysInMonth, isLeapYear, isValidIsoDate, addDays } from '../../src/arshjul/dates.js';
import { councilYearOf, exclusiveEnd, expandOccurrences, type ArshjulEvent, type CalendarSource } from '../../src/arshjul/occurrences.js';

const cal = (events: Partial<ArshjulEvent>[], id = 'hjul'): CalendarSource => ({
  id,
  title: id,
  events: events.map((e, i) => ({ id: `e${i}`, title: `E${i}`, category: 'other', ...e }) as ArshjulEvent),
});
const spans = (calendars: CalendarSource[], from: number, to: number, firstElectionYear: number | null = 2023) =>
  expandOccurrences(calendars, { from, to, firstElectionYear }).occurrences.map((o) => [o.event.id, o.start, o.end, o.shape, o.year]);

describe('dates', () => {
  it('knows the Gregorian leap years', () => {
    expect([1900, 2000, 2023, 2024, 2027, 2028, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true, false, true]);
  });
  it('knows how long each month is', () => {
    expect(Array.from({ length: 12 }, (_, i) => daysInMonth(2027, i + 1))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2028, 2)).toBe(29);
  });
  it('validates and adds days across month and year ends', () => {
    expect(isValidIsoDate('2027-02-29')).toBe(false);
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2027-04-31')).toBe(false);
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });
});

describe('councilYearOf', () => {
  it('counts year 1 from the year after an election and year 4 in the election year, in both directions', () => {
    const years = [2015, 2016, 2019, 2020, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2031, 2032, 2035];
    expect(years.map((y) => councilYearOf(y, 2023))).toEqual([4, 1, 4, 1, 3, 4, 1, 2, 3, 4, 1, 4, 1, 4]);
  });
  it('gives the same periods from any election year of the same cycle', () => {
    for (let y = 1990; y < 2060; y++) expect(councilYearOf(y, 2019)).toBe(councilYearOf(y, 2031));
  });
});

describe('expandOccurrences', () => {
  it('places yearly events on their day, and month events over the whole month', () => {
    const c = cal([{ month: 2, day: 22 }, { month: 4 }, { month: 12, day: 31 }]);
    expect(spans([c], 2027, 2027)).toEqual([
      ['e0', '2027-02-22', '2027-02-22', 'day', 2027],
      ['e1', '2027-04-01', '2027-04-30', 'month', 2027],
      ['e2', '2027-12-31', '2027-12-31', 'day', 2027],
    ]);
  });

  it('ends whole months on their last day, February by leap year', () => {
    const c = cal(Array.from({ length: 12 }, (_, i) => ({ month: i + 1 })));
    const ends = (year: number) => expandOccurrences([c], { from: year, to: year }).occurrences.map((o) => o.end.slice(8));
    expect(ends(2027)).toEqual(['31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31']);
    expect(ends(2028)[1]).toBe('29');
    expect(ends(2100)[1]).toBe('28');
    expect(ends(2000)[1]).toBe('29');
  });

  it('puts 29 February on the 28th in common years', () => {
    const c = cal([{ month: 2, day: 29 }]);
    expect(spans([c], 2027, 2029).map((s) => s[1])).toEqual(['2027-02-28', '2028-02-29', '2029-02-28']);
  });

  it('puts a day past the month end (reported by plan validate) on the last day', () => {
    expect(spans([cal([{ month: 4, day: 31 }, { month: 2, day: 30 }])], 2028, 2028).map((s) => s[1])).toEqual(['2028-02-29', '2028-04-30']);
  });

  it('places council-year events only in their year of each period, before and after firstElectionYear', () => {
    const c = cal([{ month: 10, councilYear: 1 }, { month: 9, councilYear: 4, day: 13 }]);
    expect(spans([c], 2019, 2032).map((s) => s[1])).toEqual([
      '2019-09-13', '2020-10-01', '2023-09-13', '2024-10-01', '2027-09-13', '2028-10-01', '2031-09-13', '2032-10-01',
    ]);
  });

  it('leaves council-year events out, and names them, without firstElectionYear', () => {
    const c = cal([{ month: 10, councilYear: 1 }, { month: 3 }]);
    const x = expandOccurrences([c], { from: 2027, to: 2027, firstElectionYear: null });
    expect(x.occurrences.map((o) => o.event.id)).toEqual(['e1']);
    expect(x.unplaced).toEqual([{ calendar: 'hjul', event: 'e0' }]);
  });

  it('keeps one-off events in the year of their date only', () => {
    const c = cal([{ date: '2027-03-01', end: '2027-03-31' }, { date: '2027-06-10' }]);
    expect(spans([c], 2026, 2026)).toEqual([]);
    expect(spans([c], 2027, 2027)).toEqual([
      ['e0', '2027-03-01', '2027-03-31', 'span', 2027],
      ['e1', '2027-06-10', '2027-06-10', 'day', 2027],
    ]);
    expect(spans([c], 2028, 2030)).toEqual([]);
  });

  it('shows a span over a year end in both years, and once in a range of both', () => {
    const c = cal([{ date: '2026-12-28', end: '2027-01-03' }]);
    const expected = ['e0', '2026-12-28', '2027-01-03', 'span', 2026];
    expect(spans([c], 2026, 2026)).toEqual([expected]);
    expect(spans([c], 2027, 2027)).toEqual([expected]);
    expect(spans([c], 2026, 2027)).toEqual([expected]);
    expect(spans([c], 2025, 2025)).toEqual([]);
    expect(spans([c], 2028, 2028)).toEqual([]);
    expect(exclusiveEnd(expandOccurrences([c], { from: 2027, to: 2027 }).occurrences[0]!)).toBe('2027-01-04');
  });

  it('spans over a leap day', () => {
    const c = cal([{ date: '2028-02-27', end: '2028-03-01' }]);
    expect(exclusiveEnd(expandOccurrences([c], { from: 2028, to: 2028 }).occurrences[0]!)).toBe('2028-03-02');
  });

  it('treats an end before the date as a one-day event', () => {
    expect(spans([cal([{ date: '2027-05-10', end: '2027-05-01' }])], 2027, 2027)).toEqual([['e0', '2027-05-10', '2027-05-10', 'day', 2027]]);
  });

  it('repeats yearly events over a range and sorts by day, then calendar and event order', () => {
    const a = cal([{ month: 6, day: 15 }, { month: 1 }], 'a');
    const b = cal([{ month: 6, day: 15 }, { date: '2028-01-01' }], 'b');
    const got = expandOccurrences([a, b], { from: 2027, to: 2028 }).occurrences.map((o) => `${o.calendar.id}/${o.event.id}@${o.start}`);
    expect(got).toEqual([
      'a/e1@2027-01-01', 'a/e0@2027-06-15', 'b/e0@2027-06-15',
      'a/e1@2028-01-01', 'b/e1@2028-01-01', 'a/e0@2028-06-15', 'b/e0@2028-06-15',
    ]);
  });
});

describe('events placed before another event', () => {
  it('counts back from the other event in each year it occurs, also across calendars and chains', () => {
    const council = cal([{ id: 'kommunestyre-desember', month: 12, day: 12 }], 'moter');
    const deadlines = cal([
      { id: 'innstilling', before: { event: 'kommunestyre-desember', days: 14 } },
      { id: 'forslag', before: { event: 'innstilling', days: 7 } },
    ]);
    expect(spans([deadlines, council], 2027, 2028).filter((r) => r[0] !== 'kommunestyre-desember')).toEqual([
      ['forslag', '2027-11-21', '2027-11-21', 'day', 2027],
      ['innstilling', '2027-11-28', '2027-11-28', 'day', 2027],
      ['forslag', '2028-11-21', '2028-11-21', 'day', 2028],
      ['innstilling', '2028-11-28', '2028-11-28', 'day', 2028],
    ]);
  });

  it('keeps its own date where the other event is unknown or the references form a cycle', () => {
    const unknown = cal([{ id: 'frist', month: 12, day: 17, before: { event: 'finnes-ikke', days: 14 } }]);
    expect(spans([unknown], 2027, 2027)).toEqual([['frist', '2027-12-17', '2027-12-17', 'day', 2027]]);
    const cycle = cal([
      { id: 'a', month: 3, day: 1, before: { event: 'b', days: 1 } },
      { id: 'b', before: { event: 'a', days: 1 } },
    ]);
    expect(spans([cycle], 2027, 2027).map((r) => r[0])).toContain('a');
  });

  it('moves the built-in budget deadline 14 days before the repository\'s December council meeting', async () => {
    const { norwayMunicipal } = await import('../../src/arshjul/library/norway-municipal.js');
    const builtIn = norwayMunicipal('nb');
    const day = (calendars: CalendarSource[]) => spans(calendars, 2027, 2027).find((r) => r[0] === 'budsjettinnstilling-offentlig')![1];
    expect(day([builtIn])).toBe('2027-12-17');
    expect(day([builtIn, cal([{ id: 'kommunestyre-desember', month: 12, day: 15 }], 'moter')])).toBe('2027-12-01');
  });
});
