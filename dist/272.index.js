export const id = 272;
export const ids = [272];
export const modules = {

/***/ 54272:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reconcileApps: () => (/* binding */ reconcileApps)
});

// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
;// CONCATENATED MODULE: ./src/auth0/applications.ts
/** Auth0's app types in the words of its dashboard, for messages. */
const APP_TYPE_LABELS = {
    spa: 'Single Page Application (spa)',
    regular_web: 'Regular Web Application (regular_web)',
    non_interactive: 'Machine to Machine Application (non_interactive)',
    native: 'Native application (native)'
};
function ingestionApp(config) {
    return {
        role: 'ingestion',
        title: 'Ingestion app',
        checkId: 'auth0.app',
        applyCheckId: 'auth0.apply',
        secretCheckId: 'auth0.client-secret',
        nameInput: 'app-name',
        idInput: 'client-id',
        name: config.appName,
        clientId: config.clientId,
        description: 'OpenMetadata ingestion (machine-to-machine). Managed by the openmetadata-auth0 GitHub Action.',
        fields: [
            { kind: 'equals', field: 'app_type', value: 'non_interactive' },
            { kind: 'includes', field: 'grant_types', values: ['client_credentials'] },
            { kind: 'equals', field: 'token_endpoint_auth_method', value: config.tokenEndpointAuthMethod }
        ],
        grant: { audience: config.audience, scopes: config.scopes },
        // The smoke test needs the secret; plan does not smoke-test.
        needsSecret: config.mode !== 'plan',
        givenSecret: config.clientSecret,
        secretFix: 'Grant the admin app read:client_keys, or pass the secret as client-secret.'
    };
}
/**
 * The application people log in with. Public = Auth0 Single Page Application (browser flow, no secret:
 * method `none`); confidential = Regular Web Application (the server exchanges the code with its secret,
 * `client_secret_post`, OpenMetadata's default OIDC_CLIENT_AUTH_METHOD).
 */
function loginApp(config) {
    if (!config.login || !config.openmetadataUrl)
        return undefined;
    const url = config.openmetadataUrl;
    const isPublic = config.login.clientType === 'public';
    const fields = [
        { kind: 'equals', field: 'app_type', value: isPublic ? 'spa' : 'regular_web', immutable: true },
        {
            kind: 'equals',
            field: 'token_endpoint_auth_method',
            value: isPublic ? 'none' : 'client_secret_post'
        },
        { kind: 'includes', field: 'grant_types', values: ['authorization_code', 'refresh_token'] },
        { kind: 'includes', field: 'callbacks', values: [`${url}/callback`] },
        // The browser SDK renews tokens silently in an iframe, which Auth0 allows only from web origins.
        ...(isPublic ? [{ kind: 'includes', field: 'web_origins', values: [url] }] : []),
        { kind: 'equals', field: 'oidc_conformant', value: true },
        // OpenMetadata verifies ID tokens with the tenant's public keys: an HS256 token is refused.
        { kind: 'equals', field: 'jwt_configuration.alg', value: 'RS256' }
    ];
    return {
        role: 'login',
        title: 'Login app',
        checkId: 'auth0.login-app',
        applyCheckId: 'auth0.login-app.apply',
        secretCheckId: 'auth0.login-app.client-secret',
        nameInput: 'sso-app-name',
        idInput: 'sso-client-id',
        name: config.login.appName,
        clientId: config.login.clientId,
        description: `OpenMetadata login (${isPublic ? 'public client' : 'confidential client'}). Managed by the openmetadata-auth0 GitHub Action.`,
        fields,
        // Only an inlined OIDC secret needs the value; a reference needs nothing from Auth0.
        needsSecret: !isPublic && config.inlineSecrets && config.mode !== 'plan',
        secretFix: `Grant the admin app read:client_keys, or set inline-secrets: false (the settings then reference \${${config.serverConfig.oidcSecretEnvVar}}).`
    };
}
/** Every application of the run, ingestion first. */
function desiredApps(config) {
    const login = loginApp(config);
    return [ingestionApp(config), ...(login ? [login] : [])];
}

