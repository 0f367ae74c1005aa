import type { Entry, Repository } from '../repository.js';
import { yearRange } from '../budget.js';
import { computeOkonomiplan } from './okonomiplan.js';
import type { Okonomiplan } from './model.js';
import type { UnitInfo } from './frames.js';

/** The units of the Workspace, read defensively (an invalid plan.yaml is still the workspace). */
export function workspaceUnits(repo: Repository): UnitInfo[] {
  const units: unknown = repo.workspace?.data.units;
  if (!Array.isArray(units)) return [];
  return units.flatMap((u: { id?: unknown; title?: unknown } | null) => (typeof u?.id === 'string' ? [{ id: u.id, title: typeof u.title === 'string' ? u.title : u.id }] : []));
}

/**
 * The økonomiplan of a valid Budget from the repository: its plan's years (the
 * years of its operating rows when the plan cannot be read) and the valid measures
 * of that plan. The amount unit and currency come from the Workspace (default 1 NOK).
 */
export function resolveOkonomiplan(repo: Repository, budget: Entry<'Budget'>): Okonomiplan {
  const plan = repo.get(budget.data.plan, 'Plan');
  const period = plan?.valid ? plan.data.period : undefined;
  const years = period && period.start <= period.end ? yearRange(period.start, period.end) : [...new Set(budget.data.operating.map((r) => r.year))].sort((a, b) => a - b);
  const measures = repo.ofKind('Measure', true).filter((m) => m.data.plan === budget.data.plan).map((m) => m.data);
  const ws = repo.workspace?.valid ? repo.workspace.data : undefined;
  return computeOkonomiplan({
    budget: budget.data,
    years,
    planTitle: plan?.valid ? plan.data.title : null,
    measures,
    units: workspaceUnits(repo),
    amountUnit: ws?.amountUnit ?? 1,
    currency: ws?.currency ?? 'NOK',
  });
}

/** Resolved økonomiplans per Budget entry (entries belong to one repository), so the rules that share one compute it once. */
const CACHE = new WeakMap<Entry<'Budget'>, Okonomiplan>();

/** The økonomiplan of a valid Budget, computed once per check run (the balance and target rules all read it). */
export function okonomiplanOf(repo: Repository, budget: Entry<'Budget'>): Okonomiplan {
  let model = CACHE.get(budget);
  if (!model) CACHE.set(budget, (model = resolveOkonomiplan(repo, budget)));
  return model;
}
