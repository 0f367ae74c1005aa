import { mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { EXIT, UsageError, type Io } from '../io.js';
import { sitePages } from '../site/pages.js';
import { atomicWrite } from '../write/atomic-write.js';
import { loadForRender } from './load-model.js';
import { reportModel } from './report-binary.js';

export interface SiteOptions {
  dir?: string;
  out?: string;
  force?: boolean;
  locale?: string;
  plan?: string;
}

/** `plan site [dir] --out DIR`: the plan as a static website (any static host or file://, no requests outside it). */
export async function site(options: SiteOptions, io: Io): Promise<number> {
  if (!options.out) throw new UsageError('plan site needs --out DIR, the folder to write the site to');
  const out = resolve(io.cwd, options.out);
  let existing: string[] = [];
  try {
    existing = readdirSync(out);
  } catch {
    mkdirSync(out, { recursive: true });
  }
  if (existing.length > 0 && !options.force) throw new UsageError(`${options.out} is not empty; use --force to write over the site in it`);
  const model = reportModel(loadForRender(io, options), 'handlingsprogram', options.plan);
  const files = sitePages(model);
  for (const f of files) {
    const file = join(out, f.path);
    mkdirSync(dirname(file), { recursive: true });
    atomicWrite(file, f.content, { force: options.force === true, within: out });
  }
  io.stderr.write(`plan: wrote ${options.out} (${files.length} files)\n`);
  return EXIT.ok;
}
