import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { repositoryArb, type GeneratedFile } from './arbitraries.js';
import { pollution, positionProblems } from './assertions.js';
import { fcParams } from './config.js';
import { STAGES } from './stages.js';
import { cases } from '../helpers/test-level.js';

/** Copies bytes so a second run cannot share state with the first through them. */
const copy = (files: GeneratedFile[]) => files.map((f) => ({ path: f.path, bytes: new Uint8Array(f.bytes) }));

describe.each(STAGES)('property: $name over random repositories', (stage) => {
  it('never throws; every diagnostic points inside an input file; output is deterministic; JSON parses; SVG is XML', () => {
    fc.assert(
      fc.property(repositoryArb(), (files) => {
        const first = stage.run({ files: copy(files) });
        const second = stage.run({ files: copy(files) });
        const problems = positionProblems(first.diagnostics, files);
        if (problems.length > 0) throw new Error(problems.join('\n'));
        for (const [name, text] of Object.entries(first.outputs)) {
          if (second.outputs[name] !== text) throw new Error(`output "${name}" differs between two runs`);
        }
        for (const name of first.json) JSON.parse(first.outputs[name]!);
        for (const name of first.xml ?? []) {
          const valid = XMLValidator.validate(first.outputs[name]!);
          if (valid !== true) throw new Error(`output "${name}" is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
        }
        expect(pollution()).toEqual([]);
      }),
      fcParams(cases(12, 150)),
    );
  });

  it('documents of every kind with data mutations only (no byte damage): never throw, stay in bounds', () => {
    fc.assert(
      fc.property(repositoryArb({ byteMutations: false, maxFiles: 12 }), (files) => {
        const out = stage.run({ files });
        expect(positionProblems(out.diagnostics, files)).toEqual([]);
      }),
      fcParams(cases(9, 100)),
    );
  });
});