// EXTERNAL MODULE: ./src/auth0/errors.ts
var errors = __webpack_require__(74687);
;// CONCATENATED MODULE: ./src/auth0/desired.ts
/** `client_metadata` key/value marking an app this action created (Auth0 allows string values ≤ 255). */
const MANAGED_BY_KEY = 'managed_by';
const MANAGED_BY_VALUE = 'openmetadata-auth0-action';
/** Fields of an Auth0 client the action reads; also the `fields` it asks for (least data over the wire). */
const APP_FIELDS = [
    'client_id',
    'name',
    'app_type',
    'grant_types',
    'token_endpoint_auth_method',
    'client_metadata',
    'callbacks',
    'web_origins',
    'oidc_conformant',
    'jwt_configuration'
];
function isManagedByAction(app) {
    return app.client_metadata?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
}
/** The value at a dotted path of a client (`jwt_configuration.alg`). */
function fieldValue(app, field) {
    let value = app;
    for (const key of field.split('.')) {
        if (value === null || typeof value !== 'object')
            return undefined;
        value = value[key];
    }
    return value;
}
/** The change one rule asks for, or a conflict for an immutable property, or nothing. */
function diffField(app, rule, role) {
    const actual = fieldValue(app, rule.field);
    if (rule.kind === 'equals') {
        if (actual === rule.value)
            return undefined;
        if (rule.immutable)
            return { field: rule.field, actual: actual ?? null, wanted: rule.value };
        return { app: role, resource: 'client', field: rule.field, from: actual ?? null, to: rule.value };
    }
    const list = Array.isArray(actual) ? actual : [];
    const missing = rule.values.filter(v => !list.includes(v));
    if (missing.length === 0)
        return undefined;
    return { app: role, resource: 'client', field: rule.field, from: list, to: [...list, ...missing] };
}
function grantChange(role, grant, wanted) {
    if (!grant) {
        return [
            {
                app: role,
                resource: 'client_grant',
                field: 'grant',
                from: null,
                to: { audience: wanted.audience, scope: wanted.scopes }
            }
        ];
    }
    const { missing, extra } = scopeDifference(grant.scope, wanted.scopes);
    if (missing.length === 0 && extra.length === 0)
        return [];
    return [
        { app: role, resource: 'client_grant', field: 'scope', from: [...grant.scope].sort(), to: wanted.scopes }
    ];
}
/**
 * What brings `app` (and its grant) to the desired state. An absent app yields the create changes.
 * Nothing is ever deleted: lists only gain entries; the grant's scope list is replaced because the
 * grant is the thing this action owns.
 */
function diffApp(app, grant, desired) {
    const role = desired.role;
    if (!app) {
        return {
            changes: [
                { app: role, resource: 'client', field: 'app', from: null, to: desired.name },
                ...(desired.grant ? grantChange(role, undefined, desired.grant) : [])
            ],
            conflicts: []
        };
    }
    const changes = [];
    const conflicts = [];
    for (const rule of desired.fields) {
        const found = diffField(app, rule, role);
        if (found && 'wanted' in found)
            conflicts.push(found);
        else if (found)
            changes.push(found);
    }
    if (desired.grant)
        changes.push(...grantChange(role, grant, desired.grant));
    return { changes, conflicts };
}
function scopeDifference(actual, wanted) {
    return {
        missing: wanted.filter(s => !actual.includes(s)),
        extra: actual.filter(s => !wanted.includes(s)).sort()
    };
}
/** Scopes that let the holder change or delete tenant data: dangerous on an ingestion bot. */
function dangerousScopes(scopes) {
    return scopes.filter(s => /^(create|update|delete|write|blacklist):/.test(s) || s === 'read:client_keys');
}
/** Sets a dotted path in a request body, copying the app's current object so its other keys survive. */
function setPath(body, app, field, value) {
    const [head, ...rest] = field.split('.');
    if (rest.length === 0) {
        body[head] = value;
        return;
    }
    // Send the whole object: whether Auth0 merges or replaces it on PATCH, its other keys are kept.
    const current = body[head] ?? fieldValue(app ?? {}, head);
    const copy = current && typeof current === 'object' ? { ...current } : {};
    body[head] = copy;
    setPath(copy, undefined, rest.join('.'), value);
}
/** The body of `POST /api/v2/clients` for a new app: every rule's value, and the managed-by mark. */
function createAppBody(desired) {
    const body = { name: desired.name, description: desired.description };
    for (const rule of desired.fields) {
        setPath(body, undefined, rule.field, rule.kind === 'equals' ? rule.value : [...rule.values]);
    }
    body.client_metadata = { [MANAGED_BY_KEY]: MANAGED_BY_VALUE };
    return body;
}
/** The `PATCH /api/v2/clients/{id}` body for the client changes (undefined when none). */
function clientPatchBody(changes, adopt, app) {
    const body = {};
    for (const c of changes) {
        if (c.resource === 'client' && c.field !== 'app')
            setPath(body, app, c.field, c.to);
    }
    // Adopting an app takes ownership: mark it so later runs know this action manages it.
    if (adopt && app && !isManagedByAction(app)) {
        // Keep the app's other metadata whether Auth0 merges or replaces client_metadata on PATCH.
        body.client_metadata = { ...(app.client_metadata ?? {}), [MANAGED_BY_KEY]: MANAGED_BY_VALUE };
    }
    return Object.keys(body).length > 0 ? body : undefined;
}

