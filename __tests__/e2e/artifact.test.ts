/**
 * End to end: the built dist/index.js, run as the GitHub runner runs it, publishes the rendered
 * workflowConfig as a workflow artifact to the artifact service emulation (real `@actions/artifact` 6:
 * Twirp CreateArtifact → Azure block upload → FinalizeArtifact), against the Auth0 tenant emulator.
 * Each test starts from its own tenant and its own artifact service.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { startAuth0Emulator, type Auth0Emulator } from '../../test-support/auth0-emulator.js';
import {
  readZip,
  startArtifactService,
  type ArtifactService,
  type StoredArtifact
} from '../../test-support/artifact-service.js';
import { runAction, type RunResult } from '../../test-support/run-action.js';
import { ACTION_VERSION } from '../../src/version.js';
import { addDesiredIngestionApp } from '../../test-support/tenant-fixtures.js';

const MANIFEST_FILE = 'openmetadata-workflow.manifest.json';
const DEFAULT_NAME = 'openmetadata-workflow-config';
const REPOSITORY = 'octo-org/octo-repo';
const RUN_ID = '4242';

let emu: Auth0Emulator;
let svc: ArtifactService;
let admin: { clientId: string; clientSecret: string };

beforeEach(async () => {
  [emu, svc] = await Promise.all([
    startAuth0Emulator(),
    startArtifactService({ repository: REPOSITORY, runId: RUN_ID })
  ]);
  admin = emu.createAdminApp();
});
afterEach(async () => {
  await Promise.all([emu.close(), svc.close()]);
});

/** A provision/verify run with the admin app; `env: svc.actionsEnv()` unless told otherwise. */
function run(
  inputs: Record<string, string>,
  env: Record<string, string> = svc.actionsEnv()
): Promise<RunResult> {
  return runAction({
    inputs: {
      'auth0-domain': emu.domain,
      'management-client-id': admin.clientId,
      'management-client-secret': admin.clientSecret,
      ...inputs
    },
    env,
    caPath: emu.caPath
  });
}

type ReportedCheck = { id: string; status: string; title: string; detail: string };
const report = (r: RunResult) => JSON.parse(r.outputs.report) as ReportedCheck[];
const check = (r: RunResult, id: string) => report(r).find(c => c.id === id);
const ingestionApp = () => emu.clients.find(c => c.name === 'OpenMetadata Ingestion');

/** The one finalized artifact of the service, unzipped: the rendered file and the parsed manifest. */
function stored(name = DEFAULT_NAME): {
  artifact: StoredArtifact;
  entries: Map<string, Buffer>;
  yaml: Buffer;
  manifest: Record<string, unknown>;
} {
  const found = svc.artifacts.filter(a => a.name === name && a.finalized);
  expect(found).toHaveLength(1);
  const artifact = found[0];
  const entries = readZip(artifact.blob);
  expect([...entries.keys()].sort()).toEqual([MANIFEST_FILE, 'workflow.yaml']);
  return {
    artifact,
    entries,
    yaml: entries.get('workflow.yaml')!,
    manifest: JSON.parse(entries.get(MANIFEST_FILE)!.toString('utf8')) as Record<string, unknown>
  };
}

