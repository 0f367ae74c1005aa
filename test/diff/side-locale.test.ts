import { afterEach, describe, expect, it } from 'vitest';
import { readDiffSources } from '../../src/diff/git-source.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { nn } from '../../src/i18n/nn.js';
import { GitRepo } from '../helpers/git-repo.js';

const workspace = (locale?: string) => `kind: Workspace\nid: t\nname: T\n${locale ? `locale: ${locale}\n` : ''}`;
const BIG = `kind: Goal\nid: big\ntitle: ${'x'.repeat(200)}\nplan: kp\n`;

let repo: GitRepo | undefined;
afterEach(() => repo?.remove());

describe('plan diff speaks one language on both sides (issue 18)', { timeout: 60_000 }, () => {
  it('nb by default: the too-large note of a committed side', () => {
    repo = new GitRepo({ 'plan.yaml': workspace(), 'goals/big.yaml': BIG });
    const sources = readDiffSources(repo.dir, 'HEAD', undefined, { maxFileSize: 100 });
    expect(sources.locale).toBe('nb');
    const note = sources.base.input?.diagnostics?.find((d) => d.rule === 'file/too-large');
    expect(note?.hint).toBe(nb.fileText.tooLargeHint);
    expect(note?.message).toContain(nb.fileText.megabytes(100 / 1024 / 1024));
    expect(sources.head.input?.diagnostics?.find((d) => d.rule === 'file/too-large')?.hint).toBe(nb.fileText.tooLargeHint);
  });

  it("the head side's locale for both sides, and --locale-like option over it", () => {
    repo = new GitRepo({ 'plan.yaml': workspace('en'), 'goals/big.yaml': BIG });
    repo.write({ 'plan.yaml': workspace('nn') });
    const sources = readDiffSources(repo.dir, 'HEAD', undefined, { maxFileSize: 100 });
    expect(sources.locale).toBe('nn');
    expect(sources.base.input?.diagnostics?.find((d) => d.rule === 'file/too-large')?.hint).toBe(nn.fileText.tooLargeHint);
    expect(readDiffSources(repo.dir, 'HEAD', undefined, { maxFileSize: 100, locale: 'en' }).base.input?.diagnostics?.find((d) => d.rule === 'file/too-large')?.hint).toBe(en.fileText.tooLargeHint);
  });

  it("the base side's locale when the head names none, as the report's language", () => {
    repo = new GitRepo({ 'plan.yaml': workspace('en'), 'goals/big.yaml': BIG });
    repo.write({ 'plan.yaml': workspace() });
    const sources = readDiffSources(repo.dir, 'HEAD', undefined, { maxFileSize: 100 });
    expect(sources.locale).toBe('en');
    expect(sources.head.input?.diagnostics?.find((d) => d.rule === 'file/too-large')?.hint).toBe(en.fileText.tooLargeHint);
  });
});
