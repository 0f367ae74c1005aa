import { defineRule } from '../diagnostics/rule-info.js';
import { CATALOG, PLAN_WITH_CATALOG } from '../workspace/workspace-rules.js';

/** A document has an unknown kind, or a kind in the wrong place. */
const schemaKind = defineRule({
  id: 'schema/kind',
  severity: 'error',
  configurable: false,
  summary: 'A document has an unknown kind, or a kind in the wrong place.',
  explanation: `
A document has an unknown \`kind\`, or a kind in the wrong place: a Workspace
outside \`plan.yaml\`, or a second document in \`plan.yaml\`. The kind decides
which schema and rules apply, so a document with an unknown kind is not
checked at all, and references to its id fail.
`,
  bad: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Tiltak
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: handlingsprogram-2027-2030
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

/** A required key is missing. */
const schemaRequired = defineRule({
  id: 'schema/required',
  severity: 'error',
  configurable: false,
  summary: 'A required key is missing.',
  explanation: `
A required key is missing, such as \`title\`, a Goal's \`plan\` or an
Indicator's \`direction\`. Without the key, later checks and reports cannot
use the document.
`,
  bad: {
    lang: 'yaml',
    text: `
# indicators/fysisk-aktive-ungdom.yaml
kind: Indicator
id: fysisk-aktive-ungdom
title: Andel ungdom som er fysisk aktive minst 60 minutter daglig
unit: percent
baseline: { year: 2019, value: 41.0 }
targets: [ { year: 2030, value: 50 } ]
`,
  },
  good: {
    lang: 'yaml',
    text: `
# indicators/fysisk-aktive-ungdom.yaml
kind: Indicator
id: fysisk-aktive-ungdom
title: Andel ungdom som er fysisk aktive minst 60 minutter daglig
unit: percent
direction: increase
baseline: { year: 2019, value: 41.0 }
targets: [ { year: 2030, value: 50 } ]
`,
  },
});

/** An unknown key (keys starting with x- are allowed). */
const schemaAdditionalProperties = defineRule({
  id: 'schema/additional-properties',
  severity: 'error',
  configurable: false,
  summary: 'An unknown key (keys starting with x- are allowed).',
  explanation: `
A key the format does not know, usually a typo or a key written in
Norwegian. Without this check the value would be silently ignored. Keys
starting with \`x-\` are allowed for your own data; they are kept and ignored.
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
indikatorer: [fysisk-aktive-ungdom]
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
x-saksansvarlig: kommunalsjef for helse og omsorg
`,
  },
});

/** A value has the wrong type. */
const schemaType = defineRule({
  id: 'schema/type',
  severity: 'error',
  configurable: false,
  summary: 'A value has the wrong type.',
  explanation: `
A value has the wrong type, for example text where a number belongs, or a
document that is a list instead of a mapping. Budget figures have to be
numbers, in the Workspace's \`amountUnit\`, so that they can be added up.
A value that breaks a schema check without a rule of its own is reported
under this rule too, so every diagnostic has an id of this page.
`,
  bad: {
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
budget:
  - year: 2027
    operating: 1,5 millioner
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
budget:
  - year: 2027
    operating: 1500   # i 1000 kroner
`,
  },
});

/** A value is not one of the allowed values. */
const schemaEnum = defineRule({
  id: 'schema/enum',
  severity: 'error',
  configurable: false,
  summary: 'A value is not one of the allowed values.',
  explanation: `
A value is not one of the allowed values. Status, type, level, direction and
category values are English words from a fixed list, so that reports and
filters can rely on them. The hint lists the allowed values.
`,
  bad: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Measure
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: handlingsprogram-2027-2030
goals: [god-helse]
responsible: velferd
status: pågår
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
status: ongoing
period: { start: 2027, end: 2029 }
`,
  },
});

/** A value must be exactly a given value. */
const schemaConst = defineRule({
  id: 'schema/const',
  severity: 'error',
  configurable: false,
  summary: 'A value must be exactly a given value.',
  explanation: `
A value must be exactly one given value. For plan documents, a wrong \`kind\`
is reported as \`schema/kind\`. This rule catches the \`kind\` of the SDG title
catalog file that \`catalog:\` in \`plan.yaml\` names, which must be
\`SdgCatalog\`. When the catalog file is wrong, planverk falls back to its
built-in titles.
`,
  bad: {
    lang: 'yaml',
    text: `
# katalog/sdg-titler.yaml
kind: Katalog
source: Egen oversettelse
nb:
  targets:
    "3.4": Innen 2030 redusere for tidlig død av ikke-smittsomme sykdommer med en tredjedel
`,
    files: () => ({ 'plan.yaml': PLAN_WITH_CATALOG, 'katalog/sdg-titler.yaml': CATALOG.replace('kind: SdgCatalog', 'kind: Katalog') }),
  },
  good: {
    lang: 'yaml',
    text: `
# katalog/sdg-titler.yaml
kind: SdgCatalog
source: Egen oversettelse
nb:
  targets:
    "3.4": Innen 2030 redusere for tidlig død av ikke-smittsomme sykdommer med en tredjedel
`,
    files: () => ({ 'plan.yaml': PLAN_WITH_CATALOG, 'katalog/sdg-titler.yaml': CATALOG }),
  },
});

/** A value does not have the required form (ids, municipality numbers, currency codes). */
const schemaPattern = defineRule({
  id: 'schema/pattern',
  severity: 'error',
  configurable: false,
  summary: 'A value does not have the required form (ids, municipality numbers, currency codes).',
  explanation: `
A value does not have the required form. Ids use only lowercase \`a\`–\`z\`,
digits, \`.\`, \`_\` and \`-\`, so no \`æ\`, \`ø\`, \`å\`, capital letters or spaces.
\`municipalityNumber\` is four digits, and \`currency\` is three capital
letters. Ids have to be safe to use in file names, links and other tools.
`,
  bad: {
    lang: 'yaml',
    text: `
# benefits/faerre-reinnleggelser.yaml
kind: Benefit
id: færre-reinnleggelser
title: Færre reinnleggelser av kronisk syke
measure: digital-hjemmeoppfolging
owner: velferd
type: quality
indicator: reinnleggelser
target: { year: 2029, value: 12 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# benefits/faerre-reinnleggelser.yaml
kind: Benefit
id: faerre-reinnleggelser
title: Færre reinnleggelser av kronisk syke
measure: digital-hjemmeoppfolging
owner: velferd
type: quality
indicator: reinnleggelser
target: { year: 2029, value: 12 }
`,
  },
});

/** A date or URL is not well-formed. */
const schemaFormat = defineRule({
  id: 'schema/format',
  severity: 'error',
  configurable: false,
  summary: 'A date or URL is not well-formed.',
  explanation: `
A date or URL is not well-formed. Dates are written \`YYYY-MM-DD\`, not in the
Norwegian \`16.06.2020\` form, so that they sort and compare correctly. URLs
need a scheme such as \`https://\`.
`,
  bad: {
    lang: 'yaml',
    text: `
# plans/kommuneplan-2040.yaml
kind: Plan
id: kommuneplan-2040
title: Kommuneplanens samfunnsdel 2020–2040
type: kommuneplan-samfunnsdel
period: { start: 2020, end: 2040 }
status: adopted
adopted: { date: 16.06.2020, body: Kommunestyret, caseNumber: "20/1234" }
materiality: vesentlighet-2019
vision: Sammen skaper vi livskvalitet
focusAreas:
  - { id: tjenester, title: Gode og likeverdige tjenester }
  - { id: klima, title: Klima og miljø }
  - { id: organisasjon, title: En organisasjon for fremtiden }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# plans/kommuneplan-2040.yaml
kind: Plan
id: kommuneplan-2040
title: Kommuneplanens samfunnsdel 2020–2040
type: kommuneplan-samfunnsdel
period: { start: 2020, end: 2040 }
status: adopted
adopted: { date: 2020-06-16, body: Kommunestyret, caseNumber: "20/1234" }
materiality: vesentlighet-2019
vision: Sammen skaper vi livskvalitet
focusAreas:
  - { id: tjenester, title: Gode og likeverdige tjenester }
  - { id: klima, title: Klima og miljø }
  - { id: organisasjon, title: En organisasjon for fremtiden }
`,
  },
});

/** A number is below its minimum. */
const schemaMinimum = defineRule({
  id: 'schema/minimum',
  severity: 'error',
  configurable: false,
  summary: 'A number is below its minimum.',
  explanation: `
A number is below its minimum. Years are between 1900 and 2200, and
calendar months, days and council years start at 1. Such a number is almost
always a typo, like \`202\` for \`2021\`.
`,
  bad: {
    lang: 'yaml',
    text: `
# indicators/fysisk-aktive-ungdom.yaml
kind: Indicator
id: fysisk-aktive-ungdom
title: Andel ungdom som er fysisk aktive minst 60 minutter daglig
unit: percent
direction: increase
baseline: { year: 2019, value: 41.0 }
targets: [ { year: 2030, value: 50 } ]
actuals: [ { year: 2020, value: 40.2 }, { year: 202, value: 42.8 } ]
`,
  },
  good: {
    lang: 'yaml',
    text: `
# indicators/fysisk-aktive-ungdom.yaml
kind: Indicator
id: fysisk-aktive-ungdom
title: Andel ungdom som er fysisk aktive minst 60 minutter daglig
unit: percent
direction: increase
baseline: { year: 2019, value: 41.0 }
targets: [ { year: 2030, value: 50 } ]
actuals: [ { year: 2020, value: 40.2 }, { year: 2021, value: 42.8 } ]
`,
  },
});

/** A number is above its maximum. */
const schemaMaximum = defineRule({
  id: 'schema/maximum',
  severity: 'error',
  configurable: false,
  summary: 'A number is above its maximum.',
  explanation: `
A number is above its maximum. Years go up to 2200, \`month\` up to 12, \`day\`
up to 31, and \`councilYear\` up to 4. \`councilYear\` is the year within the
council period (1–4), not a calendar year: year 1 is the first year after the
election.
`,
  bad: {
    lang: 'yaml',
    text: `
# calendars/styringshjul.yaml
kind: Calendar
id: styringshjul
title: Årshjul for plan og styring
events:
  - id: planstrategi
    title: Kommunal planstrategi vedtas
    category: planning
    councilYear: 2024
    month: 10
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
  - id: planstrategi
    title: Kommunal planstrategi vedtas
    category: planning
    councilYear: 1   # første år i valgperioden: 2024, 2028, …
    month: 10
    body: Kommunestyret
`,
  },
});

/** A number must be above a limit. */
const schemaExclusiveMinimum = defineRule({
  id: 'schema/exclusive-minimum',
  severity: 'error',
  configurable: false,
  summary: 'A number must be above a limit.',
  explanation: `
A number has to be greater than a limit, not equal to it. \`amountUnit\` in
\`plan.yaml\` has to be greater than 0, because every budget figure is
multiplied by it.
`,
  bad: {
    lang: 'yaml',
    text: `
# plan.yaml
kind: Workspace
id: asker
name: Asker kommune
currency: NOK
amountUnit: 0
units:
  - { id: velferd, title: Velferd }
  - { id: oppvekst, title: Oppvekst }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# plan.yaml
kind: Workspace
id: asker
name: Asker kommune
currency: NOK
amountUnit: 1000   # budsjettall i 1000 kroner
units:
  - { id: velferd, title: Velferd }
  - { id: oppvekst, title: Oppvekst }
`,
  },
});

/** A list has too few items. */
const schemaMinItems = defineRule({
  id: 'schema/min-items',
  severity: 'error',
  configurable: false,
  summary: 'A list has too few items.',
  explanation: `
A list has too few items. A Measure's \`goals\` needs at least one goal,
because a measure that works toward no goal breaks the thread from goal to
measure.
`,
  bad: {
    lang: 'yaml',
    text: `
# measures/digital-hjemmeoppfolging.yaml
kind: Measure
id: digital-hjemmeoppfolging
title: Digital hjemmeoppfølging for kronisk syke
plan: handlingsprogram-2027-2030
goals: []
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

/** A list has too many items (exclude globs in plan.yaml). */
const schemaMaxItems = defineRule({
  id: 'schema/max-items',
  severity: 'error',
  configurable: false,
  summary: 'A list has too many items (exclude globs in plan.yaml).',
  explanation: `
A list has too many items. \`exclude\` in \`plan.yaml\` holds at most 100 globs:
every file of the repository is matched against all of them, so the limit
keeps discovery fast whatever a pull request writes there.
`,
  bad: {
    lang: 'yaml',
    text: `
# plan.yaml (with 101 globs under exclude)
kind: Workspace
id: nye-asker
name: Nye Asker kommune
exclude: ["utkast-001/**", "utkast-002/**", "utkast-003/**"]  # … up to utkast-101/**
`,
    files: () => ({ 'plan.yaml': `kind: Workspace\nid: nye-asker\nname: Nye Asker kommune\nunits: [{ id: velferd, title: Velferd }, { id: oppvekst, title: Oppvekst }]\nexclude: [${Array.from({ length: 101 }, (_, i) => `"utkast-${String(i + 1).padStart(3, '0')}/**"`).join(', ')}]\n` }),
  },
  good: {
    lang: 'yaml',
    text: `
# plan.yaml
kind: Workspace
id: nye-asker
name: Nye Asker kommune
exclude: ["utkast-*/**"]
`,
  },
});

/** A text is longer than its limit (an exclude glob in plan.yaml). */
const schemaMaxLength = defineRule({
  id: 'schema/max-length',
  severity: 'error',
  configurable: false,
  summary: 'A text is longer than its limit (an exclude glob in plan.yaml).',
  explanation: `
A text is longer than its limit. An \`exclude\` glob has at most 256
characters: the work of matching a path grows with the length of the glob,
and no real glob comes near it.
`,
  bad: {
    lang: 'yaml',
    text: `
# plan.yaml (the glob has 301 characters)
kind: Workspace
id: nye-asker
name: Nye Asker kommune
exclude: ["**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*c"]
`,
  },
  good: {
    lang: 'yaml',
    text: `
# plan.yaml
kind: Workspace
id: nye-asker
name: Nye Asker kommune
exclude: ["**/*.utkast.yaml"]
`,
  },
});

/** The schema rules (check/schema.ts): one per ajv keyword the schemas use, kebab-cased, and `schema/kind`. */
export const SCHEMA_RULES = [
  schemaKind,
  schemaRequired,
  schemaAdditionalProperties,
  schemaType,
  schemaEnum,
  schemaConst,
  schemaPattern,
  schemaFormat,
  schemaMinimum,
  schemaMaximum,
  schemaExclusiveMinimum,
  schemaMinItems,
  schemaMaxItems,
  schemaMaxLength,
] as const;
