/** Step outputs, all derived from the run report. */
import * as runner from '../runner.js';
import { redact } from '../secrets.js';
import { overallResult } from './checks.js';
import type { RunReport } from './run-report.js';

export function setOutputs(report: RunReport): void {
  runner.setOutput('result', overallResult(report.checks));
  const { ingestion, login } = report.apps;
  runner.setOutput('app-status', ingestion?.status ?? 'not-checked');
  runner.setOutput('changes', JSON.stringify(report.changes));
  runner.setOutput(
    'report',
    JSON.stringify(
      report.checks.map(({ id, status, title, detail }) => ({ id, status, title, detail: redact(detail) }))
    )
  );
  if (ingestion?.clientId) runner.setOutput('client-id', ingestion.clientId);
  runner.setOutput('sso-app-status', login?.status ?? 'not-checked');
  if (login?.clientId) runner.setOutput('sso-client-id', login.clientId);
  if (report.serverConfig) runner.setOutput('server-config-path', report.serverConfig.path);
  if (report.token) {
    runner.setOutput('token-expires-at', report.token.expiresAt.toISOString());
    runner.setOutput('token-scopes', report.token.scopes.join(' '));
  }
  if (report.configPath) runner.setOutput('config-path', report.configPath);
  if (report.artifact) {
    runner.setOutput('artifact-id', String(report.artifact.id));
    runner.setOutput('artifact-url', report.artifact.url);
  }
  if (report.files) {
    runner.setOutput('diagnostics', String(report.files.reduce((n, f) => n + f.diagnostics.length, 0)));
  }
}
