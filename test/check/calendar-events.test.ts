import { describe, expect, it } from 'vitest';
import { checkRepository } from '../../src/check/check-repository.js';
import { RULES_BY_ID } from '../../src/diagnostics/rules.js';
import { REPOSITORY_RULES } from '../../src/check/rules/index.js';

const enc = new TextEncoder();
const workspace = (extra = 'firstElectionYear: 2023\n') => `kind: Workspace\nid: ws\nname: Testkommune\n${extra}`;
const plan = 'kind: Plan\nid: kommuneplan\ntitle: Kommuneplan\ntype: kommuneplan-samfunnsdel\n';

/** Checks a repository of plan.yaml plus one calendar file, and returns [rule, line] of every diagnostic. */
function check(calendar: string, ws = workspace()): [string, number, string][] {
  const files = [
    { path: 'plan.yaml', bytes: enc.encode(ws) },
    { path: 'plans/kommuneplan.yaml', bytes: enc.encode(plan) },
    { path: 'calendars/hjul.yaml', bytes: enc.encode(calendar) },
  ];
  return checkRepository({ files }).diagnostics.map((d) => [d.rule, d.line, d.severity]);
}
const head = 'kind: Calendar\nid: hjul\ntitle: Hjul\nevents:\n';

describe('calendar event checks', () => {
  it('accepts every kind of valid event, 29 February included', () => {
    const yaml = `${head}  - { id: a, title: A, category: budget, month: 2, day: 29 }
  - { id: b, title: B, category: political, month: 9, councilYear: 4 }
  - { id: c, title: C, category: people, date: 2027-01-19, end: 2027-01-20, relatesTo: kommuneplan }
  - { id: d, title: D, category: other, date: 2027-06-01, end: 2027-06-01 }
`;
    expect(check(yaml)).toEqual([]);
  });

  it.each([
    ['month: 2, day: 30', 'event-impossible-date'],
    ['month: 2, day: 31', 'event-impossible-date'],
    ['month: 4, day: 31', 'event-impossible-date'],
    ['month: 6, day: 31', 'event-impossible-date'],
    ['month: 9, day: 31', 'event-impossible-date'],
    ['month: 11, day: 31', 'event-impossible-date'],
  ])('reports %s as an impossible date', (fields, rule) => {
    expect(check(`${head}  - { id: a, title: A, category: budget, month: 1 }\n  - { id: b, title: B, category: budget, ${fields} }\n`)).toEqual([[rule, 6, 'error']]);
  });

  it('reports an end before the date at the end', () => {
    const yaml = `${head}  - id: a\n    title: A\n    category: other\n    date: 2027-05-10\n    end: 2027-05-01\n`;
    expect(check(yaml)).toEqual([['event-end-before-date', 9, 'error']]);
  });

  it('reports an impossible one-off date through the schema', () => {
    expect(check(`${head}  - { id: a, title: A, category: other, date: 2027-02-29 }\n`)).toEqual([['schema/format', 5, 'error']]);
  });

  it('reports an unknown relatesTo and duplicate event ids with the existing rules', () => {
    const yaml = `${head}  - { id: a, title: A, category: other, month: 1, relatesTo: kommuneplann }\n  - { id: a, title: B, category: other, month: 2 }\n`;
    expect(check(yaml).sort()).toEqual([
      ['id/duplicate', 6, 'error'],
      ['ref/unknown-id', 5, 'error'],
    ]);
  });

  it('warns about council-year events without firstElectionYear', () => {
    expect(check(`${head}  - { id: a, title: A, category: planning, month: 10, councilYear: 1 }\n`, workspace(''))).toEqual([
      ['event-council-year-without-election-year', 5, 'warning'],
    ]);
  });

  it('accepts including the built-in calendar, and rejects unknown ones', () => {
    const ok = `${head}  - { id: a, title: A, category: other, month: 1 }\n`;
    expect(check(ok, workspace('firstElectionYear: 2023\ncalendars:\n  include: [norway-municipal]\n'))).toEqual([]);
    expect(check(ok, workspace('calendars:\n  include: [sweden-municipal]\n'))).toEqual([['schema/enum', 5, 'error']]);
  });

  it('reports a document that takes the id of an included built-in calendar', () => {
    const clash = 'kind: Calendar\nid: norway-municipal\ntitle: Eget\nevents: []\n';
    expect(check(clash, workspace('calendars:\n  include: [norway-municipal]\n'))).toEqual([['id/duplicate', 5, 'error']]);
  });

  it('lets a workspace turn the new rules off', () => {
    const ws = workspace('rules:\n  event-impossible-date: off\n');
    expect(check(`${head}  - { id: a, title: A, category: budget, month: 2, day: 30 }\n`, ws)).toEqual([]);
  });

  it('lists every repository rule in the catalogue', () => {
    for (const rule of REPOSITORY_RULES) expect(RULES_BY_ID.has(rule.id), rule.id).toBe(true);
  });
});
