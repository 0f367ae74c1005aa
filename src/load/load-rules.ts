import { defineRule } from '../diagnostics/rule-info.js';

/** A .yaml file holds binary data. */
const fileBinary = defineRule({
  id: 'file/binary',
  severity: 'error',
  configurable: false,
  summary: 'A .yaml file holds binary data.',
  explanation: `
A \`.yaml\` file holds binary data (a NUL byte), for example a spreadsheet or
an image saved under a \`.yaml\` name. A UTF-16 file saved without a byte order
mark looks like this too. planverk skips the file, so its documents are
missing.
`,
  bad: {
    lang: 'sh',
    text: `
# An Excel workbook saved as indicators/reinnleggelser.yaml
$ file indicators/reinnleggelser.yaml
indicators/reinnleggelser.yaml: Microsoft Excel 2007+
`,
    files: () => ({ 'indicators/reinnleggelser.yaml': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]) }),
  },
  good: {
    lang: 'yaml',
    text: `
# indicators/reinnleggelser.yaml
kind: Indicator
id: reinnleggelser
title: Andel pasienter 67 år og over som reinnlegges innen 30 dager etter utskrivning
unit: percent
direction: decrease
source: { name: Helsedirektoratet, table: Kvalitetsindikatorer – reinnleggelser }
baseline: { year: 2019, value: 16.8 }
targets: [ { year: 2029, value: 12.0 } ]
actuals: [ { year: 2020, value: 16.5 }, { year: 2021, value: 15.9 } ]
`,
  },
});

/** A file is not valid UTF-8 (or UTF-16 with a byte order mark). */
const fileEncoding = defineRule({
  id: 'file/encoding',
  severity: 'error',
  configurable: false,
  summary: 'A file is not valid UTF-8 (or UTF-16 with a byte order mark).',
  explanation: `
A file is not valid UTF-8, and it is not UTF-16 with a byte order mark
either. This usually means an older editor saved it as Windows-1252 or
Latin-1, where \`æ\`, \`ø\` and \`å\` are stored as single bytes. planverk skips
the file instead of guessing and garbling the Norwegian letters. Convert it,
for example with \`iconv -f WINDOWS-1252 -t UTF-8\`, or save it again as UTF-8.
`,
  bad: {
    lang: 'sh',
    text: `
# Saved as Windows-1252 by an old editor
$ file goals/helse.yaml
goals/helse.yaml: ISO-8859 text
`,
    files: () => ({ 'goals/helse.yaml': Uint8Array.from('kind: Goal\nid: god-helse\ntitle: Mål for god helse i hele livsløpet\nplan: kommuneplan-2040\nindicators: [reinnleggelser]\n', (c) => c.charCodeAt(0)) }),
  },
  good: {
    lang: 'yaml',
    text: `
# goals/helse.yaml
# saved as UTF-8
kind: Goal
id: god-helse
title: Innbyggerne har god helse og livskvalitet gjennom hele livet
plan: kommuneplan-2040
focusArea: tjenester
sdgTargets: ["3.4"]
indicators: [fysisk-aktive-ungdom]
strategies:
  - Vi legger til rette for fysisk aktivitet og gode møteplasser i alle lokalsamfunn
`,
  },
});

