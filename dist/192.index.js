export const id = 192;
export const ids = [192];
export const modules = {

/***/ 16192:
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
/**
 * The failed check of an apply step (provision): the cause and its fix, then what the tenant now holds —
 * the writes done before the failure, and whether the failed write may have been applied. "Nothing was
 * changed." only when that is known: a write that got no usable answer may have happened.
 */
function applyFailureCheck(spec, failure) {
    const explained = (0,errors/* explainAuth0Error */.Gu)(failure.error, 'management');
    const before = failure.done.length > 0 ? ` Applied before the failure: ${failure.done.join(', ')}` : '';
    const outcome = failure.uncertain
        ? `${before ? `${before}.` : ''} The outcome of ${failure.error.where || 'the write'} is unknown: ${failure.outcome}. A re-run reads the tenant again and converges.`
        : before
            ? `${before}; ${failure.outcome}. A re-run converges.`
            : ' Nothing was changed.';
    return {
        id: spec.applyCheckId,
        status: 'fail',
        title: `Apply changes (${spec.title.toLowerCase()})`,
        ...explained,
        detail: explained.detail + outcome
    };
}

// EXTERNAL MODULE: ./node_modules/auth0/dist/esm/management/api/resources/clientGrants/client/Client.mjs + 1 modules
var Client = __webpack_require__(57622);
// EXTERNAL MODULE: ./node_modules/auth0/dist/esm/management/api/resources/clients/client/Client.mjs + 2 modules
var client_Client = __webpack_require__(19064);
// EXTERNAL MODULE: ./node_modules/auth0/dist/esm/management/api/resources/resourceServers/client/Client.mjs + 1 modules
var resourceServers_client_Client = __webpack_require__(66361);
;// CONCATENATED MODULE: ./src/auth0/answers.ts

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value) => Array.isArray(value) && value.every(s => typeof s === 'string');
/** The failure for an answer of the wrong shape; `problem` says what is wrong, for the user. */
function malformedAnswer(where, problem) {
    return new errors/* Auth0Error */.pk(`${where} answered with a malformed body (${problem}).`, undefined, 'malformed', where);
}
/** The SDK's stand-in for a 2xx body that is not JSON (an HTML page from a proxy, plain text). */
const isNonJson = (value) => isObject(value) && value.ok === false && isObject(value.error) && value.error.reason === 'non-json';
/** `value` as a JSON object, or why it is not the object `what` ("null instead of an application"). */
function asObject(value, what) {
    if (isObject(value) && !isNonJson(value))
        return value;
    const kind = value === undefined
        ? 'an empty body'
        : value === null
            ? 'null'
            : Array.isArray(value)
                ? 'a list'
                : isNonJson(value)
                    ? 'a body that is not JSON'
                    : `a ${typeof value}`;
    return `${kind} instead of ${what}`;
}
const APP_LISTS = ['grant_types', 'callbacks', 'web_origins'];
const APP_OBJECTS = ['client_metadata', 'jwt_configuration'];
/** What is wrong with an application as Auth0 answered it (undefined: nothing). */
function appProblem(value) {
    const app = asObject(value, 'an application');
    if (typeof app === 'string')
        return app;
    if (typeof app.client_id !== 'string' || app.client_id === '')
        return 'an application without client_id';
    const id = app.client_id.slice(0, 64); // shown in the message: a broken answer may be long
    if (typeof app.name !== 'string')
        return `application ${id} without a name`;
    const list = APP_LISTS.find(f => app[f] != null && !isStringList(app[f]));
    if (list)
        return `application ${id}: ${list} is not a list of strings`;
    const object = APP_OBJECTS.find(f => app[f] != null && !isObject(app[f]));
    if (object)
        return `application ${id}: ${object} is not an object`;
    return undefined;
}
/** One application (GET /clients/{id}, the answer of a create or an update). */
function readApp(body, where) {
    const problem = appProblem(body);
    if (problem)
        throw malformedAnswer(where, problem);
    return body;
}
/** The items of a client list; one malformed item makes the whole answer malformed. */
function readAppList(items, where) {
    items.forEach((item, i) => {
        const problem = appProblem(item);
        if (problem)
            throw malformedAnswer(where, `item ${i + 1}: ${problem}`);
    });
    return items;
}
/** What is wrong with a client grant as Auth0 answered it (undefined: nothing). */
function grantProblem(value) {
    const grant = asObject(value, 'a client grant');
    if (typeof grant === 'string')
        return grant;
    if (typeof grant.id !== 'string' || grant.id === '')
        return 'a client grant without id';
    const id = grant.id.slice(0, 64);
    if (typeof grant.client_id !== 'string' || typeof grant.audience !== 'string')
        return `client grant ${id} without client_id or audience`;
    if (grant.scope !== undefined && !isStringList(grant.scope))
        return `client grant ${id}: scope is not a list of strings`;
    return undefined;
}
/** One client grant (an item of GET /client-grants, the answer of a create or an update). */
function readGrant(value, where) {
    const problem = grantProblem(value);
    if (problem)
        throw malformedAnswer(where, problem);
    const grant = value;
    return {
        id: grant.id,
        client_id: grant.client_id,
        audience: grant.audience,
        scope: grant.scope ?? []
    };
}
/** GET /resource-servers/{audience}: its scopes (permissions) are objects with a `value`. */
function readApi(body, where, audience) {
    const api = asObject(body, 'an API');
    if (typeof api === 'string')
        throw malformedAnswer(where, api);
    const scopes = api.scopes ?? [];
    if (!Array.isArray(scopes) || !scopes.every(s => isObject(s) && typeof s.value === 'string'))
        throw malformedAnswer(where, 'scopes is not a list of permissions with a value');
    return {
        identifier: typeof api.identifier === 'string' ? api.identifier : audience,
        name: typeof api.name === 'string' ? api.name : undefined,
        scopes: scopes.map(s => s.value)
    };
}
/** GET /clients/{id}?fields=client_secret: the secret, or undefined when the answer has none. */
function readSecretField(body, where) {
    const app = asObject(body, 'an application');
    if (typeof app === 'string')
        throw malformedAnswer(where, app);
    const secret = app.client_secret;
    if (secret === undefined || secret === null || secret === '')
        return undefined;
    if (typeof secret !== 'string')
        throw malformedAnswer(where, 'client_secret is not a string');
    return secret;
}
/** The `client_secret` of an answer, if it holds one as a string (read before its shape is checked). */
function secretIn(body) {
    return isObject(body) && typeof body.client_secret === 'string' ? body.client_secret : undefined;
}

