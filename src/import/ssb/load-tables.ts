import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../io.js';
import { mergeCubes, type Cube } from './cube.js';
import { fetchTable, type TableData } from './fetch-table.js';
import type { IndicatorInput } from './import-ssb.js';
import { parseJsonStat } from './jsonstat.js';
import { pxwebClient, type ClientOptions } from './pxweb.js';
import { tableIdOf } from './table-id.js';
import { type Catalogue } from '../../i18n/words.js';

export interface TableSources {
  files: readonly string[];
  tables: readonly string[];
  /** --table: the table of the (one) file. */
  table?: string;
}

export interface LoadTablesOptions extends ClientOptions {
  cwd: string;
  defaultRegion?: string;
  maxCells?: number;
}

/**
 * The tables to import: every JSON-stat file read, and every table id fetched from
 * PxWebApi with only the categories its indicators read. A table no indicator
 * reads is not fetched but listed in `unused`. Whatever keeps the import from
 * running (an unreadable file, no answer from SSB) is a UsageError.
 */
export async function loadTables(sources: TableSources, indicators: readonly IndicatorInput[], options: LoadTablesOptions, m: Catalogue['ssb']): Promise<{ tables: Map<string, TableData>; unused: string[]; requests: number }> {
  if (sources.table !== undefined && sources.files.length > 1) throw new UsageError(m.tableForOneFile);
  const byTable = new Map<string, Cube[]>();
  for (const file of sources.files) {
    for (const [table, cube] of readFile(file, sources.table, options.cwd, m)) byTable.set(table, [...(byTable.get(table) ?? []), cube]);
  }
  const dims = (c: Cube) => c.dimensions.map((d) => d.id).join(',');
  for (const [table, cubes] of byTable) if (cubes.some((c) => dims(c) !== dims(cubes[0]!))) throw new UsageError(m.differentDimensions(table));
  const tables = new Map<string, TableData>([...byTable].map(([t, cubes]) => [t, { data: mergeCubes(cubes) }]));
  const unused = [...byTable.keys()].filter((t) => !indicators.some((i) => i.source.table === t));
  const client = pxwebClient(options);
  for (const table of new Set(sources.tables)) {
    const readers = indicators.filter((i) => i.source.table === table);
    if (readers.length === 0) {
      unused.push(table);
      continue;
    }
    const fetched = await fetchTable(client, table, readers.map((i) => i.source), options.defaultRegion, options.maxCells);
    if (!fetched.ok) throw new UsageError(m.fetch(fetched.problem));
    tables.set(table, fetched.table);
  }
  return { tables, unused, requests: client.sent };
}

/** The datasets of one JSON-stat file, each with its table id. */
function readFile(file: string, flag: string | undefined, cwd: string, m: Catalogue['ssb']): [string, Cube][] {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new UsageError(m.unreadable(file, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  const read = parseJsonStat(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!read.ok) throw new UsageError(m.notJsonStat(file, m.read(read.problem)));
  return read.cubes.map((cube) => {
    const table = tableIdOf(flag, cube, file);
    if (table === undefined) throw new UsageError(m.noTableId(file));
    return [table, cube];
  });
}
