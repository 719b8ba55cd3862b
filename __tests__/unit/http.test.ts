import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRetryingFetch, HttpFault, rateLimitWaitMs } from '../../src/http.js';

type Reply = {
  status: number;
  headers?: Record<string, string>;
  delayMs?: number;
  body?: string;
  /** Send the headers and half the body, then: `reset` the connection, or `stall` (never finish). */
  cut?: 'reset' | 'stall';
};

let server: http.Server;
let base: string;
let script: Reply[] = [];
let hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const reply = script.shift() ?? { status: 200 };
    const body = reply.body ?? '{}';
    setTimeout(() => {
      const length = reply.cut ? { 'content-length': String(body.length) } : {};
      res.writeHead(reply.status, { 'content-type': 'application/json', ...length, ...reply.headers });
      if (!reply.cut) return void res.end(body);
      res.write(body.slice(0, body.length / 2));
      if (reply.cut === 'reset') setTimeout(() => res.socket?.destroy(), 20);
    }, reply.delayMs ?? 0);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise(r => server.close(r));
});
beforeEach(() => {
  script = [];
  hits = [];
});

function client(timeoutMs = 2000) {
  const waits: number[] = [];
  const f = createRetryingFetch({ timeoutMs, sleep: async ms => void waits.push(ms), random: () => 0.5 });
  return { f, waits };
}

