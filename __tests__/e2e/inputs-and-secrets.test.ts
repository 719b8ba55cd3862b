/**
 * Bad input is refused before any network call with one message naming every input; no secret reaches
 * any output channel or file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
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
    [{ 'management-client-secret': 'abc123' }, 'management-client-secret'],
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

describe('files and values that would act only after Auth0 was changed, or never finish', () => {
  /** A workspace with a named pipe, a file outside it and links to it; returns its path. */
  function hostileWorkspace(): { ws: string; outside: string } {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'om-ws-'));
    const outside = mkdtempSync(path.join(os.tmpdir(), 'om-outside-'));
    writeFileSync(
      path.join(outside, 'private.yaml'),
      'workflowConfig:\n  loggerLevel: INFO # from outside\n'
    );
    execFileSync('mkfifo', [path.join(ws, 'pipe.yaml')]);
    symlinkSync(path.join(outside, 'private.yaml'), path.join(ws, 'linked.yaml'));
    symlinkSync(outside, path.join(ws, 'out'));
    writeFileSync(path.join(ws, 'list.yaml'), '- a\n- b\n');
    writeFileSync(
      path.join(ws, 'literal.yaml'),
      'source:\n  type: mysql\n  serviceConnection:\n    config:\n      type: Mysql\n      username: u\n      authType:\n        password: hunter2hunter2\nworkflowConfig: {}\n'
    );
    return { ws, outside };
  }

  const sso = { 'sso-client-type': 'public', 'openmetadata-url': 'https://om.example.com' };

  it.each([
    [{ 'workflow-template': 'pipe.yaml' }, 'workflow-template', 'is not a regular file'],
    [{ ...sso, 'server-config-template': 'pipe.yaml' }, 'server-config-template', 'is not a regular file'],
    [
      { 'openmetadata-check': 'true', 'openmetadata-ca-certificate': 'pipe.yaml' },
      'openmetadata-ca-certificate',
      'is not a regular file'
    ],
    [{ 'workflow-template': 'linked.yaml' }, 'workflow-template', 'leads out of the workspace'],
    [{ 'config-path': 'out/workflow.yaml' }, 'config-path', 'leads out of the workspace'],
    [{ 'workflow-template': 'list.yaml' }, 'workflow-template', 'it is not a mapping'],
    [{ 'workflow-template': 'literal.yaml' }, 'workflow-template', 'problem(s) the rendered file would keep'],
    [{ ...sso, 'admin-principals': 'jane, a]b' }, 'admin-principals', 'not user names'],
    [{ 'config-path': `${'w'.repeat(241)}.yaml` }, 'config-path', 'too long a path'],
    [{ 'token-env-var': 'PATH' }, 'token-env-var', 'already use'],
    [
      { 'openmetadata-host-port': 'http://localhost:8585/a\npi' },
      'openmetadata-host-port',
      'control character'
    ]
  ])('%p is an input problem naming %s, before any request and without waiting', async (bad, input, says) => {
    const { ws, outside } = hostileWorkspace();
    emu.resetLog();
    const r = await runAction({
      inputs: {
        mode: 'provision',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret,
        ...bad
      },
      caPath: emu.caPath,
      workspace: ws,
      timeoutMs: 20_000
    });
    // A pipe used to block the step until the job timed out: no exit code, no summary.
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`- ${input}:`);
    expect(errors[0]).toContain(says);
    // Nothing created in Auth0 (the templates and principals were once checked only after provision).
    expect(emu.requests).toEqual([]);
    expect(existsSync(path.join(outside, 'workflow.yaml'))).toBe(false);
    expect(r.summary).not.toContain('from outside');
  });

  it("refuses the runner's own files as an output path", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'om-runner-files-'));
    const githubEnv = path.join(dir, 'env');
    writeFileSync(githubEnv, '');
    emu.resetLog();
    const r = await runAction({
      inputs: { mode: 'provision', 'auth0-domain': emu.domain, 'config-path': githubEnv },
      env: { GITHUB_ENV: githubEnv },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("is the runner's GITHUB_ENV file");
    expect(emu.requests).toEqual([]);
  });

  it('refuses one file under two names for config-path and server-config-path', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'om-ws-'));
    mkdirSync(path.join(ws, 'real'));
    symlinkSync(path.join(ws, 'real'), path.join(ws, 'alias'));
    emu.resetLog();
    const r = await runAction({
      inputs: {
        mode: 'provision',
        'auth0-domain': emu.domain,
        'management-client-id': admin.clientId,
        'management-client-secret': admin.clientSecret,
        ...sso,
        'config-path': 'real/x.yaml',
        'server-config-path': 'alias/x.yaml'
      },
      caPath: emu.caPath,
      workspace: ws
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('- server-config-path: is the same file as config-path');
    expect(emu.requests).toEqual([]);
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

  /**
   * An admin app whose secret no generic pattern of secrets.ts catches (not a JWT, not after Bearer/Basic or a
   * secret-named field), with characters that URL-encoding, JSON and HTML spell differently: only its
   * registration can hide it. Its first characters are plain, to catch a secret cut in half.
   */
  function adminWithPlainSecret() {
    const secret = `Qx81kZp0Lm/w+Ux&<mK>"p'9!vR~e${Date.now()}`;
    const app = emu.createAdminApp();
    emu.clients.find(c => c.client_id === app.clientId)!.client_secret = secret;
    return { clientId: app.clientId, clientSecret: secret };
  }

  const spellings = (id: string, secret: string) => {
    const form = encodeURIComponent(secret).replace(/%20/g, '+');
    return {
      raw: secret,
      'url-encoded': encodeURIComponent(secret),
      base64: Buffer.from(secret).toString('base64'),
      base64url: Buffer.from(secret).toString('base64url'),
      'json-escaped': JSON.stringify(secret).slice(1, -1),
      'html-escaped': secret
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
      'basic-pair': Buffer.from(`${encodeURIComponent(id)}:${form}`).toString('base64')
    };
  };

  function expectHidden(r: RunResult, forms: Record<string, string>) {
    for (const [channel, text] of Object.entries(channels(r, { includeFiles: true })))
      for (const [spelling, form] of Object.entries(forms))
        expect({ channel, spelling, leaked: text.includes(form) }).toEqual({
          channel,
          spelling,
          leaked: false
        });
  }

  it('redacts secrets from Auth0 error text, in every spelling Auth0 could echo', async () => {
    const admin2 = adminWithPlainSecret();
    const forms = spellings(admin2.clientId, admin2.clientSecret);
    // Auth0 echoes request data in some error bodies: make it echo the secret back, in every spelling.
    emu.injectFault({
      kind: 'status',
      status: 400,
      method: 'GET',
      path: '/api/v2/clients',
      body: {
        statusCode: 400,
        error: 'Bad Request',
        message: `Invalid request, got ${Object.values(forms).join(' and ')}`,
        errorCode: 'invalid_body'
      }
    });
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'management-client-id': admin2.clientId,
        'management-client-secret': admin2.clientSecret
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    // The summary writes *** as character references: no asterisk in text can start emphasis.
    expect(r.summary).toContain('Invalid request, got &#42;&#42;&#42;');
    expectHidden(r, { ...forms, 'first six characters': admin2.clientSecret.slice(0, 6) });
  });

  it('redacts an error body before cutting it: no first characters of a secret survive', async () => {
    const admin2 = adminWithPlainSecret();
    // A proxy's text page, cut at 300 characters for display, with the secret straddling the cut.
    emu.injectFault({
      kind: 'status',
      status: 400,
      method: 'GET',
      path: '/api/v2/clients',
      headers: { 'content-type': 'text/plain' },
      body: `Bad request ${'.'.repeat(279)} ${admin2.clientSecret} (echoed)`
    });
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'management-client-id': admin2.clientId,
        'management-client-secret': admin2.clientSecret
      },
      caPath: emu.caPath
    });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('Bad request ...');
    // Cut first (the old order), the first 8 characters would have stayed.
    expectHidden(r, { 'first six characters': admin2.clientSecret.slice(0, 6) });
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
