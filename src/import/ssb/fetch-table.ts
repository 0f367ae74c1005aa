import { mergeCubes, type Cube } from './cube.js';
import { resolveSelection, type SsbSource } from './match.js';
import type { FetchProblem, PxWebClient } from './pxweb.js';
import { MAX_CELLS, planRequests } from './selection.js';

/** A table as the import reads it: the cells fetched, and the metadata their categories were chosen from. */
export interface TableData {
  data: Cube;
  metadata?: Cube;
}

export type FetchTableResult = { ok: true; table: TableData; requests: number } | { ok: false; problem: FetchProblem };

/**
 * Fetches what the indicators read from one table: the metadata first, then only
 * the categories their `source.ssb` selects, in as many requests as SSB's cell
 * limit needs. Indicators that do not match the metadata are left for the import
 * to report; when none matches, no data is fetched.
 */
export async function fetchTable(client: PxWebClient, table: string, sources: readonly SsbSource[], defaultRegion: string | undefined, maxCells = MAX_CELLS): Promise<FetchTableResult> {
  const meta = await client.metadata(table);
  if (!meta.ok) return meta;
  const selections = sources.map((s) => resolveSelection(meta.cube, s, defaultRegion)).flatMap((r) => (r.ok ? [r.selection] : []));
  const requests = planRequests(meta.cube, selections, maxCells);
  const parts: Cube[] = [];
  for (const request of requests) {
    const part = await client.data(table, request);
    if (!part.ok) return part;
    parts.push(part.cube);
  }
  return { ok: true, table: { data: parts.length > 0 ? mergeCubes(parts) : meta.cube, metadata: meta.cube }, requests: requests.length };
}
