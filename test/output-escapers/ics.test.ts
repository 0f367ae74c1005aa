import { describe, expect, it } from 'vitest';
import { icsText } from '../../src/output/ics.js';

describe('icsText', () => {
  it('escapes TEXT and shows controls and CI commands as escapes, their backslash escaped', () => {
    expect(icsText('a;b,c\\d\ne\r\nf\rg')).toBe('a\\;b\\,c\\\\d\\ne\\nf\\ng');
    expect(icsText('x\u001b\u202e ::y ##[z]')).toBe('x\\\\u001b\\\\u202e \\\\u003a:y \\\\u0023#[z]');
  });
});
