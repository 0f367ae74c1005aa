import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ranges } from '../../src/import/ssb/format-report.js';
import { updatedDate } from '../../src/import/ssb/import-ssb.js';
import { parseJsonStat } from '../../src/import/ssb/jsonstat.js';
import { RateLimiter, type Clock } from '../../src/import/ssb/limiter.js';
import { resolveSelection, type Selection } from '../../src/import/ssb/match.js';
import { mergeActuals } from '../../src/import/ssb/merge-actuals.js';
import { dataUrl } from '../../src/import/ssb/pxweb.js';
import { planRequests } from '../../src/import/ssb/selection.js';

describe('mergeActuals', () => {
  const existing = [
    { year: 2021, value: 3.4 },
    { year: 2023, value: -0.4, status: 'preliminary' as const },
  ];
  it('adds years in order, changes what differs, keeps the rest and years the dataset lacks', () => {
    const plan = mergeActuals(existing, [
      { year: 2024, value: 1.1, region: 'r' },
      { year: 2020, value: 2.9, region: 'r' },
      { year: 2022, value: 0.4, region: 'r' },
      { year: 2023, value: -0.5, region: 'r', status: 'final' },
    ]);
    expect(plan.result).toEqual([{ year: 2020, value: 2.9 }, { year: 2021, value: 3.4 }, { year: 2022, value: 0.4 }, { year: 2023, value: -0.5, status: 'final' }, { year: 2024, value: 1.1 }]);
    expect(plan.inserts.map((i) => [i.before, i.item.year])).toEqual([[0, 2020], [1, 2022], [2, 2024]]);
    expect(plan.updates).toEqual([{ index: 1, value: -0.5, status: 'final' }]);
    expect(plan.unchanged).toEqual([]);
  });

  it('keeps a status the dataset does not speak of', () => {
    expect(mergeActuals(existing, [{ year: 2023, value: -0.4, region: 'r' }]).unchanged).toEqual([2023]);
  });

  it('--status marks the new figures; final also confirms preliminary years; preliminary never touches what stays', () => {
    const final = [{ year: 2022, value: 0.4, status: 'final' as const }, { year: 2023, value: -0.4, status: 'preliminary' as const }, { year: 2021, value: 3.4 }].sort((a, b) => a.year - b.year);
    const march = mergeActuals(final, [{ year: 2021, value: 3.4, region: 'r' }, { year: 2022, value: 0.4, region: 'r' }, { year: 2023, value: -0.5, region: 'r' }, { year: 2024, value: 1.1, region: 'r' }], 'preliminary');
    expect(march.result).toEqual([{ year: 2021, value: 3.4 }, { year: 2022, value: 0.4, status: 'final' }, { year: 2023, value: -0.5, status: 'preliminary' }, { year: 2024, value: 1.1, status: 'preliminary' }]);
    const june = mergeActuals(march.result, [{ year: 2021, value: 3.4, region: 'r' }, { year: 2023, value: -0.5, region: 'r', status: 'preliminary' }, { year: 2024, value: 1.2, region: 'r' }], 'final');
    expect(june.result).toEqual([{ year: 2021, value: 3.4 }, { year: 2022, value: 0.4, status: 'final' }, { year: 2023, value: -0.5, status: 'final' }, { year: 2024, value: 1.2, status: 'final' }]);
    expect(june.unchanged).toEqual([2021]);
  });
});

describe('planRequests', () => {
  const raw = JSON.parse(readFileSync(new URL('../fixtures/ssb/09220.json', import.meta.url), 'utf8'));
  const meta = (parseJsonStat(JSON.stringify(raw)) as { cubes: any[] }).cubes[0];
  const sel = (contents: string, region: string[], age: string): Selection => (resolveSelection(meta, { table: '09220', contents, region, filters: { Alder: age } }, undefined) as { selection: Selection }).selection;

  it('asks for the union of what the indicators read, in the table order, and every year', () => {
    const [r] = planRequests(meta, [sel('AndelBarnBhg', ['3203', '3025'], '999D'), sel('BarnBhg', ['0220'], 'F01')]);
    expect([...r!]).toEqual([
      ['Region', ['3203', '3025', '0220']],
      ['Alder', ['999D', 'F01']],
      ['ContentsCode', ['BarnBhg', 'AndelBarnBhg']],
      ['Tid', meta.dimensions[3].codes],
    ]);
    expect(dataUrl('https://data.ssb.no/api/pxwebapi/v2', '09220', r!)).toMatch(/^https:\/\/data\.ssb\.no\/api\/pxwebapi\/v2\/tables\/09220\/data\?lang=no&outputFormat=json-stat2&valueCodes\[Region\]=3203,3025,0220&valueCodes\[Alder\]=999D,F01&/);
  });

  it('splits by time, then by region, never over the limit', () => {
    const selections = [sel('AndelBarnBhg', ['3203', '3025', '0220', '0'], '999D')];
    const cells = (r: Map<string, string[]>) => [...r.values()].reduce((n, c) => n * c.length, 1);
    for (const limit of [800_000, 20, 4, 3, 1]) {
      const requests = planRequests(meta, selections, limit);
      expect(requests.every((r) => cells(r) <= limit)).toBe(true);
      expect(requests.reduce((n, r) => n + cells(r), 0)).toBe(4 * 11);
    }
    expect(planRequests(meta, selections, 8).map((r) => r.get('Tid')!.length)).toEqual([2, 2, 2, 2, 2, 1]);
    expect(planRequests(meta, selections, 3).slice(0, 2).map((r) => [r.get('Tid'), r.get('Region')])).toEqual([[['2015'], ['0', '3203', '3025']], [['2015'], ['0220']]]);
  });
});

describe('RateLimiter', () => {
  it('lets 30 requests through a minute and waits for the 31st', async () => {
    let now = 0;
    const slept: number[] = [];
    const clock: Clock = { now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
    const limiter = new RateLimiter(30, 60_000, clock);
    for (let i = 0; i < 30; i++) {
      await limiter.take();
      now += 100;
    }
    expect(slept).toEqual([]);
    await limiter.take();
    expect(slept).toEqual([57_000]);
  });
});

describe('updatedDate and ranges', () => {
  it('takes the date in Norway of the dataset update', () => {
    expect(updatedDate('2026-03-15T07:00:00Z')).toBe('2026-03-15');
    expect(updatedDate('2026-06-14T23:30:00Z')).toBe('2026-06-15');
    expect(updatedDate('2026-03-15')).toBe('2026-03-15');
    expect(updatedDate('soon')).toBeUndefined();
  });
  it('writes years as ranges', () => {
    expect(ranges([2019, 2015, 2016, 2017, 2021])).toBe('2015–2017, 2019, 2021');
  });
});
