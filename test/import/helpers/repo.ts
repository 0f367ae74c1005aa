import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSsbCommand, type ImportHooks, type ImportSsbOptions } from '../../../src/commands/import.js';
import { captureIo } from '../../helpers/capture-io.js';
import { writeTree, type Tree } from '../../helpers/tree.js';

/** A saved answer's path, as a user would name it on the command line. */
export const fixturePath = (name: string) => fileURLToPath(new URL(`../../fixtures/ssb/${name}`, import.meta.url));

export const WORKSPACE = `kind: Workspace
id: asker
name: Asker kommune
municipalityNumber: "3203"
locale: nb
`;

/**
 * Two KOSTRA indicators in one file, written as people write them: comments, a
 * flow `source`, block `source`, flow and block items, and a third document the
 * import must leave alone.
 */
export const OKONOMI = `# Finansielle måltall (KOSTRA)
kind: Indicator
id: netto-driftsresultat
title: Netto driftsresultat i prosent av brutto driftsinntekter
unit: percent
direction: increase
source: { name: SSB – KOSTRA, ssb: { table: "12134", contents: KOSAG110000, region: ["3203", "3025", "0220"] } }
baseline: { year: 2019, value: 1.5 }
targets: [ { year: 2030, value: 2.0 } ]
actuals:
  - { year: 2020, value: 2.9 }
  - { year: 2021, value: 3.4 }   # stemmer med årsregnskapet
  - { year: 2022, value: 0.4 }
  - { year: 2023, value: -0.4 }  # feil, SSB sier -0.5
---
kind: Indicator
id: netto-lanegjeld
title: Netto lånegjeld i prosent av brutto driftsinntekter
unit: percent
direction: decrease
source:
  name: SSB – KOSTRA
  ssb:
    table: "12134"
    contents: KOSAG320000
    region: ["3203", "3025"]
  retrieved: 2025-06-13
actuals:
- year: 2024
  value: 91.8
  status: preliminary
---
# Ikke fra SSB
kind: Indicator
id: egne-tall
title: Egne tall
direction: increase
actuals: [ { year: 2024, value: 7 } ]
`;

export const BARNEHAGE = `kind: Indicator
id: barnehagedekning
title: Andel barn 1–5 år med barnehageplass
unit: percent
direction: maintain
source:
  name: SSB
  ssb: { table: "09220", contents: AndelBarnBhg, region: ["3203", "3025"], filters: { Alder: "999D" } }
actuals: [ { year: 2020, value: 92.8 } ]
`;

/** A temporary repository: plan.yaml and the two indicator files, plus `extra`. */
export function repo(extra: Tree = {}): string {
  return writeTree({ 'plan.yaml': WORKSPACE, 'indicators/okonomi.yaml': OKONOMI, 'indicators/barnehage.yaml': BARNEHAGE, ...extra });
}

export function read(dir: string, path: string): string {
  return readFileSync(join(dir, path), 'utf8');
}

/** Runs `plan import ssb` in-process in `dir`; `today` is fixed so runs are repeatable. */
export async function runImport(dir: string, options: Partial<ImportSsbOptions> & { sources: string[] }, hooks: ImportHooks = {}) {
  const io = captureIo(dir);
  const code = await importSsbCommand({ ...options }, io, { today: '2026-04-01', ...hooks });
  return { code, out: io.out(), err: io.err() };
}
