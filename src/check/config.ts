import type { Severity } from '../diagnostics/diagnostic.js';
import { RULES, RULES_BY_ID, type RuleId } from '../diagnostics/rules.js';
import { closest, didYouMean, someOf } from '../diagnostics/suggest.js';
import { ruleText, type CheckContext } from './context.js';
import type { Entry } from '../model/repository.js';

export type SeverityOf = (rule: RuleId) => Severity | 'off';

/** Severity per rule: the catalogue's default, overridden by Workspace.rules for configurable rules. */
export function severities(workspace: Entry<'Workspace'> | undefined): SeverityOf {
  const overrides = workspace?.valid ? (workspace.data.rules ?? {}) : {};
  return (rule) => {
    const info = RULES_BY_ID.get(rule);
    const own = info?.configurable ? overrides[rule] : undefined;
    return own ?? info?.severity ?? 'error';
  };
}

/** `config/unknown-rule`: Workspace.rules names only configurable rules. */
export function checkRuleConfig(ctx: CheckContext, workspace: Entry<'Workspace'> | undefined): void {
  if (!workspace?.valid) return;
  const configurable: string[] = RULES.filter((r) => r.configurable).map((r) => r.id);
  for (const key of Object.keys(workspace.data.rules ?? {})) {
    if (key.startsWith('x-') || configurable.includes(key)) continue;
    const known = RULES_BY_ID.has(key);
    const t = ruleText(ctx)['config/unknown-rule'];
    const list = someOf(configurable, undefined, ctx.locale);
    ctx.report(workspace, ['rules', key], 'key', {
      rule: 'config/unknown-rule',
      message: known ? t.notConfigurable(key) : t.unknown(key),
      hint: known ? t.onlyRepository(list) : (didYouMean(closest(key, configurable), ctx.locale) ?? t.configurable(list)),
    });
  }
}
