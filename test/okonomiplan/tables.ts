import { toPlain } from '../../src/model/okonomiplan/decimal.js';
import type { BudgetView, Cell, ViewTable } from '../../src/output/budget/view.js';
import { resolveOkonomiplan } from '../../src/model/okonomiplan/resolve.js';
import { checkTree, type Tree } from '../helpers/tree.js';

/** A cell as exact plain text: `1600`, `-164.9`, a target as `1.1 met`, text as is. */
export function plain(cell: Cell): string {
  if (cell.kind === 'amount') return toPlain(cell.value);
  if (cell.kind === 'target') return cell.percent === null ? 'n/a' : `${toPlain(cell.percent)} ${cell.met ? 'met' : 'missed'}`;
  return cell.text;
}

/** A table as rows of [number, label, …figures]: what the tests compare against the hand-worked values. */
export function rowsOf(table: ViewTable): string[][] {
  return table.rows.map((r) => [r.number, r.label, ...r.cells.map(plain)]);
}

/** The table of a view by id. */
export function tableOf(view: BudgetView, id: ViewTable['id']): ViewTable {
  return view.tables.find((t) => t.id === id)!;
}

/** The økonomiplan of the only Budget of a tree, after a check that must be clean. */
export function modelOf(tree: Tree) {
  const result = checkTree(tree);
  if (result.diagnostics.length > 0) throw new Error(`fixture not clean: ${result.diagnostics.map((d) => `${d.rule} ${d.file}:${d.line}`).join(', ')}`);
  return resolveOkonomiplan(result.repo, result.repo.ofKind('Budget', true)[0]!);
}
