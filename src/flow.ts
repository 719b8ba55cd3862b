/**
 * Modes provision, plan and verify: read the tenant, diff against the desired state, apply (provision),
 * smoke-test the credentials, render the workflowConfig, publish it, and optionally present the token to
 * the OpenMetadata server. Each step appends check records to the report; a failed step stops only the
 * steps that depend on it.
 */
import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { JSONWebKeySet } from 'jose';
import type { Config } from './inputs.js';
import type { InputFiles } from './main.js';
import { createRetryingFetch } from './http.js';
import { registerSecret } from './secrets.js';
import { Auth0Error, explainAuth0Error, toAuth0Error } from './auth0/errors.js';
import {
  dangerousScopes,
  diffApp,
  isManagedByAction,
  scopeDifference,
  type AppState,
  type DesiredApp
} from './auth0/desired.js';
import {
  applyChanges,
  createManagementClient,
  readTenantState,
  type TenantState
} from './auth0/management.js';
import {
  fetchJwks,
  requestClientCredentialsToken,
  requestManagementToken,
  TokenVerificationError,
  verifyIngestionToken
} from './auth0/token.js';
import { renderWorkflowConfig, RenderError } from './openmetadata/render.js';
import { uploadRenderedConfig } from './report/artifact.js';
import { checkOpenMetadataServer } from './openmetadata/server-check.js';
import { githubContextFromEnv, syncHealthIssue, upsertPrComment } from './report/github.js';
import { renderSummaryMarkdown } from './report/summary.js';
import type { Check } from './report/checks.js';
import type { RunReport } from './report/run-report.js';
import { ACTION_VERSION } from './version.js';

interface Credentials {
  clientId?: string;
  clientSecret?: string;
  authMethod: string;
  app?: AppState;
}

function fail(report: RunReport, check: Omit<Check, 'status'>): void {
  report.checks.push({ ...check, status: 'fail' });
}

export async function runAuth0Flow(config: Config, files: InputFiles, report: RunReport): Promise<void> {
  const fetchFn = createRetryingFetch({
    timeoutMs: config.timeoutSeconds * 1000,
    onRetry: e =>
      core.info(`Auth0: ${e.method} ${e.path} got ${e.reason}; retry ${e.attempt} in ${e.waitMs} ms.`)
  });
  const smokeTest = config.mode !== 'plan';
  // The JWKS does not depend on anything else: fetch it while the Management API is read.
  const jwksPromise: Promise<JSONWebKeySet | Auth0Error> | undefined = smokeTest
    ? fetchJwks(config.auth0Domain, fetchFn).catch(e => toAuth0Error(e, 'GET /.well-known/jwks.json'))
    : undefined;

  report.appName = config.clientId ? undefined : config.appName;
  let creds: Credentials | undefined = {
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authMethod: config.tokenEndpointAuthMethod
  };
  if (config.management) {
    creds = await manageApp(config, fetchFn, report);
    // verify: when the Management API part failed, still smoke-test with the credentials given directly.
    if (!creds && config.mode === 'verify' && config.clientId && config.clientSecret) {
      creds = {
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        authMethod: config.tokenEndpointAuthMethod
      };
    }
  } else {
    report.checks.push({
      id: 'auth0.app',
      status: 'skip',
      title: 'Ingestion app settings',
      detail: 'Not checked: no Management API credentials were given (token-only check).'
    });
  }
  if (creds?.clientId) report.clientId = creds.clientId;

  let accessToken: string | undefined;
  if (creds && smokeTest) accessToken = await smokeTestToken(config, creds, fetchFn, jwksPromise!, report);

  // Render whenever the shape can be filled in (also after a failed smoke test: the file only references variables).
  let configWritten = false;
  if (creds) configWritten = await renderAndWrite(config, files, creds, accessToken, report);

  if (configWritten) await publishArtifact(config, creds!, report);
  if (config.openmetadataCheck && smokeTest) {
    if (accessToken) {
      report.checks.push(
        ...(await checkOpenMetadataServer({
          hostPort: config.hostPort,
          token: accessToken,
          expectedVersion: config.openmetadataVersion.text,
          auth0Domain: config.auth0Domain,
          clientId: creds!.clientId!,
          caCertificatePem: files.caCertificatePem,
          timeoutMs: config.timeoutSeconds * 1000
        }))
      );
    } else {
      report.checks.push({
        id: 'openmetadata.login',
        status: 'skip',
        title: 'OpenMetadata server',
        detail: 'Not checked: no token was minted.'
      });
    }
  }
  if (config.issueOnFailure && config.mode === 'verify') await reportHealthIssue(config, report);
  if (config.commentOnPr && config.mode === 'plan') {
    const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutSeconds * 1000);
    if (ctx?.prNumber) report.checks.push(await upsertPrComment(ctx, renderSummaryMarkdown(report)));
    else report.notes.push('comment-on-pr: not a pull request run; no comment was written.');
  }
}

