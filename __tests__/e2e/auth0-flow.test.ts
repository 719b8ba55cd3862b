/**
 * End to end: the built dist/index.js, run as the GitHub runner runs it, against the Auth0 tenant
 * emulator over real HTTPS. Each test starts from its own tenant.
 */
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import {
  startAuth0Emulator,
  type Auth0Emulator,
  type EmuClient,
  type Fault
} from '../../test-support/auth0-emulator.js';
import { runAction, type RunResult } from '../../test-support/run-action.js';
import { addDesiredIngestionApp, MANAGED_MARK } from '../../test-support/tenant-fixtures.js';

const MARK = MANAGED_MARK;
let emu: Auth0Emulator;
let admin: { clientId: string; clientSecret: string };

beforeEach(async () => {
  emu = await startAuth0Emulator();
  admin = emu.createAdminApp();
});
afterEach(async () => {
  await emu.close();
});

function run(
  inputs: Record<string, string>,
  extra: { workspace?: string; env?: Record<string, string> } = {}
): Promise<RunResult> {
  return runAction({
    inputs: {
      'auth0-domain': emu.domain,
      'management-client-id': admin.clientId,
      'management-client-secret': admin.clientSecret,
      ...inputs
    },
    caPath: emu.caPath,
    ...extra
  });
}

const writes = () => emu.requests.filter(r => r.path.startsWith('/api/v2') && r.method !== 'GET');
const ingestionApps = () => emu.clients.filter(c => c.name === 'OpenMetadata Ingestion');
const report = (r: RunResult) =>
  JSON.parse(r.outputs.report) as Array<{ id: string; status: string; detail: string }>;
const check = (r: RunResult, id: string) => report(r).find(c => c.id === id);

const addGoodApp = (overrides: Record<string, unknown> = {}) =>
  addDesiredIngestionApp(emu, overrides as Partial<EmuClient>);

