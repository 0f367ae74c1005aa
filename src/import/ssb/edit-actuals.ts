import type { Document, Node, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { yamlLib } from '../../load/yaml-lib.js';
import type { Actual, ActualsPlan } from './merge-actuals.js';
import { addPair, columnOf, contentEnd, dashColumn, dashPosition, eolOf, flowSeparator, lineEnd, pairEnd, replaceScalar, type Splice } from './yaml-edit.js';

/** Why a document's actuals cannot be edited in place (the words are in messages.ts). */
export type EditProblem = { code: 'not-editable'; what: 'alias' | 'shape' | 'verify' | 'encoding' };

export type EditResult = { ok: true; splices: Splice[] } | { ok: false; problem: EditProblem };

/**
 * The text edits that apply an actuals plan to one Indicator document, and set
 * `source.retrieved`: new values and statuses replace the old scalars, new years
 * are written where they belong in the style of their neighbours (flow `{ … }` or
 * block items, the same indentation and separators), missing keys are added after
 * the last key of their map. Aliases are refused: editing one would change
 * every place that refers to it.
 */
export function actualsSplices(text: string, doc: Document.Parsed, plan: ActualsPlan, retrieved: string | undefined): EditResult {
  const { isMap, isSeq, isScalar, isAlias } = yamlLib();
  const root = doc.contents;
  if (!isMap(root)) return refuse('shape');
  const splices: Splice[] = [];
  if (retrieved !== undefined) {
    const source = pairOf(root, 'source')?.value;
    if (isAlias(source)) return refuse('alias');
    if (!isMap(source)) return refuse('shape');
    const old = pairOf(source, 'retrieved');
    if (old && isAlias(old.value)) return refuse('alias');
    splices.push(old && isScalar(old.value) && old.value.range ? replaceScalar(old.value, retrieved) : addPair(text, source, 'retrieved', retrieved));
  }
  if (plan.updates.length === 0 && plan.inserts.length === 0) return { ok: true, splices };
  const pair = pairOf(root, 'actuals');
  const list = pair?.value;
  if (isAlias(list)) return refuse('alias');
  if (!pair || list === null || list === undefined || (isScalar(list) && list.value === null)) return { ok: true, splices: [...splices, ...createList(text, root, pair, plan.result)] };
  if (!isSeq(list)) return refuse('shape');
  const items = list.items as unknown[];
  if (items.some((i) => isAlias(i))) return refuse('alias');
  if (!items.every((i) => isMap(i))) return refuse('shape');
  const maps = items as YAMLMap[];
  for (const u of plan.updates) {
    const item = maps[u.index]!;
    const value = pairOf(item, 'value')?.value;
    if (u.value !== undefined) {
      if (!isScalar(value)) return refuse('shape');
      splices.push(replaceScalar(value, String(u.value)));
    }
    if (u.status !== undefined) {
      const status = pairOf(item, 'status');
      if (status && !isScalar(status.value)) return refuse(isAlias(status.value) ? 'alias' : 'shape');
      splices.push(status ? replaceScalar(status.value as Scalar, u.status) : addPair(text, item, 'status', u.status));
    }
  }
  const groups = new Map<number, Actual[]>();
  for (const ins of plan.inserts) groups.set(ins.before, [...(groups.get(ins.before) ?? []), ins.item]);
  for (const [before, group] of groups) splices.push(list.flow ? flowInsert(text, list, maps, before, group) : blockInsert(text, maps, before, group));
  return { ok: true, splices };
}

function refuse(what: EditProblem['what']): EditResult {
  return { ok: false, problem: { code: 'not-editable', what } };
}

/** The pair with a plain string key, if the map has one. */
function pairOf(map: YAMLMap, key: string): Pair<unknown, unknown> | undefined {
  const { isScalar } = yamlLib();
  return (map.items as Pair<unknown, unknown>[]).find((p) => isScalar(p.key) && p.key.value === key);
}

/** How the neighbouring item writes a flow map: `{ year: 2020, value: 1 }`, its padding, separator and key order. */
interface FlowStyle {
  pad: string;
  sep: string;
  yearFirst: boolean;
}

function flowStyleOf(text: string, item: YAMLMap | undefined): FlowStyle {
  if (!item || !item.flow) return { pad: ' ', sep: ', ', yearFirst: true };
  const pairs = item.items as Pair[];
  const own = text.slice(item.range![0], item.range![1]);
  const keys = pairs.map((p) => String((p.key as Scalar).value));
  const sep = pairs.length >= 2 ? flowSeparator(text, pairEnd(text, pairs[0]!), (pairs[1]!.key as Node).range![0]) : ', ';
  return { pad: /^\{\s/.test(own) ? ' ' : '', sep: sep.includes('\n') ? ', ' : sep, yearFirst: keys.indexOf('year') <= Math.max(keys.indexOf('value'), 0) };
}

function entries(item: Actual, yearFirst: boolean): string[] {
  const year = `year: ${item.year}`;
  const value = `value: ${String(item.value)}`;
  return [...(yearFirst ? [year, value] : [value, year]), ...(item.status ? [`status: ${item.status}`] : [])];
}

function flowItem(item: Actual, style: FlowStyle): string {
  return `{${style.pad}${entries(item, style.yearFirst).join(style.sep)}${style.pad}}`;
}

/**
 * New items in a block sequence: each on its own line after the item before it
 * (after that item's comment, so comments above the next item stay with it), or
 * before the first item. A block-map neighbour gives block-map items.
 */
function blockInsert(text: string, items: YAMLMap[], before: number, group: Actual[]): Splice {
  const eol = eolOf(text);
  const neighbour = items[before - 1] ?? items[before]!;
  const indent = ' '.repeat(dashColumn(text, neighbour));
  const render = (item: Actual) => {
    if (neighbour.flow) return `${indent}- ${flowItem(item, flowStyleOf(text, neighbour))}`;
    const keyIndent = ' '.repeat(columnOf(text, neighbour.range![0]));
    const yearFirst = String(((neighbour.items[0] as Pair).key as Scalar).value) !== 'value';
    return `${indent}- ${entries(item, yearFirst).join(`${eol}${keyIndent}`)}`;
  };
  if (before > 0) {
    const at = lineEnd(text, contentEnd(text, items[before - 1]!));
    return { start: at, end: at, text: group.map((i) => `${eol}${render(i)}`).join('') };
  }
  const dash = dashPosition(text, items[0]!);
  const lineStart = dash - columnOf(text, dash);
  return { start: lineStart, end: lineStart, text: group.map((i) => `${render(i)}${eol}`).join('') };
}

/** New items in a flow sequence, with the sequence's own separator (", " or ",\n    "). */
function flowInsert(text: string, list: YAMLSeq, items: YAMLMap[], before: number, group: Actual[]): Splice {
  const style = flowStyleOf(text, items[before - 1] ?? items[before]);
  const sep = items.length >= 2 ? flowSeparator(text, contentEnd(text, items[0]!), items[1]!.range![0]) : ', ';
  const rendered = group.map((i) => flowItem(i, style));
  if (items.length === 0) {
    const at = list.range![0] + 1;
    return { start: at, end: at, text: ` ${rendered.join(', ')} ` };
  }
  if (before > 0) {
    const at = contentEnd(text, items[before - 1]!);
    return { start: at, end: at, text: rendered.map((r) => `${sep}${r}`).join('') };
  }
  const at = items[0]!.range![0];
  return { start: at, end: at, text: rendered.map((r) => `${r}${sep}`).join('') };
}

/**
 * A new `actuals` list where there was none (or `actuals: null`): a block
 * sequence of flow items as FORMAT.md writes them, under the key, which is
 * added after `targets` (or the last key) when missing.
 */
function createList(text: string, root: YAMLMap, pair: Pair<unknown, unknown> | undefined, result: Actual[]): Splice[] {
  const eol = eolOf(text);
  const style: FlowStyle = { pad: ' ', sep: ', ', yearFirst: true };
  if (root.flow) {
    const list = `[${result.map((i) => flowItem(i, style)).join(', ')}]`;
    if (!pair) return [addPair(text, root, 'actuals', list)];
    const value = pair.value as Scalar | null;
    const at = value?.range ? value.range : [pairEnd(text, pair), pairEnd(text, pair)];
    return [{ start: at[0]!, end: at[1]!, text: value?.range && value.range[1] > value.range[0] ? list : ` ${list}` }];
  }
  const keyColumn = columnOf(text, ((root.items[0] as Pair).key as Node).range![0]);
  const lines = result.map((i) => `${eol}${' '.repeat(keyColumn + 2)}- ${flowItem(i, style)}`).join('');
  if (pair) {
    const splices: Splice[] = [];
    const value = pair.value as Scalar | null;
    // `actuals: null` or `actuals: ~`: the word goes, the list follows on the next lines.
    if (value?.range && value.range[1] > value.range[0]) splices.push({ start: value.range[0], end: value.range[1], text: '' });
    const at = lineEnd(text, contentEnd(text, pair.key as Node));
    splices.push({ start: at, end: at, text: lines });
    return splices;
  }
  const targets = pairOf(root, 'targets');
  const after = targets ?? (root.items[root.items.length - 1] as Pair);
  const at = lineEnd(text, pairEnd(text, after));
  return [{ start: at, end: at, text: `${eol}${' '.repeat(keyColumn)}actuals:${lines}` }];
}
