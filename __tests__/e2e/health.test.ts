/**
 * End to end: the scheduled health check (mode verify with openmetadata-check) and the GitHub reporting
 * (issue-on-failure, comment-on-pr), through the built dist/index.js run as the GitHub runner runs it,
 * against the Auth0 tenant emulator, the OpenMetadata server emulator and the GitHub API emulator.
 *
 * The child process trusts one extra CA (NODE_EXTRA_CA_CERTS = the Auth0 emulator's, which is also the
 * CA of tls.ts's serverTlsOptions). The "private CA" scenario serves OpenMetadata with a certificate from
 * a second, unrelated CA that reaches the child only through openmetadata-ca-certificate.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { startAuth0Emulator, type Auth0Emulator, type EmuClient } from '../../test-support/auth0-emulator.js';
import {
  startOpenMetadataServer,
  type OpenMetadataServer,
  type RawAnswer
} from '../../test-support/openmetadata-server.js';
import { startGitHubApi, type GitHubApi } from '../../test-support/github-api.js';
import { testCaPem } from '../../test-support/tls.js';
import { runAction, type RunResult } from '../../test-support/run-action.js';
import { addDesiredIngestionApp } from '../../test-support/tenant-fixtures.js';
import { closedPort, createTestCa as createPrivateCa } from '../health/helpers.js';

const LABEL = 'openmetadata-auth0-health';
const PR_MARKER = '<!-- openmetadata-auth0-action -->';
const GH_TOKEN = 'ghs_e2eTestTokenValue0123456789abcdef';
const OWNER = 'octo';
const REPO = 'health';
const RUN_URL = `https://github.test/${OWNER}/${REPO}/actions/runs/4242`;

type Report = Array<{ id: string; status: string; title: string; detail: string; fix?: string }>;
const report = (r: RunResult) => JSON.parse(r.outputs.report) as Report;
const check = (r: RunResult, id: string) => report(r).find(c => c.id === id);
/**
 * The check's row of the job summary table (the `report` output has no fix; the summary has it), as it
 * reads: without the invisible word joiners that keep GitHub from linking URLs in text.
 */
const summaryRow = (r: RunResult, id: string) =>
  (r.summary.split('\n').find(l => l.includes(`<sub>${id}</sub>`)) ?? '').replace(/\u2060/g, '');
/** stdout without the `::add-mask::` commands (which must carry the secrets). */
const visible = (stdout: string) =>
  stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n');

let emu: Auth0Emulator;
let admin: { clientId: string; clientSecret: string };
const closers: Array<() => Promise<void>> = [];

beforeEach(async () => {
  emu = await startAuth0Emulator();
  admin = emu.createAdminApp();
});
afterEach(async () => {
  while (closers.length) await closers.pop()!();
  await emu.close();
});

const tmp = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));

const addGoodApp = (overrides: Partial<EmuClient> = {}) => addDesiredIngestionApp(emu, overrides);

const jwksUrl = () => `https://${emu.domain}/.well-known/jwks.json`;
/** Where people open OpenMetadata: the login app's callback and the server's callbackUrl. */
const OM_URL = 'https://openmetadata.example.com';
/** Its own JWKS as the server fetches it (unreachable here: only its presence in publicKeyUrls counts). */
const OWN_JWKS = 'http://127.0.0.1:1/api/v1/system/config/jwks';

/** The login application people sign in with, as the guide has it made: a SPA for a public client. */
const addLoginApp = (overrides: Partial<EmuClient> = {}) =>
  emu.addClient({
    name: 'OpenMetadata',
    app_type: 'spa',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    callbacks: [`${OM_URL}/callback`],
    web_origins: [OM_URL],
    ...overrides
  });

/**
 * An OpenMetadata server set up for this tenant as the guide says: provider auth0, the tenant's authority,
 * both key URLs (so it trusts the Auth0 emulator's JWKS), a SPA login app, no admin principal "admin".
 */
async function startOm(
  options: Partial<Parameters<typeof startOpenMetadataServer>[0]> = {}
): Promise<OpenMetadataServer> {
  const login = addLoginApp();
  const om = await startOpenMetadataServer({
    publicKeyUrls: [OWN_JWKS, jwksUrl()],
    users: [],
    caPath: emu.caPath,
    authentication: {
      provider: 'auth0',
      providerName: '',
      authority: `https://${emu.domain}`,
      clientId: login.client_id,
      callbackUrl: `${OM_URL}/callback`,
      clientType: 'public'
    },
    authorizer: { adminPrincipals: ['jane.doe'], principalDomain: 'example.com' },
    ...options
  });
  closers.push(() => om.close());
  return om;
}

/** The checks of the server's settings (server-auth-check.ts), by id. */
const SETTINGS_IDS = [
  'openmetadata.auth.provider',
  'openmetadata.auth.authority',
  'openmetadata.auth.tenant-jwks',
  'openmetadata.auth.server-jwks',
  'openmetadata.auth.client',
  'openmetadata.auth.callback',
  'openmetadata.auth.exposed-secret',
  'openmetadata.signing-key',
  'openmetadata.default-admin',
  'openmetadata.authorizer.admin-principal'
];
const statuses = (r: RunResult, ids = SETTINGS_IDS) =>
  Object.fromEntries(ids.map(id => [id, check(r, id)?.status]));
const allPass = (except: Record<string, string> = {}) =>
  Object.fromEntries(SETTINGS_IDS.map(id => [id, except[id] ?? 'pass']));

async function startGh(): Promise<GitHubApi> {
  const gh = await startGitHubApi({ token: GH_TOKEN, owner: OWNER, repo: REPO });
  closers.push(() => gh.close());
  return gh;
}

