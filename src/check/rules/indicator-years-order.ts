import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { ruleText } from '../context.js';

/** An indicator's targets or actuals are out of year order or repeat a year. */
export const indicatorYearsOrderInfo = defineRule({
  id: 'indicator-years-order',
  severity: 'error',
  configurable: true,
  summary: "An indicator's targets or actuals are out of year order or repeat a year.",
  explanation: `
An indicator's \`targets\` or \`actuals\` are not in year order, or name the
same year twice. Each list is a time series: one value per year, oldest
first. A repeated year leaves it unclear which value counts, and a year out
of order is usually a typo.
`,
  bad: {
    lang: 'yaml',
    text: `
# indicators/fysisk-aktive-ungdom.yaml
kind: Indicator
id: fysisk-aktive-ungdom
title: Andel ungdom som er fysisk aktive minst 60 minutter daglig
unit: percent
direction: increase
baseline: { year: 2019, value: 41.0 }
targets: [ { year: 2024, value: 45 }, { year: 2030, value: 50 } ]
actuals:
  - { year: 2020, value: 40.2 }
  - { year: 2022, value: 41.8 }
  - { year: 2021, value: 39.5 }
`,
  },
  good: {
    lang: 'yaml',
    text: `
# indicators/fysisk-aktive-ungdom.yaml
kind: Indicator
id: fysisk-aktive-ungdom
title: Andel ungdom som er fysisk aktive minst 60 minutter daglig
unit: percent
direction: increase
baseline: { year: 2019, value: 41.0 }
targets: [ { year: 2024, value: 45 }, { year: 2030, value: 50 } ]
actuals:
  - { year: 2020, value: 40.2 }
  - { year: 2021, value: 39.5 }
  - { year: 2022, value: 41.8 }
`,
  },
});

/** Targets and actuals are series: each year once, in increasing order. */
export const indicatorYearsOrder: RepositoryRule = {
  id: indicatorYearsOrderInfo.id,
  run(ctx) {
    for (const indicator of ctx.repo.ofKind('Indicator', true)) {
      for (const list of ['targets', 'actuals'] as const) {
        const points = indicator.data[list] ?? [];
        for (let i = 1; i < points.length; i++) {
          const prev = points[i - 1]!.year;
          const year = points[i]!.year;
          if (year > prev) continue;
          ctx.report(indicator, [list, i, 'year'], 'value', {
            rule: this.id,
            message: year === prev ? ruleText(ctx)['indicator-years-order'].twice(list, year) : ruleText(ctx)['indicator-years-order'].after(list, year, prev),
            hint: ruleText(ctx)['indicator-years-order'].hint(list),
          });
        }
      }
    }
  },
};
