import { defineRule } from '../../diagnostics/rule-info.js';
import type { RepositoryRule } from './rule.js';
import { isPrioritised } from '../../model/materiality.js';
import type { Entry, Repository } from '../../model/repository.js';
import { ruleText } from '../context.js';

/** Ids of a plan and every plan below it (its parent chain leads to it). */
export function planFamily(repo: Repository, planId: string): Set<string> {
  const family = new Set<string>([planId]);
  for (const plan of repo.ofKind('Plan')) {
    const seen = new Set<string>();
    let p: Entry<'Plan'> | undefined = plan;
    while (p && !seen.has(p.id)) {
      if (p.id === planId) {
        family.add(plan.id);
        break;
      }
      seen.add(p.id);
      p = repo.get(p.data.parent, 'Plan');
    }
  }
  return family;
}

/** A prioritised target of the plan's materiality assessment is covered by no goal. */
export const priorityTargetUncoveredInfo = defineRule({
  id: 'priority-target-uncovered',
  severity: 'warning',
  configurable: true,
  summary: "A prioritised target of the plan's materiality assessment is covered by no goal.",
  explanation: `
An SDG target that the plan's materiality assessment prioritises is not
named in the \`sdgTargets\` of any goal of that plan, or of a plan below it
through \`parent\`. The thread from the assessment to the plan's goals is
broken there. An entry is prioritised when \`priority: true\`, or when
\`significance + influence\` reaches the \`threshold\`. The usual fix is to add
the target to a goal. If the assessment deliberately leaves a target out,
set \`priority: false\` and give the reason.
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
    significance: 5
    influence: 4
  - target: "4.1"   # 4 + 4 = 8: prioritised, but no goal names "4.1"
    significance: 4
    influence: 4
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
    significance: 4
    influence: 4
    priority: false
    comment: Følges opp i temaplan for oppvekst, ikke i kommuneplanens samfunnsdel
`,
  },
});

/**
 * A prioritised target of a plan's materiality assessment that no goal of the
 * plan (or of a plan below it) names in `sdgTargets`: the golden thread breaks.
 */
export const priorityTargetUncovered: RepositoryRule = {
  id: priorityTargetUncoveredInfo.id,
  run(ctx) {
    for (const plan of ctx.repo.ofKind('Plan', true)) {
      const assessment = ctx.repo.get(plan.data.materiality, 'MaterialityAssessment');
      if (!assessment?.valid) continue;
      const family = planFamily(ctx.repo, plan.id);
      const covered = new Set<string>();
      // Invalid goals count too: one typo in a goal should not also uncover its targets.
      for (const goal of ctx.repo.ofKind('Goal')) {
        const targets = goal.data.sdgTargets;
        if (family.has(goal.data.plan) && Array.isArray(targets)) for (const t of targets) covered.add(String(t));
      }
      assessment.data.entries.forEach((entry, i) => {
        if (!isPrioritised(entry, assessment.data) || covered.has(entry.target)) return;
        ctx.report(assessment, ['entries', i, 'target'], 'value', {
          rule: this.id,
          message: ruleText(ctx)['priority-target-uncovered'].uncovered(entry.target, plan.id),
          hint: ruleText(ctx)['priority-target-uncovered'].hint(entry.target, plan.id),
        });
      });
    }
  },
};
