/**
 * uploadRenderedConfig against the artifact service emulation, with the real @actions/artifact 6 library:
 * Twirp CreateArtifact → Azure block upload → FinalizeArtifact, as on GitHub.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import { MANIFEST_FILE, uploadRenderedConfig, type ArtifactManifest } from '../../src/report/artifact.js';
import { readZip, startArtifactService, type ArtifactService } from '../../test-support/artifact-service.js';

// A rendered file with what byte-for-byte comparison must survive: comments, CRLF, trailing spaces, UTF-8.
const RENDERED =
  '# Rendered by openmetadata-auth0-action — edit the template, not this file\r\n' +
  'source:\n  type: mysql   \n  serviceName: cafè\n' +
  'workflowConfig:\n  openMetadataServerConfig:\n    hostPort: http://localhost:8585/api\n' +
  '    authProvider: openmetadata\n    securityConfig:\n      jwtToken: ${OPENMETADATA_JWT_TOKEN}\n';

const MANIFEST: ArtifactManifest = {
  openmetadataVersion: '1.7',
  credential: 'access-token',
  clientId: 'AbCdEf0123456789',
  envVars: ['OPENMETADATA_JWT_TOKEN'],
  actionVersion: '0.1.0',
  renderedAt: '2025-01-02T03:04:05.000Z',
  file: 'workflow.yaml'
};

let svc: ArtifactService;
let dir: string;
let runnerTemp: string;
let configPath: string;
let stdout: string;

beforeAll(async () => {
  svc = await startArtifactService();
});
afterAll(() => svc.close());

beforeEach(() => {
  svc.clearFaults();
  dir = mkdtempSync(path.join(os.tmpdir(), 'artifact-test-'));
  runnerTemp = path.join(dir, 'runner-temp');
  configPath = path.join(dir, 'openmetadata', 'workflow.yaml');
  for (const d of [runnerTemp, path.dirname(configPath)]) mkdirSync(d, { recursive: true });
  stdout = '';
  // @actions/core logs the library's progress on stdout; keep it to assert on (and out of the test log).
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

let nameCounter = 0;
const uniqueName = () => `openmetadata-workflow-config-${++nameCounter}`;

function render(text = RENDERED): void {
  writeFileSync(configPath, text);
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...svc.actionsEnv(), RUNNER_TEMP: runnerTemp, ...extra };
}

function upload(name: string, more: Partial<Parameters<typeof uploadRenderedConfig>[0]> = {}) {
  return uploadRenderedConfig({ enabled: true, configPath, name, manifest: MANIFEST, env: env(), ...more });
}

const opsFor = (from: number) => svc.requests.slice(from).map(r => r.op);

describe('upload', () => {
  test('the stored blob is a zip with the rendered file byte for byte and the manifest at its root', async () => {
    render();
    const name = uniqueName();
    const before = svc.requests.length;
    const result = await upload(name, { retentionDays: 7 });

    expect(result).toEqual({
      status: 'uploaded',
      id: expect.any(Number),
      url: expect.any(String),
      size: expect.any(Number),
      digest: expect.stringMatching(/^[0-9a-f]{64}$/)
    });
    if (result.status !== 'uploaded') throw new Error('unreachable');
    const stored = svc.artifacts.find(a => a.name === name)!;
    expect(stored.finalized).toBe(true);
    expect(result.id).toBe(stored.id);
    expect(result.url).toBe(`https://github.com/octo-org/octo-repo/actions/runs/4242/artifacts/${stored.id}`);
    expect(result.size).toBe(stored.blob.length);
    expect(result.digest).toBe(createHash('sha256').update(stored.blob).digest('hex'));
    expect(stored.declaredHash).toBe(`sha256:${result.digest}`);

    const entries = readZip(stored.blob);
    expect([...entries.keys()].sort()).toEqual([MANIFEST_FILE, 'workflow.yaml']);
    expect(entries.get('workflow.yaml')!.equals(Buffer.from(RENDERED, 'utf8'))).toBe(true);
    expect(JSON.parse(entries.get(MANIFEST_FILE)!.toString('utf8'))).toEqual(MANIFEST);

    // What the library sent: the Twirp calls with the token's backend ids, then Azure block upload.
    expect(opsFor(before)).toEqual(['CreateArtifact', 'block', 'blocklist', 'FinalizeArtifact']);
    const create = JSON.parse(svc.requests[before].body!);
    expect(create).toMatchObject({
      workflow_run_backend_id: svc.workflowRunBackendId,
      workflow_job_run_backend_id: svc.workflowJobRunBackendId,
      name,
      version: 7,
      mime_type: 'application/zip'
    });
    expect(stored.retentionDays).toBe(7);
    expect(stored.contentType).toBe('application/zip');
    expect(svc.requests[before].headers.authorization).toBe(`Bearer ${env().ACTIONS_RUNTIME_TOKEN}`);

    // The rendered file is untouched, nothing was left next to it or in RUNNER_TEMP.
    expect(readFileSync(configPath, 'utf8')).toBe(RENDERED);
    expect(readdirSync(path.dirname(configPath))).toEqual(['workflow.yaml']);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(stdout).toContain(`Artifact ${name} successfully finalized`);
    expect(stdout).not.toContain(env().ACTIONS_RUNTIME_TOKEN);
    expect(JSON.stringify(result)).not.toContain(env().ACTIONS_RUNTIME_TOKEN);
  });

  test('without retention-days no expiry is sent (the repository default applies)', async () => {
    render();
    const name = uniqueName();
    const result = await upload(name);
    expect(result.status).toBe('uploaded');
    const stored = svc.artifacts.find(a => a.name === name)!;
    expect(stored.expiresAt).toBeUndefined();
    const create = svc.requests.find(r => r.op === 'CreateArtifact' && r.body?.includes(`"${name}"`))!;
    expect(JSON.parse(create.body!)).not.toHaveProperty('expires_at');
  });

  test('the repository maximum (GITHUB_RETENTION_DAYS) caps retention-days, as the library does', async () => {
    render();
    const name = uniqueName();
    const result = await upload(name, { retentionDays: 30, env: env({ GITHUB_RETENTION_DAYS: '3' }) });
    expect(result.status).toBe('uploaded');
    expect(svc.artifacts.find(a => a.name === name)!.retentionDays).toBe(3);
  });

  test('the env option is lent to the library only for the call; process.env is left as it was', async () => {
    render();
    const saved = { token: process.env.ACTIONS_RUNTIME_TOKEN, url: process.env.ACTIONS_RESULTS_URL };
    const result = await upload(uniqueName());
    expect(result.status).toBe('uploaded');
    expect(process.env.ACTIONS_RUNTIME_TOKEN).toBe(saved.token);
    expect(process.env.ACTIONS_RESULTS_URL).toBe(saved.url);
  });

  test('a second artifact of the same name in the run fails with a clear message, no throw', async () => {
    render();
    const name = uniqueName();
    expect((await upload(name)).status).toBe('uploaded');
    const before = svc.requests.length;
    const second = await upload(name);
    expect(second).toEqual({
      status: 'failed',
      message: `Could not upload artifact "${name}": an artifact with this name already exists in this workflow run (artifact names are unique per run).`
    });
    // The real service's answer: HTTP 409, Twirp code already_exists; not retried.
    expect(svc.requests.slice(before).map(r => [r.op, r.status])).toEqual([['CreateArtifact', 409]]);
    expect(svc.artifacts.filter(a => a.name === name)).toHaveLength(1);
    // Names are unique per run, not globally: another run may use it.
    const otherRun = await upload(name, {
      env: env({ ACTIONS_RUNTIME_TOKEN: svc.runtimeToken('run-2', 'job-2') })
    });
    expect(otherRun.status).toBe('uploaded');
  });
});

describe('skips', () => {
  test('upload-artifact: false skips silently without loading or calling anything', async () => {
    render();
    const before = svc.requests.length;
    const result = await upload(uniqueName(), { enabled: false });
    expect(result).toMatchObject({ status: 'skipped', reason: 'disabled' });
    expect(svc.requests.length).toBe(before);
  });

  test.each([
    ['ACTIONS_RUNTIME_TOKEN', { ACTIONS_RUNTIME_TOKEN: '' }],
    ['ACTIONS_RESULTS_URL', { ACTIONS_RESULTS_URL: '' }],
    ['ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL', { ACTIONS_RUNTIME_TOKEN: '', ACTIONS_RESULTS_URL: '' }]
  ])('outside GitHub Actions (no %s) the upload is skipped with a notice text', async (missing, extra) => {
    render();
    const before = svc.requests.length;
    const result = await upload(uniqueName(), { env: env(extra) });
    expect(result).toEqual({
      status: 'skipped',
      reason: 'not-in-actions',
      message: expect.stringContaining(`not running in GitHub Actions (${missing}`)
    });
    if (result.status === 'skipped') expect(result.message).toContain(configPath);
    expect(svc.requests.length).toBe(before);
  });
});

describe('failures are results, not exceptions, and never carry the runtime token', () => {
  const token = () => env().ACTIONS_RUNTIME_TOKEN!;

  test('CreateArtifact rejected by the service', async () => {
    render();
    // The emulated service echoes the token in its error text: the message must still not carry it.
    svc.injectFault({ on: 'CreateArtifact', status: 400, message: `bad request for ${token()}` });
    const name = uniqueName();
    const result = await upload(name);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.message).toMatch(
      new RegExp(`^Could not upload artifact "${name}": Failed to CreateArtifact: .*\\(400\\).*\\.$`)
    );
    expect(result.message).toContain('bad request for ***');
    expect(JSON.stringify(result)).not.toContain(token());
    expect(readFileSync(configPath, 'utf8')).toBe(RENDERED);
  });

  test('FinalizeArtifact rejected by the service', async () => {
    render();
    svc.injectFault({ on: 'FinalizeArtifact', status: 404, message: 'artifact not found' });
    const name = uniqueName();
    const result = await upload(name);
    expect(result).toEqual({
      status: 'failed',
      message: expect.stringMatching(
        /^Could not upload artifact ".*": Failed to FinalizeArtifact: .*\(404\).*artifact not found\.$/
      )
    });
    expect(svc.artifacts.find(a => a.name === name)!.finalized).toBe(false);
  });

  test('the blob upload rejected by storage', async () => {
    render();
    svc.injectFault({ on: 'blob', status: 403, message: 'Signature not valid in the specified time frame' });
    const name = uniqueName();
    const before = svc.requests.length;
    const result = await upload(name);
    expect(result.status).toBe('failed');
    if (result.status === 'failed') {
      expect(result.message).toContain(
        `Could not upload artifact "${name}": the upload to blob storage failed with HTTP 403 AuthenticationFailed: `
      );
      expect(result.message).toContain('Signature not valid');
      expect(result.message).not.toMatch(/sig=(?!\*\*\*)/);
      expect(result.message).not.toContain(token());
    }
    expect(opsFor(before)).toEqual(['CreateArtifact', 'block']);
  });

  test('one 500 from CreateArtifact is retried by the library (after its 3 s back-off) and succeeds', async () => {
    render();
    svc.injectFault({ on: 'CreateArtifact', status: 500, times: 1 });
    const before = svc.requests.length;
    const result = await upload(uniqueName());
    expect(result.status).toBe('uploaded');
    expect(svc.requests.slice(before).map(r => `${r.op} ${r.status}`)).toEqual([
      'CreateArtifact 500',
      'CreateArtifact 200',
      'block 201',
      'blocklist 201',
      'FinalizeArtifact 200'
    ]);
  }, 15_000);

  test('one 500 from blob storage is retried by the storage SDK and succeeds', async () => {
    render();
    svc.injectFault({ on: 'blob', status: 500, times: 1 });
    const before = svc.requests.length;
    const result = await upload(uniqueName());
    expect(result.status).toBe('uploaded');
    expect(opsFor(before)).toEqual(['CreateArtifact', 'block', 'block', 'blocklist', 'FinalizeArtifact']);
  });

  test('an unreachable service (connection refused) fails at once, without retries', async () => {
    render();
    const result = await upload(uniqueName(), { env: env({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' }) });
    expect(result).toEqual({
      status: 'failed',
      message: expect.stringMatching(
        /^Could not upload artifact ".*": Failed to CreateArtifact: Unable to make request: ECONNREFUSED\b/
      )
    });
  });

  test('a missing rendered file', async () => {
    const result = await upload(uniqueName());
    expect(result).toEqual({
      status: 'failed',
      message: expect.stringMatching(/the rendered file .*workflow\.yaml could not be read \(ENOENT\)\.$/)
    });
  });

  test('a rendered file named like the manifest', async () => {
    configPath = path.join(path.dirname(configPath), MANIFEST_FILE);
    render();
    const result = await upload(uniqueName());
    expect(result.status).toBe('failed');
    expect(existsSync(configPath)).toBe(true);
  });
});
