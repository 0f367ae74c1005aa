import { describe, expect, it } from 'vitest';
import { BASE, checkTree } from '../helpers/tree.js';

describe('the base fixture', () => {
  it('passes every check: it is the passing fixture of every rule', () => {
    const result = checkTree(BASE);
    expect(result.diagnostics).toEqual([]);
    expect(result.summary).toEqual({ files: 8, documents: 9, errors: 0, warnings: 0 });
  });
});
