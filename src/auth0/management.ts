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
import { registerSecret } from '../secrets.js';
import type { DesiredApp, DesiredGrant } from './applications.js';
import {
  malformedAnswer,
  readApi,
  readApp as readAppAnswer,
  readAppList,
  readGrant,
  readSecretField,
  secretIn,
  type ApiInfo
} from './answers.js';
import {
  APP_FIELDS,
  clientPatchBody,
  createAppBody,
  type AppState,
  type Change,
  type GrantState
} from './desired.js';
import { Auth0Error, asSentence, toAuth0Error } from './errors.js';

export type { ApiInfo } from './answers.js';

const PER_PAGE = 100; // Auth0's maximum for GET /api/v2/clients
/**
 * At most this many pages (10,000 apps) are read. Every app is an entry someone manages in the Auth0
 * dashboard: tenants hold tens to a few thousand, so an answer claiming more is not believed. It is far more
 * likely a broken answer (a `total` in the millions, a server that ignores `page` and answers full pages
 * forever) that would otherwise make the run hang or fire thousands of requests. A tenant that really
 * holds more is served by client-id / sso-client-id: one GET by id, no listing.
 */
const MAX_PAGES = 100;
const MAX_APPS = MAX_PAGES * PER_PAGE;

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

/**
 * Promise.all that, when one request fails, still waits for the others to end before failing. A secret
 * read in flight is then registered (secrets.ts) before the failure is reported, so an error body that
 * echoes the secret is redacted whichever answer came first.
 */
export async function settleAll<T extends readonly unknown[] | []>(
  values: T
): Promise<{ -readonly [P in keyof T]: Awaited<T[P]> }> {
  const results = await Promise.allSettled(values);
  const failed = results.find(r => r.status === 'rejected') as PromiseRejectedResult | undefined;
  if (failed) throw failed.reason;
  return results.map(r => (r as PromiseFulfilledResult<unknown>).value) as {
    -readonly [P in keyof T]: Awaited<T[P]>;
  };
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

/** A listing longer than MAX_APPS: `claim` says what the answer claimed. */
function tooManyApps(where: string, claim: string): Auth0Error {
  return new Auth0Error(
    `${where} ${claim}; the action lists at most ${MAX_APPS} apps (${MAX_PAGES} pages of ${PER_PAGE}), more than a tenant holds, so the answer was not read further and nothing was written.`,
    undefined,
    'too_many_apps',
    where
  );
}

/** The number of pages a first page's `total` announces, when it is believable. */
function pagesOf(total: unknown, where: string): number {
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0)
    throw malformedAnswer(where, `total ${JSON.stringify(total)} is not a count of apps`);
  if (total > MAX_APPS) throw tooManyApps(where, `says ${total} apps`);
  return Math.ceil(total / PER_PAGE);
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
    const body = listBody(result.response, 'clients', where);
    return { ...body, items: readAppList(body.items, where) };
  };
  const first = await page(0);
  if (first.total !== undefined) {
    // The total is known: fetch the remaining pages at once.
    const pages = pagesOf(first.total, where);
    const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 1)));
    return [first, ...rest].flatMap(p => p.items);
  }
  // No total (a bare array): page until a short page.
  const all = [...first.items];
  for (let n = 1, last = first.items; last.length === PER_PAGE; n++) {
    if (n === MAX_PAGES) throw tooManyApps(where, `answered ${MAX_PAGES} full pages without an end`);
    last = (await page(n)).items;
    all.push(...last);
  }
  return all;
}

/**
 * The items of a list answer, in either of Auth0's shapes: a bare array, or `{<key>: [...], total, next}`
 * (include_totals / checkpoint paging). Anything else is a malformed answer, never "no items": reading
 * it as empty could make provision create a duplicate app. The items' own shape is checked by the caller.
 */
function listBody(
  body: unknown,
  key: string,
  where: string
): { items: unknown[]; total?: unknown; next?: string } {
  if (Array.isArray(body)) return { items: body };
  const b = body as Record<string, unknown> | undefined;
  if (b && typeof b === 'object' && Array.isArray(b[key])) {
    return {
      items: b[key] as unknown[],
      total: b.total ?? undefined,
      next: typeof b.next === 'string' && b.next ? b.next : undefined
    };
  }
  throw malformedAnswer(where, `no "${key}" list`);
}

export async function getApp(mgmt: ManagementClient, clientId: string): Promise<AppState | undefined> {
  const where = `GET /api/v2/clients/${clientId}`;
  let body: unknown;
  try {
    body = await mgmt.clients.get(clientId, { fields: APP_FIELDS.join(','), include_fields: true });
  } catch (error) {
    const e = toAuth0Error(error, where);
    if (e.status === 404) return undefined;
    throw e;
  }
  return readAppAnswer(body, where);
}

