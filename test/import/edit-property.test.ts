import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { editFile } from '../../src/import/ssb/edit-file.js';
import { mergeActuals, type Actual } from '../../src/import/ssb/merge-actuals.js';
import { fcParams } from '../property/config.js';
import { cases } from '../helpers/test-level.js';

type Style = 'flow-items' | 'block-items' | 'flow-list';

/** An indicator document with its actuals written in one style, comments on some items. */
function documentText(style: Style, actuals: Actual[], comments: boolean[], source: 'flow' | 'block'): string {
  const src = source === 'flow' ? 'source: { name: SSB, ssb: { table: "12134", contents: KOSAG110000 } }  # kilde' : 'source:\n  name: SSB  # kilde\n  ssb: { table: "12134", contents: KOSAG110000 }';
  const head = `# indikator\nkind: Indicator\nid: i\ntitle: "T"\ndirection: increase\n${src}\n`;
  const c = (i: number) => (comments[i] ? `  # merknad ${i}` : '');
  if (style === 'flow-list') return `${head}actuals: [ ${actuals.map((a) => `{ year: ${a.year}, value: ${a.value} }`).join(', ')} ]\ntargets: [ { year: 2030, value: 1 } ]\n`;
  if (style === 'flow-items') return `${head}actuals:\n${actuals.map((a, i) => `  - { year: ${a.year}, value: ${a.value} }${c(i)}\n`).join('')}targets: [ { year: 2030, value: 1 } ]\n`;
  return `${head}actuals:\n${actuals.map((a, i) => `- year: ${a.year}\n  value: ${a.value}${c(i)}\n`).join('')}targets: [ { year: 2030, value: 1 } ]\n`;
}

const OTHER = "kind: Goal\nid: g   # annen\ntitle: 'Mål'\nplan: p\nindicators: [i]\n";

const value = fc.integer({ min: -500, max: 500 }).map((n) => n / 10);
const years = fc.uniqueArray(fc.integer({ min: 2015, max: 2025 }), { maxLength: 8 }).map((ys) => ys.sort((a, b) => a - b));

describe('editing actuals in place, on random files', () => {
  it('reads back as intended, keeps every comment and the other documents byte for byte', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Style>('flow-items', 'block-items', 'flow-list'),
        fc.constantFrom<'flow' | 'block'>('flow', 'block'),
        years.chain((ys) => fc.tuple(fc.constant(ys), fc.array(value, { minLength: ys.length, maxLength: ys.length }), fc.array(fc.boolean(), { minLength: ys.length, maxLength: ys.length }))),
        fc.array(fc.tuple(fc.integer({ min: 2010, max: 2026 }), value), { maxLength: 10 }),
        fc.boolean(),
        fc.constantFrom<undefined | 'preliminary' | 'final'>(undefined, 'preliminary', 'final'),
        (style, source, [ys, vs, comments], imported, crlf, status) => {
          const actuals = ys.map((year, i) => ({ year, value: vs[i]! }));
          let text = `${OTHER}---\n${documentText(style, actuals, comments, source)}---\n${OTHER.replace('id: g', 'id: h')}`;
          if (crlf) text = text.replace(/\n/g, '\r\n');
          const values = [...new Map(imported.map(([year, v]) => [year, { year, value: v, region: '3203' }])).values()];
          const plan = mergeActuals(actuals, values, status);
          const result = editFile(text, [{ index: 1, plan, retrieved: '2026-03-15' }]);
          expect(result.ok).toBe(true);
          const out = (result as { text: string }).text;
          const docs = parseAllDocuments(out).map((d) => d.toJS());
          expect(docs[1].actuals ?? []).toEqual(plan.result);
          expect(docs[1].source.retrieved).toBe('2026-03-15');
          const parts = (s: string) => s.split(crlf ? '\r\n---\r\n' : '\n---\n');
          expect(parts(out)[0]).toBe(parts(text)[0]);
          expect(parts(out)[2]).toBe(parts(text)[2]);
          expect(out.match(/#[^\r\n]*/g)).toEqual(text.match(/#[^\r\n]*/g));
          if (crlf) expect(out.replace(/\r\n/g, '')).not.toContain('\n');
        },
      ),
      fcParams(cases(100, 300)),
    );
  });
});