describe('provision', () => {
  it('creates the app and its grant on an empty tenant, smoke-tests it and renders the 1.7 workflowConfig', async () => {
    const r = await run({ mode: 'provision', scopes: 'read:users' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.outputs['app-status']).toBe('created');

    const [app] = ingestionApps();
    expect(ingestionApps()).toHaveLength(1);
    expect(app).toMatchObject({
      app_type: 'non_interactive',
      token_endpoint_auth_method: 'client_secret_basic',
      client_metadata: MARK
    });
    expect(app.grant_types).toContain('client_credentials');
    expect(emu.grants.filter(g => g.client_id === app.client_id)).toEqual([
      expect.objectContaining({ audience: emu.managementAudience, scope: ['read:users'] })
    ]);
    expect(r.outputs['client-id']).toBe(app.client_id);
    expect(JSON.parse(r.outputs.changes)).toEqual([
      { app: 'ingestion', resource: 'client', field: 'app', from: null, to: 'OpenMetadata Ingestion' },
      {
        app: 'ingestion',
        resource: 'client_grant',
        field: 'grant',
        from: null,
        to: { audience: emu.managementAudience, scope: ['read:users'] }
      }
    ]);
    expect(r.outputs['token-scopes']).toBe('read:users');
    expect(Date.parse(r.outputs['token-expires-at'])).toBeGreaterThan(Date.now());

    // The smoke test used HTTP Basic, the app's method; one token for management, one for ingestion.
    const tokenCalls = emu.requests.filter(q => q.path === '/oauth/token');
    expect(tokenCalls.map(q => q.authMethod)).toEqual(['post', 'basic']);

    const rendered = parse(readFileSync(r.outputs['config-path'], 'utf8'));
    expect(r.outputs['config-path']).toBe(path.join(r.runnerTemp, 'openmetadata', 'workflow.yaml'));
    expect(rendered.workflowConfig.openMetadataServerConfig).toEqual({
      hostPort: 'http://localhost:8585/api',
      authProvider: 'openmetadata',
      securityConfig: { jwtToken: '${OPENMETADATA_JWT_TOKEN}' }
    });
    // The minted token is exported for later steps and set as the masked output.
    expect(r.exportedEnv.OPENMETADATA_JWT_TOKEN).toMatch(/^eyJ/);
    expect(r.outputs['access-token']).toBe(r.exportedEnv.OPENMETADATA_JWT_TOKEN);
    expect(r.stdout).toContain(`::add-mask::${r.exportedEnv.OPENMETADATA_JWT_TOKEN}`);
    expect(r.summary).toContain('Rendered workflowConfig');
    expect(r.summary).toContain('jwtToken: ${OPENMETADATA_JWT_TOKEN}');
  });

  it('converges: a re-run writes nothing', async () => {
    expect((await run({ mode: 'provision' })).code).toBe(0);
    emu.resetLog();
    const again = await run({ mode: 'provision' });
    expect(again.code).toBe(0);
    expect(again.outputs['app-status']).toBe('unchanged');
    expect(JSON.parse(again.outputs.changes)).toEqual([]);
    expect(writes()).toEqual([]);
    expect(ingestionApps()).toHaveLength(1);
    // The fast path: JWKS, two tokens, the listing, the grant, the API and the secret.
    expect(emu.requests).toHaveLength(7);
  });

  it('renders the < 1.3 shape with the client id and a secret reference', async () => {
    const r = await run({ mode: 'provision', 'openmetadata-version': '1.2.5' });
    expect(r.code).toBe(0);
    const rendered = parse(readFileSync(r.outputs['config-path'], 'utf8'));
    expect(rendered.workflowConfig.openMetadataServerConfig).toMatchObject({
      authProvider: 'auth0',
      securityConfig: {
        clientId: r.outputs['client-id'],
        secretKey: '${AUTH0_CLIENT_SECRET}',
        domain: emu.domain
      }
    });
    expect(r.outputs['access-token']).toBeUndefined();
  });

  it('merges into a workflow template, keeping its source, comments and order', async () => {
    const workspace = path.join(emu.caPath, '..', 'ws-template');
    mkdirSync(path.join(workspace, 'ingestion'), { recursive: true });
    const template = [
      '# MySQL ingestion',
      'source:',
      '  type: mysql',
      '  serviceName: local_mysql # keep me',
      '  sourceConfig:',
      '    config:',
      '      type: DatabaseMetadata',
      'sink:',
      '  type: metadata-rest',
      '  config: {}',
      'workflowConfig:',
      '  loggerLevel: DEBUG',
      '  openMetadataServerConfig:',
      '    hostPort: http://old:8585/api',
      '    authProvider: auth0',
      '    securityConfig:',
      '      clientId: old',
      '      secretKey: ${OLD_SECRET}',
      '      domain: old.auth0.com',
      ''
    ].join('\n');
    writeFileSync(path.join(workspace, 'ingestion', 'mysql.yaml'), template);
    const r = await run(
      {
        mode: 'provision',
        'workflow-template': 'ingestion/mysql.yaml',
        'openmetadata-host-port': 'https://om.example.com/api'
      },
      { workspace }
    );
    expect(r.code).toBe(0);
    const text = readFileSync(r.outputs['config-path'], 'utf8');
    expect(text).toContain('# MySQL ingestion');
    expect(text).toContain('serviceName: local_mysql # keep me');
    const doc = parse(text);
    expect(Object.keys(doc)).toEqual(['source', 'sink', 'workflowConfig']);
    expect(doc.workflowConfig.loggerLevel).toBe('DEBUG');
    expect(doc.workflowConfig.openMetadataServerConfig).toEqual({
      hostPort: 'https://om.example.com/api',
      authProvider: 'openmetadata',
      securityConfig: { jwtToken: '${OPENMETADATA_JWT_TOKEN}' }
    });
  });

  it('fixes every drifted property, which verify and plan saw first', async () => {
    const app = addGoodApp({
      app_type: 'regular_web',
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'none'
    });
    emu.grants.find(g => g.client_id === app.client_id)!.scope = ['delete:users', 'read:clients'];

    const verify = await run({ mode: 'verify', scopes: 'read:users' });
    expect(verify.code).toBe(1);
    expect(verify.outputs['app-status']).toBe('drifted');
    const fields = (JSON.parse(verify.outputs.changes) as Array<{ field: string }>).map(c => c.field);
    expect(fields).toEqual(['app_type', 'grant_types', 'token_endpoint_auth_method', 'scope']);
    expect(check(verify, 'auth0.grant.least-privilege')?.status).toBe('warn');
    expect(check(verify, 'auth0.grant.least-privilege')?.detail).toContain('delete:users');
    // The app's method is none: Auth0 refuses the client credentials grant, and the sentence says why.
    expect(check(verify, 'token.request')?.status).toBe('fail');
    expect(verify.stdout).toMatch(/::error::.*checks? failed/);

    emu.resetLog();
    const plan = await run({ mode: 'plan', scopes: 'read:users' });
    expect(plan.code).toBe(0);
    expect(plan.outputs.changes).toBe(verify.outputs.changes);
    expect(writes()).toEqual([]);
    expect(emu.requests.filter(q => q.path === '/oauth/token')).toHaveLength(1); // management token only

    const provision = await run({ mode: 'provision', scopes: 'read:users' });
    expect(provision.code).toBe(0);
    expect(provision.outputs['app-status']).toBe('updated');
    expect(emu.clients.find(c => c.client_id === app.client_id)).toMatchObject({
      app_type: 'non_interactive',
      token_endpoint_auth_method: 'client_secret_basic'
    });
    expect(emu.grants.find(g => g.client_id === app.client_id)?.scope).toEqual(['read:users']);

    const after = await run({ mode: 'verify', scopes: 'read:users' });
    expect(after.code).toBe(0);
    expect(after.outputs['app-status']).toBe('unchanged');
  });

  it.each([
    ['app_type', { app_type: 'spa' }],
    ['grant_types', { grant_types: ['implicit'] }],
    ['token_endpoint_auth_method', { token_endpoint_auth_method: 'client_secret_post' }]
  ])('verify fails on drift of %s alone', async (field, drift) => {
    addGoodApp(drift);
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.changes)).toEqual([expect.objectContaining({ resource: 'client', field })]);
  });

  it('verify fails on a missing grant, and provision creates it', async () => {
    const app = addGoodApp();
    emu.grants.splice(0, emu.grants.length, ...emu.grants.filter(g => g.client_id !== app.client_id));
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.changes)).toEqual([
      expect.objectContaining({ resource: 'client_grant', field: 'grant' })
    ]);
    expect(check(r, 'token.request')?.detail).toMatch(/access_denied|not authorized/i);
    expect((await run({ mode: 'provision' })).code).toBe(0);
    expect(emu.grants.filter(g => g.client_id === app.client_id)).toHaveLength(1);
  });

  it('refuses duplicate names, naming their ids, and writes nothing', async () => {
    const a = addGoodApp();
    const b = addGoodApp();
    emu.resetLog();
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.app.unique')?.detail).toContain(a.client_id);
    expect(check(r, 'auth0.app.unique')?.detail).toContain(b.client_id);
    expect(writes()).toEqual([]);
  });

  it('does not modify an app it did not create, unless adopt-existing', async () => {
    const app = addGoodApp({ client_metadata: {}, token_endpoint_auth_method: 'client_secret_post' });
    emu.resetLog();
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.app.ownership')?.detail).toContain('was not created by this action');
    expect(report(r).find(c => c.id === 'auth0.app.ownership')).toBeDefined();
    expect(writes()).toEqual([]);

    const adopted = await run({ mode: 'provision', 'adopt-existing': 'true' });
    expect(adopted.code).toBe(0);
    expect(adopted.outputs['app-status']).toBe('updated');
    expect(emu.clients.find(c => c.client_id === app.client_id)).toMatchObject({
      token_endpoint_auth_method: 'client_secret_basic',
      client_metadata: MARK
    });
  });

  it('finds the app by exact name in a tenant with more than 100 apps, reading pages in parallel', async () => {
    for (let i = 0; i < 250; i++) emu.addClient({ name: `Other app ${i}` });
    addGoodApp();
    emu.resetLog();
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(0);
    const lists = emu.requests.filter(q => q.method === 'GET' && q.path === '/api/v2/clients');
    expect(lists.map(q => q.query.page).sort()).toEqual(['0', '1', '2']);
    for (const q of lists) {
      expect(q.query.per_page).toBe('100');
      expect(q.query.fields).toContain('client_id');
    }
  });

  it('says what was applied when the grant step fails, and a re-run converges', async () => {
    emu.injectFault({ kind: 'status', status: 400, method: 'POST', path: '/api/v2/client-grants', times: 1 });
    const first = await run({ mode: 'provision' });
    expect(first.code).toBe(1);
    const [app] = ingestionApps();
    expect(check(first, 'auth0.apply')?.detail).toContain(
      `Applied before the failure: created the app ${app.client_id}`
    );
    expect(first.outputs['client-id']).toBe(app.client_id);
    const second = await run({ mode: 'provision' });
    expect(second.code).toBe(0);
    expect(second.outputs['app-status']).toBe('updated');
    expect(JSON.parse(second.outputs.changes)).toEqual([
      expect.objectContaining({ resource: 'client_grant', field: 'grant' })
    ]);
    expect(ingestionApps()).toHaveLength(1);
  });

  it('never retries POST /clients blindly: after an unknown outcome it looks the name up again', async () => {
    emu.injectFault({
      kind: 'status',
      status: 503,
      method: 'POST',
      path: '/api/v2/clients',
      afterWrite: true
    });
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(0);
    expect(emu.requests.filter(q => q.method === 'POST' && q.path === '/api/v2/clients')).toHaveLength(1);
    expect(ingestionApps()).toHaveLength(1);
    expect(r.outputs['app-status']).toBe('created');
  });
});