/** Registered as a secret the moment it arrives: a failure reported later may echo it. */
export async function getClientSecret(mgmt: ManagementClient, clientId: string): Promise<string> {
  const where = `GET /api/v2/clients/${clientId}?fields=client_secret`;
  const body = await call(where, () =>
    mgmt.clients.get(clientId, { fields: 'client_secret', include_fields: true })
  );
  const secret = readSecretField(body, where);
  registerSecret(secret);
  if (!secret) {
    throw new Auth0Error(
      `${where} returned no client_secret (the admin app lacks read:client_keys, or the app has no secret).`,
      403,
      'insufficient_scope: read:client_keys',
      where
    );
  }
  return secret;
}

/** Filtered by client and audience there is at most one grant: more pages than this are a broken answer. */
const MAX_GRANT_PAGES = 100;

export async function getGrant(
  mgmt: ManagementClient,
  clientId: string,
  audience: string
): Promise<GrantState | undefined> {
  // Follow the checkpoint (from/take) anyway: the filter is the server's, the match is checked here.
  const where = 'GET /api/v2/client-grants';
  let from: string | undefined;
  for (let pages = 0; pages < MAX_GRANT_PAGES; pages++) {
    const result = await call(where, () =>
      mgmt.clientGrants.list({ client_id: clientId, audience, take: 50, ...(from ? { from } : {}) })
    );
    const body = listBody(result.response, 'client_grants', where);
    const grants = body.items.map(item => readGrant(item, where));
    const grant = grants.find(g => g.client_id === clientId && g.audience === audience);
    if (grant) return grant;
    if (!body.next || grants.length === 0) return undefined;
    from = body.next;
  }
  throw malformedAnswer(where, `a next page still after ${MAX_GRANT_PAGES} pages of one app's grants`);
}

export async function getApi(mgmt: ManagementClient, audience: string): Promise<ApiInfo | undefined> {
  const where = 'GET /api/v2/resource-servers/{audience}';
  let body: unknown;
  try {
    body = await mgmt.resourceServers.get(audience);
  } catch (error) {
    const e = toAuth0Error(error, where);
    if (e.status === 404) return undefined;
    throw e;
  }
  return readApi(body, where, audience);
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
  return settleAll(lookups.map(lookup => readApp(mgmt, lookup, byName)));
}

async function readApp(
  mgmt: ManagementClient,
  lookup: AppLookup,
  byName: (name: string) => Promise<AppState[]>
): Promise<AppRead> {
  const details = (clientId: string) =>
    settleAll([
      lookup.grantAudience ? getGrant(mgmt, clientId, lookup.grantAudience) : undefined,
      lookup.readSecret ? readSecretOf(mgmt, clientId) : {}
    ]);
  if (lookup.clientId) {
    // By id, the app, its grant and its secret do not depend on each other: one round trip.
    const [app, [grant, secret]] = await settleAll([getApp(mgmt, lookup.clientId), details(lookup.clientId)]);
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
  /** Said in the check: how an unreadable answer to the create was settled. */
  note?: string;
}

/**
 * A failed apply step, with what it means for the tenant: the writes done before it, and whether the
 * failed write may have been applied (it reached Auth0 and no usable answer came back) or was refused.
 */
export class ApplyError extends Error {
  constructor(
    readonly error: Auth0Error,
    /** Writes done before the failure, in words ("created the app X"). */
    readonly done: readonly string[],
    /** The failed write's effect, in words: "the app may have been created" or "the client grant was not created". */
    readonly outcome: string,
    readonly uncertain: boolean,
    readonly clientId?: string
  ) {
    super(error.message);
    this.name = 'ApplyError';
  }
}

/**
 * Whether a failed write may have been applied: it was sent and no usable answer came back (timeout,
 * broken connection, 5xx, an unreadable or redirected answer). A 4xx or 429 answer means it was refused.
 */
export function mayHaveApplied(e: Auth0Error): boolean {
  const noAnswer = ['timeout', 'network', 'malformed', 'malformed_response', 'oversized', 'redirect'];
  return noAnswer.includes(e.code ?? '') || (e.status !== undefined && e.status >= 500);
}

/** One write of an apply: its failure becomes an ApplyError saying what may or may not have happened. */
async function write<T>(
  where: string,
  effect: { maybe: string; not: string },
  done: readonly string[],
  clientId: string | undefined,
  fn: () => Promise<T>
): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof ApplyError) throw error;
    const e = toAuth0Error(error, where);
    const uncertain = mayHaveApplied(e);
    throw new ApplyError(e, done, uncertain ? effect.maybe : effect.not, uncertain, clientId);
  }
}

/**
 * Applies one app's changes. `POST /clients` is sent once: when its outcome is unknown (timeout, 5xx,
 * an unreadable answer) the name is looked up again before anything else, so a re-run never makes a
 * duplicate. Every answer is checked (answers.ts) before it is used.
 */
