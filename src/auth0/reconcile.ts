/**
 * The Management API part of a run, for every application of applications.ts through one engine: with
 * the run's one admin token, read the tenant (once, in parallel), diff each app against its desired state,
 * and (provision) apply the changes — each outcome a check. Returns each app's credentials for the
 * smoke test and the renderers; an app whose part failed has none.
 */
import type { Config } from '../inputs/index.js';
import { redact } from '../secrets.js';
import type { Check } from '../report/checks.js';
import type { AppReport, RunReport } from '../report/run-report.js';
import { desiredApps, type AppRole, type DesiredApp } from './applications.js';
import { Auth0Error, explainAuth0Error, toAuth0Error } from './errors.js';
import {
  applyFailureCheck,
  describeConflict,
  leastPrivilegeCheck,
  missingApiCheck
} from './reconcile-checks.js';
import { diffApp, isManagedByAction, type AppState, type Change } from './desired.js';
import {
  applyAppChanges,
  ApplyError,
  createManagementClient,
  getApi,
  getApp,
  readApps,
  readSecretOf,
  settleAll,
  type AppRead,
  type ApiInfo,
  type ManagementClient
} from './management.js';

/** What the smoke test and the renderers need to know about an app. */
export interface Credentials {
  clientId?: string;
  clientSecret?: string;
  authMethod: string;
  app?: AppState;
}

export type AppCredentials = Partial<Record<AppRole, Credentials>>;

/** Reads one client of the tenant by id (undefined when it does not exist), with the run's admin token. */
export type AppLookup = (clientId: string) => Promise<AppState | undefined>;

export interface ReconcileResult {
  apps: AppCredentials;
  /** Set when the Management API is reachable: later checks (the server's clientId) reuse the token. */
  lookupApp?: AppLookup;
}

/** One app's share of the report, collected apart so that parallel apps report in a fixed order. */
interface AppOutcome {
  checks: Check[];
  changes: Change[];
  notes: string[];
  state: AppReport;
  creds?: Credentials;
}

interface Run {
  config: Config;
  mgmt: ManagementClient;
}

/** `adminToken`: the run's one Management API token (admin-token.ts), undefined when it was refused. */
export async function reconcileApps(
  config: Config,
  fetchFn: typeof fetch,
  report: RunReport,
  adminToken: Promise<string | undefined>
): Promise<ReconcileResult> {
  const specs = desiredApps(config);
  for (const spec of specs)
    report.apps[spec.role] = { name: spec.clientId ? undefined : spec.name, status: 'not-checked' };
  const token = await adminToken;
  if (!token) return { apps: {} };
  const mgmt = createManagementClient(config.auth0Domain, token, fetchFn, config.timeoutSeconds);

  let reads: AppRead[];
  let apis: Array<ApiInfo | undefined>;
  try {
    [reads, apis] = await settleAll([
      readApps(
        mgmt,
        specs.map(s => ({
          clientId: s.clientId,
          name: s.name,
          grantAudience: s.grant?.audience,
          readSecret: s.needsSecret && !s.givenSecret
        }))
      ),
      Promise.all(specs.map(s => (s.grant ? getApi(mgmt, s.grant.audience) : undefined)))
    ]);
  } catch (error) {
    const explained = explainAuth0Error(toAuth0Error(error, 'Management API'), 'management');
    report.checks.push({
      id: 'auth0.read',
      status: 'fail',
      title: 'Read the Auth0 tenant',
      ...explained,
      // Redacted again now that every read has ended: a secret may have arrived after this error.
      detail: redact(explained.detail)
    });
    return { apps: {} };
  }

  const outcomes = await Promise.all(
    specs.map((spec, i) => reconcileOne({ config, mgmt }, spec, reads[i], apis[i]))
  );
  const creds: AppCredentials = {};
  specs.forEach((spec, i) => {
    const o = outcomes[i];
    report.checks.push(...o.checks);
    report.changes.push(...o.changes);
    report.notes.push(...o.notes);
    report.apps[spec.role] = o.state;
    if (o.creds) creds[spec.role] = o.creds;
  });
  return { apps: creds, lookupApp: clientId => getApp(mgmt, clientId) };
}