describe('verify', () => {
  it('smoke-tests with only client-id and client-secret (no Management API)', async () => {
    const app = addGoodApp();
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'client-id': app.client_id,
        'client-secret': app.client_secret!
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(0);
    expect(r.outputs['app-status']).toBe('not-checked');
    expect(emu.requests.filter(q => q.path.startsWith('/api/v2'))).toEqual([]);
    expect(check(r, 'token.verify')?.status).toBe('pass');
  });

  it('fails on a forged token (signed by a key missing from the JWKS)', async () => {
    const app = addGoodApp();
    emu.injectFault({ kind: 'forged-token', times: 1 });
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'client-id': app.client_id,
        'client-secret': app.client_secret!
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    expect(check(r, 'token.request')?.status).toBe('pass');
    expect(check(r, 'token.verify')?.status).toBe('fail');
    expect(check(r, 'token.verify')?.detail).toMatch(/not in .*jwks\.json|forged/);
    expect(r.outputs['token-expires-at']).toBeUndefined();
  });

  it('names the missing Management API scope', async () => {
    admin = emu.createAdminApp(['read:clients', 'read:client_grants', 'read:resource_servers']);
    addGoodApp();
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1);
    expect(JSON.stringify(report(r))).toMatch(/read:client_keys/);
  });

  it("puts each failed check's cause and fix into its own ::error line, then a short failure line", async () => {
    admin = emu.createAdminApp(['read:clients', 'read:client_grants', 'read:resource_servers']);
    addGoodApp();
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1);
    const failed = report(r).filter(c => c.status === 'fail');
    expect(failed.length).toBeGreaterThan(0);
    const errors = r.annotations.filter(a => a.level === 'error');
    // One per failed check (title = the check, message = cause + fix), then setFailed's line.
    expect(errors).toHaveLength(failed.length + 1);
    const scope = errors.find(a => /read:client_keys/.test(a.message))!;
    expect(scope).toBeDefined();
    expect(scope.props.title).toBeTruthy();
    expect(failed.map(c => (c as { title?: string }).title)).toContain(scope.props.title);
    expect(scope.message).toMatch(/read:client_keys.*\. Fix: Grant the admin app/s);
    expect(errors[errors.length - 1].message).toMatch(
      /^\d+ checks? failed: .*\. Each cause and fix is in its own error above/
    );
    // The summary opens with the failed checks and their fixes.
    expect(r.summary).toMatch(/^## .*❌ fail\n\n\*\*\d+ checks? failed:\*\*\n\n- ❌ /);
  });

  it('a provision refused for a missing scope says "Nothing was changed." as a sentence of its own', async () => {
    admin = emu.createAdminApp([
      'read:clients',
      'read:client_keys',
      'read:client_grants',
      'read:resource_servers'
    ]);
    addGoodApp({ grant_types: ['authorization_code'] });
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    const apply = check(r, 'auth0.apply')!;
    expect(apply.status).toBe('fail');
    expect(apply.detail).toMatch(
      /Insufficient scope, expected any of: update:clients[\w:,]*\. Nothing was changed\.$/
    );
    expect(writes().filter(w => w.status !== 403)).toEqual([]); // refused, not applied
  });

  it('reports bad admin credentials as such', async () => {
    const r = await run({ mode: 'verify', 'management-client-secret': 'wrong-secret-value' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.management-token')?.status).toBe('fail');
  });
});

describe('review follow-ups', () => {
  it('plan with inline-secrets renders ${VAR} references: a dry run holds no credential', async () => {
    addGoodApp();
    const r = await run({ mode: 'plan', 'inline-secrets': 'true' });
    expect(r.code).toBe(0);
    expect(r.writtenFiles[r.outputs['config-path']]).toContain('jwtToken: ${OPENMETADATA_JWT_TOKEN}');
    expect(r.summary).toContain('inline-secrets: no access-token value is available in this run');
  });

  it('verify still smoke-tests client-id + client-secret when the Management API part fails', async () => {
    const app = addGoodApp();
    const r = await run({
      mode: 'verify',
      'management-client-secret': 'wrong-secret-value',
      'client-id': app.client_id,
      'client-secret': app.client_secret!
    });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.management-token')?.status).toBe('fail');
    expect(check(r, 'token.verify')?.status).toBe('pass');
  });

  it('a blocked provision lists the changes as needed, not applied', async () => {
    addGoodApp({ client_metadata: {}, app_type: 'spa' });
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('### Changes needed');
    expect(r.summary).not.toContain('### Changes applied');
  });

  it('with inline-secrets, an existing world-readable config-path becomes 0600', async () => {
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'om-perm-'));
    writeFileSync(path.join(workspace, 'workflow.yaml'), 'old\n', { mode: 0o644 });
    const r = await run(
      {
        mode: 'provision',
        'openmetadata-version': '1.2',
        'inline-secrets': 'true',
        'config-path': 'workflow.yaml'
      },
      { workspace }
    );
    expect(r.code).toBe(0);
    expect(statSync(path.join(workspace, 'workflow.yaml')).mode & 0o777).toBe(0o600);
  });

  it("smoke-tests with the app's own method when it differs from the input (verify reports the drift)", async () => {
    addGoodApp({ token_endpoint_auth_method: 'client_secret_basic' });
    const r = await run({ mode: 'verify', 'token-endpoint-auth-method': 'client_secret_post' });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.outputs.changes)).toEqual([
      expect.objectContaining({ field: 'token_endpoint_auth_method' })
    ]);
    expect(emu.requests.filter(q => q.path === '/oauth/token').map(q => q.authMethod)).toEqual([
      'post',
      'basic'
    ]);
  });

  it('warns about any extra scope in the grant, naming the dangerous ones', async () => {
    const app = addGoodApp();
    emu.grants.find(g => g.client_id === app.client_id)!.scope = ['read:users'];
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1); // the extra scope is drift too
    expect(check(r, 'auth0.grant.least-privilege')).toMatchObject({ status: 'warn' });
    expect(check(r, 'auth0.grant.least-privilege')?.detail).toContain('read:users');
  });

  it('names a dangerous scope of the grant (delete:users) as able to change the tenant', async () => {
    const app = addGoodApp();
    emu.grants.find(g => g.client_id === app.client_id)!.scope = ['delete:users', 'read:users'];
    const r = await run({ mode: 'verify', scopes: 'read:users' });
    expect(r.code).toBe(1);
    const warning = check(r, 'auth0.grant.least-privilege');
    expect(warning?.status).toBe('warn');
    expect(warning?.detail).toContain(
      'beyond the scopes input: delete:users; delete:users can change the tenant'
    );
  });

  it('fails when a requested scope is not defined on the API, naming only that one, and writes nothing', async () => {
    const r = await run({ mode: 'provision', scopes: 'read:users read:nonexistent' });
    expect(r.code).toBe(1);
    const api = check(r, 'auth0.api');
    expect(api?.status).toBe('fail');
    expect(api?.detail).toMatch(/does not define the scope\(s\) read:nonexistent\.$/);
    expect(writes()).toEqual([]);
    expect(ingestionApps()).toEqual([]);
  });

  it("smoke-tests a newly created app with the app's own secret, not a stale client-secret input", async () => {
    const r = await run({ mode: 'provision', 'client-secret': 'stale-value-of-an-older-app-0123456789' });
    expect(r.code).toBe(0);
    expect(r.outputs['app-status']).toBe('created');
    expect(check(r, 'token.request')?.status).toBe('pass');
    expect(check(r, 'token.verify')?.status).toBe('pass');
  });
});