function ghEnv(gh: GitHubApi, extra: Record<string, string> = {}): Record<string, string> {
  return {
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_RUN_ID: '4242',
    ...extra
  };
}

/** mode verify with the OpenMetadata check, as the scheduled workflow of the README runs it. */
function verify(
  om: { hostPort: string },
  inputs: Record<string, string> = {},
  env: Record<string, string> = {}
): Promise<RunResult> {
  return runAction({
    inputs: {
      mode: 'verify',
      'auth0-domain': emu.domain,
      'management-client-id': admin.clientId,
      'management-client-secret': admin.clientSecret,
      'openmetadata-check': 'true',
      'openmetadata-host-port': om.hostPort,
      ...inputs
    },
    env,
    caPath: emu.caPath
  });
}

/** Every credential a run knows: none may appear in what it writes to GitHub. */
function secretsOf(app: EmuClient, ...runs: RunResult[]): string[] {
  const tokens = runs.map(r => r.outputs['access-token']).filter((t): t is string => !!t);
  return [admin.clientSecret, app.client_secret!, GH_TOKEN, ...tokens, ...tokens.map(t => t.split('.')[2])];
}

function expectNoSecrets(texts: Array<string | null>, secrets: string[]): void {
  for (const text of texts) for (const secret of secrets) expect(text ?? '').not.toContain(secret);
}

/** A raw HTTP server answering every request with `answer` (a proxy in front of nothing): its hostPort. */
async function startRawServer(answer: RawAnswer): Promise<string> {
  const server = http.createServer(answer);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise(resolve => server.close(() => resolve())));
  closers.push(async () => void server.closeAllConnections());
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
}

/** Broken answers, as a failing server or proxy sends them. */
const broken = {
  /** 200, the start of a JSON body, then a space every 100 ms: never complete. */
  slowDrip: ((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"version":"1.7.1"');
    const timer = setInterval(() => res.write(' '), 100);
    res.on('close', () => clearInterval(timer));
  }) as RawAnswer,
  /** 200 announcing 1000 bytes, then the connection reset after a few. */
  resetMidBody: ((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1000 });
    res.write('{"provider":"au');
    setTimeout(() => res.socket?.resetAndDestroy(), 50);
  }) as RawAnswer,
  json:
    (status: number, body: string, contentType = 'application/json'): RawAnswer =>
    (_req, res) => {
      res.writeHead(status, { 'content-type': contentType });
      res.end(body);
    }
};
const PROXY_PAGE = '<html><head><title>Sign in</title></head><body><h1>Proxy login</h1></body></html>';

