import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cube } from '../../src/import/ssb/cube.js';
import { parseJsonStat } from '../../src/import/ssb/jsonstat.js';
import { matchIndicator, type MatchResult } from '../../src/import/ssb/match.js';

function cube(name: string): Cube {
  const r = parseJsonStat(readFileSync(new URL(`../fixtures/ssb/${name}`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.cubes[0]!;
}

const kostra = cube('12134.json');
const barnehage = cube('09220.json');

const years = (r: MatchResult) => (r.ok ? r.values.map((v) => `${v.year}:${v.value}@${v.region}${v.status ? `:${v.status}` : ''}`) : r.problems.map((p) => p.code));
const skipped = (r: MatchResult) => (r.ok ? r.skipped.map((s) => `${s.year}:${s.reason}${s.symbol ? `(${s.symbol})` : ''}`) : []);

describe('matchIndicator', () => {
  it('takes each year from the first region code with a value (Asker: 3203, earlier 0220)', () => {
    const r = matchIndicator(kostra, { table: '12134', contents: 'KOSAG110000', region: ['3203', '0220'] }, undefined);
    expect(years(r)).toEqual(['2015:4.1@0220', '2016:5.2@0220', '2017:3@0220', '2018:1.9@0220', '2019:1.3@0220', '2024:1.1@3203', '2025:2.3@3203:preliminary']);
    expect(skipped(r)).toEqual(['2020:symbol(.)', '2021:symbol(.)', '2022:symbol(.)', '2023:symbol(.)']);
    const all = matchIndicator(kostra, { table: '12134', contents: 'KOSAG110000', region: ['3203', '3025', '0220'] }, undefined);
    expect(all.ok && all.values.map((v) => v.region)).toEqual(['0220', '0220', '0220', '0220', '0220', '3025', '3025', '3025', '3025', '3203', '3203']);
  });

  it('uses the workspace kommune when the indicator names no region', () => {
    expect(years(matchIndicator(kostra, { table: '12134', contents: 'KOSAG320000' }, '3203'))).toEqual(['2024:91.8@3203', '2025:90.4@3203:preliminary']);
    expect(years(matchIndicator(kostra, { table: '12134', contents: 'KOSAG320000' }, undefined))).toEqual(['no-region']);
  });

  it('skips and lists status symbols and empty cells: ".", "..", ":", "-", null', () => {
    expect(skipped(matchIndicator(kostra, { table: '12134', contents: 'KOSAG110000', region: 'EKA32' }, undefined))).toEqual(['2025:symbol(..)']);
    expect(skipped(matchIndicator(kostra, { table: '12134', contents: 'KOSAG110000', region: 'EAK' }, undefined))).toEqual(['2015:missing']);
    const old = (age: string, contents: string) => skipped(matchIndicator(barnehage, { table: '09220', contents, region: '0220', filters: { Alder: age } }, undefined)).slice(0, 2);
    expect(old('F01', 'AndelBarnBhg')).toEqual(['2015:symbol(:)', '2020:symbol(.)']);
    expect(old('F03', 'BarnBhg')).toEqual(['2016:symbol(-)', '2020:symbol(.)']);
  });

  it('needs a filter for every other dimension with more than one category, and lists them', () => {
    const r = matchIndicator(barnehage, { table: '09220', contents: 'AndelBarnBhg', region: '3203' }, undefined);
    expect(r).toEqual({ ok: false, problems: [{ code: 'missing-filter', dimension: 'Alder', choices: [{ code: '999D', label: '1-5 år' }, { code: 'F01', label: '1-2 år' }, { code: 'F03', label: '3-5 år' }], total: 3 }] });
  });

  it('reports every wrong name at once', () => {
    const r = matchIndicator(barnehage, { table: '09220', contents: 'Andel', region: ['9999'], filters: { Alder: '1-5', Kjonn: '0', Tid: '2024', 'x-note': 'ignored' } }, undefined);
    expect(r.ok ? [] : r.problems.map((p) => `${p.code}${'dimension' in p ? `:${p.dimension}` : ''}`)).toEqual([
      'unknown-contents:ContentsCode',
      'unknown-region:Region',
      'unknown-filter-value:Alder',
      'unknown-filter:Kjonn',
      'filter-on-role:Tid',
    ]);
  });

  it('refuses tables that are not yearly', () => {
    expect(matchIndicator(cube('11587.json'), { table: '11587', contents: 'LedigeStillinger' }, undefined)).toEqual({ ok: false, problems: [{ code: 'not-yearly', period: 'quarterly', example: '2016K1' }] });
    expect(matchIndicator(cube('03013.json'), { table: '03013', contents: 'KpiIndMnd' }, undefined)).toEqual({ ok: false, problems: [{ code: 'not-yearly', period: 'monthly', example: '2016M01' }] });
  });

  it('reads a table without a region dimension (the whole country) and without roles', () => {
    expect(years(matchIndicator(cube('05803.json'), { table: '05803', contents: 'Folkemengde', region: '0' }, '3203'))).toEqual(['1899:2217971@', '1900:2240032@', '1901:2268000@']);
  });
});
