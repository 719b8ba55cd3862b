/**
 * What a run found and did. main.ts fills it in step by step; the outputs, the job summary and the
 * exit status are all derived from it (see outputs.ts and summary.ts), also when the run fails midway.
 */
import type { Change } from '../auth0/desired.js';
import type { Diagnostic } from '../openmetadata/lint.js';
import type { Check } from './checks.js';

export type AppStatus = 'created' | 'updated' | 'unchanged' | 'drifted' | 'not-checked';

export interface TokenFacts {
  expiresAt: Date;
  issuedAt?: Date;
  lifetimeSeconds?: number;
  scopes: string[];
  kid?: string;
  authMethod: string;
}

export interface FileDiagnostics {
  /** Relative to the workspace, forward slashes. */
  file: string;
  diagnostics: Diagnostic[];
}

export interface RunReport {
  mode: string;
  checks: Check[];
  /** Needed changes (plan, verify) or applied ones (provision). */
  changes: Change[];
  appStatus: AppStatus;
  clientId?: string;
  appName?: string;
  token?: TokenFacts;
  configPath?: string;
  /** Environment variables the rendered file references. */
  referencedEnvVars?: string[];
  /** The rendered YAML as shown in the summary: always with secrets redacted. */
  renderedYamlForDisplay?: string;
  artifact?: { id: number; url: string };
  files?: FileDiagnostics[];
  notes: string[];
}

/** Adds a failed check. */
export function addFailure(report: RunReport, check: Omit<Check, 'status'>): void {
  report.checks.push({ ...check, status: 'fail' });
}

export function newReport(mode: string): RunReport {
  return { mode, checks: [], changes: [], appStatus: 'not-checked', notes: [] };
}
