import { describe, expect, it } from 'vitest';
import { BASE, checkTree } from '../helpers/tree.js';

/** The BASE indicator with `source` and `actuals` replaced by the given YAML lines. */
function indicator(source: string, actuals = 'actuals: [ { year: 2020, value: 41 } ]'): string {
  return `kind: Indicator
id: aktive
title: Andel aktive
direction: increase
sdgIndicator: "3.4.1"
baseline: { year: 2019, value: 40 }
targets: [ { year: 2030, value: 50 } ]
${source}
${actuals}
`;
}

/** rule@line:column of every diagnostic in indicator.yaml. */
function problems(source: string, actuals?: string): string[] {
  const result = checkTree({ ...BASE, 'indicator.yaml': indicator(source, actuals) });
  return result.diagnostics.filter((d) => d.file === 'indicator.yaml').map((d) => `${d.rule}@${d.line}:${d.column}`);
}

describe('source.ssb, source.retrieved and actuals[].status (format 1.1)', () => {
  it('accepts every form FORMAT.md allows', () => {
    expect(problems('source: { name: SSB, ssb: { table: "12134", contents: KOSAG110000 } }')).toEqual([]);
    expect(
      problems(
        `source:
  name: SSB, tabell 09220
  ssb:
    table: "09220"
    contents: Antall1
    region: ["3203", "0220", "0", "32", EKA32, EAK]
    filters: { Eierskap: "01", x-note: 1 }
    x-own: kept
  retrieved: 2027-03-15`,
        'actuals:\n  - { year: 2026, value: 41, status: preliminary }\n  - { year: 2027, value: 42, status: final }',
      ),
    ).toEqual([]);
    expect(problems('source: { name: SSB, ssb: { table: "12134", contents: KOSAG110000, region: "3203" } }')).toEqual([]);
  });

  it('points at each bad value with the schema rule', () => {
    // line 8 is `source:`; the ssb keys follow one a line.
    const source = (line: string) => `source:\n  name: SSB\n  ssb:\n    table: "12134"\n    contents: KOSAG110000\n    ${line}`;
    expect(problems(source('region: 3203'))).toEqual(['schema/type@13:13']);
    expect(problems(source('region: [3203, "0220"]'))).toEqual(['schema/type@13:14']);
    expect(problems(source('region: ["Asker"]'))).toEqual(['schema/pattern@13:14']);
    expect(problems(source('region: []'))).toEqual(['schema/min-items@13:13']);
    expect(problems(source('filters: { Alder: 999 }'))).toEqual(['schema/type@13:23']);
    expect(problems(source('filters: [Alder]'))).toEqual(['schema/type@13:14']);
    expect(problems(source('tabel: "12134"'))).toEqual(['schema/additional-properties@13:5']);
    expect(problems('source: { name: SSB, ssb: { table: 09220, contents: Antall1 } }')).toEqual(['schema/type@8:36']);
    expect(problems('source: { name: SSB, ssb: { table: "9220", contents: Antall1 } }')).toEqual(['schema/pattern@8:36']);
    expect(problems('source: { name: SSB, ssb: { table: "09220", contents: "Antall 1" } }')).toEqual(['schema/pattern@8:55']);
    expect(problems('source: { name: SSB, ssb: { table: "09220" } }')).toEqual(['schema/required@8:27']);
    expect(problems('source: { name: SSB, retrieved: 2027-15-03 }')).toEqual(['schema/format@8:33']);
    expect(problems('source: { name: SSB }', 'actuals: [ { year: 2020, value: 41, status: foreløpig } ]')).toEqual(['schema/enum@9:45']);
  });

  it('says what YAML read when a code lost its quotes', () => {
    const result = checkTree({ ...BASE, 'indicator.yaml': indicator('source: { name: SSB, ssb: { table: 09220, contents: Antall1, region: ["0220"] } }') });
    const d = result.diagnostics.find((x) => x.file === 'indicator.yaml')!;
    expect(d.message).toContain('9220');
    expect(d.hint).toBe('write it as a string: "09220"');
  });
});
