import { describe, expect, it } from 'vitest';
import { indicatorStatus, neededIn, type IndicatorStatus } from '../../src/model/indicator-status.js';
import type { Indicator } from '../../src/model/schema-types.js';
import { loadExample } from '../helpers/example-repo.js';

/** The status of every indicator of examples/nye-asker in 2024 and 2025 (FORMAT.md, docs/status.md). */
const EXPECTED: Record<string, [IndicatorStatus, IndicatorStatus]> = {
  'fysisk-aktive-ungdom': ['at-risk', 'at-risk'],
  reinnleggelser: ['off-track', 'off-track'],
  'hjemmeboende-over-80': ['reached', 'on-track'],
  'digitale-soknader': ['reached', 'reached'],
  klimagassutslipp: ['off-track', 'off-track'],
  overvannsskader: ['on-track', 'reached'],
  'restavfall-per-innbygger': ['at-risk', 'on-track'],
  valgdeltakelse: ['off-track', 'off-track'],
  innbyggertilfredshet: ['no-data', 'no-data'],
  sykefravaer: ['off-track', 'off-track'],
  heltidsandel: ['on-track', 'on-track'],
  'netto-driftsresultat': ['off-track', 'reached'],
  'netto-lanegjeld': ['at-risk', 'at-risk'],
  'realiserte-gevinster': ['at-risk', 'on-track'],
  barnehagedekning: ['on-track', 'on-track'],
  mobbing: ['off-track', 'off-track'],
  'gjennomforing-vgs': ['on-track', 'on-track'],
  'boliger-i-sentrumsomrader': ['at-risk', 'off-track'],
  'miljovennlige-reiser': ['off-track', 'at-risk'],
  'tilgang-rekreasjon': ['on-track', 'on-track'],
};

describe('indicatorStatus on the example', () => {
  const { repo } = loadExample();
  const indicators = repo.ofKind('Indicator');

  it('covers every indicator of the example', () => {
    expect(indicators.map((e) => e.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s in 2024 and 2025', (id, [in2024, in2025]) => {
    const data = repo.get(id, 'Indicator')!.data;
    expect(indicatorStatus(data, 2024).status).toBe(in2024);
    expect(indicatorStatus(data, 2025).status).toBe(in2025);
  });

  it('meets each status of the issue at least once in those two years', () => {
    const seen = new Set(Object.values(EXPECTED).flat());
    for (const status of ['reached', 'on-track', 'at-risk', 'off-track', 'no-data'] as const) expect(seen).toContain(status);
  });

  it('measures a year without an actual by the latest actual before it, but needs this year\'s value', () => {
    const result = indicatorStatus(repo.get('klimagassutslipp', 'Indicator')!.data, 2025);
    expect(result.actual).toEqual({ year: 2024, value: 149000 });
    // 180000 → 125000 from 2019 to 2026: 6/7 of the way in 2025.
    expect(result.neededThisYear?.year).toBe(2025);
    expect(result.neededThisYear?.value).toBeCloseTo(180000 - 55000 * (6 / 7), 6);
    expect(result.neededThisYear?.target).toEqual({ year: 2026, value: 125000 });
  });
});

const ind = (over: Partial<Indicator>): Indicator => ({ kind: 'Indicator', id: 'x', title: 'X', direction: 'increase', ...over });

describe('indicatorStatus rules', () => {
  it('is no-target with actuals but no target, and no-data without actuals', () => {
    expect(indicatorStatus(ind({ actuals: [{ year: 2024, value: 1 }] })).status).toBe('no-target');
    expect(indicatorStatus(ind({ targets: [{ year: 2030, value: 1 }] })).status).toBe('no-data');
  });

  it('is at risk within 10 % of the needed change and off track beyond it', () => {
    // Baseline 0 (2020) to 100 (2030): 50 needed in 2025; 10 % of the change is 10.
    const at = (value: number): IndicatorStatus =>
      indicatorStatus(ind({ baseline: { year: 2020, value: 0 }, targets: [{ year: 2030, value: 100 }], actuals: [{ year: 2025, value }] })).status;
    expect(at(100)).toBe('reached');
    expect(at(50)).toBe('on-track');
    expect(at(40)).toBe('at-risk');
    expect(at(39.9)).toBe('off-track');
  });

  it('keeps a maintain indicator within its band: inner half on track, outer half at risk', () => {
    // Target 100, baseline 100: band = 2 % of 100 = 2 either side.
    const at = (value: number): IndicatorStatus =>
      indicatorStatus(ind({ direction: 'maintain', baseline: { year: 2020, value: 100 }, targets: [{ year: 2030, value: 100 }], actuals: [{ year: 2025, value }] })).status;
    expect(at(101)).toBe('on-track');
    expect(at(99)).toBe('on-track');
    expect(at(101.5)).toBe('at-risk');
    expect(at(98)).toBe('at-risk');
    expect(at(102.1)).toBe('off-track');
    expect(at(97.9)).toBe('off-track');
  });

  it('needs the value on the line to the next target, and the target itself after the last one', () => {
    const i = ind({ baseline: { year: 2020, value: 10 }, targets: [{ year: 2024, value: 14 }, { year: 2030, value: 20 }] });
    expect(neededIn(i, 2022)?.value).toBe(12);
    expect(neededIn(i, 2025)?.value).toBe(15);
    expect(neededIn(i, 2031)?.value).toBe(20);
    expect(neededIn(ind({}), 2025)).toBeUndefined();
  });
});

describe('målekart thresholds', () => {
  const at = (direction: Indicator['direction'], value: number, desired: number, lowest: number): IndicatorStatus =>
    indicatorStatus(ind({ direction, baseline: { year: 2020, value: 50 }, targets: [{ year: 2030, value: direction === 'decrease' ? 40 : 60 }], thresholds: { desired, lowest }, actuals: [{ year: 2021, value }] })).status;

  it('judges an increase by desired and lowest instead of the line, and a met target as reached', () => {
    // Early in the period the line asks for 51; the limits say 55 is desired and 52 the least.
    expect(at('increase', 60, 55, 52)).toBe('reached');
    expect(at('increase', 55, 55, 52)).toBe('on-track');
    expect(at('increase', 54, 55, 52)).toBe('at-risk');
    expect(at('increase', 51.5, 55, 52)).toBe('off-track');
  });

  it('mirrors them for a decrease', () => {
    expect(at('decrease', 40, 45, 48)).toBe('reached');
    expect(at('decrease', 45, 45, 48)).toBe('on-track');
    expect(at('decrease', 48, 45, 48)).toBe('at-risk');
    expect(at('decrease', 48.1, 45, 48)).toBe('off-track');
  });

  it('makes a band on either side of the target for maintain', () => {
    // Target 60: desired 61 → within 1; lowest 57 → within 3.
    expect(at('maintain', 59, 61, 57)).toBe('on-track');
    expect(at('maintain', 62.5, 61, 57)).toBe('at-risk');
    expect(at('maintain', 56.9, 61, 57)).toBe('off-track');
  });

  it('is used by heltidsandel in the example, on track from 52 %', () => {
    const heltid = loadExample().repo.get('heltidsandel', 'Indicator')!.data;
    expect(heltid.thresholds).toEqual({ desired: 52, lowest: 50 });
    expect(indicatorStatus(heltid, 2023).status).toBe('at-risk');
    expect(indicatorStatus(heltid, 2022).status).toBe('off-track');
  });
});
