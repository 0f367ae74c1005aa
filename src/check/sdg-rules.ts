import { defineRule } from '../diagnostics/rule-info.js';

/** An SDG target id that the catalog does not have. */
const sdgUnknownTarget = defineRule({
  id: 'sdg/unknown-target',
  severity: 'error',
  configurable: false,
  summary: 'An SDG target id that the catalog does not have.',
  explanation: `
A goal, a materiality entry or the \`catalog:\` file names an SDG target that
the catalog does not have. The hint says when the id is an SDG goal (\`"3"\`) or an indicator
(\`"3.4.1"\`) rather than a target, and suggests close ids for a typo (\`3.9a\`
→ \`3.9\` or \`3.a\`). An unknown id would drop the goal out of the SDG
reporting.
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
sdgTargets: ["3.4", "3.9a"]
indicators: [fysisk-aktive-ungdom]
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
sdgTargets: ["3.4", "3.9"]
indicators: [fysisk-aktive-ungdom]
`,
  },
});

/** An SDG indicator id that the catalog does not have. */
const sdgUnknownIndicator = defineRule({
  id: 'sdg/unknown-indicator',
  severity: 'error',
  configurable: false,
  summary: 'An SDG indicator id that the catalog does not have.',
  explanation: `
An Indicator's \`sdgIndicator\` (or an indicator title in the \`catalog:\` file)
is not a global SDG indicator in the catalog.
Indicator ids have three parts (\`"13.2.2"\`). When the id is a target instead,
the message says so.
`,
  bad: {
    lang: 'yaml',
    text: `
# indicators/klimagassutslipp.yaml
kind: Indicator
id: klimagassutslipp
title: Direkte klimagassutslipp i Asker (tonn CO₂-ekvivalenter)
unit: tonn CO₂-ekv.
direction: decrease
source: { name: Miljødirektoratet, url: https://www.miljostatus.no/tema/klima/klimagassutslipp-kommuner/ }
sdgIndicator: "13.2"
baseline: { year: 2009, value: 201000 }
targets: [ { year: 2030, value: 60300 } ]
`,
  },
  good: {
    lang: 'yaml',
    text: `
# indicators/klimagassutslipp.yaml
kind: Indicator
id: klimagassutslipp
title: Direkte klimagassutslipp i Asker (tonn CO₂-ekvivalenter)
unit: tonn CO₂-ekv.
direction: decrease
source: { name: Miljødirektoratet, url: https://www.miljostatus.no/tema/klima/klimagassutslipp-kommuner/ }
sdgIndicator: "13.2.2"
baseline: { year: 2009, value: 201000 }
targets: [ { year: 2030, value: 60300 } ]
`,
  },
});

/** An SDG id written without quotes, which YAML reads as a number. */
const sdgNumericId = defineRule({
  id: 'sdg/numeric-id',
  severity: 'error',
  configurable: false,
  summary: 'An SDG id written without quotes, which YAML reads as a number.',
  explanation: `
An SDG id is written without quotes, so YAML reads it as a number. An
unquoted \`16.10\` becomes the number 16.1, which is a different target, so
planverk reports every unquoted SDG id, even one like \`3.4\` that happens to
survive. Ids with letters (\`3.d\`) are text anyway, but quote them too for
consistency. This is found during the schema step, so the document is not
checked further.
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
sdgTargets: [3.4, 3.d]
indicators: [fysisk-aktive-ungdom]
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
sdgTargets: ["3.4", "3.d"]
indicators: [fysisk-aktive-ungdom]
`,
  },
});

/** The SDG id rules (check/sdg.ts; `sdg/numeric-id` comes from check/schema.ts, where the type error is seen). */
export const SDG_RULES = [sdgUnknownTarget, sdgUnknownIndicator, sdgNumericId] as const;
