/**
 * Thin I/O over the Auth0 Management API (auth0 SDK v7): read the desired apps, their grants and the
 * API (resource server), and apply one app's list of changes. Decisions live in desired.ts; this file only
 * talks to Auth0, with independent requests in parallel and the fewest round trips.
 */
// The three resource clients the action uses, from the SDK's per-resource entry points: `ManagementClient`
// reaches every resource of the API (a 2.4 MB chunk to load on each run), these only what they need.
import { ClientGrantsClient } from 'auth0/clientGrants';
import { ClientsClient } from 'auth0/clients';
import { ResourceServersClient } from 'auth0/resourceServers';
import type { DesiredApp, DesiredGrant } from './applications.js';
import {
  APP_FIELDS,
  clientPatchBody,
  createAppBody,
  type AppState,
  type Change,
  type GrantState
} from './desired.js';
import { Auth0Error, toAuth0Error } from './errors.js';

const PER_PAGE = 100; // Auth0's maximum for GET /api/v2/clients

/** The part of the Management API the action talks to (the shape of the SDK's `ManagementClient`). */
export interface ManagementClient {
  clients: ClientsClient;
  clientGrants: ClientGrantsClient;
  resourceServers: ResourceServersClient;
}

export function createManagementClient(
  domain: string,
  token: string,
  fetchFn: typeof fetch,
  timeoutSeconds: number
): ManagementClient {
  const options = {
    // What `ManagementClient` builds from the domain (a domain with a port works).
    baseUrl: `https://${domain}/api/v2`,
    token,
    fetch: fetchFn,
    // Retries are done once, in our fetch (src/http.ts), which knows POST /clients must not be repeated.
    maxRetries: 0,
    // Our fetch bounds each attempt; the SDK's own timeout only has to outlast all attempts.
    timeoutInSeconds: timeoutSeconds * 4 + 60
  };
  return {
    clients: new ClientsClient(options),
    clientGrants: new ClientGrantsClient(options),
    resourceServers: new ResourceServersClient(options)
  };
}

async function call<T>(where: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toAuth0Error(error, where);
  }
}

export interface ApiInfo {
  identifier: string;
  name?: string;
  scopes: string[];
}

/** What the tenant holds for one desired app. */
export interface AppRead {
  /** Apps with the exact name (or the one app with the client id). */
  apps: AppState[];
  /** The app's grant for the desired audience (read only for an app with a grant, found once). */
  grant?: GrantState;
  /** Read only when asked (needs read:client_keys). */
  clientSecret?: string;
  /** Why the secret could not be read; the rest of the state is still good. */
  secretError?: Auth0Error;
}

/** The app's secret, or why it could not be read (the rest of a run can go on without it). */
export async function readSecretOf(
  mgmt: ManagementClient,
  clientId: string
): Promise<Pick<AppRead, 'clientSecret' | 'secretError'>> {
  try {
    return { clientSecret: await getClientSecret(mgmt, clientId) };
  } catch (error) {
    return { secretError: toAuth0Error(error, `GET /api/v2/clients/${clientId}?fields=client_secret`) };
  }
}

/** Finds apps by exact name over every page (one fresh listing). */
export async function findAppsByName(mgmt: ManagementClient, name: string): Promise<AppState[]> {
  return appsNamed(await listApps(mgmt), name);
}

function appsNamed(all: readonly AppState[], name: string): AppState[] {
  const seen = new Set<string>();
  return all.filter(app => app.name === name && !seen.has(app.client_id) && seen.add(app.client_id));
}

/** Every app of the tenant: the first page tells the total, the rest load in parallel. */
export async function listApps(mgmt: ManagementClient): Promise<AppState[]> {
  const query = {
    per_page: PER_PAGE,
    include_totals: true,
    fields: APP_FIELDS.join(','),
    include_fields: true
  };
  const where = 'GET /api/v2/clients';
  const page = async (n: number) => {
    const result = await call(where, () => mgmt.clients.list({ ...query, page: n }));
    return listBody<AppState>(result.response, 'clients', where);
  };
  const first = await page(0);
  let all: AppState[];
  if (first.total !== undefined) {
    // The total is known: fetch the remaining pages at once.
    const pages = Math.ceil(first.total / PER_PAGE);
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 1)));
    all = [first, ...rest].flatMap(p => p.items);
  } else {
    // No total (a bare array): page until a short page.
    all = [...first.items];
    for (let n = 1, last = first.items; last.length === PER_PAGE; n++) {
      last = (await page(n)).items;
      all.push(...last);
    }
  }
  return all;
}

