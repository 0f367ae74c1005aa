import type { Kind } from './schema.js';
import { ruleText, type CheckContext } from './context.js';
import type { Entry, Repository } from '../model/repository.js';
import { closest, didYouMean, someOf } from '../diagnostics/suggest.js';
import { DOCUMENT_KINDS, kindSpec, type ReferenceField } from '../kinds/registry.js';

/** What a reference field points at. */
type RefTarget = ReferenceField['to'];

/** Every reference field of the format, from the registry of kinds. */
const REFERENCES: (ReferenceField & { from: Kind })[] = DOCUMENT_KINDS.flatMap((from) => kindSpec(from).references.map((ref) => ({ ...ref, from })));

/**
 * `ref/unknown-id`, `ref/wrong-kind`, `ref/plan-type` and `ref/cycle`: every reference
 * resolves to a document of the right kind, focus areas belong to the goal's plan,
 * measures and budgets belong to a handlingsprogram, and parents never loop.
 */
export function checkReferences(ctx: CheckContext): void {
  for (const ref of REFERENCES) {
    for (const entry of ctx.repo.ofKind(ref.from)) {
      const data = entry.data as unknown as Record<string, unknown>;
      if (ref.within) {
        const items = data[ref.within];
        if (!Array.isArray(items)) continue;
        items.forEach((item: unknown, i) => {
          if (item !== null && typeof item === 'object') checkOne(ctx, entry, [ref.within!, i, ref.field], (item as Record<string, unknown>)[ref.field], ref.to);
        });
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
  const t = ruleText(ctx);
  if (to === 'unit') {
    const units = ctx.repo.unitIds();
    if (units.has(value)) return;
    ctx.report(entry, path, 'value', {
      rule: 'ref/unknown-id',
      message: t['ref/unknown-id'].unit(value),
      hint: didYouMean(closest(value, units), ctx.locale) ?? (units.size > 0 ? t['ref/unknown-id'].unitsHint(someOf(units, undefined, ctx.locale)) : t['ref/unknown-id'].noUnits),
    });
    return;
  }
  const target = ctx.repo.byId.get(value);
  if (!target) {
    const candidates = candidateIds(ctx.repo, to);
    ctx.report(entry, path, 'value', {
      rule: 'ref/unknown-id',
      message: t['ref/unknown-id'].unknown(to, value),
      hint: didYouMean(closest(value, candidates), ctx.locale),
    });
    return;
  }
  if (to !== 'any' && target.kind !== to) {
    ctx.report(entry, path, 'value', { rule: 'ref/wrong-kind', message: t['ref/wrong-kind'].wrongKind(value, target.kind, to) });
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
  // Read once per plan, not once per goal: 20,000 goals of a plan with 20,000 focus areas.
  const areasOf = new Map<Entry<'Plan'>, Set<string>>();
  for (const goal of ctx.repo.ofKind('Goal')) {
    const focus: unknown = goal.data.focusArea;
    const plan = typeof goal.data.plan === 'string' ? ctx.repo.get(goal.data.plan, 'Plan') : undefined;
    if (typeof focus !== 'string' || !focus || !plan) continue;
    let areas = areasOf.get(plan);
    if (!areas) areasOf.set(plan, (areas = focusAreaIds(plan)));
    if (areas.has(focus)) continue;
    const t = ruleText(ctx)['ref/unknown-id'];
    ctx.report(goal, ['focusArea'], 'value', {
      rule: 'ref/unknown-id',
      message: t.focusArea(plan.id, focus),
      hint: didYouMean(closest(focus, areas), ctx.locale) ?? (areas.size > 0 ? t.focusAreasHint(someOf(areas, undefined, ctx.locale)) : t.noFocusAreas(plan.id)),
    });
  }
}

/** The ids of a plan's focus areas; the plan may itself be invalid, so read defensively. */
function focusAreaIds(plan: Entry<'Plan'>): Set<string> {
  const list: unknown = plan.data.focusAreas;
  const ids = new Set<string>();
  if (Array.isArray(list)) for (const f of list as ({ id?: unknown } | null)[]) if (typeof f?.id === 'string') ids.add(f.id);
  return ids;
}

/** A Measure's, a Budget's and a StatusReport's plan is a handlingsprogram. */
function checkMeasurePlans(ctx: CheckContext): void {
  const t = ruleText(ctx)['ref/plan-type'];
  const entries: { entry: Entry<'Measure'> | Entry<'Budget'> | Entry<'StatusReport'>; plan: string | null | undefined; what: string }[] = [
    ...ctx.repo.ofKind('Measure', true).map((entry) => ({ entry, plan: entry.data.plan, what: t.measure })),
    ...ctx.repo.ofKind('Budget', true).map((entry) => ({ entry, plan: entry.data.plan, what: t.budget })),
    ...ctx.repo.ofKind('StatusReport', true).map((entry) => ({ entry, plan: entry.data.plan, what: t.report })), // loop (issue 16)
  ];
  for (const { entry, plan: id, what } of entries) {
    const plan = ctx.repo.get(id, 'Plan');
    if (!plan || plan.data.type === 'handlingsprogram') continue;
    ctx.report(entry, ['plan'], 'value', { rule: 'ref/plan-type', message: t.planType(plan.id, String(plan.data.type), what) });
  }
}

/**
 * Follows `parent` links and reports each cycle once, at the document of the cycle
 * that comes first. Each document is walked once (a walk stops at a document an
 * earlier walk reached), so a chain of 20,000 parents costs 20,000 steps, not 20,000².
 */
function checkCycles(ctx: CheckContext, kind: 'Goal' | 'Plan'): void {
  const starts = ctx.repo.ofKind(kind, true);
  const first = new Map<string, number>(); // id → index of its first valid document
  starts.forEach((s, i) => first.has(s.id) || first.set(s.id, i));
  const walked = new Map<string, number>(); // id → the walk that reached it
  starts.forEach((start, walk) => {
    if (walked.has(start.id)) return;
    const path: string[] = [];
    let current: Entry<typeof kind> | undefined = start;
    while (current && !walked.has(current.id)) {
      walked.set(current.id, walk);
      path.push(current.id);
      current = ctx.repo.get(current.data.parent, kind);
    }
    if (!current || walked.get(current.id) !== walk) return; // ends, or joins what an earlier walk saw
    const cycle = path.slice(path.indexOf(current.id));
    // Reported at the member that comes first among the valid documents, as the chain from it.
    let atIndex = Infinity;
    for (const id of cycle) atIndex = Math.min(atIndex, first.get(id) ?? Infinity);
    const at = starts[atIndex];
    if (!at) return;
    const from = cycle.indexOf(at.id);
    const chain = [...cycle.slice(from), ...cycle.slice(0, from), at.id];
    ctx.report(at, ['parent'], 'value', {
      rule: 'ref/cycle',
      message: ruleText(ctx)['ref/cycle'].cycle(kind, chain.join(' → ')),
      hint: ruleText(ctx)['ref/cycle'].hint,
    });
  });
}
