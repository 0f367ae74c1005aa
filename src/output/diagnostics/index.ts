import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { FormatOf } from '../formats.js';
import type { Formatter } from './types.js';

/** Every validate output format by name: exactly the registry's (src/output/formats.ts). */
const BY_FORMAT: Record<FormatOf<'validate'>, Formatter> = { stylish, json, github, sarif, junit };

/** The same, looked up by a name from the command line (which `planOutputs` checks first). */
export const FORMATTERS: Readonly<Record<string, Formatter>> = BY_FORMAT;

/** The format names, for `--format` and `--output-file` checks. */
export const FORMAT_NAMES = Object.keys(FORMATTERS);
