/**
 * The part of the Auth0 Management API v2 the action uses: clients, client grants, resource servers.
 *
 * Order of checks, as a hapi server does it: route (unknown → 404 `Not Found`), then authentication
 * (401), then the endpoint's scopes (403 `insufficient_scope`, message `Insufficient scope, expected any
 * of: a,b`), then query and payload validation (400 `invalid_query_string` / `invalid_body`), then the
 * operation (404 `inexistent_*`, 409 conflicts).
 */
import {
  buildClient,
  checkGrantTypes,
  checkMetadataSize,
  CLIENT_KEY_FIELDS,
  CLIENT_SECRET_FIELDS,
  newGrantId,
  validateClientPayload,
  ValidationError,
  type EmuClient,
  type EmuGrant,
  type EmuResourceServer,
  type TokenEndpointAuthMethod
} from './tenant.js';
import {
  invalidBody,
  invalidQuery,
  isReply,
  mgmtError,
  queryBoolean,
  queryInteger,
  type ParsedRequest,
  type Reply
} from './http.js';

export interface TenantState {
  clients: EmuClient[];
  grants: EmuGrant[];
  resourceServers: EmuResourceServer[];
  tenantName: string;
}

export interface Caller {
  scopes: Set<string>;
}

type Authenticate = () => Caller | Reply;

interface Route {
  method: string;
  pattern: RegExp;
  scopes: string[];
  query: string[];
  handle: (ctx: Ctx) => Reply;
}

interface Ctx {
  state: TenantState;
  req: ParsedRequest;
  caller: Caller;
  params: string[];
}

const CLIENTS_LIST_QUERY = [
  'fields',
  'include_fields',
  'page',
  'per_page',
  'include_totals',
  'is_global',
  'is_first_party',
  'app_type',
  'external_client_id',
  'q'
];
const GRANTS_LIST_QUERY = [
  'page',
  'per_page',
  'include_totals',
  'from',
  'take',
  'audience',
  'client_id',
  'allow_any_organization',
  'subject_type',
  'default_for'
];

const ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: /^\/clients$/,
    scopes: ['read:clients', 'read:client_keys'],
    query: CLIENTS_LIST_QUERY,
    handle: listClients
  },
  { method: 'POST', pattern: /^\/clients$/, scopes: ['create:clients'], query: [], handle: createClient },
  {
    method: 'GET',
    pattern: /^\/clients\/([^/]+)$/,
    scopes: ['read:clients', 'read:client_keys'],
    query: ['fields', 'include_fields'],
    handle: getClient
  },
  {
    method: 'PATCH',
    pattern: /^\/clients\/([^/]+)$/,
    scopes: ['update:clients', 'update:client_keys'],
    query: [],
    handle: updateClient
  },
  {
    method: 'GET',
    pattern: /^\/client-grants$/,
    scopes: ['read:client_grants'],
    query: GRANTS_LIST_QUERY,
    handle: listGrants
  },
  {
    method: 'POST',
    pattern: /^\/client-grants$/,
    scopes: ['create:client_grants'],
    query: [],
    handle: createGrant
  },
  {
    method: 'PATCH',
    pattern: /^\/client-grants\/([^/]+)$/,
    scopes: ['update:client_grants'],
    query: [],
    handle: updateGrant
  },
  {
    method: 'GET',
    pattern: /^\/resource-servers$/,
    scopes: ['read:resource_servers'],
    query: ['page', 'per_page', 'include_totals', 'identifiers'],
    handle: listResourceServers
  },
  {
    method: 'GET',
    pattern: /^\/resource-servers\/([^/]+)$/,
    scopes: ['read:resource_servers'],
    query: ['include_fields'],
    handle: getResourceServer
  }
];