describe('openmetadata-check (verify)', () => {
  it('passes when the server trusts the tenant JWKS and the principal exists', async () => {
    const app = addGoodApp();
    const om = await startOm({ users: [{ name: app.client_id.toLowerCase(), isBot: true }] });
    const r = await verify(om);
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(check(r, 'openmetadata.version')).toMatchObject({ status: 'pass' });
    expect(check(r, 'openmetadata.version')?.detail).toContain('1.7.1');
    expect(check(r, 'openmetadata.login')).toMatchObject({ status: 'pass' });
    expect(check(r, 'openmetadata.login')?.detail).toContain(`"${app.client_id.toLowerCase()}"`);
    expect(check(r, 'openmetadata.login')?.detail).toContain('(a bot)');
    // The server saw the bearer token and derived the principal from sub.
    const login = om.requests.find(q => q.path === '/api/v1/users/loggedInUser');
    expect(login).toMatchObject({ authorization: true, status: 200, principal: app.client_id.toLowerCase() });
    expect(om.requests.find(q => q.path === '/api/v1/system/version')?.authorization).toBe(false);
    expect(r.summary).toContain('openmetadata.login');
    expectNoSecrets([r.summary, visible(r.stdout), r.outputs.report], secretsOf(app, r));
  });

  it('fails when the server lacks the tenant JWKS in its publicKeyUrls, naming the URL to add', async () => {
    const app = addGoodApp();
    const om = await startOm({
      publicKeyUrls: ['http://127.0.0.1:1/api/v1/system/config/jwks'],
      users: [{ name: app.client_id.toLowerCase(), isBot: true }]
    });
    const r = await verify(om);
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    expect(check(r, 'openmetadata.version')?.status).toBe('pass');
    const login = check(r, 'openmetadata.login')!;
    expect(login.status).toBe('fail');
    expect(login.detail).toMatch(/signing key not found/i);
    expect(summaryRow(r, 'openmetadata.login')).toContain(
      `Add https://${emu.domain}/.well-known/jwks.json to authenticationConfiguration.publicKeyUrls`
    );
    expect(r.stdout).toMatch(/::error::.*openmetadata\.login/);
  });

  it('fails on an unknown principal, naming the lower-cased client id', async () => {
    const app = addGoodApp();
    expect(app.client_id).not.toBe(app.client_id.toLowerCase()); // the lower-casing is visible
    const om = await startOm();
    const r = await verify(om);
    expect(r.code).toBe(1);
    const login = check(r, 'openmetadata.login')!;
    expect(login.status).toBe('fail');
    expect(login.detail).toContain(`no user named "${app.client_id.toLowerCase()}"`);
    expect(summaryRow(r, 'openmetadata.login')).toContain(`add a bot named ${app.client_id.toLowerCase()}`);
  });

  it('fails on a token the server finds expired (the action itself allows 60 s of clock skew)', async () => {
    // Tokens expire 5 s before they are issued: jose's 60 s clock tolerance still accepts them (so the
    // action's own token.verify passes), OpenMetadata's JwtFilter compares exp strictly and refuses.
    // Token-only verify: the Management API would refuse such a token for the admin app too.
    await emu.close();
    emu = await startAuth0Emulator({ tokenLifetimeSeconds: -5 });
    const app = addGoodApp();
    const om = await startOm({ users: [{ name: app.client_id.toLowerCase(), isBot: true }] });
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'client-id': app.client_id,
        'client-secret': app.client_secret!,
        'openmetadata-check': 'true',
        'openmetadata-host-port': om.hostPort
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    expect(check(r, 'token.verify')?.status).toBe('pass');
    const login = check(r, 'openmetadata.login')!;
    expect(login.status).toBe('fail');
    expect(login.detail).toContain('Expired token!');
    expect(summaryRow(r, 'openmetadata.login')).toMatch(/clock/i);
  });

  it('fails as unreachable, with the URL, when nothing listens', async () => {
    addGoodApp();
    const hostPort = `http://127.0.0.1:${await closedPort()}/api`;
    const r = await verify({ hostPort });
    expect(r.code).toBe(1);
    const version = check(r, 'openmetadata.version')!;
    expect(version.status).toBe('fail');
    expect(version.detail).toContain('unreachable');
    expect(version.detail).toContain(`${hostPort}/v1/system/version`);
    expect(check(r, 'openmetadata.login')?.status).toBe('skip');
    // One failed check for the server, not one per endpoint: the settings checks defer to it.
    expect(
      report(r)
        .filter(c => c.status === 'fail')
        .map(c => c.id)
    ).toEqual(['openmetadata.version']);
    const settings = report(r).filter(c => /^openmetadata\.(auth|signing|default|authorizer)/.test(c.id));
    expect(settings).toEqual([
      expect.objectContaining({
        id: 'openmetadata.auth.settings',
        status: 'skip',
        detail: expect.stringMatching(/unreachable.*openmetadata\.version/)
      })
    ]);
  });

  it('names an endless answer (a proxy streaming pages) as too large and stops reading, within the bound', async () => {
    addGoodApp();
    // Every GET: 200 and a body that never ends (64 KiB every few ms), as a misrouted proxy might send.
    const hostPort = await startRawServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const timer = setInterval(() => res.write(chunk), 2);
      res.on('close', () => clearInterval(timer));
    });
    const started = Date.now();
    const r = await verify({ hostPort }, { 'timeout-seconds': '30' });
    // Reading stops at 1 MiB: the run does not wait for the 30 s bound.
    expect(Date.now() - started).toBeLessThan(15_000);
    const version = check(r, 'openmetadata.version')!;
    expect(version.status).toBe('warn');
    expect(version.detail).toContain(`${hostPort}/v1/system/version answered HTTP 200 with more than 1 MiB`);
    expect(check(r, 'openmetadata.login')).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining(
        `${hostPort}/v1/users/loggedInUser answered HTTP 200 with more than 1 MiB`
      )
    });
    // Never judged: the cut body is not taken for the admin account, nor for a JWKS without the quickstart key.
    expect(check(r, 'openmetadata.default-admin')).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining('users/name/admin answered HTTP 200 with more than 1 MiB')
    });
    expect(check(r, 'openmetadata.signing-key')?.status).toBe('skip');
    expect(report(r).some(c => c.id === 'action.error')).toBe(false);
    // Nothing of the server could be checked: the run must not pass. The settings check is the one that
    // fails (config/auth gave no settings), as for any other answer that is not OpenMetadata's.
    expect(
      report(r)
        .filter(c => c.status === 'fail')
        .map(c => c.id)
    ).toEqual(['openmetadata.auth.settings']);
    expect(check(r, 'openmetadata.auth.settings')?.detail).toContain(
      `${hostPort}/v1/system/config/auth answered HTTP 200 with more than 1 MiB`
    );
    expect(r.code).toBe(1);
  });

  it('a proxy answering every path with a login page: named per check, never "the default admin exists"', async () => {
    addGoodApp();
    const hostPort = await startRawServer(broken.json(200, PROXY_PAGE, 'text/html'));
    const r = await verify({ hostPort });
    expect(check(r, 'openmetadata.default-admin')).toMatchObject({
      status: 'warn',
      detail: `Could not check: GET ${hostPort}/v1/users/name/admin answered HTTP 200, but not with the user admin ("Sign in Proxy login").`
    });
    expect(summaryRow(r, 'openmetadata.default-admin')).toContain('not at a proxy');
    expect(check(r, 'openmetadata.login')?.status).toBe('warn');
    expect(
      report(r)
        .filter(c => c.status === 'fail')
        .map(c => c.id)
    ).toEqual(['openmetadata.auth.settings']);
    expect(r.code).toBe(1);
  });

  it('answers that start but never complete are named as such, not as an unreachable server', async () => {
    const app = addGoodApp();
    const om = await startOm({ users: [{ name: app.client_id.toLowerCase(), isBot: true }] });
    om.answer('/api/v1/system/version', broken.slowDrip);
    om.answer('/api/v1/users/loggedInUser', broken.slowDrip);
    const r = await verify(om, { 'timeout-seconds': '2' });
    const version = check(r, 'openmetadata.version')!;
    expect(version).toMatchObject({
      status: 'warn',
      detail: `GET ${om.hostPort}/v1/system/version answered HTTP 200, but the answer did not complete within 2 s: the server is reachable, but this answer could not be read.`
    });
    // The server answered: the token is still presented to it (not skipped as unreachable).
    const login = check(r, 'openmetadata.login')!;
    expect(login).toMatchObject({
      status: 'fail',
      detail: `GET ${om.hostPort}/v1/users/loggedInUser answered HTTP 200, but the answer did not complete within 2 s: the server is reachable, but this answer could not be read.`
    });
    expect(summaryRow(r, 'openmetadata.login')).toContain('server log');
    expect(JSON.stringify(report(r))).not.toContain('unreachable');
    expect(statuses(r)).toEqual(allPass());
    expect(r.code).toBe(1);
  });

  it('warns on a user lookup that answers 200 with null, never an unexpected error', async () => {
    addGoodApp();
    const om = await startOm();
    om.answer('/api/v1/users/loggedInUser', broken.json(200, 'null'));
    const r = await verify(om);
    expect(check(r, 'action.error')).toBeUndefined();
    expect(check(r, 'openmetadata.login')).toMatchObject({
      status: 'warn',
      detail: `GET ${om.hostPort}/v1/users/loggedInUser answered 200, but not with a user: null.`
    });
    expect(summaryRow(r, 'openmetadata.login')).toContain('must end in /api');
    expect(r.code).toBe(0);
  });

  it('fails once, naming openmetadata-url, when only that address is unreachable', async () => {
    const app = addGoodApp();
    const om = await startOm({ users: [{ name: app.client_id.toLowerCase(), isBot: true }] });
    const url = `http://127.0.0.1:${await closedPort()}`;
    const r = await verify(om, { 'openmetadata-url': url });
    expect(r.code).toBe(1);
    expect(
      report(r)
        .filter(c => c.status === 'fail')
        .map(c => c.id)
    ).toEqual(['openmetadata.auth.settings']);
    expect(check(r, 'openmetadata.auth.settings')?.detail).toContain(
      `unreachable at ${url}/api/v1/system/config/auth`
    );
    expect(check(r, 'openmetadata.login')?.status).toBe('pass');
  });

  it('warns (and still passes) when the server version differs from openmetadata-version', async () => {
    const app = addGoodApp();
    const om = await startOm({ version: '1.6.4', users: [{ name: app.client_id.toLowerCase() }] });
    const r = await verify(om, { 'openmetadata-version': '1.7' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    const version = check(r, 'openmetadata.version')!;
    expect(version.status).toBe('warn');
    expect(version.detail).toContain('1.6.4');
    expect(summaryRow(r, 'openmetadata.version')).toContain("openmetadata-version: '1.6'");
    expect(check(r, 'openmetadata.login')?.status).toBe('pass');
    expect(check(r, 'openmetadata.login')?.detail).toContain('not a bot');
  });

  it('trusts a private CA given as openmetadata-ca-certificate (and only then)', async () => {
    // The Auth0 emulator and tls.ts share one process-wide CA, the one the child trusts; OpenMetadata
    // gets its certificate from another CA.
    expect(readFileSync(emu.caPath, 'utf8')).toBe(testCaPem());
    const privateCa = createPrivateCa();
    expect(privateCa.caPem).not.toBe(testCaPem());
    const dir = tmp('om-private-ca-');
    const caFile = path.join(dir, 'openmetadata-ca.pem');
    writeFileSync(caFile, privateCa.caPem);

    const app = addGoodApp();
    const om = await startOm({
      tls: { key: privateCa.key, cert: privateCa.cert },
      users: [{ name: app.client_id.toLowerCase(), isBot: true }]
    });
    expect(om.hostPort).toMatch(/^https:/);

    const untrusted = await verify(om);
    expect(untrusted.code).toBe(1);
    const tlsFail = check(untrusted, 'openmetadata.version')!;
    expect(tlsFail.detail).toMatch(/unreachable.*TLS verification failed/);
    expect(summaryRow(untrusted, 'openmetadata.version')).toContain('set openmetadata-ca-certificate');

    const trusted = await verify(om, { 'openmetadata-ca-certificate': caFile });
    expect(trusted.code).toBe(0);
    expect(check(trusted, 'openmetadata.version')?.status).toBe('pass');
    expect(check(trusted, 'openmetadata.login')?.status).toBe('pass');
  });
});

