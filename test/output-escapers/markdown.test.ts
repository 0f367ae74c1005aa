import { describe, expect, it } from 'vitest';
import { breakMentions, mdCode, mdText } from '../../src/output/markdown.js';

describe('mdText', () => {
  it('escapes HTML, emphasis, links, code and table pipes; keeps plain text as it is', () => {
    expect(mdText('<script>alert(1)</script> & <img src=x onerror=y> <!--')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=y&gt; &lt;!--');
    expect(mdText('a | b \\| *c* _d_ `e` [f](g)')).toBe('a \\| b \\\\\\| \\*c\\* \\_d\\_ \\`e\\` \\[f\\](g)');
    expect(mdText('Gode og likeverdige tjenester 2027–2030 (44,9 %)')).toBe('Gode og likeverdige tjenester 2027–2030 (44,9 %)');
  });

  it('puts a value on one line: every line break, CR alone too, with the space around it', () => {
    expect(mdText('a  \n\n  # b\r- c\r\n> d')).toBe('a # b - c &gt; d');
  });

  it('shows controls and bidi as escapes and breaks CI commands with entities', () => {
    expect(mdText('x\u001b[2J\u202e ::set-output:: ##[group]')).toBe('x\\u001b\\[2J\\u202e &#58;:set-output&#58;: &#35;#\\[group\\]');
  });

  it('breaks @mentions, not e-mail addresses', () => {
    expect(mdText('@kari, @org/team og post@asker.kommune.no')).toBe('@&#8203;kari, @&#8203;org/team og post@asker.kommune.no');
    expect(breakMentions('(@x)')).toBe('(@&#8203;x)');
  });

  it('cuts to a maximum, in characters, after joining lines', () => {
    expect(mdText('a\nb', 3)).toBe('a b');
    expect(mdText('🙂'.repeat(10), 4)).toBe('🙂🙂🙂…');
  });

  it('is linear: a title of 100,000 spaces and line breaks', () => {
    const title = `${' '.repeat(100_000)}\n${' \n'.repeat(50_000)}x`;
    expect(mdText(title)).toBe(' x');
  });
});

describe('mdCode', () => {
  it('is a code span when the value can be one, escaped text otherwise', () => {
    expect(mdCode('budget[0].operating')).toBe('`budget[0].operating`');
    expect(mdCode('a|b')).toBe('a\\|b');
    expect(mdCode('a`b')).toBe('a\\`b');
    expect(mdCode('x::y')).toBe('x&#58;:y');
    expect(mdCode('##[x]')).toBe('&#35;#\\[x\\]');
    expect(mdCode('a\nb')).toBe('a b');
    expect(mdCode('x'.repeat(300), 10)).toBe('xxxxxxxxx…');
  });
});

describe('mdCode and mentions', () => {
  it('leaves an @name to mdText, which breaks it', () => {
    expect(mdCode('id @kari')).toBe('id @&#8203;kari');
  });
});
