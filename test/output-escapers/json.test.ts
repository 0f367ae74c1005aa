import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/output/json.js';

describe('jsonText', () => {
  const value = { 'k::': ['\u001b\u007f\u0085\u202e\u2028\u2029', '::error::x', '##[group]', '\\::'], n: 1 };

  it('escapes what JSON.stringify leaves raw, and CI commands, inside strings', () => {
    const text = jsonText(value, 0);
    expect(text).toBe('{"k\\u003a:":["\\u001b\\u007f\\u0085\\u202e\\u2028\\u2029","\\u003a:error\\u003a:x","\\u0023#[group]","\\\\\\u003a:"],"n":1}');
    expect(text).not.toMatch(/[\u007f-\u009f\u202e\u2028\u2029]|::|##\[/);
  });

  it('reads back as the same value', () => {
    expect(JSON.parse(jsonText(value))).toEqual(value);
  });
});
