/**
 * Renders the workflowConfig for the run, checks it with the action's own rules, and writes it to
 * config-path. Template problems are the user's to fix; a rendered file that fails the rules is a defect.
 */
import * as runner from '../runner.js';
import { writeFileAtomic } from '../write-file.js';
import type { Config, InputFiles } from '../inputs/index.js';
import type { Credentials } from '../auth0/reconcile.js';
import { addFailure, type RunReport } from '../report/run-report.js';
import { doubleQuoted, renderWorkflowConfig, RenderError } from './render.js';
import { registerSecret } from '../secrets.js';
import { renderProblem } from './render-problems.js';

export async function renderAndWrite(
  config: Config,
  files: InputFiles,
  creds: Credentials,
  accessToken: string | undefined,
  report: RunReport
): Promise<boolean> {
  const needsClientId = config.credential === 'client-secret';
  if (needsClientId && !creds.clientId) {
    report.checks.push({
      id: 'render',
      status: 'skip',
      title: 'Rendered workflowConfig',
      detail: 'Not rendered: the app does not exist yet (run mode provision).'
    });
    return false;
  }
  // Inline values only when this run has them (plan mints no token and reads no secret).
  const value = config.credential === 'client-secret' ? creds.clientSecret : accessToken;
  const inline = config.inlineSecrets && value !== undefined;
  // The file holds the value escaped as a YAML double-quoted string: mask that form too, for the summary.
  if (inline) registerSecret(doubleQuoted(value).slice(1, -1));
  if (config.inlineSecrets && !inline) {
    report.notes.push(
      `inline-secrets: no ${config.credential} value is available in this run, so the file references \${${config.credential === 'client-secret' ? config.secretEnvVar : config.tokenEnvVar}} instead.`
    );
  }
  let output;
  try {
    output = renderWorkflowConfig({
      version: config.openmetadataVersion,
      credential: config.credential,
      hostPort: config.hostPort,
      domain: config.auth0Domain,
      clientId: creds.clientId ?? '',
      secretEnvVar: config.secretEnvVar,
      tokenEnvVar: config.tokenEnvVar,
      inlineSecrets: inline,
      clientSecret: creds.clientSecret,
      accessToken,
      template: files.template
    });
  } catch (error) {
    if (error instanceof RenderError) {
      addFailure(report, {
        id: 'render',
        title: 'Rendered workflowConfig',
        detail: error.message,
        fix: `Fix the ${error.input} input.`
      });
      return false;
    }
    throw error;
  }
  const problem = renderProblem(output, { input: 'workflow-template', path: files.template?.path });
  if (problem) {
    addFailure(report, { id: 'render', title: 'Rendered workflowConfig', ...problem });
    return false;
  }
  if (inline) {
    report.checks.push({
      id: 'render.inline-secrets',
      status: 'warn',
      title: 'Credential in the file',
      detail: `${config.configPath} holds a real credential (inline-secrets: true)${config.uploadArtifact ? '; so does the artifact, which anyone with read access to the repository can download' : ''}.`,
      fix: 'Prefer inline-secrets: false: the file then references environment variables that the ingestion job sets from secrets.'
    });
    runner.warning(
      `inline-secrets: ${config.configPath} holds a real credential${config.uploadArtifact ? ', and so does the workflow artifact (downloadable by anyone with read access to the repository)' : ''}.`
    );
  }
  await writeFileAtomic(config.configPath, output.yaml, inline ? 0o600 : 0o644);
  report.configPath = config.configPath;
  report.renderedYamlForDisplay = output.yaml;
  report.checks.push({
    id: 'render',
    status: 'pass',
    title: 'Rendered workflowConfig',
    detail: `${config.configPath} (OpenMetadata ${config.openmetadataVersion.text}, ${config.credential}${output.envVars.length ? `; set ${output.envVars.join(', ')} in the ingestion job` : ''}).`
  });
  report.referencedEnvVars = output.envVars;
  return true;
}