/** Reads the tenant, diffs, and applies in provision. Returns the app's credentials, or undefined when the run cannot go on. */
async function manageApp(
  config: Config,
  fetchFn: typeof fetch,
  report: RunReport
): Promise<Credentials | undefined> {
  const management = config.management!;
  const domain = config.auth0Domain;
  let token: string;
  if (management.kind === 'token') {
    token = management.token;
  } else {
    try {
      ({ accessToken: token } = await requestManagementToken(
        domain,
        management.clientId,
        management.clientSecret,
        fetchFn
      ));
      registerSecret(token);
    } catch (error) {
      const e = toAuth0Error(error, 'POST /oauth/token');
      fail(report, {
        id: 'auth0.management-token',
        title: 'Management API access',
        ...explainAuth0Error(e, 'management-token')
      });
      return undefined;
    }
  }
  const mgmt = createManagementClient(domain, token, fetchFn, config.timeoutSeconds);
  const desired: DesiredApp = {
    name: config.appName,
    authMethod: config.tokenEndpointAuthMethod,
    audience: config.audience,
    scopes: config.scopes
  };

  let state: TenantState;
  let created = false;
  try {
    state = await readTenantState(mgmt, {
      clientId: config.clientId,
      appName: config.appName,
      audience: config.audience,
      // The secret is needed for the smoke test unless the user gave it; plan does not smoke-test.
      readSecret: config.mode !== 'plan' && !config.clientSecret
    });
  } catch (error) {
    const e = toAuth0Error(error, 'Management API');
    fail(report, { id: 'auth0.read', title: 'Read the Auth0 tenant', ...explainAuth0Error(e, 'management') });
    return undefined;
  }

  // The API (resource server) must exist and define the requested scopes.
  if (!state.api) {
    fail(report, {
      id: 'auth0.api',
      title: 'Audience API',
      detail: `${config.audience} is not an API of this tenant.`,
      fix: 'Set audience to the Identifier of an API in Auth0 (APIs tab), or leave it empty for the Management API.'
    });
    return undefined;
  }
  const undefinedScopes = config.scopes.filter(s => !state.api!.scopes.includes(s));
  if (undefinedScopes.length > 0) {
    fail(report, {
      id: 'auth0.api',
      title: 'Audience API',
      detail: `${state.api.name ?? config.audience} does not define the scope(s) ${undefinedScopes.join(', ')}.`,
      fix: 'Fix the scopes input (typo?) or add the permissions to the API in Auth0.'
    });
    return undefined;
  }
  report.checks.push({
    id: 'auth0.api',
    status: 'pass',
    title: 'Audience API',
    detail: `${state.api.name ?? ''} (${config.audience})`.trim()
  });

  if (state.apps.length > 1) {
    fail(report, {
      id: 'auth0.app.unique',
      title: 'Ingestion app',
      detail: `${state.apps.length} apps are named "${config.appName}": ${state.apps.map(a => a.client_id).join(', ')}. Nothing was written.`,
      fix: 'Rename or delete the extra apps in Auth0, or set client-id to the one to use.'
    });
    report.appStatus = 'drifted';
    return undefined;
  }
  let app = state.apps[0];
  if (!app && config.clientId) {
    fail(report, {
      id: 'auth0.app',
      title: 'Ingestion app',
      detail: `No app with client id ${config.clientId} exists in ${config.auth0Domain}.`,
      fix: 'Check client-id and auth0-domain, or leave client-id empty to find (or create) the app by app-name.'
    });
    return undefined;
  }
  if (app) {
    report.clientId = app.client_id;
    report.appName = app.name;
  }

  const changes = diffApp(app, state.grant, desired);
  const extra = state.grant ? scopeDifference(state.grant.scope, desired.scopes).extra : [];
  if (extra.length > 0) {
    const dangerous = dangerousScopes(extra);
    report.checks.push({
      id: 'auth0.grant.least-privilege',
      status: 'warn',
      title: 'Least privilege',
      detail: `The ingestion app's grant holds scope(s) beyond the scopes input: ${extra.join(', ')}${dangerous.length > 0 ? `; ${dangerous.join(', ')} can change the tenant` : ''}. OpenMetadata needs none of them.`,
      fix: 'mode provision reduces the grant to the scopes input (see the changes); or add them to scopes if they are really needed.'
    });
  }
  const describeChanges = () =>
    changes
      .map(c =>
        c.field === 'app' || c.field === 'grant' ? `create ${c.resource}` : `${c.resource}.${c.field}`
      )
      .join(', ');

  if (config.mode !== 'provision') {
    report.changes = changes;
    report.appStatus = changes.length === 0 ? 'unchanged' : 'drifted';
    if (changes.length === 0) {
      report.checks.push({
        id: 'auth0.app',
        status: 'pass',
        title: 'Ingestion app settings',
        detail: 'In the desired state.'
      });
    } else if (config.mode === 'plan') {
      report.checks.push({
        id: 'auth0.app',
        status: 'warn',
        title: 'Ingestion app settings',
        detail: `mode provision would change: ${describeChanges()}.`,
        fix: 'Run mode provision to apply the plan.'
      });
    } else {
      fail(report, {
        id: 'auth0.app',
        title: 'Ingestion app settings',
        detail: app
          ? `Drifted from the desired state: ${describeChanges()}.`
          : `No app named "${config.appName}" exists.`,
        fix: 'Run mode provision to converge the app (see the changes table), or fix it in the Auth0 dashboard.'
      });
    }
    if (app && !isManagedByAction(app) && changes.length > 0 && !config.adoptExisting) {
      report.notes.push(
        `"${app.name}" was not created by this action: mode provision will modify it only with adopt-existing: true.`
      );
    }
  } else {
    if (app && !isManagedByAction(app) && changes.length > 0 && !config.adoptExisting) {
      report.changes = changes;
      report.appStatus = 'drifted';
      fail(report, {
        id: 'auth0.app.ownership',
        title: 'Ingestion app ownership',
        detail: `"${app.name}" (${app.client_id}) was not created by this action and needs changes (${describeChanges()}); it was not modified.`,
        fix: 'Set adopt-existing: true to let the action manage this app, or fix it in the Auth0 dashboard.'
      });
      return credentialsFrom(app, state, config, report);
    }
    if (changes.length === 0 && !(config.adoptExisting && app && !isManagedByAction(app))) {
      report.appStatus = 'unchanged';
      report.checks.push({
        id: 'auth0.app',
        status: 'pass',
        title: 'Ingestion app settings',
        detail: 'In the desired state; nothing was written.'
      });
    } else {
      try {
        const result = await applyChanges(mgmt, app, state.grant, changes, desired, config.adoptExisting);
        app = result.app;
        report.changes = changes;
        report.clientId = app.client_id;
        report.appName = app.name;
        report.appStatus = result.created ? 'created' : 'updated';
        created = result.created;
        if (result.clientSecret) {
          registerSecret(result.clientSecret);
          state = { ...state, clientSecret: result.clientSecret, secretError: undefined };
        } else if (result.created && !config.clientSecret) {
          // Found again after an unknown create outcome: read its secret.
          state = {
            ...state,
            ...(await readTenantState(mgmt, {
              clientId: app.client_id,
              appName: app.name,
              audience: config.audience,
              readSecret: true
            }))
          };
        }
        report.checks.push({
          id: 'auth0.app',
          status: 'pass',
          title: 'Ingestion app settings',
          detail: result.created
            ? `Created "${app.name}" (${app.client_id}) with its client grant.`
            : `Updated: ${describeChanges() || 'managed-by mark (adopted)'}.`
        });
      } catch (error) {
        const e = toAuth0Error(error, 'Management API');
        report.appStatus = app ? 'drifted' : 'not-checked';
        report.changes = changes;
        fail(report, { id: 'auth0.apply', title: 'Apply changes', ...explainAuth0Error(e, 'management') });
        return undefined;
      }
    }
  }
  return app
    ? credentialsFrom(app, state, config, report, created)
    : { authMethod: config.tokenEndpointAuthMethod };
}