;// CONCATENATED MODULE: ./src/auth0/management.ts
/**
 * Thin I/O over the Auth0 Management API (auth0 SDK v7): read the desired apps, their grants and the
 * API (resource server), and apply one app's list of changes. Decisions live in desired.ts; this file only
 * talks to Auth0, with independent requests in parallel and the fewest round trips.
 */
// The three resource clients the action uses, from the SDK's per-resource entry points: `ManagementClient`
// reaches every resource of the API (a 2.4 MB chunk to load on each run), these only what they need.







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
/**
 * Promise.all that, when one request fails, still waits for the others to end before failing. A secret
 * read in flight is then registered (secrets.ts) before the failure is reported, so an error body that
 * echoes the secret is redacted whichever answer came first.
 */
async function settleAll(values) {
    const results = await Promise.allSettled(values);
    const failed = results.find(r => r.status === 'rejected');
    if (failed)
        throw failed.reason;
    return results.map(r => r.value);
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
/** A listing longer than MAX_APPS: `claim` says what the answer claimed. */
function tooManyApps(where, claim) {
    return new errors/* Auth0Error */.pk(`${where} ${claim}; the action lists at most ${MAX_APPS} apps (${MAX_PAGES} pages of ${PER_PAGE}), more than a tenant holds, so the answer was not read further and nothing was written.`, undefined, 'too_many_apps', where);
}
/** The number of pages a first page's `total` announces, when it is believable. */
function pagesOf(total, where) {
    if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0)
        throw malformedAnswer(where, `total ${JSON.stringify(total)} is not a count of apps`);
    if (total > MAX_APPS)
        throw tooManyApps(where, `says ${total} apps`);
    return Math.ceil(total / PER_PAGE);
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
        if (n === MAX_PAGES)
            throw tooManyApps(where, `answered ${MAX_PAGES} full pages without an end`);
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
function listBody(body, key, where) {
    if (Array.isArray(body))
        return { items: body };
    const b = body;
    if (b && typeof b === 'object' && Array.isArray(b[key])) {
        return {
            items: b[key],
            total: b.total ?? undefined,
            next: typeof b.next === 'string' && b.next ? b.next : undefined
        };
    }
    throw malformedAnswer(where, `no "${key}" list`);
}
async function getApp(mgmt, clientId) {
    const where = `GET /api/v2/clients/${clientId}`;
    let body;
    try {
        body = await mgmt.clients.get(clientId, { fields: APP_FIELDS.join(','), include_fields: true });
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, where);
        if (e.status === 404)
            return undefined;
        throw e;
    }
    return readApp(body, where);
}
/** Registered as a secret the moment it arrives: a failure reported later may echo it. */
async function getClientSecret(mgmt, clientId) {
    const where = `GET /api/v2/clients/${clientId}?fields=client_secret`;
    const body = await call(where, () => mgmt.clients.get(clientId, { fields: 'client_secret', include_fields: true }));
    const secret = readSecretField(body, where);
    (0,secrets/* registerSecret */.cl)(secret);
    if (!secret) {
        throw new errors/* Auth0Error */.pk(`${where} returned no client_secret (the admin app lacks read:client_keys, or the app has no secret).`, 403, 'insufficient_scope: read:client_keys', where);
    }
    return secret;
}
/** Filtered by client and audience there is at most one grant: more pages than this are a broken answer. */
const MAX_GRANT_PAGES = 100;
async function getGrant(mgmt, clientId, audience) {
    // Follow the checkpoint (from/take) anyway: the filter is the server's, the match is checked here.
    const where = 'GET /api/v2/client-grants';
    let from;
    for (let pages = 0; pages < MAX_GRANT_PAGES; pages++) {
        const result = await call(where, () => mgmt.clientGrants.list({ client_id: clientId, audience, take: 50, ...(from ? { from } : {}) }));
        const body = listBody(result.response, 'client_grants', where);
        const grants = body.items.map(item => readGrant(item, where));
        const grant = grants.find(g => g.client_id === clientId && g.audience === audience);
        if (grant)
            return grant;
        if (!body.next || grants.length === 0)
            return undefined;
        from = body.next;
    }
    throw malformedAnswer(where, `a next page still after ${MAX_GRANT_PAGES} pages of one app's grants`);
}
async function getApi(mgmt, audience) {
    const where = 'GET /api/v2/resource-servers/{audience}';
    let body;
    try {
        body = await mgmt.resourceServers.get(audience);
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, where);
        if (e.status === 404)
            return undefined;
        throw e;
    }
    return readApi(body, where, audience);
}
/**
 * Reads what the diffs of all apps need, in as few sequential round trips as the dependencies allow:
 * every lookup runs in parallel, and the client pages are loaded once and shared by every lookup by name.
 */
