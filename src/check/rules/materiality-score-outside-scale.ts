import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { scaleOf } from '../../model/materiality.js';
import { ruleText } from '../context.js';

/** A significance or influence score lies outside the assessment scale. */
export const materialityScoreOutsideScaleInfo = defineRule({
  id: 'materiality-score-outside-scale',
  severity: 'error',
  configurable: true,
  summary: 'A significance or influence score lies outside the assessment scale.',
  explanation: `
A \`significance\` or \`influence\` score lies outside the assessment's \`scale\`
(1–5 unless the assessment says otherwise). A score off the scale distorts
the prioritisation and the materiality matrix.
`,
  bad: {
    lang: 'yaml',
    text: `
# materiality/vesentlighet-2019.yaml
kind: MaterialityAssessment
id: vesentlighet-2019
title: Vesentlighetsanalyse for nye Asker
date: 2019-03-01
scale: { min: 1, max: 5 }
threshold: 8
entries:
  - target: "3.4"
    significance: 8   # scored on a 1–10 scale by mistake
    influence: 4
  - target: "4.1"
    significance: 3
    influence: 3
`,
  },
  good: {
    lang: 'yaml',
    text: `
# materiality/vesentlighet-2019.yaml
kind: MaterialityAssessment
id: vesentlighet-2019
title: Vesentlighetsanalyse for nye Asker
date: 2019-03-01
scale: { min: 1, max: 5 }
threshold: 8
entries:
  - target: "3.4"
    significance: 5
    influence: 4
  - target: "4.1"
    significance: 3
    influence: 3
`,
  },
});

/** Significance and influence scores lie on the assessment's scale. */
export const materialityScoreOutsideScale: RepositoryRule = {
  id: materialityScoreOutsideScaleInfo.id,
  run(ctx) {
    for (const assessment of ctx.repo.ofKind('MaterialityAssessment', true)) {
      const { min, max } = scaleOf(assessment.data);
      assessment.data.entries.forEach((entry, i) => {
        for (const field of ['significance', 'influence'] as const) {
          const score = entry[field];
          if (score >= min && score <= max) continue;
          ctx.report(assessment, ['entries', i, field], 'value', {
            rule: this.id,
            message: ruleText(ctx)['materiality-score-outside-scale'].outside(field, score, min, max),
          });
        }
      });
    }
  },
};