describe('faults', () => {
  it('recovers from 429 (honouring Retry-After) and 5xx', async () => {
    addGoodApp();
    emu.injectFault({
      kind: 'status',
      status: 429,
      method: 'GET',
      path: '/api/v2/clients',
      times: 2,
      retryAfterSeconds: 1
    });
    emu.injectFault({ kind: 'status', status: 503, method: 'GET', path: '/api/v2/client-grants', times: 1 });
    const started = Date.now();
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
    expect(r.stdout).toMatch(/retry 1/);
  });

  it('gives up on persistent 5xx with a clear sentence', async () => {
    addGoodApp();
    emu.injectFault({ kind: 'status', status: 500, method: 'GET', path: '/api/v2/clients', times: 10 });
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.read')?.detail).toMatch(/500/);
    expect(emu.count({ method: 'GET', path: '/api/v2/clients' })).toBe(4);
  });

  it('recovers from a timeout and gives up on a persistent one', async () => {
    addGoodApp();
    emu.injectFault({ kind: 'delay', ms: 6000, path: '/api/v2/client-grants', times: 1 });
    const ok = await run({ mode: 'verify', 'timeout-seconds': '2' });
    expect(ok.code).toBe(0);

    emu.injectFault({ kind: 'delay', ms: 6000, path: '/api/v2/client-grants', times: 10 });
    const r = await run({ mode: 'verify', 'timeout-seconds': '1.5' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.read')?.detail).toMatch(/no answer within 1.5 s after 4 attempts/);
    // verify changes nothing: its fix says what to check, not that a re-run converges.
    expect(r.stdout).toMatch(
      /^::error title=.*::.*no answer within 1\.5 s.* Fix: Auth0 did not answer: check that auth0-domain/m
    );
    expect(r.stdout + r.summary).not.toMatch(/converge/i);
  });

  it('waits what X-RateLimit-Reset asks when a 429 has no Retry-After', async () => {
    addGoodApp();
    emu.injectFault({
      kind: 'status',
      status: 429,
      method: 'GET',
      path: '/api/v2/clients',
      rateLimitResetInSeconds: 2
    });
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(0);
    // The reset is in epoch seconds, now + 2: the wait is between 1 and 2 s (plus up to 100 ms of jitter).
    const wait = Number(/GET \/api\/v2\/clients got HTTP 429; retry 1 in (\d+) ms/.exec(r.stdout)?.[1]);
    expect(wait).toBeGreaterThanOrEqual(800);
    expect(wait).toBeLessThanOrEqual(2200);
    expect(emu.count({ method: 'GET', path: '/api/v2/clients' })).toBe(2);
  });

  it('does not wait for a far X-RateLimit-Reset: it fails at once, naming the wait', async () => {
    addGoodApp();
    emu.injectFault({
      kind: 'status',
      status: 429,
      method: 'GET',
      path: '/api/v2/clients',
      times: 5,
      rateLimitResetInSeconds: 600
    });
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1);
    expect(emu.count({ method: 'GET', path: '/api/v2/clients' })).toBe(1);
    expect(check(r, 'auth0.read')?.detail).toMatch(/rate limited; Auth0 asked to wait (59\d|600) s/);
  });

  it('never follows a redirect of POST /oauth/token: it fails naming the redirect and its host', async () => {
    const app = addGoodApp();
    emu.injectFault({
      kind: 'status',
      status: 302,
      method: 'POST',
      path: '/oauth/token',
      headers: { location: 'https://collector.invalid/oauth/token' },
      body: ''
    });
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'client-id': app.client_id,
        'client-secret': app.client_secret!
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    expect(check(r, 'token.request')?.status).toBe('fail');
    expect(check(r, 'token.request')?.detail).toContain(
      'POST /oauth/token answered 302, a redirect to collector.invalid (another origin): not followed'
    );
    expect(r.stdout).toMatch(
      /^::error title=.*::.*a redirect to collector\.invalid.* Fix: Set auth0-domain/m
    );
    expect(emu.count({ path: '/oauth/token' })).toBe(1);
  });

  it('never follows a redirect of a Management API call (it would resend the bearer token)', async () => {
    addGoodApp();
    emu.injectFault({
      kind: 'status',
      status: 307,
      method: 'GET',
      path: '/api/v2/clients',
      headers: { location: 'https://collector.invalid/api/v2/clients' },
      body: ''
    });
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.read')?.status).toBe('fail');
    expect(check(r, 'auth0.read')?.detail).toContain(
      'GET /api/v2/clients answered 307, a redirect to collector.invalid (another origin): not followed'
    );
    expect(r.stdout).toMatch(
      /^::error title=.*::.*a redirect to collector\.invalid.* Fix: Set auth0-domain/m
    );
    // Asked once: a redirect is not retried like a 5xx.
    expect(emu.count({ method: 'GET', path: '/api/v2/clients' })).toBe(1);
  });

  it('names an Auth0 answer over 1 MiB as such, and never reads it as "no app" (no duplicate)', async () => {
    addGoodApp();
    emu.injectFault({
      kind: 'status',
      status: 200,
      method: 'GET',
      path: '/api/v2/clients',
      body: { clients: [], total: 0, start: 0, limit: 100, padding: 'x'.repeat(1536 * 1024) }
    });
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.read')?.detail).toContain(
      'GET /api/v2/clients answered more than 1 MiB (HTTP 200); the answer was not read'
    );
    expect(emu.count({ method: 'GET', path: '/api/v2/clients' })).toBe(1);
    expect(writes()).toEqual([]);
    expect(ingestionApps()).toHaveLength(1);
  });

  it('reports a connection reset in the middle of an answer as a reset, not as a timeout', async () => {
    addGoodApp();
    emu.injectFault({ kind: 'reset-mid-body', method: 'GET', path: '/api/v2/clients', times: 10 });
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1);
    const detail = check(r, 'auth0.read')?.detail ?? '';
    expect(detail).toMatch(
      /GET \/api\/v2\/clients: the connection was reset while the answer was being read \(.+\) \(4 attempts\)/
    );
    expect(detail).not.toMatch(/within|timeout|in time/);
  });

  it('retries a malformed body, and reports a persistent one clearly (never as "no app")', async () => {
    addGoodApp();
    emu.injectFault({ kind: 'malformed-json', method: 'GET', path: '/api/v2/clients', times: 1 });
    expect((await run({ mode: 'verify' })).code).toBe(0);

    emu.injectFault({ kind: 'malformed-json', method: 'GET', path: '/api/v2/clients', times: 10 });
    emu.resetLog();
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.read')?.detail).toMatch(
      /GET \/api\/v2\/clients answered 200 with a malformed JSON body \(4 attempts\)/
    );
    expect(writes()).toEqual([]);
  });
});

