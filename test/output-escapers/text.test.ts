import { describe, expect, it } from 'vitest';
import { oneLine, shown, truncate, truncateShown } from '../../src/output/text.js';

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

describe('truncateShown', () => {
  it('cuts the text as a picture draws it: a control character counts as its six visible characters', () => {
    expect(shown('a\u001bb\u202ec')).toBe('a\\u001bb\\u202ec');
    // 'Kontroll' + ESC shows as 14 characters, more than the 12 of the room.
    expect(truncateShown('Kontroll\u001b[31m', 12)).toBe('Kontroll\\u0…');
    expect([...truncateShown('\u0007'.repeat(50), 20)].length).toBe(20);
    expect(truncateShown('short', 12)).toBe('short');
    expect(truncateShown('🙂'.repeat(10), 4)).toBe('🙂🙂🙂…');
  });

  it('looks at no more of a 100,000-character title than its room needs', () => {
    const huge = 'Et uendelig langt mål '.repeat(5000);
    expect(truncateShown(huge, 30)).toBe(`${huge.slice(0, 29).trimEnd()}…`);
    expect(truncateShown(`${'\u0000'.repeat(100_000)}`, 10)).toBe('\\u0000\\u0…');
  });
});
