/**
 * End to end: the login application (public SPA or confidential Web app) and the server's
 * authentication settings, through the built dist/index.js against the Auth0 tenant emulator.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse } from 'yaml';
import { startAuth0Emulator, type Auth0Emulator, type EmuClient } from '../../test-support/auth0-emulator.js';
import { runAction, type RunResult } from '../../test-support/run-action.js';
import { addDesiredIngestionApp } from '../../test-support/tenant-fixtures.js';

const URL_ = 'https://openmetadata.example.com';
let emu: Auth0Emulator;
let admin: { clientId: string; clientSecret: string };

beforeEach(async () => {
  emu = await startAuth0Emulator();
  admin = emu.createAdminApp();
});
afterEach(async () => {
  await emu.close();
});

function run(inputs: Record<string, string>, extra: { workspace?: string } = {}): Promise<RunResult> {
  return runAction({
    inputs: {
      'auth0-domain': emu.domain,
      'management-client-id': admin.clientId,
      'management-client-secret': admin.clientSecret,
      'openmetadata-url': URL_,
      'admin-principals': 'jane.doe',
      'principal-domain': 'example.com',
      ...inputs
    },
    caPath: emu.caPath,
    ...extra
  });
}

const loginApps = () => emu.clients.filter(c => c.name === 'OpenMetadata');
const writes = () => emu.requests.filter(r => r.path.startsWith('/api/v2') && r.method !== 'GET');
const report = (r: RunResult) =>
  JSON.parse(r.outputs.report) as Array<{ id: string; status: string; detail: string; title: string }>;
const check = (r: RunResult, id: string) => report(r).find(c => c.id === id);

/** stdout without the `::add-mask::` commands (which must carry the secrets). */
const withoutMasks = (stdout: string) =>
  stdout
    .split('\n')
    .filter(l => !l.startsWith('::add-mask::'))
    .join('\n');

/** KEY=value lines of an env file (comments and blanks skipped); fails on any other line. */
function envFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const m = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!m) throw new Error(`not a KEY=value line: ${line}`);
    out[m[1]] = m[2].replace(/^"(.*)"$/, '$1');
  }
  return out;
}

/** A hand-made login app, as people create it in the dashboard (not marked as managed). */
function addHandMadeSpa(overrides: Partial<EmuClient> = {}): EmuClient {
  return emu.addClient({
    name: 'OpenMetadata',
    app_type: 'spa',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'implicit', 'refresh_token'],
    callbacks: [`${URL_}/callback`],
    web_origins: [URL_],
    oidc_conformant: true,
    jwt_configuration: { alg: 'RS256', lifetime_in_seconds: 36000 },
    ...overrides
  });
}

