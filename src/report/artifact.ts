/**
 * Publishes the rendered workflowConfig as a workflow artifact with `@actions/artifact` (the library
 * `actions/upload-artifact@v4+` uses), zipped with a small manifest next to it, so it can be downloaded
 * from the run page or fetched by a later job with `actions/download-artifact`.
 *
 * `@actions/artifact` pulls in the Azure storage SDK, archiver and protobuf runtime (~0.3 s to load, see
 * bench/artifact-import.mjs), so it is imported dynamically, only when an upload really happens; this
 * file must never import it statically (a test checks).
 */
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

/** What the artifact holds besides the rendered file. Never a secret: names and versions only. */
export interface ArtifactManifest {
  openmetadataVersion: string;
  /** `client-secret` or `access-token`. */
  credential: string;
  clientId: string;
  /** Variables the rendered file references (`${VAR}`), to be set by whoever runs `metadata ingest`. */
  envVars: string[];
  actionVersion: string;
  /** UTC ISO 8601. */
  renderedAt: string;
  /** Name of the rendered file inside the artifact; always written as the basename of `configPath`. */
  file: string;
  /** The rendered server authentication settings beside it, when the run rendered them. */
  serverConfig?: ServerConfigManifest;
}

export interface ServerConfigManifest {
  /** Basename inside the artifact (of UploadOptions.serverConfigPath). */
  file: string;
  deployment: string;
  clientType: string;
  /** The login app's client id. */
  clientId: string;
  envVars: string[];
}

export type UploadResult =
  | { status: 'uploaded'; id: number; url: string; size: number; digest?: string }
  | { status: 'skipped'; reason: 'disabled' | 'not-in-actions' | 'ghes'; message: string }
  | { status: 'failed'; message: string };

export interface UploadOptions {
  enabled: boolean;
  configPath: string;
  /** The rendered server settings, uploaded beside the workflow config (named in the manifest). */
  serverConfigPath?: string;
  name: string;
  retentionDays?: number;
  manifest: ArtifactManifest;
  /** Defaults to `process.env`. */
  env?: NodeJS.ProcessEnv;
}

/** File name of the manifest at the root of the artifact zip. */
export const MANIFEST_FILE = 'openmetadata-workflow.manifest.json';

/**
 * Variables `@actions/artifact` reads from `process.env` when it is called (not at import): the runtime
 * token and results URL (config.js), GITHUB_SERVER_URL (GHES detection), GITHUB_RETENTION_DAYS (the
 * repository's maximum retention), and two tuning knobs. When `env` is not `process.env`, these are
 * lent to `process.env` for the duration of the upload.
 */
const LIBRARY_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'GITHUB_SERVER_URL',
  'GITHUB_RETENTION_DAYS',
  'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
  'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS'
] as const;

