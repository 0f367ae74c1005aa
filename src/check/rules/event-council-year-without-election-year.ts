import { defineRule } from '../../diagnostics/rule-info.js';
import { eventRule } from './event-rule.js';
import { ruleText } from '../context.js';

/** A calendar event has a councilYear, but the Workspace has no firstElectionYear to count council periods from. */
export const eventCouncilYearWithoutElectionYearInfo = defineRule({
  id: 'event-council-year-without-election-year',
  severity: 'warning',
  configurable: true,
  summary: 'A calendar event has a councilYear, but the Workspace has no firstElectionYear to count council periods from.',
  explanation: `
A calendar event takes place in one year of the council period
(\`councilYear\`), but \`plan.yaml\` has no \`firstElectionYear\` to count council
periods from. \`plan arshjul\` leaves such events out until it is set. The
diagnostic points at the event; the fix belongs in \`plan.yaml\`.
`,
  bad: {
    lang: 'yaml',
    text: `
# calendars/styringshjul.yaml, in a repository whose plan.yaml has no firstElectionYear
kind: Calendar
id: styringshjul
title: Årshjul for plan og styring
events:
  - id: planstrategi
    title: Kommunal planstrategi vedtas
    category: planning
    councilYear: 1
    month: 10
`,
  },
  good: {
    lang: 'yaml',
    text: `
# plan.yaml
kind: Workspace
id: asker
name: Asker kommune
firstElectionYear: 2023
units:
  - { id: velferd, title: Velferd }
  - { id: oppvekst, title: Oppvekst }
`,
  },
});

/** A council-year event cannot be placed without Workspace.firstElectionYear. */
export const eventCouncilYearWithoutElectionYear = eventRule(
  eventCouncilYearWithoutElectionYearInfo.id,
  (event, ctx) =>
    event.councilYear == null || event.date != null
      ? undefined
      : {
          at: ['councilYear'],
          target: 'key',
          message: ruleText(ctx)['event-council-year-without-election-year'].noElectionYear(event.id, event.councilYear),
          hint: ruleText(ctx)['event-council-year-without-election-year'].hint,
        },
  (ctx) => ctx.repo.workspace?.valid === true && ctx.repo.workspace.data.firstElectionYear == null,
);
