/** The pure rules of the server settings checks (server-auth-rules.ts), one behaviour per test. */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { compactVerify, importJWK } from 'jose';
import type { AppState } from '../../../src/auth0/desired.js';
import {
  adminPrincipalRule,
  authorityRule,
  callbackRule,
  clientRule,
  defaultAdminRule,
  exposedSecretRule,
  findExposedSecrets,
  modulusFingerprint,
  NotRead,
  providerRule,
  QUICKSTART_MODULUS_SHA256,
  readAuthSettings,
  serverJwksRule,
  settingsUnreachableRule,
  signingKeyRule,
  tenantJwksRule,
  type AuthSettings,
  type ClientLookup
} from '../../../src/openmetadata/server-auth-rules.js';
import {
  QUICKSTART_PUBLIC_JWK,
  QUICKSTART_SIGNED_ADMIN_TOKEN
} from '../../../test-support/openmetadata-quickstart-key.js';

const DOMAIN = 'acme.eu.auth0.com';
const BASE = 'https://openmetadata.example.com';
const JWKS_URL = `${BASE}/api/v1/system/config/jwks`;
const good: AuthSettings = {
  provider: 'auth0',
  authority: `https://${DOMAIN}`,
  publicKeyUrls: [`https://${DOMAIN}/.well-known/jwks.json`, JWKS_URL],
  clientId: 'LoginAppClientId01',
  callbackUrl: `${BASE}/callback`,
  clientType: 'public'
};
const spa: AppState = {
  client_id: 'LoginAppClientId01',
  name: 'OpenMetadata',
  app_type: 'spa',
  callbacks: [`${BASE}/callback`]
};
const found = (app: Partial<AppState> = {}): ClientLookup => ({ kind: 'found', app: { ...spa, ...app } });

describe('readAuthSettings', () => {
  it('reads the 1.7 answer and treats empty strings as unset', () => {
    expect(
      readAuthSettings({ provider: 'auth0', clientId: '', publicKeyUrls: ['a', 3], clientType: 'public' })
    ).toEqual({
      provider: 'auth0',
      authority: undefined,
      publicKeyUrls: ['a'],
      clientId: undefined,
      callbackUrl: undefined,
      clientType: 'public'
    });
    expect(readAuthSettings({}).publicKeyUrls).toBeUndefined();
  });
});

describe('provider and authority', () => {
  it('passes auth0 and fails another provider with the variable to set', () => {
    expect(providerRule(good).status).toBe('pass');
    const basic = providerRule({ ...good, provider: 'basic' });
    expect(basic).toMatchObject({ status: 'fail', id: 'openmetadata.auth.provider' });
    expect(basic.detail).toContain('"basic"');
    expect(basic.fix).toContain('AUTHENTICATION_PROVIDER=auth0');
  });

  it('compares the authority host with the tenant domain (with or without scheme and slash)', () => {
    expect(authorityRule(good, DOMAIN).status).toBe('pass');
    expect(authorityRule({ ...good, authority: `https://${DOMAIN}/` }, DOMAIN).status).toBe('pass');
    expect(authorityRule({ ...good, authority: DOMAIN.toUpperCase() }, DOMAIN).status).toBe('pass');
    expect(authorityRule({ ...good, authority: 'https://127.0.0.1:4443' }, '127.0.0.1:4443').status).toBe(
      'pass'
    );
    const other = authorityRule({ ...good, authority: 'https://other.us.auth0.com' }, DOMAIN);
    expect(other.status).toBe('fail');
    expect(other.fix).toContain(`AUTHENTICATION_AUTHORITY=https://${DOMAIN}`);
    expect(authorityRule({ ...good, authority: undefined }, DOMAIN).status).toBe('fail');
  });
});

