import type { RepositoryRule } from './rule.js';

/** A goal that no indicator measures cannot be followed up. */
export const goalWithoutIndicator: RepositoryRule = {
  id: 'goal-without-indicator',
  run(ctx) {
    for (const goal of ctx.repo.ofKind('Goal', true)) {
      if ((goal.data.indicators ?? []).length > 0) continue;
      ctx.report(goal, ['id'], 'value', {
        rule: this.id,
        message: `goal "${goal.id}" has no indicators`,
        hint: 'list the indicators that show whether the goal is reached under `indicators`',
      });
    }
  },
};
