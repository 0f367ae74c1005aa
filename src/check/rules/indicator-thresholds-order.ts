import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** An indicator's målekart thresholds contradict its direction (desired worse than lowest). */
export const indicatorThresholdsOrderInfo = defineRule({
  id: 'indicator-thresholds-order',
  severity: 'error',
  configurable: true,
  summary: "An indicator's målekart thresholds contradict its direction (desired worse than lowest).",
  explanation: `
An indicator's målekart \`thresholds\` contradict its \`direction\`: for
\`increase\` the desired result (\`desired\`) lies below the lowest acceptable one
(\`lowest\`), for \`decrease\` above it, and for \`maintain\` further from the last
target. The scorecard would then call a worse result better
([docs/status.md](status.md)).
`,
  bad: {
    lang: 'yaml',
    text: `
# indicators/heltidsandel.yaml
kind: Indicator
id: heltidsandel
title: Andel ansatte i heltidsstilling
unit: percent
direction: increase
targets: [ { year: 2026, value: 55.0 } ]
thresholds: { desired: 50.0, lowest: 52.0 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# indicators/heltidsandel.yaml
kind: Indicator
id: heltidsandel
title: Andel ansatte i heltidsstilling
unit: percent
direction: increase
targets: [ { year: 2026, value: 55.0 } ]
thresholds: { desired: 52.0, lowest: 50.0 }
`,
  },
});

/**
 * Målekart thresholds must not contradict the direction: for `increase` the desired
 * result is at least the lowest acceptable one, for `decrease` at most, and for
 * `maintain` at least as close to the last target.
 */
export const indicatorThresholdsOrder: RepositoryRule = {
  id: indicatorThresholdsOrderInfo.id,
  run(ctx) {
    for (const indicator of ctx.repo.ofKind('Indicator', true)) {
      const limits = indicator.data.thresholds;
      if (!limits) continue;
      const { desired, lowest } = limits;
      const target = (indicator.data.targets ?? []).at(-1)?.value;
      const wrong =
        indicator.data.direction === 'increase'
          ? desired < lowest
          : indicator.data.direction === 'decrease'
            ? desired > lowest
            : target !== undefined && Math.abs(desired - target) > Math.abs(lowest - target);
      if (!wrong) continue;
      ctx.report(indicator, ['thresholds', 'desired'], 'value', {
        rule: this.id,
        message: ruleText(ctx)['indicator-thresholds-order'].worse(String(desired), String(lowest), indicator.data.direction),
        hint: indicator.data.direction === 'maintain' ? ruleText(ctx)['indicator-thresholds-order'].maintainHint : ruleText(ctx)['indicator-thresholds-order'].hint,
      });
    }
  },
};
