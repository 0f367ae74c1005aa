import { defineRule } from '../../diagnostics/rule-info.js';

/** A report template or partial cannot be parsed. */
const templateSyntax = defineRule({
  id: 'template/syntax',
  severity: 'error',
  configurable: false,
  summary: 'A report template or partial cannot be parsed.',
  explanation: `
\`plan report\` parses the template and every partial before it renders anything.
A template that Handlebars cannot parse (an unclosed \`{{\`, a block closed by the
wrong name) is reported at the line where parsing stopped, and nothing is written.
`,
  bad: {
    lang: 'handlebars',
    text: `
{{! templates/handlingsprogram.md.hbs }}
{{#each goals}}
- {{title}}
{{/if}}
`,
  },
  good: {
    lang: 'handlebars',
    text: `
{{! templates/handlingsprogram.md.hbs }}
{{#each goals}}
- {{title}}
{{/each}}
`,
  },
});

/** A report template calls a helper that does not exist. */
const templateUnknownHelper = defineRule({
  id: 'template/unknown-helper',
  severity: 'error',
  configurable: false,
  summary: 'A report template calls a helper that does not exist.',
  explanation: `
A mustache with arguments, or a sub-expression, names a helper planverk does not
have; Handlebars would otherwise fail only when that line is reached, or print
nothing. docs/templates.md lists the helpers.
`,
  bad: {
    lang: 'handlebars',
    text: `
{{! templates/partials/goal-list.md.hbs }}
{{#each goals}}
- {{shout title}}
{{/each}}
`,
  },
  good: {
    lang: 'handlebars',
    text: `
{{! templates/partials/goal-list.md.hbs }}
{{#each goals}}
- {{title}} ({{number indicators.length}} indikatorer)
{{/each}}
`,
  },
});

/** A report template includes a partial that does not exist. */
const templateMissingPartial = defineRule({
  id: 'template/missing-partial',
  severity: 'error',
  configurable: false,
  summary: 'A report template includes a partial that does not exist.',
  explanation: `
\`{{> name}}\` names a partial that is neither in the repository's
\`templates/partials/\` nor built in.
`,
  bad: {
    lang: 'handlebars',
    text: `
{{! templates/handlingsprogram.md.hbs }}
{{> goal-table}}
`,
  },
  good: {
    lang: 'handlebars',
    text: `
{{! templates/handlingsprogram.md.hbs, with templates/partials/goal-table.md.hbs beside it }}
{{> goal-table}}
`,
  },
});

/** A helper of a report template failed while rendering. */
const templateRuntime = defineRule({
  id: 'template/runtime',
  severity: 'error',
  configurable: false,
  summary: 'A helper of a report template failed while rendering.',
  explanation: `
A helper failed while the report was rendered: a wrong argument, a fixed word
(\`t\`) that has no label, an SDG id the catalog does not have. The diagnostic
points at the helper call.
`,
  bad: {
    lang: 'handlebars',
    text: `
{{! templates/handlingsprogram.md.hbs }}
**{{t "section.gaols"}}**
`,
  },
  good: {
    lang: 'handlebars',
    text: `
{{! templates/handlingsprogram.md.hbs }}
**{{t "section.goals"}}**
`,
  },
});

/** A report template does more work than any report needs (loops inside loops, partials that multiply); rendering stopped. */
const templateWorkLimit = defineRule({
  id: 'template/work-limit',
  severity: 'error',
  configurable: false,
  summary: 'A report template does more work than any report needs (loops inside loops, partials that multiply); rendering stopped.',
  explanation: `
\`plan report\` counts the work a template does: each loop iteration (\`#each\`), each
partial call and each list item handed to a helper is a step, and the text that
loops, partials and helpers produce is counted too. Past 2,000,000 steps or
300,000,000 characters it stops and reports this rule at the loop where it
stopped, instead of running for minutes: loops nested over the same list multiply
(eight levels over 100 measures are 10¹⁶ iterations). The count is the same on
every machine; the built-in handlingsprogram needs about 230,000 steps for 40,000
documents.
`,
  bad: {
    lang: 'handlebars',
    text: `
{{! templates/handlingsprogram.md.hbs: every goal against every goal, seven levels deep }}
{{#each goals}}{{#each @root.goals}}{{#each @root.goals}}{{#each @root.goals}}
{{#each @root.goals}}{{#each @root.goals}}{{#each @root.goals}}
- {{title}}
{{/each}}{{/each}}{{/each}}{{/each}}
{{/each}}{{/each}}{{/each}}
`,
  },
  good: {
    lang: 'handlebars',
    text: `
{{! templates/handlingsprogram.md.hbs }}
{{#each goals}}
- {{title}}
{{/each}}
`,
  },
});

/** The template rules of `plan report` (render/template-lint.ts and render/engine.ts), checked before and while a report renders. */
export const TEMPLATE_RULES = [templateSyntax, templateUnknownHelper, templateMissingPartial, templateRuntime, templateWorkLimit] as const;