/**
 * The items of a list answer, in either of Auth0's shapes: a bare array, or `{<key>: [...], total, next}`
 * (include_totals / checkpoint paging). Anything else is a malformed answer, never "no items": reading
 * it as empty could make provision create a duplicate app.
 */
function listBody<T>(
  body: unknown,
  key: string,
  where: string
): { items: T[]; total?: number; next?: string } {
  if (Array.isArray(body)) return { items: body as T[] };
  const b = body as Record<string, unknown> | undefined;
  if (b && Array.isArray(b[key])) {
    return {
      items: b[key] as T[],
      total: typeof b.total === 'number' ? b.total : undefined,
      next: typeof b.next === 'string' && b.next ? b.next : undefined
    };
  }
  throw new Auth0Error(
    `${where} answered without a "${key}" list (malformed answer).`,
    200,
    'malformed',
    where
  );
}

export async function getApp(mgmt: ManagementClient, clientId: string): Promise<AppState | undefined> {
  try {
    return (await mgmt.clients.get(clientId, {
      fields: APP_FIELDS.join(','),
      include_fields: true
    })) as AppState;
  } catch (error) {
    const e = toAuth0Error(error, `GET /api/v2/clients/${clientId}`);
    if (e.status === 404) return undefined;
    throw e;
  }
}

export async function getClientSecret(mgmt: ManagementClient, clientId: string): Promise<string> {
  const where = `GET /api/v2/clients/${clientId}?fields=client_secret`;
  const app = await call(where, () =>
    mgmt.clients.get(clientId, { fields: 'client_secret', include_fields: true })
  );
  if (typeof app.client_secret !== 'string' || app.client_secret.length === 0) {
    throw new Auth0Error(
      `${where} returned no client_secret (the admin app lacks read:client_keys, or the app has no secret).`,
      403,
      'insufficient_scope: read:client_keys',
      where
    );
  }
  return app.client_secret;
}

export async function getGrant(
  mgmt: ManagementClient,
  clientId: string,
  audience: string
): Promise<GrantState | undefined> {
  // Filtered by client and audience there is at most one grant; follow the checkpoint (from/take) anyway.
  const where = 'GET /api/v2/client-grants';
  let from: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const result = await call(where, () =>
      mgmt.clientGrants.list({ client_id: clientId, audience, take: 50, ...(from ? { from } : {}) })
    );
    const body = listBody<{ id?: string; client_id?: string; audience?: string; scope?: string[] }>(
      result.response,
      'client_grants',
      where
    );
    const grant = body.items.find(g => g.client_id === clientId && g.audience === audience);
    if (grant) return { id: grant.id!, client_id: clientId, audience, scope: grant.scope ?? [] };
    if (!body.next || body.items.length === 0) return undefined;
    from = body.next;
  }
  return undefined;
}

export async function getApi(mgmt: ManagementClient, audience: string): Promise<ApiInfo | undefined> {
  try {
    const rs = await mgmt.resourceServers.get(audience);
    return {
      identifier: rs.identifier ?? audience,
      name: rs.name,
      scopes: (rs.scopes ?? []).map(s => s.value)
    };
  } catch (error) {
    const e = toAuth0Error(error, 'GET /api/v2/resource-servers/{audience}');
    if (e.status === 404) return undefined;
    throw e;
  }
}

export interface AppLookup {
  clientId?: string;
  name: string;
  /** Read the app's grant for this audience. */
  grantAudience?: string;
  readSecret: boolean;
}

/**
 * Reads what the diffs of all apps need, in as few sequential round trips as the dependencies allow:
 * every lookup runs in parallel, and the client pages are loaded once and shared by every lookup by name.
 */
export async function readApps(mgmt: ManagementClient, lookups: readonly AppLookup[]): Promise<AppRead[]> {
  let allApps: Promise<AppState[]> | undefined;
  const byName = (name: string) => (allApps ??= listApps(mgmt)).then(all => appsNamed(all, name));
  return Promise.all(lookups.map(lookup => readApp(mgmt, lookup, byName)));
}