;// CONCATENATED MODULE: ./src/auth0/reconcile-checks.ts


/** A failed check when the grant's API is missing or lacks a requested scope; undefined when it is fine. */
function missingApiCheck(grant, api) {
    if (!api) {
        return {
            id: 'auth0.api',
            status: 'fail',
            title: 'Audience API',
            detail: `${grant.audience} is not an API of this tenant.`,
            fix: 'Set audience to the Identifier of an API in Auth0 (APIs tab), or leave it empty for the Management API.'
        };
    }
    const undefinedScopes = grant.scopes.filter(s => !api.scopes.includes(s));
    if (undefinedScopes.length === 0)
        return undefined;
    return {
        id: 'auth0.api',
        status: 'fail',
        title: 'Audience API',
        detail: `${api.name ?? grant.audience} does not define the scope(s) ${undefinedScopes.join(', ')}.`,
        fix: 'Fix the scopes input (typo?) or add the permissions to the API in Auth0.'
    };
}
/** A warning when the grant holds scopes beyond the input (write/delete ones are named). */
function leastPrivilegeCheck(actual, wanted) {
    const extra = scopeDifference(actual, wanted).extra;
    if (extra.length === 0)
        return undefined;
    const dangerous = dangerousScopes(extra);
    return {
        id: 'auth0.grant.least-privilege',
        status: 'warn',
        title: 'Least privilege',
        detail: `The ingestion app's grant holds scope(s) beyond the scopes input: ${extra.join(', ')}${dangerous.length > 0 ? `; ${dangerous.join(', ')} can change the tenant` : ''}. OpenMetadata needs none of them.`,
        fix: 'mode provision reduces the grant to the scopes input (see the changes); or add them to scopes if they are really needed.'
    };
}
const label = (type) => APP_TYPE_LABELS[String(type)] ?? `\`${String(type)}\``;
/** The failed check for an app of the wrong type: both types, and the two ways out. */
function describeConflict(spec, app, conflicts) {
    const type = conflicts.find(c => c.field === 'app_type');
    const detail = type
        ? `"${app.name}" (${app.client_id}) is a ${label(type.actual)}; ${spec.title.toLowerCase()} needs a ${label(type.wanted)}. The action never changes an app's type; nothing was written to it.`
        : `"${app.name}" (${app.client_id}) has ${conflicts.map(c => `${c.field} ${JSON.stringify(c.actual)} (needs ${JSON.stringify(c.wanted)})`).join(', ')}; nothing was written to it.`;
    const otherType = type?.actual === 'spa' ? 'public' : type?.actual === 'regular_web' ? 'confidential' : undefined;
    const fix = spec.role === 'login'
        ? `Create a ${label(type?.wanted)} in Auth0 (or let mode provision create one under another ${spec.nameInput})${otherType ? `, or set sso-client-type: ${otherType} to use this app as it is` : ''}.`
        : `Create the app with the right type in Auth0, or point ${spec.idInput}/${spec.nameInput} at another app.`;
    return { id: `${spec.checkId}.type`, status: 'fail', title: `${spec.title} type`, detail, fix };
}

