import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, SERIES_IN_TABLE, seriesCell, seriesScale, sparkline, SYMBOL, unitText } from '../../src/output/status/cells.js';
import { STATUS_FORMATTERS } from '../../src/output/status/index.js';
import { buildScorecard } from '../../src/model/scorecard.js';
import { loadExample } from '../helpers/example-repo.js';

describe('scorecard cells', () => {
  it('draws a sparkline from the lowest to the highest value', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([5, 5])).toBe('▄▄');
    expect(sparkline([])).toBe('');
    // A small change at a high level stays small: the bars span at least a tenth of the value.
    expect(sparkline([92.8, 93.1, 93.6])).toBe('▁▁▂');
    expect(sparkline([-10, 10])).toBe('▁█');
  });

  it("gives the sparkline its scale: the lowest and highest value in the locale's numbers, with the unit", () => {
    expect(seriesScale([86.4, 87.3, 88.6], 'percent', 'nb')).toBe('86,4–88,6 %');
    expect(seriesScale([86.4, 87.3, 88.6], 'percent', 'en')).toBe('86.4–88.6 %');
    expect(seriesScale([2.5, -0.5], 'percent', 'nn')).toBe('\u22120,5 – 2,5 %');
    expect(seriesScale([171000, 149000], 'tonn CO2', 'nb')).toBe('149 000 – 171 000 tonn CO2');
    expect(seriesScale([171000, 149000], 'tonn CO2', 'en')).toBe('149,000–171,000 tonn CO2');
    expect(seriesScale([33, 51], 'count', 'nb')).toBe('33–51');
    expect(seriesScale([5, 5], 'percent', 'nb')).toBe('5 %');
    expect(seriesScale([], 'percent', 'nb')).toBe('');
    expect(seriesCell([86.4, 87.3, 88.6], 'percent', 'nb')).toBe(`${sparkline([86.4, 87.3, 88.6])} 86,4–88,6 %`);
    // A long series: the latest values with … before them, and the scale of those shown.
    const long = Array.from({ length: 100 }, (_, i) => i);
    expect(seriesCell(long, undefined, 'en')).toBe(`…${sparkline(long.slice(-SERIES_IN_TABLE))} 80–99`);
  });

  it('writes numbers the way the locale does, with fewer decimals for large values', () => {
    expect(formatNumber(140714.2857, 'nb')).toBe('140 714');
    expect(formatNumber(45.2857, 'nb')).toBe('45,29');
    expect(formatNumber(183.57, 'en')).toBe('183.6');
    expect(formatValue(44.9, 'percent', 'nn')).toBe('44,9 %');
    expect(unitText('count')).toBe('');
  });

  it('gives every status its own shape', () => {
    expect(new Set(Object.values(SYMBOL)).size).toBe(Object.keys(SYMBOL).length);
  });
});

describe('scorecard formats in other locales', () => {
  const card = buildScorecard(loadExample().repo, { year: 2025, today: '2026-08-31' });

  it('speaks nynorsk and English', () => {
    const nn = STATUS_FORMATTERS.md(card, { locale: 'nn', color: false });
    expect(nn).toContain('✖ 6 ikkje i rute');
    expect(nn).toContain('| Forseinka | 2026-06-30 |');
    const en = STATUS_FORMATTERS.text(card, { locale: 'en', color: false });
    expect(en).toContain('Kommuneplanens samfunnsdel 2020–2040: status 2025');
    expect(en).toMatch(/▲ At risk\s+43.5 % \(2025\)\s+44 %\s+45 % \(2026\)/);
    // Each row's sparkline with its scale, in the locale's numbers.
    expect(en).toMatch(/▁▂▅▆▇█ 33–43\.5 %\n/);
    expect(nn).toMatch(/\| ▁▂▅▆▇█ 33–43,5 % \|\n/);
  });

  it('colours only the status cell of the text table when asked', () => {
    const plain = STATUS_FORMATTERS.text(card, { locale: 'nb', color: false });
    const coloured = STATUS_FORMATTERS.text(card, { locale: 'nb', color: true });
    expect(plain).not.toContain('\x1b[');
    expect(coloured).toContain('\x1b[31m✖ Ikke i rute');
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
  });
});

describe('scorecard text and control characters', () => {
  it('escapes control characters from YAML titles, as plan validate does', () => {
    const card = structuredClone(buildScorecard(loadExample().repo, { year: 2025, today: '2026-08-31' }));
    const plan = card.plans[0]!;
    plan.title = 'Plan\u001b[2J';
    const area = plan.focusAreas.find((a) => a.goals.length > 0)!;
    area.title = 'Område\u0007';
    area.goals[0]!.title = 'Mål\u001b]0;hacked\u0007';
    plan.benefits[0]!.title = 'Gevinst\u202e';
    const text = STATUS_FORMATTERS.text(card, { locale: 'nb', color: false });
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(text).toContain('Plan\\u001b[2J');
    expect(text).toContain('Område\\u0007');
    expect(text).toContain('Mål\\u001b]0;hacked\\u0007');
    expect(text).toContain('Gevinst\\u202e');
    // With colour on, the only escape sequences left are chalk's own.
    expect(STATUS_FORMATTERS.text(card, { locale: 'nb', color: true }).replace(/\x1b\[[0-9;]*m/g, '')).toBe(text);
  });
});
