import type { CheckContext } from '../context.js';

/** A repository rule: a small function over the shared context, with a stable id. */
export interface RepositoryRule {
  id: string;
  run(ctx: CheckContext): void;
}