// EXTERNAL MODULE: ./node_modules/auth0/dist/esm/management/api/resources/clientGrants/client/Client.mjs + 1 modules
var Client = __webpack_require__(57622);
// EXTERNAL MODULE: ./node_modules/auth0/dist/esm/management/api/resources/clients/client/Client.mjs + 2 modules
var client_Client = __webpack_require__(19064);
// EXTERNAL MODULE: ./node_modules/auth0/dist/esm/management/api/resources/resourceServers/client/Client.mjs + 1 modules
var resourceServers_client_Client = __webpack_require__(66361);
;// CONCATENATED MODULE: ./src/auth0/management.ts
/**
 * Thin I/O over the Auth0 Management API (auth0 SDK v7): read the desired apps, their grants and the
 * API (resource server), and apply one app's list of changes. Decisions live in desired.ts; this file only
 * talks to Auth0, with independent requests in parallel and the fewest round trips.
 */
// The three resource clients the action uses, from the SDK's per-resource entry points: `ManagementClient`
// reaches every resource of the API (a 2.4 MB chunk to load on each run), these only what they need.





const PER_PAGE = 100; // Auth0's maximum for GET /api/v2/clients
function createManagementClient(domain, token, fetchFn, timeoutSeconds) {
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
        clients: new client_Client/* ClientsClient */.K(options),
        clientGrants: new Client/* ClientGrantsClient */.g(options),
        resourceServers: new resourceServers_client_Client/* ResourceServersClient */._(options)
    };
}
async function call(where, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw (0,errors/* toAuth0Error */.w3)(error, where);
    }
}
/** The app's secret, or why it could not be read (the rest of a run can go on without it). */
async function readSecretOf(mgmt, clientId) {
    try {
        return { clientSecret: await getClientSecret(mgmt, clientId) };
    }
    catch (error) {
        return { secretError: (0,errors/* toAuth0Error */.w3)(error, `GET /api/v2/clients/${clientId}?fields=client_secret`) };
    }
}
/** Finds apps by exact name over every page (one fresh listing). */
async function findAppsByName(mgmt, name) {
    return appsNamed(await listApps(mgmt), name);
}
function appsNamed(all, name) {
    const seen = new Set();
    return all.filter(app => app.name === name && !seen.has(app.client_id) && seen.add(app.client_id));
}
/** Every app of the tenant: the first page tells the total, the rest load in parallel. */
async function listApps(mgmt) {
    const query = {
        per_page: PER_PAGE,
        include_totals: true,
        fields: APP_FIELDS.join(','),
        include_fields: true
    };
    const where = 'GET /api/v2/clients';
    const page = async (n) => {
        const result = await call(where, () => mgmt.clients.list({ ...query, page: n }));
        return listBody(result.response, 'clients', where);
    };
    const first = await page(0);
    let all;
    if (first.total !== undefined) {
        // The total is known: fetch the remaining pages at once.
        const pages = Math.ceil(first.total / PER_PAGE);
        const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 1)));
        all = [first, ...rest].flatMap(p => p.items);
    }
    else {
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
function listBody(body, key, where) {
    if (Array.isArray(body))
        return { items: body };
    const b = body;
    if (b && Array.isArray(b[key])) {
        return {
            items: b[key],
            total: typeof b.total === 'number' ? b.total : undefined,
            next: typeof b.next === 'string' && b.next ? b.next : undefined
        };
    }
    throw new errors/* Auth0Error */.pk(`${where} answered without a "${key}" list (malformed answer).`, 200, 'malformed', where);
}
async function getApp(mgmt, clientId) {
    try {
        return (await mgmt.clients.get(clientId, {
            fields: APP_FIELDS.join(','),
            include_fields: true
        }));
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, `GET /api/v2/clients/${clientId}`);
        if (e.status === 404)
            return undefined;
        throw e;
    }
}
async function getClientSecret(mgmt, clientId) {
    const where = `GET /api/v2/clients/${clientId}?fields=client_secret`;
    const app = await call(where, () => mgmt.clients.get(clientId, { fields: 'client_secret', include_fields: true }));
    if (typeof app.client_secret !== 'string' || app.client_secret.length === 0) {
        throw new errors/* Auth0Error */.pk(`${where} returned no client_secret (the admin app lacks read:client_keys, or the app has no secret).`, 403, 'insufficient_scope: read:client_keys', where);
    }
    return app.client_secret;
}
async function getGrant(mgmt, clientId, audience) {
    // Filtered by client and audience there is at most one grant; follow the checkpoint (from/take) anyway.
    const where = 'GET /api/v2/client-grants';
    let from;
    for (let pages = 0; pages < 100; pages++) {
        const result = await call(where, () => mgmt.clientGrants.list({ client_id: clientId, audience, take: 50, ...(from ? { from } : {}) }));
        const body = listBody(result.response, 'client_grants', where);
        const grant = body.items.find(g => g.client_id === clientId && g.audience === audience);
        if (grant)
            return { id: grant.id, client_id: clientId, audience, scope: grant.scope ?? [] };
        if (!body.next || body.items.length === 0)
            return undefined;
        from = body.next;
    }
    return undefined;
}
async function getApi(mgmt, audience) {
    try {
        const rs = await mgmt.resourceServers.get(audience);
        return {
            identifier: rs.identifier ?? audience,
            name: rs.name,
            scopes: (rs.scopes ?? []).map(s => s.value)
        };
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, 'GET /api/v2/resource-servers/{audience}');
        if (e.status === 404)
            return undefined;
        throw e;
    }
}
/**
 * Reads what the diffs of all apps need, in as few sequential round trips as the dependencies allow:
 * every lookup runs in parallel, and the client pages are loaded once and shared by every lookup by name.
 */