/** The YAML cannot be parsed. */
const yamlSyntax = defineRule({
  id: 'yaml/syntax',
  severity: 'error',
  configurable: false,
  summary: 'The YAML cannot be parsed.',
  explanation: `
The YAML cannot be parsed, for example because of an unclosed bracket or
quote, or tabs used for indentation. The document is not checked further.
Its \`kind\` and \`id\` still count when they can be read, so references to it
do not fail as well. The parser's warnings, such as an unknown tag like
\`!lokal\`, are reported under this id with severity \`warning\`.
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
indicators: [fysisk-aktive-ungdom
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

/** A mapping has the same key twice. */
const yamlDuplicateKey = defineRule({
  id: 'yaml/duplicate-key',
  severity: 'error',
  configurable: false,
  summary: 'A mapping has the same key twice.',
  explanation: `
A mapping has the same key twice. Only one of the two values can count, and
no reader can tell which one the author meant. This is often the result of a
merge or of copy and paste.
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
indicators: [fysisk-aktive-ungdom, reinnleggelser]
`,
  },
});

/** A document uses too many aliases (an alias bomb), or an alias inside the node it names. */
const yamlAliasLimit = defineRule({
  id: 'yaml/alias-limit',
  severity: 'error',
  configurable: false,
  summary: 'A document uses too many aliases (an alias bomb), or an alias inside the node it names.',
  explanation: `
A document uses too many aliases (\`*name\`): about a hundred of one anchor.
Nested aliases count multiplied, so a few lines can expand into millions of
values. Such an alias bomb could exhaust memory. An alias used before its
anchor, or one without any anchor (\`*ks\` with no \`&ks\`), is reported under
this id as well. A few aliases are fine.
`,
  bad: {
    lang: 'yaml',
    text: `
# calendars/styringshjul.yaml
kind: Calendar
id: styringshjul
title: Årshjul for plan og styring
x-a: &a [ha, ha, ha, ha, ha, ha, ha, ha, ha]
x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
x-d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]   # 9 × 9 × 9 × 9 copies
events:
  - { id: budsjettkonferanse, title: Budsjettkonferanse, category: budget, month: 3, day: 15 }
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
    body: &ks Kommunestyret
  - id: budsjettvedtak
    title: Handlingsprogram og budsjett vedtas
    category: budget
    month: 12
    day: 15
    body: *ks
`,
  },
});

/** A document is nested too deeply to process. */
const yamlTooDeep = defineRule({
  id: 'yaml/too-deep',
  severity: 'error',
  configurable: false,
  summary: 'A document is nested too deeply to process.',
  explanation: `
A document is nested so deeply that it cannot be turned into data: its
mappings and lists nest more than 200 levels deep, for example a key that is
itself a mapping nested hundreds of levels deep. Plans never need this, so it
points to a generated or hostile file. Deep nesting
elsewhere usually stops the YAML parser first, and that case is reported as
\`yaml/syntax\` with the message "Maximum call stack size exceeded". Either
way, the document is skipped.
`,
  bad: {
    lang: 'sh',
    text: `
# A script appended a key nested 700 levels deep to an indicator
$ python3 -c 'print("? " + "{a: " * 700 + "1" + "}" * 700 + "\\n: x")' >> indicators/fysisk-aktive-ungdom.yaml
`,
    files: () => ({ 'indicators/fysisk-aktive-ungdom.yaml': `kind: Indicator\nid: fysisk-aktive-ungdom\ntitle: Fysisk aktive\ndirection: increase\n? ${'{a: '.repeat(700)}1${'}'.repeat(700)}\n: x\n` }),
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
source: { name: Ungdata }
baseline: { year: 2019, value: 41.0 }
targets: [ { year: 2024, value: 45 }, { year: 2030, value: 50 } ]
actuals: [ { year: 2020, value: 40.2 }, { year: 2021, value: 42.8 } ]
`,
  },
});

/** A file holds no YAML documents. */
const yamlEmpty = defineRule({
  id: 'yaml/empty',
  severity: 'warning',
  configurable: false,
  summary: 'A file holds no YAML documents.',
  explanation: `
A file holds no YAML documents, only comments or nothing at all. planverk
skips it. An empty file is usually one that someone created and forgot to
fill in, so the goals or indicators meant to be in it are missing.
`,
  bad: {
    lang: 'yaml',
    text: `
# goals/klima.yaml
# Mål for klima og miljø – skrives etter høringen
`,
  },
  good: {
    lang: 'yaml',
    text: `
# goals/klima.yaml
kind: Goal
id: lavere-utslipp
title: Klimagassutslippene i Asker er redusert med 70 prosent innen 2030
plan: kommuneplan-2040
focusArea: klima
level: society
sdgTargets: ["13.2"]
indicators: [klimagassutslipp]
`,
  },
});

/** The rules of decoding and parsing YAML (src/load/). */
export const LOAD_RULES = [fileBinary, fileEncoding, yamlSyntax, yamlDuplicateKey, yamlAliasLimit, yamlTooDeep, yamlEmpty] as const;
