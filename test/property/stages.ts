import { checkRepository, type CheckInput } from '../../src/check/check-repository.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { json } from '../../src/formatters/json.js';
import { stylish } from '../../src/formatters/stylish.js';
import { sourceLines } from '../../src/load/source-lines.js';

/** What one pipeline stage made of a repository. */
export interface StageOutput {
  /** Every diagnostic the stage reports (each must point inside an input file). */
  diagnostics: readonly Diagnostic[];
  /** Named outputs; each must be the same bytes on every run over the same input. */
  outputs: Record<string, string>;
  /** Names of outputs that must parse as JSON. */
  json: string[];
}

/** A stage of load → check → report → diff, run in-process on in-memory files. */
export interface Stage {
  name: string;
  run(input: CheckInput): StageOutput;
}

/**
 * Every stage the property tests drive. Add a stage here (e.g. `plan report` over
 * each built-in template, `plan diff` between the input and a mutated copy) and it
 * gets the same properties: no exception escapes, positions inside the files,
 * deterministic bytes, JSON that parses.
 */
export const STAGES: Stage[] = [
  {
    name: 'check + validate formatters',
    run(input) {
      const result = checkRepository(input);
      const report = { diagnostics: result.diagnostics, summary: result.summary, lineText: sourceLines(input.files) };
      return {
        diagnostics: result.diagnostics,
        outputs: { json: json(report, { color: false }), stylish: stylish(report, { color: false }), 'stylish-color': stylish(report, { color: true }) },
        json: ['json'],
      };
    },
  },
];
