import { readFileSync } from 'node:fs';

/** Where a new repository gets planverk from: the GitHub repository and its release tag. */
export interface PlanverkSource {
  /** `owner/name` on GitHub. */
  repository: string;
  /** The release tag, `v` and the package version: the Action is used at this ref. */
  tag: string;
}

/**
 * The source named by package.json: `repository` (the one place that says where planverk
 * lives; a fork changes it there) and `version` (its tag is `v<version>`). Accepts the
 * forms npm accepts for GitHub: `github:owner/name`, `owner/name` and a github.com URL,
 * as a string or as `{ url }`.
 */
export function planverkSource(pkg: { version: string; repository?: string | { url?: string } }): PlanverkSource {
  const text = typeof pkg.repository === 'string' ? pkg.repository : (pkg.repository?.url ?? '');
  const m = /^(?:github:|(?:git\+)?https:\/\/github\.com\/|git@github\.com:)?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(text);
  if (!m) throw new Error(`package.json: repository "${text}" does not name a GitHub repository (github:owner/name)`);
  return { repository: m[1]!, tag: `v${pkg.version}` };
}

/** The source of this planverk, from its own package.json. */
export function ownSource(): PlanverkSource {
  return planverkSource(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; repository?: string });
}
