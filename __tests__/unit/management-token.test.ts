import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { requestManagementToken } from '../../src/auth0/token.js';

/** A token endpoint that accepts only HTTP Basic client authentication (an admin app set to Basic). */
let server: http.Server;
let host: string;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', c => (body += c));
    req.on('end', () => {
      const basic = req.headers.authorization?.startsWith('Basic ');
      seen.push(basic ? 'basic' : new URLSearchParams(body).has('client_secret') ? 'post' : 'none');
      res.writeHead(basic ? 200 : 401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify(
          basic
            ? { access_token: 'mgmt-token', expires_in: 86400, token_type: 'Bearer' }
            : { error: 'access_denied', error_description: 'Unauthorized' }
        )
      );
    });
  });
  await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise(r => server.close(r)));

// The production code speaks https; this test server speaks http on the same host:port.
const overHttp = ((url: string, init?: RequestInit) =>
  fetch(url.replace('https://', 'http://'), init)) as typeof fetch;

describe('requestManagementToken', () => {
  it('falls back to HTTP Basic once when Auth0 refuses body authentication', async () => {
    const token = await requestManagementToken(host, 'admin', 'admin-secret', overHttp);
    expect(token.accessToken).toBe('mgmt-token');
    expect(seen).toEqual(['post', 'basic']);
  });
});