/** Everything a run shows a user or a later step. */
const visible = (r: RunResult) => [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');

describe('provision uploads the rendered workflowConfig', () => {
  it('stores a zip with the file byte for byte and a manifest without secrets; sets the outputs; links it', async () => {
    const r = await run({ mode: 'provision', 'retention-days': '5' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(check(r, 'artifact')).toMatchObject({ status: 'pass' });

    const { artifact, entries, yaml, manifest } = stored();
    // The exact bytes of the file at config-path, which the run left on disk.
    const configPath = r.outputs['config-path'];
    expect(configPath).toBe(path.join(r.runnerTemp, 'openmetadata', 'workflow.yaml'));
    expect(yaml.equals(readFileSync(configPath))).toBe(true);
    expect(yaml.toString('utf8')).toContain('jwtToken: ${OPENMETADATA_JWT_TOKEN}');

    const app = ingestionApp()!;
    expect(r.outputs['client-id']).toBe(app.client_id);
    expect(manifest).toEqual({
      file: 'workflow.yaml',
      openmetadataVersion: '1.7',
      credential: 'access-token',
      clientId: r.outputs['client-id'],
      envVars: ['OPENMETADATA_JWT_TOKEN'],
      actionVersion: ACTION_VERSION,
      renderedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/)
    });
    expect(Math.abs(Date.parse(manifest.renderedAt as string) - Date.now())).toBeLessThan(5 * 60_000);

    // No secret anywhere in what was uploaded: admin secret, app secret, minted token, runtime token.
    const token = r.outputs['access-token'];
    expect(token).toMatch(/^eyJ/);
    const secrets = [admin.clientSecret, app.client_secret!, token, svc.runtimeToken()];
    for (const [name, content] of entries) {
      for (const secret of secrets)
        expect({ name, leaks: content.toString('utf8').includes(secret) }).toEqual({ name, leaks: false });
    }

    // What the service received: a zip, retention 5 days, the declared size and hash.
    expect(artifact.retentionDays).toBe(5);
    expect(artifact.mimeType).toBe('application/zip');
    expect(artifact.declaredSize).toBe(artifact.blob.length);
    expect(artifact.declaredHash).toBe(`sha256:${createHash('sha256').update(artifact.blob).digest('hex')}`);

    // Outputs and summary link the artifact's page on the run.
    expect(r.outputs['artifact-id']).toBe(String(artifact.id));
    expect(r.outputs['artifact-url']).toBe(
      `https://github.com/${REPOSITORY}/actions/runs/${RUN_ID}/artifacts/${artifact.id}`
    );
    expect(r.summary).toContain(`](${r.outputs['artifact-url']})`);
    // The runtime token never shows.
    expect(visible(r)).not.toContain(svc.runtimeToken());
  });

  it('verify with client-id and client-secret only (no Management API) uploads too, when asked to', async () => {
    const app = emu.addClient({
      name: 'OpenMetadata Ingestion',
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
      token_endpoint_auth_method: 'client_secret_basic'
    });
    emu.addGrant(app.client_id, emu.managementAudience, []);
    const r = await runAction({
      inputs: {
        mode: 'verify',
        'auth0-domain': emu.domain,
        'client-id': app.client_id,
        'client-secret': app.client_secret!,
        // Off by default in verify (a scheduled check would store an artifact every run).
        'upload-artifact': 'true'
      },
      env: svc.actionsEnv(),
      caPath: emu.caPath
    });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.outputs['app-status']).toBe('not-checked');
    expect(emu.requests.filter(q => q.path.startsWith('/api/v2'))).toEqual([]);
    expect(check(r, 'artifact')?.status).toBe('pass');

    const { artifact, yaml, manifest } = stored();
    expect(yaml.equals(readFileSync(r.outputs['config-path']))).toBe(true);
    expect(manifest).toMatchObject({ clientId: app.client_id, credential: 'access-token' });
    // Without retention-days the library sends none: the repository default applies.
    expect(artifact.retentionDays).toBeUndefined();
    expect(r.outputs['artifact-id']).toBe(String(artifact.id));
  });
});

describe('skipping the upload', () => {
  it('outside GitHub Actions (no ACTIONS_* variables): a notice, the run passes, no artifact outputs', async () => {
    const r = await run({ mode: 'provision' }, {});
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    const notices = r.annotations.filter(a => a.level === 'notice' && /artifact/i.test(a.message));
    expect(notices).toHaveLength(1);
    expect(notices[0].message).toMatch(/skipped/i);
    expect(notices[0].message).toContain('ACTIONS_RUNTIME_TOKEN');
    expect(check(r, 'artifact')?.status).toBe('skip');
    expect(r.outputs['artifact-id']).toBeUndefined();
    expect(r.outputs['artifact-url']).toBeUndefined();
    // The rendered file is still the deliverable.
    expect(existsSync(r.outputs['config-path'])).toBe(true);
    expect(svc.requests).toEqual([]);
  });

  it.each(['verify', 'plan'])(
    '%s does not upload unless upload-artifact is set (a scheduled check would store one every run)',
    async mode => {
      addDesiredIngestionApp(emu, {});
      const r = await run({ mode });
      expect(r.code).toBe(0);
      expect(check(r, 'artifact')).toBeUndefined();
      expect(r.annotations.filter(a => /artifact/i.test(a.message))).toEqual([]);
      expect(r.outputs['artifact-id']).toBeUndefined();
      expect(svc.requests).toEqual([]);
    }
  );

  it('upload-artifact: false skips silently, even in GitHub Actions', async () => {
    const r = await run({ mode: 'provision', 'upload-artifact': 'false' });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.annotations.filter(a => /artifact/i.test(a.message))).toEqual([]);
    expect(r.stdout).not.toMatch(/^::notice/m);
    expect(r.outputs['artifact-id']).toBeUndefined();
    expect(r.outputs['artifact-url']).toBeUndefined();
    expect(svc.requests).toEqual([]);
    expect(existsSync(r.outputs['config-path'])).toBe(true);
  });
});

