import { json } from './json.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

/** Every validate output format by name. */
export const FORMATTERS: Record<string, Formatter> = { stylish, json };
