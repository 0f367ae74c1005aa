import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellAt, mergeCubes, type Cube } from '../../src/import/ssb/cube.js';
import { parseJsonStat, readJsonStat } from '../../src/import/ssb/jsonstat.js';
import { tableIdOf } from '../../src/import/ssb/table-id.js';

const text = (name: string) => readFileSync(new URL(`../fixtures/ssb/${name}`, import.meta.url), 'utf8');

function cube(name: string): Cube {
  const r = parseJsonStat(text(name));
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.cubes[0]!;
}

/** Every cell as "code|code|…" → [value, status]. */
function cells(c: Cube): Map<string, [unknown, string | null]> {
  const out = new Map<string, [unknown, string | null]>();
  const walk = (i: number, at: Map<string, string>) => {
    if (i === c.dimensions.length) {
      const cell = cellAt(c, at)!;
      out.set([...at.values()].join('|'), [cell.value, cell.status]);
      return;
    }
    for (const code of c.dimensions[i]!.codes) walk(i + 1, new Map(at).set(c.dimensions[i]!.id, code));
  };
  walk(0, new Map());
  return out;
}

/** A 2.0 dataset of one dimension `d` with the given index, value and status. */
const ds = (category: object, value: unknown, status?: unknown) => ({ version: '2.0', class: 'dataset', id: ['d'], size: [2], dimension: { d: { category } }, value, ...(status !== undefined && { status }) });

describe('readJsonStat', () => {
  it('reads a 1.x bundle and the 2.0 dataset of the same table to the same cells', () => {
    const v2 = cube('12134.json');
    const v1 = cube('12134-v1.json');
    expect(v2.dimensions.map((d) => [d.id, d.role])).toEqual([['KOKkommuneregion0000', 'geo'], ['ContentsCode', 'metric'], ['Tid', 'time']]);
    expect(v1.dimensions.map((d) => [d.id, d.role])).toEqual([['KOKkommuneregion0000', undefined], ['ContentsCode', 'metric'], ['Tid', 'time']]);
    expect(cells(v1)).toEqual(cells(v2));
    expect(cells(v2).get('0220|KOSAG110000|2015')).toEqual([4.1, null]);
    expect(cells(v2).get('3203|KOSAG110000|2015')).toEqual([null, '.']);
    expect(v2.dimensions[2]!.notes.get('2025')).toEqual(['Ureviderte tall (foreløpige).']);
    expect([v1.tableId, v2.tableId, v2.updated]).toEqual(['12134', '12134', '2026-03-15T07:00:00Z']);
  });

  it('accepts every form of index, value and status the spec allows', () => {
    const forms = [
      ds({ index: ['a', 'b'] }, [1, null], { '1': '..' }),
      ds({ index: { b: 1, a: 0 } }, { '0': 1 }, [null, '..']),
      ds({ index: ['a', 'b'], label: { a: 'A' } }, [1, null], ['', '..']),
    ];
    for (const f of forms) {
      const r = readJsonStat(f);
      expect(r.ok).toBe(true);
      const c = (r as { cubes: Cube[] }).cubes[0]!;
      expect(c.dimensions[0]!.codes).toEqual(['a', 'b']);
      expect(cellAt(c, new Map([['d', 'a']]))!.value).toBe(1);
      expect(cellAt(c, new Map([['d', 'b']]))).toEqual({ value: null, status: '..' });
    }
    // One category may be given by its label alone; one status string is every cell's.
    const single = readJsonStat({ ...ds({ label: { only: 'Only' } }, [5], 'p'), size: [1] });
    expect(single.ok && cellAt(single.cubes[0]!, new Map())).toEqual({ value: 5, status: 'p' });
  });

  it('reads a metadata answer without values only when asked to', () => {
    const { value: _v, status: _s, ...meta } = JSON.parse(text('12134.json'));
    expect(readJsonStat(meta)).toMatchObject({ ok: false, problem: { code: 'field', field: 'value' } });
    const r = readJsonStat(meta, { metadata: true });
    expect(r.ok && r.cubes[0]!.hasValues).toBe(false);
  });

  it.each([
    ['not JSON', '{', 'not-json'],
    ['an array', '[1]', 'no-dataset'],
    ['a collection', '{"version":"2.0","class":"collection","link":{"item":[]}}', 'collection'],
    ['a 1.x error answer', '{"error":[{"status":"400","label":"Bad request"}]}', 'error-answer'],
    ['a PxWebApi problem answer', '{"type":"about:blank","title":"Not Found","status":404}', 'error-answer'],
    ['a bundle without datasets', '{"dataset":{"label":"x"}}', 'no-dataset'],
    ['ids that are not a list', JSON.stringify({ ...ds({ index: ['a', 'b'] }, [1, 2]), id: 'd' }), 'field'],
    ['sizes that do not match the ids', JSON.stringify({ ...ds({ index: ['a', 'b'] }, [1, 2]), size: [2, 1] }), 'field'],
    ['a dimension missing', JSON.stringify({ ...ds({ index: ['a', 'b'] }, [1, 2]), dimension: {} }), 'field'],
    ['a repeated position in index', JSON.stringify(ds({ index: { a: 0, b: 0 } }, [1, 2])), 'field'],
    ['fewer categories than size', JSON.stringify(ds({ index: ['a'] }, [1, 2])), 'categories'],
    ['too few values', JSON.stringify(ds({ index: ['a', 'b'] }, [1])), 'values'],
  ])('says what is wrong with %s', (_what, json, code) => {
    const r = parseJsonStat(json);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem.code).toBe(code);
  });
});

describe('tableIdOf', () => {
  it('takes --table, then the dataset, then one five-digit number in the file name', () => {
    expect(tableIdOf('05803', cube('12134.json'), '12134.json')).toBe('05803');
    expect(tableIdOf(undefined, cube('12134-v1.json'), 'export.json')).toBe('12134');
    expect(tableIdOf(undefined, cube('09220.json'), '/tmp/ssb-09220-2026.json')).toBe('09220');
    expect(tableIdOf(undefined, cube('09220.json'), 'barnehager.json')).toBeUndefined();
    expect(tableIdOf(undefined, cube('09220.json'), '09220-vs-12134.json')).toBeUndefined();
  });
});

describe('mergeCubes', () => {
  it('puts answers split by year back into one cube', () => {
    const whole = cube('09220.json');
    const raw = JSON.parse(text('09220.json'));
    const part = (years: string[]) => {
      const keep = (i: number) => years.includes(raw.dimension.Tid.category.index[i % 11]);
      const value = raw.value.filter((_: unknown, i: number) => keep(i));
      const status: Record<string, string> = {};
      let n = 0;
      raw.value.forEach((_: unknown, i: number) => {
        if (!keep(i)) return;
        if (raw.status[String(i)]) status[String(n)] = raw.status[String(i)];
        n++;
      });
      const r = readJsonStat({ ...raw, size: [4, 3, 2, years.length], dimension: { ...raw.dimension, Tid: { category: { index: years } } }, value, status });
      return (r as { cubes: Cube[] }).cubes[0]!;
    };
    const years = whole.dimensions[3]!.codes;
    const merged = mergeCubes([part(years.slice(0, 4)), part(years.slice(4))]);
    expect(cells(merged)).toEqual(cells(whole));
  });
});