describe('publicKeyUrls', () => {
  it('needs the tenant JWKS exactly (host case and a trailing slash aside)', () => {
    expect(tenantJwksRule(good, DOMAIN).status).toBe('pass');
    const upper = { ...good, publicKeyUrls: [`https://${DOMAIN.toUpperCase()}/.well-known/jwks.json/`] };
    expect(tenantJwksRule(upper, DOMAIN).status).toBe('pass');
    const missing = tenantJwksRule({ ...good, publicKeyUrls: [JWKS_URL] }, DOMAIN);
    expect(missing.status).toBe('fail');
    expect(missing.detail).toMatch(/every login and the ingestion token are refused/);
    expect(missing.fix).toContain(`https://${DOMAIN}/.well-known/jwks.json`);
  });

  it("needs the server's own jwks on any host (the server fetches it itself)", () => {
    expect(serverJwksRule(good, BASE).status).toBe('pass');
    const local = { ...good, publicKeyUrls: ['http://localhost:8585/api/v1/system/config/jwks'] };
    expect(serverJwksRule(local, BASE).status).toBe('pass');
    const missing = serverJwksRule(
      { ...good, publicKeyUrls: [`https://${DOMAIN}/.well-known/jwks.json`] },
      BASE
    );
    expect(missing.status).toBe('fail');
    expect(missing.detail).toMatch(/bots/);
    expect(missing.fix).toContain(JWKS_URL);
  });

  it('skips both when the server does not publish publicKeyUrls (newer releases)', () => {
    const unpublished = { ...good, publicKeyUrls: undefined };
    expect(tenantJwksRule(unpublished, DOMAIN).status).toBe('skip');
    expect(serverJwksRule(unpublished, BASE).status).toBe('skip');
  });
});

describe('clientRule', () => {
  it('passes a public client that is a SPA of the tenant', () => {
    expect(clientRule(good, found(), DOMAIN)).toMatchObject({ status: 'pass' });
    expect(clientRule({ ...good, clientType: undefined }, found(), DOMAIN).status).toBe('pass'); // schema default
    const confidential = { ...good, clientType: 'confidential' };
    expect(clientRule(confidential, found({ app_type: 'regular_web' }), DOMAIN, 'confidential').status).toBe(
      'pass'
    );
  });

  it('fails an app of the other type, naming both', () => {
    const check = clientRule(good, found({ app_type: 'regular_web' }), DOMAIN);
    expect(check.status).toBe('fail');
    expect(check.detail).toContain('Single Page Application');
    expect(check.detail).toContain('regular_web');
    const m2m = clientRule(
      { ...good, clientType: 'confidential' },
      found({ app_type: 'non_interactive' }),
      DOMAIN
    );
    expect(m2m.status).toBe('fail');
    expect(m2m.detail).toContain('Regular Web Application');
  });

  it('fails a clientId that is no app of the tenant, or none at all', () => {
    const missing = clientRule(good, { kind: 'missing' }, DOMAIN);
    expect(missing.status).toBe('fail');
    expect(missing.detail).toContain(`not an application of the tenant ${DOMAIN}`);
    expect(clientRule({ ...good, clientId: undefined }, { kind: 'missing' }, DOMAIN).status).toBe('fail');
  });

  it('skips with the reason when the tenant cannot be read', () => {
    const check = clientRule(good, { kind: 'unavailable', reason: 'no Management API access.' }, DOMAIN);
    expect(check).toMatchObject({ status: 'skip', detail: 'Not checked: no Management API access.' });
  });

  it('compares clientType with sso-client-type when that is set', () => {
    const check = clientRule(good, found(), DOMAIN, 'confidential');
    expect(check.status).toBe('fail');
    expect(check.detail).toBe("sso-client-type is confidential, but the server's clientType is public.");
  });
});

describe('callbackRule', () => {
  it("passes a callback among the app's callbacks, wildcard subdomains included", () => {
    expect(callbackRule(good, found()).status).toBe('pass');
    const wildcard = found({ callbacks: ['https://*.example.com/callback'] });
    expect(callbackRule(good, wildcard).status).toBe('pass');
    expect(callbackRule({ ...good, callbackUrl: 'https://a.b.example.com/callback' }, wildcard).status).toBe(
      'fail'
    );
  });

  it('fails a callback the app does not allow, and skips without an app', () => {
    const check = callbackRule(good, found({ callbacks: ['https://other.example.com/callback'] }));
    expect(check.status).toBe('fail');
    expect(check.detail).toContain('Callback URL mismatch');
    expect(check.fix).toContain(`${BASE}/callback`);
    expect(callbackRule(good, { kind: 'missing' }).status).toBe('skip');
    expect(callbackRule({ ...good, callbackUrl: undefined }, found()).status).toBe('fail');
  });
});