describe('a failed upload is a failed check, not a crash', () => {
  it('a second artifact of the same name in the same run fails with a sentence naming it', async () => {
    const name = 'ingestion-config';
    const first = await run({ mode: 'provision', 'artifact-name': name });
    expect(first.code).toBe(0);
    expect(first.outputs['artifact-id']).toBeDefined();

    const second = await run({ mode: 'verify', 'artifact-name': name, 'upload-artifact': 'true' });
    expect(second.code).toBe(1);
    expect(second.outputs.result).toBe('fail');
    const failed = check(second, 'artifact')!;
    expect(failed.status).toBe('fail');
    expect(failed.detail).toContain(`"${name}"`);
    expect(failed.detail).toMatch(/already exists in this workflow run/);
    expect(second.outputs['artifact-id']).toBeUndefined();
    expect(second.outputs['artifact-url']).toBeUndefined();
    // Everything else passed; the file stays on disk and in the output.
    expect(
      report(second)
        .filter(c => c.status === 'fail')
        .map(c => c.id)
    ).toEqual(['artifact']);
    expect(second.outputs['config-path']).toBe(path.join(second.runnerTemp, 'openmetadata', 'workflow.yaml'));
    expect(existsSync(second.outputs['config-path'])).toBe(true);
    expect(failed.detail).toContain(second.outputs['config-path']);
    expect(second.summary).toContain(`already exists in this workflow run`);
    expect(second.stderr).not.toMatch(/TypeError|ReferenceError|at .*\.js:\d+/);
    // Only the first one is stored.
    expect(svc.artifacts.filter(a => a.name === name)).toHaveLength(1);
    expect(visible(second)).not.toContain(svc.runtimeToken());
  });

  it.each([
    ['CreateArtifact', 400],
    ['blob', 403]
  ] as const)('a %s %i fails the artifact check; the runtime token never shows', async (on, status) => {
    const token = svc.runtimeToken();
    svc.injectFault({ on, status, message: 'the request was refused' });
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    const failed = check(r, 'artifact')!;
    expect(failed.status).toBe('fail');
    expect(failed.detail).toContain(`Could not upload artifact "${DEFAULT_NAME}"`);
    expect(failed.detail).toContain(String(status));
    expect(failed.detail).toContain('the request was refused');
    expect(
      report(r)
        .filter(c => c.status === 'fail')
        .map(c => c.id)
    ).toEqual(['artifact']);
    expect(r.outputs['artifact-id']).toBeUndefined();
    expect(r.outputs['config-path']).toBeDefined();
    expect(existsSync(r.outputs['config-path'])).toBe(true);
    expect(r.stdout).toMatch(/^::error::.*Workflow artifact/m);
    expect(r.stderr).not.toMatch(/TypeError|ReferenceError|Unhandled/);
    // Not in stdout (debug lines included), the summary, the outputs, or any file the run left.
    expect(visible(r)).not.toContain(token);
    for (const file of Object.values(r.writtenFiles)) expect(file.includes(token)).toBe(false);
  });

  it('redacts the runtime token from the check even when the service echoes it', async () => {
    const token = svc.runtimeToken();
    svc.injectFault({ on: 'CreateArtifact', status: 403, message: `refused for bearer ${token}` });
    const r = await run({ mode: 'provision' });
    expect(r.code).toBe(1);
    const failed = check(r, 'artifact')!;
    expect(failed.status).toBe('fail');
    expect(failed.detail).toContain('refused for bearer ***');
    // What the action itself says. (@actions/artifact logs the raw response body as ::debug::, which the
    // runner shows only with step debugging on, and masks: the runner registers its runtime token as a secret.)
    const ownStdout = r.stdout
      .split('\n')
      .filter(l => !l.startsWith('::debug::'))
      .join('\n');
    expect([ownStdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n')).not.toContain(token);
  });
});

describe('inline-secrets', () => {
  it('uploads, and the summary and a warning say the artifact holds a credential and who can download it', async () => {
    const r = await run({ mode: 'provision', 'inline-secrets': 'true' });
    expect(r.code).toBe(0);
    expect(check(r, 'artifact')?.status).toBe('pass');
    const token = r.outputs['access-token'];
    const { yaml } = stored();
    expect(yaml.equals(readFileSync(r.outputs['config-path']))).toBe(true);
    // The credential really is in the artifact: that is what the warning is about.
    expect(parse(yaml.toString('utf8')).workflowConfig.openMetadataServerConfig.securityConfig).toEqual({
      jwtToken: token
    });

    const warnings = r.annotations.filter(a => a.level === 'warning' && /artifact/i.test(a.message));
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/credential/);
    expect(warnings[0].message).toMatch(/anyone with read access to the repository/);
    expect(r.summary).toMatch(/artifact, which anyone with read access to the repository can download/);
    expect(check(r, 'render.inline-secrets')?.status).toBe('warn');
    // The summary still never shows the token itself.
    expect(r.summary).not.toContain(token);
  });
});

describe('the server settings of the login app', () => {
  it('go into the artifact beside the workflow config, listed in the manifest, without secrets', async () => {
    const r = await run({
      mode: 'provision',
      'sso-client-type': 'confidential',
      'openmetadata-url': 'https://openmetadata.example.com'
    });
    expect(r.code).toBe(0);
    const [artifact] = svc.artifacts.filter(a => a.name === DEFAULT_NAME && a.finalized);
    const entries = readZip(artifact.blob);
    expect([...entries.keys()].sort()).toEqual([MANIFEST_FILE, 'server-auth.env', 'workflow.yaml']);
    expect(entries.get('server-auth.env')!.toString('utf8')).toBe(
      readFileSync(r.outputs['server-config-path'], 'utf8')
    );
    const manifest = JSON.parse(entries.get(MANIFEST_FILE)!.toString('utf8'));
    const login = emu.clients.find(c => c.name === 'OpenMetadata')!;
    expect(manifest.serverConfig).toEqual({
      file: 'server-auth.env',
      deployment: 'docker',
      clientType: 'confidential',
      clientId: login.client_id,
      envVars: ['OIDC_CLIENT_SECRET']
    });
    const zipText = [...entries.values()].map(b => b.toString('utf8')).join('\n');
    for (const c of emu.clients) expect(zipText).not.toContain(c.client_secret);
  });
});
