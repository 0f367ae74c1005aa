import type { Target } from '../../load/source-file.js';
import type { Calendar } from '../../model/schema-types.js';
import type { CheckContext } from '../context.js';
import type { RuleId } from '../../diagnostics/rules.js';
import type { RepositoryRule } from './rule.js';

export type CalendarEvent = Calendar['events'][number];

/** What is wrong with one event: where below the event, and what to say. */
interface EventProblem {
  at: string[];
  target: Target;
  message: string;
  hint: string;
}

/**
 * A rule that looks at each event of each valid Calendar on its own: `find` says what
 * is wrong with an event, if anything; `applies` can switch the rule off for the
 * whole repository.
 */
export function eventRule(id: RuleId, find: (event: CalendarEvent, ctx: CheckContext) => EventProblem | undefined, applies: (ctx: CheckContext) => boolean = () => true): RepositoryRule {
  return {
    id,
    run(ctx) {
      if (!applies(ctx)) return;
      for (const calendar of ctx.repo.ofKind('Calendar', true)) {
        calendar.data.events.forEach((event, i) => {
          const problem = find(event, ctx);
          if (problem) ctx.report(calendar, ['events', i, ...problem.at], problem.target, { rule: id, message: problem.message, hint: problem.hint });
        });
      }
    },
  };
}