describe("the server's authentication settings (openmetadata-check)", () => {
  /** A healthy pair: the ingestion app and a server whose settings agree with the tenant. */
  async function healthy() {
    const app = addGoodApp();
    const om = await startOm({ users: [{ name: app.client_id.toLowerCase(), isBot: true }] });
    return { app, om };
  }

  it('passes every check against a correct server, reading system/version once', async () => {
    const { om } = await healthy();
    const r = await verify(om);
    expect(r.code).toBe(0);
    expect(statuses(r)).toEqual(allPass());
    expect(check(r, 'openmetadata.version')?.status).toBe('pass');
    expect(check(r, 'openmetadata.login')?.status).toBe('pass');
    expect(om.requests.filter(q => q.path === '/api/v1/system/version')).toHaveLength(1);
    // The public endpoints are read without a token, the admin lookup with it.
    const configReads = om.requests.filter(q => q.path.startsWith('/api/v1/system/config/'));
    expect(configReads.map(q => q.path).sort()).toEqual([
      '/api/v1/system/config/auth',
      '/api/v1/system/config/authorizer',
      '/api/v1/system/config/jwks'
    ]);
    expect(configReads.every(q => !q.authorization)).toBe(true);
    expect(om.requests.find(q => q.path === '/api/v1/users/name/admin')).toMatchObject({
      authorization: true,
      status: 404
    });
    expect(check(r, 'openmetadata.auth.client')?.detail).toContain('Single Page Application');
  });

  const mismatches: Array<[string, string, (om: OpenMetadataServer) => void, RegExp]> = [
    [
      'provider',
      'openmetadata.auth.provider',
      om => om.configure({ authentication: { provider: 'basic' } }),
      /AUTHENTICATION_PROVIDER=auth0/
    ],
    [
      'authority',
      'openmetadata.auth.authority',
      om => om.configure({ authentication: { authority: 'https://other.eu.auth0.com' } }),
      /AUTHENTICATION_AUTHORITY=https:\/\/127\.0\.0\.1/
    ],
    [
      'missing tenant JWKS',
      'openmetadata.auth.tenant-jwks',
      om => om.configure({ authentication: { publicKeyUrls: [OWN_JWKS] } }),
      /\.well-known\/jwks\.json to AUTHENTICATION_PUBLIC_KEYS/
    ],
    [
      'missing own jwks',
      'openmetadata.auth.server-jwks',
      om => om.configure({ authentication: { publicKeyUrls: [jwksUrl()] } }),
      /\/api\/v1\/system\/config\/jwks to AUTHENTICATION_PUBLIC_KEYS/
    ],
    [
      'clientId of another type',
      'openmetadata.auth.client',
      om =>
        om.configure({
          authentication: {
            clientId: addLoginApp({ name: 'OpenMetadata Web', app_type: 'regular_web' }).client_id
          }
        }),
      /Point AUTHENTICATION_CLIENT_ID at a Single Page Application/
    ],
    [
      'callback missing',
      'openmetadata.auth.callback',
      om => om.configure({ authentication: { callbackUrl: 'https://elsewhere.example.com/callback' } }),
      /Allowed Callback URLs/
    ],
    [
      'exposed secret',
      'openmetadata.auth.exposed-secret',
      om =>
        om.configure({
          authentication: { oidcConfiguration: { id: 'x', type: 'auth0', secret: 'ExposedOidcSecret4242' } }
        }),
      /Rotate the client secret/
    ]
  ];

  it.each(mismatches)('fails on the %s alone, naming the fix', async (_name, id, breakIt, fix) => {
    const { om } = await healthy();
    breakIt(om);
    const r = await verify(om);
    expect(r.code).toBe(1);
    // Without the tenant JWKS the server refuses the token too: the admin lookup can then tell nothing.
    const knockOn: Record<string, string> =
      id === 'openmetadata.auth.tenant-jwks' ? { 'openmetadata.default-admin': 'skip' } : {};
    expect(statuses(r)).toEqual(allPass({ [id]: 'fail', ...knockOn }));
    expect(summaryRow(r, id)).toMatch(fix);
    expect(visible(r.stdout) + r.summary + r.outputs.report).not.toContain('ExposedOidcSecret4242');
  });

  it('fails on the quickstart signing key, with the new key pair as the fix', async () => {
    const { om } = await healthy();
    om.configure({ quickstartKey: true });
    const r = await verify(om);
    expect(r.code).toBe(1);
    expect(statuses(r)).toEqual(allPass({ 'openmetadata.signing-key': 'fail' }));
    expect(check(r, 'openmetadata.signing-key')?.detail).toMatch(/quickstart key.*forge a token/s);
    for (const word of [
      'RSA_PUBLIC_KEY_FILE_PATH',
      'RSA_PRIVATE_KEY_FILE_PATH',
      'regenerate every bot token'
    ])
      expect(summaryRow(r, 'openmetadata.signing-key')).toContain(word);
  });

  it.each([
    [
      'cut mid-body',
      broken.resetMidBody,
      'answered HTTP 200, but the connection broke mid-answer (ECONNRESET)'
    ],
    ['too slow to complete', broken.slowDrip, 'answered HTTP 200, but the answer did not complete within 2 s']
  ])(
    'config/auth %s (the server answers otherwise): named on that endpoint; the checks without it still run',
    async (_name, answer, cause) => {
      const { om } = await healthy();
      om.answer('/api/v1/system/config/auth', answer);
      const r = await verify(om, { 'timeout-seconds': '2' });
      expect(check(r, 'openmetadata.version')?.status).toBe('pass');
      expect(check(r, 'openmetadata.auth.settings')).toMatchObject({
        status: 'fail',
        detail: `GET ${new URL(om.hostPort).origin}/api/v1/system/config/auth ${cause}: the server's authentication settings cannot be checked.`
      });
      expect(summaryRow(r, 'openmetadata.auth.settings')).toContain('server log');
      // The six checks that compare config/auth are one record; the four others do not need it.
      expect(statuses(r)).toEqual({
        ...Object.fromEntries(SETTINGS_IDS.map(id => [id, undefined])),
        'openmetadata.auth.exposed-secret': 'pass',
        'openmetadata.signing-key': 'pass',
        'openmetadata.default-admin': 'pass',
        'openmetadata.authorizer.admin-principal': 'pass'
      });
      expect(r.code).toBe(1);
    }
  );

  it.each([
    [
      'an HTML page with 200',
      broken.json(200, PROXY_PAGE, 'text/html'),
      'answered HTTP 200, but not with the user admin ("Sign in Proxy login")'
    ],
    ['HTTP 500', broken.json(500, '{"code":500,"message":"boom"}'), 'answered HTTP 500 ("boom")'],
    [
      'a body cut mid-way',
      broken.resetMidBody,
      'answered HTTP 200, but the connection broke mid-answer (ECONNRESET)'
    ]
  ])(
    'warns with the cause when users/name/admin answers %s: the check could not be made',
    async (_name, answer, cause) => {
      const { om } = await healthy();
      om.answer('/api/v1/users/name/admin', answer);
      const r = await verify(om);
      expect(r.code).toBe(0);
      expect(statuses(r)).toEqual(allPass({ 'openmetadata.default-admin': 'warn' }));
      expect(check(r, 'openmetadata.default-admin')?.detail).toBe(
        `Could not check: GET ${new URL(om.hostPort).origin}/api/v1/users/name/admin ${cause}.`
      );
    }
  );

  it.each([
    ['config/jwks', 'openmetadata.signing-key', { keys: { kid: 'a' } }, '"keys" as an object'],
    ['config/jwks', 'openmetadata.signing-key', { keys: null }, '"keys" as null'],
    [
      'config/authorizer',
      'openmetadata.authorizer.admin-principal',
      { adminPrincipals: 'admin' },
      '"adminPrincipals" as a string'
    ],
    ['config/authorizer', 'openmetadata.authorizer.admin-principal', null, 'null']
  ])('warns on %s of another shape (%j), naming it', async (endpoint, id, body, shape) => {
    const { om } = await healthy();
    om.answer(`/api/v1/system/${endpoint}`, broken.json(200, JSON.stringify(body)));
    const r = await verify(om);
    expect(r.code).toBe(0);
    expect(statuses(r)).toEqual(allPass({ [id]: 'warn' }));
    expect(check(r, id)?.detail).toBe(
      `Could not check: GET ${new URL(om.hostPort).origin}/api/v1/system/${endpoint} answered ${shape}, not the shape OpenMetadata serves.`
    );
    expect(summaryRow(r, id)).toContain('points at the OpenMetadata server itself');
  });

  it('fails while the default admin account exists', async () => {
    const { om } = await healthy();
    om.addUser({ name: 'admin', isAdmin: true });
    const r = await verify(om);
    expect(r.code).toBe(1);
    expect(statuses(r)).toEqual(allPass({ 'openmetadata.default-admin': 'fail' }));
    expect(summaryRow(r, 'openmetadata.default-admin')).toContain('delete the user admin');
  });

  it('skips the admin lookup with the reason on 403, and warns on admin among adminPrincipals', async () => {
    const { om } = await healthy();
    om.configure({ forbidUserLookup: true, authorizer: { adminPrincipals: ['admin', 'jane.doe'] } });
    const r = await verify(om);
    expect(r.code).toBe(0);
    expect(statuses(r)).toEqual(
      allPass({ 'openmetadata.default-admin': 'skip', 'openmetadata.authorizer.admin-principal': 'warn' })
    );
    expect(check(r, 'openmetadata.default-admin')?.detail).toMatch(/HTTP 403.*ViewBasic/);
  });

  it('skips the clientId and callback checks without Management API access; compares sso-client-type', async () => {
    const { app, om } = await healthy();
    const tokenOnly = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'client-id': app.client_id,
        'client-secret': app.client_secret!,
        'openmetadata-check': 'true',
        'openmetadata-host-port': om.hostPort
      },
      caPath: emu.caPath
    });
    expect(tokenOnly.code).toBe(0);
    expect(statuses(tokenOnly)).toEqual(
      allPass({ 'openmetadata.auth.client': 'skip', 'openmetadata.auth.callback': 'skip' })
    );
    expect(check(tokenOnly, 'openmetadata.auth.client')?.detail).toMatch(/no Management API access/);

    const origin = new URL(om.hostPort).origin; // the server's settings are read from openmetadata-url
    const confidential = await verify(om, { 'sso-client-type': 'confidential', 'openmetadata-url': origin });
    expect(confidential.code).toBe(1);
    expect(check(confidential, 'openmetadata.auth.client')).toMatchObject({
      status: 'fail',
      detail: "sso-client-type is confidential, but the server's clientType is public."
    });
  });
});

