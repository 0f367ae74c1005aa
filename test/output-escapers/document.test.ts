import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/output/document.js';

describe('showControls (whole documents, files too)', () => {
  it('shows controls, bidi and separators as escapes and keeps LF, CRLF, tabs and CI text', () => {
    expect(showControls('a\tb\r\n\u001b\r\u202e\u2028::x')).toBe('a\tb\r\n\\u001b\\u000d\\u202e\\u2028::x');
  });
});
