import micromatch from 'micromatch';
import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../src/workspace/file-filter.js';

describe('exclude globs', () => {
  it('match exactly as micromatch with dot: true', () => {
    const globs = ['drafts/**', '**/drafts/**', '**/*.yaml', '*.yaml', 'a/*/c.yaml', 'a/**/c.yaml', '**', '*', 'old-*.yml', 'x?.yaml', 'a/b', '**/b', 'a/**', 'a/**/b/**', '**/a/**/b', 'a.b/*.yaml', 'a**b', 'x/**/*', '{a,b}/**', '[ab]/*.yaml', 'drafts/', './drafts/**', '!drafts/**'];
    const paths = ['drafts', 'drafts/x.yaml', 'drafts/a/b/c.yaml', 'a/drafts/x.yaml', 'x.yaml', 'a/x.yaml', 'a/b/c.yaml', 'a/c.yaml', 'a/b/d/c.yaml', 'old-1.yml', 'a/old-1.yml', 'xy.yaml', 'x.yaml.bak', 'a/b', 'a', 'b', 'a/b/x', 'q/a/z/b', 'a.b/z.yaml', 'axb/z.yaml', 'aXXb', 'a/b/b/c', '.hidden/x.yaml', 'a/.x.yaml', 'x/y/z'];
    for (const glob of globs) {
      const mine = globMatcher(glob);
      const theirs = micromatch.matcher(glob, { dot: true });
      for (const path of paths) expect(mine(path), `${glob} ~ ${path}`).toBe(theirs(path));
    }
  });
});