describe('issue-on-failure', () => {
  it('keeps one issue per issue-label: a passing stage does not close the issue of another stage', async () => {
    const app = addGoodApp();
    const om = await startOm();
    const gh = await startGh();
    const stage = (name: string) => ({
      'issue-on-failure': 'true',
      'github-token': GH_TOKEN,
      'issue-label': `openmetadata-auth0-health-${name}`
    });
    om.configure({ quickstartKey: true });
    const dev = await verify(om, stage('dev'), ghEnv(gh));
    expect(dev.code).toBe(1);
    expect(gh.issues).toHaveLength(1);
    const [issue] = gh.issues;
    expect(issue.labels.map(l => l.name)).toEqual(['openmetadata-auth0-health-dev']);
    expect(issue.title).toContain('(openmetadata-auth0-health-dev)');

    // Another stage passes: the dev issue stays open.
    om.configure({ quickstartKey: false });
    om.addUser({ name: app.client_id.toLowerCase(), isBot: true });
    const prod = await verify(om, stage('prod'), ghEnv(gh));
    expect(prod.code).toBe(0);
    expect(issue.state).toBe('open');
    // The dev stage passes again: its own issue is closed.
    const devAgain = await verify(om, stage('dev'), ghEnv(gh));
    expect(devAgain.code).toBe(0);
    expect(issue.state).toBe('closed');
  });

  it('opens one issue, comments on repeated failures, and comments and closes it on recovery', async () => {
    const app = addGoodApp();
    const principal = app.client_id.toLowerCase();
    const om = await startOm();
    const gh = await startGh();
    const inputs = { 'issue-on-failure': 'true', 'github-token': GH_TOKEN };

    // 1. The principal's user is missing and the server signs with the quickstart key: both checks fail
    // and one issue is opened.
    om.configure({ quickstartKey: true });
    const first = await verify(om, inputs, ghEnv(gh));
    expect(first.code).toBe(1);
    expect(first.outputs.result).toBe('fail');
    expect(gh.issues).toHaveLength(1);
    const [issue] = gh.issues;
    expect(issue.state).toBe('open');
    expect(issue.labels.map(l => l.name)).toEqual([LABEL]);
    expect(issue.body).toContain(RUN_URL);
    expect(issue.body).toContain('openmetadata.login');
    expect(issue.body).toContain(principal);
    expect(issue.body).toContain(`**Fix:** Create the principal "${principal}"`);
    expect(issue.body).toContain('openmetadata.signing-key');
    expect(issue.body).toContain('RSA_PRIVATE_KEY_FILE_PATH');
    expect(issue.body).not.toContain('openmetadata.auth.provider'); // passed
    expect(issue.body).not.toContain('openmetadata.version'); // only the failed checks
    expect(check(first, 'github.issue')).toMatchObject({ status: 'pass' });
    expect(check(first, 'github.issue')?.detail).toContain(`#${issue.number}`);
    expect(gh.requests.every(q => q.authorization === `token ${GH_TOKEN}`)).toBe(true);

    // 2. Still failing: a comment on the same issue, never a second issue.
    const second = await verify(om, inputs, ghEnv(gh));
    expect(second.code).toBe(1);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues.filter(i => !i.pull_request)).toHaveLength(1);
    expect(gh.comments).toHaveLength(1);
    expect(gh.comments[0]).toMatchObject({ issue_number: issue.number });
    expect(gh.comments[0].body).toContain('Still failing');
    expect(gh.comments[0].body).toContain(RUN_URL);
    expect(gh.comments[0].body).toContain('openmetadata.login');
    expect(gh.comments[0].body).toContain('openmetadata.signing-key');
    expect(issue.state).toBe('open');

    // 3. The user was created and the key replaced: the checks pass, the issue gets a comment and is closed.
    om.addUser({ name: principal, isBot: true });
    om.configure({ quickstartKey: false });
    const third = await verify(om, inputs, ghEnv(gh));
    expect(third.code).toBe(0);
    expect(third.outputs.result).toBe('pass');
    expect(gh.comments).toHaveLength(2);
    expect(gh.comments[1].body).toMatch(/passes again/);
    expect(gh.comments[1].body).toContain(RUN_URL);
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    expect(gh.issues).toHaveLength(1);

    // A further passing run finds no open issue and writes nothing.
    const writesBefore = gh.requests.filter(q => q.method !== 'GET').length;
    const fourth = await verify(om, inputs, ghEnv(gh));
    expect(fourth.code).toBe(0);
    expect(gh.requests.filter(q => q.method !== 'GET')).toHaveLength(writesBefore);

    expectNoSecrets(
      [issue.title, issue.body, ...gh.comments.map(c => c.body)],
      secretsOf(app, first, second, third, fourth)
    );
  });

  it('turns a 403 from GitHub into a warning; the checks alone decide the result', async () => {
    const app = addGoodApp();
    const om = await startOm();
    const gh = await startGh();
    gh.forbid({ method: 'POST' });
    gh.forbid({ method: 'PATCH' });
    const inputs = { 'issue-on-failure': 'true', 'github-token': GH_TOKEN };

    const failing = await verify(om, inputs, ghEnv(gh));
    expect(failing.code).toBe(1);
    expect(failing.outputs.result).toBe('fail');
    expect(check(failing, 'action.error')).toBeUndefined();
    expect(check(failing, 'github.issue')?.status).toBe('warn');
    expect(check(failing, 'github.issue')?.detail).toContain('issues: write');
    expect(failing.annotations).toContainEqual(
      expect.objectContaining({ level: 'warning', message: expect.stringMatching(/403.*issues: write/s) })
    );
    // The ::error:: lines are the failed health check (its cause and fix), then the short failure line naming it;
    // none is about the GitHub step.
    const errors = failing.annotations.filter(a => a.level === 'error');
    expect(errors).toHaveLength(2);
    expect(errors[0].props.title).toBe(check(failing, 'openmetadata.login')?.title);
    expect(errors[0].message).toMatch(/ Fix: /);
    expect(errors[1].message).toContain('openmetadata.login');
    expect(gh.issues).toHaveLength(0);

    // A passing run that may not close the open issue still passes.
    gh.addIssue({ title: 'OpenMetadata ingestion credentials: health check failing', labels: [LABEL] });
    om.addUser({ name: app.client_id.toLowerCase(), isBot: true });
    const passing = await verify(om, inputs, ghEnv(gh));
    expect(passing.code).toBe(0);
    expect(passing.outputs.result).toBe('pass');
    expect(check(passing, 'github.issue')?.status).toBe('warn');
    expect(gh.issues[0].state).toBe('open');
  });
  it('turns a GitHub answer of the wrong shape (a proxy page) into a warning, never an unexpected error', async () => {
    addGoodApp();
    const om = await startOm();
    const gh = await startGh();
    gh.answer(
      { method: 'GET', path: `/repos/${OWNER}/${REPO}/issues` },
      { body: '<html><body>Sign in to the proxy</body></html>', contentType: 'text/html' }
    );
    const r = await verify(om, { 'issue-on-failure': 'true', 'github-token': GH_TOKEN }, ghEnv(gh));
    expect(r.code).toBe(1); // the health check itself fails: no OpenMetadata user for the app
    expect(check(r, 'action.error')).toBeUndefined();
    expect(check(r, 'github.issue')?.status).toBe('warn');
    expect(check(r, 'github.issue')?.detail).toContain(
      `GET /repos/${OWNER}/${REPO}/issues failed: the answer was an HTML page (from a proxy?), not a list of issues`
    );
    expect(gh.issues).toHaveLength(0);
  });
});

