/** Step outputs, all derived from the run report. */
import * as core from '@actions/core';
import { redact } from '../secrets.js';
import { overallResult } from './checks.js';
import type { RunReport } from './run-report.js';

export function setOutputs(report: RunReport): void {
  core.setOutput('result', overallResult(report.checks));
  const { ingestion, login } = report.apps;
  core.setOutput('app-status', ingestion?.status ?? 'not-checked');
  core.setOutput('changes', JSON.stringify(report.changes));
  core.setOutput(
    'report',
    JSON.stringify(
      report.checks.map(({ id, status, title, detail }) => ({ id, status, title, detail: redact(detail) }))
    )
  );
  if (ingestion?.clientId) core.setOutput('client-id', ingestion.clientId);
  core.setOutput('sso-app-status', login?.status ?? 'not-checked');
  if (login?.clientId) core.setOutput('sso-client-id', login.clientId);
  if (report.serverConfig) core.setOutput('server-config-path', report.serverConfig.path);
  if (report.token) {
    core.setOutput('token-expires-at', report.token.expiresAt.toISOString());
    core.setOutput('token-scopes', report.token.scopes.join(' '));
  }
  if (report.configPath) core.setOutput('config-path', report.configPath);
  if (report.artifact) {
    core.setOutput('artifact-id', String(report.artifact.id));
    core.setOutput('artifact-url', report.artifact.url);
  }
  if (report.files) {
    core.setOutput('diagnostics', String(report.files.reduce((n, f) => n + f.diagnostics.length, 0)));
  }
}
