import { maxDaysInMonth } from '../../arshjul/dates.js';
import type { RepositoryRule } from './rule.js';

/** A one-off event (`date`) cannot also recur every year (`month`). */
export const eventDateAndMonth: RepositoryRule = {
  id: 'event-date-and-month',
  run(ctx) {
    for (const calendar of ctx.repo.ofKind('Calendar', true)) {
      calendar.data.events.forEach((event, i) => {
        if (event.date == null || event.month == null) return;
        ctx.report(calendar, ['events', i, 'month'], 'key', {
          rule: this.id,
          message: `event "${event.id}" has both a date (one-off) and a month (every year)`,
          hint: 'keep `date` for a one-off event, or `month` (and `day`) for a yearly one',
        });
      });
    }
  },
};

/** An event with neither `date` nor `month` never happens. */
export const eventWithoutDate: RepositoryRule = {
  id: 'event-without-date',
  run(ctx) {
    for (const calendar of ctx.repo.ofKind('Calendar', true)) {
      calendar.data.events.forEach((event, i) => {
        if (event.date != null || event.month != null) return;
        ctx.report(calendar, ['events', i], 'start', {
          rule: this.id,
          message: `event "${event.id}" has neither a date nor a month`,
          hint: 'give `date` for a one-off event, or `month` (and `day`) for a yearly one',
        });
      });
    }
  },
};

/** A yearly event on a day its month never has, such as 30 February or 31 April. */
export const eventImpossibleDate: RepositoryRule = {
  id: 'event-impossible-date',
  run(ctx) {
    for (const calendar of ctx.repo.ofKind('Calendar', true)) {
      calendar.data.events.forEach((event, i) => {
        if (event.month == null || event.day == null || event.day <= maxDaysInMonth(event.month)) return;
        ctx.report(calendar, ['events', i, 'day'], 'value', {
          rule: this.id,
          message: `event "${event.id}" is on day ${event.day} of month ${event.month}, which has at most ${maxDaysInMonth(event.month)} days`,
          hint: 'leave out `day` for the whole month, or pick a day that exists',
        });
      });
    }
  },
};

/** A one-off event whose `end` comes before its `date`. */
export const eventEndBeforeDate: RepositoryRule = {
  id: 'event-end-before-date',
  run(ctx) {
    for (const calendar of ctx.repo.ofKind('Calendar', true)) {
      calendar.data.events.forEach((event, i) => {
        if (event.date == null || event.end == null || event.end >= event.date) return;
        ctx.report(calendar, ['events', i, 'end'], 'value', {
          rule: this.id,
          message: `event "${event.id}" ends (${event.end}) before it starts (${event.date})`,
          hint: '`end` is the last day of the event; it must be on or after `date`',
        });
      });
    }
  },
};

/** A council-year event cannot be placed without Workspace.firstElectionYear. */
export const eventCouncilYearWithoutElectionYear: RepositoryRule = {
  id: 'event-council-year-without-election-year',
  run(ctx) {
    const workspace = ctx.repo.workspace;
    if (!workspace?.valid || workspace.data.firstElectionYear != null) return;
    for (const calendar of ctx.repo.ofKind('Calendar', true)) {
      calendar.data.events.forEach((event, i) => {
        if (event.councilYear == null || event.date != null) return;
        ctx.report(calendar, ['events', i, 'councilYear'], 'key', {
          rule: this.id,
          message: `event "${event.id}" is in year ${event.councilYear} of the council period, but plan.yaml has no firstElectionYear`,
          hint: 'set `firstElectionYear` in plan.yaml (e.g. 2023); until then the event is left out of the årshjul',
        });
      });
    }
  },
};

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