describe('exposed secrets', () => {
  const SECRET = 'oidc-client-secret-value-123';

  it('finds oidcConfiguration.secret and clientSecret, never empty ones', () => {
    const json = {
      provider: 'auth0',
      clientSecret: '',
      oidcConfiguration: { id: 'x', secret: SECRET, nested: [{ client_secret: 'abcd' }] }
    };
    const found = findExposedSecrets('/config/auth', json);
    expect(found.map(f => f.path)).toEqual([
      'oidcConfiguration.secret',
      'oidcConfiguration.nested[0].client_secret'
    ]);
    expect(findExposedSecrets('/config/auth', { oidcConfiguration: null, secretKey: 'x' })).toEqual([]);
  });

  it('fails naming where, without the value', () => {
    const check = exposedSecretRule(
      findExposedSecrets('/api/v1/system/config/auth', { oidcConfiguration: { secret: SECRET } })
    );
    expect(check.status).toBe('fail');
    expect(check.detail).toContain('oidcConfiguration.secret in /api/v1/system/config/auth');
    expect(JSON.stringify(check)).not.toContain(SECRET);
    expect(exposedSecretRule([]).status).toBe('pass');
  });
});

describe('the quickstart signing key', () => {
  const served = QUICKSTART_PUBLIC_JWK.n;
  const bytes = Buffer.from(served, 'base64url');

  it('the fixture is the key OpenMetadata signs its own default admin token with', async () => {
    const key = await importJWK(
      { kty: 'RSA', n: bytes.subarray(1).toString('base64url'), e: 'AQAB' },
      'RS256'
    );
    const { protectedHeader } = await compactVerify(QUICKSTART_SIGNED_ADMIN_TOKEN, key);
    expect(protectedHeader.kid).toBe(QUICKSTART_PUBLIC_JWK.kid);
    expect(createHash('sha256').update(bytes.subarray(1)).digest('hex')).toBe(QUICKSTART_MODULUS_SHA256);
  });

  it('reads n leniently: padding, a leading zero byte, base64 or base64url', () => {
    expect(served.startsWith('AN')).toBe(true); // the 0x00 sign byte
    expect(served.endsWith('=')).toBe(true);
    const stripped = bytes.subarray(1);
    for (const n of [
      served,
      served.replace(/=+$/, ''),
      stripped.toString('base64url'),
      stripped.toString('base64'),
      bytes.toString('base64'),
      Buffer.concat([Buffer.from([0, 0]), stripped]).toString('base64url')
    ])
      expect(modulusFingerprint(n)).toBe(QUICKSTART_MODULUS_SHA256);
  });

  it('fails when the JWKS holds it, whatever the kid, with the fix', () => {
    const check = signingKeyRule({ keys: [{ ...QUICKSTART_PUBLIC_JWK, kid: 'renamed' }] }, JWKS_URL);
    expect(check).toMatchObject({ id: 'openmetadata.signing-key', status: 'fail' });
    expect(check.detail).toContain('kid renamed');
    expect(check.detail).toMatch(/forge a token/);
    for (const word of ['RSA_PUBLIC_KEY_FILE_PATH', 'RSA_PRIVATE_KEY_FILE_PATH', 'bot token'])
      expect(check.fix).toContain(word);
  });

  it('passes another key, and an empty JWKS; skips what could not be read', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const other = publicKey.export({ format: 'jwk' });
    expect(signingKeyRule({ keys: [{ ...other, kid: QUICKSTART_PUBLIC_JWK.kid }] }, JWKS_URL).status).toBe(
      'pass'
    );
    expect(signingKeyRule({ keys: [{}] }, JWKS_URL).status).toBe('pass');
    expect(signingKeyRule(new NotRead('GET … answered HTTP 404.'), JWKS_URL)).toMatchObject({
      status: 'skip',
      detail: 'Not checked: GET … answered HTTP 404.'
    });
  });

  it.each([
    [{ keys: { kid: 'a' } }, '"keys" as an object'],
    ['keys', 'a string'],
    [{ keys: null }, '"keys" as null'],
    [{}, 'no "keys"'],
    [null, 'null'],
    [[{ kid: 'a' }], 'a list']
  ])('warns on a JWKS of another shape (%j), never "no RSA key"', (jwks, shape) => {
    const check = signingKeyRule(jwks, JWKS_URL);
    expect(check).toMatchObject({
      status: 'warn',
      detail: `Could not check: GET ${JWKS_URL} answered ${shape}, not the shape OpenMetadata serves.`
    });
    expect(check.fix).toMatch(/points at the OpenMetadata server itself/);
  });
});

