import { BUILT_IN_CALENDARS } from '../../arshjul/built-in.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** An event placed `before` another names an event that does not exist, or itself through a chain. */
export const eventRelativeReferenceInfo = defineRule({
  id: 'event-relative-reference',
  severity: 'error',
  configurable: true,
  summary: 'An event placed before another event names an unknown event, or forms a cycle.',
  explanation: `
An event with \`before: { event, days }\` is placed \`days\` days before the other
event in each year that event occurs. The other event is looked up in the same
calendar first, then in every calendar of the repository and the included built-in
calendars. When no event has that id, or the chain of \`before\` references comes
back to the event itself, the event cannot be placed that way; it keeps its own
\`month\`/\`day\` or \`date\`, if it has any.
`,
  bad: {
    lang: 'yaml',
    text: `
# calendars/styringshjul.yaml
kind: Calendar
id: styringshjul
title: Årshjul for plan og styring
events:
  - id: innstilling-offentlig
    title: Formannskapets innstilling legges ut
    category: deadline
    before: { event: kommunestyre-desmber, days: 14 }
  - id: kommunestyre-desember
    title: Kommunestyret behandler budsjettet
    category: political
    month: 12
    day: 12
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
  - id: innstilling-offentlig
    title: Formannskapets innstilling legges ut
    category: deadline
    before: { event: kommunestyre-desember, days: 14 }
  - id: kommunestyre-desember
    title: Kommunestyret behandler budsjettet
    category: political
    month: 12
    day: 12
`,
  },
});

/** Unknown or cyclic `before.event` references of the repository's calendars. */
export const eventRelativeReference: RepositoryRule = {
  id: eventRelativeReferenceInfo.id,
  run(ctx) {
    const calendars = ctx.repo.ofKind('Calendar', true);
    const include = ctx.repo.workspace?.valid ? (ctx.repo.workspace.data.calendars?.include ?? []) : [];
    const builtIn = include.filter((id) => id in BUILT_IN_CALENDARS).map((id) => BUILT_IN_CALENDARS[id]!('nb'));
    const all = [...calendars.map((c) => ({ id: c.id, events: c.data.events })), ...builtIn];
    const find = (calendarId: string, id: string) => {
      const own = all.find((c) => c.id === calendarId)!;
      if (own.events.some((e) => e.id === id)) return { calendar: own, event: own.events.find((e) => e.id === id)! };
      for (const c of all) {
        const e = c.events.find((x) => x.id === id);
        if (e) return { calendar: c, event: e };
      }
      return undefined;
    };
    for (const calendar of calendars) {
      calendar.data.events.forEach((event, i) => {
        if (!event.before) return;
        const target = find(calendar.id, event.before.event);
        if (!target) {
          ctx.report(calendar, ['events', i, 'before', 'event'], 'value', {
            rule: this.id,
            message: ruleText(ctx)['event-relative-reference'].unknown(event.id, event.before.event),
            hint: ruleText(ctx)['event-relative-reference'].unknownHint,
          });
          return;
        }
        // Follow the chain; coming back to this event is a cycle.
        const seen = new Set<string>();
        let at: { calendar: { id: string }; event: { id: string; before?: { event: string } | null } } | undefined = target;
        while (at?.event.before && !seen.has(`${at.calendar.id}/${at.event.id}`)) {
          seen.add(`${at.calendar.id}/${at.event.id}`);
          at = find(at.calendar.id, at.event.before.event);
        }
        if (seen.has(`${calendar.id}/${event.id}`)) {
          ctx.report(calendar, ['events', i, 'before', 'event'], 'value', {
            rule: this.id,
            message: ruleText(ctx)['event-relative-reference'].cycle(event.id, event.before.event),
            hint: ruleText(ctx)['event-relative-reference'].cycleHint,
          });
        }
      });
    }
  },
};
