import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { RULES, type RuleInfo } from '../../diagnostics/rules.js';
import { jsonText } from '../json.js';
import type { Formatter } from './types.js';
import { ciPath } from './types.js';

const INFORMATION_URI = 'https://planverk.no';
const RULE_INDEX = new Map(RULES.map((rule, i) => [rule.id, i]));

/**
 * SARIF 2.1.0, as GitHub code scanning and Azure DevOps read it: one run whose
 * tool driver lists every rule of the catalogue, and one result per diagnostic
 * with its location relative to the checkout (`%SRCROOT%`).
 */
export const sarif: Formatter = (report) => {
  // Diagnostic.rule is a RuleId, so every diagnostic's rule has its entry.
  const rules = RULES;
  const version = report.toolVersion ?? '0.0.0';
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'planverk',
            version,
            semanticVersion: version,
            informationUri: INFORMATION_URI,
            rules: rules.map(sarifRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: report.diagnostics.map((d) => sarifResult(d, RULE_INDEX.get(d.rule)!, ciPath(report, d.file))),
      },
    ],
  };
  return `${jsonText(log)}\n`;
};

function sarifRule(rule: RuleInfo): Record<string, unknown> {
  return {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: rule.summary },
    fullDescription: { text: plainText(rule.explanation) },
    help: helpText(rule),
    defaultConfiguration: { level: rule.severity },
    properties: { tags: [rule.id.includes('/') ? rule.id.split('/')[0]! : 'repository'] },
  };
}

/** The help text: what the rule finds, whether it can be configured, and where the long form is. */
export function helpText(rule: RuleInfo): { text: string; markdown: string } {
  const anchor = rule.id.replace(/[^a-z0-9-]/g, '');
  const text = [rule.summary];
  const markdown = [rule.summary];
  if (rule.configurable) {
    text.push(`Set its severity in plan.yaml: rules: { ${rule.id}: error | warning | off }.`);
    markdown.push(`Set its severity in \`plan.yaml\`: \`rules: { ${rule.id}: error | warning | off }\`.`);
  }
  text.push(`See docs/rules.md#${anchor} for examples.`);
  markdown.push(`See [docs/rules.md](docs/rules.md#${anchor}) for examples.`);
  return { text: text.join('\n'), markdown: markdown.join('\n\n') };
}

/** The explanation without Markdown's code marks and line breaks inside paragraphs. */
function plainText(markdown: string): string {
  return markdown
    .trim()
    .split(/\n{2,}/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1'))
    .join('\n\n');
}

/** SARIF rule names are PascalCase identifiers: `ref/unknown-id` → `RefUnknownId`. */
function ruleName(id: string): string {
  return id
    .split(/[^a-zA-Z0-9]+/)
    .filter((s) => s !== '')
    .map((s) => s[0]!.toUpperCase() + s.slice(1))
    .join('');
}

function sarifResult(d: Diagnostic, ruleIndex: number, uri: string): Record<string, unknown> {
  return {
    ruleId: d.rule,
    ruleIndex,
    level: d.severity,
    message: { text: d.hint ? `${d.message}\n${d.hint}` : d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
          // SARIF's endColumn is exclusive, like ours; a region never ends before it starts.
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: Math.max(d.endColumn, d.endLine === d.line ? d.column : 1) },
        },
      },
    ],
  };
}