async function readApps(mgmt, lookups) {
    let allApps;
    const byName = (name) => (allApps ??= listApps(mgmt)).then(all => appsNamed(all, name));
    return settleAll(lookups.map(lookup => management_readApp(mgmt, lookup, byName)));
}
async function management_readApp(mgmt, lookup, byName) {
    const details = (clientId) => settleAll([
        lookup.grantAudience ? getGrant(mgmt, clientId, lookup.grantAudience) : undefined,
        lookup.readSecret ? readSecretOf(mgmt, clientId) : {}
    ]);
    if (lookup.clientId) {
        // By id, the app, its grant and its secret do not depend on each other: one round trip.
        const [app, [grant, secret]] = await settleAll([getApp(mgmt, lookup.clientId), details(lookup.clientId)]);
        return app ? { apps: [app], grant, ...secret } : { apps: [] };
    }
    const apps = await byName(lookup.name);
    if (apps.length !== 1)
        return { apps };
    const [grant, secret] = await details(apps[0].client_id);
    return { apps, grant, ...secret };
}
/**
 * A failed apply step, with what it means for the tenant: the writes done before it, and whether the
 * failed write may have been applied (it reached Auth0 and no usable answer came back) or was refused.
 */
class ApplyError extends Error {
    error;
    done;
    outcome;
    uncertain;
    clientId;
    constructor(error, 
    /** Writes done before the failure, in words ("created the app X"). */
    done, 
    /** The failed write's effect, in words: "the app may have been created" or "the client grant was not created". */
    outcome, uncertain, clientId) {
        super(error.message);
        this.error = error;
        this.done = done;
        this.outcome = outcome;
        this.uncertain = uncertain;
        this.clientId = clientId;
        this.name = 'ApplyError';
    }
}
/**
 * Whether a failed write may have been applied: it was sent and no usable answer came back (timeout,
 * broken connection, 5xx, an unreadable or redirected answer). A 4xx or 429 answer means it was refused.
 */
