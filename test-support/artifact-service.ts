/**
 * An emulation of GitHub's artifact service (the "results" service behind `actions/upload-artifact@v4+`)
 * good enough for the real `@actions/artifact` 6 library to run unchanged against it, on plain HTTP at
 * 127.0.0.1 (the library only takes the origin of ACTIONS_RESULTS_URL and accepts http).
 *
 * What the library sends, and what this answers (checked against node_modules/@actions/artifact/lib):
 *
 * - `POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact`, `Authorization: Bearer
 *   <ACTIONS_RUNTIME_TOKEN>`, JSON with proto field names: `{workflow_run_backend_id,
 *   workflow_job_run_backend_id, name, version: 7, mime_type: "application/zip", expires_at?: RFC 3339}`.
 *   The backend ids come from the token's `scp` claim `Actions.Results:<run>:<job>`.
 *   Answer: `{ok: true, signed_upload_url}`; a second artifact of the same name in the same workflow run
 *   is HTTP 409 `{"code":"already_exists","msg":"an artifact with this name already exists on the
 *   workflow run"}`, as the real service answers.
 * - The signed URL is an Azure Blob URL (SAS query with `sig`). `BlockBlobClient.uploadStream` always
 *   stages blocks (`PUT ?comp=block&blockid=…`, raw body) and commits them (`PUT ?comp=blocklist`, XML
 *   `<BlockList><Latest>id</Latest>…</BlockList>`); a single-shot Put Blob (`PUT` with
 *   `x-ms-blob-type: BlockBlob`) is accepted too. Azure errors are XML `<Error><Code>…` with
 *   `x-ms-error-code`.
 * - `POST …/FinalizeArtifact` `{workflow_run_backend_id, workflow_job_run_backend_id, name, size: "<int64>",
 *   hash?: "sha256:<hex>"}` → `{ok: true, artifact_id: "<int64>"}`. The emulator checks that the size and
 *   hash match the committed blob.
 *
 * Retries of the library (know them before injecting faults): the Twirp client retries 429/500/502/503/504
 * up to 5 attempts, sleeping 3 s, then ×1.5 each time (a permanent 500 costs ~30 s); other statuses fail at
 * once. The Azure pipeline retries 500/503 up to 4 tries with 0 s, 4 s, 12 s delays. Inject a non-retryable
 * status (400/403/404/409) to test a failure fast, or a retryable one with `times: 1` to test a retry.
 */
import * as http from 'node:http';
import { createHash, createHmac, randomBytes, randomUUID } from 'node:crypto';
import { inflateRawSync, crc32 } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface StoredArtifact {
  /** Database id the service answers in FinalizeArtifact (0 until finalized). */
  id: number;
  name: string;
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  mimeType?: string;
  version?: number;
  /** `expires_at` as sent (RFC 3339), undefined when the library sent no retention. */
  expiresAt?: string;
  /** Whole days between creation and `expires_at` (rounded), undefined without retention. */
  retentionDays?: number;
  createdAt: Date;
  /** The committed blob: the zip as uploaded (empty until the block list is committed). */
  blob: Buffer;
  committed: boolean;
  finalized: boolean;
  /** Size and hash the client declared in FinalizeArtifact. */
  declaredSize?: number;
  declaredHash?: string;
  /** Blob content type the client set (`x-ms-blob-content-type`). */
  contentType?: string;
}

export type FaultTarget = 'CreateArtifact' | 'FinalizeArtifact' | 'blob';

export interface Fault {
  on: FaultTarget;
  /** HTTP status to answer; default 500. */
  status?: number;
  /** How many matching requests fail (≥ 1) before the service behaves again; default: every one. */
  times?: number;
  /** Twirp error code / Azure error code in the body; derived from the status when omitted. */
  code?: string;
  /** Error message in the body. */
  message?: string;
}

export interface LoggedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  /** `CreateArtifact`, `FinalizeArtifact`, `block`, `blocklist`, `putblob` or `other`. */
  op: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Request body as text (JSON and XML calls only; block bodies are not kept here). */
  body?: string;
}

export interface ArtifactService {
  /** `http://127.0.0.1:PORT/`, the value for ACTIONS_RESULTS_URL. */
  resultsUrl: string;
  /** Default backend ids, used by `runtimeToken()` and `actionsEnv()` without arguments. */
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** A runtime token (JWT signed by this service) whose `scp` carries `Actions.Results:<run>:<job>`. */
  runtimeToken(workflowRunBackendId?: string, workflowJobRunBackendId?: string): string;
  /**
   * The variables the runner gives a step for artifact upload, plus the ones the artifact URL is built
   * from: ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL, GITHUB_SERVER_URL (https://github.com),
   * GITHUB_REPOSITORY, GITHUB_RUN_ID. Spread into a child process env or pass as `env`.
   */
  actionsEnv(overrides?: Record<string, string>): Record<string, string>;
  artifacts: StoredArtifact[];
  /** Every request, in order. */
  requests: LoggedRequest[];
  /** Make the next matching requests fail; see the retry note at the top of this file. */
  injectFault(fault: Fault): void;
  clearFaults(): void;
  close(): Promise<void>;
}

