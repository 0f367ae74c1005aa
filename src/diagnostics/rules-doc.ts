import type { RuleExample, RuleInfo } from './rule-info.js';

/** The head of docs/rules.md: how to read the rules below it. */
const INTRO = `
# Rules

<!-- Generated from the rule catalogue (src/diagnostics/rules.ts) by \`npm run gen:rules-doc\`; edit the rule, not this file. -->

Every problem that \`plan validate\` reports has a rule id. The ids on this page
are stable: they stay the same between versions, so you can use them in
\`plan.yaml\`, in scripts and in CI filters. Messages and hints may be reworded.

**Order.** planverk first reads the files (\`file/*\`). Then it checks them in
this order: YAML syntax → schema → ids → references → SDG ids → repository
rules. The \`config/*\` rules check the settings in \`plan.yaml\` before ids are
compared. This page lists the rules in the same order.

**Severity.** An \`error\` makes \`plan validate\` exit with status 1. A
\`warning\` is reported, but the exit status stays 0 unless there are more
warnings than \`--max-warnings N\` allows. \`--quiet\` shows errors only.

**Templates.** The \`template/*\` rules at the end are reported by \`plan report\`
for report templates and their partials (\`templates/\`), not by \`plan validate\`.

**Configuring rules.** Only the rules marked \`configurable: yes\` (the
repository rules at the end of this page) can be changed. Set them in
\`plan.yaml\` under \`rules:\` to \`error\`, \`warning\` or \`off\`, for example
\`rules: { goal-without-indicator: off, unused-indicator: error }\`. Naming any
other rule there is reported as \`config/unknown-rule\`, and any value other
than \`error\`, \`warning\` or \`off\` as \`schema/enum\`. The settings apply only
when \`plan.yaml\` itself passes its schema.

**Documents that fail their schema are not fed to later rules.** A document
with YAML errors or schema errors is skipped by the reference, SDG id and
repository rules, so one typo gives one diagnostic instead of a cascade. If
its \`kind\` and \`id\` can still be read, it still counts for \`id/duplicate\` and
as the target of references. \`priority-target-uncovered\` and
\`unused-indicator\` also still count the SDG targets and indicators it lists.

**Examples.** Each rule has a Bad example that triggers it and a Good example
that does not. An example shows one file of a repository that is otherwise
valid. That repository has the Workspace \`asker\` with the units \`velferd\` and
\`oppvekst\`, the plan \`kommuneplan-2040\` (a kommuneplan-samfunnsdel for
2020–2040 with the focus areas \`tjenester\`, \`klima\` and \`organisasjon\`, built
on the materiality assessment \`vesentlighet-2019\`), the plan
\`handlingsprogram-2027-2030\`, the goals \`god-helse\` and \`lavere-utslipp\`, the
indicators \`fysisk-aktive-ungdom\`, \`reinnleggelser\` and \`klimagassutslipp\`,
the measure \`digital-hjemmeoppfolging\`, the benefit \`faerre-reinnleggelser\`,
the calendar \`styringshjul\`, the Budget \`okonomiplan-2027-2030\` (the
økonomiplan of the handlingsprogram, balanced in every year) and the
StatusReport \`tertial-1-2027\`. That repository is
test/fixtures/rule-examples/, and the tests run every example against it: each
Bad example must report its rule and each Good example must not. A \`sh\`
example shows what happened on disk; the test builds the same files.
`;

/**
 * docs/rules.md, generated from the catalogue by scripts/gen-rules-doc.mjs:
 * the introduction, then one section per rule with its severity, explanation and
 * its Bad and Good examples. test/docs/rules-doc.test.ts fails when the file is stale.
 */
export function renderRulesDoc(rules: readonly RuleInfo[]): string {
  const out = [INTRO.trim()];
  for (const rule of rules) {
    out.push(
      `## \`${rule.id}\``,
      `Severity: ${rule.severity} · configurable: ${rule.configurable ? 'yes' : 'no'}`,
      rule.explanation.trim(),
      'Bad:',
      fence(rule.bad),
      'Good:',
      fence(rule.good),
    );
  }
  return `${out.join('\n\n')}\n`;
}

/**
 * The table of docs/templates.md between its `rules:template` markers: the template
 * rules and their summaries, so those ids too are written down in one place.
 */
export function renderRuleTable(rules: readonly RuleInfo[]): string {
  return ['| rule | what it means |', '| --- | --- |', ...rules.map((r) => `| [\`${r.id}\`](rules.md#${anchor(r.id)}) | ${r.summary} |`)].join('\n');
}

/** The anchor GitHub gives the heading of a rule: `template/work-limit` → `templatework-limit`. */
export function anchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '');
}

/** Replaces what stands between `<!-- begin NAME -->` and `<!-- end NAME -->` in `text`. */
export function replaceBetween(text: string, name: string, body: string): string {
  const begin = `<!-- begin ${name} -->`;
  const end = `<!-- end ${name} -->`;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`the markers ${begin} and ${end} are missing`);
  return `${text.slice(0, from + begin.length)}\n${body}\n${text.slice(to)}`;
}

function fence(example: RuleExample): string {
  return `\`\`\`${example.lang}\n${example.text.trim()}\n\`\`\``;
}
