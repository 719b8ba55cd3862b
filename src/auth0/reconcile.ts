/**
 * The Management API part of a run: get the admin token, read the tenant, diff the ingestion app against
 * the desired state, and (provision) apply the changes — each outcome a check. Returns the app's
 * credentials for the smoke test, or undefined when the run cannot go on.
 */
import type { Config } from '../inputs.js';
import { registerSecret } from '../secrets.js';
import { addFailure, type RunReport } from '../report/run-report.js';
import { Auth0Error, explainAuth0Error, toAuth0Error } from './errors.js';
import {
  dangerousScopes,
  diffApp,
  isManagedByAction,
  scopeDifference,
  type AppState,
  type Change,
  type DesiredApp
} from './desired.js';
import {
  applyChanges,
  createManagementClient,
  readSecretOf,
  readTenantState,
  type TenantState
} from './management.js';
import { requestManagementToken } from './token.js';

/** What the smoke test and the renderer need to know about the ingestion app. */
export interface Credentials {
  clientId?: string;
  clientSecret?: string;
  authMethod: string;
  app?: AppState;
}

/** Reads the tenant, diffs, and applies in provision. Returns the app's credentials, or undefined when the run cannot go on. */
export async function reconcileApp(
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
      addFailure(report, {
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
    addFailure(report, {
      id: 'auth0.read',
      title: 'Read the Auth0 tenant',
      ...explainAuth0Error(e, 'management')
    });
    return undefined;
  }

  // The API (resource server) must exist and define the requested scopes.
  if (!state.api) {
    addFailure(report, {
      id: 'auth0.api',
      title: 'Audience API',
      detail: `${config.audience} is not an API of this tenant.`,
      fix: 'Set audience to the Identifier of an API in Auth0 (APIs tab), or leave it empty for the Management API.'
    });
    return undefined;
  }
  const undefinedScopes = config.scopes.filter(s => !state.api!.scopes.includes(s));
  if (undefinedScopes.length > 0) {
    addFailure(report, {
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
    addFailure(report, {
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
    addFailure(report, {
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
      addFailure(report, {
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
      addFailure(report, {
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
        const partial = error as { applied?: Change[]; clientId?: string };
        report.appStatus = app ? 'drifted' : 'not-checked';
        report.changes = changes;
        const explained = explainAuth0Error(e, 'management');
        const done = partial.applied?.length
          ? ` Applied before the failure: ${partial.applied.map(c => (c.field === 'app' ? `created the app ${partial.clientId}` : `${c.resource}.${c.field}`)).join(', ')}; the client grant was not. A re-run converges.`
          : ' Nothing was changed.';
        if (partial.clientId) report.clientId = partial.clientId;
        addFailure(report, {
          id: 'auth0.apply',
          title: 'Apply changes',
          ...explained,
          detail: explained.detail + done
        });
        return undefined;
      }
    }
  }
  if (app && created && !state.clientSecret && config.mode !== 'plan') {
    // Found again after an unknown create outcome: the new app's secret was not in any answer yet.
    state = { ...state, ...(await readSecretOf(mgmt, app.client_id)) };
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
    addFailure(report, {
      id: 'auth0.client-secret',
      title: 'Ingestion app secret',
      ...explainAuth0Error(state.secretError, 'management'),
      fix: 'Grant the admin app read:client_keys, or pass the secret as client-secret.'
    });
  }
  // The smoke test authenticates as the app is configured now (in verify a drifted method is tested as is).
  const current = app.token_endpoint_auth_method;
  const method =
    current === 'client_secret_post' || current === 'client_secret_basic'
      ? current
      : config.tokenEndpointAuthMethod;
  return { clientId: app.client_id, clientSecret: secret, authMethod: method, app };
}
