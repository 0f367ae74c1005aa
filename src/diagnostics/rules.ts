import { CONFIG_RULES } from '../check/config-rules.js';
import { ID_RULES } from '../check/id-rules.js';
import { REFERENCE_RULES } from '../check/reference-rules.js';
import { REPOSITORY_RULE_INFOS } from '../check/rules/index.js';
import { SCHEMA_RULES } from '../check/schema-rules.js';
import { SDG_RULES } from '../check/sdg-rules.js';
import { LOAD_RULES } from '../load/load-rules.js';
import { TEMPLATE_RULES } from '../output/templates/template-rules.js';
import { WORKSPACE_RULES } from '../workspace/workspace-rules.js';
import type { RuleInfo } from './rule-info.js';

export type { RuleExample, RuleInfo } from './rule-info.js';

/**
 * The rule catalogue, assembled from the stages that report the rules: each rule is
 * declared beside the code that reports it (see docs/architecture.md, Rules). The order
 * is the order the checks run, and the order of docs/rules.md; the template rules of
 * `plan report` come last.
 */
const CATALOGUE = [
  ...WORKSPACE_RULES,
  ...LOAD_RULES,
  ...SCHEMA_RULES,
  ...CONFIG_RULES,
  ...ID_RULES,
  ...REFERENCE_RULES,
  ...SDG_RULES,
  ...REPOSITORY_RULE_INFOS,
  ...TEMPLATE_RULES,
] as const;

/** The id of a rule of the catalogue: a `Diagnostic.rule` that is not one does not compile. */
export type RuleId = (typeof CATALOGUE)[number]['id'];

/** Every rule planverk reports. */
export const RULES: readonly RuleInfo<RuleId>[] = CATALOGUE;

export const RULES_BY_ID: ReadonlyMap<string, RuleInfo<RuleId>> = new Map(RULES.map((x) => [x.id, x]));

/** Whether `id` names a rule of the catalogue. */
export function isRuleId(id: string): id is RuleId {
  return RULES_BY_ID.has(id);
}

/** The rule of a schema keyword that has no rule of its own: the value is not what the schema allows. */
export const SCHEMA_FALLBACK_RULE: RuleId = 'schema/type';

/**
 * The rule of an ajv error keyword: the keyword kebab-cased (`maxItems` → `schema/max-items`)
 * when the catalogue lists it, otherwise `schema/type`, so no diagnostic carries an id the
 * catalogue (and SARIF, and docs/rules.md) does not know.
 */
export function schemaRuleId(keyword: string): RuleId {
  const id = `schema/${keyword.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return isRuleId(id) ? id : SCHEMA_FALLBACK_RULE;
}
