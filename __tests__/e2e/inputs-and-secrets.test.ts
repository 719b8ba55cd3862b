/**
 * Bad input is refused before any network call with one message naming every input; no secret reaches
 * any output channel or file.
 */
import { startAuth0Emulator, type Auth0Emulator } from '../../test-support/auth0-emulator.js';
import { runAction, type RunResult } from '../../test-support/run-action.js';

let emu: Auth0Emulator;
let admin: { clientId: string; clientSecret: string };

beforeAll(async () => {
  emu = await startAuth0Emulator();
  admin = emu.createAdminApp();
});
afterAll(async () => {
  await emu.close();
});

describe('bad input', () => {
  it.each([
    [{ mode: 'apply' }, 'mode'],
    [{ 'auth0-domain': 'acme.auth0.com/api/v2' }, 'auth0-domain'],
    [{ 'auth0-domain': 'http://acme.auth0.com' }, 'auth0-domain'],
    [{ 'auth0-domain': 'me:pw@acme.auth0.com' }, 'auth0-domain'],
    [{ 'auth0-domain': 'acme.auth0.com?tenant=x' }, 'auth0-domain'],
    [{ scopes: 'read:users "delete:users"' }, 'scopes'],
    [{ 'token-endpoint-auth-method': 'none' }, 'token-endpoint-auth-method'],
    [{ 'token-endpoint-auth-method': 'private_key_jwt' }, 'token-endpoint-auth-method'],
    [{ 'openmetadata-host-port': 'http://localhost:8585' }, 'openmetadata-host-port'],
    [{ 'openmetadata-host-port': 'localhost' }, 'openmetadata-host-port'],
    [{ 'openmetadata-version': 'latest' }, 'openmetadata-version'],
    [{ 'ingestion-credential': 'client-secret', 'openmetadata-version': '1.5' }, 'ingestion-credential'],
    [{ 'management-client-id': '', 'management-client-secret': '' }, 'management-client-id'],
    [{ 'management-client-secret': '' }, 'management-client-secret'],
    [{ 'timeout-seconds': '-1' }, 'timeout-seconds'],
    [{ 'workflow-template': 'does/not/exist.yaml' }, 'workflow-template'],
    [{ 'config-path': '/dev/null' }, 'config-path'],
    [{ 'config-path': '/tmp' }, 'config-path'],
    [{ 'config-path': '/etc/hostname/workflow.yaml' }, 'config-path'],
    [{ 'sso-client-type': 'public' }, 'openmetadata-url'],
    [{ 'sso-client-type': 'public', 'openmetadata-url': 'https://om.example.com/api' }, 'openmetadata-url'],
    [{ 'openmetadata-url': 'ftp://om.example.com' }, 'openmetadata-url'],
    [{ 'sso-client-type': 'spa' }, 'sso-client-type'],
    [{ deployment: 'helm' }, 'deployment'],
    [{ 'principal-domain': '@example.com' }, 'principal-domain'],
    [{ 'admin-principals': 'jane.doe@example.com' }, 'admin-principals'],
    [
      {
        'sso-client-type': 'public',
        'openmetadata-url': 'https://om.example.com',
        'server-config-path': '/dev/null'
      },
      'server-config-path'
    ],
    [
      {
        'sso-client-type': 'public',
        'openmetadata-url': 'https://om.example.com',
        'server-config-template': 'nope.env'
      },
      'server-config-template'
    ]
  ])('%p is refused naming %s, before any request', async (bad, input) => {
    emu.resetLog();
    const r = await runAction({
      inputs: {
        mode: 'provision',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret,
        ...bad
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`- ${input}:`);
    expect(errors[0]).toMatch(/Fix: /);
    expect(emu.requests).toEqual([]);
    expect(r.outputs.result).toBe('fail');
    expect(r.summary).toContain(input);
  });

  it('lists all problems in one message', async () => {
    const r = await runAction({
      inputs: {
        mode: 'provision',
        'auth0-domain': 'ftp://x',
        'openmetadata-version': 'x',
        scopes: 'a"b',
        'workflow-template': 'missing.yaml'
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    for (const input of [
      'auth0-domain',
      'openmetadata-version',
      'scopes',
      'management-client-id',
      'workflow-template'
    ])
      expect(errors[0]).toContain(`- ${input}:`);
  });

  it('warns when it strips https:// and a trailing slash from the domain, and goes on', async () => {
    const r = await runAction({
      inputs: {
        mode: 'plan',
        'auth0-domain': `https://${emu.domain}/`,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning::auth0-domain: removed the leading "https:\/\/"/);
  });
});

describe('secrets', () => {
  /** Everything a user or a later step can see, except the runner's own mask commands. */
  function channels(r: RunResult, opts: { includeFiles: boolean }) {
    const outputs = Object.entries(r.outputs)
      .filter(([k]) => k !== 'access-token')
      .map(([, v]) => v);
    return {
      stdout: r.stdout
        .split('\n')
        .filter(l => !l.startsWith('::add-mask::'))
        .join('\n'),
      stderr: r.stderr,
      outputs: outputs.join('\n'),
      summary: r.summary,
      annotations: JSON.stringify(r.annotations),
      files: opts.includeFiles ? Object.values(r.writtenFiles).join('\n') : ''
    };
  }

  it('never shows a secret in stdout, stderr, outputs, summary, annotations or files', async () => {
    const provision = await runAction({
      inputs: {
        mode: 'provision',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret,
        'openmetadata-version': '1.2'
      },
      caPath: emu.caPath
    });
    expect(provision.code).toBe(0);
    const app = emu.clients.find(c => c.client_id === provision.outputs['client-id'])!;
    const verify = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret,
        'openmetadata-version': '1.7'
      },
      caPath: emu.caPath
    });
    expect(verify.code).toBe(0);
    expect(verify.outputs['access-token']).toMatch(/^eyJ/);
    const secrets = [admin.clientSecret, app.client_secret!, verify.outputs['access-token']];
    for (const r of [provision, verify]) {
      // Every secret was masked the moment it was known.
      const masks = r.stdout.split('\n').filter(l => l.startsWith('::add-mask::'));
      expect(masks).toEqual(
        expect.arrayContaining([`::add-mask::${admin.clientSecret}`, `::add-mask::${app.client_secret}`])
      );
      for (const [channel, text] of Object.entries(channels(r, { includeFiles: true }))) {
        for (const secret of secrets) {
          if (text.includes(secret)) throw new Error(`a secret leaked into ${channel}`);
        }
        // No token of any kind (management or ingestion) shows up either.
        expect({ channel, jwt: /eyJ[\w-]+\.[\w-]+\.[\w-]+/.test(text) }).toEqual({ channel, jwt: false });
      }
    }
  });

  it('redacts secrets from Auth0 error text', async () => {
    // Auth0 echoes request data in some error bodies: make it echo the secret back.
    emu.injectFault({
      kind: 'status',
      status: 400,
      method: 'GET',
      path: '/api/v2/clients',
      times: 1,
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: `Invalid request, client_secret=${admin.clientSecret}`,
        errorCode: 'invalid_body'
      }
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
    for (const text of Object.values(channels(r, { includeFiles: true })))
      expect(text).not.toContain(admin.clientSecret);
    expect(r.summary).toContain('Invalid request');
  });

  it('with inline-secrets, a secret with YAML-special characters is hidden in the summary in its escaped form too', async () => {
    const secret = 'Ab$cd"ef\\gh-0123456789';
    const app = emu.addClient({
      name: 'Special secret app',
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
      token_endpoint_auth_method: 'client_secret_basic',
      client_secret: secret
    });
    emu.addGrant(app.client_id, emu.managementAudience, []);
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'client-id': app.client_id,
        'client-secret': secret,
        'openmetadata-version': '1.2',
        'inline-secrets': 'true'
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(0);
    const file = r.writtenFiles[r.outputs['config-path']];
    expect(file).toContain('secretKey: "Ab\\x24cd\\"ef\\\\gh-0123456789"');
    expect(r.summary).not.toContain('0123456789');
  });

  it('with inline-secrets, writes the credential only into the file, and warns', async () => {
    const r = await runAction({
      inputs: {
        mode: 'provision',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret,
        'openmetadata-version': '1.2',
        'inline-secrets': 'true'
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(0);
    const app = emu.clients.find(c => c.client_id === r.outputs['client-id'])!;
    expect(r.writtenFiles[r.outputs['config-path']]).toContain(app.client_secret);
    expect(r.stdout).toMatch(/::warning::inline-secrets/);
    for (const text of Object.values(channels(r, { includeFiles: false })))
      expect(text).not.toContain(app.client_secret);
  });
});

describe('inputs that catch the YAML traps', () => {
  /** The one ::error line of an input failure. */
  const inputError = (r: RunResult) => {
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    return errors[0];
  };

  it('answers mode validtae with "did you mean `validate`?" and nothing that assumes another mode', async () => {
    emu.resetLog();
    const r = await runAction({ inputs: { mode: 'validtae' } });
    expect(r.code).toBe(1);
    const error = inputError(r);
    expect(error).toContain('did you mean `validate`?');
    expect(error).toContain('1 problem');
    expect(error).not.toMatch(/auth0-domain|management-client-id/);
    expect(r.outputs.result).toBe('fail');
    expect(emu.requests).toEqual([]);
  });

  it.each(['2.0', '2', '1.99'])(
    'refuses openmetadata-version %p with the fix, before any request',
    async version => {
      emu.resetLog();
      const r = await runAction({
        inputs: {
          mode: 'verify',
          'auth0-domain': emu.domain,
          'management-client-id': admin.clientId,
          'management-client-secret': admin.clientSecret,
          'openmetadata-version': version
        },
        caPath: emu.caPath
      });
      expect(r.code).toBe(1);
      const error = inputError(r);
      expect(error).toContain('- openmetadata-version:');
      expect(error).toMatch(/Fix: Set openmetadata-version to .*quoted/);
      expect(emu.requests).toEqual([]);
    }
  );

  it('warns that openmetadata-version 1.1 may be an unquoted 1.10 and renders the 1.1 shape', async () => {
    const r = await runAction({
      inputs: {
        mode: 'provision',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret,
        'openmetadata-version': '1.1'
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^::warning::openmetadata-version is `1\.1`, which may be an unquoted 1\.10: .*Fix: If your server runs 1\.10, quote it: '1\.10'/m
    );
    expect(r.writtenFiles[r.outputs['config-path']]).toContain('authProvider: auth0');
  });
});
