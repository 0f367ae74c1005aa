import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xml } from '../../src/output/xml.js';

describe('xml', () => {
  it('escapes markup, quotes, and what unquoted HTML attributes need', () => {
    expect(xml(`<a href="x" title='y'>&\`=</a>`)).toBe('&lt;a href&#61;&quot;x&quot; title&#61;&#39;y&#39;&gt;&amp;&#96;&#61;&lt;/a&gt;');
    expect(xml(1500)).toBe('1500');
  });

  it('writes line feeds and tabs as references: a value never starts a line of the file', () => {
    expect(xml('a\nb\tc')).toBe('a&#10;b&#9;c');
  });

  it('shows controls, bidi and separators as escapes and drops what XML cannot hold', () => {
    const text = xml('t\u0001\u001b\r\u0085\u202e\u2028 \ud800 \udc00 \ufffe\uffff 🙂');
    expect(text).toBe('t\\u0001\\u001b\\u000d\\u0085\\u202e\\u2028    🙂');
    expect(XMLValidator.validate(`<svg><title>${text}</title><g data-x="${text}"/></svg>`)).toBe(true);
  });

  it('breaks CI commands with references, which read back as the same text', () => {
    expect(xml('::add-mask::x ##vso[y]')).toBe('&#58;:add-mask&#58;:x &#35;#vso[y]');
  });
});
