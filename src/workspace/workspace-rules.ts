import { defineRule } from '../diagnostics/rule-info.js';

/** For the examples about the SDG title catalog: a plan.yaml that names one, and the file. */
export const PLAN_WITH_CATALOG = `kind: Workspace
id: asker
name: Asker kommune
amountUnit: 1000
units:
  - { id: velferd, title: Velferd }
  - { id: oppvekst, title: Oppvekst }
catalog: katalog/sdg-titler.yaml
`;
export const CATALOG = `kind: SdgCatalog
source: Egen oversettelse
nb:
  targets:
    "3.4": Innen 2030 redusere for tidlig død av ikke-smittsomme sykdommer med en tredjedel
`;

/** A file could not be read. */
const fileRead = defineRule({
  id: 'file/read',
  severity: 'error',
  configurable: false,
  summary: 'A file could not be read.',
  explanation: `
A file could not be read. This happens when the file has no read permission
for the person running \`plan\`, or when it is not a regular file (a named
pipe or a device). planverk skips the whole file, so the goals or indicators
in it are missing from every later check. A \`catalog:\` file that cannot be
read is reported as \`config/catalog\`.
`,
  bad: {
    lang: 'sh',
    text: `
# A copy script left the goal readable for its owner only
$ ls -l goals/
-rw------- 1 root root 412  3. mars 09:14 klima.yaml
`,
    files: () => ({ 'goals/klima.yaml': { unreadable: true } }),
  },
  good: {
    lang: 'sh',
    text: `
$ chmod a+r goals/klima.yaml
$ ls -l goals/
-rw-r--r-- 1 root root 412  3. mars 09:14 klima.yaml
`,
    files: () => ({}),
  },
});

/** A file is larger than the size limit. */
const fileTooLarge = defineRule({
  id: 'file/too-large',
  severity: 'error',
  configurable: false,
  summary: 'A file is larger than the size limit.',
  explanation: `
A file is larger than the size limit (10 MB, or the size given with
\`--max-file-size\`), so planverk does not read it. Plan documents are small,
so a file this big is almost always a raw data export that ended up among
the plans.
`,
  bad: {
    lang: 'sh',
    text: `
$ ls -lh indicators/
-rw-r--r-- 1 kari kari 1,2K  3. mars 09:14 fysisk-aktive-ungdom.yaml
-rw-r--r-- 1 kari kari  48M  3. mars 09:20 ungdata-eksport.yaml   # a raw export, over 10 MB
`,
    files: () => ({ 'indicators/ungdata-eksport.yaml': `# ${'x'.repeat(10 * 1024 * 1024)}\n` }),
  },
  good: {
    lang: 'yaml',
    text: `
# plan.yaml
kind: Workspace
id: asker
name: Asker kommune
amountUnit: 1000
units:
  - { id: velferd, title: Velferd }
  - { id: oppvekst, title: Oppvekst }
exclude: ["rådata/**"]   # the export now lives in rådata/ and is not read
`,
  },
});

/** A symbolic link was not followed: it loops, is broken or leaves the repository. */
const fileSymlink = defineRule({
  id: 'file/symlink',
  severity: 'warning',
  configurable: false,
  summary: 'A symbolic link was not followed: it loops, is broken or leaves the repository.',
  explanation: `
A symbolic link was not followed because it is broken, loops, or points
outside the repository. The repository has to stand on its own: a file that
lives somewhere else is not in git, and colleagues who clone the repository
do not have it. Links to files inside the repository are read as usual.
Links to folders are never followed.
`,
  bad: {
    lang: 'sh',
    text: `
# A link to an indicator file shared with the neighbouring municipalities
$ ln -s ../../felles/indikatorer/reinnleggelser.yaml indicators/reinnleggelser.yaml
`,
    files: () => ({ 'indicators/reinnleggelser.yaml': { link: '../../felles/indikatorer/reinnleggelser.yaml' } }),
  },
  good: {
    lang: 'yaml',
    text: `
# indicators/reinnleggelser.yaml
# a copy, committed to the repository instead of a link
kind: Indicator
id: reinnleggelser
title: Andel pasienter 67 år og over som reinnlegges innen 30 dager etter utskrivning
unit: percent
direction: decrease
source: { name: Helsedirektoratet, table: Kvalitetsindikatorer – reinnleggelser }
baseline: { year: 2019, value: 16.8 }
targets: [ { year: 2029, value: 12.0 } ]
`,
  },
});

/** Workspace.catalog names a file that cannot be read. */
const configCatalog = defineRule({
  id: 'config/catalog',
  severity: 'error',
  configurable: false,
  summary: 'Workspace.catalog names a file that cannot be read.',
  explanation: `
\`catalog:\` in \`plan.yaml\` names a file outside the repository, which
planverk does not read. planverk uses its built-in SDG titles instead. A
missing catalog file inside the repository is reported as \`file/read\`.
`,
  bad: {
    lang: 'yaml',
    text: `
# plan.yaml
kind: Workspace
id: asker
name: Asker kommune
amountUnit: 1000
units:
  - { id: velferd, title: Velferd }
  - { id: oppvekst, title: Oppvekst }
catalog: ../felles/sdg-titler.yaml
`,
  },
  good: {
    lang: 'yaml',
    text: `
# plan.yaml
kind: Workspace
id: asker
name: Asker kommune
amountUnit: 1000
units:
  - { id: velferd, title: Velferd }
  - { id: oppvekst, title: Oppvekst }
catalog: katalog/sdg-titler.yaml   # copied into the repository
`,
    files: () => ({ 'plan.yaml': PLAN_WITH_CATALOG, 'katalog/sdg-titler.yaml': CATALOG }),
  },
});

/** The rules of finding and reading files (src/workspace/): discovery, reading, and the catalog file plan.yaml names. */
export const WORKSPACE_RULES = [fileRead, fileTooLarge, fileSymlink, configCatalog] as const;
