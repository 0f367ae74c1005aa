import { defineRule } from '../diagnostics/rule-info.js';

/** Workspace.rules names a rule that does not exist or cannot be configured. */
const configUnknownRule = defineRule({
  id: 'config/unknown-rule',
  severity: 'error',
  configurable: false,
  summary: 'Workspace.rules names a rule that does not exist or cannot be configured.',
  explanation: `
\`rules:\` in \`plan.yaml\` names a rule that does not exist (often a typo, with
a suggestion in the hint) or one that cannot be configured. Without this
check, a misspelt setting would silently do nothing.
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
rules:
  goal-without-indicators: off   # typo
  ref/unknown-id: warning        # not a repository rule
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
rules:
  goal-without-indicator: off
`,
  },
});

/** The rules of the settings in plan.yaml (check/config.ts). */
export const CONFIG_RULES = [configUnknownRule] as const;
