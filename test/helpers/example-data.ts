import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { EXAMPLE } from './run.js';

/** Every document of a kind in the example, read straight from the YAML (independent of planverk's loader). */
export function docsOfKind(kind: string, root = EXAMPLE): Record<string, any>[] {
  const out: Record<string, any>[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'drafts' || e.name === 'templates') continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) for (const d of parseAllDocuments(readFileSync(p, 'utf8'))) out.push(d.toJS());
    }
  };
  walk(root);
  return out.filter((d) => d && d.kind === kind);
}

export const PLAN_ID = 'handlingsprogram-2027-2030';
export const YEARS = [2027, 2028, 2029, 2030];

/** The plan's measures and its parent plan's goals, and its budget totals per year, computed here from the YAML. */
export function expectedPlan() {
  const plan = docsOfKind('Plan').find((p) => p.id === PLAN_ID)!;
  const measures = docsOfKind('Measure').filter((m) => m.plan === PLAN_ID);
  const goals = docsOfKind('Goal').filter((g) => g.plan === plan.parent || g.plan === PLAN_ID);
  const perYear = YEARS.map((year) => {
    let operating = 0;
    let investment = 0;
    for (const m of measures) for (const b of m.budget ?? []) if (b.year === year) { operating += b.operating ?? 0; investment += b.investment ?? 0; }
    return { year, operating, investment, total: operating + investment };
  });
  const sum = (k: 'operating' | 'investment' | 'total') => perYear.reduce((s, r) => s + r[k], 0);
  return { plan, measures, goals, perYear, total: { operating: sum('operating'), investment: sum('investment'), total: sum('total') } };
}

/** HTML escaping as Handlebars does it, for comparing titles with rendered text. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/`/g, '&#x60;').replace(/=/g, '&#x3D;');
}

/** A number as nb writes it (grouping with no-break space, minus sign). */
export const nb = (n: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(n);
