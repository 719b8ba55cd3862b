/**
 * checkOpenMetadataServer in-process against the OpenMetadata server emulator, which fetches a JWKS (here a
 * small HTTPS server with a private CA, standing in for the Auth0 tenant) the way OpenMetadata's JwtFilter
 * does.
 */
import {
  checkOpenMetadataServer,
  expectedPrincipal,
  type ServerCheckInput
} from '../../src/openmetadata/server-check.js';
import type { Check } from '../../src/report/checks.js';
import { startOpenMetadataServer, type OpenMetadataServer } from '../../test-support/openmetadata-server.js';
import {
  closedPort,
  createSigningKey,
  createTestCa,
  signToken,
  startJwksServer,
  startSilentServer,
  type JwksServer,
  type SigningKey,
  type TestCa
} from './helpers.js';

const DOMAIN = 'tenant.example.test';
const CLIENT_ID = 'AbCdEf0123456789Ingest';
const PRINCIPAL = CLIENT_ID.toLowerCase();

let ca: TestCa;
let tenantKey: SigningKey;
let otherKey: SigningKey;
let tenantJwks: JwksServer;
let otherJwks: JwksServer;
let token: string;
const servers: OpenMetadataServer[] = [];

beforeAll(async () => {
  ca = createTestCa();
  tenantKey = await createSigningKey('tenant-kid-1');
  otherKey = await createSigningKey('other-kid-1');
  tenantJwks = await startJwksServer([tenantKey.jwk], ca);
  otherJwks = await startJwksServer([otherKey.jwk], ca);
  token = await signToken(tenantKey, { clientId: CLIENT_ID, domain: DOMAIN });
});

afterAll(async () => {
  await Promise.all([tenantJwks.close(), otherJwks.close(), ...servers.map(s => s.close())]);
});

async function omServer(
  options: Partial<Parameters<typeof startOpenMetadataServer>[0]> = {}
): Promise<OpenMetadataServer> {
  const server = await startOpenMetadataServer({
    version: '1.7.1',
    publicKeyUrls: [otherJwks.url, tenantJwks.url],
    users: [
      { name: PRINCIPAL, isBot: true },
      { name: 'admin', isAdmin: true }
    ],
    caPem: ca.caPem,
    ...options
  });
  servers.push(server);
  return server;
}

function input(hostPort: string, overrides: Partial<ServerCheckInput> = {}): ServerCheckInput {
  return {
    hostPort,
    token,
    expectedVersion: '1.7',
    auth0Domain: DOMAIN,
    clientId: CLIENT_ID,
    timeoutMs: 5000,
    ...overrides
  };
}

function byId(checks: Check[], id: string): Check {
  const check = checks.find(c => c.id === id);
  if (!check) throw new Error(`no check ${id} in ${JSON.stringify(checks)}`);
  return check;
}

function expectNoToken(checks: Check[], secret = token): void {
  const text = JSON.stringify(checks);
  expect(text).not.toContain(secret);
  expect(text).not.toContain(secret.split('.')[2]);
}

