import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import type { Clock } from '../../src/import/ssb/limiter.js';
import { captureIo } from '../helpers/capture-io.js';
import { fixture, startPxWeb, type Behaviour, type PxWebServer } from './helpers/pxweb-server.js';
import { BARNEHAGE, fixturePath, read, repo, runImport } from './helpers/repo.js';

let server: PxWebServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(tables: Record<string, Behaviour>): Promise<PxWebServer> {
  server = await startPxWeb(tables);
  return server;
}

const TABLES = () => ({ '12134': { kind: 'table', dataset: fixture('12134.json') }, '09220': { kind: 'table', dataset: fixture('09220.json') } }) as Record<string, Behaviour>;

describe('plan import ssb <table> (PxWebApi v2 on a local server)', () => {
  it('asks for the metadata, then only the categories the indicators read, and imports what a saved file gives', async () => {
    const s = await serve(TABLES());
    const fetched = repo();
    const r = await runImport(fetched, { sources: ['12134'], api: s.api });
    expect(r.code).toBe(0);
    expect(s.requests.map((u) => u.pathname)).toEqual(['/api/pxwebapi/v2/tables/12134/metadata', '/api/pxwebapi/v2/tables/12134/data']);
    const data = s.requests[1]!.searchParams;
    expect(data.get('outputFormat')).toBe('json-stat2');
    expect(data.get('valueCodes[ContentsCode]')).toBe('KOSAG110000,KOSAG320000');
    expect(data.get('valueCodes[KOKkommuneregion0000]')).toBe('3203,3025,0220');
    expect(data.get('valueCodes[Tid]')).toBe('2015,2016,2017,2018,2019,2020,2021,2022,2023,2024,2025');
    const fromFile = repo();
    await runImport(fromFile, { sources: [fixturePath('12134.json')] });
    expect(read(fetched, 'indicators/okonomi.yaml')).toBe(read(fromFile, 'indicators/okonomi.yaml'));
  });

  it('without arguments, fetches every table the indicators name', async () => {
    const s = await serve(TABLES());
    const dir = repo();
    const r = await runImport(dir, { sources: [], api: s.api });
    expect(r.code).toBe(0);
    expect(new Set(s.requests.map((u) => u.pathname.split('/')[5]))).toEqual(new Set(['12134', '09220']));
    expect(s.requests.find((u) => u.pathname.endsWith('09220/data'))!.searchParams.get('valueCodes[Alder]')).toBe('999D');
    expect(read(dir, 'indicators/barnehage.yaml')).not.toBe(BARNEHAGE);
  });

  it('splits a request that would pass the cell limit, by year, and merges the answers', async () => {
    const s = await serve(TABLES());
    const split = repo();
    expect((await runImport(split, { sources: ['12134'], api: s.api }, { maxCells: 12 })).code).toBe(0);
    const data = s.requests.filter((u) => u.pathname.endsWith('/data'));
    // 2 contents × 3 regions = 6 cells a year: two years a request.
    expect(data.map((u) => u.searchParams.get('valueCodes[Tid]'))).toEqual(['2015,2016', '2017,2018', '2019,2020', '2021,2022', '2023,2024', '2025']);
    const whole = repo();
    await runImport(whole, { sources: [fixturePath('12134.json')] });
    expect(read(split, 'indicators/okonomi.yaml')).toBe(read(whole, 'indicators/okonomi.yaml'));
  });

  it('fetches no data when no indicator matches the metadata, and exits 1', async () => {
    const s = await serve(TABLES());
    const dir = repo({ 'indicators/barnehage.yaml': BARNEHAGE.replace('AndelBarnBhg', 'Andel') });
    const r = await runImport(dir, { sources: ['09220'], api: s.api });
    expect(r.code).toBe(1);
    expect(s.requests.map((u) => u.pathname)).toEqual(['/api/pxwebapi/v2/tables/09220/metadata']);
    expect(r.out).toContain('ContentsCode har ingen kategori «Andel»; velg en av: BarnBhg (Barn i barnehage), AndelBarnBhg');
  });

  it('waits as SSB says after a 429 and tries once more', async () => {
    const s = await serve({ '12134': { kind: 'rate-limit-once', dataset: fixture('12134.json') } });
    const slept: number[] = [];
    const clock: Clock = { now: () => Date.now(), sleep: async (ms) => void slept.push(ms) };
    const r = await runImport(repo(), { sources: ['12134'], api: s.api }, { clock });
    expect(r.code).toBe(0);
    expect(slept).toEqual([1000]);
    expect(s.requests.length).toBe(3);
  });

  it('gives up after the timeout with one line', async () => {
    const s = await serve({ '12134': { kind: 'hang' } });
    await expect(runImport(repo(), { sources: ['12134'], api: s.api }, { timeoutMs: 200 })).rejects.toThrow(/^ingen svar fra http:\/\/127\.0\.0\.1:\d+\/api\/pxwebapi\/v2\/tables\/12134\/metadata\?lang=no&outputFormat=json-stat2 på 0.2 s; prøv igjen senere$/);
  });
});

describe('plan import ssb <table>: when SSB cannot be used (exit 2, one line)', () => {
  const cli = async (args: string[]) => {
    const io = captureIo(repo());
    const code = await main(['import', 'ssb', ...args], io);
    return { code, err: io.err() };
  };

  it('offline: nothing listens', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const r = await cli(['12134', '--api', `http://127.0.0.1:${port}/api/pxwebapi/v2`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan: fikk ikke kontakt med http:\/\/127\.0\.0\.1:\d+\/\S+ \(ECONNREFUSED\); sjekk nettforbindelsen eller --api\n$/);
  });

  it.each([
    [{ kind: 'status', status: 404 }, /^plan: SSB fant ikke \S+ \(404\); finnes tabellen\?\n$/],
    [{ kind: 'status', status: 503 }, /^plan: SSB svarte 503 Service Unavailable på \S+\n$/],
    [{ kind: 'html' }, /^plan: svaret fra \S+ er ikke JSON-stat: det er ikke JSON\n$/],
  ] as [Behaviour, RegExp][])('%j', async (behaviour, message) => {
    const s = await serve({ '12134': behaviour });
    const r = await cli(['12134', '--api', s.api]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