describe('createRetryingFetch', () => {
  it('honours Retry-After on 429 and then succeeds', async () => {
    script = [{ status: 429, headers: { 'retry-after': '2' } }, { status: 200 }];
    const { f, waits } = client();
    const res = await f(`${base}/api/v2/clients`);
    expect(res.status).toBe(200);
    expect(hits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(2000);
    expect(waits[0]).toBeLessThan(2200);
  });

  it('uses X-RateLimit-Reset when there is no Retry-After', () => {
    const headers = new Headers({ 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3) });
    const wait = rateLimitWaitMs(headers)!;
    expect(wait).toBeGreaterThan(1500);
    expect(wait).toBeLessThanOrEqual(3000);
  });

  it('does not wait longer than the bound: a far Retry-After ends the retries', async () => {
    script = [{ status: 429, headers: { 'retry-after': '3600' } }];
    const { f, waits } = client();
    expect((await f(`${base}/x`)).status).toBe(429);
    expect(waits).toEqual([]);
  });

  it('does not believe a successful answer that is not JSON (a proxy page, or JSON sent as text/plain)', async () => {
    const notJson = {
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: '{"clients":[],"total":0}'
    };
    script = [notJson, notJson, notJson, notJson];
    const { f } = client();
    const error = await f(`${base}/api/v2/clients`).catch(e => e);
    expect(error).toBeInstanceOf(HttpFault);
    expect(error.kind).toBe('malformed');
    expect(error.message).toBe(
      'GET /api/v2/clients answered 200 with content type text/plain, not JSON (4 attempts)'
    );
    // An empty 204 has no type to check.
    script = [{ status: 204, headers: { 'content-type': '' }, body: '' }];
    expect((await f(`${base}/api/v2/clients/x`, { method: 'DELETE' })).status).toBe(204);
  });

  it('retries 5xx on a GET with growing backoff, at most 4 attempts', async () => {
    script = [{ status: 503 }, { status: 502 }, { status: 500 }, { status: 500 }, { status: 200 }];
    const { f, waits } = client();
    expect((await f(`${base}/api/v2/clients`)).status).toBe(500);
    expect(hits).toHaveLength(4);
    expect(waits).toEqual([125, 250, 500]);
  });

  it('never repeats POST /api/v2/clients after a 5xx', async () => {
    script = [{ status: 503 }, { status: 201 }];
    const { f } = client();
    expect((await f(`${base}/api/v2/clients`, { method: 'POST', body: '{}' })).status).toBe(503);
    expect(hits).toEqual(['POST /api/v2/clients']);
  });

  it('does repeat POST /api/v2/clients after a 429 (Auth0 did not process it)', async () => {
    script = [{ status: 429, headers: { 'retry-after': '0' } }, { status: 201 }];
    const { f } = client();
    expect((await f(`${base}/api/v2/clients`, { method: 'POST', body: '{}' })).status).toBe(201);
    expect(hits).toHaveLength(2);
  });

  it('retries a timeout and reports a bounded fault when it persists', async () => {
    script = [
      { status: 200, delayMs: 400 },
      { status: 200, delayMs: 400 },
      { status: 200, delayMs: 400 },
      { status: 200, delayMs: 400 }
    ];
    const { f } = client(100);
    const error = await f(`${base}/api/v2/clients`).catch(e => e);
    expect(error).toBeInstanceOf(HttpFault);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('GET /api/v2/clients: no answer within 0.1 s after 4 attempts');
    expect(hits).toHaveLength(4);
  });

  it('recovers from one timeout', async () => {
    script = [{ status: 200, delayMs: 400 }, { status: 200 }];
    const { f } = client(150);
    expect((await f(`${base}/oauth/token`, { method: 'POST', body: 'a=b' })).status).toBe(200);
  });

  it('stops at the single-wait bound alone: Retry-After 25 s is within the total bound but not waited for', async () => {
    script = [{ status: 429, headers: { 'retry-after': '25' } }, { status: 200 }];
    const { f, waits } = client();
    expect((await f(`${base}/api/v2/clients`)).status).toBe(429);
    expect(waits).toEqual([]);
    expect(hits).toHaveLength(1);
  });

  it('waits up to the single-wait bound: Retry-After 19 s is waited for', async () => {
    script = [{ status: 429, headers: { 'retry-after': '19' } }, { status: 200 }];
    const { f, waits } = client();
    expect((await f(`${base}/api/v2/clients`)).status).toBe(200);
    expect(waits).toEqual([19_050]);
  });

  it('stops at the total-wait bound alone: two waits of 15 s, not a third (45 s), though attempts remain', async () => {
    const limited = { status: 429, headers: { 'retry-after': '15' } };
    script = [limited, limited, limited, limited, { status: 200 }];
    const { f, waits } = client();
    expect((await f(`${base}/api/v2/clients`)).status).toBe(429);
    expect(waits).toEqual([15_050, 15_050]);
    expect(hits).toHaveLength(3);
  });

  it('names an answer over 1 MiB as such, and does not repeat the request', async () => {
    script = [{ status: 200, body: `"${'x'.repeat(1024 * 1024)}"` }, { status: 200 }];
    const { f, waits } = client();
    const error = await f(`${base}/api/v2/clients`).catch(e => e);
    expect(error).toBeInstanceOf(HttpFault);
    expect(error.kind).toBe('oversized');
    expect(error.message).toBe(
      'GET /api/v2/clients answered more than 1 MiB (HTTP 200); the answer was not read'
    );
    expect(waits).toEqual([]);
    expect(hits).toHaveLength(1);
  });

  it('reads any answer up to 1 MiB, whatever its type, and hands it on whole', async () => {
    const page = `<html>${'x'.repeat(1024 * 1024 - 100)}</html>`;
    script = [{ status: 403, body: page, headers: { 'content-type': 'text/html' } }];
    const { f } = client();
    const res = await f(`${base}/oauth/token`, { method: 'POST', body: 'a=b' });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(page);
  });

  it('reports a connection reset in the middle of the body as a reset, not as a timeout', async () => {
    const cut: Reply = { status: 200, body: JSON.stringify({ items: 'y'.repeat(4000) }), cut: 'reset' };
    script = [cut, cut, cut, cut];
    const { f } = client(5000);
    const error = await f(`${base}/api/v2/clients`).catch(e => e);
    expect(error).toBeInstanceOf(HttpFault);
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(
      /^GET \/api\/v2\/clients: the connection was reset while the answer was being read \(.+\) \(4 attempts\)$/
    );
    expect(error.message).not.toMatch(/within|timeout/);
  });

  it('reports a body that stops arriving as a timeout', async () => {
    script = [{ status: 200, body: JSON.stringify({ items: 'z'.repeat(4000) }), cut: 'stall' }];
    const { f } = client(300);
    const error = await f(`${base}/api/v2/clients`, { method: 'POST', body: '{}' }).catch(e => e);
    expect(error).toBeInstanceOf(HttpFault);
    expect(error.kind).toBe('timeout');
    expect(error.message).toBe('POST /api/v2/clients: no complete answer within 0.3 s');
  });
});
