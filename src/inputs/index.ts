/**
 * Turns the action's inputs into one typed, validated config. Every problem is collected (not just the
 * first), each naming the input and the fix, so a user fixes them all in one edit; nothing here touches
 * the network. Each part (one module per concern) reads its inputs and records its own problems.
 */
import type { OmVersion } from '../openmetadata/versions.js';
import { readIngestionApp } from './auth0.js';
import { readAuth0Domain } from './auth0-domain.js';
import { readFiles, readServerConfigFiles, workspacePaths } from './files.js';
import { distinctEnvVars } from './formats.js';
import { readLoginApp } from './login-app.js';
import { readManagement } from './management.js';
import { readOpenMetadata } from './openmetadata.js';
import { createReader } from './reader.js';
import { readReporting } from './reporting.js';
import { readServerConfig } from './server-config.js';
import { readValidate } from './validate.js';

export type Mode = 'provision' | 'plan' | 'verify' | 'validate';
export type AuthMethod = 'client_secret_basic' | 'client_secret_post';
export type IngestionCredentialKind = 'client-secret' | 'access-token';
export type FailOn = 'error' | 'warning' | 'never';
export type SsoClientType = 'public' | 'confidential';
export type Deployment = 'docker' | 'bare-metal' | 'kubernetes';

export type ManagementCredentials =
  { kind: 'client'; clientId: string; clientSecret: string } | { kind: 'token'; token: string };

export interface LoginAppConfig {
  clientType: SsoClientType;
  /** sso-app-name */
  appName: string;
  /** sso-client-id */
  clientId?: string;
}

export interface ServerConfigOptions {
  deployment: Deployment;
  /** Resolved server-config-template, or undefined. */
  templatePath?: string;
  /** Resolved server-config-path (default by deployment). */
  path: string;
  adminPrincipals: string[];
  principalDomain?: string;
  enforcePrincipalDomain: boolean;
  oidcSecretEnvVar: string;
}

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
  /** openmetadata-url as an origin (no trailing slash), or undefined. */
  openmetadataUrl?: string;
  openmetadataCheck: boolean;
  openmetadataCaCertificate?: string;
  secretEnvVar: string;
  tokenEnvVar: string;
  inlineSecrets: boolean;
  workflowTemplate?: string;
  configPath: string;
  /** undefined when sso-client-type is none. */
  login?: LoginAppConfig;
  serverConfig: ServerConfigOptions;
  uploadArtifact: boolean;
  artifactName: string;
  retentionDays?: number;
  validatePaths: string[];
  failOn: FailOn;
  /** validate: a run whose globs match no file passes (else it fails: no silent green). */
  allowEmpty: boolean;
  timeoutSeconds: number;
  /** timeoutSeconds as whole milliseconds, for timers. */
  timeoutMs: number;
  githubToken: string;
  issueOnFailure: boolean;
  /** Label that identifies the health issue (one per stage in a matrix). */
  issueLabel: string;
  commentOnPr: boolean;
  workspace: string;
}

/** The contents of the files the inputs name, read before any network call. */
export interface InputFiles {
  template?: { path: string; text: string };
  serverTemplate?: { path: string; text: string };
  caCertificatePem?: string;
}

export interface InputProblem {
  input: string;
  message: string;
  fix: string;
}

export interface ParsedInputs {
  /** The mode, or undefined when the mode input is invalid (then only mode-independent problems are reported). */
  mode?: Mode;
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

export type InputReader = (name: string) => string;

/** Pure: `read` returns the raw input (as `runner.getInput` would: trimmed, '' when unset). */
export function parseInputs(read: InputReader, env: NodeJS.ProcessEnv = process.env): ParsedInputs {
  const r = createReader(read);
  // An invalid mode is undefined: the parts then skip every requirement that would assume some mode.
  const mode = r.oneOf<Mode>('mode', MODES, 'verify');

  const auth0Domain = readAuth0Domain(r, mode);
  const app = readIngestionApp(r, auth0Domain);
  const management = readManagement(r, mode, app);
  const openmetadata = readOpenMetadata(r);
  const login = readLoginApp(r, mode, app);
  const paths = workspacePaths(env);
  const files = readFiles(r, paths, mode);
  const server = readServerConfig(r);
  const serverFiles = readServerConfigFiles(r, paths, server.deployment, files.configPath);
  distinctEnvVars(r, [
    ['secret-env-var', openmetadata.secretEnvVar],
    ['token-env-var', openmetadata.tokenEnvVar],
    ['oidc-secret-env-var', server.oidcSecretEnvVar]
  ]);

  const config: Config = {
    mode: mode ?? 'verify',
    auth0Domain: auth0Domain ?? '',
    management,
    ...app,
    ...openmetadata,
    ...files,
    login,
    serverConfig: { ...server, ...serverFiles },
    ...readValidate(r, mode),
    ...readReporting(r, mode)
  };

  const { problems, warnings } = r;
  return problems.length > 0
    ? { mode, draft: config, problems, warnings }
    : { mode, config, draft: config, problems, warnings };
}

/** One message for all problems, as `runner.setFailed` shows it. */
export function formatProblems(problems: readonly InputProblem[]): string {
  const lines = problems.map(p => `- ${p.input}: ${p.message} Fix: ${p.fix}`);
  return `The action's inputs have ${problems.length} problem${problems.length === 1 ? '' : 's'} (nothing was changed):\n${lines.join('\n')}`;
}