async function readApp(
  mgmt: ManagementClient,
  lookup: AppLookup,
  byName: (name: string) => Promise<AppState[]>
): Promise<AppRead> {
  const details = (clientId: string) =>
    Promise.all([
      lookup.grantAudience ? getGrant(mgmt, clientId, lookup.grantAudience) : undefined,
      lookup.readSecret ? readSecretOf(mgmt, clientId) : {}
    ]);
  if (lookup.clientId) {
    // By id, the app, its grant and its secret do not depend on each other: one round trip.
    const [app, [grant, secret]] = await Promise.all([
      getApp(mgmt, lookup.clientId),
      details(lookup.clientId)
    ]);
    return app ? { apps: [app], grant, ...secret } : { apps: [] };
  }
  const apps = await byName(lookup.name);
  if (apps.length !== 1) return { apps };
  const [grant, secret] = await details(apps[0].client_id);
  return { apps, grant, ...secret };
}

export interface ApplyResult {
  app: AppState;
  clientSecret?: string;
  created: boolean;
  applied: Change[];
}

/**
 * Applies one app's changes. `POST /clients` is sent once: when its outcome is unknown (timeout, 5xx)
 * the name is looked up again before anything else, so a re-run never makes a duplicate.
 */
export async function applyAppChanges(
  mgmt: ManagementClient,
  desired: DesiredApp,
  current: AppState | undefined,
  grant: GrantState | undefined,
  changes: Change[],
  adopt: boolean
): Promise<ApplyResult> {
  const applied: Change[] = [];
  let app = current;
  let clientSecret: string | undefined;
  let created = false;

  if (!app) {
    ({ app, clientSecret } = await createApp(mgmt, desired));
    created = true;
    applied.push(...changes.filter(c => c.resource === 'client'));
  } else {
    const patch = clientPatchBody(changes, adopt, app);
    if (patch) {
      app = (await call(`PATCH /api/v2/clients/${app.client_id}`, () =>
        mgmt.clients.update(app!.client_id, patch)
      )) as AppState;
      applied.push(...changes.filter(c => c.resource === 'client'));
    }
  }

  const grantChange = changes.find(c => c.resource === 'client_grant');
  if (grantChange && desired.grant) {
    try {
      await upsertGrant(mgmt, app.client_id, grant, desired.grant);
    } catch (error) {
      // The app part is done: say so, so the report does not claim nothing changed.
      throw Object.assign(toAuth0Error(error, 'client grant'), { applied, clientId: app.client_id });
    }
    applied.push(grantChange);
  }
  return { app, clientSecret, created, applied };
}

async function createApp(
  mgmt: ManagementClient,
  desired: DesiredApp
): Promise<{ app: AppState; clientSecret?: string }> {
  try {
    const made = await mgmt.clients.create(
      createAppBody(desired) as unknown as Parameters<typeof mgmt.clients.create>[0]
    );
    return { app: made as AppState, clientSecret: made.client_secret };
  } catch (error) {
    const e = toAuth0Error(error, 'POST /api/v2/clients');
    const outcomeUnknown =
      e.code === 'timeout' ||
      e.code === 'network' ||
      e.code === 'malformed' ||
      e.code === 'oversized' ||
      (e.status !== undefined && e.status >= 500);
    if (!outcomeUnknown) throw e;
    // The create may have happened: look (with a fresh listing) before doing anything else.
    const found = await findAppsByName(mgmt, desired.name);
    if (found.length !== 1) {
      throw new Auth0Error(
        `${e.message}. The outcome of the create is unknown and ${found.length === 0 ? 'no app with the name exists' : `${found.length} apps with the name exist`}; nothing else was changed. Re-run to converge.`,
        e.status,
        e.code,
        e.where
      );
    }
    return { app: found[0] };
  }
}

async function upsertGrant(
  mgmt: ManagementClient,
  clientId: string,
  grant: GrantState | undefined,
  desired: DesiredGrant
) {
  if (grant) {
    await call(`PATCH /api/v2/client-grants/${grant.id}`, () =>
      mgmt.clientGrants.update(grant.id, { scope: desired.scopes })
    );
    return;
  }
  try {
    await mgmt.clientGrants.create({
      client_id: clientId,
      audience: desired.audience,
      scope: desired.scopes
    });
  } catch (error) {
    const e = toAuth0Error(error, 'POST /api/v2/client-grants');
    // 409: a grant appeared meanwhile (or an earlier attempt of this create went through): converge it.
    if (e.status !== 409) throw e;
    const existing = await getGrant(mgmt, clientId, desired.audience);
    if (!existing) throw e;
    await call(`PATCH /api/v2/client-grants/${existing.id}`, () =>
      mgmt.clientGrants.update(existing.id, { scope: desired.scopes })
    );
  }
}
