import { github } from './github.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Every validate output format by name. */
export const FORMATTERS: Record<string, Formatter> = { stylish, json, github, sarif, junit };

/** The format names, for `--format` and `--output-file` checks. */
export const FORMAT_NAMES = Object.keys(FORMATTERS);
