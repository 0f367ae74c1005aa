import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkRepository, type CheckResult } from '../../src/check/check-repository.js';
import type { Locale } from '../../src/i18n/locale.js';

/** A repository as an inline file tree: path → text. */
export type Tree = Record<string, string>;

/** A small, complete, valid repository that each rule fixture breaks in one place. */
export const BASE: Tree = {
  'plan.yaml': `kind: Workspace
id: test
name: Testkommune
amountUnit: 1000
firstElectionYear: 2023
units:
  - { id: velferd, title: Velferd }
`,
  'materiality.yaml': `kind: MaterialityAssessment
id: vesentlighet
title: Vesentlighet
scale: { min: 1, max: 5 }
threshold: 8
entries:
  - { target: "3.4", significance: 5, influence: 4 }
  - { target: "4.1", significance: 2, influence: 2 }
`,
  'plans.yaml': `kind: Plan
id: kp
title: Kommuneplan
type: kommuneplan-samfunnsdel
period: { start: 2020, end: 2040 }
materiality: vesentlighet
focusAreas:
  - { id: helse, title: Helse }
---
kind: Plan
id: hp
title: Handlingsprogram
type: handlingsprogram
parent: kp
period: { start: 2027, end: 2030 }
`,
  'goal.yaml': `kind: Goal
id: god-helse
title: God helse
plan: kp
focusArea: helse
sdgTargets: ["3.4"]
indicators: [aktive]
`,
  'indicator.yaml': `kind: Indicator
id: aktive
title: Andel aktive
direction: increase
sdgIndicator: "3.4.1"
baseline: { year: 2019, value: 40 }
targets: [ { year: 2030, value: 50 } ]
actuals: [ { year: 2020, value: 41 }, { year: 2021, value: 42 } ]
`,
  'measure.yaml': `kind: Measure
id: tiltak
title: Tiltak
plan: hp
goals: [god-helse]
responsible: velferd
type: change
period: { start: 2027, end: 2029 }
budget:
  - { year: 2027, operating: 1500, investment: 4000 }
  - { year: 2028, operating: 1200 }
`,
  'benefit.yaml': `kind: Benefit
id: gevinst
title: Gevinst
measure: tiltak
owner: velferd
indicator: aktive
`,
  'calendar.yaml': `kind: Calendar
id: hjul
title: Årshjul
events:
  - { id: budsjett, title: Budsjett, category: budget, month: 12, day: 15 }
  - { id: samling, title: Samling, category: people, date: 2027-01-15, relatesTo: kp }
`,
};

/**
 * Runs every check on an inline tree, without touching the disk. The messages are
 * English (`--locale en`) unless a locale is given: the tests of the words of each
 * language give one.
 */
export function checkTree(tree: Tree, locale: Locale = 'en'): CheckResult {
  const files = Object.keys(tree)
    .sort((a, b) => (a === 'plan.yaml' ? -1 : b === 'plan.yaml' ? 1 : a < b ? -1 : 1))
    .map((path) => ({ path, bytes: new TextEncoder().encode(tree[path]!) }));
  return checkRepository({ files, locale });
}

/** Writes a tree to a new temporary folder and returns its path. */
export function writeTree(tree: Tree): string {
  const dir = mkdtempSync(join(tmpdir(), 'planverk-'));
  for (const [path, text] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
