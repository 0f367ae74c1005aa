import { maxDaysInMonth } from '../../arshjul/dates.js';
import type { Target } from '../../load/source-file.js';
import type { Calendar } from '../../model/schema-types.js';
import type { CheckContext } from '../context.js';
import type { RepositoryRule } from './rule.js';

type CalendarEvent = Calendar['events'][number];

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
function eventRule(id: string, find: (event: CalendarEvent) => EventProblem | undefined, applies: (ctx: CheckContext) => boolean = () => true): RepositoryRule {
  return {
    id,
    run(ctx) {
      if (!applies(ctx)) return;
      for (const calendar of ctx.repo.ofKind('Calendar', true)) {
        calendar.data.events.forEach((event, i) => {
          const problem = find(event);
          if (problem) ctx.report(calendar, ['events', i, ...problem.at], problem.target, { rule: id, message: problem.message, hint: problem.hint });
        });
      }
    },
  };
}

/** A one-off event (`date`) cannot also recur every year (`month`). */
export const eventDateAndMonth = eventRule('event-date-and-month', (event) =>
  event.date == null || event.month == null
    ? undefined
    : {
        at: ['month'],
        target: 'key',
        message: `event "${event.id}" has both a date (one-off) and a month (every year)`,
        hint: 'keep `date` for a one-off event, or `month` (and `day`) for a yearly one',
      },
);

/** An event with neither `date` nor `month` never happens. */
export const eventWithoutDate = eventRule('event-without-date', (event) =>
  event.date != null || event.month != null
    ? undefined
    : {
        at: [],
        target: 'start',
        message: `event "${event.id}" has neither a date nor a month`,
        hint: 'give `date` for a one-off event, or `month` (and `day`) for a yearly one',
      },
);

/** A yearly event on a day its month never has, such as 30 February or 31 April. */
export const eventImpossibleDate = eventRule('event-impossible-date', (event) =>
  event.month == null || event.day == null || event.day <= maxDaysInMonth(event.month)
    ? undefined
    : {
        at: ['day'],
        target: 'value',
        message: `event "${event.id}" is on day ${event.day} of month ${event.month}, which has at most ${maxDaysInMonth(event.month)} days`,
        hint: 'leave out `day` for the whole month, or pick a day that exists',
      },
);

/** A one-off event whose `end` comes before its `date`. */
export const eventEndBeforeDate = eventRule('event-end-before-date', (event) =>
  event.date == null || event.end == null || event.end >= event.date
    ? undefined
    : {
        at: ['end'],
        target: 'value',
        message: `event "${event.id}" ends (${event.end}) before it starts (${event.date})`,
        hint: '`end` is the last day of the event; it must be on or after `date`',
      },
);

/** A council-year event cannot be placed without Workspace.firstElectionYear. */
export const eventCouncilYearWithoutElectionYear = eventRule(
  'event-council-year-without-election-year',
  (event) =>
    event.councilYear == null || event.date != null
      ? undefined
      : {
          at: ['councilYear'],
          target: 'key',
          message: `event "${event.id}" is in year ${event.councilYear} of the council period, but plan.yaml has no firstElectionYear`,
          hint: 'set `firstElectionYear` in plan.yaml (e.g. 2023); until then the event is left out of the årshjul',
        },
  (ctx) => ctx.repo.workspace?.valid === true && ctx.repo.workspace.data.firstElectionYear == null,
);

/** A built-in calendar that the workspace includes cannot share its id with a document. */
export const calendarIncludeClash: RepositoryRule = {
  id: 'id/duplicate',
  run(ctx) {
    const workspace = ctx.repo.workspace;
    if (!workspace?.valid) return;
    (workspace.data.calendars?.include ?? []).forEach((id, i) => {
      const taken = ctx.repo.byId.get(id);
      if (!taken) return;
      ctx.report(workspace, ['calendars', 'include', i], 'value', {
        rule: this.id,
        message: `built-in calendar "${id}" has the same id as a ${taken.kind} in ${taken.doc.source.path}`,
        hint: 'rename that document, or stop including the built-in calendar',
      });
    });
  },
};
