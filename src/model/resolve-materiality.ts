import type { SdgCatalog } from '../catalog/catalog.js';
import type { Locale } from '../i18n/locale.js';
import { isPrioritised, scaleOf } from './materiality.js';
import type { MaterialityModel, Ref } from './report-model.js';
import type { Repository } from './repository.js';

/**
 * The materiality assessment with SDG titles in `locale`, each entry marked
 * prioritised or not (FORMAT.md) and joined to the goals that name its target.
 */
export function resolveMateriality(repo: Repository, catalog: SdgCatalog, id: string, locale: Locale): MaterialityModel | null {
  const entry = repo.get(id, 'MaterialityAssessment');
  if (!entry || !entry.valid) return null;
  const a = entry.data;
  const goalsByTarget = new Map<string, Ref[]>();
  for (const g of repo.ofKind('Goal', true)) {
    for (const t of g.data.sdgTargets ?? []) {
      // Pushed, not spread into a new array: one copy per goal made this quadratic in the goals of a target.
      const list = goalsByTarget.get(t);
      if (list) list.push({ id: g.id, title: g.data.title });
      else goalsByTarget.set(t, [{ id: g.id, title: g.data.title }]);
    }
  }
  return {
    id: a.id,
    title: a.title,
    date: a.date ?? null,
    description: a.description ?? null,
    threshold: a.threshold ?? null,
    scale: scaleOf(a),
    entries: a.entries.map((e) => ({
      id: e.target,
      target: e.target,
      title: catalog.title(e.target, locale) ?? e.target,
      significance: e.significance,
      influence: e.influence,
      sum: e.significance + e.influence,
      prioritised: isPrioritised(e, a),
      responsibility: e.responsibility ?? null,
      opportunities: e.opportunities ?? [],
      challenges: e.challenges ?? [],
      goals: [...(goalsByTarget.get(e.target) ?? [])],
    })),
  };
}
