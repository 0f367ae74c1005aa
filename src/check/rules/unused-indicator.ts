import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** An indicator is used by no goal and no benefit. */
export const unusedIndicatorInfo = defineRule({
  id: 'unused-indicator',
  severity: 'warning',
  configurable: true,
  summary: 'An indicator is used by no goal and no benefit.',
  explanation: `
An indicator is used by no goal's \`indicators\` and no benefit's \`indicator\`.
It is measured and maintained for nothing, or a goal is missing a link to
it. To fix it, list it in a goal (as in the Good example) or a benefit, or
remove it.
`,
  bad: {
    lang: 'yaml',
    text: `
# indicators/sykefravaer.yaml
kind: Indicator
id: sykefravaer
title: Legemeldt sykefravær blant kommunens ansatte
unit: percent
direction: decrease
source: { name: Kommunens HR-system }
baseline: { year: 2019, value: 7.9 }
targets: [ { year: 2030, value: 6.5 } ]
`,
  },
  good: {
    lang: 'yaml',
    text: `
# goals/medarbeidere.yaml
kind: Goal
id: attraktiv-arbeidsgiver
title: Kommunen er en attraktiv arbeidsgiver med et godt arbeidsmiljø
plan: kommuneplan-2040
focusArea: organisasjon
level: organisation
sdgTargets: ["8.8"]
indicators: [sykefravaer]
`,
  },
});

/** An indicator that no goal and no benefit uses is measured for nothing. */
export const unusedIndicator: RepositoryRule = {
  id: unusedIndicatorInfo.id,
  run(ctx) {
    const used = new Set<string>();
    // Invalid goals and benefits count too, so one typo does not cascade into more warnings.
    for (const goal of ctx.repo.ofKind('Goal')) {
      const list = goal.data.indicators;
      if (Array.isArray(list)) for (const id of list) used.add(String(id));
    }
    for (const benefit of ctx.repo.ofKind('Benefit')) if (typeof benefit.data.indicator === 'string') used.add(benefit.data.indicator);
    for (const indicator of ctx.repo.ofKind('Indicator', true)) {
      if (used.has(indicator.id)) continue;
      ctx.report(indicator, ['id'], 'value', {
        rule: this.id,
        message: ruleText(ctx)['unused-indicator'].unused(indicator.id),
        hint: ruleText(ctx)['unused-indicator'].hint,
      });
    }
  },
};
