import { defineRule } from '../../diagnostics/rule-info.js';
import { eventRule } from './event-rule.js';
import { ruleText } from '../context.js';

/** A one-off calendar event ends before it starts. */
export const eventEndBeforeDateInfo = defineRule({
  id: 'event-end-before-date',
  severity: 'error',
  configurable: true,
  summary: 'A one-off calendar event ends before it starts.',
  explanation: `
A one-off calendar event ends before it starts. \`end\` is the last day of the
event and must be on or after \`date\`. The årshjul then shows the event on its
\`date\` only.
`,
  bad: {
    lang: 'yaml',
    text: `
# calendars/styringshjul.yaml
kind: Calendar
id: styringshjul
title: Årshjul for plan og styring
events:
  - id: lederprogram-modul-4
    title: Lederprogram, modul 4
    category: people
    date: 2027-01-19
    end: 2027-01-09
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
  - id: lederprogram-modul-4
    title: Lederprogram, modul 4
    category: people
    date: 2027-01-19
    end: 2027-01-20
`,
  },
});

/** A one-off event whose `end` comes before its `date`. */
export const eventEndBeforeDate = eventRule(eventEndBeforeDateInfo.id, (event, ctx) =>
  event.date == null || event.end == null || event.end >= event.date
    ? undefined
    : {
        at: ['end'],
        target: 'value',
        message: ruleText(ctx)['event-end-before-date'].endBefore(event.id, String(event.end), String(event.date)),
        hint: ruleText(ctx)['event-end-before-date'].hint,
      },
);
