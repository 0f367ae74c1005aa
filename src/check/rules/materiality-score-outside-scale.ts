import type { RepositoryRule } from './rule.js';
import { scaleOf } from '../../model/materiality.js';

/** Significance and influence scores lie on the assessment's scale. */
export const materialityScoreOutsideScale: RepositoryRule = {
  id: 'materiality-score-outside-scale',
  run(ctx) {
    for (const assessment of ctx.repo.ofKind('MaterialityAssessment', true)) {
      const { min, max } = scaleOf(assessment.data);
      assessment.data.entries.forEach((entry, i) => {
        for (const field of ['significance', 'influence'] as const) {
          const score = entry[field];
          if (score >= min && score <= max) continue;
          ctx.report(assessment, ['entries', i, field], 'value', {
            rule: this.id,
            message: `${field} ${score} is outside the scale ${min}–${max}`,
          });
        }
      });
    }
  },
};