export async function uploadRenderedConfig(opts: UploadOptions): Promise<UploadResult> {
  const env = opts.env ?? process.env;
  if (!opts.enabled) {
    return {
      status: 'skipped',
      reason: 'disabled',
      message: 'Artifact upload is disabled (upload-artifact: false).'
    };
  }
  // The runner gives these two to every step of a job on GitHub Actions; elsewhere (a local run, another
  // CI) there is no artifact service to talk to, which is not an error.
  const missing = (['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'] as const).filter(k => !env[k]);
  if (missing.length > 0) {
    return {
      status: 'skipped',
      reason: 'not-in-actions',
      message: `Artifact upload skipped: not running in GitHub Actions (${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set). The rendered file is at ${opts.configPath}.`
    };
  }
  // @actions/artifact v2+ talks to the artifact service of github.com / ghe.com only; it refuses GitHub
  // Enterprise Server (same test as its isGhes()). That is an environment limit, not a failed check.
  const server = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
  if (server !== 'github.com' && !server.endsWith('.ghe.com') && !server.endsWith('.localhost')) {
    return {
      status: 'skipped',
      reason: 'ghes',
      message: `Artifact upload skipped: ${server} is GitHub Enterprise Server, which this artifact library does not support. The rendered file is at ${opts.configPath}; upload it with actions/upload-artifact@v3 (GHES) if you need it.`
    };
  }
  const token = env.ACTIONS_RUNTIME_TOKEN ?? '';
  const fileName = path.basename(opts.configPath);
  const serverFileName = opts.serverConfigPath ? path.basename(opts.serverConfigPath) : undefined;
  if (fileName === MANIFEST_FILE || serverFileName === MANIFEST_FILE) {
    return {
      status: 'failed',
      message: `Could not upload artifact "${opts.name}": the rendered file may not be named ${MANIFEST_FILE}, the artifact's manifest has that name.`
    };
  }
  if (serverFileName === fileName) {
    return {
      status: 'failed',
      message: `Could not upload artifact "${opts.name}": config-path and server-config-path have the same file name (${fileName}); both go at the root of the artifact.`
    };
  }

  // Stage both files in a fresh private folder so the zip holds exactly them, at its root, and nothing is
  // added next to the user's config-path. The copy is byte for byte and removed afterwards.
  let staging: string | undefined;
  try {
    const dir = await mkdtemp(path.join(env.RUNNER_TEMP || os.tmpdir(), 'openmetadata-artifact-'));
    staging = dir;
    const manifestFile = path.join(dir, MANIFEST_FILE);
    const sources = [opts.configPath, ...(opts.serverConfigPath ? [opts.serverConfigPath] : [])];
    const staged: string[] = [];
    for (const source of sources) {
      const target = path.join(dir, path.basename(source));
      try {
        await copyFile(source, target);
      } catch (e) {
        return {
          status: 'failed',
          message: `Could not upload artifact "${opts.name}": the rendered file ${source} could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`
        };
      }
      staged.push(target);
    }
    await writeFile(manifestFile, manifestJson(opts.manifest, fileName, serverFileName), { mode: 0o600 });

    const upload = await withLibraryEnv(env, async () => {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      return new DefaultArtifactClient().uploadArtifact(opts.name, [...staged, manifestFile], dir, {
        ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {})
      });
    });
    if (upload.id === undefined) {
      return {
        status: 'failed',
        message: `Could not upload artifact "${opts.name}": the artifact service did not return an artifact id.`
      };
    }
    return {
      status: 'uploaded',
      id: upload.id,
      url: artifactUrl(env, upload.id),
      size: upload.size ?? 0,
      ...(upload.digest ? { digest: upload.digest } : {})
    };
  } catch (e) {
    return { status: 'failed', message: failureMessage(opts.name, e, token) };
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}

/** `{server}/{owner/repo}/actions/runs/{run id}/artifacts/{id}`: the artifact's download page. */
export function artifactUrl(env: NodeJS.ProcessEnv, id: number): string {
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return '';
  return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}

/** Only the known, non-secret fields, in a fixed order. */
function manifestJson(m: ArtifactManifest, fileName: string, serverFileName?: string): string {
  const manifest = {
    file: fileName,
    openmetadataVersion: m.openmetadataVersion,
    credential: m.credential,
    clientId: m.clientId,
    envVars: [...m.envVars],
    actionVersion: m.actionVersion,
    renderedAt: m.renderedAt,
    ...(m.serverConfig && serverFileName
      ? {
          serverConfig: {
            file: serverFileName,
            deployment: m.serverConfig.deployment,
            clientType: m.serverConfig.clientType,
            clientId: m.serverConfig.clientId,
            envVars: [...m.serverConfig.envVars]
          }
        }
      : {})
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

async function withLibraryEnv<T>(env: NodeJS.ProcessEnv, fn: () => Promise<T>): Promise<T> {
  if (env === process.env) return fn();
  const saved = new Map<string, string | undefined>();
  for (const key of LIBRARY_ENV) {
    saved.set(key, process.env[key]);
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  try {
    return await fn();
  } finally {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

function failureMessage(name: string, error: unknown, token: string): string {
  // Keep the first paragraph: the library's name validation appends a long list of forbidden characters.
  let cause = (error instanceof Error ? error.message : String(error)).split(/\n\s*\n/)[0];
  // Blob storage errors come from the Azure SDK (RestError) with no hint of the step that failed.
  const rest = error as { name?: string; statusCode?: unknown; code?: unknown };
  if (rest?.name === 'RestError' && typeof rest.statusCode === 'number') {
    const code = typeof rest.code === 'string' && rest.code ? ` ${rest.code}` : '';
    cause = `the upload to blob storage failed with HTTP ${rest.statusCode}${code}: ${cause}`;
  }
  // The library's messages carry status and service text, never the bearer token; redact anyway, with
  // any SAS signature of a blob URL.
  if (token) cause = cause.split(token).join('***');
  cause = cause
    .replace(/([?&]sig=)[^&\s"']+/gi, '$1***')
    .replace(/\s+/g, ' ')
    .trim();
  // The results service answers 409 already_exists for a second artifact of the same name in one run:
  // "Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact
  // with this name already exists on the workflow run".
  if (/\(409\)|already exists/i.test(cause)) {
    return `Could not upload artifact "${name}": an artifact with this name already exists in this workflow run (artifact names are unique per run).`;
  }
  return `Could not upload artifact "${name}": ${cause.replace(/[.\s]*$/, '')}.`;
}
