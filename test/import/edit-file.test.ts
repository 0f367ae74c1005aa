import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { editFile } from '../../src/import/ssb/edit-file.js';
import { mergeActuals, type Actual } from '../../src/import/ssb/merge-actuals.js';
import type { YearValue } from '../../src/import/ssb/match.js';

/** Imports `values` into document `index` of `text`, as the import does, and returns the new text. */
function edit(text: string, values: [number, number, ('preliminary' | 'final')?][], options: { index?: number; retrieved?: string; status?: 'preliminary' | 'final' } = {}): string {
  const index = options.index ?? 0;
  const data = parseAllDocuments(text)[index]!.toJS() as { actuals?: Actual[] | null };
  const imported: YearValue[] = values.map(([year, value, status]) => ({ year, value, region: '3203', ...(status && { status }) }));
  const plan = mergeActuals(data.actuals ?? [], imported, options.status);
  const result = editFile(text, [{ index, plan, ...(options.retrieved !== undefined && { retrieved: options.retrieved }) }]);
  if (!result.ok) throw new Error(`refused: ${result.problem.what}`);
  return result.text;
}

const HEAD = 'kind: Indicator\nid: i\ntitle: T\ndirection: increase\n';

describe('editing actuals in place', () => {
  it('appends a year after the last flow item, after its comment, in a file of several documents', () => {
    const before = `# Økonomi
${HEAD}source: { name: SSB, ssb: { table: "12134", contents: KOSAG110000 } }   # KOSTRA
actuals:
  - { year: 2023, value: -0.5 }
  - { year: 2024, value: 1.1 }  # revidert i juni
# mål følger
targets: [ { year: 2030, value: 2 } ]
---
# neste indikator, urørt
kind: Indicator
id: j
title: 'U'
direction: decrease
actuals: [{year: 2020, value: 3}]
`;
    const after = `# Økonomi
${HEAD}source: { name: SSB, ssb: { table: "12134", contents: KOSAG110000 }, retrieved: 2025-03-14 }   # KOSTRA
actuals:
  - { year: 2023, value: -0.5 }
  - { year: 2024, value: 1.1 }  # revidert i juni
  - { year: 2025, value: 2.1, status: preliminary }
# mål følger
targets: [ { year: 2030, value: 2 } ]
---
# neste indikator, urørt
kind: Indicator
id: j
title: 'U'
direction: decrease
actuals: [{year: 2020, value: 3}]
`;
    expect(edit(before, [[2023, -0.5], [2024, 1.1], [2025, 2.1, 'preliminary']], { retrieved: '2025-03-14' })).toBe(after);
  });

  it('keeps CRLF line endings', () => {
    const before = `${HEAD}actuals:\n  - { year: 2023, value: 1 }\n  - { year: 2024, value: 2 }\n`.replace(/\n/g, '\r\n');
    const after = `${HEAD}actuals:\n  - { year: 2023, value: 1 }\n  - { year: 2024, value: 2 }\n  - { year: 2025, value: 3 }\n`.replace(/\n/g, '\r\n');
    expect(edit(before, [[2025, 3]])).toBe(after);
  });

  it('inserts a year between block-map items, leaving the comment with the item it describes', () => {
    const before = `${HEAD}actuals:
- year: 2020
  value: 40
# 2022: ny metode
- year: 2022
  value: 44
`;
    const after = `${HEAD}actuals:
- year: 2020
  value: 40
- year: 2021
  value: 42
# 2022: ny metode
- year: 2022
  value: 44
`;
    expect(edit(before, [[2021, 42]])).toBe(after);
  });

  it('inserts before the first item', () => {
    const before = `${HEAD}actuals:\n    - {year: 2022, value: 44}\n`;
    expect(edit(before, [[2020, 40], [2021, 41]])).toBe(`${HEAD}actuals:\n    - {year: 2020, value: 40}\n    - {year: 2021, value: 41}\n    - {year: 2022, value: 44}\n`);
  });

  it('adds to a flow sequence with its own separator, on one line or several', () => {
    expect(edit(`${HEAD}actuals: [ { year: 2020, value: 41 }, { year: 2021, value: 42 } ]\n`, [[2022, 43]])).toBe(
      `${HEAD}actuals: [ { year: 2020, value: 41 }, { year: 2021, value: 42 }, { year: 2022, value: 43 } ]\n`,
    );
    const before = `${HEAD}actuals: [\n  { year: 2020, value: 41 },\n  { year: 2022, value: 43 },\n]\n`;
    expect(edit(before, [[2021, 42], [2023, 44]])).toBe(`${HEAD}actuals: [\n  { year: 2020, value: 41 },\n  { year: 2021, value: 42 },\n  { year: 2022, value: 43 },\n  { year: 2023, value: 44 },\n]\n`);
  });

  it('changes a value and a status in place, keeping quotes, and adds a missing status', () => {
    const before = `${HEAD}actuals:
  - { year: 2023, value: 1.0, status: "preliminary" }   # mars
  - year: 2024
    value: 2
`;
    const after = `${HEAD}actuals:
  - { year: 2023, value: 1.2, status: "final" }   # mars
  - year: 2024
    value: 2.5
    status: final
`;
    expect(edit(before, [[2023, 1.2], [2024, 2.5]], { status: 'final' })).toBe(after);
  });

  it('sets source.retrieved in a block source, keeping its quotes', () => {
    const before = `${HEAD}source:\n  name: SSB\n  retrieved: '2024-03-15'\n  ssb:\n    table: "12134"\n    contents: KOSAG110000\nactuals: [ { year: 2020, value: 1 } ]\n`;
    expect(edit(before, [[2020, 1]], { retrieved: '2025-06-13' })).toBe(before.replace("'2024-03-15'", "'2025-06-13'"));
    const without = `${HEAD}source:\n  name: SSB\n  ssb:\n    table: "12134"\n    contents: KOSAG110000  # netto\nactuals: [ { year: 2020, value: 1 } ]\n`;
    expect(edit(without, [[2020, 1]], { retrieved: '2025-06-13' })).toBe(without.replace('# netto\n', '# netto\n  retrieved: 2025-06-13\n'));
  });

  it('creates the list where there is none, is null, or is empty', () => {
    const none = `${HEAD}targets: [ { year: 2030, value: 2 } ]\nx-note: kept\n`;
    expect(edit(none, [[2024, 1]])).toBe(`${HEAD}targets: [ { year: 2030, value: 2 } ]\nactuals:\n  - { year: 2024, value: 1 }\nx-note: kept\n`);
    expect(edit(`${HEAD}actuals: null  # ingen ennå\n`, [[2024, 1]])).toBe(`${HEAD}actuals:   # ingen ennå\n  - { year: 2024, value: 1 }\n`);
    expect(edit(`${HEAD}actuals:\n`, [[2024, 1]])).toBe(`${HEAD}actuals:\n  - { year: 2024, value: 1 }\n`);
    expect(edit(`${HEAD}actuals: []\n`, [[2024, 1], [2025, 2]])).toBe(`${HEAD}actuals: [ { year: 2024, value: 1 }, { year: 2025, value: 2 } ]\n`);
  });

  it('adds the list to a document written as one flow mapping', () => {
    expect(edit('{kind: Indicator, id: i, title: T, direction: increase}\n', [[2024, 1]])).toBe('{kind: Indicator, id: i, title: T, direction: increase, actuals: [{ year: 2024, value: 1 }]}\n');
  });

  it('edits two documents of one file and leaves every other byte alone', () => {
    const text = `${HEAD}actuals: [ { year: 2020, value: 1 } ]\n---\n${HEAD.replace('id: i', 'id: k')}actuals:\n  - { year: 2020, value: 5 }\n`;
    const docs = parseAllDocuments(text).map((d) => d.toJS() as { actuals: Actual[] });
    const plans = [mergeActuals(docs[0]!.actuals, [{ year: 2021, value: 2, region: '3203' }]), mergeActuals(docs[1]!.actuals, [{ year: 2020, value: 6, region: '3203' }])];
    const result = editFile(text, [{ index: 1, plan: plans[1]! }, { index: 0, plan: plans[0]! }]);
    expect(result).toEqual({ ok: true, text: text.replace('value: 1 } ]', 'value: 1 }, { year: 2021, value: 2 } ]').replace('value: 5 }', 'value: 6 }') });
  });

  it('refuses aliases instead of changing what else refers to them', () => {
    const text = `${HEAD}x-shared: &a { year: 2020, value: 1 }\nactuals: [ *a ]\n`;
    const data = parseAllDocuments(text)[0]!.toJS() as { actuals: Actual[] };
    const result = editFile(text, [{ index: 0, plan: mergeActuals(data.actuals, [{ year: 2020, value: 2, region: '3203' }]) }]);
    expect(result).toMatchObject({ ok: false, problem: { code: 'not-editable', what: 'alias' } });
  });

  it('refuses an edit that would not read back as intended', () => {
    // The last key's value is a literal block scalar: a line added after it would become part of it.
    const text = `${HEAD}source:\n  name: SSB\n  x-note: |+\n    keep\n\nactuals: [ { year: 2020, value: 1 } ]\n`;
    const data = parseAllDocuments(text)[0]!.toJS() as { actuals: Actual[] };
    const result = editFile(text, [{ index: 0, plan: mergeActuals(data.actuals, []), retrieved: '2025-03-14' }]);
    expect(result).toMatchObject({ ok: false, problem: { what: 'verify' } });
  });
});
