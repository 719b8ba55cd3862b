/**
 * Turns the action's inputs into one typed, validated config. Every problem is collected (not just the
 * first), each naming the input and the fix, so a user fixes them all in one edit; nothing here touches
 * the network.
 */
import * as path from 'node:path';
import * as os from 'node:os';
import { parseOmVersion, usesJwtOnly, type OmVersion } from './openmetadata/versions.js';

export type Mode = 'provision' | 'plan' | 'verify' | 'validate';
export type AuthMethod = 'client_secret_basic' | 'client_secret_post';
export type IngestionCredentialKind = 'client-secret' | 'access-token';
export type FailOn = 'error' | 'warning' | 'never';

export type ManagementCredentials =
  { kind: 'client'; clientId: string; clientSecret: string } | { kind: 'token'; token: string };

export interface Config {
  mode: Mode;
  /** Bare `host` or `host:port`. Empty only in `validate`. */
  auth0Domain: string;
  management?: ManagementCredentials;
  appName: string;
  adoptExisting: boolean;
  clientId?: string;
  clientSecret?: string;
  /** Sorted, de-duplicated. */
  scopes: string[];
  audience: string;
  tokenEndpointAuthMethod: AuthMethod;
  openmetadataVersion: OmVersion;
  credential: IngestionCredentialKind;
  hostPort: string;
  openmetadataCheck: boolean;
  openmetadataCaCertificate?: string;
  secretEnvVar: string;
  tokenEnvVar: string;
  inlineSecrets: boolean;
  workflowTemplate?: string;
  configPath: string;
  uploadArtifact: boolean;
  artifactName: string;
  retentionDays?: number;
  validatePaths: string[];
  failOn: FailOn;
  timeoutSeconds: number;
  githubToken: string;
  issueOnFailure: boolean;
  commentOnPr: boolean;
  workspace: string;
}

/** The contents of the files the inputs name, read before any network call. */
export interface InputFiles {
  template?: { path: string; text: string };
  caCertificatePem?: string;
}

export interface InputProblem {
  input: string;
  message: string;
  fix: string;
}

export interface ParsedInputs {
  /** Set only when there is no problem. */
  config?: Config;
  /** The config as far as it could be read, also with problems (to check the files it names). */
  draft: Config;
  problems: InputProblem[];
  warnings: string[];
}

/** Inputs that hold secrets: masked before anything else happens. */
export const SECRET_INPUTS = [
  'management-client-secret',
  'management-token',
  'client-secret',
  'github-token'
] as const;

const MODES: readonly Mode[] = ['provision', 'plan', 'verify', 'validate'];
const ENV_VAR_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
// RFC 6749 §3.3 scope-token: %x21 / %x23-5B / %x5D-7E (no space, quote or backslash).
const SCOPE_RE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;
const HOST_RE =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

export type InputReader = (name: string) => string;

