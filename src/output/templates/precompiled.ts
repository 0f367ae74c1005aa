import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { handlebarsVersion, ownHelpers, type Env } from './handlebars-env.js';
import type { TemplateSource } from './template-sources.js';

/**
 * The built-in templates precompiled at build time (scripts/gen-templates.mjs): the code
 * Handlebars would generate for them at every run, made once, so a report from them needs
 * neither parsing, linting nor Handlebars' compiler. They are found by the template's text,
 * so a repository's own template is precompiled too when it is a copy of a built-in one,
 * and a changed one never takes a stale spec.
 */
export interface PrecompiledFile {
  /** Handlebars' version the specs were made with. */
  handlebars: string;
  /** The helpers they were made against (`helperFingerprint`): the generated code depends on them. */
  helpers: string;
  /** Each template's spec (what `hb.template` runs), by `templateKey` of its text. */
  specs: Record<string, object>;
  /** The partials each calls (`partialsCalled`), by the same key: it is not linted at run time. */
  partials: Record<string, string[]>;
}

const GENERATED = new URL('../../../generated/templates.cjs', import.meta.url);

let loaded: PrecompiledFile | null | undefined;

/** The generated file, when it is there and made with the Handlebars that runs now. */
function precompiled(): PrecompiledFile | null {
  if (loaded !== undefined) return loaded;
  const file = fileURLToPath(GENERATED);
  loaded = null;
  if (!existsSync(file)) return loaded;
  const mod = createRequire(import.meta.url)(file) as Partial<PrecompiledFile>;
  if (mod.handlebars === handlebarsVersion() && typeof mod.helpers === 'string' && mod.specs && mod.partials) loaded = mod as PrecompiledFile;
  return loaded;
}

/** The key of a template's text among the precompiled specs. */
export function templateKey(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/**
 * The precompiled spec of each of the sources that has one and whose partials are all
 * among `partials` (the set's names): one that calls a missing partial is compiled and
 * linted instead, so the problem is the diagnostic the linter gives.
 */
export function precompiledSpecs(sources: readonly TemplateSource[], partials: ReadonlySet<string>): Map<TemplateSource, object> {
  const out = new Map<TemplateSource, object>();
  const file = precompiled();
  if (!file) return out;
  for (const source of sources) {
    const key = templateKey(source.text);
    if (Object.hasOwn(file.specs, key) && (file.partials[key] ?? []).every((name) => partials.has(name))) out.set(source, file.specs[key]!);
  }
  return out;
}

/** Whether the precompiled specs were made against the helpers of this environment. */
export function matchesPrecompiled(hb: Env): boolean {
  return precompiled()?.helpers === helperFingerprint(hb);
}

/** The names of an environment's helpers and own helpers: what the code Handlebars generates depends on. */
export function helperFingerprint(hb: Env): string {
  return JSON.stringify([Object.keys(hb.helpers).sort(), Object.keys(ownHelpers(hb)).sort()]);
}