export function handleManagement(state: TenantState, req: ParsedRequest, authenticate: Authenticate): Reply {
  const sub = req.path.slice('/api/v2'.length);
  const route = ROUTES.find(r => r.method === req.method && r.pattern.test(sub));
  if (!route) return mgmtError(404, 'Not Found');
  let params: string[];
  try {
    params = (route.pattern.exec(sub) ?? []).slice(1).map(p => decodeURIComponent(p));
  } catch {
    return mgmtError(400, 'Invalid request URI', 'invalid_uri');
  }
  const caller = authenticate();
  if (isReply(caller)) return caller;
  if (!route.scopes.some(s => caller.scopes.has(s))) {
    return mgmtError(
      403,
      `Insufficient scope, expected any of: ${route.scopes.join(',')}`,
      'insufficient_scope'
    );
  }
  const extra = Object.keys(req.query).filter(k => !route.query.includes(k));
  if (extra.length) return invalidQuery(`Additional properties not allowed: ${extra.join(',')}`);
  try {
    return route.handle({ state, req, caller, params });
  } catch (error) {
    if (error instanceof ValidationError) {
      return error.plain
        ? mgmtError(400, error.detail, 'invalid_body')
        : invalidBody(error.detail, error.property);
    }
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// helpers

function jsonBody(req: ParsedRequest): Record<string, unknown> | Reply {
  const text = req.body.toString('utf8');
  if (text.trim() === '') return invalidBody('Expected type object but found type null');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return mgmtError(400, 'Invalid request payload JSON format');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalidBody(
      `Expected type object but found type ${Array.isArray(value) ? 'array' : typeof value}`
    );
  }
  return value as Record<string, unknown>;
}

function pickFields(
  object: Record<string, unknown>,
  query: Record<string, string>
): Record<string, unknown> | Reply {
  const include = queryBoolean(query, 'include_fields');
  if (isReply(include)) return include;
  if (!query.fields) return object;
  const fields = query.fields
    .split(',')
    .map(f => f.trim())
    .filter(Boolean);
  const keep = include !== false;
  return Object.fromEntries(Object.entries(object).filter(([key]) => fields.includes(key) === keep));
}

/** A client as the caller may see it: secrets only with read:client_keys (or read:client_credentials). */
function presentClient(client: EmuClient, caller: Caller, keysVisible?: boolean): Record<string, unknown> {
  const copy = structuredClone(client) as Record<string, unknown>;
  const canReadKeys =
    keysVisible ?? (caller.scopes.has('read:client_keys') || caller.scopes.has('read:client_credentials'));
  if (!canReadKeys) for (const field of CLIENT_SECRET_FIELDS) delete copy[field];
  return copy;
}

function paging(query: Record<string, string>) {
  const page = queryInteger(query, 'page', 0);
  if (isReply(page)) return page;
  const perPage = queryInteger(query, 'per_page', 1, 100);
  if (isReply(perPage)) return perPage;
  const totals = queryBoolean(query, 'include_totals');
  if (isReply(totals)) return totals;
  return { page, perPage, totals };
}

/** Offset paging: a bare array, or `{start, limit, length, total, <key>}` with include_totals. */
function offsetPage<T>(
  items: T[],
  key: string,
  p: { page?: number; perPage?: number; totals?: boolean }
): unknown {
  // Without any paging parameter the whole list is answered (Auth0: "paging is disabled if parameter
  // not sent"); include_totals alone pages with the defaults (page 0, 50 per page).
  if (p.page === undefined && p.perPage === undefined && !p.totals) return items;
  const limit = p.perPage ?? 50;
  const start = (p.page ?? 0) * limit;
  const slice = items.slice(start, start + limit);
  if (!p.totals) return slice;
  return { start, limit, length: slice.length, total: items.length, [key]: slice };
}

// ---------------------------------------------------------------------------------------------------
// clients

function listClients({ state, req, caller }: Ctx): Reply {
  const p = paging(req.query);
  if (isReply(p)) return p;
  const firstParty = queryBoolean(req.query, 'is_first_party');
  if (isReply(firstParty)) return firstParty;
  const global = queryBoolean(req.query, 'is_global');
  if (isReply(global)) return global;
  const appTypes = req.query.app_type?.split(',').map(t => t.trim());
  let clients = state.clients.filter(
    c =>
      (!appTypes || appTypes.includes(String(c.app_type))) &&
      (firstParty === undefined || (c.is_first_party ?? true) === firstParty) &&
      (global === undefined || Boolean(c.global) === global)
  );
  if (req.query.q) {
    // A tiny subset of Auth0's client search: `name:"value"` or a bare word matched against the name.
    const match = /^name:"?([^"]*)"?$/.exec(req.query.q);
    const needle = (match ? match[1] : req.query.q).toLowerCase();
    clients = clients.filter(c =>
      match ? c.name.toLowerCase() === needle : c.name.toLowerCase().includes(needle)
    );
  }
  const presented: Record<string, unknown>[] = [];
  for (const client of clients) {
    const shown = pickFields(presentClient(client, caller), req.query);
    if (isReply(shown)) return shown;
    presented.push(shown);
  }
  return { status: 200, body: offsetPage(presented, 'clients', p) };
}

function getClient({ state, req, caller, params }: Ctx): Reply {
  const client = state.clients.find(c => c.client_id === params[0]);
  if (!client) return mgmtError(404, 'The client does not exist', 'inexistent_client');
  const shown = pickFields(presentClient(client, caller), req.query);
  return isReply(shown) ? shown : { status: 200, body: shown };
}