async function readApps(mgmt, lookups) {
    let allApps;
    const byName = (name) => (allApps ??= listApps(mgmt)).then(all => appsNamed(all, name));
    return Promise.all(lookups.map(lookup => readApp(mgmt, lookup, byName)));
}
async function readApp(mgmt, lookup, byName) {
    const details = (clientId) => Promise.all([
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
    if (apps.length !== 1)
        return { apps };
    const [grant, secret] = await details(apps[0].client_id);
    return { apps, grant, ...secret };
}
/**
 * Applies one app's changes. `POST /clients` is sent once: when its outcome is unknown (timeout, 5xx)
 * the name is looked up again before anything else, so a re-run never makes a duplicate.
 */
async function applyAppChanges(mgmt, desired, current, grant, changes, adopt) {
    const applied = [];
    let app = current;
    let clientSecret;
    let created = false;
    if (!app) {
        ({ app, clientSecret } = await createApp(mgmt, desired));
        created = true;
        applied.push(...changes.filter(c => c.resource === 'client'));
    }
    else {
        const patch = clientPatchBody(changes, adopt, app);
        if (patch) {
            app = (await call(`PATCH /api/v2/clients/${app.client_id}`, () => mgmt.clients.update(app.client_id, patch)));
            applied.push(...changes.filter(c => c.resource === 'client'));
        }
    }
    const grantChange = changes.find(c => c.resource === 'client_grant');
    if (grantChange && desired.grant) {
        try {
            await upsertGrant(mgmt, app.client_id, grant, desired.grant);
        }
        catch (error) {
            // The app part is done: say so, so the report does not claim nothing changed.
            throw Object.assign((0,errors/* toAuth0Error */.w3)(error, 'client grant'), { applied, clientId: app.client_id });
        }
        applied.push(grantChange);
    }
    return { app, clientSecret, created, applied };
}
async function createApp(mgmt, desired) {
    try {
        const made = await mgmt.clients.create(createAppBody(desired));
        return { app: made, clientSecret: made.client_secret };
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, 'POST /api/v2/clients');
        const outcomeUnknown = e.code === 'timeout' ||
            e.code === 'network' ||
            e.code === 'malformed' ||
            e.code === 'oversized' ||
            (e.status !== undefined && e.status >= 500);
        if (!outcomeUnknown)
            throw e;
        // The create may have happened: look (with a fresh listing) before doing anything else.
        const found = await findAppsByName(mgmt, desired.name);
        if (found.length !== 1) {
            throw new errors/* Auth0Error */.pk(`${e.message}. The outcome of the create is unknown and ${found.length === 0 ? 'no app with the name exists' : `${found.length} apps with the name exist`}; nothing else was changed. Re-run to converge.`, e.status, e.code, e.where);
        }
        return { app: found[0] };
    }
}
async function upsertGrant(mgmt, clientId, grant, desired) {
    if (grant) {
        await call(`PATCH /api/v2/client-grants/${grant.id}`, () => mgmt.clientGrants.update(grant.id, { scope: desired.scopes }));
        return;
    }
    try {
        await mgmt.clientGrants.create({
            client_id: clientId,
            audience: desired.audience,
            scope: desired.scopes
        });
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, 'POST /api/v2/client-grants');
        // 409: a grant appeared meanwhile (or an earlier attempt of this create went through): converge it.
        if (e.status !== 409)
            throw e;
        const existing = await getGrant(mgmt, clientId, desired.audience);
        if (!existing)
            throw e;
        await call(`PATCH /api/v2/client-grants/${existing.id}`, () => mgmt.clientGrants.update(existing.id, { scope: desired.scopes }));
    }
}

