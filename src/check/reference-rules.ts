import { defineRule } from '../diagnostics/rule-info.js';

/** A reference names an id that does not exist (documents, focus areas, units, budget frames). */
const refUnknownId = defineRule({
  id: 'ref/unknown-id',
  severity: 'error',
  configurable: false,
  summary: 'A reference names an id that does not exist (documents, focus areas, units, budget frames).',
  explanation: `
A reference names an id that does not exist. This covers documents, a
focus area that the goal's plan does not have, and a unit that is not in the
Workspace's \`units\` (a measure's \`responsible\`, a benefit's \`owner\`, a
Budget frame's \`unit\`). A broken reference breaks the thread from SDG target
through goal to indicator and measure. The hint suggests the closest
existing id.
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
indicators: [fysisk-aktiv-ungdom]
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
`,
  },
});

/** A reference names a document of the wrong kind. */
const refWrongKind = defineRule({
  id: 'ref/wrong-kind',
  severity: 'error',
  configurable: false,
  summary: 'A reference names a document of the wrong kind.',
  explanation: `
A reference names a document that exists but is of the wrong kind, for
example an Indicator where a Goal belongs. Reports and the golden thread
would otherwise link things that do not fit together.
`,
  bad: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Measure
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: handlingsprogram-2027-2030
goals: [god-helse, reinnleggelser]
responsible: velferd
period: { start: 2027, end: 2029 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Measure
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: handlingsprogram-2027-2030
goals: [god-helse]
responsible: velferd
period: { start: 2027, end: 2029 }
`,
  },
});

/** Goal or Plan parents form a cycle. */
const refCycle = defineRule({
  id: 'ref/cycle',
  severity: 'error',
  configurable: false,
  summary: 'Goal or Plan parents form a cycle.',
  explanation: `
Goal or Plan \`parent\` links form a loop: a goal ends up as its own sub-goal
(delmål), or a plan as its own parent plan. The hierarchy then has no top,
so it cannot be shown or summed up. The loop is reported once, at the first
document in it.
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
parent: mestring-i-eget-liv
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

/** A Measure's or a Budget's plan is not a handlingsprogram. */
const refPlanType = defineRule({
  id: 'ref/plan-type',
  severity: 'error',
  configurable: false,
  summary: "A Measure's or a Budget's plan is not a handlingsprogram.",
  explanation: `
A Measure's or a Budget's \`plan\` is not a plan of type \`handlingsprogram\`.
Measures and their budgets belong in the handlingsprogram (with økonomiplan),
and a Budget is the økonomiplan of one. The goals they work toward are
linked with \`goals\`. A Budget of another plan gets no balance or year rules:
its years and measures would be the wrong ones.
`,
  bad: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Measure
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: kommuneplan-2040
goals: [god-helse]
responsible: velferd
period: { start: 2027, end: 2029 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Measure
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: handlingsprogram-2027-2030
goals: [god-helse]
responsible: velferd
period: { start: 2027, end: 2029 }
`,
  },
});

/** The reference rules (check/references.ts). */
export const REFERENCE_RULES = [refUnknownId, refWrongKind, refCycle, refPlanType] as const;
