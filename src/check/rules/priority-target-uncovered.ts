import type { RepositoryRule } from './rule.js';
import { isPrioritised } from '../../model/materiality.js';
import type { Entry, Repository } from '../../model/repository.js';

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

/**
 * A prioritised target of a plan's materiality assessment that no goal of the
 * plan (or of a plan below it) names in `sdgTargets`: the golden thread breaks.
 */
export const priorityTargetUncovered: RepositoryRule = {
  id: 'priority-target-uncovered',
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
          message: `prioritised target "${entry.target}" is covered by no goal of plan "${plan.id}"`,
          hint: `add "${entry.target}" to the sdgTargets of a goal in plan "${plan.id}", or set priority: false with a reason`,
        });
      });
    }
  },
};