function mayHaveApplied(e) {
    const noAnswer = ['timeout', 'network', 'malformed', 'malformed_response', 'oversized', 'redirect'];
    return noAnswer.includes(e.code ?? '') || (e.status !== undefined && e.status >= 500);
}
/** One write of an apply: its failure becomes an ApplyError saying what may or may not have happened. */
async function write(where, effect, done, clientId, fn) {
    try {
        return await fn();
    }
    catch (error) {
        if (error instanceof ApplyError)
            throw error;
        const e = (0,errors/* toAuth0Error */.w3)(error, where);
        const uncertain = mayHaveApplied(e);
        throw new ApplyError(e, done, uncertain ? effect.maybe : effect.not, uncertain, clientId);
    }
}
/**
 * Applies one app's changes. `POST /clients` is sent once: when its outcome is unknown (timeout, 5xx,
 * an unreadable answer) the name is looked up again before anything else, so a re-run never makes a
 * duplicate. Every answer is checked (answers.ts) before it is used.
 */
async function applyAppChanges(mgmt, desired, current, grant, changes, adopt) {
    const done = [];
    let app;
    let clientSecret;
    let note;
    const clientChanges = changes.filter(c => c.resource === 'client');
    if (!current) {
        ({ app, clientSecret, note } = await createApp(mgmt, desired));
        done.push(`created the app ${app.client_id}`);
    }
    else {
        app = current;
        const patch = clientPatchBody(changes, adopt, current);
        if (patch) {
            const where = `PATCH /api/v2/clients/${current.client_id}`;
            const effect = { maybe: 'the app’s changes may have been applied', not: 'the app was not changed' };
            app = await write(where, effect, done, current.client_id, async () => readApp(await mgmt.clients.update(current.client_id, patch), where));
            done.push(`updated ${clientChanges.map(c => c.field).join(', ') || 'the managed-by mark'}`);
        }
    }
    const grantChange = changes.find(c => c.resource === 'client_grant');
    if (grantChange && desired.grant) {
        await upsertGrant(mgmt, app.client_id, grant, desired.grant, done);
    }
    return { app, clientSecret, created: !current, note };
}
async function createApp(mgmt, desired) {
    const where = 'POST /api/v2/clients';
    try {
        const answer = await call(where, () => mgmt.clients.create(createAppBody(desired)));
        // The new secret is registered before anything else can fail and report the answer.
        const clientSecret = secretIn(answer);
        (0,secrets/* registerSecret */.cl)(clientSecret);
        return { app: readApp(answer, where), clientSecret };
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, where);
        if (!mayHaveApplied(e))
            throw new ApplyError(e, [], 'the app was not created', false);
        return findCreatedApp(mgmt, desired, e);
    }
}
/** After a create of unknown outcome: a fresh listing by name tells whether it happened. */
async function findCreatedApp(mgmt, desired, e) {
    const maybe = 'the app may have been created (it is then found by name: never a duplicate)';
    let found;
    try {
        found = await findAppsByName(mgmt, desired.name);
    }
    catch (error) {
        const again = (0,errors/* toAuth0Error */.w3)(error, 'GET /api/v2/clients');
        const both = `${(0,errors/* asSentence */.KG)(e.message)} Looking the name up again failed too: ${(0,errors/* asSentence */.KG)(again.message)}`;
        throw new ApplyError(new errors/* Auth0Error */.pk(both, e.status, e.code, e.where), [], maybe, true);
    }
    if (found.length === 1)
        return { app: found[0], note: `${(0,errors/* asSentence */.KG)(e.message)} The app was found by name.` };
    if (found.length === 0) {
        const gone = `${(0,errors/* asSentence */.KG)(e.message)} A fresh listing shows no app named "${desired.name}"`;
        throw new ApplyError(new errors/* Auth0Error */.pk(gone, e.status, e.code, e.where), [], 'the app was not created', false);
    }
    const many = `${(0,errors/* asSentence */.KG)(e.message)} ${found.length} apps are now named "${desired.name}": ${found.map(a => a.client_id).join(', ')}`;
    throw new ApplyError(new errors/* Auth0Error */.pk(many, e.status, e.code, e.where), [], maybe, true);
}
async function upsertGrant(mgmt, clientId, grant, desired, done) {
    const update = (id) => {
        const where = `PATCH /api/v2/client-grants/${id}`;
        const effect = {
            maybe: 'the client grant’s scopes may have been updated',
            not: 'the client grant was not updated'
        };
        return write(where, effect, done, clientId, async () => readGrant(await mgmt.clientGrants.update(id, { scope: desired.scopes }), where));
    };
    if (grant)
        return update(grant.id);
    const where = 'POST /api/v2/client-grants';
    const effect = { maybe: 'the client grant may have been created', not: 'the client grant was not created' };
    try {
        return await write(where, effect, done, clientId, async () => readGrant(await mgmt.clientGrants.create({
            client_id: clientId,
            audience: desired.audience,
            scope: desired.scopes
        }), where));
    }
    catch (error) {
        // 409: a grant appeared meanwhile (or an earlier attempt of this create went through): converge it.
        if (!(error instanceof ApplyError) || error.error.status !== 409)
            throw error;
        let existing;
        try {
            existing = await getGrant(mgmt, clientId, desired.audience);
        }
        catch (readError) {
            const e = (0,errors/* toAuth0Error */.w3)(readError, 'GET /api/v2/client-grants');
            throw new ApplyError(e, done, 'the client grant was not updated', false, clientId);
        }
        if (!existing)
            throw error;
        return update(existing.id);
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
        [reads, apis] = await settleAll([
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
        const explained = (0,errors/* explainAuth0Error */.Gu)((0,errors/* toAuth0Error */.w3)(error, 'Management API'), 'management');
        report.checks.push({
            id: 'auth0.read',
            status: 'fail',
            title: 'Read the Auth0 tenant',
            ...explained,
            // Redacted again now that every read has ended: a secret may have arrived after this error.
            detail: (0,secrets/* redact */.E$)(explained.detail)
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
        out.checks.push({
            id: spec.checkId,
            status: 'pass',
            title,
            detail: (result.created
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
    }
    catch (error) {
        if (!(error instanceof ApplyError))
            throw error;
        out.state.status = app ? 'drifted' : 'not-checked';
        if (error.clientId)
            out.state.clientId = error.clientId;
        out.checks.push(applyFailureCheck(spec, error));
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
