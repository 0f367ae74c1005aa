import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { budgetView } from '../../src/output/budget/view.js';
import { resolveOkonomiplan } from '../../src/model/okonomiplan/resolve.js';
import { loadRepository } from '../../src/workspace/load-repository.js';
import { copyExample, EXAMPLE } from '../helpers/run.js';
import { FRAME_DETAILS, FRAMES, INVESTMENT, INVESTMENT_MEASURES, OPERATING, TARGETS } from './example-expected.js';
import { lineOf } from './fixture.js';
import { rowsOf, tableOf } from './tables.js';

const BUDGET_FILE = 'okonomiplan/okonomiplan-2027-2030.yaml';

function exampleView() {
  const result = checkRepository(loadRepository(EXAMPLE));
  const budgets = result.repo.ofKind('Budget', true);
  return { result, budgets, view: budgetView(resolveOkonomiplan(result.repo, budgets[0]!), 'nb') };
}

describe('the nye-asker økonomiplan 2027–2030: every line of every table', () => {
  const { result, budgets, view } = exampleView();
  const numbersAndFigures = (rows: string[][]) => rows.map(([n, , ...figures]) => [n!, ...figures]);
  const labelsAndFigures = (rows: string[][]) => rows.map(([, label, ...figures]) => [label!, ...figures]);

  it('validates clean, balanced in every year', () => {
    expect(budgets.map((b) => b.id)).toEqual(['okonomiplan-2027-2030']);
    expect(result.diagnostics).toEqual([]);
    expect(view.balance).toBe('Økonomiplanen er i balanse i alle år, både drift og investering.');
  });

  it('drift, del 1', () => expect(numbersAndFigures(rowsOf(tableOf(view, 'operating')))).toEqual(OPERATING));
  it('drift, del 2', () => expect(labelsAndFigures(rowsOf(tableOf(view, 'frames')))).toEqual(FRAMES));
  it('each unit’s frame: base, changes and measures', () => {
    expect(tableOf(view, 'frames').details!.tables.map((t) => [t.title, labelsAndFigures(rowsOf(t))])).toEqual(FRAME_DETAILS);
  });
  it('investering, del 1', () => expect(numbersAndFigures(rowsOf(tableOf(view, 'investment')))).toEqual(INVESTMENT));
  it('investering, del 2', () => expect(labelsAndFigures(rowsOf(tableOf(view, 'investmentMeasures')))).toEqual(INVESTMENT_MEASURES));
  it('financial targets', () => expect(labelsAndFigures(rowsOf(tableOf(view, 'targets')))).toEqual(TARGETS));
});

describe('an unbalanced copy of the example', () => {
  it('reports budget-unbalanced at the year’s operating row, with the amount', () => {
    const dir = copyExample();
    const file = join(dir, BUDGET_FILE);
    const text = readFileSync(file, 'utf8').replace('toUnrestrictedFunds: 112600', 'toUnrestrictedFunds: 120000');
    writeFileSync(file, text);
    const d = checkRepository({ ...loadRepository(dir), locale: 'en' }).diagnostics;
    expect(d.map((x) => [x.rule, x.file, x.line])).toEqual([['budget-unbalanced', BUDGET_FILE, lineOf(text, '  - year: 2028\n    generalGrant')]]);
    expect(d[0]!.message).toBe('2028 does not balance: a deficit of 7400 (netOperatingResult 135600, dispositions 143000)');
  });
});