function credentialsFrom(
  app: AppState,
  state: { clientSecret?: string; secretError?: Auth0Error },
  config: Config,
  report: RunReport,
  created = false
): Credentials {
  if (state.clientSecret) registerSecret(state.clientSecret);
  // An app created by this run has a new secret: it wins over a client-secret input (of an older app).
  const secret = created
    ? (state.clientSecret ?? config.clientSecret)
    : (config.clientSecret ?? state.clientSecret);
  if (!secret && state.secretError && config.mode !== 'plan') {
    fail(report, {
      id: 'auth0.client-secret',
      title: 'Ingestion app secret',
      ...explainAuth0Error(state.secretError, 'management'),
      fix: 'Grant the admin app read:client_keys, or pass the secret as client-secret.'
    });
  }
  // The smoke test authenticates as the app is configured now (in verify a drifted method is tested as is).
  const method =
    app.token_endpoint_auth_method === 'client_secret_post'
      ? 'client_secret_post'
      : config.tokenEndpointAuthMethod;
  return { clientId: app.client_id, clientSecret: secret, authMethod: method, app };
}

async function smokeTestToken(
  config: Config,
  creds: Credentials,
  fetchFn: typeof fetch,
  jwksPromise: Promise<JSONWebKeySet | Auth0Error>,
  report: RunReport
): Promise<string | undefined> {
  if (!creds.clientId || !creds.clientSecret) {
    report.checks.push({
      id: 'token.request',
      status: 'skip',
      title: 'Client-credentials token',
      detail: 'Not requested: the app or its secret is not available.'
    });
    return undefined;
  }
  let accessToken: string;
  const method = creds.authMethod === 'client_secret_post' ? 'client_secret_post' : 'client_secret_basic';
  try {
    const response = await requestClientCredentialsToken(
      {
        domain: config.auth0Domain,
        clientId: creds.clientId,
        clientSecret: creds.clientSecret,
        audience: config.audience,
        method
      },
      fetchFn
    );
    accessToken = response.accessToken;
    registerSecret(accessToken);
  } catch (error) {
    const e = toAuth0Error(error, 'POST /oauth/token');
    fail(report, {
      id: 'token.request',
      title: 'Client-credentials token',
      ...explainAuth0Error(e, 'ingestion-token')
    });
    return undefined;
  }
  report.checks.push({
    id: 'token.request',
    status: 'pass',
    title: 'Client-credentials token',
    detail: `Issued for ${config.audience} (${method}).`
  });

  const jwks = await jwksPromise;
  if (jwks instanceof Auth0Error) {
    fail(report, {
      id: 'token.verify',
      title: 'Token verification',
      ...explainAuth0Error(jwks, 'ingestion-token')
    });
    return undefined;
  }
  try {
    const verified = await verifyIngestionToken(accessToken, jwks, {
      domain: config.auth0Domain,
      audience: config.audience,
      clientId: creds.clientId,
      requestedScopes: config.scopes
    });
    report.token = { ...verified, authMethod: method };
    if (config.credential === 'access-token') {
      // OpenMetadata >= 1.3 uses this very token as securityConfig.jwtToken: hand it to later steps (masked).
      core.exportVariable(config.tokenEnvVar, accessToken);
      core.setOutput('access-token', accessToken);
    }
    report.checks.push({
      id: 'token.verify',
      status: 'pass',
      title: 'Token verification',
      detail: `RS256, key ${verified.kid ?? '?'}, sub ${verified.subject}, expires ${verified.expiresAt.toISOString()}${verified.scopes.length ? `, scopes ${verified.scopes.join(' ')}` : ', no scopes'}.`
    });
    return accessToken;
  } catch (error) {
    const e =
      error instanceof TokenVerificationError ? error : new TokenVerificationError(String(error), 'Re-run.');
    fail(report, { id: 'token.verify', title: 'Token verification', detail: e.message, fix: e.fix });
    return undefined;
  }
}

