import type { RuleId } from '../../diagnostics/rules.js';
import type { CheckContext } from '../context.js';

/**
 * A repository rule: a small function over the shared context. Its id names a
 * configurable rule of the catalogue, which its file declares beside it.
 */
export interface RepositoryRule {
  id: RuleId;
  run(ctx: CheckContext): void;
}