describe('checkOpenMetadataServer', () => {
  test('accepted: reports the version and the user, a bot', async () => {
    const om = await omServer();
    const checks = await checkOpenMetadataServer(input(om.hostPort));
    expect(checks.map(c => [c.id, c.status])).toEqual([
      ['openmetadata.version', 'pass'],
      ['openmetadata.login', 'pass']
    ]);
    expect(byId(checks, 'openmetadata.version').detail).toContain('1.7.1');
    const login = byId(checks, 'openmetadata.login');
    expect(login.detail).toContain(`"${PRINCIPAL}"`);
    expect(login.detail).toContain('a bot');
    expectNoToken(checks);
    // The version endpoint is called without credentials, the login with the bearer token.
    expect(om.requests.map(r => [r.path, r.authorization, r.status])).toEqual([
      ['/api/v1/system/version', false, 200],
      ['/api/v1/users/loggedInUser', true, 200]
    ]);
    expect(om.requests[1].principal).toBe(PRINCIPAL);
  });

  test('a trailing slash on hostPort is tolerated', async () => {
    const om = await omServer();
    const checks = await checkOpenMetadataServer(input(`${om.hostPort}/`));
    expect(byId(checks, 'openmetadata.login').status).toBe('pass');
  });

  test("the tenant's JWKS is missing from publicKeyUrls: 401 explained with the URL to add", async () => {
    const om = await omServer({ publicKeyUrls: [otherJwks.url] });
    const checks = await checkOpenMetadataServer(input(om.hostPort));
    expect(byId(checks, 'openmetadata.version').status).toBe('pass');
    const login = byId(checks, 'openmetadata.login');
    expect(login.status).toBe('fail');
    expect(login.detail).toContain('Token signing key not found in configured public keys');
    expect(login.detail).toContain('kid');
    expect(login.fix).toContain(`https://${DOMAIN}/.well-known/jwks.json`);
    expect(login.fix).toContain('authenticationConfiguration.publicKeyUrls');
    expect(om.requests[1].status).toBe(401);
    expectNoToken(checks);
  });

  test('an older server answering 500 for an unknown kid gets the same explanation', async () => {
    const om = await omServer({ publicKeyUrls: [otherJwks.url], unknownKid: 'server-error' });
    const checks = await checkOpenMetadataServer(input(om.hostPort));
    const login = byId(checks, 'openmetadata.login');
    expect(om.requests[1].status).toBe(500);
    expect(login.status).toBe('fail');
    expect(login.fix).toContain(`https://${DOMAIN}/.well-known/jwks.json`);
  });

  test('the principal has no user: 404 names the lower-cased client id and how to create it', async () => {
    const om = await omServer({ users: [{ name: 'admin', isAdmin: true }] });
    const checks = await checkOpenMetadataServer(input(om.hostPort));
    const login = byId(checks, 'openmetadata.login');
    expect(login.status).toBe('fail');
    expect(login.detail).toContain(`no user named "${PRINCIPAL}"`);
    expect(login.detail).toContain(`user instance for ${PRINCIPAL} not found`);
    expect(login.fix).toContain(`bot named ${PRINCIPAL}`);
    expect(login.fix).not.toContain(CLIENT_ID);
  });

  test('an expired token: 401 "Expired token!"', async () => {
    const om = await omServer();
    const expired = await signToken(tenantKey, {
      clientId: CLIENT_ID,
      domain: DOMAIN,
      expiresInSeconds: -120
    });
    const checks = await checkOpenMetadataServer(input(om.hostPort, { token: expired }));
    const login = byId(checks, 'openmetadata.login');
    expect(login.status).toBe('fail');
    expect(login.detail).toContain('Expired token!');
    expect(login.fix).toMatch(/clock/);
    expectNoToken(checks, expired);
  });

  test('a token that is not a JWT: not decodable', async () => {
    const om = await omServer();
    const opaque = 'opaque-access-token-value-0123456789';
    const checks = await checkOpenMetadataServer(input(om.hostPort, { token: opaque }));
    const login = byId(checks, 'openmetadata.login');
    expect(login.status).toBe('fail');
    expect(login.detail).toContain('could not decode');
    expect(login.fix).toContain('audience');
    expect(JSON.stringify(checks)).not.toContain(opaque);
  });

  test('a known kid with the wrong key: public key mismatch', async () => {
    const om = await omServer();
    const forged = await signToken(
      { ...otherKey, kid: tenantKey.kid },
      { clientId: CLIENT_ID, domain: DOMAIN }
    );
    const checks = await checkOpenMetadataServer(input(om.hostPort, { token: forged }));
    const login = byId(checks, 'openmetadata.login');
    expect(login.status).toBe('fail');
    expect(login.detail).toContain('Public key mismatch');
    expect(login.fix).toContain('Restart');
  });

  test('server down: unreachable with the URL, login not attempted', async () => {
    const port = await closedPort();
    const hostPort = `http://127.0.0.1:${port}/api`;
    const checks = await checkOpenMetadataServer(input(hostPort));
    const version = byId(checks, 'openmetadata.version');
    expect(version.status).toBe('fail');
    expect(version.detail).toContain('unreachable');
    expect(version.detail).toContain(`${hostPort}/v1/system/version`);
    expect(version.detail).toContain('ECONNREFUSED');
    expect(byId(checks, 'openmetadata.login').status).toBe('skip');
  });

  test('a server that never answers: bounded by timeoutMs', async () => {
    const silent = await startSilentServer();
    try {
      const started = Date.now();
      const checks = await checkOpenMetadataServer(input(silent.url, { timeoutMs: 300 }));
      expect(Date.now() - started).toBeLessThan(3000);
      const version = byId(checks, 'openmetadata.version');
      expect(version.status).toBe('fail');
      expect(version.detail).toContain('unreachable');
      expect(version.detail).toContain('no answer within 0.3 s');
    } finally {
      await silent.close();
    }
  });

  test('version mismatch: a warning with the version to set; login still checked', async () => {
    const om = await omServer({ version: '1.6.4' });
    const checks = await checkOpenMetadataServer(input(om.hostPort));
    const version = byId(checks, 'openmetadata.version');
    expect(version.status).toBe('warn');
    expect(version.detail).toContain('1.6.4');
    expect(version.fix).toContain("openmetadata-version: '1.6'");
    expect(version.detail).not.toContain('1.3');
    expect(byId(checks, 'openmetadata.login').status).toBe('pass');
  });

  test('version mismatch across 1.3 says the rendered config will not work', async () => {
    const om = await omServer({ version: '1.2.5' });
    const checks = await checkOpenMetadataServer(input(om.hostPort));
    const version = byId(checks, 'openmetadata.version');
    expect(version.status).toBe('warn');
    expect(version.detail).toContain('1.3');
  });

  test('private CA: trusted through caCertificatePem for this server only', async () => {
    const om = await omServer({ tls: { key: ca.key, cert: ca.cert } });
    expect(om.hostPort).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/api$/);

    const trusted = await checkOpenMetadataServer(input(om.hostPort, { caCertificatePem: ca.caPem }));
    expect(trusted.map(c => c.status)).toEqual(['pass', 'pass']);

    const untrusted = await checkOpenMetadataServer(input(om.hostPort));
    const version = byId(untrusted, 'openmetadata.version');
    expect(version.status).toBe('fail');
    expect(version.detail).toContain('unreachable');
    expect(version.detail).toContain('TLS');
    expect(version.fix).toContain('openmetadata-ca-certificate');
    // The CA was not installed globally by the first call.
    await expect(fetch(`${om.hostPort}/v1/system/version`)).rejects.toThrow();
  });

  test('a CA input that is not a PEM certificate fails before any request', async () => {
    const om = await omServer();
    const checks = await checkOpenMetadataServer(
      input(om.hostPort, { caCertificatePem: 'not a certificate' })
    );
    expect(checks).toHaveLength(1);
    expect(checks[0].status).toBe('fail');
    expect(om.requests).toHaveLength(0);
  });

  test('hostPort pointing at something that is not OpenMetadata: version warns', async () => {
    const om = await omServer();
    // /api/api/... is not an OpenMetadata path: 404 on the version endpoint, 401/404 afterwards.
    const checks = await checkOpenMetadataServer(input(`${om.hostPort}/api`));
    expect(byId(checks, 'openmetadata.version').status).toBe('warn');
    const login = byId(checks, 'openmetadata.login');
    expect(login.status).toBe('fail');
    expect(login.detail).toContain('no OpenMetadata API at this path');
    expect(login.fix).toContain('/api');
  });

  test('principal domain enforcement is explained', async () => {
    const om = await omServer({ principalDomain: 'example.com' });
    const checks = await checkOpenMetadataServer(input(om.hostPort));
    const login = byId(checks, 'openmetadata.login');
    expect(login.status).toBe('fail');
    expect(login.fix).toContain('enforcePrincipalDomain');
  });
});

describe('expectedPrincipal', () => {
  test('follows email, preferred_username, sub; part before @, lower-cased', async () => {
    expect(expectedPrincipal(token, CLIENT_ID)).toBe(PRINCIPAL);
    const withEmail = await signToken(tenantKey, {
      clientId: CLIENT_ID,
      domain: DOMAIN,
      claims: { email: 'Ingest.Bot@Example.com', preferred_username: 'someone' }
    });
    expect(expectedPrincipal(withEmail, CLIENT_ID)).toBe('ingest.bot');
    expect(expectedPrincipal('not-a-jwt', 'MyClient')).toBe('myclient');
  });
});
