import { describe, expect, it } from 'vitest';
import { budgetView } from '../../src/output/budget/view.js';
import { computeOkonomiplan } from '../../src/model/okonomiplan/okonomiplan.js';
import { rowsOf, tableOf } from './tables.js';

// Found by test/property/pipeline.test.ts: a Budget of a plan without a period and with no
// rows has no years, and its tables must still be built (every sum is then 0).
describe('an økonomiplan without years', () => {
  it('builds every table without throwing, investering del 2 totalling 0', () => {
    const model = computeOkonomiplan({
      budget: { kind: 'Budget', id: 'b', title: 'B', plan: 'p', operating: [], investment: [] },
      years: [],
      planTitle: null,
      measures: [],
      units: [],
      amountUnit: 1,
      currency: 'NOK',
    });
    const view = budgetView(model, 'nb');
    expect(rowsOf(tableOf(view, 'investmentMeasures'))).toEqual([
      ['', 'Andre investeringer i varige driftsmidler', '0'],
      ['', 'Sum investeringer i varige driftsmidler', '0'],
    ]);
    expect(view.balance).toBe('Økonomiplanen er i balanse i alle år, både drift og investering.');
  });
});