describe('defaultAdminRule', () => {
  const url = `${BASE}/api/v1/users/name/admin`;

  it('fails on 200, passes on 404 for admin', () => {
    const present = defaultAdminRule({ status: 200, message: '', userName: 'admin' }, url);
    expect(present.status).toBe('fail');
    expect(present.fix).toMatch(/delete the user admin/);
    expect(present.fix).toContain('AUTHORIZER_ADMIN_PRINCIPALS');
    expect(defaultAdminRule({ status: 404, message: 'user instance for admin not found' }, url).status).toBe(
      'pass'
    );
    expect(defaultAdminRule({ status: 404, message: 'HTTP 404 Not Found' }, url).status).toBe('pass');
  });

  it('skips with the reason on 401/403, an unknown caller, or no token', () => {
    const forbidden = defaultAdminRule({ status: 403, message: 'operations [ViewBasic] not allowed' }, url);
    expect(forbidden.status).toBe('skip');
    expect(forbidden.detail).toContain('HTTP 403');
    expect(defaultAdminRule({ status: 401, message: 'Expired token!' }, url).status).toBe('skip');
    const caller = defaultAdminRule({ status: 404, message: 'user instance for abc123 not found' }, url);
    expect(caller).toMatchObject({ status: 'skip' });
    expect(caller.detail).toContain('openmetadata.login');
    expect(defaultAdminRule({ skipped: 'no token was minted.' }, url).detail).toBe(
      'Not checked: no token was minted.'
    );
  });

  it('warns, with the cause, when the answer is no user admin or could not be read', () => {
    const page = defaultAdminRule({ status: 200, message: 'Sign in Proxy login' }, url);
    expect(page).toMatchObject({
      status: 'warn',
      detail: `Could not check: GET ${url} answered HTTP 200, but not with the user admin ("Sign in Proxy login").`
    });
    expect(page.fix).toMatch(/not at a proxy/);
    const failing = defaultAdminRule({ status: 500, message: 'boom' }, url);
    expect(failing).toMatchObject({
      status: 'warn',
      detail: `Could not check: GET ${url} answered HTTP 500 ("boom").`
    });
    expect(failing.fix).toMatch(/server log/);
    const cut = defaultAdminRule(
      { failed: 'answered HTTP 200, but the answer did not complete within 3 s', brokeOff: true },
      url
    );
    expect(cut).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('did not complete within 3 s')
    });
    expect(cut.fix).toMatch(/server log/);
  });
});

describe('adminPrincipalRule', () => {
  const url = `${BASE}/api/v1/system/config/authorizer`;

  it('warns when admin is an admin principal, explaining the mapping', () => {
    const check = adminPrincipalRule({ adminPrincipals: ['jane.doe', 'Admin'] }, url);
    expect(check.status).toBe('warn');
    expect(check.detail).toMatch(/neither issuer nor audience/);
    expect(check.detail).toMatch(/before "@"/);
    expect(adminPrincipalRule({ adminPrincipals: ['jane.doe'] }, url).status).toBe('pass');
    expect(adminPrincipalRule({ principalDomain: 'example.com' }, url).status).toBe('skip');
  });

  it.each([
    [{ adminPrincipals: 'admin' }, '"adminPrincipals" as a string'],
    [null, 'null'],
    ['admin', 'a string']
  ])('warns on an answer of another shape (%j), never "does not publish"', (json, shape) => {
    expect(adminPrincipalRule(json, url)).toMatchObject({
      status: 'warn',
      detail: `Could not check: GET ${url} answered ${shape}, not the shape OpenMetadata serves.`
    });
  });

  it('skips, with the reason, an answer that could not be read', () => {
    expect(adminPrincipalRule(new NotRead(`GET ${url} answered HTTP 404.`), url)).toMatchObject({
      status: 'skip',
      detail: `Not checked: GET ${url} answered HTTP 404.`
    });
  });
});

describe('settingsUnreachableRule', () => {
  it('fails once, or defers to the version check of the same server', () => {
    expect(settingsUnreachableRule('https://x/api/v1/system/config/auth', 'ECONNREFUSED').status).toBe(
      'fail'
    );
    const deferred = settingsUnreachableRule(
      'https://x/api/v1/system/config/auth',
      'ECONNREFUSED',
      'openmetadata.version'
    );
    expect(deferred).toMatchObject({
      status: 'skip',
      detail: 'Not checked: the server is unreachable (see openmetadata.version).'
    });
  });
});
