import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRetryingFetch, HttpFault, rateLimitWaitMs } from '../../src/http.js';

type Reply = { status: number; headers?: Record<string, string>; delayMs?: number };

let server: http.Server;
let base: string;
let script: Reply[] = [];
let hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    const reply = script.shift() ?? { status: 200 };
    setTimeout(() => {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end('{}');
    }, reply.delayMs ?? 0);
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise(r => server.close(r)));
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
});
