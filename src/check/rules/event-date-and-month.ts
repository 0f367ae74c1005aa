import { defineRule } from '../../diagnostics/rule-info.js';
import { eventRule } from './event-rule.js';
import { ruleText } from '../context.js';

/** A calendar event has both a date (one-off) and a month (yearly). */
export const eventDateAndMonthInfo = defineRule({
  id: 'event-date-and-month',
  severity: 'error',
  configurable: true,
  summary: 'A calendar event has both a date (one-off) and a month (yearly).',
  explanation: `
A calendar event has both a \`date\` (a one-off event) and a \`month\` (an event
that recurs every year). The årshjul cannot show it both ways, so keep the
one you mean.
`,
  bad: {
    lang: 'yaml',
    text: `
# calendars/styringshjul.yaml
kind: Calendar
id: styringshjul
title: Årshjul for plan og styring
events:
  - id: budsjettkonferanse
    title: Budsjettkonferanse
    category: budget
    date: 2027-03-15
    month: 3
    body: Kommunestyret
`,
  },
  good: {
    lang: 'yaml',
    text: `
# calendars/styringshjul.yaml
kind: Calendar
id: styringshjul
title: Årshjul for plan og styring
events:
  - id: budsjettkonferanse
    title: Budsjettkonferanse
    category: budget
    month: 3
    day: 15
    body: Kommunestyret
`,
  },
});

/** A one-off event (`date`) cannot also recur every year (`month`). */
export const eventDateAndMonth = eventRule(eventDateAndMonthInfo.id, (event, ctx) =>
  event.date == null || event.month == null
    ? undefined
    : {
        at: ['month'],
        target: 'key',
        message: ruleText(ctx)['event-date-and-month'].both(event.id),
        hint: ruleText(ctx)['event-date-and-month'].hint,
      },
);