async function renderAndWrite(
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
      fail(report, {
        id: 'render',
        title: 'Rendered workflowConfig',
        detail: error.message,
        fix: `Fix the ${error.input} input.`
      });
      return false;
    }
    throw error;
  }
  const where = (d: { ruleId: string; line: number; column: number; message: string }) =>
    `${d.ruleId} at ${d.line}:${d.column}: ${d.message}`;
  const templateErrors = output.templateDiagnostics.filter(d => d.severity === 'error');
  if (templateErrors.length > 0) {
    fail(report, {
      id: 'render',
      title: 'Rendered workflowConfig',
      detail: `The workflow-template ${files.template?.path ?? ''} has ${templateErrors.length} problem(s) the rendered file would keep: ${templateErrors.map(where).join('; ')}. Nothing was written.`,
      fix: 'Fix the template (mode validate annotates it), then re-run.'
    });
    return false;
  }
  const defects = output.diagnostics.filter(d => d.severity === 'error');
  if (defects.length > 0) {
    fail(report, {
      id: 'render',
      title: 'Rendered workflowConfig',
      detail: `The rendered file does not pass the action's own validation: ${defects.map(where).join('; ')}. It was not written.`,
      fix: 'This is a defect of the action: please report it with the job summary.'
    });
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
    core.warning(
      `inline-secrets: ${config.configPath} holds a real credential${config.uploadArtifact ? ', and so does the workflow artifact (downloadable by anyone with read access to the repository)' : ''}.`
    );
  }
  await mkdir(path.dirname(config.configPath), { recursive: true });
  await writeFile(config.configPath, output.yaml, { mode: config.inlineSecrets ? 0o600 : 0o644 });
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

