import { describe, expect, it } from 'vitest';
import { oneLine, truncate } from '../../src/output/text.js';

describe('oneLine', () => {
  it('joins lines with one space, the whitespace around each break included', () => {
    expect(oneLine('a  \n \n  b\r\nc\rd')).toBe('a b c d');
    expect(oneLine(' lead and trail ')).toBe(' lead and trail ');
  });
});

describe('truncate', () => {
  it('cuts at a number of characters with an ellipsis, never inside a surrogate pair', () => {
    expect(truncate('abcdef', 6)).toBe('abcdef');
    expect(truncate('abc def', 5)).toBe('abc…');
    expect(truncate('🙂🙂🙂', 3)).toBe('🙂🙂🙂');
    expect(truncate('🙂🙂🙂🙂', 3)).toBe('🙂🙂…');
  });
});
