/**
 * Renders the server's authentication settings for the login app (server-config/), checks them with
 * the action's own deployment rules, and writes them to server-config-path. Like write-config.ts:
 * template problems are the user's to fix; a rendered file that fails the rules is a defect.
 */
import * as runner from '../runner.js';
import { writeFileAtomic } from '../write-file.js';
import * as path from 'node:path';
import type { Config, InputFiles } from '../inputs/index.js';
import type { Credentials } from '../auth0/reconcile.js';
import { addFailure, type RunReport } from '../report/run-report.js';
import { registerSecret } from '../secrets.js';
import { doubleQuoted, RenderError } from './render.js';
import { renderServerSettings } from './server-config/index.js';
import { renderProblem } from './render-problems.js';

const CHECK = { id: 'render.server-config', title: 'Rendered server settings' } as const;

/** Returns true when the file was written. */
export async function renderAndWriteServerConfig(
  config: Config,
  files: InputFiles,
  login: Credentials | undefined,
  report: RunReport
): Promise<boolean> {
  const sso = config.login;
  if (!sso || !config.openmetadataUrl) return false;
  if (!login?.clientId) {
    report.checks.push({
      ...CHECK,
      status: 'skip',
      detail: 'Not rendered: the login app is not known yet (run mode provision, or set sso-client-id).'
    });
    return false;
  }
  const confidential = sso.clientType === 'confidential';
  const inline = config.inlineSecrets && confidential && login.clientSecret !== undefined;
  if (config.inlineSecrets && confidential && !inline) {
    report.notes.push(
      `inline-secrets: the login app's secret is not available in this run, so the server settings reference \${${config.serverConfig.oidcSecretEnvVar}} instead.`
    );
  }
  if (inline) {
    // The file holds the value in an env-file or YAML escaping: mask those forms too.
    registerSecret(login.clientSecret);
    registerSecret(doubleQuoted(login.clientSecret!).slice(1, -1));
  }
  let output;
  try {
    output = renderServerSettings({
      deployment: config.serverConfig.deployment,
      clientType: sso.clientType,
      auth0Domain: config.auth0Domain,
      openmetadataUrl: config.openmetadataUrl,
      clientId: login.clientId,
      adminPrincipals: config.serverConfig.adminPrincipals,
      principalDomain: config.serverConfig.principalDomain,
      enforcePrincipalDomain: config.serverConfig.enforcePrincipalDomain,
      oidcSecretEnvVar: config.serverConfig.oidcSecretEnvVar,
      inlineSecrets: inline,
      clientSecret: inline ? login.clientSecret : undefined,
      template: files.serverTemplate
    });
  } catch (error) {
    if (!(error instanceof RenderError)) throw error;
    addFailure(report, { ...CHECK, detail: error.message, fix: `Fix the ${error.input} input.` });
    return false;
  }
  const problem = renderProblem(output, {
    input: 'server-config-template',
    path: files.serverTemplate?.path
  });
  if (problem) {
    addFailure(report, { ...CHECK, ...problem });
    return false;
  }
  const target = config.serverConfig.path;
  await writePrivate(target, output.text, inline);
  let secretManifestPath: string | undefined;
  if (inline && output.secretManifest) {
    secretManifestPath = path.join(path.dirname(target), 'oidc-secrets.yaml');
    await writePrivate(secretManifestPath, output.secretManifest, true);
  }
  if (inline) {
    report.checks.push({
      id: 'render.server-config.inline-secrets',
      status: 'warn',
      title: 'Secret in the server settings',
      detail: `${secretManifestPath ?? target} holds the login app's client secret (inline-secrets: true)${config.uploadArtifact && !secretManifestPath ? '; so does the artifact' : ''}.`,
      fix: `Prefer inline-secrets: false: the settings then reference \${${config.serverConfig.oidcSecretEnvVar}}, set where the server runs.`
    });
    runner.warning(`inline-secrets: ${secretManifestPath ?? target} holds the login app's client secret.`);
  }
  report.serverConfig = {
    path: target,
    deployment: config.serverConfig.deployment,
    textForDisplay: output.text,
    envVars: output.envVars,
    kubectlSecretCommand: output.kubectlSecretCommand,
    secretManifestPath
  };
  report.checks.push({
    ...CHECK,
    status: 'pass',
    detail: `${target} (${config.serverConfig.deployment}, ${sso.clientType} client ${login.clientId}${output.envVars.length ? `; set ${output.envVars.join(', ')} where the server runs` : ''}).`
  });
  return true;
}

/** Writes a file; one holding a secret is 0600, also when it existed before with a wider mode. */
async function writePrivate(file: string, text: string, secret: boolean): Promise<void> {
  await writeFileAtomic(file, text, secret ? 0o600 : 0o644);
}
