import type { Cube } from './cube.js';
import { parseJsonStat, type ReadProblem } from './jsonstat.js';
import { realClock, type Clock, RateLimiter } from './limiter.js';
import type { Request } from './selection.js';

/** SSB's PxWebApi v2. */
export const DEFAULT_API = 'https://data.ssb.no/api/pxwebapi/v2';

/** Why a request to PxWebApi gave no dataset, by code; the words are in messages.ts. */
export type FetchProblem =
  | { code: 'offline'; url: string; reason: string }
  | { code: 'timeout'; url: string; seconds: number }
  | { code: 'http'; url: string; status: number; text: string }
  | { code: 'not-jsonstat'; url: string; problem: ReadProblem };

export type FetchResult = { ok: true; cube: Cube } | { ok: false; problem: FetchProblem };

export interface PxWebClient {
  /** The table's dimensions and categories, without values. */
  metadata(table: string): Promise<FetchResult>;
  /** The cells of one request (`valueCodes[…]` of every dimension). */
  data(table: string, request: Request): Promise<FetchResult>;
  /** How many requests were sent. */
  readonly sent: number;
}

export interface ClientOptions {
  api?: string;
  timeoutMs?: number;
  /** Injected for tests; default: Node's global fetch. */
  fetch?: typeof fetch;
  clock?: Clock;
  limiter?: RateLimiter;
}

/** How long a request may take before it counts as failed. */
const TIMEOUT_MS = 60_000;
/** The longest Retry-After the client honours once, after a 429. */
const MAX_RETRY_MS = 60_000;

/**
 * A client for PxWebApi v2: GET requests with `outputFormat=json-stat2`, asking
 * only for the given categories (`valueCodes[Dim]=a,b`), at most 30 requests a
 * minute, each with a timeout. It is the only network I/O of the import.
 */
export function pxwebClient(options: ClientOptions = {}): PxWebClient {
  const api = (options.api ?? DEFAULT_API).replace(/\/+$/, '');
  const clock = options.clock ?? realClock;
  const limiter = options.limiter ?? new RateLimiter(30, 60_000, clock);
  const timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  const doFetch = options.fetch ?? fetch;
  let sent = 0;

  async function get(url: string, metadata: boolean, retried = false): Promise<FetchResult> {
    await limiter.take();
    sent++;
    let response: Response;
    let body: string;
    try {
      response = await doFetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
      body = await response.text();
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TimeoutError' || name === 'AbortError') return { ok: false, problem: { code: 'timeout', url, seconds: Math.round(timeoutMs / 100) / 10 } };
      return { ok: false, problem: { code: 'offline', url, reason: causeOf(error) } };
    }
    if (response.status === 429 && !retried) {
      const after = Number(response.headers.get('retry-after'));
      await clock.sleep(Number.isFinite(after) && after > 0 ? Math.min(after * 1000, MAX_RETRY_MS) : MAX_RETRY_MS);
      return get(url, metadata, true);
    }
    if (!response.ok) return { ok: false, problem: { code: 'http', url, status: response.status, text: response.statusText } };
    const read = parseJsonStat(body, { metadata });
    if (!read.ok) return { ok: false, problem: { code: 'not-jsonstat', url, problem: read.problem } };
    return { ok: true, cube: read.cubes[0]! };
  }

  return {
    metadata: (table) => get(`${api}/tables/${encodeURIComponent(table)}/metadata?lang=no&outputFormat=json-stat2`, true),
    data: (table, request) => get(dataUrl(api, table, request), false),
    get sent() {
      return sent;
    },
  };
}

/** `…/tables/12134/data?lang=no&outputFormat=json-stat2&valueCodes[Tid]=2023,2024&…` */
export function dataUrl(api: string, table: string, request: Request): string {
  const params = [...request].map(([dim, codes]) => `valueCodes[${encodeURIComponent(dim)}]=${codes.map(encodeURIComponent).join(',')}`);
  return `${api}/tables/${encodeURIComponent(table)}/data?lang=no&outputFormat=json-stat2&${params.join('&')}`;
}

/** The system's reason a connection failed (ECONNREFUSED, ENOTFOUND, …), from fetch's `cause`. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}
