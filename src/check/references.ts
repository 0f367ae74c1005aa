import type { Kind } from './schema.js';
import type { CheckContext } from './context.js';
import type { Entry, Repository } from '../model/repository.js';
import { closest, didYouMean } from '../diagnostics/suggest.js';

/** What a reference field points at. */
type RefTarget = Kind | 'unit' | 'any';

/** Every reference field of the format: kind, field (a list when `many`), and what it names. */
const REFERENCES: { from: Kind; field: string; to: RefTarget; many?: boolean; within?: string }[] = [
  { from: 'Plan', field: 'parent', to: 'Plan' },
  { from: 'Plan', field: 'materiality', to: 'MaterialityAssessment' },
  { from: 'Goal', field: 'plan', to: 'Plan' },
  { from: 'Goal', field: 'parent', to: 'Goal' },
  { from: 'Goal', field: 'indicators', to: 'Indicator', many: true },
  { from: 'Measure', field: 'plan', to: 'Plan' },
  { from: 'Measure', field: 'goals', to: 'Goal', many: true },
  { from: 'Measure', field: 'responsible', to: 'unit' },
  { from: 'Benefit', field: 'measure', to: 'Measure' },
  { from: 'Benefit', field: 'owner', to: 'unit' },
  { from: 'Benefit', field: 'indicator', to: 'Indicator' },
  { from: 'Calendar', field: 'relatesTo', to: 'any', within: 'events' },
  { from: 'Budget', field: 'plan', to: 'Plan' },
  { from: 'Budget', field: 'unit', to: 'unit', within: 'frames' },
];

/**
 * `ref/unknown-id`, `ref/wrong-kind`, `ref/plan-type` and `ref/cycle`: every reference
 * resolves to a document of the right kind, focus areas belong to the goal's plan,
 * measures and budgets belong to a handlingsprogram, and parents never loop.
 */
export function checkReferences(ctx: CheckContext): void {
  for (const ref of REFERENCES) {
    for (const entry of ctx.repo.ofKind(ref.from, true)) {
      const data = entry.data as unknown as Record<string, unknown>;
      if (ref.within) {
        const items = data[ref.within];
        if (!Array.isArray(items)) continue;
        items.forEach((item: Record<string, unknown>, i) => checkOne(ctx, entry, [ref.within!, i, ref.field], item[ref.field], ref.to));
      } else if (ref.many) {
        const list = data[ref.field];
        if (Array.isArray(list)) list.forEach((v, i) => checkOne(ctx, entry, [ref.field, i], v, ref.to));
      } else {
        checkOne(ctx, entry, [ref.field], data[ref.field], ref.to);
      }
    }
  }
  checkFocusAreas(ctx);
  checkMeasurePlans(ctx);
  checkCycles(ctx, 'Goal');
  checkCycles(ctx, 'Plan');
}

function checkOne(ctx: CheckContext, entry: Entry, path: (string | number)[], value: unknown, to: RefTarget): void {
  if (typeof value !== 'string') return;
  if (to === 'unit') {
    const units = ctx.repo.unitIds();
    if (units.has(value)) return;
    ctx.report(entry, path, 'value', {
      rule: 'ref/unknown-id',
      message: `unknown unit "${value}"`,
      hint: didYouMean(closest(value, units)) ?? (units.size > 0 ? `units of the Workspace: ${[...units].join(', ')}` : 'add the unit to `units` in plan.yaml'),
    });
    return;
  }
  const target = ctx.repo.byId.get(value);
  if (!target) {
    const candidates = candidateIds(ctx.repo, to);
    ctx.report(entry, path, 'value', {
      rule: 'ref/unknown-id',
      message: `unknown ${to === 'any' ? 'document' : to} "${value}"`,
      hint: didYouMean(closest(value, candidates)),
    });
    return;
  }
  if (to !== 'any' && target.kind !== to) {
    ctx.report(entry, path, 'value', { rule: 'ref/wrong-kind', message: `"${value}" is a ${target.kind}, not a ${to}` });
  }
}

const CANDIDATES = new WeakMap<Repository, Map<RefTarget, string[]>>();

/** Ids a reference of a kind may name, listed once per repository (not once per unknown id). */
function candidateIds(repo: Repository, to: Exclude<RefTarget, 'unit'>): string[] {
  let byTarget = CANDIDATES.get(repo);
  if (!byTarget) CANDIDATES.set(repo, (byTarget = new Map()));
  let ids = byTarget.get(to);
  if (!ids) byTarget.set(to, (ids = to === 'any' ? [...repo.byId.keys()] : [...new Set(repo.ofKind(to).map((e) => e.id))]));
  return ids;
}

/** A Goal's focusArea is one of its plan's focus areas. */
function checkFocusAreas(ctx: CheckContext): void {
  for (const goal of ctx.repo.ofKind('Goal', true)) {
    const focus = goal.data.focusArea;
    const plan = ctx.repo.get(goal.data.plan, 'Plan');
    if (!focus || !plan) continue;
    // The plan may itself be invalid: read its focus areas defensively.
    const list: unknown = plan.data.focusAreas;
    const areas = Array.isArray(list) ? list.flatMap((f: { id?: unknown } | null) => (typeof f?.id === 'string' ? [f.id] : [])) : [];
    if (areas.includes(focus)) continue;
    ctx.report(goal, ['focusArea'], 'value', {
      rule: 'ref/unknown-id',
      message: `plan "${plan.id}" has no focus area "${focus}"`,
      hint: didYouMean(closest(focus, areas)) ?? (areas.length > 0 ? `its focus areas: ${areas.join(', ')}` : `plan "${plan.id}" has no focusAreas`),
    });
  }
}

/** A Measure's and a Budget's plan is a handlingsprogram. */
function checkMeasurePlans(ctx: CheckContext): void {
  const entries: { entry: Entry<'Measure'> | Entry<'Budget'>; plan: string | null | undefined; what: string }[] = [
    ...ctx.repo.ofKind('Measure', true).map((entry) => ({ entry, plan: entry.data.plan, what: 'measures belong to a handlingsprogram' })),
    ...ctx.repo.ofKind('Budget', true).map((entry) => ({ entry, plan: entry.data.plan, what: 'a Budget is the økonomiplan of a handlingsprogram' })),
  ];
  for (const { entry, plan: id, what } of entries) {
    const plan = ctx.repo.get(id, 'Plan');
    if (!plan || plan.data.type === 'handlingsprogram') continue;
    ctx.report(entry, ['plan'], 'value', { rule: 'ref/plan-type', message: `plan "${plan.id}" is a ${plan.data.type}; ${what}` });
  }
}

/** Follows `parent` links and reports each cycle once, at the document that closes it. */
function checkCycles(ctx: CheckContext, kind: 'Goal' | 'Plan'): void {
  const reported = new Set<string>();
  for (const start of ctx.repo.ofKind(kind, true)) {
    const chain: string[] = [];
    let current: Entry<typeof kind> | undefined = start;
    while (current && !chain.includes(current.id)) {
      chain.push(current.id);
      current = ctx.repo.get(current.data.parent, kind);
    }
    if (!current || current.id !== start.id) continue;
    const key = [...chain].sort().join(' ');
    if (reported.has(key)) continue;
    reported.add(key);
    ctx.report(start, ['parent'], 'value', {
      rule: 'ref/cycle',
      message: `${kind.toLowerCase()} parents form a cycle: ${[...chain, start.id].join(' → ')}`,
      hint: 'a parent must be higher up the chain; remove one of these parent links',
    });
  }
}
