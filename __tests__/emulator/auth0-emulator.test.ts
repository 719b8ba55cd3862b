/**
 * The Auth0 tenant emulator, driven over real HTTPS (node:https with the test CA), and through the real
 * auth0 SDK v7 that the action uses. What it must reproduce of Auth0, and where that was checked:
 *
 * - /oauth/token errors: `unauthorized_client` "Grant type 'client_credentials' not allowed for the
 *   client." + error_uri (auth0/ruby-auth0#190, community.auth0.com t/7606); `access_denied`
 *   "Unauthorized" for bad credentials (auth0/node-auth0#428, #682); "Service not enabled within domain:
 *   <aud>" (auth0/terraform-provider-auth0#951); `Client "<id>" is not authorized to access resource
 *   server "<aud>". You need to create a "client-grant" associated to this API.`; "No audience parameter
 *   was provided, and no default audience has been configured".
 * - Public apps (method none) cannot use client_credentials; confidential defaults are implicit,
 *   authorization_code, refresh_token, client_credentials (auth0/docs "Auth0 Grant Types Mapping").
 * - Management API errors: `{statusCode, error, message, errorCode}`; 403 "Insufficient scope, expected
 *   any of: …" errorCode insufficient_scope (raster-foundry#2030, go-auth0#195); 401 "Invalid token" with
 *   attributes, "Invalid signature received for JSON Web Token validation", "Expired token received
 *   for JSON Web Token validation" (auth0/docs status tables), "Bad audience: …" (node-auth0#787);
 *   404 inexistent_client; 409 "A client grant already exists between <client> and <audience>"
 *   (terraform-provider-auth0#255); 404 "No resource with identifier <aud>" (auth0-deploy-cli#59).
 * - client_secret readable only with read:client_keys; PATCH needs update:clients or update:client_keys
 *   (node-auth0 7 API docs). client_metadata: string values ≤ 255, ≤ 10 keys (ClientMetadata schema);
 *   PATCH merges it, null deletes a key (terraform-provider-auth0#362).
 * - x-ratelimit-limit/-remaining/-reset (epoch seconds) on responses (auth0 rate limit docs, blog).
 */