function createClient({ state, req }: Ctx): Reply {
  const body = jsonBody(req);
  if (isReply(body)) return body;
  // Client ids are always generated by Auth0 (a payload with one is refused).
  if ('client_id' in body) return mgmtError(403, 'This operation must be authorized by Auth0');
  const { metadataPatch } = validateClientPayload(body, 'create');
  const client = buildClient(
    { ...(body as Partial<EmuClient> & { name: string }), client_metadata: undefined },
    state.tenantName
  );
  if (metadataPatch) client.client_metadata = metadataPatch as Record<string, string>;
  else delete client.client_metadata;
  checkGrantTypes(client.grant_types ?? [], client.token_endpoint_auth_method);
  checkMetadataSize(client.client_metadata ?? {});
  state.clients.push(client);
  // The create answer carries the whole client, the generated secret included.
  return { status: 201, body: structuredClone(client) };
}

function updateClient({ state, req, caller, params }: Ctx): Reply {
  const body = jsonBody(req);
  if (isReply(body)) return body;
  const keyFields = Object.keys(body).filter(k => CLIENT_KEY_FIELDS.has(k));
  const otherFields = Object.keys(body).filter(k => !CLIENT_KEY_FIELDS.has(k));
  const denied = [
    ...(caller.scopes.has('update:client_keys') ? [] : keyFields.map(f => `${f} (update:client_keys)`)),
    ...(caller.scopes.has('update:clients') ? [] : otherFields.map(f => `${f} (update:clients)`))
  ];
  if (denied.length) {
    return mgmtError(
      403,
      `Some fields cannot be updated with the permissions granted by the bearer token scopes: ${denied.join(', ')}`,
      'insufficient_scope'
    );
  }
  const client = state.clients.find(c => c.client_id === params[0]);
  if (!client) return mgmtError(404, 'The client does not exist', 'inexistent_client');
  const { metadataPatch } = validateClientPayload(body, 'update');

  const next: EmuClient = { ...structuredClone(client) };
  for (const [key, value] of Object.entries(body)) {
    if (key === 'client_metadata') continue;
    next[key] = structuredClone(value);
  }
  if (metadataPatch) {
    // Metadata is merged on the first level; null removes a key, and {} clears the whole object.
    const merged: Record<string, string> = Object.keys(metadataPatch).length
      ? { ...client.client_metadata }
      : {};
    for (const [key, value] of Object.entries(metadataPatch)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    checkMetadataSize(merged);
    next.client_metadata = merged;
  }
  if ('grant_types' in body || 'token_endpoint_auth_method' in body) {
    checkGrantTypes(
      next.grant_types ?? [],
      next.token_endpoint_auth_method as TokenEndpointAuthMethod | undefined
    );
  }
  // Apply in place: tests hold references to the stored client objects.
  for (const key of Object.keys(client)) if (!(key in next)) delete client[key];
  Object.assign(client, next);
  const keysVisible =
    caller.scopes.has('update:client_keys') ||
    caller.scopes.has('read:client_keys') ||
    caller.scopes.has('read:client_credentials');
  return { status: 200, body: presentClient(client, caller, keysVisible) };
}

// ---------------------------------------------------------------------------------------------------
// client grants

function presentGrant(grant: EmuGrant): Record<string, unknown> {
  return {
    id: grant.id,
    client_id: grant.client_id,
    audience: grant.audience,
    scope: [...grant.scope],
    allow_any_organization: false,
    is_system: false,
    subject_type: 'client'
  };
}

function listGrants({ state, req }: Ctx): Reply {
  const p = paging(req.query);
  if (isReply(p)) return p;
  const take = queryInteger(req.query, 'take', 1, 100);
  if (isReply(take)) return take;
  const anyOrg = queryBoolean(req.query, 'allow_any_organization');
  if (isReply(anyOrg)) return anyOrg;
  if (req.query.subject_type !== undefined && !['client', 'user'].includes(req.query.subject_type)) {
    return invalidQuery(`No enum match for: ${JSON.stringify(req.query.subject_type)}`, 'subject_type');
  }
  const grants = state.grants
    .filter(
      g =>
        (req.query.client_id === undefined || g.client_id === req.query.client_id) &&
        (req.query.audience === undefined || g.audience === req.query.audience) &&
        (anyOrg === undefined || anyOrg === false) &&
        (req.query.subject_type === undefined || req.query.subject_type === 'client')
    )
    .map(presentGrant);

  if (req.query.from !== undefined || take !== undefined) {
    // Checkpoint paging: `from` is the id to start at, `next` the id of the first grant of the next
    // page (absent on the last page). include_totals does not apply to checkpoint paging.
    let start = 0;
    if (req.query.from !== undefined && req.query.from !== '') {
      start = grants.findIndex(g => g.id === req.query.from);
      if (start < 0) return invalidQuery('Invalid value for checkpoint paging', 'from');
    }
    const size = take ?? 50;
    const page = grants.slice(start, start + size);
    const following = grants[start + size];
    return {
      status: 200,
      body: following ? { client_grants: page, next: following.id } : { client_grants: page }
    };
  }
  return { status: 200, body: offsetPage(grants, 'client_grants', p) };
}

function checkScopes(scope: unknown, server: EmuResourceServer): string[] {
  if (!Array.isArray(scope))
    throw new ValidationError(`Expected type array but found type ${typeof scope}`, 'scope');
  scope.forEach((s, i) => {
    if (typeof s !== 'string')
      throw new ValidationError(`Expected type string but found type ${typeof s}`, `scope[${i}]`);
    if (s.length === 0) throw new ValidationError('String is too short (0 chars), minimum 1', `scope[${i}]`);
  });
  const defined = new Set(server.scopes.map(s => s.value));
  const unknown = (scope as string[]).filter(s => !defined.has(s));
  if (unknown.length) {
    throw new ValidationError(
      `Scopes not defined in resource server ${server.identifier}: ${unknown.join(', ')}`,
      undefined,
      true
    );
  }
  return [...new Set(scope as string[])];
}

const GRANT_CREATE_PROPS = [
  'client_id',
  'audience',
  'scope',
  'organization_usage',
  'allow_any_organization',
  'subject_type',
  'authorization_details_types'
];
const GRANT_UPDATE_PROPS = [
  'scope',
  'organization_usage',
  'allow_any_organization',
  'authorization_details_types'
];

function createGrant({ state, req }: Ctx): Reply {
  const body = jsonBody(req);
  if (isReply(body)) return body;
  const extra = Object.keys(body).filter(k => !GRANT_CREATE_PROPS.includes(k));
  if (extra.length) throw new ValidationError(`Additional properties not allowed: ${extra.join(',')}`);
  for (const required of ['client_id', 'audience', 'scope']) {
    if (!(required in body)) throw new ValidationError(`Missing required property: ${required}`);
  }
  for (const key of ['client_id', 'audience']) {
    if (typeof body[key] !== 'string') {
      throw new ValidationError(`Expected type string but found type ${typeof body[key]}`, key);
    }
  }
  const clientId = body.client_id as string;
  const audience = body.audience as string;
  if (!state.clients.some(c => c.client_id === clientId)) {
    return mgmtError(404, 'Client not found', 'inexistent_client');
  }
  const server = state.resourceServers.find(r => r.identifier === audience);
  if (!server) return mgmtError(404, `No resource with identifier ${audience}`, 'inexistent_resource_server');
  const scope = checkScopes(body.scope, server);
  if (state.grants.some(g => g.client_id === clientId && g.audience === audience)) {
    return mgmtError(409, `A client grant already exists between ${clientId} and ${audience}`);
  }
  const grant: EmuGrant = { id: newGrantId(), client_id: clientId, audience, scope };
  state.grants.push(grant);
  return { status: 201, body: presentGrant(grant) };
}

function updateGrant({ state, req, params }: Ctx): Reply {
  const body = jsonBody(req);
  if (isReply(body)) return body;
  const extra = Object.keys(body).filter(k => !GRANT_UPDATE_PROPS.includes(k));
  if (extra.length) throw new ValidationError(`Additional properties not allowed: ${extra.join(',')}`);
  const grant = state.grants.find(g => g.id === params[0]);
  if (!grant) return mgmtError(404, 'The client grant does not exist', 'inexistent_client_grant');
  if ('scope' in body) {
    const server = state.resourceServers.find(r => r.identifier === grant.audience);
    grant.scope = server ? checkScopes(body.scope, server) : [...(body.scope as string[])];
  }
  return { status: 200, body: presentGrant(grant) };
}

// ---------------------------------------------------------------------------------------------------
// resource servers

function presentResourceServer(server: EmuResourceServer): Record<string, unknown> {
  return structuredClone(server) as Record<string, unknown>;
}

function listResourceServers({ state, req }: Ctx): Reply {
  const p = paging(req.query);
  if (isReply(p)) return p;
  const wanted = req.query.identifiers?.split(',');
  const servers = state.resourceServers
    .filter(r => !wanted || wanted.includes(r.identifier))
    .map(presentResourceServer);
  return { status: 200, body: offsetPage(servers, 'resource_servers', p) };
}

/** By id or by (url-encoded) identifier, as Auth0 accepts both. */
function getResourceServer({ state, params }: Ctx): Reply {
  const server = state.resourceServers.find(r => r.id === params[0] || r.identifier === params[0]);
  if (!server) return mgmtError(404, 'The resource server does not exist', 'inexistent_resource_server');
  return { status: 200, body: presentResourceServer(server) };
}