/** Checks, diffs and (provision) converges one app. */
async function reconcileOne(
  run: Run,
  spec: DesiredApp,
  read: AppRead,
  api: ApiInfo | undefined
): Promise<AppOutcome> {
  const { config } = run;
  const out: AppOutcome = {
    checks: [],
    changes: [],
    notes: [],
    state: { name: spec.clientId ? undefined : spec.name, status: 'not-checked' }
  };
  const fail = (check: Omit<Check, 'status'>) => out.checks.push({ ...check, status: 'fail' });

  // The grant's API must exist and define the requested scopes.
  if (spec.grant) {
    const problem = missingApiCheck(spec.grant, api);
    out.checks.push(
      problem ?? {
        id: 'auth0.api',
        status: 'pass',
        title: 'Audience API',
        detail: `${api!.name ?? ''} (${spec.grant.audience})`.trim()
      }
    );
    if (problem) return out;
  }
  if (read.apps.length > 1) {
    out.state.status = 'drifted';
    fail({
      id: `${spec.checkId}.unique`,
      title: spec.title,
      detail: `${read.apps.length} apps are named "${spec.name}": ${read.apps.map(a => a.client_id).join(', ')}. Nothing was written.`,
      fix: `Rename or delete the extra apps in Auth0, or set ${spec.idInput} to the one to use.`
    });
    return out;
  }
  const app = read.apps[0];
  if (!app && spec.clientId) {
    fail({
      id: spec.checkId,
      title: spec.title,
      detail: `No app with client id ${spec.clientId} exists in ${config.auth0Domain}.`,
      fix: `Check ${spec.idInput} and auth0-domain, or leave ${spec.idInput} empty to find (or create) the app by ${spec.nameInput}.`
    });
    return out;
  }
  if (app) out.state = { ...out.state, clientId: app.client_id, name: app.name };

  const { changes, conflicts } = diffApp(app, read.grant, spec);
  if (conflicts.length > 0) {
    // Never change an app's type: report it with both types and the fix, and write nothing to it.
    out.state.status = 'drifted';
    out.checks.push(describeConflict(spec, app!, conflicts));
    return out;
  }
  if (spec.grant && read.grant) {
    const warning = leastPrivilegeCheck(read.grant.scope, spec.grant.scopes);
    if (warning) out.checks.push(warning);
  }
  if (config.mode !== 'provision') {
    reportDrift(spec, app, changes, config, out);
  } else {
    const applied = await converge(run, spec, app, read, changes, out);
    if (!applied) return out;
    return {
      ...out,
      creds: await credentialsFrom(run, spec, applied.app, applied.read, applied.created, out)
    };
  }
  out.creds = app
    ? await credentialsFrom(run, spec, app, read, false, out)
    : { authMethod: config.tokenEndpointAuthMethod };
  return out;
}

/** "client.callbacks + https://…/callback", "client.jwt_configuration.alg HS256 → RS256", "create client". */
function describeChanges(changes: readonly Change[]): string {
  return changes.map(describeChange).join(', ');
}

function describeChange(c: Change): string {
  if (c.field === 'app' || c.field === 'grant') return `create ${c.resource}`;
  const name = `${c.resource}.${c.field}`;
  if (c.resource !== 'client') return name;
  if (Array.isArray(c.from) && Array.isArray(c.to)) {
    const from = c.from as unknown[];
    return `${name} + ${c.to.filter(v => !from.includes(v)).join(', ')}`;
  }
  const text = (v: unknown) => (v === null || v === undefined ? 'unset' : String(v));
  return `${name} ${text(c.from)} → ${text(c.to)}`;
}

/** plan and verify: what provision would change. */
function reportDrift(
  spec: DesiredApp,
  app: AppState | undefined,
  changes: Change[],
  config: Config,
  out: AppOutcome
) {
  out.changes.push(...changes);
  out.state.status = changes.length === 0 ? 'unchanged' : 'drifted';
  const title = `${spec.title} settings`;
  if (changes.length === 0) {
    out.checks.push({ id: spec.checkId, status: 'pass', title, detail: 'In the desired state.' });
  } else if (config.mode === 'plan') {
    out.checks.push({
      id: spec.checkId,
      status: 'warn',
      title,
      detail: `mode provision would change: ${describeChanges(changes)}.`,
      fix: 'Run mode provision to apply the plan.'
    });
  } else {
    out.checks.push({
      id: spec.checkId,
      status: 'fail',
      title,
      detail: app
        ? `Drifted from the desired state: ${describeChanges(changes)}.`
        : `No app named "${spec.name}" exists.`,
      fix: 'Run mode provision to converge the app (see the changes table), or fix it in the Auth0 dashboard.'
    });
  }
  if (app && !isManagedByAction(app) && changes.length > 0 && !config.adoptExisting) {
    out.notes.push(
      `"${app.name}" was not created by this action: mode provision will modify it only with adopt-existing: true.`
    );
  }
}

