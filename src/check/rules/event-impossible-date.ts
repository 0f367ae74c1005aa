import { maxDaysInMonth } from '../../arshjul/dates.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import { eventRule } from './event-rule.js';
import { ruleText } from '../context.js';

/** A yearly calendar event is on a day its month never has (30 February, 31 April). */
export const eventImpossibleDateInfo = defineRule({
  id: 'event-impossible-date',
  severity: 'error',
  configurable: true,
  summary: 'A yearly calendar event is on a day its month never has (30 February, 31 April).',
  explanation: `
A yearly calendar event is on a day that its month never has: 30 or 31
February, or the 31st of April, June, September or November. 29 February is
allowed; in common years the event falls on 28 February. Leave out \`day\` for
an event that lasts the whole month.
`,
  bad: {
    lang: 'yaml',
    text: `
# calendars/styringshjul.yaml
kind: Calendar
id: styringshjul
title: Årshjul for plan og styring
events:
  - id: arsregnskap
    title: Årsregnskapet avlegges
    category: deadline
    month: 2
    day: 30
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
  - id: arsregnskap
    title: Årsregnskapet avlegges
    category: deadline
    month: 2
    day: 22
`,
  },
});

/** A yearly event on a day its month never has, such as 30 February or 31 April. */
export const eventImpossibleDate = eventRule(eventImpossibleDateInfo.id, (event, ctx) =>
  event.month == null || event.day == null || event.day <= maxDaysInMonth(event.month)
    ? undefined
    : {
        at: ['day'],
        target: 'value',
        message: ruleText(ctx)['event-impossible-date'].impossible(event.id, event.day, event.month, maxDaysInMonth(event.month)),
        hint: ruleText(ctx)['event-impossible-date'].hint,
      },
);
