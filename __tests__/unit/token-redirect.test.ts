/**
 * No Auth0 request follows a redirect (src/http.ts): following `POST /oauth/token` would send the client
 * credentials again, a Management API call its bearer token, possibly to another origin. The 3xx fails,
 * not retried, naming the redirect and its Location host.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Auth0Error, toAuth0Error } from '../../src/auth0/errors.js';
import { requestClientCredentialsToken } from '../../src/auth0/token.js';
import { createRetryingFetch } from '../../src/http.js';

let server: http.Server;
let port: number;
let hits: string[] = [];
let location = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.headers.host} ${req.url} ${req.headers.authorization ?? ''}`);
    req.resume();
    if (req.url === '/oauth/token' || req.url === '/api/v2/clients') {
      res.writeHead(307, { location });
      return void res.end();
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ access_token: 'stolen', expires_in: 60 }));
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise(r => server.close(r)));
beforeEach(() => (hits = []));

// The production code speaks https; this test server speaks http on the same host:port.
const retrying = createRetryingFetch({ timeoutMs: 2000, sleep: async () => undefined });
const overHttp = ((url: string, init?: RequestInit) =>
  retrying(url.replace('https://', 'http://'), init)) as typeof fetch;

const request = () =>
  requestClientCredentialsToken(
    {
      domain: `127.0.0.1:${port}`,
      clientId: 'ingestion-app',
      clientSecret: 'Qm4tXw9RkLp2VnB7cHd5',
      audience: 'https://tenant/api/v2/',
      method: 'client_secret_basic'
    },
    overHttp
  ).catch((e: unknown) => {
    throw toAuth0Error(e, 'POST /oauth/token');
  });

describe('Auth0 requests and redirects', () => {
  it('fails on a redirect to another origin, naming its host, and sends the credentials nowhere else', async () => {
    // localhost is another origin than 127.0.0.1, yet the same test server: a followed redirect shows up.
    location = `http://localhost:${port}/collect`;
    const error = await request().catch(e => e);
    expect(error).toBeInstanceOf(Auth0Error);
    expect(error.code).toBe('redirect');
    expect(error.message).toBe(
      `POST /oauth/token answered 307, a redirect to localhost:${port} (another origin): not followed, since following it would send the credentials again`
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatch(/^POST 127\.0\.0\.1:\d+ \/oauth\/token Basic /);
  });

  it('fails on a redirect within the origin too, and on one without a Location', async () => {
    location = '/oauth/token/v2';
    expect((await request().catch(e => e)).message).toContain(
      `a redirect to 127.0.0.1:${port}: not followed`
    );
    location = '';
    expect((await request().catch(e => e)).message).toContain('a redirect without a Location');
    expect(hits.every(h => h.includes(' /oauth/token '))).toBe(true);
  });

  it('fails on a redirect of a Management API call too, without sending its bearer token again', async () => {
    location = `http://localhost:${port}/collect`;
    const error = toAuth0Error(
      await overHttp(`https://127.0.0.1:${port}/api/v2/clients`, {
        headers: { authorization: 'Bearer mgmt-token' }
      }).catch(e => e),
      'GET /api/v2/clients'
    );
    expect(error.code).toBe('redirect');
    expect(error.message).toContain(
      `GET /api/v2/clients answered 307, a redirect to localhost:${port} (another origin): not followed`
    );
    // Once: a redirect is not retried like a 5xx, and not followed.
    expect(hits).toEqual([`GET 127.0.0.1:${port} /api/v2/clients Bearer mgmt-token`]);
  });
});