/**
 * provision: applies the changes unless the app belongs to someone else. Returns the app as it now is,
 * or undefined when the run cannot go on with it.
 */
async function converge(
  run: Run,
  spec: DesiredApp,
  app: AppState | undefined,
  read: AppRead,
  changes: Change[],
  out: AppOutcome
): Promise<{ app: AppState; read: AppRead; created: boolean } | undefined> {
  const { config } = run;
  const unmarked = app !== undefined && !isManagedByAction(app);
  if (unmarked && changes.length > 0 && !config.adoptExisting) {
    out.changes.push(...changes);
    out.state.status = 'drifted';
    out.checks.push({
      id: `${spec.checkId}.ownership`,
      status: 'fail',
      title: `${spec.title} ownership`,
      detail: `"${app.name}" (${app.client_id}) was not created by this action and needs changes (${describeChanges(changes)}); it was not modified.`,
      fix: 'Set adopt-existing: true to let the action manage this app, or fix it in the Auth0 dashboard.'
    });
    return { app, read, created: false };
  }
  const title = `${spec.title} settings`;
  if (changes.length === 0 && !(config.adoptExisting && unmarked)) {
    out.state.status = 'unchanged';
    out.checks.push({
      id: spec.checkId,
      status: 'pass',
      title,
      detail: 'In the desired state; nothing was written.'
    });
    return app ? { app, read, created: false } : undefined;
  }
  out.changes.push(...changes);
  try {
    const result = await applyAppChanges(run.mgmt, spec, app, read.grant, changes, config.adoptExisting);
    out.state = {
      clientId: result.app.client_id,
      name: result.app.name,
      status: result.created ? 'created' : 'updated'
    };
    out.checks.push({
      id: spec.checkId,
      status: 'pass',
      title,
      detail:
        (result.created
          ? `Created "${result.app.name}" (${result.app.client_id})${spec.grant ? ' with its client grant' : ''}.`
          : `Updated: ${describeChanges(changes) || 'managed-by mark (adopted)'}.`) +
        (result.note ? ` ${result.note}` : '')
    });
    const secret = result.clientSecret ? { clientSecret: result.clientSecret } : result.created ? {} : read;
    return {
      app: result.app,
      read: { apps: [result.app], grant: read.grant, ...secret },
      created: result.created
    };
  } catch (error) {
    if (!(error instanceof ApplyError)) throw error;
    out.state.status = app ? 'drifted' : 'not-checked';
    if (error.clientId) out.state.clientId = error.clientId;
    out.checks.push(applyFailureCheck(spec, error));
    return undefined;
  }
}

/** The app's credentials: its secret from the read (or a new app's create answer), else the input. */
async function credentialsFrom(
  run: Run,
  spec: DesiredApp,
  app: AppState,
  read: AppRead,
  created: boolean,
  out: AppOutcome
): Promise<Credentials> {
  let { clientSecret, secretError } = read;
  if (created && !clientSecret && spec.needsSecret) {
    // Found again after an unknown create outcome: the new app's secret was not in any answer yet.
    ({ clientSecret, secretError } = await readSecretOf(run.mgmt, app.client_id));
  }
  // An app created by this run has a new secret: it wins over a secret input (of an older app).
  const secret = created ? (clientSecret ?? spec.givenSecret) : (spec.givenSecret ?? clientSecret);
  if (!secret && secretError && spec.needsSecret) {
    out.checks.push({
      id: spec.secretCheckId,
      status: 'fail',
      title: `${spec.title} secret`,
      ...explainAuth0Error(secretError as Auth0Error, 'management'),
      fix: spec.secretFix
    });
  }
  // The smoke test authenticates as the app is configured now (in verify a drifted method is tested as is).
  const current = app.token_endpoint_auth_method;
  const method =
    current === 'client_secret_post' || current === 'client_secret_basic'
      ? current
      : run.config.tokenEndpointAuthMethod;
  return { clientId: app.client_id, clientSecret: secret, authMethod: method, app };
}
