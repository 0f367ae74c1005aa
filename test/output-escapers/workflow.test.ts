import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/output/workflow.js';

describe('workflow command escaping', () => {
  it('keeps the message on one line and shows what the runner would act on', () => {
    expect(escapeData('100%\nnext::add-mask::x\r\u001b ##[group]')).toBe('100%25%0Anext\\u003a:add-mask\\u003a:x\\u000d\\u001b \\u0023#[group]');
  });

  it('escapes : and , in properties', () => {
    expect(escapeProperty('::stop-commands::x,y.yaml')).toBe('%3A%3Astop-commands%3A%3Ax%2Cy.yaml');
    expect(escapeProperty('##vso[x].yaml')).toBe('\\u0023#vso[x].yaml');
  });
});