/** Pure: `read` returns the raw input (as `core.getInput` would: trimmed, '' when unset). */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): ParsedInputs {
  const problems: InputProblem[] = [];
  const warnings: string[] = [];
  const problem = (input: string, message: string, fix: string) => problems.push({ input, message, fix });
  const get = (name: string) => (read(name) ?? '').trim();

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = get(name);
    if (raw === '') return fallback;
    if (/^(true|True|TRUE)$/.test(raw)) return true;
    if (/^(false|False|FALSE)$/.test(raw)) return false;
    problem(name, `\`${raw}\` is not a boolean.`, `Set ${name} to true or false.`);
    return fallback;
  };

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = get(name) || fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    problem(
      name,
      `\`${raw}\` is not one of ${allowed.join(', ')}.`,
      `Set ${name} to one of: ${allowed.join(', ')}.`
    );
    return fallback;
  };

  const mode = oneOf<Mode>('mode', MODES, 'verify');
  const needsAuth0 = mode !== 'validate';

  // --- Auth0 tenant ---------------------------------------------------------------------------------
  const auth0Domain = parseDomain(get('auth0-domain'), problem, warnings);
  if (needsAuth0 && !get('auth0-domain')) {
    problem(
      'auth0-domain',
      `is required in mode ${mode}.`,
      'Set auth0-domain to your tenant, e.g. acme.eu.auth0.com.'
    );
  }

  const managementClientId = get('management-client-id');
  const managementClientSecret = get('management-client-secret');
  const managementToken = get('management-token');
  let management: ManagementCredentials | undefined;
  if (managementToken) {
    management = { kind: 'token', token: managementToken };
    if (managementClientId || managementClientSecret) {
      warnings.push(
        'management-token is set: management-client-id and management-client-secret are ignored.'
      );
    }
  } else if (managementClientId && managementClientSecret) {
    management = { kind: 'client', clientId: managementClientId, clientSecret: managementClientSecret };
  } else if (managementClientId || managementClientSecret) {
    const missing = managementClientId ? 'management-client-secret' : 'management-client-id';
    problem(
      missing,
      'is missing: the admin app needs both its client id and its secret.',
      `Set ${missing} (from a secret), or use management-token instead.`
    );
  }

  const clientId = get('client-id') || undefined;
  if (clientId && !/^[A-Za-z0-9_-]+$/.test(clientId)) {
    problem(
      'client-id',
      'is not an Auth0 client id (letters, digits, - and _ only).',
      'Copy the Client ID from the app’s Settings tab.'
    );
  }
  const clientSecret = get('client-secret') || undefined;

  if (mode === 'provision' || mode === 'plan') {
    if (!management && !(managementClientId || managementClientSecret)) {
      problem(
        'management-client-id',
        `Management API credentials are required in mode ${mode}.`,
        'Set management-client-id and management-client-secret (an admin M2M app), or management-token.'
      );
    }
  } else if (mode === 'verify' && !management && !(managementClientId || managementClientSecret)) {
    if (!clientId || !clientSecret) {
      problem(
        'management-client-id',
        'verify needs Management API credentials, or client-id with client-secret for a token-only check.',
        'Set management-client-id and management-client-secret (or management-token), or set both client-id and client-secret.'
      );
    }
  }

  const appName = get('app-name') || 'OpenMetadata Ingestion';
  if (/[<>]/.test(appName))
    problem('app-name', 'must not contain < or > (Auth0 rejects them).', 'Choose a name without < and >.');

  const scopes = [
    ...new Set(
      get('scopes')
        .split(/[\s,]+/)
        .filter(Boolean)
    )
  ].sort();
  const badScopes = scopes.filter(s => !SCOPE_RE.test(s));
  if (badScopes.length > 0) {
    problem(
      'scopes',
      `has malformed scope(s): ${badScopes.map(s => JSON.stringify(s)).join(', ')}.`,
      'List scopes like read:users, separated by spaces, commas or newlines, without quotes.'
    );
  }

  let audience = get('audience');
  if (audience) {
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(audience)) {
      problem(
        'audience',
        `\`${audience}\` is not an API identifier (a URI such as https://acme.eu.auth0.com/api/v2/).`,
        'Set audience to the Identifier of the API in Auth0, or leave it empty for the Management API.'
      );
    }
  } else {
    audience = auth0Domain ? `https://${auth0Domain}/api/v2/` : '';
  }

  const rawMethod = get('token-endpoint-auth-method') || 'client_secret_basic';
  let tokenEndpointAuthMethod: AuthMethod = 'client_secret_basic';
  if (rawMethod === 'client_secret_basic' || rawMethod === 'client_secret_post') {
    tokenEndpointAuthMethod = rawMethod;
  } else if (rawMethod === 'none') {
    problem(
      'token-endpoint-auth-method',
      '`none` makes the Client Credentials grant impossible (Auth0 answers unauthorized_client).',
      'Use client_secret_basic (the default) or client_secret_post.'
    );
  } else {
    problem(
      'token-endpoint-auth-method',
      `\`${rawMethod}\` is not supported.`,
      'Use client_secret_basic (the default) or client_secret_post.'
    );
  }

  // --- OpenMetadata ---------------------------------------------------------------------------------
  const rawVersion = get('openmetadata-version') || '1.7';
  let openmetadataVersion = parseOmVersion(rawVersion);
  if (!openmetadataVersion) {
    problem(
      'openmetadata-version',
      `\`${rawVersion}\` is not a version.`,
      'Set openmetadata-version to the server version, e.g. 1.7 or 1.2.5.'
    );
    openmetadataVersion = parseOmVersion('1.7')!;
  }
  const jwtOnly = usesJwtOnly(openmetadataVersion);
  const rawCredential = oneOf(
    'ingestion-credential',
    ['auto', 'client-secret', 'access-token'] as const,
    'auto'
  );
  const credential: IngestionCredentialKind =
    rawCredential === 'auto' ? (jwtOnly ? 'access-token' : 'client-secret') : rawCredential;
  if (rawCredential === 'client-secret' && jwtOnly) {
    problem(
      'ingestion-credential',
      `client-secret needs OpenMetadata < 1.3; ${openmetadataVersion.text} accepts only a JWT (securityConfig.jwtToken).`,
      'Use access-token (or auto), or set openmetadata-version to your real server version.'
    );
  }

  const hostPort = get('openmetadata-host-port') || 'http://localhost:8585/api';
  checkHostPort(hostPort, problem);

  const secretEnvVar = get('secret-env-var') || 'AUTH0_CLIENT_SECRET';
  const tokenEnvVar = get('token-env-var') || 'OPENMETADATA_JWT_TOKEN';
  for (const [name, value] of [
    ['secret-env-var', secretEnvVar],
    ['token-env-var', tokenEnvVar]
  ] as const) {
    if (!ENV_VAR_RE.test(value))
      problem(
        name,
        `\`${value}\` is not a valid environment variable name.`,
        'Use letters, digits and _, not starting with a digit, e.g. AUTH0_CLIENT_SECRET.'
      );
  }

  // --- Files and artifact ---------------------------------------------------------------------------
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const resolve = (p: string) => (path.isAbsolute(p) ? p : path.resolve(workspace, p));
  const runnerTemp = env.RUNNER_TEMP || os.tmpdir();
  const configPath = resolve(get('config-path') || path.join(runnerTemp, 'openmetadata', 'workflow.yaml'));
  const workflowTemplate = get('workflow-template') ? resolve(get('workflow-template')) : undefined;
  const openmetadataCaCertificate = get('openmetadata-ca-certificate')
    ? resolve(get('openmetadata-ca-certificate'))
    : undefined;

  const artifactName = get('artifact-name') || 'openmetadata-workflow-config';
  // actions/upload-artifact rejects these characters in names.
  if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
    problem(
      'artifact-name',
      'contains a character artifact names may not hold (" : < > | * ? \\ / or a newline).',
      'Use letters, digits, - , _ and . only.'
    );
  }
  let retentionDays: number | undefined;
  const rawRetention = get('retention-days');
  if (rawRetention) {
    retentionDays = Number(rawRetention);
    if (!Number.isInteger(retentionDays) || retentionDays < 1 || retentionDays > 90) {
      problem(
        'retention-days',
        `\`${rawRetention}\` is not a whole number of days from 1 to 90.`,
        'Set retention-days between 1 and 90, or leave it empty for the repository default.'
      );
      retentionDays = undefined;
    }
  }

  const validatePaths = (get('validate-paths') || '**/*.yaml\n**/*.yml')
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean);

  const rawTimeout = get('timeout-seconds') || '30';
  let timeoutSeconds = Number(rawTimeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > 600) {
    problem(
      'timeout-seconds',
      `\`${rawTimeout}\` is not a positive number of seconds (at most 600).`,
      'Set timeout-seconds to e.g. 30.'
    );
    timeoutSeconds = 30;
  }

  const config: Config = {
    mode,
    auth0Domain: auth0Domain ?? '',
    management,
    appName,
    adoptExisting: bool('adopt-existing', false),
    clientId,
    clientSecret,
    scopes,
    audience,
    tokenEndpointAuthMethod,
    openmetadataVersion,
    credential,
    hostPort,
    openmetadataCheck: bool('openmetadata-check', false),
    openmetadataCaCertificate,
    secretEnvVar,
    tokenEnvVar,
    inlineSecrets: bool('inline-secrets', false),
    workflowTemplate,
    configPath,
    uploadArtifact: bool('upload-artifact', true),
    artifactName,
    retentionDays,
    validatePaths,
    failOn: oneOf<FailOn>('fail-on', ['error', 'warning', 'never'], 'error'),
    timeoutSeconds,
    githubToken: get('github-token'),
    issueOnFailure: bool('issue-on-failure', false),
    commentOnPr: bool('comment-on-pr', false),
    workspace
  };

  if (config.issueOnFailure && mode !== 'verify')
    warnings.push(`issue-on-failure applies to mode verify only; ignored in ${mode}.`);
  if (config.commentOnPr && mode !== 'validate' && mode !== 'plan')
    warnings.push(`comment-on-pr applies to modes validate and plan only; ignored in ${mode}.`);

  return problems.length > 0
    ? { draft: config, problems, warnings }
    : { config, draft: config, problems, warnings };
}

