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