import * as https from 'node:https';
import { X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { ManagementClient } from 'auth0';
import forge from 'node-forge';
import { createTestCa, serverTlsOptions, testCaPem } from '../../test-support/tls.js';
import { startAuth0Emulator, type Auth0Emulator, type EmuClient } from '../../test-support/auth0-emulator.js';

interface CallResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

interface CallOptions {
  token?: string;
  json?: unknown;
  form?: Record<string, string>;
  basic?: [string, string];
  headers?: Record<string, string>;
  /** Abort the request after this many ms. */
  abortAfterMs?: number;
}

let emu: Auth0Emulator;

function call(method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  let body: string | undefined;
  if (opts.json !== undefined) {
    body = typeof opts.json === 'string' ? opts.json : JSON.stringify(opts.json);
    headers['content-type'] ??= 'application/json';
  } else if (opts.form) {
    body = new URLSearchParams(opts.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  }
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.basic) headers.authorization = `Basic ${Buffer.from(opts.basic.join(':')).toString('base64')}`;
  return new Promise((resolve, reject) => {
    const req = https.request(
      `${emu.baseUrl}${path}`,
      { method, headers, ca: testCaPem(), agent: false, timeout: opts.abortAfterMs },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', c => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      }
    );
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

/** A WHATWG fetch over node:https trusting the test CA, for the auth0 SDK. */
async function caFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, key) => (headers[key] = value));
  const body = typeof init.body === 'string' ? init.body : undefined;
  return new Promise((resolve, reject) => {
    const req = https.request(
      url,
      { method: init.method ?? 'GET', headers, ca: testCaPem(), agent: false },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', c => chunks.push(c));
        res.on('end', () => {
          const responseHeaders = new Headers();
          for (const [k, v] of Object.entries(res.headers))
            if (typeof v === 'string') responseHeaders.set(k, v);
          const status = res.statusCode ?? 500;
          resolve(
            new Response(status === 204 ? null : Buffer.concat(chunks), { status, headers: responseHeaders })
          );
        });
      }
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

const tokenFor = (clientId: string, secret: string, audience = emu.managementAudience, extra = {}) =>
  call('POST', '/oauth/token', {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: secret, audience, ...extra }
  });

async function adminToken(scopes?: string[]): Promise<string> {
  const admin = emu.createAdminApp(scopes);
  const res = await tokenFor(admin.clientId, admin.clientSecret);
  expect(res.status).toBe(200);
  return res.json.access_token as string;
}

function m2mApp(overrides: Partial<EmuClient> = {}): EmuClient {
  return emu.addClient({
    name: 'Ingestion',
    app_type: 'non_interactive',
    grant_types: ['client_credentials'],
    token_endpoint_auth_method: 'client_secret_basic',
    ...overrides
  });
}

async function jwks(): Promise<JSONWebKeySet> {
  return (await call('GET', '/.well-known/jwks.json')).json as JSONWebKeySet;
}

beforeAll(async () => {
  emu = await startAuth0Emulator();
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.clients.length = 0;
  emu.grants.length = 0;
  emu.resourceServers.length = 1;
  emu.clearFaults();
  emu.resetLog();
});

describe('test CA (test-support/tls.ts)', () => {
  it('issues a CA and a server certificate for 127.0.0.1 and localhost, generated once per process', () => {
    const ca = createTestCa();
    const again = createTestCa();
    expect(again.caPem).toBe(ca.caPem);
    expect(again.caPath).not.toBe(ca.caPath);
    expect(readFileSync(ca.caPath, 'utf8')).toBe(ca.caPem);
    expect(serverTlsOptions()).toEqual({ key: ca.key, cert: ca.cert });

    const caCert = new X509Certificate(ca.caPem);
    expect(caCert.ca).toBe(true);
    const parsed = forge.pki.certificateFromPem(ca.caPem);
    expect(parsed.getExtension('basicConstraints')).toMatchObject({ cA: true, critical: true });
    expect(parsed.getExtension('keyUsage')).toMatchObject({ keyCertSign: true });
    const server = new X509Certificate(ca.cert);
    expect(server.ca).toBe(false);
    expect(server.verify(caCert.publicKey)).toBe(true);
    expect(server.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(server.checkHost('localhost')).toBe('localhost');
    expect(emu.caPath).toMatch(/ca\.pem$/);
    expect(existsSync(emu.caPath)).toBe(true);
  });
});

describe('POST /oauth/token', () => {
  it('issues an RS256 JWT for HTTP Basic and for body credentials, form or JSON, logging the method', async () => {
    const app = m2mApp();
    emu.addGrant(app.client_id, emu.managementAudience, ['read:users', 'read:clients']);
    const keys = createLocalJWKSet(await jwks());

    const basic = await call('POST', '/oauth/token', {
      basic: [app.client_id, app.client_secret!],
      form: { grant_type: 'client_credentials', audience: emu.managementAudience }
    });
    const post = await call('POST', '/oauth/token', {
      json: {
        grant_type: 'client_credentials',
        client_id: app.client_id,
        client_secret: app.client_secret,
        audience: emu.managementAudience
      }
    });
    for (const res of [basic, post]) {
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.json).toEqual({
        access_token: expect.stringMatching(/^eyJ/),
        token_type: 'Bearer',
        expires_in: 86400,
        scope: 'read:users read:clients'
      });
      const { payload, protectedHeader } = await jwtVerify(res.json.access_token, keys, {
        issuer: `https://${emu.domain}/`,
        audience: emu.managementAudience,
        algorithms: ['RS256']
      });
      expect(protectedHeader).toEqual({ alg: 'RS256', typ: 'JWT', kid: (await jwks()).keys[0].kid });
      expect(payload).toMatchObject({
        sub: `${app.client_id}@clients`,
        azp: app.client_id,
        gty: 'client-credentials',
        scope: 'read:users read:clients'
      });
      expect(payload.exp! - payload.iat!).toBe(86400);
    }
    expect(emu.requests.map(r => [r.path, r.authMethod, r.status])).toEqual([
      ['/.well-known/jwks.json', undefined, 200],
      ['/oauth/token', 'basic', 200],
      ['/oauth/token', 'post', 200],
      ['/.well-known/jwks.json', undefined, 200],
      ['/.well-known/jwks.json', undefined, 200]
    ]);
  });

  it('does not enforce Basic vs Post for a confidential app, and omits scope when none is granted', async () => {
    const app = m2mApp({ token_endpoint_auth_method: 'client_secret_post' });
    emu.addGrant(app.client_id, emu.managementAudience, []);
    const res = await call('POST', '/oauth/token', {
      basic: [app.client_id, app.client_secret!],
      form: { grant_type: 'client_credentials', audience: emu.managementAudience }
    });
    expect(res.status).toBe(200);
    expect(res.json.scope).toBeUndefined();
    const claims = JSON.parse(Buffer.from(res.json.access_token.split('.')[1], 'base64url').toString());
    expect(claims.scope).toBeUndefined();
  });

  it('narrows the token to the requested scopes that are granted', async () => {
    const app = m2mApp();
    emu.addGrant(app.client_id, emu.managementAudience, ['read:users', 'read:clients']);
    const res = await tokenFor(app.client_id, app.client_secret!, emu.managementAudience, {
      scope: 'read:clients delete:users'
    });
    expect(res.json.scope).toBe('read:clients');
  });

  it.each([
    ['no grant_type', { grant_type: '' }, 400, { error: 'invalid_request' }],
    ['an unknown grant type', { grant_type: 'magic' }, 400, { error: 'unsupported_grant_type' }],
    [
      'an unknown client',
      { client_id: 'x'.repeat(32) },
      401,
      { error: 'access_denied', error_description: 'Unauthorized' }
    ],
    [
      'a wrong secret',
      { client_secret: 'nope' },
      401,
      { error: 'access_denied', error_description: 'Unauthorized' }
    ],
    [
      'no audience',
      { audience: '' },
      403,
      {
        error: 'access_denied',
        error_description: 'No audience parameter was provided, and no default audience has been configured'
      }
    ],
    [
      'an audience that is no API',
      { audience: 'https://nope.example/' },
      403,
      {
        error: 'access_denied',
        error_description: 'Service not enabled within domain: https://nope.example/'
      }
    ]
  ])('answers %s like Auth0', async (_what, change, status, body) => {
    const app = m2mApp();
    emu.addGrant(app.client_id, emu.managementAudience, []);
    const form: Record<string, string> = {
      grant_type: 'client_credentials',
      client_id: app.client_id,
      client_secret: app.client_secret!,
      audience: emu.managementAudience,
      ...change
    };
    for (const key of Object.keys(form)) if (form[key] === '') delete form[key];
    const res = await call('POST', '/oauth/token', { form });
    expect(res.status).toBe(status);
    expect(res.json).toMatchObject(body);
  });

  it('refuses client credentials to a public app and to an app without the grant type', async () => {
    const publicApp = m2mApp({ token_endpoint_auth_method: 'none', app_type: 'spa' });
    const noGrant = m2mApp({ grant_types: ['authorization_code'] });
    for (const app of [publicApp, noGrant]) {
      emu.addGrant(app.client_id, emu.managementAudience, []);
      const res = await tokenFor(app.client_id, app.client_secret!);
      expect(res.status).toBe(403);
      expect(res.json).toEqual({
        error: 'unauthorized_client',
        error_description: "Grant type 'client_credentials' not allowed for the client.",
        error_uri: 'https://auth0.com/docs/clients/client-grant-types'
      });
    }
  });

  it('refuses an app without a client grant for the audience', async () => {
    const app = m2mApp();
    const res = await tokenFor(app.client_id, app.client_secret!);
    expect(res.status).toBe(403);
    expect(res.json.error).toBe('access_denied');
    expect(res.json.error_description).toContain(
      `Client "${app.client_id}" is not authorized to access resource server "${emu.managementAudience}". ` +
        'You need to create a "client-grant" associated to this API.'
    );
  });

  it('refuses two authentication methods in one request', async () => {
    const app = m2mApp();
    emu.addGrant(app.client_id, emu.managementAudience, []);
    const res = await call('POST', '/oauth/token', {
      basic: [app.client_id, app.client_secret!],
      form: {
        grant_type: 'client_credentials',
        client_secret: app.client_secret!,
        audience: emu.managementAudience
      }
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toBe('invalid_request');
  });

  it('issues tokens for an added API, which the Management API refuses (bad audience)', async () => {
    emu.addResourceServer('https://api.example/', ['read:things']);
    const app = m2mApp();
    emu.addGrant(app.client_id, 'https://api.example/', ['read:things']);
    const res = await tokenFor(app.client_id, app.client_secret!, 'https://api.example/');
    expect(res.status).toBe(200);
    expect(res.json.scope).toBe('read:things');
    const mgmt = await call('GET', '/api/v2/clients', { token: res.json.access_token });
    expect(mgmt.status).toBe(401);
    expect(mgmt.json).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Bad audience: https://api.example/',
      attributes: { error: 'Bad audience: https://api.example/' }
    });
  });
});

describe('discovery and keys', () => {
  it('publishes the JWKS and the OpenID configuration; rotation drops the old key', async () => {
    const first = await jwks();
    expect(first.keys).toEqual([
      {
        kty: 'RSA',
        use: 'sig',
        alg: 'RS256',
        kid: expect.any(String),
        n: expect.any(String),
        e: 'AQAB',
        x5t: expect.any(String),
        x5c: [expect.any(String)]
      }
    ]);
    const config = (await call('GET', '/.well-known/openid-configuration')).json;
    expect(config).toMatchObject({
      issuer: `https://${emu.domain}/`,
      jwks_uri: `https://${emu.domain}/.well-known/jwks.json`,
      token_endpoint: `https://${emu.domain}/oauth/token`
    });

    const token = emu.mintManagementToken(['read:clients']);
    expect((await call('GET', '/api/v2/clients', { token })).status).toBe(200);
    emu.rotateSigningKey();
    const second = await jwks();
    expect(second.keys[0].kid).not.toBe(first.keys[0].kid);
    expect(second.keys).toHaveLength(1);
    const stale = await call('GET', '/api/v2/clients', { token });
    expect(stale.status).toBe(401);
    expect(stale.json.message).toBe('Invalid token');
    await expect(jwtVerify(token, createLocalJWKSet(second))).rejects.toThrow(/no applicable key/i);
  });
});

describe('Management API authentication and scopes', () => {
  it('requires a valid, unexpired Bearer token of the Management API', async () => {
    const missing = await call('GET', '/api/v2/clients');
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Missing authentication'
    });

    const garbage = await call('GET', '/api/v2/clients', { token: 'not-a-jwt' });
    expect(garbage.status).toBe(400);
    expect(garbage.json.message).toBe('Bad HTTP authentication header format');

    const expired = await call('GET', '/api/v2/clients', {
      token: emu.mintManagementToken(['read:clients'], { expiresInSeconds: -10 })
    });
    expect(expired.status).toBe(401);
    expect(expired.json.message).toBe('Expired token received for JSON Web Token validation');

    const good = emu.mintManagementToken(['read:clients']);
    const [h, p] = good.split('.');
    const tampered = `${h}.${p}.${Buffer.from('x'.repeat(256)).toString('base64url')}`;
    const badSig = await call('GET', '/api/v2/clients', { token: tampered });
    expect(badSig.status).toBe(401);
    expect(badSig.json).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Invalid signature received for JSON Web Token validation',
      attributes: { error: 'Invalid signature received for JSON Web Token validation' }
    });
  });

  it('answers 403 insufficient_scope naming the scopes the endpoint accepts', async () => {
    const token = emu.mintManagementToken(['read:users']);
    const res = await call('GET', '/api/v2/clients', { token });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'Insufficient scope, expected any of: read:clients,read:client_keys',
      errorCode: 'insufficient_scope'
    });
    const grants = await call('POST', '/api/v2/client-grants', { token, json: {} });
    expect(grants.json.message).toBe('Insufficient scope, expected any of: create:client_grants');
  });

  it('answers unknown routes with 404 in the Management API shape', async () => {
    const res = await call('GET', '/api/v2/nothing-here', { token: emu.mintManagementToken([]) });
    expect(res.status).toBe(404);
    expect(res.json).toEqual({ statusCode: 404, error: 'Not Found', message: 'Not Found' });
  });

  it('sends rate-limit headers on every response', async () => {
    const before = Math.floor(Date.now() / 1000);
    for (const res of [
      await call('GET', '/api/v2/clients', { token: emu.mintManagementToken(['read:clients']) }),
      await call('POST', '/oauth/token', { form: {} })
    ]) {
      expect(Number(res.headers['x-ratelimit-limit'])).toBeGreaterThan(0);
      expect(Number(res.headers['x-ratelimit-remaining'])).toBeGreaterThanOrEqual(0);
      expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThanOrEqual(before);
    }
  });
});

