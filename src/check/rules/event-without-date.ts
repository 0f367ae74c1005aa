import { defineRule } from '../../diagnostics/rule-info.js';
import { eventRule } from './event-rule.js';
import { ruleText } from '../context.js';

/** A calendar event has neither a date nor a month. */
export const eventWithoutDateInfo = defineRule({
  id: 'event-without-date',
  severity: 'error',
  configurable: true,
  summary: 'A calendar event has neither a date nor a month.',
  explanation: `
A calendar event has neither a \`date\` nor a \`month\`, so it never appears in
the årshjul. A \`day\` or \`councilYear\` alone is not enough: a yearly event
needs a \`month\`.
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
    day: 22
    body: Kommunedirektøren
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
    body: Kommunedirektøren
`,
  },
});

/** An event with neither `date` nor `month` never happens. */
export const eventWithoutDate = eventRule(eventWithoutDateInfo.id, (event, ctx) =>
  event.date != null || event.month != null || event.before != null
    ? undefined
    : {
        at: [],
        target: 'start',
        message: ruleText(ctx)['event-without-date'].noDate(event.id),
        hint: ruleText(ctx)['event-without-date'].hint,
      },
);
