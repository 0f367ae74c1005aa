import { defineRule } from '../diagnostics/rule-info.js';

/** Two documents, or two items of one document, share an id. */
const idDuplicate = defineRule({
  id: 'id/duplicate',
  severity: 'error',
  configurable: false,
  summary: 'Two documents, or two items of one document, share an id.',
  explanation: `
Two documents share an id, or two items of one document do (units, focus
areas, calendar events, two entries for the same SDG target in one
materiality assessment, two frames for one unit in a Budget, or two changes
with one id within a frame; the same change id in two frames is fine). Document ids are unique across the whole
repository, so every reference points at exactly one document. The problem
is reported at the second occurrence, and the hint says where the first one
is.
`,
  bad: {
    lang: 'yaml',
    text: `
# goals/helse.yaml
kind: Goal
id: god-helse
title: Innbyggerne har god helse gjennom hele livet
plan: kommuneplan-2040
focusArea: tjenester
sdgTargets: ["3.4"]
indicators: [fysisk-aktive-ungdom]
---
kind: Goal
id: god-helse   # copied from the goal above
title: Flere eldre mestrer hverdagen og bor trygt hjemme lenger
plan: kommuneplan-2040
focusArea: tjenester
sdgTargets: ["3.8"]
indicators: [reinnleggelser]
`,
  },
  good: {
    lang: 'yaml',
    text: `
# goals/helse.yaml
kind: Goal
id: god-helse
title: Innbyggerne har god helse gjennom hele livet
plan: kommuneplan-2040
focusArea: tjenester
sdgTargets: ["3.4"]
indicators: [fysisk-aktive-ungdom]
---
kind: Goal
id: mestring-i-eget-liv
title: Flere eldre mestrer hverdagen og bor trygt hjemme lenger
plan: kommuneplan-2040
focusArea: tjenester
parent: god-helse
sdgTargets: ["3.8"]
indicators: [reinnleggelser]
`,
  },
});

/** The id rules (check/ids.ts, and rules/calendar-include-clash.ts for built-in calendars). */
export const ID_RULES = [idDuplicate] as const;