describe('public client (Auth0 Single Page Application)', () => {
  it('creates the SPA on an empty tenant and renders the Docker env file', async () => {
    const r = await run({ mode: 'provision', 'sso-client-type': 'public' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(loginApps()).toHaveLength(1);
    const [app] = loginApps();
    expect(app).toMatchObject({
      app_type: 'spa',
      token_endpoint_auth_method: 'none',
      callbacks: [`${URL_}/callback`],
      web_origins: [URL_],
      oidc_conformant: true,
      jwt_configuration: expect.objectContaining({ alg: 'RS256' }),
      client_metadata: { managed_by: 'openmetadata-auth0-action' }
    });
    expect(app.grant_types).toEqual(expect.arrayContaining(['authorization_code', 'refresh_token']));
    expect(r.outputs['sso-client-id']).toBe(app.client_id);
    expect(r.outputs['sso-app-status']).toBe('created');
    expect(r.outputs['app-status']).toBe('created');
    expect(JSON.parse(r.outputs.changes)).toContainEqual({
      app: 'login',
      resource: 'client',
      field: 'app',
      from: null,
      to: 'OpenMetadata'
    });

    // One management token and one listing of the clients for both apps.
    expect(emu.requests.filter(q => q.path === '/oauth/token' && q.authMethod === 'post')).toHaveLength(1);
    expect(emu.requests.filter(q => q.method === 'GET' && q.path === '/api/v2/clients')).toHaveLength(1);

    expect(r.outputs['server-config-path']).toBe(path.join(r.runnerTemp, 'openmetadata', 'server-auth.env'));
    const env = envFile(readFileSync(r.outputs['server-config-path'], 'utf8'));
    expect(env).toMatchObject({
      AUTHENTICATION_PROVIDER: 'auth0',
      AUTHENTICATION_PUBLIC_KEYS: `[https://${emu.domain}/.well-known/jwks.json,${URL_}/api/v1/system/config/jwks]`,
      AUTHENTICATION_AUTHORITY: `https://${emu.domain}`,
      AUTHENTICATION_CLIENT_ID: app.client_id,
      AUTHENTICATION_CALLBACK_URL: `${URL_}/callback`,
      AUTHENTICATION_CLIENT_TYPE: 'public',
      AUTHORIZER_ADMIN_PRINCIPALS: '[jane.doe]',
      AUTHORIZER_PRINCIPAL_DOMAIN: 'example.com'
    });
    // A public client has no OIDC secret (configuring one makes login fail), and enforcement stays off.
    expect(Object.keys(env).filter(k => k.startsWith('OIDC_'))).toEqual([]);
    expect(env.AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN ?? 'false').toBe('false');
    expect(r.summary).toContain('Login app **OpenMetadata**');
    expect(r.summary).toContain('AUTHENTICATION_CLIENT_TYPE=public');
  });

  it('renders the bare-metal blocks of openmetadata.yaml and the Helm values', async () => {
    const bare = await run({ mode: 'provision', 'sso-client-type': 'public', deployment: 'bare-metal' });
    expect(bare.code).toBe(0);
    const id = bare.outputs['sso-client-id'];
    expect(bare.outputs['server-config-path']).toMatch(/server-auth\.yaml$/);
    const yml = parse(readFileSync(bare.outputs['server-config-path'], 'utf8'));
    expect(yml.authenticationConfiguration).toMatchObject({
      provider: 'auth0',
      publicKeyUrls: [`https://${emu.domain}/.well-known/jwks.json`, `${URL_}/api/v1/system/config/jwks`],
      authority: `https://${emu.domain}`,
      clientId: id,
      callbackUrl: `${URL_}/callback`,
      clientType: 'public'
    });
    expect(yml.authenticationConfiguration.oidcConfiguration).toBeUndefined();
    expect(yml.authorizerConfiguration).toMatchObject({
      adminPrincipals: ['jane.doe'],
      principalDomain: 'example.com'
    });

    const helm = await run({ mode: 'verify', 'sso-client-type': 'public', deployment: 'kubernetes' });
    expect(helm.code).toBe(0);
    expect(helm.outputs['sso-app-status']).toBe('unchanged');
    const values = parse(readFileSync(helm.outputs['server-config-path'], 'utf8'));
    expect(values.openmetadata.config.authentication).toMatchObject({
      provider: 'auth0',
      publicKeys: [`https://${emu.domain}/.well-known/jwks.json`, `${URL_}/api/v1/system/config/jwks`],
      authority: `https://${emu.domain}`,
      clientId: id,
      callbackUrl: `${URL_}/callback`,
      clientType: 'public'
    });
    expect(values.openmetadata.config.authorizer).toMatchObject({
      initialAdmins: ['jane.doe'],
      principalDomain: 'example.com'
    });
  });

  it('converges: a re-run of both apps writes nothing', async () => {
    expect((await run({ mode: 'provision', 'sso-client-type': 'public' })).code).toBe(0);
    emu.resetLog();
    const again = await run({ mode: 'provision', 'sso-client-type': 'public' });
    expect(again.code).toBe(0);
    expect(again.outputs['sso-app-status']).toBe('unchanged');
    expect(again.outputs['app-status']).toBe('unchanged');
    expect(JSON.parse(again.outputs.changes)).toEqual([]);
    expect(writes()).toEqual([]);
    expect(loginApps()).toHaveLength(1);
  });

  it('a hand-made SPA with HS256 and a missing callback: verify names both, provision refuses, adopt fixes and keeps the other callback', async () => {
    const staging = 'https://staging.example.com/callback';
    const app = addHandMadeSpa({
      callbacks: [staging],
      jwt_configuration: { alg: 'HS256', lifetime_in_seconds: 600 }
    });
    addDesiredIngestionApp(emu);

    const verify = await run({ mode: 'verify', 'sso-client-type': 'public' });
    expect(verify.code).not.toBe(0);
    expect(verify.outputs['sso-app-status']).toBe('drifted');
    const drift = check(verify, 'auth0.login-app');
    expect(drift?.status).toBe('fail');
    expect(drift?.detail).toContain('callbacks');
    expect(drift?.detail).toContain('jwt_configuration.alg');
    expect(JSON.parse(verify.outputs.changes)).toEqual([
      {
        app: 'login',
        resource: 'client',
        field: 'callbacks',
        from: [staging],
        to: [staging, `${URL_}/callback`]
      },
      { app: 'login', resource: 'client', field: 'jwt_configuration.alg', from: 'HS256', to: 'RS256' }
    ]);

    emu.resetLog();
    const refused = await run({ mode: 'provision', 'sso-client-type': 'public' });
    expect(refused.code).not.toBe(0);
    expect(check(refused, 'auth0.login-app.ownership')?.status).toBe('fail');
    expect(check(refused, 'auth0.login-app.ownership')?.detail).toContain('was not modified');
    expect(writes()).toEqual([]);

    const adopted = await run({ mode: 'provision', 'sso-client-type': 'public', 'adopt-existing': 'true' });
    expect(adopted.code).toBe(0);
    expect(adopted.outputs['sso-app-status']).toBe('updated');
    const stored = emu.clients.find(c => c.client_id === app.client_id)!;
    expect(stored.callbacks).toEqual([staging, `${URL_}/callback`]);
    expect(stored.jwt_configuration).toEqual({ alg: 'RS256', lifetime_in_seconds: 600 });
    expect(stored.client_metadata).toEqual({ managed_by: 'openmetadata-auth0-action' });
    expect(loginApps()).toHaveLength(1);
  });

  it('refuses an existing app of the other type, naming both types and the fix', async () => {
    const app = addHandMadeSpa();
    const r = await run({ mode: 'provision', 'sso-client-type': 'confidential', 'adopt-existing': 'true' });
    expect(r.code).not.toBe(0);
    const type = check(r, 'auth0.login-app.type');
    expect(type?.status).toBe('fail');
    expect(type?.detail).toMatch(/Single Page Application.*Regular Web Application/);
    expect(r.summary).toContain('sso-client-type: public');
    expect(emu.clients.find(c => c.client_id === app.client_id)?.app_type).toBe('spa');
    expect(writes().filter(w => w.path.includes(app.client_id))).toEqual([]);
    expect(r.outputs['server-config-path']).toBeUndefined();
  });

  it('two login apps with the name are an error naming their ids; nothing is written', async () => {
    const a = addHandMadeSpa();
    const b = addHandMadeSpa();
    const r = await run({ mode: 'provision', 'sso-client-type': 'public' });
    expect(r.code).not.toBe(0);
    const unique = check(r, 'auth0.login-app.unique');
    expect(unique?.detail).toContain(a.client_id);
    expect(unique?.detail).toContain(b.client_id);
    expect(loginApps()).toHaveLength(2);
  });
});

describe('confidential client (Auth0 Regular Web Application)', () => {
  const secretsOf = () => emu.clients.map(c => c.client_secret).filter((s): s is string => !!s);

  it.each([
    ['docker', 'server-auth.env'],
    ['bare-metal', 'server-auth.yaml'],
    ['kubernetes', 'server-auth.yaml']
  ])('creates the Web app and renders %s settings that reference the secret', async (deployment, file) => {
    const r = await run({ mode: 'provision', 'sso-client-type': 'confidential', deployment });
    expect(r.code).toBe(0);
    const [app] = loginApps();
    expect(app).toMatchObject({
      app_type: 'regular_web',
      token_endpoint_auth_method: 'client_secret_post',
      callbacks: [`${URL_}/callback`],
      oidc_conformant: true
    });
    expect(app.web_origins ?? []).toEqual([]);
    const target = r.outputs['server-config-path'];
    expect(path.basename(target)).toBe(file);
    const text = readFileSync(target, 'utf8');
    const discovery = `https://${emu.domain}/.well-known/openid-configuration`;
    if (deployment === 'docker') {
      expect(envFile(text)).toMatchObject({
        AUTHENTICATION_CLIENT_TYPE: 'confidential',
        OIDC_CLIENT_ID: app.client_id,
        OIDC_TYPE: 'auth0',
        OIDC_CLIENT_SECRET: '${OIDC_CLIENT_SECRET}',
        OIDC_DISCOVERY_URI: discovery,
        OIDC_CALLBACK: `${URL_}/callback`,
        OIDC_SERVER_URL: URL_
      });
    } else if (deployment === 'bare-metal') {
      expect(parse(text).authenticationConfiguration.oidcConfiguration).toMatchObject({
        id: app.client_id,
        type: 'auth0',
        secret: '${OIDC_CLIENT_SECRET}',
        discoveryUri: discovery,
        callbackUrl: `${URL_}/callback`,
        serverUrl: URL_
      });
    } else {
      expect(parse(text).openmetadata.config.authentication.oidcConfiguration).toMatchObject({
        enabled: true,
        oidcType: 'Auth0',
        clientId: { secretRef: 'oidc-secrets', secretKey: 'openmetadata-oidc-client-id' },
        clientSecret: { secretRef: 'oidc-secrets', secretKey: 'openmetadata-oidc-client-secret' },
        discoveryUri: discovery,
        callbackUrl: `${URL_}/callback`,
        serverUrl: URL_
      });
      expect(r.summary).toContain('kubectl create secret generic oidc-secrets');
    }
    // No secret of any app anywhere the run wrote or printed.
    const everything = [
      withoutMasks(r.stdout),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      ...Object.values(r.writtenFiles)
    ].join('\n');
    for (const secret of secretsOf()) expect(everything).not.toContain(secret);
  });

  it('writes the secret only with inline-secrets, into a private file, masked everywhere else', async () => {
    const r = await run({ mode: 'provision', 'sso-client-type': 'confidential', 'inline-secrets': 'true' });
    expect(r.code).toBe(0);
    const [app] = loginApps();
    const target = r.outputs['server-config-path'];
    expect(envFile(readFileSync(target, 'utf8')).OIDC_CLIENT_SECRET).toBe(app.client_secret);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(r.stdout).toContain(`::add-mask::${app.client_secret}`);
    for (const text of [r.summary, JSON.stringify(r.outputs), r.stderr])
      expect(text).not.toContain(app.client_secret);
  });
});

describe('by id, with the server inputs', () => {
  it('finds the login app by sso-client-id and renders the secret variable and enforcement asked for', async () => {
    addDesiredIngestionApp(emu);
    const app = emu.addClient({
      name: 'OM prod login',
      app_type: 'regular_web',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['authorization_code', 'refresh_token'],
      callbacks: [`${URL_}/callback`],
      oidc_conformant: true,
      jwt_configuration: { alg: 'RS256' },
      client_metadata: { managed_by: 'openmetadata-auth0-action' }
    });
    const r = await run({
      mode: 'verify',
      'sso-client-type': 'confidential',
      'sso-client-id': app.client_id,
      'oidc-secret-env-var': 'OM_OIDC_SECRET',
      'enforce-principal-domain': 'true'
    });
    expect(r.stdout.split('\n').filter(l => l.startsWith('::error'))).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['sso-client-id']).toBe(app.client_id);
    expect(r.outputs['sso-app-status']).toBe('unchanged');
    expect(loginApps()).toHaveLength(0); // nothing was created under the default name
    const env = envFile(readFileSync(r.outputs['server-config-path'], 'utf8'));
    expect(env).toMatchObject({
      OIDC_CLIENT_ID: app.client_id,
      OIDC_CLIENT_SECRET: '${OM_OIDC_SECRET}',
      AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN: 'true',
      AUTHORIZER_PRINCIPAL_DOMAIN: 'example.com'
    });
    expect(r.summary).toContain('`OM_OIDC_SECRET`');
  });
});

describe('server-config-template', () => {
  function workspaceWith(name: string, text: string): string {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'om-login-ws-'));
    mkdirSync(path.join(dir, 'deploy'), { recursive: true });
    writeFileSync(path.join(dir, 'deploy', name), text);
    return dir;
  }

  it('keeps the other lines, comments and order of a Docker env file', async () => {
    const template = [
      '# production settings',
      'OPENMETADATA_CLUSTER_NAME=prod',
      'AUTHENTICATION_PROVIDER=basic',
      '# keep me',
      'DB_HOST=mysql',
      ''
    ].join('\n');
    const ws = workspaceWith('openmetadata.env', template);
    const r = await run(
      { mode: 'provision', 'sso-client-type': 'public', 'server-config-template': 'deploy/openmetadata.env' },
      { workspace: ws }
    );
    expect(r.code).toBe(0);
    const text = readFileSync(r.outputs['server-config-path'], 'utf8');
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['# production settings', 'OPENMETADATA_CLUSTER_NAME=prod']);
    expect(lines).toContain('AUTHENTICATION_PROVIDER=auth0');
    expect(lines.indexOf('AUTHENTICATION_PROVIDER=auth0')).toBeLessThan(lines.indexOf('# keep me'));
    expect(lines).toContain('DB_HOST=mysql');
    expect(envFile(text).AUTHENTICATION_CLIENT_ID).toBe(r.outputs['sso-client-id']);
    // The template itself is not modified.
    expect(readFileSync(path.join(ws, 'deploy', 'openmetadata.env'), 'utf8')).toBe(template);
  });

  it('keeps the other keys and comments of openmetadata.yaml', async () => {
    const template = [
      'clusterName: prod # the cluster',
      'authorizerConfiguration:',
      '  className: org.openmetadata.service.security.DefaultAuthorizer',
      '  containerRequestFilter: org.openmetadata.service.security.JwtFilter',
      '  adminPrincipals: [admin]',
      '  principalDomain: open-metadata.org',
      'authenticationConfiguration:',
      '  # who signs in',
      '  provider: basic',
      '  publicKeyUrls: [http://localhost:8585/api/v1/system/config/jwks]',
      '  jwtPrincipalClaims: [email, preferred_username, sub]',
      'database:',
      '  host: mysql',
      ''
    ].join('\n');
    const ws = workspaceWith('openmetadata.yaml', template);
    const r = await run(
      {
        mode: 'provision',
        'sso-client-type': 'public',
        deployment: 'bare-metal',
        'server-config-template': 'deploy/openmetadata.yaml'
      },
      { workspace: ws }
    );
    expect(r.code).toBe(0);
    const text = readFileSync(r.outputs['server-config-path'], 'utf8');
    expect(text).toContain('# the cluster');
    expect(text).toContain('# who signs in');
    const yml = parse(text);
    expect(yml.database).toEqual({ host: 'mysql' });
    expect(yml.clusterName).toBe('prod');
    expect(yml.authenticationConfiguration.jwtPrincipalClaims).toEqual([
      'email',
      'preferred_username',
      'sub'
    ]);
    expect(yml.authenticationConfiguration.provider).toBe('auth0');
    expect(yml.authorizerConfiguration.adminPrincipals).toEqual(['jane.doe']);
    expect(yml.authorizerConfiguration.className).toBe('org.openmetadata.service.security.DefaultAuthorizer');
  });

  it('keeps the other values and comments of a Helm values file', async () => {
    const template = [
      '# values for prod',
      'replicaCount: 2',
      'openmetadata:',
      '  config:',
      '    elasticsearch:',
      '      host: es # search',
      '    authentication:',
      '      provider: basic',
      ''
    ].join('\n');
    const ws = workspaceWith('values.yaml', template);
    const r = await run(
      {
        mode: 'provision',
        'sso-client-type': 'confidential',
        deployment: 'kubernetes',
        'server-config-template': 'deploy/values.yaml'
      },
      { workspace: ws }
    );
    expect(r.code).toBe(0);
    const text = readFileSync(r.outputs['server-config-path'], 'utf8');
    expect(text).toContain('# values for prod');
    expect(text).toContain('# search');
    const values = parse(text);
    expect(values.replicaCount).toBe(2);
    expect(values.openmetadata.config.elasticsearch).toEqual({ host: 'es' });
    expect(values.openmetadata.config.authentication).toMatchObject({
      provider: 'auth0',
      clientType: 'confidential',
      oidcConfiguration: expect.objectContaining({ enabled: true })
    });
  });
});

describe('inputs', () => {
  it('requires openmetadata-url with sso-client-type, before any network call', async () => {
    const r = await run({ mode: 'provision', 'sso-client-type': 'public', 'openmetadata-url': '' });
    expect(r.code).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('openmetadata-url');
    expect(emu.requests).toEqual([]);
  });

  it('without Management API credentials, verify skips the login app and renders with sso-client-id', async () => {
    const app = addDesiredIngestionApp(emu);
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'client-id': app.client_id,
        'client-secret': app.client_secret!,
        'sso-client-type': 'public',
        'sso-client-id': 'abcdefghijklmnopqrstuvwxyz012345',
        'openmetadata-url': URL_
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(0);
    expect(check(r, 'auth0.login-app')?.status).toBe('skip');
    expect(r.outputs['sso-app-status']).toBe('not-checked');
    expect(envFile(readFileSync(r.outputs['server-config-path'], 'utf8')).AUTHENTICATION_CLIENT_ID).toBe(
      'abcdefghijklmnopqrstuvwxyz012345'
    );
  });
});