const LIST = /^\/api\/v2\/clients$/;
const ONE_CLIENT = /^\/api\/v2\/clients\/[^/]+$/;
/** What the user sees of a run: the log (without the mask commands), the summary and the outputs. */
const shown = (r: RunResult) =>
  [r.stdout.replace(/^::add-mask::.*$/gm, ''), r.summary, JSON.stringify(r.outputs)].join('\n');

describe('secrets read from Auth0 are registered the moment they arrive', () => {
  it.each([
    ['after the secret arrived', '/api/v2/client-grants'],
    ['before the secret arrived', ONE_CLIENT]
  ])('redacts an app secret echoed by a failing parallel read (the failure %s)', async (_, delayed) => {
    const secret = addGoodApp().client_secret!;
    emu.injectFault({ kind: 'delay', ms: 800, method: 'GET', path: delayed });
    emu.injectFault({
      kind: 'status',
      status: 400,
      method: 'GET',
      path: '/api/v2/client-grants',
      body: { statusCode: 400, error: 'Bad Request', message: `Query validation error near ${secret}` }
    });
    const r = await run({ mode: 'verify' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.read')?.detail).toContain('answered 400: Query validation error near ***');
    expect(r.stdout).toContain(`::add-mask::${secret}`);
    expect(shown(r)).not.toContain(secret);
  });

  it("redacts a created app's secret echoed by the failing grant write that follows the create", async () => {
    emu.injectFault({
      kind: 'status',
      status: 400,
      method: 'POST',
      path: '/api/v2/client-grants',
      body: (e: Auth0Emulator) => ({
        statusCode: 400,
        error: 'Bad Request',
        message: `Payload validation error near ${e.clients[e.clients.length - 1].client_secret}`
      })
    });
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    const [app] = ingestionApps();
    expect(check(r, 'auth0.apply')?.detail).toContain('answered 400: Payload validation error near ***');
    expect(shown(r)).not.toContain(app.client_secret);
  });
});

describe('bounded listing', () => {
  it('stops a listing without a total after 100 full pages, with a named check and no write', async () => {
    const others = Array.from({ length: 100 }, (_, i) => ({ client_id: `other${i}`, name: `Other ${i}` }));
    emu.injectFault({ kind: 'status', status: 200, method: 'GET', path: LIST, body: others, times: 1000 });
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.read')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining(
        'GET /api/v2/clients answered 100 full pages without an end; the action lists at most 10000 apps'
      )
    });
    expect(r.stdout).toMatch(/^::error title=.*answered 100 full pages.* Fix: Set client-id/m);
    expect(emu.count({ method: 'GET', path: LIST })).toBe(100);
    expect(writes()).toEqual([]);
  });

  it.each([
    [1e5, 'GET /api/v2/clients says 100000 apps; the action lists at most 10000 apps'],
    [1e12, 'GET /api/v2/clients says 1000000000000 apps; the action lists at most 10000 apps'],
    [2.5, 'GET /api/v2/clients answered with a malformed body (total 2.5 is not a count of apps).'],
    [-1, 'GET /api/v2/clients answered with a malformed body (total -1 is not a count of apps).']
  ])(
    'does not believe a first page claiming a total of %p apps: one request, a named check',
    async (total, said) => {
      addGoodApp();
      emu.injectFault({
        kind: 'status',
        status: 200,
        method: 'GET',
        path: LIST,
        body: { clients: [], total }
      });
      const r = await run({ mode: 'provision' });
      expect(r.code).toBe(1);
      expect(check(r, 'auth0.read')).toMatchObject({ status: 'fail', detail: expect.stringContaining(said) });
      expect(emu.count({ method: 'GET', path: LIST })).toBe(1);
      expect(writes()).toEqual([]);
    }
  );
});

