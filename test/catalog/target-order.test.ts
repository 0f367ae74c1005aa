import { describe, expect, it } from 'vitest';
import { compareTargets } from '../../src/catalog/target-order.js';

describe('compareTargets', () => {
  it('orders SDG ids as the catalogue lists them', () => {
    expect(['3.a', '3.10', '10.1', '3.4', '3.9'].sort(compareTargets)).toEqual(['3.4', '3.9', '3.10', '3.a', '10.1']);
  });
  it('treats equal ids as equal', () => {
    expect(compareTargets('11.2', '11.2')).toBe(0);
  });
});
