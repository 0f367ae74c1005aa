import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/plan-cli.js';
import { offlineNpmEnv, packTarball } from './packed.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The README's section "Use it for your municipality", up to the next `## ` heading. */
function section(): string {
  const start = README.indexOf('\n## Use it for your municipality\n');
  expect(start, 'README.md has the section').toBeGreaterThan(0);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end);
}

/**
 * The section as one script, in its order: each ```sh block runs as written, and each
 * ```yaml block that starts with `# <path>` is the new content of that file (as a reader
 * would paste it in the editor). Any other code block is an error: the reader would be
 * asked to do something this test does not.
 */
function script(text: string): { script: string; commands: string[] } {
  const parts: string[] = [];
  const commands: string[] = [];
  for (const [, lang, body] of text.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)) {
    if (lang === 'sh') {
      parts.push(body!);
      commands.push(...body!.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')));
    } else if (lang === 'yaml' && /^# [\w./-]+\.ya?ml\n/.test(body!)) {
      const path = /^# (\S+)/.exec(body!)![1]!;
      parts.push(`cat > '${path}' <<'README_EOF'\n${body}README_EOF\n`);
    } else throw new Error(`a \`\`\`${lang} block this test cannot follow:\n${body}`);
  }
  return { script: parts.join(''), commands };
}

describe('README: Use it for your municipality, followed word for word', { timeout: 120_000 }, () => {
  let home: string;
  let remote: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    // What the reader has: the downloaded tarball in the working folder, npm with no
    // registry, git, and GitHub, here a local bare repository behind the same URL.
    home = tempDir();
    const tarball = packTarball();
    copyFileSync(tarball, join(home, basename(tarball)));
    remote = join(tempDir(), 'asker-kommune');
    mkdirSync(remote);
    spawnSync('git', ['init', '-q', '--bare', '-b', 'main', join(remote, 'plan.git')]);
    const gitconfig = join(tempDir(), 'gitconfig');
    writeFileSync(gitconfig, `[user]\n\tname = Planlegger\n\temail = plan@asker.example\n[init]\n\tdefaultBranch = main\n[url "file://${remote}/"]\n\tinsteadOf = https://github.com/asker-kommune/\n`);
    const prefix = join(tempDir(), 'npm-global');
    env = { ...offlineNpmEnv(), npm_config_prefix: prefix, PATH: `${join(prefix, 'bin')}:${process.env.PATH!}`, GIT_CONFIG_GLOBAL: gitconfig, GIT_CONFIG_NOSYSTEM: '1', NO_COLOR: '1' };
  });

  it('installs, starts, commits, pushes and opens a branch as it says, and every step succeeds', () => {
    const { script: text, commands } = script(section());
    expect(commands).toEqual(expect.arrayContaining([expect.stringMatching(/^npm install --global \.\/planverk-[\d.]+\.tgz$/), expect.stringMatching(/^plan init /), 'plan validate']));
    const r = spawnSync('bash', ['-e', '-x', '-c', text], { cwd: home, env, encoding: 'utf8' });
    expect(r.stderr.split('\n').filter((l) => /^(npm error|fatal|plan:)/.test(l))).toEqual([]);
    expect(r.status, r.stderr).toBe(0);
    // `plan validate` twice clean, and `plan diff main` named the changed goal and its new target.
    expect(r.stdout.match(/: ingen problemer\n/g)).toHaveLength(2);
    expect(r.stdout).toMatch(/god-helse: \+3\.5/);
    // Both pushes reached "GitHub".
    const branches = spawnSync('git', ['--git-dir', join(remote, 'plan.git'), 'branch', '--format=%(refname:short)'], { encoding: 'utf8' }).stdout.trim().split('\n').sort();
    expect(branches).toEqual(['folkehelse', 'main']);
    const pushed = spawnSync('git', ['--git-dir', join(remote, 'plan.git'), 'show', 'folkehelse:goals/god-helse.yaml'], { encoding: 'utf8' }).stdout;
    expect(pushed).toContain('"3.5"');
  });
});
