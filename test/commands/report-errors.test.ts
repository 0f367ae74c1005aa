import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { copyExample, run } from '../helpers/run.js';

it('prints template errors with the template file and line, and exits 1', async () => {
  const dir = copyExample();
  mkdirSync(join(dir, 'templates/partials'), { recursive: true });
  writeFileSync(join(dir, 'templates/broken.md.hbs'), '# {{plan.title}}\n\n{{> goal-list}}\n{{> no-such-partial}}\n');
  writeFileSync(join(dir, 'templates/partials/goal-list.md.hbs'), '{{#each goals}}\n- {{shout title}}\n{{/each}}\n');
  const r = await run(['report', 'broken', '--plan', 'kommuneplan-2040'], dir);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain('templates/broken.md.hbs');
  expect(r.stderr).toMatch(/4:1\s+feil\s+partial "no-such-partial" not found\s+template\/missing-partial/);
  expect(r.stderr).toContain('templates/partials/goal-list.md.hbs');
  expect(r.stderr).toMatch(/2:3\s+feil\s+unknown helper "shout"\s+template\/unknown-helper/);
  expect(r.stderr).toContain('2 | - {{shout title}}');
  // One language per run: the workspace is nb, so the labels and the summary line are too (they were English).
  expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('✖ 2 problemer (2 feil, 0 advarsler) i maler');
});

it('reports a syntax error in a built-in template override by its file', async () => {
  const dir = copyExample();
  mkdirSync(join(dir, 'templates'), { recursive: true });
  writeFileSync(join(dir, 'templates/handlingsprogram.html.hbs'), '<h1>{{plan.title}</h1>\n');
  const r = await run(['report', 'handlingsprogram', '--format', 'html'], dir);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/templates\/handlingsprogram\.html\.hbs\n\s+1:\d+\s+feil\s+en {{ blir ikke lukket med }} på denne linjen/);
});