async function publishArtifact(config: Config, creds: Credentials, report: RunReport): Promise<void> {
  const result = await uploadRenderedConfig({
    enabled: config.uploadArtifact,
    configPath: config.configPath,
    name: config.artifactName,
    retentionDays: config.retentionDays,
    manifest: {
      openmetadataVersion: config.openmetadataVersion.text,
      credential: config.credential,
      clientId: creds.clientId ?? '',
      envVars: report.referencedEnvVars ?? [],
      actionVersion: ACTION_VERSION,
      renderedAt: new Date().toISOString(),
      file: path.basename(config.configPath)
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
    fail(report, {
      id: 'artifact',
      title: 'Workflow artifact',
      detail: `${result.message} The rendered file is still at ${config.configPath}.`,
      fix: /already exists/.test(result.message)
        ? 'Artifact names are unique per run: give each step that uploads its own artifact-name (e.g. plan and provision in one job).'
        : 'The artifact service refused or failed the upload; re-run the job, or set upload-artifact: false and use the config-path output.'
    });
  } else if (result.reason !== 'disabled') {
    core.notice(result.message);
    report.checks.push({
      id: 'artifact',
      status: 'skip',
      title: 'Workflow artifact',
      detail: result.message
    });
  }
}

async function reportHealthIssue(config: Config, report: RunReport): Promise<void> {
  const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutSeconds * 1000);
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
  report.checks.push(await syncHealthIssue(ctx, { failed, passed: failed.length === 0 }));
}
