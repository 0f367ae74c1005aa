import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The saved JSON-stat 2.0 answers of test/fixtures/ssb, by table id. */
export const FIXTURES = new URL('../../fixtures/ssb/', import.meta.url);

export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
}

/** How the server answers a table: with its data, or as a broken SSB would. */
export type Behaviour = { kind: 'table'; dataset: any } | { kind: 'status'; status: number } | { kind: 'html' } | { kind: 'hang' } | { kind: 'rate-limit-once'; dataset: any };

export interface PxWebServer {
  /** The API base, as for --api. */
  api: string;
  /** Every request's URL, in order. */
  requests: URL[];
  close(): Promise<void>;
}

/**
 * A PxWebApi v2 stand-in on 127.0.0.1 (port 0): `/tables/{id}/metadata` gives the
 * saved dataset without values, `/tables/{id}/data?valueCodes[Dim]=a,b` the cells of
 * the categories asked for, cut out of the saved dataset as PxWebApi would. No test
 * touches the network.
 */
export async function startPxWeb(tables: Record<string, Behaviour>): Promise<PxWebServer> {
  const requests: URL[] = [];
  const limited = new Set<string>();
  const hanging = new Set<ServerResponse>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push(url);
    const m = /^\/api\/pxwebapi\/v2\/tables\/([^/]+)\/(metadata|data)$/.exec(url.pathname);
    const behaviour = m ? tables[m[1]!] : undefined;
    if (!m || !behaviour) return send(res, 404, { type: 'https://tools.ietf.org/html/rfc9110#section-15.5.5', title: 'Not Found', status: 404 });
    if (behaviour.kind === 'status') return send(res, behaviour.status, { title: 'Error', status: behaviour.status });
    if (behaviour.kind === 'html') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!DOCTYPE html><html><body>Vedlikehold</body></html>');
    }
    if (behaviour.kind === 'hang') {
      hanging.add(res);
      return;
    }
    if (behaviour.kind === 'rate-limit-once' && !limited.has(m[1]!)) {
      limited.add(m[1]!);
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'application/json' });
      return res.end('{"title":"Too Many Requests","status":429}');
    }
    const dataset = behaviour.dataset;
    if (m[2] === 'metadata') {
      const { value: _v, status: _s, ...meta } = dataset;
      return send(res, 200, meta);
    }
    const cut = slice(dataset, url.searchParams);
    return cut ? send(res, 200, cut) : send(res, 400, { title: 'Bad Request', status: 400, detail: 'unknown value code' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    api: `http://127.0.0.1:${port}/api/pxwebapi/v2`,
    requests,
    close: () =>
      new Promise((resolve) => {
        for (const res of hanging) res.destroy();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}

/** The categories of `valueCodes[Dim]=a,b` (every category without it, or with `*`), as a new 2.0 dataset; undefined for an unknown code. */
function slice(dataset: any, params: URLSearchParams): any | undefined {
  const ids: string[] = dataset.id;
  const codesOf = (id: string): string[] => {
    const index = dataset.dimension[id].category.index;
    return Array.isArray(index) ? index : Object.keys(index).sort((a, b) => index[a] - index[b]);
  };
  const all = ids.map(codesOf);
  const picked = ids.map((id, i) => {
    const asked = params.get(`valueCodes[${id}]`);
    return asked === null || asked === '*' ? all[i]! : asked.split(',');
  });
  if (picked.some((codes, i) => codes.some((c) => !all[i]!.includes(c)))) return undefined;
  const value: unknown[] = [];
  const status: Record<string, string> = {};
  const walk = (dim: number, offset: number) => {
    if (dim === ids.length) {
      const n = value.length;
      value.push(dataset.value[offset] ?? null);
      const s = dataset.status?.[String(offset)];
      if (s !== undefined) status[String(n)] = s;
      return;
    }
    const stride = all.slice(dim + 1).reduce((p, c) => p * c.length, 1);
    for (const code of picked[dim]!) walk(dim + 1, offset + all[dim]!.indexOf(code) * stride);
  };
  walk(0, 0);
  const dimension: any = {};
  ids.forEach((id, i) => {
    const d = dataset.dimension[id];
    const labels = Object.fromEntries(picked[i]!.map((c) => [c, d.category.label?.[c] ?? c]));
    dimension[id] = { ...d, category: { ...d.category, index: picked[i], label: labels } };
  });
  return { ...dataset, size: picked.map((c) => c.length), dimension, value, status };
}
