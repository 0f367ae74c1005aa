import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** A goal has no indicator. */
export const goalWithoutIndicatorInfo = defineRule({
  id: 'goal-without-indicator',
  severity: 'warning',
  configurable: true,
  summary: 'A goal has no indicator.',
  explanation: `
A goal has no indicators. Without at least one indicator, nobody can tell
whether the goal is being reached, and the indicator scorecard
(\`plan status\`) has nothing to show for it.
`,
  bad: {
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

/** A goal that no indicator measures cannot be followed up. */
export const goalWithoutIndicator: RepositoryRule = {
  id: goalWithoutIndicatorInfo.id,
  run(ctx) {
    for (const goal of ctx.repo.ofKind('Goal', true)) {
      if ((goal.data.indicators ?? []).length > 0) continue;
      ctx.report(goal, ['id'], 'value', {
        rule: this.id,
        message: ruleText(ctx)['goal-without-indicator'].noIndicators(goal.id),
        hint: ruleText(ctx)['goal-without-indicator'].hint,
      });
    }
  },
};
