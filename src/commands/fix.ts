import { resolve } from 'node:path';
import { checkRepository } from '../check/check-repository.js';
import { FIXABLE_RULES, fixFile, type FixChange } from '../fix/fix.js';
import { words } from '../i18n/words.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { EXIT, type Io } from '../io.js';
import { loadRepository } from '../workspace/load-repository.js';
import { atomicWrite } from '../write/atomic-write.js';
import { today } from '../i18n/today.js';

export interface FixOptions {
  dir?: string;
  /** Show what would change, as a diff, and write nothing. */
  dryRun?: boolean;
  /** The language of what it says (default: the workspace locale). */
  locale?: Locale;
  maxFileSize?: number;
}

/**
 * `plan fix`: checks the repository, applies the safe mechanical repairs (FIXABLE_RULES)
 * to each file in place, atomically, and lists what changed; `--dry-run` prints the
 * changed lines as a diff instead. Exit 0; other problems are left to `plan validate`.
 */
export async function fix(options: FixOptions, io: Io): Promise<number> {
  const loaded = loadRepository(resolve(io.cwd, options.dir ?? '.'), { maxFileSize: options.maxFileSize, ...(options.locale !== undefined && { locale: options.locale }), env: io.env });
  const result = checkRepository({ ...loaded, locale: options.locale, env: io.env, today: today(io.env) });
  const w = words(resolveLocale({ flag: options.locale, workspace: result.repo.workspace?.data.locale, hasWorkspace: result.repo.workspace !== undefined, env: io.env })).fix;
  const fixable = new Set<string>(FIXABLE_RULES);
  const byFile = new Map<string, typeof result.diagnostics>();
  for (const d of result.diagnostics) {
    if (!fixable.has(d.rule)) continue;
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  let total = 0;
  for (const file of loaded.files) {
    const found = byFile.get(file.path);
    if (!found) continue;
    const text = new TextDecoder().decode(file.bytes);
    const fixed = fixFile(text, found);
    if (fixed.changes.length === 0) continue;
    total += fixed.changes.length;
    if (options.dryRun) io.stdout.write(diff(file.path, text, fixed.text));
    else {
      atomicWrite(resolve(loaded.root, file.path), fixed.text, { force: true });
      for (const c of fixed.changes) io.stdout.write(`${file.path}:${c.line}  ${describe(w, c)}  ${c.rule}\n`);
    }
  }
  io.stdout.write(`${total === 0 ? w.nothing : options.dryRun ? w.wouldFix(total) : w.fixed(total)}\n`);
  return EXIT.ok;
}

function describe(w: ReturnType<typeof words>['fix'], c: FixChange): string {
  return c.rule === 'sdg/numeric-id' ? w.quoted(c.before, c.after) : w.sorted(c.before, c.after);
}

/** The changed lines of a file as a unified-style diff (the repairs keep the number of lines). */
function diff(path: string, before: string, after: string): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let out = `--- ${path}\n+++ ${path}\n`;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    out += `@@ ${i + 1} @@\n`;
    if (a[i] !== undefined) out += `-${a[i]}\n`;
    if (b[i] !== undefined) out += `+${b[i]}\n`;
  }
  return out;
}