describe('clients', () => {
  it('pages 250 clients by 100 with include_totals, and answers a bare array without it', async () => {
    for (let i = 0; i < 250; i++) emu.addClient({ name: `App ${i}`, app_type: 'non_interactive' });
    const token = emu.mintManagementToken(['read:clients']);
    const pages = [];
    for (const page of [0, 1, 2]) {
      const res = await call('GET', `/api/v2/clients?page=${page}&per_page=100&include_totals=true`, {
        token
      });
      expect(res.status).toBe(200);
      pages.push(res.json);
    }
    expect(pages.map(p => [p.start, p.limit, p.length, p.total, p.clients.length])).toEqual([
      [0, 100, 100, 250, 100],
      [100, 100, 100, 250, 100],
      [200, 100, 50, 250, 50]
    ]);
    expect(pages.flatMap(p => p.clients.map((c: EmuClient) => c.name))).toEqual(emu.clients.map(c => c.name));

    const bare = await call('GET', '/api/v2/clients?page=2&per_page=100', { token });
    expect(Array.isArray(bare.json)).toBe(true);
    expect(bare.json).toHaveLength(50);
    expect((await call('GET', '/api/v2/clients?include_totals=true', { token })).json.limit).toBe(50);

    const tooMany = await call('GET', '/api/v2/clients?per_page=101', { token });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json).toMatchObject({
      statusCode: 400,
      error: 'Bad Request',
      errorCode: 'invalid_query_string'
    });
    expect(tooMany.json.message).toMatch(/^Query validation error: .*per_page/);
    const unknown = await call('GET', '/api/v2/clients?colour=red', { token });
    expect(unknown.status).toBe(400);
    expect(unknown.json.message).toContain('colour');
  });

  it('selects fields, filters by app_type, and shows client_secret only with read:client_keys', async () => {
    const m2m = m2mApp();
    emu.addClient({ name: 'SPA', app_type: 'spa' });
    emu.addClient({ name: 'Web', app_type: 'regular_web' });
    const readOnly = emu.mintManagementToken(['read:clients']);
    const withKeys = emu.mintManagementToken(['read:clients', 'read:client_keys']);

    const picked = await call('GET', '/api/v2/clients?fields=client_id,name&include_fields=true', {
      token: readOnly
    });
    expect(picked.json[0]).toEqual({ client_id: m2m.client_id, name: 'Ingestion' });
    const omitted = await call('GET', '/api/v2/clients?fields=callbacks&include_fields=false', {
      token: readOnly
    });
    expect(omitted.json[0]).not.toHaveProperty('callbacks');
    expect(omitted.json[0]).toHaveProperty('grant_types');

    const filtered = await call('GET', '/api/v2/clients?app_type=spa,regular_web&fields=name', {
      token: readOnly
    });
    expect(filtered.json).toEqual([{ name: 'SPA' }, { name: 'Web' }]);

    expect((await call('GET', '/api/v2/clients', { token: readOnly })).json[0]).not.toHaveProperty(
      'client_secret'
    );
    expect((await call('GET', '/api/v2/clients', { token: withKeys })).json[0].client_secret).toBe(
      m2m.client_secret
    );
    const one = await call(
      'GET',
      `/api/v2/clients/${m2m.client_id}?fields=client_secret&include_fields=true`,
      {
        token: readOnly
      }
    );
    expect(one.json).toEqual({});
    const oneWithKeys = await call('GET', `/api/v2/clients/${m2m.client_id}?fields=client_secret`, {
      token: withKeys
    });
    expect(oneWithKeys.json).toEqual({ client_secret: m2m.client_secret });

    const missing = await call('GET', '/api/v2/clients/doesnotexist', { token: readOnly });
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'The client does not exist',
      errorCode: 'inexistent_client'
    });
  });

  it('creates clients with Auth0 defaults and validates the payload', async () => {
    const token = emu.mintManagementToken(['create:clients']);
    const m2m = await call('POST', '/api/v2/clients', {
      token,
      json: { name: 'Bot', app_type: 'non_interactive', client_metadata: { managed_by: 'me' } }
    });
    expect(m2m.status).toBe(201);
    expect(m2m.json).toMatchObject({
      name: 'Bot',
      app_type: 'non_interactive',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['implicit', 'authorization_code', 'refresh_token', 'client_credentials'],
      client_metadata: { managed_by: 'me' }
    });
    expect(m2m.json.client_id).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(m2m.json.client_secret).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(emu.clients).toHaveLength(1);

    const spa = await call('POST', '/api/v2/clients', { token, json: { name: 'SPA', app_type: 'spa' } });
    expect(spa.json.token_endpoint_auth_method).toBe('none');
    expect(spa.json.grant_types).not.toContain('client_credentials');

    const bad: Array<[unknown, RegExp]> = [
      [{}, /Missing required property: name/],
      [{ name: '' }, /too short/],
      [{ name: 'x', colour: 'red' }, /Additional properties not allowed: colour/],
      [{ name: 'x', app_type: 'robot' }, /No enum match/],
      [{ name: 'x', client_metadata: { a: 'y'.repeat(256) } }, /too long .* maximum 255/],
      [{ name: 'x', client_metadata: { a: 1 } }, /Expected type string but found type integer/],
      [
        {
          name: 'x',
          client_metadata: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']))
        },
        /Too many properties defined \(11\), maximum 10/
      ],
      [
        { name: 'x', token_endpoint_auth_method: 'none', grant_types: ['client_credentials'] },
        /Invalid grant types/
      ]
    ];
    for (const [json, message] of bad) {
      const res = await call('POST', '/api/v2/clients', { token, json });
      expect(res.status).toBe(400);
      expect(res.json.errorCode).toBe('invalid_body');
      expect(res.json.message).toMatch(message);
    }
    const notJson = await call('POST', '/api/v2/clients', { token, json: '{"name":' });
    expect(notJson.json).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid request payload JSON format'
    });
    expect(emu.clients).toHaveLength(2);
  });

  it('stores and returns the login application fields, and rejects what Auth0 rejects', async () => {
    const token = emu.mintManagementToken(['create:clients', 'update:clients', 'read:clients']);
    const spa = await call('POST', '/api/v2/clients', {
      token,
      json: {
        name: 'OpenMetadata',
        app_type: 'spa',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        callbacks: ['https://om.example.com/callback'],
        web_origins: ['https://om.example.com'],
        allowed_origins: ['https://om.example.com'],
        allowed_logout_urls: ['https://om.example.com/signin'],
        oidc_conformant: true,
        jwt_configuration: { alg: 'RS256' }
      }
    });
    expect(spa.status).toBe(201);
    const id = spa.json.client_id;
    const read = await call(
      'GET',
      `/api/v2/clients/${id}?fields=app_type,callbacks,web_origins,allowed_origins,allowed_logout_urls,oidc_conformant,jwt_configuration,token_endpoint_auth_method&include_fields=true`,
      { token }
    );
    expect(read.json).toEqual({
      app_type: 'spa',
      token_endpoint_auth_method: 'none',
      callbacks: ['https://om.example.com/callback'],
      web_origins: ['https://om.example.com'],
      allowed_origins: ['https://om.example.com'],
      allowed_logout_urls: ['https://om.example.com/signin'],
      oidc_conformant: true,
      jwt_configuration: { alg: 'RS256' }
    });
    const patched = await call('PATCH', `/api/v2/clients/${id}`, {
      token,
      json: { jwt_configuration: { alg: 'HS256', lifetime_in_seconds: 600 }, app_type: 'regular_web' }
    });
    expect(patched.json).toMatchObject({
      app_type: 'regular_web',
      jwt_configuration: { alg: 'HS256', lifetime_in_seconds: 600 }
    });
    const bad: Array<[unknown, RegExp]> = [
      [{ jwt_configuration: { alg: 'none' } }, /No enum match for: "none"/],
      [{ jwt_configuration: 'RS256' }, /Expected type object but found type string/],
      [{ token_endpoint_auth_method: 'private_key_jwt' }, /No enum match/],
      [{ app_type: 'single_page' }, /No enum match for: "single_page"/],
      [{ web_origins: 'https://om.example.com' }, /Expected type array/],
      [{ oidc_conformant: 'yes' }, /Expected type boolean/]
    ];
    for (const [json, message] of bad) {
      const res = await call('PATCH', `/api/v2/clients/${id}`, { token, json });
      expect(res.status).toBe(400);
      expect(res.json).toMatchObject({ statusCode: 400, error: 'Bad Request', errorCode: 'invalid_body' });
      expect(res.json.message).toMatch(message);
    }
  });

  it('updates clients, merging client_metadata (null removes a key) and checking the scopes per field', async () => {
    const app = m2mApp({ client_metadata: { a: '1', b: '2' } });
    const token = emu.mintManagementToken(['update:clients']);
    const res = await call('PATCH', `/api/v2/clients/${app.client_id}`, {
      token,
      json: { client_metadata: { b: null, c: '3' }, token_endpoint_auth_method: 'client_secret_post' }
    });
    expect(res.status).toBe(200);
    expect(res.json.client_metadata).toEqual({ a: '1', c: '3' });
    expect(res.json).not.toHaveProperty('client_secret');
    expect(app).toMatchObject({
      client_metadata: { a: '1', c: '3' },
      token_endpoint_auth_method: 'client_secret_post'
    });

    const extra = await call('PATCH', `/api/v2/clients/${app.client_id}`, { token, json: { foo: 1 } });
    expect(extra.status).toBe(400);
    expect(extra.json.message).toBe("Payload validation error: 'Additional properties not allowed: foo'.");

    const publicCc = await call('PATCH', `/api/v2/clients/${app.client_id}`, {
      token,
      json: { token_endpoint_auth_method: 'none' }
    });
    expect(publicCc.status).toBe(400);
    expect(publicCc.json.message).toBe('Invalid grant types: client_credentials');

    const keysOnly = emu.mintManagementToken(['update:client_keys']);
    const denied = await call('PATCH', `/api/v2/clients/${app.client_id}`, {
      token: keysOnly,
      json: { name: 'y' }
    });
    expect(denied.status).toBe(403);
    expect(denied.json.errorCode).toBe('insufficient_scope');
    const missing = await call('PATCH', '/api/v2/clients/nope', { token, json: {} });
    expect(missing.json.errorCode).toBe('inexistent_client');
  });
});