describe('comment-on-pr', () => {
  const LITERAL = 'LiteralSecretValue987';
  const bad = `source:
  type: mysql
  serviceName: local_mysql
  sourceConfig:
    config:
      type: DatabaseMetadata
sink:
  type: metadata-rest
  config: {}
workflowConfig:
  loggerLevel: WARNING
  openMetadataServerConfig:
    hostPort: http://localhost:8585/api
    authProvider: openmetadata
    securityConfig:
      jwtToken: ${LITERAL}
`;
  const good = bad
    .replace('loggerLevel: WARNING', 'loggerLevel: INFO')
    .replace(`jwtToken: ${LITERAL}`, 'jwtToken: ${OPENMETADATA_JWT_TOKEN}');

  /** A checked-out repository with one ingestion file, and a pull_request event for PR `number`. */
  function prRun(gh: GitHubApi, number: number, file: string) {
    const dir = tmp('om-pr-');
    const workspace = path.join(dir, 'ws');
    mkdirSync(path.join(workspace, 'ingestion'), { recursive: true });
    writeFileSync(path.join(workspace, 'ingestion', 'mysql.yaml'), file);
    const eventPath = path.join(dir, 'event.json');
    writeFileSync(
      eventPath,
      JSON.stringify({ action: 'synchronize', number, pull_request: { number, head: { ref: 'feature' } } })
    );
    return { workspace, env: ghEnv(gh, { GITHUB_EVENT_PATH: eventPath, GITHUB_EVENT_NAME: 'pull_request' }) };
  }

  it('validate: one comment with the marker, updated in place by the next run', async () => {
    const gh = await startGh();
    const pr = gh.addIssue({ title: 'Add MySQL ingestion', pullRequest: true });
    const human = gh.addComment(pr.number, 'Looks good to me');
    const inputs = { mode: 'validate', 'comment-on-pr': 'true', 'github-token': GH_TOKEN };

    const first = await runAction({ inputs, ...prRun(gh, pr.number, bad) });
    expect(first.code).toBe(1); // the diagnostics decide
    expect(check(first, 'github.pr-comment')?.status).toBe('pass');
    const ours = gh.comments.filter(c => c.id !== human.id);
    expect(ours).toHaveLength(1);
    const comment = ours[0];
    expect(comment.issue_number).toBe(pr.number);
    expect(comment.body.startsWith(PR_MARKER)).toBe(true);
    expect(comment.body).toContain('ingestion/mysql.yaml');
    expect(comment.body).toMatch(/literal|secret/i);
    expect(comment.body).toContain('WARNING');
    const firstBody = comment.body;

    const second = await runAction({ inputs, ...prRun(gh, pr.number, good) });
    expect(second.code).toBe(0);
    expect(gh.comments).toHaveLength(2); // the person's and ours
    expect(comment.body).not.toBe(firstBody);
    expect(comment.body.startsWith(PR_MARKER)).toBe(true);
    expect(comment.body).toContain('validate: ✅ pass');
    expect(human.body).toBe('Looks good to me');
    expect(gh.requests.filter(q => q.method === 'PATCH').map(q => q.path)).toEqual([
      `/repos/${OWNER}/${REPO}/issues/comments/${comment.id}`
    ]);
    expect(gh.requests.filter(q => q.method === 'POST')).toHaveLength(1);
    expect(check(second, 'github.pr-comment')?.detail).toContain('in place');

    expectNoSecrets([firstBody, comment.body], [LITERAL, GH_TOKEN]);
    expectNoSecrets([visible(first.stdout), first.summary], [LITERAL, GH_TOKEN]);
  });

  it('validate on a fork pull request: a 403 skips the comment with a notice', async () => {
    const gh = await startGh();
    const pr = gh.addIssue({ title: 'From a fork', pullRequest: true });
    gh.forbid({ method: 'POST', path: `/repos/${OWNER}/${REPO}/issues/${pr.number}/comments` });
    const r = await runAction({
      inputs: { mode: 'validate', 'comment-on-pr': 'true', 'github-token': GH_TOKEN },
      ...prRun(gh, pr.number, good)
    });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(check(r, 'github.pr-comment')?.status).toBe('skip');
    expect(r.stdout).toMatch(/^::notice::.*403.*fork/m);
    expect(r.annotations.filter(a => a.level === 'error')).toEqual([]);
    expect(gh.comments).toHaveLength(0);
  });

  it('plan: posts the plan on the pull request, without secrets', async () => {
    const app = addGoodApp({ token_endpoint_auth_method: 'client_secret_post' });
    const gh = await startGh();
    const pr = gh.addIssue({ title: 'Tighten the ingestion app', pullRequest: true });
    const { env } = prRun(gh, pr.number, good);
    const r = await runAction({
      inputs: {
        mode: 'plan',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret,
        'comment-on-pr': 'true',
        'github-token': GH_TOKEN
      },
      env,
      caPath: emu.caPath
    });
    expect(r.code).toBe(0);
    expect(r.outputs['app-status']).toBe('drifted');
    expect(check(r, 'github.pr-comment')?.status).toBe('pass');
    expect(gh.comments).toHaveLength(1);
    const body = gh.comments[0].body;
    expect(body.startsWith(PR_MARKER)).toBe(true);
    expect(body).toContain('plan: ✅ pass');
    expect(body).toContain('Changes needed');
    expect(body).toContain('token_endpoint_auth_method');
    expect(body).toContain('client_secret_basic');
    expectNoSecrets([body], secretsOf(app, r));
  });
});
