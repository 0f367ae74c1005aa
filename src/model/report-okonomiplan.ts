import type { Locale } from '../i18n/locale.js';
import { cellText } from '../output/budget/cells.js';
import { budgetView, type ViewTable } from '../output/budget/view.js';
import { okonomiplanOf } from './okonomiplan/resolve.js';
import type { Entry, Repository } from './repository.js';

/** One row of a statutory table, as a report template sees it: words and figures already in the locale's style. */
export interface OkonomiplanRowModel {
  /** The forskrift's line number ('' for planverk's own lines). */
  lineNumber: string;
  label: string;
  /** A computed line (bold). */
  sum: boolean;
  /** A breakdown of the line above it ("herav", a change or measure in a frame). */
  detail: boolean;
  /** A heading row with no figures. */
  heading: boolean;
  cells: string[];
}

/** One statutory table of the økonomiplan. */
export interface OkonomiplanTableModel {
  id: ViewTable['id'];
  title: string;
  /** The header of the line-number column; null for the tables without one. */
  numberColumn: string | null;
  labelColumn: string;
  columns: string[];
  rows: OkonomiplanRowModel[];
  /** Shown instead of an empty table; null when the table has rows. */
  empty: string | null;
  /** The frame of each unit in detail (del 2 only); null elsewhere. */
  details: { title: string; tables: OkonomiplanTableModel[] } | null;
}

/**
 * The økonomiplan of the report's plan: the same tables `plan budget` prints (drift del 1
 * and 2, investering del 1 and 2, the financial targets), computed once by the Budget model.
 */
export interface OkonomiplanReportModel {
  /** The Budget's id. */
  id: string;
  title: string;
  /** The plan and the amount unit: "Handlingsprogram 2027–2030 · beløp i 1000 kr". */
  subtitle: string;
  /** One sentence on the balance of every year. */
  balance: string;
  tables: OkonomiplanTableModel[];
}

function tableModel(t: ViewTable, locale: Locale): OkonomiplanTableModel {
  return {
    id: t.id,
    title: t.title,
    numberColumn: t.numberColumn ?? null,
    labelColumn: t.labelColumn,
    columns: t.columns,
    rows: t.rows.map((r) => ({
      lineNumber: r.number,
      label: r.label,
      sum: r.style === 'sum',
      detail: r.style === 'detail',
      heading: r.style === 'heading',
      // A heading row spans the figure columns with empty cells, so every row has as many cells as there are columns.
      cells: r.style === 'heading' ? t.columns.map(() => '') : r.cells.map((c) => cellText(c, locale)),
    })),
    empty: t.rows.length === 0 ? (t.empty ?? '') : null,
    details: t.details ? { title: t.details.title, tables: t.details.tables.map((d) => tableModel(d, locale)) } : null,
  };
}

/**
 * The økonomiplan of `planId` for a report: the first valid Budget of that plan (a second
 * one is budget-plan-duplicate), through the model and the words of `plan budget`, so the
 * report and `plan budget` cannot disagree. Null when the plan has no valid Budget.
 */
export function okonomiplanReport(repo: Repository, planId: string, locale: Locale): OkonomiplanReportModel | null {
  const entry: Entry<'Budget'> | undefined = repo.ofKind('Budget', true).find((b) => b.data.plan === planId);
  if (!entry) return null;
  const view = budgetView(okonomiplanOf(repo, entry), locale);
  return { id: entry.id, title: view.title, subtitle: view.subtitle, balance: view.balance, tables: view.tables.map((t) => tableModel(t, locale)) };
}
