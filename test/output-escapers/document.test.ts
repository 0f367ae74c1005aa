import { describe, expect, it } from 'vitest';
import { showControls } from '../../src/output/document.js';
import { printableDocument, printableRendered } from '../../src/output/terminal.js';

describe('showControls (whole documents, files too)', () => {
  it('shows controls, bidi and separators as escapes and keeps LF, CRLF, tabs and CI text', () => {
    expect(showControls('a\tb\r\n\u001b\r\u202e\u2028::x')).toBe('a\tb\r\n\\u001b\\u000d\\u202e\\u2028::x');
  });
});

describe('printableRendered (a rendered template on stdout)', () => {
  // The characters where the two passes could differ: every line break, the whitespace
  // before `::`, the controls showControls escapes, and the CI command marks.
  const alphabet = ['a', 'Z', ' ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u00a0', '\u2028', '\u2029', '\u0085', '\u001b', '\u0000', '\u202e', '\u061c', '\ufeff', ':', '::', '#', '##[', '[', 'vso', '\\', 'u', '0'];

  it('is printableDocument(showControls(text)), on hand-picked and random texts', () => {
    const cases = ['', '::x', ' ::x', '\u2028::x', '\r::x', '\r\n::x', '\v::x', '\f ::x', '\u0085::x', '#\u001b#[', '##\u001b[', '##vso[x', 'a\n \t::b\n##[group]', '\u00a0::x'];
    let seed = 14;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const length = Math.floor(next() * 12);
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(next() * alphabet.length)];
      cases.push(text);
    }
    let differ = 0;
    for (const text of cases) {
      const want = printableDocument(showControls(text));
      expect(printableRendered(text), JSON.stringify(text)).toBe(want);
      // Text that went through showControls already (a status report's output) reads the same.
      expect(printableRendered(showControls(text))).toBe(want);
      if (want !== text) differ++;
    }
    // Most texts have something to escape, so the comparison is not of texts left alone.
    expect(differ).toBeGreaterThan(cases.length / 2);
  });
});
