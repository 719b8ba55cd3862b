/**
 * Modes provision, plan and verify, step by step: reconcile the apps (auth0/reconcile.ts), smoke-test the
 * ingestion app's credentials (auth0/smoke-test.ts), render and write the workflowConfig
 * (openmetadata/write-config.ts) and the server's authentication settings for the login app
 * (openmetadata/write-server-config.ts), publish them as an artifact, check the OpenMetadata server,
 * report to an issue or PR.
 * Each step appends check records to the report; a failed step stops only the steps that depend on it.
 */
import * as runner from './runner.js';
import type { JSONWebKeySet } from 'jose';
import * as path from 'node:path';
import type { Config, InputFiles } from './inputs/index.js';
import { createRetryingFetch } from './http.js';
import { requestAdminToken } from './auth0/admin-token.js';
import { Auth0Error, toAuth0Error } from './auth0/errors.js';
import type { AppCredentials, AppLookup, Credentials, ReconcileResult } from './auth0/reconcile.js';
import { smokeTestToken } from './auth0/smoke-test.js';
import { fetchJwks } from './auth0/token.js';
import { renderAndWrite } from './openmetadata/write-config.js';
import { renderAndWriteServerConfig } from './openmetadata/write-server-config.js';
import { checkOpenMetadataServer, versionCheckUrl } from './openmetadata/server-check.js';
import { checkServerAuthSettings, serverBaseUrl } from './openmetadata/server-auth-check.js';
import { createServerHttp } from './openmetadata/server-http.js';
import type { Check } from './report/checks.js';
import { uploadRenderedConfig } from './report/artifact.js';
import { addFailure, type RunReport } from './report/run-report.js';
import { COMMENT_BYTES, renderSummaryMarkdown } from './report/summary.js';
import { ACTION_VERSION } from './version.js';

export async function runAuth0Flow(config: Config, files: InputFiles, report: RunReport): Promise<void> {
  const fetchFn = createRetryingFetch({
    timeoutMs: config.timeoutMs,
    onRetry: e =>
      runner.info(`Auth0: ${e.method} ${e.path} got ${e.reason}; retry ${e.attempt} in ${e.waitMs} ms.`)
  });
  const smokeTest = config.mode !== 'plan';
  // The JWKS does not depend on anything else: fetch it while the Management API is read.
  const jwksPromise: Promise<JSONWebKeySet | Auth0Error> | undefined = smokeTest
    ? fetchJwks(config.auth0Domain, fetchFn).catch(e => toAuth0Error(e, 'GET /.well-known/jwks.json'))
    : undefined;

  // lookupApp (with the run's one admin token) is for the OpenMetadata server check of the login app.
  const { apps, lookupApp } = await readOrConvergeApps(config, fetchFn, report);
  const creds = apps.ingestion;
  if (creds?.clientId)
    report.apps.ingestion = { status: 'not-checked', ...report.apps.ingestion, clientId: creds.clientId };

  let accessToken: string | undefined;
  if (creds && smokeTest) accessToken = await smokeTestToken(config, creds, fetchFn, jwksPromise!, report);

  // Render whenever the shape can be filled in (also after a failed smoke test: the file only references variables).
  let configWritten = false;
  if (creds) configWritten = await renderAndWrite(config, files, creds, accessToken, report);
  const serverConfigWritten = await renderAndWriteServerConfig(config, files, apps.login, report);

  if (configWritten)
    await publishArtifact(config, creds!, serverConfigWritten ? apps.login : undefined, report);
  if (config.openmetadataCheck && smokeTest) {
    report.checks.push(...(await checkOpenMetadata(config, files, creds?.clientId, accessToken, lookupApp)));
  }
  if (config.issueOnFailure && config.mode === 'verify') await reportHealthIssue(config, report);
  if (config.commentOnPr && config.mode === 'plan') {
    // Octokit is loaded only when a comment or an issue is wanted.
    const { githubContextFromEnv, upsertPrComment } = await import('./report/github.js');
    const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutMs);
    if (ctx?.prNumber)
      report.checks.push(await upsertPrComment(ctx, renderSummaryMarkdown(report, COMMENT_BYTES)));
    else report.notes.push('comment-on-pr: not a pull request run; no comment was written.');
  }
}

/**
 * openmetadata-check: the minted token presented to the server (server-check.ts) and the server's own
 * authentication settings (server-auth-check.ts), in parallel on one HTTP client.
 */
async function checkOpenMetadata(
  config: Config,
  files: InputFiles,
  clientId: string | undefined,
  accessToken: string | undefined,
  lookupApp: AppLookup | undefined
): Promise<Check[]> {
  // One client for both: the version check and the settings checks share the system/version answer.
  const http = createServerHttp({
    caPem: files.caCertificatePem,
    timeoutMs: config.timeoutMs
  });
  const tokenChecks: Promise<Check[]> =
    accessToken && clientId
      ? checkOpenMetadataServer({
          hostPort: config.hostPort,
          token: accessToken,
          expectedVersion: config.openmetadataVersion.text,
          auth0Domain: config.auth0Domain,
          clientId,
          caCertificatePem: files.caCertificatePem,
          timeoutMs: config.timeoutMs,
          http
        })
      : Promise.resolve([
          {
            id: 'openmetadata.login',
            status: 'skip',
            title: 'OpenMetadata server',
            detail: 'Not checked: no token was minted.'
          }
        ]);
  // The server's settings are the server's: checked whether or not sso-client-type is set.
  const base = serverBaseUrl(config.openmetadataUrl, config.hostPort);
  const settingsChecks: Promise<Check[]> = base
    ? checkServerAuthSettings({
        base,
        auth0Domain: config.auth0Domain,
        token: accessToken,
        lookupApp,
        ssoClientType: config.login?.clientType,
        http,
        versionCheckUrl: accessToken ? versionCheckUrl(config.hostPort) : undefined
      })
    : Promise.resolve([]);
  return (await Promise.all([tokenChecks, settingsChecks])).flat();
}