export async function applyAppChanges(
  mgmt: ManagementClient,
  desired: DesiredApp,
  current: AppState | undefined,
  grant: GrantState | undefined,
  changes: Change[],
  adopt: boolean
): Promise<ApplyResult> {
  const done: string[] = [];
  let app: AppState;
  let clientSecret: string | undefined;
  let note: string | undefined;
  const clientChanges = changes.filter(c => c.resource === 'client');

  if (!current) {
    ({ app, clientSecret, note } = await createApp(mgmt, desired));
    done.push(`created the app ${app.client_id}`);
  } else {
    app = current;
    const patch = clientPatchBody(changes, adopt, current);
    if (patch) {
      const where = `PATCH /api/v2/clients/${current.client_id}`;
      const effect = { maybe: 'the app’s changes may have been applied', not: 'the app was not changed' };
      app = await write(where, effect, done, current.client_id, async () =>
        readAppAnswer(await mgmt.clients.update(current.client_id, patch), where)
      );
      done.push(`updated ${clientChanges.map(c => c.field).join(', ') || 'the managed-by mark'}`);
    }
  }

  const grantChange = changes.find(c => c.resource === 'client_grant');
  if (grantChange && desired.grant) {
    await upsertGrant(mgmt, app.client_id, grant, desired.grant, done);
  }
  return { app, clientSecret, created: !current, note };
}

async function createApp(
  mgmt: ManagementClient,
  desired: DesiredApp
): Promise<{ app: AppState; clientSecret?: string; note?: string }> {
  const where = 'POST /api/v2/clients';
  try {
    const answer = await call(where, () =>
      mgmt.clients.create(createAppBody(desired) as unknown as Parameters<typeof mgmt.clients.create>[0])
    );
    // The new secret is registered before anything else can fail and report the answer.
    const clientSecret = secretIn(answer);
    registerSecret(clientSecret);
    return { app: readAppAnswer(answer, where), clientSecret };
  } catch (error) {
    const e = toAuth0Error(error, where);
    if (!mayHaveApplied(e)) throw new ApplyError(e, [], 'the app was not created', false);
    return findCreatedApp(mgmt, desired, e);
  }
}

/** After a create of unknown outcome: a fresh listing by name tells whether it happened. */
async function findCreatedApp(
  mgmt: ManagementClient,
  desired: DesiredApp,
  e: Auth0Error
): Promise<{ app: AppState; note: string }> {
  const maybe = 'the app may have been created (it is then found by name: never a duplicate)';
  let found: AppState[];
  try {
    found = await findAppsByName(mgmt, desired.name);
  } catch (error) {
    const again = toAuth0Error(error, 'GET /api/v2/clients');
    const both = `${asSentence(e.message)} Looking the name up again failed too: ${asSentence(again.message)}`;
    throw new ApplyError(new Auth0Error(both, e.status, e.code, e.where), [], maybe, true);
  }
  if (found.length === 1)
    return { app: found[0], note: `${asSentence(e.message)} The app was found by name.` };
  if (found.length === 0) {
    const gone = `${asSentence(e.message)} A fresh listing shows no app named "${desired.name}"`;
    throw new ApplyError(
      new Auth0Error(gone, e.status, e.code, e.where),
      [],
      'the app was not created',
      false
    );
  }
  const many = `${asSentence(e.message)} ${found.length} apps are now named "${desired.name}": ${found.map(a => a.client_id).join(', ')}`;
  throw new ApplyError(new Auth0Error(many, e.status, e.code, e.where), [], maybe, true);
}

async function upsertGrant(
  mgmt: ManagementClient,
  clientId: string,
  grant: GrantState | undefined,
  desired: DesiredGrant,
  done: readonly string[]
) {
  const update = (id: string) => {
    const where = `PATCH /api/v2/client-grants/${id}`;
    const effect = {
      maybe: 'the client grant’s scopes may have been updated',
      not: 'the client grant was not updated'
    };
    return write(where, effect, done, clientId, async () =>
      readGrant(await mgmt.clientGrants.update(id, { scope: desired.scopes }), where)
    );
  };
  if (grant) return update(grant.id);
  const where = 'POST /api/v2/client-grants';
  const effect = { maybe: 'the client grant may have been created', not: 'the client grant was not created' };
  try {
    return await write(where, effect, done, clientId, async () =>
      readGrant(
        await mgmt.clientGrants.create({
          client_id: clientId,
          audience: desired.audience,
          scope: desired.scopes
        }),
        where
      )
    );
  } catch (error) {
    // 409: a grant appeared meanwhile (or an earlier attempt of this create went through): converge it.
    if (!(error instanceof ApplyError) || error.error.status !== 409) throw error;
    let existing: GrantState | undefined;
    try {
      existing = await getGrant(mgmt, clientId, desired.audience);
    } catch (readError) {
      const e = toAuth0Error(readError, 'GET /api/v2/client-grants');
      throw new ApplyError(e, done, 'the client grant was not updated', false, clientId);
    }
    if (!existing) throw error;
    return update(existing.id);
  }
}