describe('client grants', () => {
  it('pages with from/take checkpoints and with page/per_page, filtered by client and audience', async () => {
    emu.addResourceServer('https://api.example/', []);
    const apps = Array.from({ length: 5 }, (_, i) => m2mApp({ name: `App ${i}` }));
    const grants = apps.map(a => emu.addGrant(a.client_id, emu.managementAudience, ['read:users']));
    emu.addGrant(apps[0].client_id, 'https://api.example/', []);
    const token = emu.mintManagementToken(['read:client_grants']);
    const aud = encodeURIComponent(emu.managementAudience);

    const seen: string[] = [];
    let from: string | undefined;
    let requests = 0;
    do {
      const res = await call(
        'GET',
        `/api/v2/client-grants?audience=${aud}&take=2&include_totals=true${from ? `&from=${from}` : ''}`,
        { token }
      );
      expect(res.status).toBe(200);
      seen.push(...res.json.client_grants.map((g: { id: string }) => g.id));
      from = res.json.next;
      requests++;
    } while (from);
    expect(requests).toBe(3);
    expect(seen).toEqual(grants.map(g => g.id));

    const byClient = await call('GET', `/api/v2/client-grants?client_id=${apps[0].client_id}`, { token });
    expect(byClient.json.map((g: { audience: string }) => g.audience)).toEqual([
      emu.managementAudience,
      'https://api.example/'
    ]);
    expect(byClient.json[0]).toEqual({
      id: grants[0].id,
      client_id: apps[0].client_id,
      audience: emu.managementAudience,
      scope: ['read:users'],
      allow_any_organization: false,
      is_system: false,
      subject_type: 'client'
    });
    const offset = await call('GET', '/api/v2/client-grants?page=1&per_page=4&include_totals=true', {
      token
    });
    expect(offset.json).toMatchObject({ start: 4, limit: 4, total: 6 });
    expect(offset.json.client_grants).toHaveLength(2);
  });

  it('creates grants: 201, 409 on a duplicate, 404 for unknown client or API, 400 for undefined scopes', async () => {
    const app = m2mApp();
    const token = emu.mintManagementToken(['create:client_grants', 'update:client_grants']);
    const body = { client_id: app.client_id, audience: emu.managementAudience, scope: ['read:users'] };
    const created = await call('POST', '/api/v2/client-grants', { token, json: body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ ...body, id: expect.stringMatching(/^cgr_/) });

    const again = await call('POST', '/api/v2/client-grants', { token, json: body });
    expect(again.status).toBe(409);
    expect(again.json).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: `A client grant already exists between ${app.client_id} and ${emu.managementAudience}`
    });
    const noApi = await call('POST', '/api/v2/client-grants', {
      token,
      json: { ...body, audience: 'https://nope.example/' }
    });
    expect(noApi.status).toBe(404);
    expect(noApi.json.message).toBe('No resource with identifier https://nope.example/');
    const noClient = await call('POST', '/api/v2/client-grants', {
      token,
      json: { ...body, client_id: 'nope' }
    });
    expect(noClient.status).toBe(404);
    const badScope = await call('POST', '/api/v2/client-grants', {
      token,
      json: {
        ...body,
        audience: emu.addResourceServer('https://api.example/', ['read:x']).identifier,
        scope: ['y']
      }
    });
    expect(badScope.status).toBe(400);
    expect(badScope.json.message).toMatch(/y/);
    const missingScope = await call('POST', '/api/v2/client-grants', {
      token,
      json: { client_id: app.client_id, audience: 'https://api.example/' }
    });
    expect(missingScope.json.message).toMatch(/Missing required property: scope/);

    const patched = await call('PATCH', `/api/v2/client-grants/${created.json.id}`, {
      token,
      json: { scope: ['read:clients', 'read:users'] }
    });
    expect(patched.status).toBe(200);
    expect(emu.grants[0].scope).toEqual(['read:clients', 'read:users']);
    const gone = await call('PATCH', '/api/v2/client-grants/cgr_nope', { token, json: { scope: [] } });
    expect(gone.status).toBe(404);
  });
});