/**
 * The apps' credentials: through the Management API when there is access (reconcile.ts), else what the
 * inputs say (verify's token-only check), with the apps' checks skipped.
 */
async function readOrConvergeApps(
  config: Config,
  fetchFn: typeof fetch,
  report: RunReport
): Promise<ReconcileResult> {
  const given = {
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authMethod: config.tokenEndpointAuthMethod
  };
  if (config.management) {
    // The auth0 SDK is the heaviest module of the bundle: loaded only when the Management API is used,
    // and while the admin token request is in flight (neither waits for the other).
    const adminToken = requestAdminToken(config, fetchFn, report);
    const { reconcileApps } = await import('./auth0/reconcile.js');
    const { apps, lookupApp } = await reconcileApps(config, fetchFn, report, adminToken);
    // verify: when the Management API part failed, still smoke-test with the credentials given directly.
    if (!apps.ingestion && config.mode === 'verify' && config.clientId && config.clientSecret)
      apps.ingestion = given;
    return { apps, lookupApp };
  }
  report.apps.ingestion = { clientId: config.clientId, status: 'not-checked' };
  report.checks.push({
    id: 'auth0.app',
    status: 'skip',
    title: 'Ingestion app settings',
    detail: 'Not checked: no Management API credentials were given (token-only check).'
  });
  const apps: AppCredentials = { ingestion: given };
  if (config.login) {
    report.apps.login = { clientId: config.login.clientId, status: 'not-checked' };
    report.checks.push({
      id: 'auth0.login-app',
      status: 'skip',
      title: 'Login app settings',
      detail: 'Not checked: no Management API credentials were given.'
    });
    if (config.login.clientId) apps.login = { clientId: config.login.clientId, authMethod: 'none' };
  }
  return { apps };
}

async function publishArtifact(
  config: Config,
  creds: Credentials,
  login: Credentials | undefined,
  report: RunReport
): Promise<void> {
  const server = report.serverConfig;
  const result = await uploadRenderedConfig({
    enabled: config.uploadArtifact,
    configPath: config.configPath,
    serverConfigPath: login && server ? server.path : undefined,
    name: config.artifactName,
    retentionDays: config.retentionDays,
    manifest: {
      openmetadataVersion: config.openmetadataVersion.text,
      credential: config.credential,
      clientId: creds.clientId ?? '',
      envVars: report.referencedEnvVars ?? [],
      actionVersion: ACTION_VERSION,
      renderedAt: new Date().toISOString(),
      file: path.basename(config.configPath),
      ...(login && server && config.login
        ? {
            serverConfig: {
              file: path.basename(server.path),
              deployment: server.deployment,
              clientType: config.login.clientType,
              clientId: login.clientId ?? '',
              envVars: server.envVars
            }
          }
        : {})
    }
  });
  if (result.status === 'uploaded') {
    report.artifact = { id: result.id, url: result.url };
    report.checks.push({
      id: 'artifact',
      status: 'pass',
      title: 'Workflow artifact',
      detail: `Uploaded "${config.artifactName}" (${result.size} bytes).`
    });
  } else if (result.status === 'failed') {
    addFailure(report, {
      id: 'artifact',
      title: 'Workflow artifact',
      detail: `${result.message} The rendered file is still at ${config.configPath}.`,
      fix: /already exists/.test(result.message)
        ? 'Artifact names are unique per run: give each step that uploads its own artifact-name (e.g. plan and provision in one job).'
        : 'The artifact service refused or failed the upload; re-run the job, or set upload-artifact: false and use the config-path output.'
    });
  } else if (result.reason !== 'disabled') {
    runner.notice(result.message);
    report.checks.push({
      id: 'artifact',
      status: 'skip',
      title: 'Workflow artifact',
      detail: result.message
    });
  }
}

async function reportHealthIssue(config: Config, report: RunReport): Promise<void> {
  const { DEFAULT_HEALTH_LABEL, DEFAULT_HEALTH_TITLE, githubContextFromEnv, syncHealthIssue } =
    await import('./report/github.js');
  const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutMs);
  if (!ctx) {
    report.checks.push({
      id: 'github.issue',
      status: 'skip',
      title: 'Health issue',
      detail: 'Not run: no GitHub repository context (GITHUB_REPOSITORY is not set).'
    });
    return;
  }
  const failed = report.checks.filter(c => c.status === 'fail');
  const label = config.issueLabel;
  const title = label === DEFAULT_HEALTH_LABEL ? undefined : `${DEFAULT_HEALTH_TITLE} (${label})`;
  report.checks.push(await syncHealthIssue(ctx, { failed, passed: failed.length === 0, label, title }));
}
