import type { Entry } from '../../model/repository.js';
import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** Two Budgets (økonomiplans) for one plan. */
export const budgetPlanDuplicateInfo = defineRule({
  id: 'budget-plan-duplicate',
  severity: 'error',
  configurable: true,
  summary: 'Two Budgets (økonomiplans) for one plan.',
  explanation: `
Two Budgets name the same plan. A handlingsprogram has one økonomiplan, and
\`plan budget\` could not tell which one holds. The second Budget in file
order is reported, and the hint names the file of the first.
`,
  bad: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-utkast.yaml
kind: Budget
id: okonomiplan-utkast
title: Økonomiplan 2027–2030, utkast
plan: handlingsprogram-2027-2030
operating: []
investment: []
`,
  },
  good: {
    lang: 'yaml',
    text: `
# okonomiplan/okonomiplan-utkast.yaml: deleted, or kept out of the repository
# with \`exclude: ["drafts/**"]\` in plan.yaml while it is a draft.
`,
  },
});

/** Two Budgets for one plan: a plan has one økonomiplan, and `plan budget` could not tell which holds. */
export const budgetPlanDuplicate: RepositoryRule = {
  id: budgetPlanDuplicateInfo.id,
  run(ctx) {
    const first = new Map<string, Entry<'Budget'>>();
    for (const budget of ctx.repo.ofKind('Budget', true)) {
      const seen = first.get(budget.data.plan);
      if (!seen) {
        first.set(budget.data.plan, budget);
        continue;
      }
      ctx.report(budget, ['plan'], 'value', {
        rule: this.id,
        message: ruleText(ctx)['budget-plan-duplicate'].duplicate(budget.data.plan, seen.id),
        hint: ruleText(ctx)['budget-plan-duplicate'].hint(seen.doc.source.path),
      });
    }
  },
};