describe('resource servers', () => {
  it('finds the Management API by url-encoded identifier or id, with its scopes', async () => {
    const token = emu.mintManagementToken(['read:resource_servers']);
    const byIdentifier = await call(
      'GET',
      `/api/v2/resource-servers/${encodeURIComponent(emu.managementAudience)}`,
      {
        token
      }
    );
    expect(byIdentifier.status).toBe(200);
    expect(byIdentifier.json).toMatchObject({
      name: 'Auth0 Management API',
      identifier: emu.managementAudience,
      is_system: true,
      signing_alg: 'RS256'
    });
    const scopes = byIdentifier.json.scopes.map((s: { value: string }) => s.value);
    expect(scopes).toEqual(
      expect.arrayContaining([
        'read:users',
        'read:clients',
        'create:clients',
        'update:clients',
        'delete:clients',
        'read:client_keys',
        'read:client_grants',
        'create:client_grants',
        'update:client_grants',
        'delete:client_grants',
        'read:resource_servers'
      ])
    );
    const byId = await call('GET', `/api/v2/resource-servers/${byIdentifier.json.id}`, { token });
    expect(byId.json.identifier).toBe(emu.managementAudience);
    const missing = await call('GET', '/api/v2/resource-servers/nope', { token });
    expect(missing.status).toBe(404);
    expect(missing.json.errorCode).toBe('inexistent_resource_server');
  });
});

