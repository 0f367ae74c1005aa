import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without types
import { generate } from '../../scripts/gen-types.mjs';

describe('src/model/schema-types.ts', () => {
  it('is what scripts/gen-types.mjs makes from schemas/ (run `npm run gen:types` after a schema change)', async () => {
    const committed = readFileSync(new URL('../../src/model/schema-types.ts', import.meta.url), 'utf8');
    expect(committed).toBe(await (generate as () => Promise<string>)());
  });
});