;// CONCATENATED MODULE: ./src/auth0/reconcile.ts






/** `adminToken`: the run's one Management API token (admin-token.ts), undefined when it was refused. */
async function reconcileApps(config, fetchFn, report, adminToken) {
    const specs = desiredApps(config);
    for (const spec of specs)
        report.apps[spec.role] = { name: spec.clientId ? undefined : spec.name, status: 'not-checked' };
    const token = await adminToken;
    if (!token)
        return { apps: {} };
    const mgmt = createManagementClient(config.auth0Domain, token, fetchFn, config.timeoutSeconds);
    let reads;
    let apis;
    try {
        [reads, apis] = await Promise.all([
            readApps(mgmt, specs.map(s => ({
                clientId: s.clientId,
                name: s.name,
                grantAudience: s.grant?.audience,
                readSecret: s.needsSecret && !s.givenSecret
            }))),
            Promise.all(specs.map(s => (s.grant ? getApi(mgmt, s.grant.audience) : undefined)))
        ]);
    }
    catch (error) {
        report.checks.push({
            id: 'auth0.read',
            status: 'fail',
            title: 'Read the Auth0 tenant',
            ...(0,errors/* explainAuth0Error */.Gu)((0,errors/* toAuth0Error */.w3)(error, 'Management API'), 'management')
        });
        return { apps: {} };
    }
    const outcomes = await Promise.all(specs.map((spec, i) => reconcileOne({ config, mgmt }, spec, reads[i], apis[i])));
    const creds = {};
    specs.forEach((spec, i) => {
        const o = outcomes[i];
        report.checks.push(...o.checks);
        report.changes.push(...o.changes);
        report.notes.push(...o.notes);
        report.apps[spec.role] = o.state;
        if (o.creds)
            creds[spec.role] = o.creds;
    });
    return { apps: creds, lookupApp: clientId => getApp(mgmt, clientId) };
}
/** Checks, diffs and (provision) converges one app. */
async function reconcileOne(run, spec, read, api) {
    const { config } = run;
    const out = {
        checks: [],
        changes: [],
        notes: [],
        state: { name: spec.clientId ? undefined : spec.name, status: 'not-checked' }
    };
    const fail = (check) => out.checks.push({ ...check, status: 'fail' });
    // The grant's API must exist and define the requested scopes.
    if (spec.grant) {
        const problem = missingApiCheck(spec.grant, api);
        out.checks.push(problem ?? {
            id: 'auth0.api',
            status: 'pass',
            title: 'Audience API',
            detail: `${api.name ?? ''} (${spec.grant.audience})`.trim()
        });
        if (problem)
            return out;
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
    if (app)
        out.state = { ...out.state, clientId: app.client_id, name: app.name };
    const { changes, conflicts } = diffApp(app, read.grant, spec);
    if (conflicts.length > 0) {
        // Never change an app's type: report it with both types and the fix, and write nothing to it.
        out.state.status = 'drifted';
        out.checks.push(describeConflict(spec, app, conflicts));
        return out;
    }
    if (spec.grant && read.grant) {
        const warning = leastPrivilegeCheck(read.grant.scope, spec.grant.scopes);
        if (warning)
            out.checks.push(warning);
    }
    if (config.mode !== 'provision') {
        reportDrift(spec, app, changes, config, out);
    }
    else {
        const applied = await converge(run, spec, app, read, changes, out);
        if (!applied)
            return out;
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
function describeChanges(changes) {
    return changes.map(describeChange).join(', ');
}
function describeChange(c) {
    if (c.field === 'app' || c.field === 'grant')
        return `create ${c.resource}`;
    const name = `${c.resource}.${c.field}`;
    if (c.resource !== 'client')
        return name;
    if (Array.isArray(c.from) && Array.isArray(c.to)) {
        const from = c.from;
        return `${name} + ${c.to.filter(v => !from.includes(v)).join(', ')}`;
    }
    const text = (v) => (v === null || v === undefined ? 'unset' : String(v));
    return `${name} ${text(c.from)} → ${text(c.to)}`;
}
/** plan and verify: what provision would change. */
function reportDrift(spec, app, changes, config, out) {
    out.changes.push(...changes);
    out.state.status = changes.length === 0 ? 'unchanged' : 'drifted';
    const title = `${spec.title} settings`;
    if (changes.length === 0) {
        out.checks.push({ id: spec.checkId, status: 'pass', title, detail: 'In the desired state.' });
    }
    else if (config.mode === 'plan') {
        out.checks.push({
            id: spec.checkId,
            status: 'warn',
            title,
            detail: `mode provision would change: ${describeChanges(changes)}.`,
            fix: 'Run mode provision to apply the plan.'
        });
    }
    else {
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
        out.notes.push(`"${app.name}" was not created by this action: mode provision will modify it only with adopt-existing: true.`);
    }
}
/**
 * provision: applies the changes unless the app belongs to someone else. Returns the app as it now is,
 * or undefined when the run cannot go on with it.
 */
async function converge(run, spec, app, read, changes, out) {
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
        if (result.clientSecret)
            (0,secrets/* registerSecret */.cl)(result.clientSecret);
        out.checks.push({
            id: spec.checkId,
            status: 'pass',
            title,
            detail: result.created
                ? `Created "${result.app.name}" (${result.app.client_id})${spec.grant ? ' with its client grant' : ''}.`
                : `Updated: ${describeChanges(changes) || 'managed-by mark (adopted)'}.`
        });
        const secret = result.clientSecret ? { clientSecret: result.clientSecret } : result.created ? {} : read;
        return {
            app: result.app,
            read: { apps: [result.app], grant: read.grant, ...secret },
            created: result.created
        };
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, 'Management API');
        const partial = error;
        out.state.status = app ? 'drifted' : 'not-checked';
        if (partial.clientId)
            out.state.clientId = partial.clientId;
        const explained = (0,errors/* explainAuth0Error */.Gu)(e, 'management');
        const done = partial.applied?.length
            ? ` Applied before the failure: ${partial.applied.map(c => (c.field === 'app' ? `created the app ${partial.clientId}` : `${c.resource}.${c.field}`)).join(', ')}; the client grant was not. A re-run converges.`
            : ' Nothing was changed.';
        out.checks.push({
            id: spec.applyCheckId,
            status: 'fail',
            title: `Apply changes (${spec.title.toLowerCase()})`,
            ...explained,
            detail: explained.detail + done
        });
        return undefined;
    }
}
/** The app's credentials: its secret from the read (or a new app's create answer), else the input. */
async function credentialsFrom(run, spec, app, read, created, out) {
    let { clientSecret, secretError } = read;
    if (created && !clientSecret && spec.needsSecret) {
        // Found again after an unknown create outcome: the new app's secret was not in any answer yet.
        ({ clientSecret, secretError } = await readSecretOf(run.mgmt, app.client_id));
    }
    if (clientSecret)
        (0,secrets/* registerSecret */.cl)(clientSecret);
    // An app created by this run has a new secret: it wins over a secret input (of an older app).
    const secret = created ? (clientSecret ?? spec.givenSecret) : (spec.givenSecret ?? clientSecret);
    if (!secret && secretError && spec.needsSecret) {
        out.checks.push({
            id: spec.secretCheckId,
            status: 'fail',
            title: `${spec.title} secret`,
            ...(0,errors/* explainAuth0Error */.Gu)(secretError, 'management'),
            fix: spec.secretFix
        });
    }
    // The smoke test authenticates as the app is configured now (in verify a drifted method is tested as is).
    const current = app.token_endpoint_auth_method;
    const method = current === 'client_secret_post' || current === 'client_secret_basic'
        ? current
        : run.config.tokenEndpointAuthMethod;
    return { clientId: app.client_id, clientSecret: secret, authMethod: method, app };
}


/***/ })

};