describe('answers of the wrong shape are named, never read as "no app"', () => {
  const ok = (path: string | RegExp, body: unknown, times = 1): Fault => ({
    kind: 'status',
    status: 200,
    method: 'GET',
    path,
    body,
    times
  });
  const grantOf = (app: EmuClient, extra: object) => ({
    client_grants: [{ client_id: app.client_id, audience: emu.managementAudience, ...extra }]
  });
  it.each<[string, string, (app: EmuClient) => Fault, (app: EmuClient) => string]>([
    [
      'a client list item that is a string',
      'provision',
      () => ok(LIST, { clients: ['x'], total: 1 }),
      () => 'GET /api/v2/clients answered with a malformed body (item 1: a string instead of an application).'
    ],
    [
      'a client list item that is null',
      'provision',
      () => ok(LIST, { clients: [null], total: 1 }),
      () => 'GET /api/v2/clients answered with a malformed body (item 1: null instead of an application).'
    ],
    [
      'a client list item without client_id',
      'provision',
      () => ok(LIST, { clients: [{ name: 'OpenMetadata Ingestion' }], total: 1 }),
      () => 'GET /api/v2/clients answered with a malformed body (item 1: an application without client_id).'
    ],
    [
      'a grant whose scope is a string',
      'verify',
      app => ok('/api/v2/client-grants', grantOf(app, { id: 'cgr_1', scope: 'read:users delete:users' })),
      () =>
        'GET /api/v2/client-grants answered with a malformed body (client grant cgr_1: scope is not a list of strings).'
    ],
    [
      'a grant without id',
      'provision',
      app => ok('/api/v2/client-grants', grantOf(app, { scope: [] })),
      () => 'GET /api/v2/client-grants answered with a malformed body (a client grant without id).'
    ],
    [
      'an API whose scopes are an object',
      'verify',
      () => ok('/api/v2/resource-servers', { identifier: 'x', name: 'x', scopes: { a: 1 } }),
      () =>
        'GET /api/v2/resource-servers/{audience} answered with a malformed body (scopes is not a list of permissions with a value).'
    ],
    [
      'an API with a null scope',
      'provision',
      () => ok('/api/v2/resource-servers', { identifier: 'x', name: 'x', scopes: [null] }),
      () =>
        'GET /api/v2/resource-servers/{audience} answered with a malformed body (scopes is not a list of permissions with a value).'
    ],
    [
      'the app by client-id answering null',
      'provision',
      () => ok(ONE_CLIENT, 'null', 2),
      app =>
        `GET /api/v2/clients/${app.client_id} answered with a malformed body (null instead of an application).`
    ],
    [
      'the app by client-id answering a string',
      'verify',
      () => ok(ONE_CLIENT, '"x"', 2),
      app =>
        `GET /api/v2/clients/${app.client_id} answered with a malformed body (a string instead of an application).`
    ]
  ])('%s: a failed read naming the request, and no write', async (label, mode, fault, said) => {
    const app = addGoodApp();
    emu.injectFault(fault(app));
    const byId: Record<string, string> = label.includes('client-id') ? { 'client-id': app.client_id } : {};
    const r = await run({ mode, scopes: 'read:users', ...byId });
    expect(r.code).toBe(1);
    expect(check(r, 'auth0.read')).toMatchObject({ status: 'fail', detail: said(app) });
    expect(check(r, 'auth0.app')).toBeUndefined(); // never "no app"
    expect(r.stdout + r.summary).not.toMatch(/unexpected error|is not a function|Cannot read/i);
    expect(writes()).toEqual([]);
    expect(ingestionApps()).toHaveLength(1);
  });
});

