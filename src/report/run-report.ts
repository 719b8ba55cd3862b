/**
 * What a run found and did. main.ts fills it in step by step; the outputs, the job summary and the
 * exit status are all derived from it (see outputs.ts and summary.ts), also when the run fails midway.
 */
import type { AppRole } from '../auth0/applications.js';
import type { Change } from '../auth0/desired.js';
import type { Diagnostic } from '../openmetadata/lint.js';
import type { ServerConfigKind } from '../openmetadata/server-config/index.js';
import type { Check } from './checks.js';

export type AppStatus = 'created' | 'updated' | 'unchanged' | 'drifted' | 'not-checked';

/** What a run knows of one Auth0 application (outputs `app-status`/`client-id`, `sso-app-status`/`sso-client-id`). */
export interface AppReport {
  name?: string;
  clientId?: string;
  status: AppStatus;
}

export interface TokenFacts {
  expiresAt: Date;
  issuedAt?: Date;
  lifetimeSeconds?: number;
  scopes: string[];
  kid?: string;
  authMethod: string;
}

export interface RenderedServerConfig {
  path: string;
  deployment: string;
  /** The file as shown in the summary: references, or redacted values. */
  textForDisplay: string;
  /** Environment variables the file references. */
  envVars: string[];
  /** kubernetes: the command that creates the Secret the values reference, with placeholders. */
  kubectlSecretCommand?: string;
  /** kubernetes with inline-secrets: where the Secret manifest was written. */
  secretManifestPath?: string;
}

export interface FileDiagnostics {
  /** Relative to the workspace, forward slashes. */
  file: string;
  /** An ingestion workflow, or a deployment file with the server's login settings (validate counts them apart). */
  kind?: 'ingestion' | 'deployment';
  /** A deployment file's format. */
  format?: ServerConfigKind;
  diagnostics: Diagnostic[];
}

export interface RunReport {
  mode: string;
  checks: Check[];
  /** Needed changes (plan, verify) or applied ones (provision), of every app. */
  changes: Change[];
  /** Every application the run looked at, by role (the login app only with sso-client-type). */
  apps: Partial<Record<AppRole, AppReport>>;
  token?: TokenFacts;
  configPath?: string;
  /** Environment variables the rendered file references. */
  referencedEnvVars?: string[];
  /** The rendered YAML as shown in the summary: always with secrets redacted. */
  renderedYamlForDisplay?: string;
  /** The rendered server authentication settings (login app), secrets redacted for display. */
  serverConfig?: RenderedServerConfig;
  artifact?: { id: number; url: string };
  files?: FileDiagnostics[];
  notes: string[];
}

/** Adds a failed check. */
export function addFailure(report: RunReport, check: Omit<Check, 'status'>): void {
  report.checks.push({ ...check, status: 'fail' });
}

export function newReport(mode: string): RunReport {
  return { mode, checks: [], changes: [], apps: {}, notes: [] };
}
