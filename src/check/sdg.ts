import { ruleText, type CheckContext } from './context.js';
import type { Entry } from '../model/repository.js';
import { didYouMean } from '../diagnostics/suggest.js';

/**
 * `sdg/unknown-target` and `sdg/unknown-indicator`: SDG ids exist in the catalog,
 * with suggestions for typos (`3.9a` → `3.9` or `3.a`).
 */
export function checkSdgIds(ctx: CheckContext): void {
  // Invalid documents too (the caller skips fields the schema reported on), so read defensively.
  for (const goal of ctx.repo.ofKind('Goal')) {
    const targets: unknown = goal.data.sdgTargets;
    if (Array.isArray(targets)) targets.forEach((id: unknown, i) => checkTarget(ctx, goal, ['sdgTargets', i], id));
  }
  for (const assessment of ctx.repo.ofKind('MaterialityAssessment')) {
    const entries: unknown = assessment.data.entries;
    if (!Array.isArray(entries)) continue;
    entries.forEach((entry: unknown, i) => {
      if (entry !== null && typeof entry === 'object') checkTarget(ctx, assessment, ['entries', i, 'target'], (entry as { target?: unknown }).target);
    });
  }
  for (const indicator of ctx.repo.ofKind('Indicator')) {
    const id = indicator.data.sdgIndicator;
    if (typeof id !== 'string' || ctx.catalog.indicators.has(id)) continue;
    const target = ctx.catalog.targets.has(id);
    const t = ruleText(ctx)['sdg/unknown-indicator'];
    ctx.report(indicator, ['sdgIndicator'], 'value', {
      rule: 'sdg/unknown-indicator',
      message: target ? t.isTarget(id) : t.unknown(id),
      hint: didYouMean(ctx.catalog.suggestIndicator(id), ctx.locale) ?? t.shapeHint,
    });
  }
}

function checkTarget(ctx: CheckContext, entry: Entry, path: (string | number)[], id: unknown): void {
  if (typeof id !== 'string' || ctx.catalog.targets.has(id)) return;
  const isGoal = ctx.catalog.goals.has(id);
  const isIndicator = ctx.catalog.indicators.has(id);
  const t = ruleText(ctx)['sdg/unknown-target'];
  ctx.report(entry, path, 'value', {
    rule: 'sdg/unknown-target',
    message: isGoal ? t.isGoal(id) : isIndicator ? t.isIndicator(id) : t.unknown(id),
    hint: isGoal
      ? t.goalHint(id)
      : isIndicator
        ? t.indicatorHint(String(ctx.catalog.indicators.get(id)!.parent))
        : (didYouMean(ctx.catalog.suggestTarget(id), ctx.locale) ?? t.shapeHint),
  });
}
