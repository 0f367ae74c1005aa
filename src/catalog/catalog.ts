import { closest } from '../diagnostics/suggest.js';
import type { Locale } from '../i18n/locale.js';
import { GOALS, TARGETS } from './data/goals-targets.js';
import { INDICATORS } from './data/indicators.js';


export type SdgKind = 'goal' | 'target' | 'indicator';

/** One goal, target or indicator with its titles per locale. */
export interface SdgEntry {
  id: string;
  kind: SdgKind;
  /** The goal of a target, the target of an indicator. */
  parent?: string;
  titles: Partial<Record<Locale, string>>;
}

/** Fuller titles from a workspace's own catalog file, per locale and id. */
export type TitleOverrides = Partial<Record<Locale, Partial<Record<'goals' | 'targets' | 'indicators', Record<string, string>>>>>;

/**
 * The UN SDG framework: 17 goals, 169 targets, 248 indicator listings (the 2024
 * refinement), with short titles in nb and en. nn falls back to nb, and any
 * locale falls back to en, unless the workspace catalog gives its own title.
 */
export class SdgCatalog {
  readonly goals = new Map<string, SdgEntry>();
  readonly targets = new Map<string, SdgEntry>();
  readonly indicators = new Map<string, SdgEntry>();

  constructor(overrides: TitleOverrides = {}) {
    for (const g of GOALS) this.goals.set(g.id, { id: g.id, kind: 'goal', titles: { nb: g.nb, en: g.en } });
    for (const t of TARGETS) this.targets.set(t.id, { id: t.id, kind: 'target', parent: t.goal, titles: { nb: t.nb, en: t.en } });
    for (const i of INDICATORS) this.indicators.set(i.id, { id: i.id, kind: 'indicator', parent: i.target, titles: { nb: i.nb, en: i.en } });
    for (const [locale, groups] of Object.entries(overrides) as [Locale, TitleOverrides[Locale]][]) {
      for (const [group, map] of [['goals', this.goals], ['targets', this.targets], ['indicators', this.indicators]] as const) {
        for (const [id, title] of Object.entries(groups?.[group] ?? {})) {
          const entry = map.get(id);
          if (entry) entry.titles[locale] = title;
        }
      }
    }
  }

  /** The entry for any SDG id (goal, target or indicator). */
  get(id: string): SdgEntry | undefined {
    return this.targets.get(id) ?? this.indicators.get(id) ?? this.goals.get(id);
  }

  /** The title of an id in a locale, with the fallbacks nn → nb → en. */
  title(id: string, locale: Locale): string | undefined {
    const titles = this.get(id)?.titles;
    if (!titles) return undefined;
    return titles[locale] ?? (locale === 'nn' ? titles.nb : undefined) ?? titles.en;
  }

  /** Target ids a mistyped target id most likely meant (`3.9a` → `3.9`, `3.a`). */
  suggestTarget(input: string): string[] {
    return suggestIn(input, (this.targetIds ??= byGoal(this.targets.keys())));
  }

  /** Indicator ids a mistyped indicator id most likely meant. */
  suggestIndicator(input: string): string[] {
    return suggestIn(input, (this.indicatorIds ??= byGoal(this.indicators.keys())));
  }

  private targetIds: IdsByGoal | undefined;
  private indicatorIds: IdsByGoal | undefined;
}

/** Ids, all of them and per goal number; grouped once, not for every unknown id (100,000 of them in a file). */
interface IdsByGoal {
  all: string[];
  goal: Map<string, string[]>;
}

function byGoal(ids: Iterable<string>): IdsByGoal {
  const out: IdsByGoal = { all: [...ids], goal: new Map() };
  for (const id of out.all) {
    const dot = id.indexOf('.');
    const goal = dot === -1 ? id : id.slice(0, dot);
    const list = out.goal.get(goal);
    if (list) list.push(id);
    else out.goal.set(goal, [id]);
  }
  return out;
}

function suggestIn(input: string, ids: IdsByGoal): string[] {
  const dot = input.indexOf('.');
  // Prefer ids of the same goal: a typo rarely changes the goal number.
  const sameGoal = ids.goal.get(dot === -1 ? input : input.slice(0, dot)) ?? [];
  const near = closest(input, sameGoal.length > 0 ? sameGoal : ids.all, 3);
  return near.length > 0 ? near : closest(input, ids.all, 3);
}

let builtIn: SdgCatalog | undefined;

/** The built-in catalog, made once per process. */
export function builtInCatalog(): SdgCatalog {
  return (builtIn ??= new SdgCatalog());
}