export interface ArtifactServiceOptions {
  port?: number;
  /** First artifact id handed out; default 1_000_001 (ids are int64 strings on the wire). */
  firstArtifactId?: number;
  repository?: string;
  runId?: string;
}

const TWIRP_CODES: Record<number, string> = {
  400: 'invalid_argument',
  401: 'unauthenticated',
  403: 'permission_denied',
  404: 'not_found',
  409: 'already_exists',
  412: 'failed_precondition',
  429: 'resource_exhausted',
  500: 'internal',
  502: 'unavailable',
  503: 'unavailable',
  504: 'deadline_exceeded'
};

const AZURE_CODES: Record<number, string> = {
  400: 'InvalidInput',
  403: 'AuthenticationFailed',
  404: 'BlobNotFound',
  409: 'BlobAlreadyExists',
  500: 'InternalError',
  503: 'ServerBusy'
};

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

export async function startArtifactService(opts: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const signingKey = randomBytes(32);
  const workflowRunBackendId = randomUUID();
  const workflowJobRunBackendId = randomUUID();
  const repository = opts.repository ?? 'octo-org/octo-repo';
  const runId = opts.runId ?? '4242';
  let nextId = opts.firstArtifactId ?? 1_000_001;
  const artifacts: StoredArtifact[] = [];
  const requests: LoggedRequest[] = [];
  const faults: Fault[] = [];
  /** Staged, uncommitted blocks per blob path. */
  const staged = new Map<string, Map<string, Buffer>>();
  /** Blob path → the artifact it belongs to and its SAS signature. */
  const blobs = new Map<string, { artifact: StoredArtifact; sig: string }>();

  const tokens = new Map<string, string>();
  /** One token per pair of backend ids, stable for the life of the service (as within one job). */
  function runtimeToken(run = workflowRunBackendId, job = workflowJobRunBackendId): string {
    const cached = tokens.get(`${run}:${job}`);
    if (cached) return cached;
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ typ: 'JWT', alg: 'HS256' }));
    const payload = b64url(
      JSON.stringify({
        nameid: 'dddddddd-dddd-dddd-dddd-dddddddddddd',
        scp: `Actions.ExampleScope Actions.Results:${run}:${job}`,
        iss: 'vstoken.actions.githubusercontent.com',
        aud: 'vso:emulator',
        nbf: now - 60,
        exp: now + 6 * 3600
      })
    );
    const sig = b64url(createHmac('sha256', signingKey).update(`${header}.${payload}`).digest());
    tokens.set(`${run}:${job}`, `${header}.${payload}.${sig}`);
    return `${header}.${payload}.${sig}`;
  }

  /** Verifies our own HS256 token and returns the Actions.Results backend ids it grants. */
  function authorize(req: http.IncomingMessage): { run: string; job: string } | undefined {
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!m) return undefined;
    const [h, p, s] = m[1].split('.');
    if (!h || !p || !s) return undefined;
    const expected = b64url(createHmac('sha256', signingKey).update(`${h}.${p}`).digest());
    if (s !== expected) return undefined;
    try {
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as { scp?: string };
      for (const scope of (claims.scp ?? '').split(' ')) {
        const parts = scope.split(':');
        if (parts[0] === 'Actions.Results' && parts.length === 3) return { run: parts[1], job: parts[2] };
      }
    } catch {
      return undefined;
    }
    return undefined;
  }

  function takeFault(on: FaultTarget): Fault | undefined {
    const i = faults.findIndex(f => f.on === on);
    if (i < 0) return undefined;
    const f = faults[i];
    if (f.times !== undefined) {
      f.times--;
      if (f.times <= 0) faults.splice(i, 1);
    }
    return f;
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const query = Object.fromEntries(url.searchParams);
      const entry: LoggedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query,
        op: 'other',
        status: 0,
        headers: req.headers
      };
      requests.push(entry);
      const send = (status: number, headers: Record<string, string>, text = '') => {
        entry.status = status;
        res.writeHead(status, { 'content-length': String(Buffer.byteLength(text)), ...headers });
        res.end(text);
      };
      try {
        if (url.pathname.startsWith(SERVICE)) {
          entry.body = body.toString('utf8');
          twirp(url.pathname.slice(SERVICE.length), req, body, entry, send);
        } else if (url.pathname.startsWith('/blob/')) {
          blob(url, req, body, entry, send);
        } else {
          send(404, { 'content-type': 'text/plain' }, 'not found');
        }
      } catch (e) {
        send(500, { 'content-type': 'text/plain' }, `emulator error: ${(e as Error).message}`);
      }
    });
  });

  type Send = (status: number, headers: Record<string, string>, text?: string) => void;

  function twirpError(send: Send, status: number, msg: string, code = TWIRP_CODES[status] ?? 'unknown') {
    send(status, { 'content-type': 'application/json' }, JSON.stringify({ code, msg }));
  }

  function twirp(
    method: string,
    req: http.IncomingMessage,
    body: Buffer,
    entry: LoggedRequest,
    send: Send
  ): void {
    entry.op = method;
    if (req.method !== 'POST') return twirpError(send, 404, `unsupported method ${req.method}`, 'bad_route');
    if (method !== 'CreateArtifact' && method !== 'FinalizeArtifact') {
      return twirpError(send, 404, `no handler for ${method}`, 'bad_route');
    }
    const ids = authorize(req);
    if (!ids) return twirpError(send, 401, 'invalid or missing runtime token');
    const fault = takeFault(method);
    if (fault) {
      return twirpError(send, fault.status ?? 500, fault.message ?? 'injected fault', fault.code);
    }
    let msg: Record<string, unknown>;
    try {
      msg = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return twirpError(send, 400, 'the request body is not JSON', 'malformed');
    }
    const run = msg.workflow_run_backend_id;
    const job = msg.workflow_job_run_backend_id;
    const name = msg.name;
    if (typeof name !== 'string' || !name) return twirpError(send, 400, 'name is required');
    if (run !== ids.run || job !== ids.job) {
      return twirpError(send, 403, 'the backend ids do not match the runtime token');
    }
    const existing = artifacts.find(a => a.workflowRunBackendId === run && a.name === name);

    if (method === 'CreateArtifact') {
      if (existing) {
        return twirpError(send, 409, 'an artifact with this name already exists on the workflow run');
      }
      const createdAt = new Date();
      const expiresAt = typeof msg.expires_at === 'string' ? msg.expires_at : undefined;
      const artifact: StoredArtifact = {
        id: 0,
        name,
        workflowRunBackendId: run,
        workflowJobRunBackendId: job,
        mimeType: typeof msg.mime_type === 'string' ? msg.mime_type : undefined,
        version: typeof msg.version === 'number' ? msg.version : undefined,
        expiresAt,
        retentionDays: expiresAt
          ? Math.round((Date.parse(expiresAt) - createdAt.getTime()) / DAY_MS)
          : undefined,
        createdAt,
        blob: Buffer.alloc(0),
        committed: false,
        finalized: false
      };
      artifacts.push(artifact);
      const blobPath = `/blob/actions-results/${run}/workflow-job-run-${job}/artifacts/${randomUUID()}.zip`;
      const sig = randomBytes(24).toString('base64');
      blobs.set(blobPath, { artifact, sig });
      const se = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d+Z$/, 'Z');
      const sas = new URLSearchParams({ sv: '2021-12-02', se, sr: 'b', sp: 'cw', sig });
      const addr = server.address() as AddressInfo;
      return send(
        200,
        { 'content-type': 'application/json' },
        JSON.stringify({ ok: true, signed_upload_url: `http://127.0.0.1:${addr.port}${blobPath}?${sas}` })
      );
    }

    // FinalizeArtifact
    if (!existing) return twirpError(send, 404, 'artifact not found');
    if (existing.finalized) return twirpError(send, 409, 'artifact is already finalized');
    if (!existing.committed) return twirpError(send, 412, 'no blob was uploaded for this artifact');
    const size = Number(msg.size ?? 0);
    const hash = typeof msg.hash === 'string' ? msg.hash : undefined;
    if (size !== existing.blob.length) {
      return twirpError(send, 400, `size ${size} does not match the uploaded ${existing.blob.length} bytes`);
    }
    if (hash && hash !== `sha256:${createHash('sha256').update(existing.blob).digest('hex')}`) {
      return twirpError(send, 400, 'hash does not match the uploaded content');
    }
    existing.declaredSize = size;
    existing.declaredHash = hash;
    existing.finalized = true;
    existing.id = nextId++;
    return send(
      200,
      { 'content-type': 'application/json' },
      JSON.stringify({ ok: true, artifact_id: String(existing.id) })
    );
  }

  function azureError(send: Send, status: number, code: string, message: string) {
    send(
      status,
      { 'content-type': 'application/xml', 'x-ms-error-code': code, 'x-ms-request-id': randomUUID() },
      `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`
    );
  }

  function blob(url: URL, req: http.IncomingMessage, body: Buffer, entry: LoggedRequest, send: Send): void {
    const comp = url.searchParams.get('comp');
    entry.op =
      comp === 'block' ? 'block' : comp === 'blocklist' ? 'blocklist' : comp ? `comp=${comp}` : 'putblob';
    if (comp !== 'block') entry.body = body.toString('utf8');
    const target = blobs.get(url.pathname);
    if (!target || url.searchParams.get('sig') !== target.sig) {
      return azureError(send, 403, 'AuthenticationFailed', 'Server failed to authenticate the request.');
    }
    const fault = takeFault('blob');
    if (fault) {
      const status = fault.status ?? 500;
      return azureError(
        send,
        status,
        fault.code ?? AZURE_CODES[status] ?? 'InternalError',
        fault.message ?? 'injected fault'
      );
    }
    if (req.method !== 'PUT')
      return azureError(send, 405, 'UnsupportedHttpVerb', `${req.method} is not supported`);
    const { artifact } = target;
    const ok = (extra: Record<string, string> = {}) =>
      send(201, {
        'x-ms-request-id': randomUUID(),
        'x-ms-version': '2021-12-02',
        'x-ms-request-server-encrypted': 'true',
        date: new Date().toUTCString(),
        ...extra
      });
    const etag = () => `"0x${randomBytes(8).toString('hex').toUpperCase()}"`;
    if (comp === 'block') {
      const id = url.searchParams.get('blockid');
      if (!id) return azureError(send, 400, 'InvalidQueryParameterValue', 'blockid is required');
      if (!staged.has(url.pathname)) staged.set(url.pathname, new Map());
      staged.get(url.pathname)!.set(id, body);
      return ok();
    }
    if (comp === 'blocklist') {
      const blocks = staged.get(url.pathname) ?? new Map<string, Buffer>();
      const parts: Buffer[] = [];
      for (const m of body.toString('utf8').matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)) {
        const block = blocks.get(m[2]);
        if (!block) return azureError(send, 400, 'InvalidBlockList', `block ${m[2]} was not staged`);
        parts.push(block);
      }
      artifact.blob = Buffer.concat(parts);
      artifact.committed = true;
      artifact.contentType = String(req.headers['x-ms-blob-content-type'] ?? '') || undefined;
      staged.delete(url.pathname);
      return ok({ etag: etag(), 'last-modified': new Date().toUTCString() });
    }
    if (!comp && req.headers['x-ms-blob-type'] === 'BlockBlob') {
      artifact.blob = body;
      artifact.committed = true;
      artifact.contentType = String(req.headers['x-ms-blob-content-type'] ?? '') || undefined;
      return ok({ etag: etag(), 'last-modified': new Date().toUTCString() });
    }
    return azureError(send, 400, 'InvalidQueryParameterValue', `unsupported blob operation ${url.search}`);
  }

  await new Promise<void>(resolve => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const resultsUrl = `http://127.0.0.1:${port}/`;

  return {
    resultsUrl,
    workflowRunBackendId,
    workflowJobRunBackendId,
    runtimeToken,
    actionsEnv: (overrides = {}) => ({
      ACTIONS_RUNTIME_TOKEN: runtimeToken(),
      ACTIONS_RESULTS_URL: resultsUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: repository,
      GITHUB_RUN_ID: runId,
      ...overrides
    }),
    artifacts,
    requests,
    injectFault: fault => faults.push({ ...fault }),
    clearFaults: () => void faults.splice(0),
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

/**
 * Reads a zip (as `@actions/artifact` writes it with archiver: deflate or store, data descriptors) from
 * its central directory and returns every entry by name, checking each CRC-32. Enough for tests to assert
 * what an artifact holds without another dependency.
 */
export function readZip(zip: Buffer): Map<string, Buffer> {
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip: no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry');
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const localOffset = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString('utf8');
    p += 46 + nameLen + extraLen + commentLen;
    if (zip.readUInt32LE(localOffset) !== 0x04034b50) throw new Error(`bad local header for ${name}`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const raw = zip.subarray(dataStart, dataStart + compressedSize);
    const data = method === 0 ? Buffer.from(raw) : method === 8 ? inflateRawSync(raw) : undefined;
    if (!data) throw new Error(`unsupported compression method ${method} for ${name}`);
    if (!name.endsWith('/') && crc32(data) !== crc) throw new Error(`CRC mismatch for ${name}`);
    entries.set(name, data);
  }
  return entries;
}
