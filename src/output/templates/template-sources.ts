import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locale } from '../../i18n/locale.js';
import type { FormatOf } from '../formats.js';

/** The folder of built-in templates shipped with planverk. */
export const BUILT_IN_DIR = fileURLToPath(new URL('../../../templates/', import.meta.url));

/** The formats of `plan report`, as the registry (src/output/formats.ts) lists them. */
/** The formats a template renders to; docx and pdf are made from the model and from the HTML. */
export type ReportFormat = Exclude<FormatOf<'report'>, 'docx' | 'pdf'>;

/** A template or partial: its name, where it came from (for diagnostics) and its text. */
export interface TemplateSource {
  name: string;
  /** Shown in diagnostics: relative to the repository root for its own templates, `<built-in>/…` for ours. */
  file: string;
  text: string;
}

export interface TemplateSet {
  template: TemplateSource;
  partials: TemplateSource[];
}

/** Where templates are looked for: the repository's own folder first, then the built-in one. */
export interface TemplateDirs {
  root: string;
  builtIn?: string;
}

/**
 * Finds a template by name for a format and locale, and every partial it may use.
 * A repository's `templates/` folder overrides or adds templates and partials by
 * name. Lookup order for `handlingsprogram` in html/nn: `handlingsprogram.nn.html.hbs`,
 * then `handlingsprogram.html.hbs`, in the repository, then built in. A name with
 * a `/` or ending in `.hbs` is a file path relative to `cwd`.
 * Returns undefined when no such template exists.
 */
export function findTemplates(name: string, format: ReportFormat, locale: Locale, dirs: TemplateDirs, cwd: string): TemplateSet | undefined {
  const builtIn = dirs.builtIn ?? BUILT_IN_DIR;
  const ownDir = join(dirs.root, 'templates');
  const show = (dir: string, file: string) => (dir === builtIn ? `<built-in>/${relative(builtIn, file).split(sep).join('/')}` : relative(dirs.root, file).split(sep).join('/'));
  // The repository's templates are untrusted: read only regular files whose real path lies inside it.
  const readable = (dir: string, file: string) => isFile(file) && (dir === builtIn || insideReal(dirs.root, file));
  let template: TemplateSource | undefined;
  if (name.includes('/') || name.endsWith('.hbs')) {
    const file = resolve(cwd, name);
    if (isFile(file)) template = { name: basename(file), file: relative(dirs.root, file).split(sep).join('/'), text: readFileSync(file, 'utf8') };
  } else {
    outer: for (const dir of [ownDir, builtIn]) {
      for (const candidate of [`${name}.${locale}.${format}.hbs`, `${name}.${format}.hbs`]) {
        const file = join(dir, candidate);
        if (readable(dir, file)) {
          template = { name, file: show(dir, file), text: readFileSync(file, 'utf8') };
          break outer;
        }
      }
    }
  }
  if (!template) return undefined;
  const partials = new Map<string, TemplateSource>();
  // Built-in first, so the repository's own partials replace them by name.
  for (const dir of [builtIn, ownDir]) {
    const folder = join(dir, 'partials');
    if (!existsSync(folder)) continue;
    const files = readdirSync(folder).filter((f) => f.endsWith('.hbs')).sort();
    // Generic partials first, so a format-specific one (`x.html.hbs`) wins over `x.hbs` in the same folder.
    for (const f of [...files.filter((x) => !isFormatSpecific(x)), ...files.filter(isFormatSpecific)]) {
      const m = /^(.+?)(?:\.(md|html))?\.hbs$/.exec(f);
      if (!m || (m[2] !== undefined && m[2] !== format)) continue;
      const file = join(folder, f);
      if (readable(dir, file)) partials.set(m[1]!, { name: m[1]!, file: show(dir, file), text: readFileSync(file, 'utf8') });
    }
  }
  return { template, partials: [...partials.values()] };
}

/** Names of the templates available in the repository and built in, for error messages and `--help`. */
export function listTemplates(dirs: TemplateDirs): string[] {
  const names = new Set<string>();
  for (const dir of [join(dirs.root, 'templates'), dirs.builtIn ?? BUILT_IN_DIR]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) {
      const m = /^([^.]+)(?:\.(?:nb|nn|en))?\.(?:md|html)\.hbs$/.exec(f);
      if (m) names.add(m[1]!);
    }
  }
  return [...names].sort();
}

function isFormatSpecific(file: string): boolean {
  return /\.(md|html)\.hbs$/.test(file);
}

/**
 * Whether a file's real path (every link resolved) lies inside the repository's
 * real path: a template linked to /etc/passwd or ~/.ssh would otherwise be
 * printed into the report of a pull request.
 */
function insideReal(root: string, file: string): boolean {
  try {
    const rel = relative(realpathSync(root), realpathSync(file));
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