describe('writes whose answer is malformed or missing', () => {
  it.each([
    ['{}', {}, 'answered with a malformed body (an application without client_id)'],
    ['null', 'null', 'answered with a malformed body (null instead of an application)'],
    ['a string', '"ok"', 'answered with a malformed body (a string instead of an application)'],
    // A successful answer that is not JSON is refused by the run's fetch itself (src/http.ts).
    ['an HTML page', '<html>ok</html>', 'answered 201 with content type text/html, not JSON'],
    ['an empty body', '', 'answered with a malformed body (an empty body instead of an application)']
  ])(
    'a create answered 201 with %s: the app is found by name, never taken as created blindly',
    async (_, body, problem) => {
      const html = typeof body === 'string' && body.startsWith('<');
      emu.injectFault({
        kind: 'status',
        status: 201,
        method: 'POST',
        path: LIST,
        afterWrite: true,
        body,
        headers: html ? { 'content-type': 'text/html' } : {}
      });
      const r = await run({ mode: 'provision' });
      expect(r.code).toBe(0);
      const [app] = ingestionApps();
      expect(ingestionApps()).toHaveLength(1);
      expect(emu.count({ method: 'POST', path: LIST })).toBe(1);
      expect(r.outputs['client-id']).toBe(app.client_id);
      expect(check(r, 'auth0.app')?.detail).toContain(
        `Created "OpenMetadata Ingestion" (${app.client_id}) with its client grant. POST /api/v2/clients ${problem}. The app was found by name.`
      );
      expect(check(r, 'token.verify')?.status).toBe('pass');
    }
  );

  it.each<[string, Record<string, string>, Fault, Fault]>([
    [
      'a 500, and so does the listing',
      {},
      { kind: 'status', status: 500, method: 'POST', path: LIST, afterWrite: true },
      { kind: 'status', status: 500, method: 'GET', path: LIST, skip: 1, times: 10 }
    ],
    [
      'no answer, and neither does the listing',
      { 'timeout-seconds': '1' },
      { kind: 'delay', ms: 3000, method: 'POST', path: LIST, afterWrite: true },
      { kind: 'delay', ms: 3000, method: 'GET', path: LIST, skip: 1, times: 10 }
    ]
  ])(
    'a create answered with %s: says the app may have been created; a re-run converges',
    async (_, inputs, post, list) => {
      emu.injectFault(post);
      emu.injectFault(list);
      const r = await run({ mode: 'provision', ...inputs });
      expect(r.code).toBe(1);
      const detail = check(r, 'auth0.apply')?.detail;
      expect(detail).toMatch(
        /^POST \/api\/v2\/clients.* Looking the name up again failed too: GET \/api\/v2\/clients/
      );
      expect(detail).toContain(
        'The outcome of POST /api/v2/clients is unknown: the app may have been created (it is then found by name: never a duplicate). A re-run reads the tenant again and converges.'
      );
      expect(detail).not.toContain('Nothing was changed');
      expect(emu.count({ method: 'POST', path: LIST })).toBe(1);

      emu.clearFaults();
      const again = await run({ mode: 'provision' });
      expect(again.code).toBe(0);
      expect(ingestionApps()).toHaveLength(1); // the app the first run created, never a second one
      expect(emu.count({ method: 'POST', path: LIST })).toBe(1);
    }
  );

  it.each([
    ['null', 'null', 'null instead of an application'],
    ['a string', '"ok"', 'a string instead of an application']
  ])(
    'an update answered 200 with %s: named, "may have been applied", and a re-run converges',
    async (_, body, problem) => {
      const app = addGoodApp({ grant_types: ['authorization_code'] });
      emu.injectFault({
        kind: 'status',
        status: 200,
        method: 'PATCH',
        path: ONE_CLIENT,
        afterWrite: true,
        body
      });
      const r = await run({ mode: 'provision' });
      expect(r.code).toBe(1);
      const detail = check(r, 'auth0.apply')?.detail;
      expect(detail).toContain(
        `PATCH /api/v2/clients/${app.client_id} answered with a malformed body (${problem}). The outcome of PATCH /api/v2/clients/${app.client_id} is unknown: the app’s changes may have been applied. A re-run reads the tenant again and converges.`
      );
      expect(detail).not.toContain('Nothing was changed');
      expect(r.stdout + r.summary).not.toMatch(/unexpected error|Cannot read/i);
      const again = await run({ mode: 'provision' });
      expect(again.code).toBe(0);
      expect(again.outputs['app-status']).toBe('unchanged'); // the first run's PATCH had been applied
    }
  );

  it('a grant create without an answer: the app was created and the grant may have been; a re-run converges', async () => {
    emu.injectFault({
      kind: 'delay',
      ms: 3000,
      method: 'POST',
      path: '/api/v2/client-grants',
      afterWrite: true,
      times: 10
    });
    const r = await run({ mode: 'provision', 'timeout-seconds': '1' });
    expect(r.code).toBe(1);
    const [app] = ingestionApps();
    const detail = check(r, 'auth0.apply')?.detail;
    expect(detail).toContain(
      `Applied before the failure: created the app ${app.client_id}. The outcome of POST /api/v2/client-grants is unknown: the client grant may have been created.`
    );
    expect(detail).not.toMatch(/was not/);
    expect(emu.grants.filter(g => g.client_id === app.client_id)).toHaveLength(1);

    emu.clearFaults();
    const again = await run({ mode: 'provision' });
    expect(again.code).toBe(0);
    expect(again.outputs['app-status']).toBe('unchanged');
    expect(ingestionApps()).toHaveLength(1);
  });
});