function parseDomain(
  raw: string,
  problem: (input: string, message: string, fix: string) => void,
  warnings: string[]
): string | undefined {
  if (!raw) return undefined;
  let value = raw;
  const fix = 'Set auth0-domain to the bare tenant host, e.g. acme.eu.auth0.com (or host:port).';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (scheme) {
    if (scheme[1].toLowerCase() !== 'https') {
      problem('auth0-domain', `uses the scheme ${scheme[1]}://; Auth0 is only reached over https.`, fix);
      return undefined;
    }
    value = value.slice(scheme[0].length);
    warnings.push(`auth0-domain: removed the leading "${scheme[0]}"; OpenMetadata expects a bare host.`);
  }
  if (value.endsWith('/') && value.indexOf('/') === value.length - 1) {
    value = value.slice(0, -1);
    warnings.push('auth0-domain: removed the trailing "/"; OpenMetadata expects a bare host.');
  }
  if (value.includes('@')) {
    problem('auth0-domain', 'contains credentials (user@host); never put credentials in the domain.', fix);
    return undefined;
  }
  if (/[/?#]/.test(value)) {
    problem('auth0-domain', 'contains a path, query or fragment; it must be only the host.', fix);
    return undefined;
  }
  const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(value);
  const port = m?.[2] ? Number(m[2]) : undefined;
  if (!m || !HOST_RE.test(m[1]) || (port !== undefined && (port < 1 || port > 65535))) {
    problem('auth0-domain', `\`${value}\` is not a host name (optionally with :port).`, fix);
    return undefined;
  }
  return value.toLowerCase();
}

function checkHostPort(value: string, problem: (input: string, message: string, fix: string) => void): void {
  const fix =
    'Set openmetadata-host-port to the server URL with its API path, e.g. http://localhost:8585/api.';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problem('openmetadata-host-port', `\`${value}\` is not a URL.`, fix);
    return;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    problem(
      'openmetadata-host-port',
      `uses ${url.protocol}//; OpenMetadata is served over http or https.`,
      fix
    );
  } else if (url.username || url.password) {
    problem('openmetadata-host-port', 'contains credentials; never put credentials in the URL.', fix);
  } else if (!/\/api$/.test(url.pathname) || url.search || url.hash) {
    problem('openmetadata-host-port', `must end with the API path /api (got path "${url.pathname}").`, fix);
  }
}

/** One message for all problems, as `core.setFailed` shows it. */
export function formatProblems(problems: readonly InputProblem[]): string {
  const lines = problems.map(p => `- ${p.input}: ${p.message} Fix: ${p.fix}`);
  return `The action's inputs have ${problems.length} problem${problems.length === 1 ? '' : 's'} (nothing was changed):\n${lines.join('\n')}`;
}