describe('faults', () => {
  it('answers injected statuses `times` times, with Retry-After and rate-limit headers on 429', async () => {
    const token = emu.mintManagementToken(['read:clients']);
    emu.injectFault({
      kind: 'status',
      status: 429,
      method: 'get',
      path: '/api/v2/clients',
      times: 2,
      retryAfterSeconds: 3,
      rateLimitResetInSeconds: 7
    });
    const now = Math.floor(Date.now() / 1000);
    const first = await call('GET', '/api/v2/clients', { token });
    expect(first.status).toBe(429);
    expect(first.json).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Global limit has been reached',
      errorCode: 'too_many_requests'
    });
    expect(first.headers['retry-after']).toBe('3');
    expect(first.headers['x-ratelimit-remaining']).toBe('0');
    expect(Number(first.headers['x-ratelimit-reset']) - now).toBeGreaterThanOrEqual(6);
    expect((await call('POST', '/api/v2/clients', { token })).status).toBe(403); // other method: no fault
    expect((await call('GET', '/api/v2/clients', { token })).status).toBe(429);
    expect((await call('GET', '/api/v2/clients', { token })).status).toBe(200);
    expect(emu.requests.map(r => r.fault)).toEqual(['status', undefined, 'status', undefined]);

    emu.injectFault({ kind: 'status', status: 503, path: /^\/oauth\//, body: { custom: true } });
    const oauth = await call('POST', '/oauth/token', { form: {} });
    expect([oauth.status, oauth.json]).toEqual([503, { custom: true }]);
  });

  it('applies a POST before failing it with afterWrite (the create succeeded, the answer did not)', async () => {
    const token = emu.mintManagementToken(['create:clients']);
    emu.injectFault({
      kind: 'status',
      status: 503,
      method: 'POST',
      path: '/api/v2/clients',
      afterWrite: true
    });
    const res = await call('POST', '/api/v2/clients', { token, json: { name: 'Created anyway' } });
    expect(res.status).toBe(503);
    expect(res.json).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    expect(emu.clients.map(c => c.name)).toEqual(['Created anyway']);
  });

  it('lets `skip` matching requests through first, and computes a function body after the write', async () => {
    const token = emu.mintManagementToken(['create:clients', 'read:clients']);
    emu.injectFault({ kind: 'status', status: 500, method: 'GET', path: '/api/v2/clients', skip: 1 });
    emu.injectFault({
      kind: 'status',
      status: 400,
      method: 'POST',
      path: '/api/v2/clients',
      afterWrite: true,
      body: (e: Auth0Emulator) => ({ echoed: e.clients.map(c => c.name) })
    });
    expect((await call('GET', '/api/v2/clients', { token })).status).toBe(200);
    expect((await call('GET', '/api/v2/clients', { token })).status).toBe(500);
    expect((await call('GET', '/api/v2/clients', { token })).status).toBe(200);
    const res = await call('POST', '/api/v2/clients', { token, json: { name: 'Made first' } });
    expect([res.status, res.json]).toEqual([400, { echoed: ['Made first'] }]);
  });

  it('delays answers; a request abandoned during a delay is not applied, unless afterWrite', async () => {
    const token = emu.mintManagementToken(['create:clients', 'read:clients']);
    emu.injectFault({ kind: 'delay', ms: 300, path: '/api/v2/clients' });
    const started = Date.now();
    expect((await call('GET', '/api/v2/clients', { token })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);

    // Wide margins: client and emulator share this process, so a stalled event loop delays both.
    emu.injectFault({ kind: 'delay', ms: 1500, method: 'POST' });
    await expect(
      call('POST', '/api/v2/clients', { token, json: { name: 'a' }, abortAfterMs: 400 })
    ).rejects.toThrow('client timeout');
    emu.injectFault({ kind: 'delay', ms: 1500, method: 'POST', afterWrite: true });
    await expect(
      call('POST', '/api/v2/clients', { token, json: { name: 'b' }, abortAfterMs: 400 })
    ).rejects.toThrow('client timeout');
    await new Promise(resolve => setTimeout(resolve, 1500));
    expect(emu.clients.map(c => c.name)).toEqual(['b']);
    expect(emu.requests.slice(-2).map(r => r.status)).toEqual([0, 0]);
  });

  it('sends a truncated JSON body with malformed-json', async () => {
    m2mApp();
    const token = emu.mintManagementToken(['read:clients']);
    emu.injectFault({ kind: 'malformed-json', path: /clients$/ });
    const res = await call('GET', '/api/v2/clients', { token });
    expect(res.status).toBe(200);
    expect(res.text.length).toBeGreaterThan(0);
    expect(() => JSON.parse(res.text)).toThrow();
    expect((await call('GET', '/api/v2/clients', { token })).json).toHaveLength(1);
  });

  it('resets the connection', async () => {
    emu.injectFault({ kind: 'reset-connection', path: '/.well-known/' });
    await expect(call('GET', '/.well-known/jwks.json')).rejects.toThrow(/socket hang up|ECONNRESET/);
    expect((await call('GET', '/.well-known/jwks.json')).status).toBe(200);
    expect(emu.requests.map(r => r.status)).toEqual([0, 200]);
  });

  it('forges tokens signed by a key not in the JWKS, for one client only if asked', async () => {
    const admin = emu.createAdminApp();
    const app = m2mApp();
    emu.addGrant(app.client_id, emu.managementAudience, []);
    emu.injectFault({ kind: 'forged-token', clientId: app.client_id });
    emu.injectFault({ kind: 'forged-token', clientId: app.client_id, sameKid: true });
    const keys = createLocalJWKSet(await jwks());

    const genuine = await tokenFor(admin.clientId, admin.clientSecret);
    await expect(jwtVerify(genuine.json.access_token, keys)).resolves.toBeDefined();
    const newKid = await tokenFor(app.client_id, app.client_secret!);
    expect(decodeProtectedHeader(newKid.json.access_token).kid).not.toBe((await jwks()).keys[0].kid);
    await expect(jwtVerify(newKid.json.access_token, keys)).rejects.toThrow(/no applicable key/i);
    const sameKid = await tokenFor(app.client_id, app.client_secret!);
    expect(decodeProtectedHeader(sameKid.json.access_token).kid).toBe((await jwks()).keys[0].kid);
    await expect(jwtVerify(sameKid.json.access_token, keys)).rejects.toThrow(/signature/i);
    const afterwards = await tokenFor(app.client_id, app.client_secret!);
    await expect(jwtVerify(afterwards.json.access_token, keys)).resolves.toBeDefined();
    expect(emu.requests.filter(r => r.fault === 'forged-token')).toHaveLength(2);
  });

  it('counts requests by method and path, and clears faults and the log', async () => {
    emu.injectFault({ kind: 'status', status: 500, times: 5 });
    expect(emu.pendingFaults()).toEqual([expect.objectContaining({ kind: 'status', remaining: 5 })]);
    emu.clearFaults();
    await call('GET', '/.well-known/jwks.json');
    await call('GET', '/.well-known/openid-configuration');
    await call('POST', '/oauth/token', { form: {} });
    expect(emu.count()).toBe(3);
    expect(emu.count({ method: 'get' })).toBe(2);
    expect(emu.count({ path: '/.well-known/jwks.json' })).toBe(1);
    expect(emu.count({ path: '/.well-known' })).toBe(0);
    expect(emu.count({ path: /^\/\.well-known\// })).toBe(2);
    expect(emu.requests[2]).toEqual({ method: 'POST', path: '/oauth/token', query: {}, status: 400 });
    emu.resetLog();
    expect(emu.count()).toBe(0);
  });
});

describe("through the auth0 SDK v7 (the action's client)", () => {
  it('lists with totals, reads the API, pages grants by checkpoint and maps errors', async () => {
    for (let i = 0; i < 120; i++) emu.addClient({ name: `Other ${i}` });
    const app = m2mApp();
    emu.addGrant(app.client_id, emu.managementAudience, ['read:users']);
    const mgmt = new ManagementClient({
      domain: emu.domain,
      token: await adminToken(),
      fetch: caFetch as typeof fetch,
      maxRetries: 0
    });

    const first = await mgmt.clients.list({
      page: 0,
      per_page: 100,
      include_totals: true,
      fields: 'client_id,name'
    });
    expect(first.response?.total).toBe(122);
    expect(first.data).toHaveLength(100);
    const api = await mgmt.resourceServers.get(emu.managementAudience);
    expect(api.identifier).toBe(emu.managementAudience);
    const grants = await mgmt.clientGrants.list({
      client_id: app.client_id,
      audience: emu.managementAudience
    });
    expect(grants.data.map(g => g.scope)).toEqual([['read:users']]);
    const query = emu.requests.find(r => r.path === '/api/v2/client-grants')?.query;
    expect(query).toMatchObject({ include_totals: 'true', take: '50' });

    const created = await mgmt.clients.create({ name: 'Via SDK', app_type: 'non_interactive' });
    expect(created.client_secret).toHaveLength(64);
    await expect(
      mgmt.clientGrants.create({ client_id: app.client_id, audience: emu.managementAudience, scope: [] })
    ).rejects.toMatchObject({ statusCode: 409 });
    await expect(mgmt.clients.get('nope')).rejects.toMatchObject({ statusCode: 404 });
  });
});
