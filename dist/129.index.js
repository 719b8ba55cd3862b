export const id = 129;
export const ids = [129];
export const modules = {

/***/ 74687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ explainAuth0Error),
/* harmony export */   KG: () => (/* binding */ asSentence),
/* harmony export */   nE: () => (/* binding */ readJsonBody),
/* harmony export */   pk: () => (/* binding */ Auth0Error),
/* harmony export */   w3: () => (/* binding */ toAuth0Error)
/* harmony export */ });
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76803);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27194);
/**
 * Auth0 failures become actionable sentences (DESIGN.md "Behaviour everyone relies on"). Error bodies
 * are redacted before they are shown (Auth0 echoes request data in some messages), and redacted before
 * they are shortened: a text cut first could keep the first characters of a secret.
 */


class Auth0Error extends Error {
    status;
    code;
    where;
    retryAfterSeconds;
    constructor(message, status, 
    /** Auth0's `errorCode` (Management API) or `error` (Authentication API), when given. */
    code, where = '', retryAfterSeconds) {
        super(message);
        this.status = status;
        this.code = code;
        this.where = where;
        this.retryAfterSeconds = retryAfterSeconds;
        this.name = 'Auth0Error';
    }
    static fromResponse(response, body, where) {
        const { code, text } = auth0ErrorFields(body);
        return new Auth0Error(`${where} answered ${response.status}${text ? `: ${text}` : ''}`, response.status, code, where, askedWaitSeconds(response.status, response.headers));
    }
}
/** Reads a JSON body; a body that is not JSON becomes an Auth0Error naming the endpoint. */
async function readJsonBody(response, where) {
    const text = await response.text();
    if (text.length === 0)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch {
        if (!response.ok)
            return { message: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactAndShorten */ .w_)(text, 200) };
        throw new Auth0Error(`${where} answered ${response.status} with a malformed (non-JSON) body.`, response.status, 'malformed_response', where);
    }
}
/** The wait a 429 asked for (`Retry-After`, else `X-RateLimit-Reset`), in whole seconds. */
function askedWaitSeconds(status, headers) {
    if (status !== 429 || typeof headers?.get !== 'function')
        return undefined;
    const ms = (0,_http_js__WEBPACK_IMPORTED_MODULE_0__/* .rateLimitWaitMs */ .JR)(headers);
    return ms !== undefined && ms > 0 ? Math.ceil(ms / 1000) : undefined;
}
function auth0ErrorFields(body) {
    if (typeof body === 'string')
        return { text: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactAndShorten */ .w_)(body, 300) };
    if (!body || typeof body !== 'object')
        return {};
    const b = body;
    const code = typeof b.errorCode === 'string' ? b.errorCode : typeof b.error === 'string' ? b.error : undefined;
    const textSource = b.error_description ?? b.message ?? b.error;
    return { code, text: typeof textSource === 'string' ? (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redactAndShorten */ .w_)(textSource, 500) : undefined };
}
/**
 * Normalizes anything a Management API or token call can throw (auth0 SDK `ManagementError`, our
 * `HttpFault`, `Auth0Error`) into an Auth0Error.
 */
function toAuth0Error(error, where) {
    if (error instanceof Auth0Error)
        return error;
    if (error instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpFault */ .F9)
        return new Auth0Error((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(error.message), undefined, error.kind, where);
    const e = error;
    if (e?.cause instanceof _http_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpFault */ .F9)
        return new Auth0Error((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(e.cause.message), undefined, e.cause.kind, where);
    if (typeof e?.statusCode === 'number') {
        const { code, text } = auth0ErrorFields(e.body);
        const malformed = typeof e.body === 'string' && e.statusCode < 400;
        return new Auth0Error(malformed
            ? `${where} answered ${e.statusCode} with a malformed (non-JSON) body.`
            : `${where} answered ${e.statusCode}${text ? `: ${text}` : ''}`, e.statusCode, malformed ? 'malformed_response' : code, where, askedWaitSeconds(e.statusCode, e.rawResponse?.headers));
    }
    if (e?.name === 'ManagementTimeoutError')
        return new Auth0Error(`${where}: no answer in time.`, undefined, 'timeout', where);
    const message = error instanceof Error ? error.message : String(error);
    return new Auth0Error(`${where} failed: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(message)}`, undefined, undefined, where);
}
/** Ends the text with a full stop unless it already ends a sentence. */
function asSentence(text) {
    const t = text.trimEnd();
    return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}
/**
 * The sentence and the fix for an Auth0 failure, by status and error code. The fixes hold in every mode: none
 * promises that a re-run converges (verify and plan change nothing; provision says so itself where it applies).
 */
function explainAuth0Error(error, context) {
    const explained = explain(error, context);
    return { ...explained, detail: asSentence(explained.detail) };
}
function explain(error, context) {
    const detail = error.message;
    const scope = /expected (?:any of|all of)?:?\s*([\w:, ]+)/i.exec(error.message)?.[1]?.trim();
    switch (true) {
        case error.code === 'timeout' || error.code === 'network':
            return {
                detail,
                fix: 'Auth0 did not answer: check that auth0-domain is the tenant’s canonical domain, that the runner can reach it (DNS, proxy, firewall) and https://status.auth0.com, or raise timeout-seconds.'
            };
        case error.code === 'malformed_response' || error.code === 'malformed':
            return {
                detail,
                fix: 'Something between the runner and Auth0 (a proxy?) altered the answer; check auth0-domain and re-run.'
            };
        case error.code === 'too_many_apps':
            return {
                detail,
                fix: 'Set client-id (and sso-client-id for the login app) to read the apps by id instead of listing the tenant; if the tenant does not hold that many apps, check auth0-domain: something other than Auth0 (a proxy?) answered.'
            };
        case error.code === 'oversized':
            return {
                detail,
                fix: 'Auth0’s answers here are far smaller: something between the runner and Auth0 (a proxy?) answered instead, or auth0-domain is not an Auth0 tenant. Check auth0-domain and the runner’s proxy settings.'
            };
        case error.code === 'redirect':
            return {
                detail,
                fix: 'Set auth0-domain to the tenant’s canonical domain (Auth0 dashboard → Settings → Domain) or a custom domain that serves the Auth0 APIs itself; the action never follows a redirect with credentials.'
            };
        case error.status === 429:
            return {
                detail: `${detail} (rate limited${error.retryAfterSeconds ? `; Auth0 asked to wait ${error.retryAfterSeconds} s` : ''})`,
                fix: context === 'management'
                    ? 'The tenant’s Management API rate limit was reached and the bounded retries ran out; re-run later or run fewer jobs at once against this tenant.'
                    : 'Auth0’s token endpoint rate limit (or the tenant’s machine-to-machine token quota) was reached and the bounded retries ran out; re-run later, and reuse tokens instead of minting one per job.'
            };
        case error.status !== undefined && error.status >= 500:
            return {
                detail,
                fix: 'Auth0 had a server error and the bounded retries ran out; check https://status.auth0.com and re-run when it has recovered.'
            };
        case context === 'management-token' && (error.status === 401 || error.status === 403):
            return error.code === 'access_denied' && /not authorized|client-grant/i.test(error.message)
                ? {
                    detail,
                    fix: 'Authorize the admin app for the Auth0 Management API (Applications → APIs → Auth0 Management API → Machine to Machine Applications).'
                }
                : error.code === 'unauthorized_client'
                    ? {
                        detail,
                        fix: 'Enable the Client Credentials grant on the admin app (Settings → Advanced → Grant Types).'
                    }
                    : {
                        detail,
                        fix: 'Check management-client-id and management-client-secret (the admin M2M app’s credentials).'
                    };
        case context === 'management' && error.status === 401:
            return {
                detail,
                fix: 'The Management API token was rejected: check management-token (expired?) or the admin app credentials and auth0-domain.'
            };
        case error.code === 'insufficient_scope' || (context === 'management' && error.status === 403):
            return {
                detail,
                fix: `Grant the admin app the Management API scope ${scope ?? 'named above'} (APIs → Auth0 Management API → Machine to Machine Applications).`
            };
        case error.code === 'unauthorized_client':
            return {
                detail,
                fix: 'The ingestion app cannot use the Client Credentials grant: set its Token Endpoint Authentication Method to Basic or Post (not None) and enable the Client Credentials grant — mode provision does both.'
            };
        case error.code === 'access_denied' && error.status === 401:
        case error.code === 'invalid_client':
            return {
                detail,
                fix: 'The ingestion app’s credentials were rejected: check client-id and client-secret (rotated?).'
            };
        case error.code === 'access_denied':
            return /not enabled|service/i.test(error.message)
                ? {
                    detail,
                    fix: 'The audience is not an API of this tenant: check audience (default https://{auth0-domain}/api/v2/).'
                }
                : {
                    detail,
                    fix: 'The ingestion app has no client grant for the audience: run mode provision, or authorize it for the API in Auth0.'
                };
        case error.status === 404:
            return { detail, fix: 'Check client-id and auth0-domain: the resource does not exist in this tenant.' };
        default:
            return { detail, fix: 'See the Auth0 message above; re-run once it is fixed.' };
    }
}


/***/ }),

/***/ 17129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAuth0Flow: () => (/* binding */ runAuth0Flow)
});

// EXTERNAL MODULE: ./src/runner.ts
var runner = __webpack_require__(74813);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/http.ts
var http = __webpack_require__(76803);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: ./src/auth0/errors.ts
var errors = __webpack_require__(74687);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_protected_header.js
var decode_protected_header = __webpack_require__(61196);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwt/verify.js + 2 modules
var verify = __webpack_require__(64490);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/jwks/local.js
var local = __webpack_require__(36687);
// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/errors.js
var util_errors = __webpack_require__(5674);
;// CONCATENATED MODULE: ./src/auth0/token.ts
/**
 * The smoke test: a client-credentials token from `POST https://{domain}/oauth/token`, exactly as
 * OpenMetadata's ingestion client (< 1.3) requests it (form-encoded, `audience=https://{domain}/api/v2/`),
 * then a strict verification of the JWT against the tenant's JWKS.
 *
 * auth0 v7 has no AuthenticationClient, and no Auth0 SDK sends HTTP Basic client authentication, so the
 * request is made with `fetch` here.
 */



/** RFC 6749 §2.3.1: Basic credentials are the form-urlencoded id and secret. */
function basicAuth(clientId, clientSecret) {
    const enc = (s) => encodeURIComponent(s).replace(/%20/g, '+');
    return `Basic ${Buffer.from(`${enc(clientId)}:${enc(clientSecret)}`).toString('base64')}`;
}
async function requestClientCredentialsToken(req, fetchFn) {
    const form = new URLSearchParams({ grant_type: 'client_credentials', audience: req.audience });
    const headers = {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json'
    };
    if (req.method === 'client_secret_basic') {
        headers.authorization = basicAuth(req.clientId, req.clientSecret);
        (0,secrets/* registerSecret */.cl)(headers.authorization.slice('Basic '.length)); // a server may echo the header
    }
    else {
        form.set('client_id', req.clientId);
        form.set('client_secret', req.clientSecret);
    }
    const url = `https://${req.domain}/oauth/token`;
    // Never follow a redirect: it would send the client credentials again, possibly to another origin. (The
    // run's fetch, src/http.ts, refuses every redirect and names it; this keeps any other fetch from following.)
    const response = await fetchFn(url, { method: 'POST', headers, body: form.toString(), redirect: 'manual' });
    const body = await (0,errors/* readJsonBody */.nE)(response, 'POST /oauth/token');
    if (!response.ok)
        throw errors/* Auth0Error */.pk.fromResponse(response, body, 'POST /oauth/token');
    const token = body;
    if (typeof token?.access_token !== 'string' || token.access_token.length === 0) {
        throw new errors/* Auth0Error */.pk('POST /oauth/token answered 200 without an access_token.', response.status, 'malformed_response');
    }
    return {
        accessToken: token.access_token,
        expiresIn: typeof token.expires_in === 'number' ? token.expires_in : undefined,
        scope: typeof token.scope === 'string' ? token.scope : undefined
    };
}
/**
 * The Management API token for the admin app. Its authentication method is not known here: try the body
 * (what the auth0 SDKs send, Auth0's default for new apps) and, only if Auth0 refuses the client (401),
 * HTTP Basic once — so an admin app set to Basic works too, at one extra request in that case only.
 */
async function requestManagementToken(domain, clientId, clientSecret, fetchFn) {
    const request = { domain, clientId, clientSecret, audience: `https://${domain}/api/v2/` };
    try {
        return await requestClientCredentialsToken({ ...request, method: 'client_secret_post' }, fetchFn);
    }
    catch (error) {
        if (!(error instanceof errors/* Auth0Error */.pk) || error.status !== 401)
            throw error;
        return await requestClientCredentialsToken({ ...request, method: 'client_secret_basic' }, fetchFn);
    }
}
async function fetchJwks(domain, fetchFn) {
    const response = await fetchFn(`https://${domain}/.well-known/jwks.json`, {
        headers: { accept: 'application/json' }
    });
    const body = await (0,errors/* readJsonBody */.nE)(response, 'GET /.well-known/jwks.json');
    if (!response.ok)
        throw errors/* Auth0Error */.pk.fromResponse(response, body, 'GET /.well-known/jwks.json');
    const keys = body?.keys;
    if (!Array.isArray(keys)) {
        throw new errors/* Auth0Error */.pk('GET /.well-known/jwks.json answered without a "keys" array.', response.status, 'malformed_response');
    }
    return body;
}
/** Thrown with a sentence that says which property of the token is wrong (never the token itself). */
class TokenVerificationError extends Error {
    fix;
    constructor(message, fix) {
        super(message);
        this.fix = fix;
        this.name = 'TokenVerificationError';
    }
}
const CLOCK_TOLERANCE_SECONDS = 60;
async function verifyIngestionToken(token, jwks, expect) {
    let kid;
    let alg;
    try {
        ({ kid, alg } = (0,decode_protected_header/* decodeProtectedHeader */._)(token));
    }
    catch {
        throw new TokenVerificationError('The token is not a JWT.', 'Check that the audience is an API of this tenant.');
    }
    if (alg !== 'RS256') {
        throw new TokenVerificationError(`The token is signed with ${alg ?? 'no algorithm'}, not RS256.`, 'In Auth0, set the API’s signing algorithm to RS256: OpenMetadata verifies RS256 tokens against the JWKS.');
    }
    if (!kid) {
        // OpenMetadata finds the verification key by kid among its publicKeyUrls: a token without one is refused.
        throw new TokenVerificationError('The token has no kid (key id) in its header; OpenMetadata cannot find its verification key.', 'Check auth0-domain: tokens of an Auth0 tenant always carry the kid of a key in its JWKS.');
    }
    const issuer = `https://${expect.domain}/`;
    let payload;
    try {
        ({ payload } = await (0,verify/* jwtVerify */.V)(token, (0,local/* createLocalJWKSet */.w)(jwks), {
            algorithms: ['RS256'],
            // jose checks exp only when present: require it (and the identity claims) to be there.
            requiredClaims: ['exp', 'iss', 'aud', 'sub'],
            issuer,
            audience: expect.audience,
            subject: `${expect.clientId}@clients`,
            clockTolerance: CLOCK_TOLERANCE_SECONDS,
            currentDate: expect.now
        }));
    }
    catch (error) {
        throw describeJoseError(error, kid, issuer, expect);
    }
    if (payload.azp !== undefined && payload.azp !== expect.clientId) {
        throw new TokenVerificationError('The token’s azp is not the ingestion app’s client id.', 'Check client-id.');
    }
    if (payload.gty !== undefined && payload.gty !== 'client-credentials') {
        throw new TokenVerificationError(`The token’s gty is ${String(payload.gty)}, not client-credentials.`, 'Check client-id.');
    }
    const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean).sort() : [];
    const missing = expect.requestedScopes.filter(s => !scopes.includes(s));
    if (missing.length > 0) {
        throw new TokenVerificationError(`The token lacks the scope(s) ${missing.join(', ')}.`, 'Run the action in mode provision to update the client grant, or remove them from scopes.');
    }
    const exp = payload.exp;
    const iat = typeof payload.iat === 'number' ? payload.iat : undefined;
    return {
        kid,
        issuedAt: iat !== undefined ? new Date(iat * 1000) : undefined,
        expiresAt: new Date(exp * 1000),
        lifetimeSeconds: iat !== undefined ? exp - iat : undefined,
        scopes,
        subject: String(payload.sub)
    };
}
function describeJoseError(error, kid, issuer, expect) {
    if (error instanceof util_errors/* JWKSNoMatchingKey */.BT) {
        return new TokenVerificationError(`The token’s signing key (kid ${kid ?? 'missing'}) is not in https://${expect.domain}/.well-known/jwks.json: the token is not from this tenant or was forged.`, 'Check auth0-domain (use the canonical tenant domain, not a custom domain of another tenant), then re-run.');
    }
    if (error instanceof util_errors/* JWSSignatureVerificationFailed */.h2) {
        return new TokenVerificationError(`The token’s signature does not verify with the tenant key ${kid ?? ''}: the token was forged or altered.`, 'Do not trust this tenant response; check auth0-domain and the network path to Auth0.');
    }
    if (error instanceof util_errors/* JWTExpired */.n) {
        return new TokenVerificationError('The token is already expired.', 'Check the runner clock and the API’s token lifetime in Auth0.');
    }
    if (error instanceof util_errors/* JWTClaimValidationFailed */.ie) {
        const expected = {
            iss: issuer,
            aud: expect.audience,
            sub: `${expect.clientId}@clients`
        };
        const claim = error.claim;
        return new TokenVerificationError(`The token’s ${claim} claim is wrong${expected[claim] ? ` (expected ${expected[claim]})` : ''}: ${error.reason}.`, claim === 'iss'
            ? 'Set auth0-domain to the canonical tenant domain the tokens are issued by.'
            : 'Check client-id and audience.');
    }
    const message = error instanceof Error ? error.message : String(error);
    return new TokenVerificationError(`The token does not verify: ${message}.`, 'Check auth0-domain and audience.');
}

;// CONCATENATED MODULE: ./src/auth0/admin-token.ts



async function requestAdminToken(config, fetchFn, report) {
    const management = config.management;
    if (management.kind === 'token')
        return management.token;
    try {
        const { accessToken } = await requestManagementToken(config.auth0Domain, management.clientId, management.clientSecret, fetchFn);
        (0,secrets/* registerSecret */.cl)(accessToken);
        return accessToken;
    }
    catch (error) {
        report.checks.push({
            id: 'auth0.management-token',
            status: 'fail',
            title: 'Management API access',
            ...(0,errors/* explainAuth0Error */.Gu)((0,errors/* toAuth0Error */.w3)(error, 'POST /oauth/token'), 'management-token')
        });
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/report/run-report.ts
var run_report = __webpack_require__(57330);
;// CONCATENATED MODULE: ./src/auth0/smoke-test.ts
/**
 * The smoke test of a run: one client-credentials token for the ingestion app, verified against the
 * tenant's JWKS (fetched in parallel earlier). On success the token facts go into the report and, for
 * OpenMetadata >= 1.3, the token is handed to later steps.
 */





async function smokeTestToken(config, creds, fetchFn, jwksPromise, report) {
    if (!creds.clientId || !creds.clientSecret) {
        report.checks.push({
            id: 'token.request',
            status: 'skip',
            title: 'Client-credentials token',
            detail: 'Not requested: the app or its secret is not available.'
        });
        return undefined;
    }
    let accessToken;
    const method = creds.authMethod === 'client_secret_post' ? 'client_secret_post' : 'client_secret_basic';
    try {
        const response = await requestClientCredentialsToken({
            domain: config.auth0Domain,
            clientId: creds.clientId,
            clientSecret: creds.clientSecret,
            audience: config.audience,
            method
        }, fetchFn);
        accessToken = response.accessToken;
        (0,secrets/* registerSecret */.cl)(accessToken);
    }
    catch (error) {
        const e = (0,errors/* toAuth0Error */.w3)(error, 'POST /oauth/token');
        (0,run_report/* addFailure */.q)(report, {
            id: 'token.request',
            title: 'Client-credentials token',
            ...(0,errors/* explainAuth0Error */.Gu)(e, 'ingestion-token')
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
    if (jwks instanceof errors/* Auth0Error */.pk) {
        (0,run_report/* addFailure */.q)(report, {
            id: 'token.verify',
            title: 'Token verification',
            ...(0,errors/* explainAuth0Error */.Gu)(jwks, 'ingestion-token')
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
            runner/* exportVariable */.dN(config.tokenEnvVar, accessToken);
            runner/* setOutput */.uH('access-token', accessToken);
        }
        report.checks.push({
            id: 'token.verify',
            status: 'pass',
            title: 'Token verification',
            detail: `RS256, key ${verified.kid ?? '?'}, sub ${verified.subject}, expires ${verified.expiresAt.toISOString()}${verified.scopes.length ? `, scopes ${verified.scopes.join(' ')}` : ', no scopes'}.`
        });
        return accessToken;
    }
    catch (error) {
        const e = error instanceof TokenVerificationError ? error : new TokenVerificationError(String(error), 'Re-run.');
        (0,run_report/* addFailure */.q)(report, { id: 'token.verify', title: 'Token verification', detail: e.message, fix: e.fix });
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/write-file.ts
/**
 * Writes a rendered file the way an editor saves one: into a temporary file in the same folder, then
 * renamed over the target. A reader never sees half a file, a failed write leaves the old file intact,
 * and a symbolic link at the target is replaced rather than followed (rename acts on the name).
 */



/** `mode` 0o600 for a file holding a secret; the temporary file has it from the start. */
async function writeFileAtomic(file, text, mode) {
    const dir = external_node_path_.dirname(file);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const temporary = external_node_path_.join(dir, `.${external_node_path_.basename(file)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        // 'wx': never reuse an existing name (a link planted at the temporary name is not followed).
        await (0,promises_.writeFile)(temporary, text, { mode, flag: 'wx' });
        await (0,promises_.chmod)(temporary, mode); // the umask may have narrowed or widened nothing else: make it exact
        await (0,promises_.rename)(temporary, file);
    }
    catch (error) {
        await (0,promises_.rm)(temporary, { force: true }).catch(() => undefined);
        throw error;
    }
}

// EXTERNAL MODULE: ./src/openmetadata/render.ts
var render = __webpack_require__(29073);
// EXTERNAL MODULE: ./src/openmetadata/render-problems.ts
var render_problems = __webpack_require__(57406);
;// CONCATENATED MODULE: ./src/openmetadata/write-config.ts
/**
 * Renders the workflowConfig for the run, checks it with the action's own rules, and writes it to
 * config-path. Template problems are the user's to fix; a rendered file that fails the rules is a defect.
 */






async function renderAndWrite(config, files, creds, accessToken, report) {
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
    // The file holds the value escaped as a YAML double-quoted string: mask that form too, for the summary.
    if (inline)
        (0,secrets/* registerSecret */.cl)((0,render/* doubleQuoted */.UN)(value).slice(1, -1));
    if (config.inlineSecrets && !inline) {
        report.notes.push(`inline-secrets: no ${config.credential} value is available in this run, so the file references \${${config.credential === 'client-secret' ? config.secretEnvVar : config.tokenEnvVar}} instead.`);
    }
    let output;
    try {
        output = (0,render/* renderWorkflowConfig */.KP)({
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
    }
    catch (error) {
        if (error instanceof render/* RenderError */.vH) {
            (0,run_report/* addFailure */.q)(report, {
                id: 'render',
                title: 'Rendered workflowConfig',
                detail: error.message,
                fix: `Fix the ${error.input} input.`
            });
            return false;
        }
        throw error;
    }
    const problem = (0,render_problems/* renderProblem */.y)(output, { input: 'workflow-template', path: files.template?.path });
    if (problem) {
        (0,run_report/* addFailure */.q)(report, { id: 'render', title: 'Rendered workflowConfig', ...problem });
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
        runner/* warning */.$e(`inline-secrets: ${config.configPath} holds a real credential${config.uploadArtifact ? ', and so does the workflow artifact (downloadable by anyone with read access to the repository)' : ''}.`);
    }
    await writeFileAtomic(config.configPath, output.yaml, inline ? 0o600 : 0o644);
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

// EXTERNAL MODULE: ./src/openmetadata/server-config/index.ts + 7 modules
var server_config = __webpack_require__(10978);
;// CONCATENATED MODULE: ./src/openmetadata/write-server-config.ts
/**
 * Renders the server's authentication settings for the login app (server-config/), checks them with
 * the action's own deployment rules, and writes them to server-config-path. Like write-config.ts:
 * template problems are the user's to fix; a rendered file that fails the rules is a defect.
 */








const CHECK = { id: 'render.server-config', title: 'Rendered server settings' };
/** Returns true when the file was written. */
async function renderAndWriteServerConfig(config, files, login, report) {
    const sso = config.login;
    if (!sso || !config.openmetadataUrl)
        return false;
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
        report.notes.push(`inline-secrets: the login app's secret is not available in this run, so the server settings reference \${${config.serverConfig.oidcSecretEnvVar}} instead.`);
    }
    if (inline) {
        // The file holds the value in an env-file or YAML escaping: mask those forms too.
        (0,secrets/* registerSecret */.cl)(login.clientSecret);
        (0,secrets/* registerSecret */.cl)((0,render/* doubleQuoted */.UN)(login.clientSecret).slice(1, -1));
    }
    let output;
    try {
        output = (0,server_config/* renderServerSettings */.J3)({
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
    }
    catch (error) {
        if (!(error instanceof render/* RenderError */.vH))
            throw error;
        (0,run_report/* addFailure */.q)(report, { ...CHECK, detail: error.message, fix: `Fix the ${error.input} input.` });
        return false;
    }
    const problem = (0,render_problems/* renderProblem */.y)(output, {
        input: 'server-config-template',
        path: files.serverTemplate?.path
    });
    if (problem) {
        (0,run_report/* addFailure */.q)(report, { ...CHECK, ...problem });
        return false;
    }
    const target = config.serverConfig.path;
    await writePrivate(target, output.text, inline);
    let secretManifestPath;
    if (inline && output.secretManifest) {
        secretManifestPath = external_node_path_.join(external_node_path_.dirname(target), 'oidc-secrets.yaml');
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
        runner/* warning */.$e(`inline-secrets: ${secretManifestPath ?? target} holds the login app's client secret.`);
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
async function writePrivate(file, text, secret) {
    await writeFileAtomic(file, text, secret ? 0o600 : 0o644);
}

// EXTERNAL MODULE: ./node_modules/jose/dist/webapi/util/decode_jwt.js
var decode_jwt = __webpack_require__(77961);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(41692);
;// CONCATENATED MODULE: ./src/openmetadata/server-http.ts
/**
 * The one HTTP client for the OpenMetadata server checks (server-check.ts, server-auth-check.ts).
 *
 * TLS: Node's global fetch cannot take a CA per request, so this uses `node:https` with `ca` set for these
 * requests only (the public roots stay trusted too; NODE_EXTRA_CA_CERTS applies when no CA is given).
 * Bodies are capped at 1 MiB: OpenMetadata's answers here are a few KiB, so a longer one is no answer
 * to judge (a proxy's page, another service): reading stops there and the request fails with
 * `AnswerTooLarge`, named as such, rather than a cut body being misread as broken JSON.
 *
 * Two kinds of failure, because they mean different things to the checks: `Unreachable` (no HTTP answer:
 * refused, TLS, no headers in time) says nothing of the server was reached; `IncompleteAnswer` (headers
 * came, the body did not: too long, cut, too slow) says the server is there but this answer is unusable.
 *
 * `createServerHttp` shares each unauthenticated GET between the checks: `system/version` is read by the
 * version check and by the settings checks, and must reach the server once per run.
 */




const MAX_BODY = 1024 * 1024;
/** A request that got no HTTP answer. `tls` is true for certificate problems. */
class Unreachable extends Error {
    code;
    tls;
    constructor(message, code, tls) {
        super(message);
        this.code = code;
        this.tls = tls;
    }
}
/** The server answered (status and headers arrived), but no complete body followed: nothing of it is judged. */
class IncompleteAnswer extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}
/** The server answered with more than MAX_BODY bytes: reading stopped there. */
class AnswerTooLarge extends IncompleteAnswer {
    constructor(status) {
        super(status, `answered HTTP ${status} with more than ${MAX_BODY / 1024 / 1024} MiB; reading stopped there`);
    }
}
const TLS_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'CERT_SIGNATURE_FAILURE',
    'ERR_TLS_CERT_ALTNAME_INVALID',
    'EPROTO',
    'ERR_SSL_WRONG_VERSION_NUMBER'
]);
/** GET `url`; rejects with `Unreachable` when no HTTP answer arrives, `IncompleteAnswer` when its body does not. */
function httpGet(url, headers, options) {
    return new Promise((resolve, reject) => {
        const secure = url.protocol === 'https:';
        const requestOptions = {
            method: 'GET',
            headers: { Accept: 'application/json', ...headers },
            // A fresh agent per request: no keep-alive socket outlives the check.
            agent: false
        };
        if (secure && options.caPem)
            requestOptions.ca = [...external_node_tls_.rootCertificates, options.caPem];
        let settled = false;
        const finish = (fn) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            fn();
        };
        let req;
        /** The status once the headers arrived: from then on a failure is an incomplete answer. */
        let answered;
        const fail = (error) => finish(() => {
            if (answered === undefined)
                return reject(toUnreachable(error));
            const cause = error?.code ?? (error instanceof Error ? error.message : String(error));
            reject(new IncompleteAnswer(answered, `answered HTTP ${answered}, but the connection broke mid-answer (${cause})`));
        });
        const timer = setTimeout(() => {
            const seconds = options.timeoutMs / 1000;
            finish(() => reject(answered === undefined
                ? new Unreachable(`no answer within ${seconds} s`, 'TIMEOUT', false)
                : new IncompleteAnswer(answered, `answered HTTP ${answered}, but the answer did not complete within ${seconds} s`)));
            req?.destroy();
        }, options.timeoutMs);
        try {
            req = (secure ? external_node_https_ : external_node_http_).request(url, requestOptions, res => {
                answered = res.statusCode ?? 0;
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size <= MAX_BODY)
                        return void chunks.push(chunk);
                    finish(() => reject(new AnswerTooLarge(res.statusCode ?? 0)));
                    req?.destroy();
                });
                res.on('end', () => finish(() => resolve({
                    status: res.statusCode ?? 0,
                    contentType: String(res.headers['content-type'] ?? ''),
                    body: Buffer.concat(chunks).toString('utf8')
                })));
                res.on('error', fail);
                // A body cut without an error event (the peer closed early) must not hang until the timeout.
                res.on('close', () => {
                    if (!res.complete)
                        fail(new Error('closed before the end'));
                });
            });
        }
        catch (error) {
            // e.g. a CA that is not a certificate: the TLS context cannot even be built
            return fail(error);
        }
        req.on('error', fail);
        req.end();
    });
}
function toUnreachable(error) {
    const code = error?.code;
    const message = error instanceof Error ? error.message : String(error);
    const isTls = code !== undefined && (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || /CERT/.test(code));
    return new Unreachable(code && !message.includes(code) ? `${code}: ${message}` : message, code, isTls);
}
/** `{"code":401,"message":"..."}` → the message; otherwise a short, redacted excerpt of the body. */
function serverMessage(answer) {
    let text;
    try {
        const parsed = JSON.parse(answer.body);
        if (typeof parsed.message === 'string')
            text = parsed.message;
        else if (typeof parsed.responseMessage === 'string')
            text = parsed.responseMessage;
    }
    catch {
        // not JSON
    }
    // Redacted before the tags are stripped (a secret may hold `<`), and again whole before the cut.
    text ??= (0,secrets/* redact */.E$)(answer.body)
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
    return (0,secrets/* redactAndShorten */.w_)(text, 400);
}
/** The URL as shown to the user: no credentials, no query. */
function shown(url) {
    return `${url.protocol}//${url.host}${url.pathname}`;
}
/**
 * A client for one run's server checks. GETs without headers are shared by URL, so two checks that read
 * the same public endpoint cause one request. A CA that is no PEM certificate is left out here: the
 * version check reports it (server-check.ts), and the requests then fail as TLS errors.
 */
function createServerHttp(options) {
    const caPem = options.caPem && /-----BEGIN CERTIFICATE-----/.test(options.caPem) ? options.caPem : undefined;
    const shared = new Map();
    return {
        get(url, headers) {
            if (headers && Object.keys(headers).length > 0)
                return httpGet(url, headers, { ...options, caPem });
            let answer = shared.get(url.href);
            if (!answer) {
                answer = httpGet(url, {}, { ...options, caPem });
                shared.set(url.href, answer);
            }
            return answer;
        }
    };
}

// EXTERNAL MODULE: ./src/openmetadata/versions.ts
var versions = __webpack_require__(57332);
// EXTERNAL MODULE: ./src/openmetadata/model.ts
var model = __webpack_require__(94324);
;// CONCATENATED MODULE: ./src/openmetadata/server-check.ts
/**
 * Smoke test step 3: present the minted Auth0 token to the OpenMetadata server, the way its ingestion
 * client does (`Authorization: Bearer <jwtToken>`), and explain what the server says.
 *
 * 1. `GET {hostPort}/v1/system/version`: excluded from OpenMetadata's JwtFilter (`EXCLUDED_ENDPOINTS`), so it
 *    proves reachability (and TLS) without credentials and tells the server version.
 * 2. `GET {hostPort}/v1/users/loggedInUser` with the token. OpenMetadata's JwtFilter
 *    (openmetadata-service/.../security/JwtFilter.java) decodes the JWT, rejects it when expired, looks its
 *    `kid` up in the keys of `authenticationConfiguration.publicKeyUrls` (MultiUrlJwkProvider), verifies the
 *    RS256 signature, and maps the principal from the first of `email`, `preferred_username`, `sub`: the part
 *    before `@`, lower-cased (SecurityUtil.findUserNameFromClaims). The resource then loads the user of
 *    that name: 404 `user instance for <name> not found` when there is none.
 *
 * Error bodies are Dropwizard `ErrorMessage`s, `{"code":401,"message":"..."}` (CatalogGenericExceptionMapper).
 * Messages this module recognises (AuthenticationException / MultiUrlJwkProvider):
 * - `Not Authorized! Token not present`
 * - `Not Authorized! Invalid token.` (recent) / `Not Authorized! Unable to decode the token.` (older)
 * - `Expired token!`
 * - unknown `kid`: recent servers answer 401 `Not Authorized! Token signing key not found in configured
 *   public keys due to com.auth0.jwk.SigningKeyNotFoundException: JWT Token keyID doesn't match the
 *   configured keyID. …publicKeyUrls…`; older ones (1.x before that fix) wrap the same exception in an
 *   `UnhandledServerException`, i.e. HTTP 500 `An exception with message [...] was thrown while processing
 *   request.` Both are recognised by their text.
 * - `Not Authorized! Invalid token. Token verification failed. Public key mismatch. …` (key id known, but the
 *   signature does not verify: typically a rotated key still cached by the server, which caches keys 24 h)
 * - `Not Authorized! Email does not match the principal domain <d>` (enforcePrincipalDomain)
 *
 * Requests go through server-http.ts (per-request CA, body cap); the `system/version` answer is shared with
 * the settings checks of server-auth-check.ts when both read the same URL.
 */





const VERSION_ID = 'openmetadata.version';
const LOGIN_ID = 'openmetadata.login';
function endpoint(hostPort, path) {
    return new URL((0,model/* trimEndChar */.WP)(hostPort, '/') + path);
}
/** The URL openmetadata.version reads (undefined when hostPort is no URL). */
function versionCheckUrl(hostPort) {
    try {
        return endpoint(hostPort, '/v1/system/version').href;
    }
    catch {
        return undefined;
    }
}
/** The principal OpenMetadata derives from the token, as SecurityUtil.findUserNameFromClaims does. */
function expectedPrincipal(token, clientId) {
    try {
        const claims = (0,decode_jwt/* decodeJwt */.i)(token);
        for (const claim of ['email', 'preferred_username', 'sub']) {
            const value = claims[claim];
            if (typeof value === 'string' && value)
                return value.split('@')[0].toLowerCase();
        }
    }
    catch {
        // not decodable: fall back to the client id (an Auth0 M2M token's sub is `{client_id}@clients`)
    }
    return clientId.toLowerCase();
}
const API_FIX = 'Check that openmetadata-host-port points at the OpenMetadata API (it must end in /api, e.g. https://openmetadata.example.com/api), not at a proxy or another service.';
/**
 * What to say about an answer whose body never fully arrived. Too large, it is no OpenMetadata answer (a
 * proxy's or another service's); cut or too slow, the server (or a proxy before it) failed mid-answer.
 */
function incompleteAnswer(url, error) {
    if (error instanceof AnswerTooLarge)
        return {
            detail: `GET ${shown(url)} ${error.message}: not an OpenMetadata answer (a few KiB of JSON), so it was not judged.`,
            fix: API_FIX
        };
    return {
        detail: `GET ${shown(url)} ${error.message}: the server is reachable, but this answer could not be read.`,
        fix: 'See the OpenMetadata server log (and the timeouts of any proxy in front of it) for this request; timeout-seconds bounds each request.'
    };
}
function unreachableCheck(url, error, input) {
    if (error.tls) {
        return {
            id: VERSION_ID,
            status: 'fail',
            title: 'OpenMetadata server reachable',
            detail: `OpenMetadata server unreachable at ${shown(url)}: TLS verification failed (${error.message}).`,
            fix: input.caCertificatePem
                ? 'The certificate in openmetadata-ca-certificate does not validate the server certificate: give the PEM of the CA that issued it (or its root), and check that the host name in openmetadata-host-port is in the certificate.'
                : 'If the server uses a private CA, set openmetadata-ca-certificate to a PEM file of that CA; check that the host name in openmetadata-host-port is in the server certificate.'
        };
    }
    return {
        id: VERSION_ID,
        status: 'fail',
        title: 'OpenMetadata server reachable',
        detail: `OpenMetadata server unreachable at ${shown(url)}: ${error.message}.`,
        fix: 'Check openmetadata-host-port (scheme, host, port and the /api path) and that the runner can reach the server: self-hosted runners inside the network, or a public endpoint. timeout-seconds bounds each request.'
    };
}
async function checkVersion(input, http) {
    const url = endpoint(input.hostPort, '/v1/system/version');
    let answer;
    try {
        answer = await http.get(url);
    }
    catch (error) {
        if (error instanceof IncompleteAnswer) {
            // Headers came: the server is there, so the token is still presented to it.
            const check = {
                id: VERSION_ID,
                status: 'warn',
                title: 'OpenMetadata server version',
                ...incompleteAnswer(url, error)
            };
            return { check, reachable: true };
        }
        if (error instanceof Unreachable)
            return { check: unreachableCheck(url, error, input), reachable: false };
        throw error;
    }
    if (answer.status !== 200) {
        return {
            reachable: true,
            check: {
                id: VERSION_ID,
                status: 'warn',
                title: 'OpenMetadata server version',
                detail: `GET ${shown(url)} answered HTTP ${answer.status}${answer.body ? ` (${serverMessage(answer)})` : ''}; the server version is unknown.`,
                fix: API_FIX
            }
        };
    }
    let version;
    try {
        const parsed = JSON.parse(answer.body);
        if (typeof parsed.version === 'string')
            version = parsed.version;
    }
    catch {
        // handled below
    }
    if (!version) {
        return {
            reachable: true,
            check: {
                id: VERSION_ID,
                status: 'warn',
                title: 'OpenMetadata server version',
                detail: `GET ${shown(url)} answered, but not with OpenMetadata's version JSON (content type ${answer.contentType || 'none'}).`,
                fix: 'Check that openmetadata-host-port points at the OpenMetadata API (ending in /api), not at the UI or a proxy login page.'
            }
        };
    }
    const server = (0,versions/* parseOmVersion */.EJ)(version);
    const expected = (0,versions/* parseOmVersion */.EJ)(input.expectedVersion);
    if (server && expected && (0,versions/* compareVersions */.Zy)(server, expected) !== 0) {
        const crosses = (0,versions/* usesJwtOnly */.k9)(server) !== (0,versions/* usesJwtOnly */.k9)(expected);
        return {
            reachable: true,
            serverVersion: version,
            check: {
                id: VERSION_ID,
                status: 'warn',
                title: 'OpenMetadata server version',
                detail: `The server runs OpenMetadata ${version}, but openmetadata-version is ${input.expectedVersion}: the rendered workflowConfig and the validation rules follow ${input.expectedVersion}.` +
                    (crosses
                        ? ' The two sit on different sides of 1.3, where the ingestion client changed to JWT only: the rendered config will not work with this server.'
                        : ''),
                fix: `Set openmetadata-version: '${server.major}.${server.minor}' (or upgrade the server).`
            }
        };
    }
    return {
        reachable: true,
        serverVersion: version,
        check: {
            id: VERSION_ID,
            status: 'pass',
            title: 'OpenMetadata server version',
            detail: `${shown(url)} answers: OpenMetadata ${version}${server && expected ? ` (matches openmetadata-version ${input.expectedVersion})` : ''}.`
        }
    };
}
function jwksUrl(domain) {
    return `https://${domain}/.well-known/jwks.json`;
}
/** Turns a 401 (or an older server's 500 for an unknown key id) into the likely cause and fix. */
function explainRejection(message, input, principal) {
    const jwks = jwksUrl(input.auth0Domain);
    const base = { id: LOGIN_ID, status: 'fail', title: 'OpenMetadata accepts the token' };
    const says = `OpenMetadata rejected the token: "${message}".`;
    if (/signing key not found|keyID|publicKeyUrls|SigningKeyNotFound/i.test(message)) {
        return {
            ...base,
            detail: `${says} The token's key id (kid) is not among the keys of the server's publicKeyUrls: the server does not trust the Auth0 tenant ${input.auth0Domain}.`,
            fix: `Add ${jwks} to authenticationConfiguration.publicKeyUrls of the OpenMetadata server (openmetadata.yaml, or the AUTHENTICATION_PUBLIC_KEYS environment variable / Helm value), keep the server's own /api/v1/system/config/jwks entry, and restart the server.`
        };
    }
    if (/expired/i.test(message)) {
        return {
            ...base,
            detail: `${says} The token was minted moments ago, so the server's clock is probably ahead of the real time, or the Auth0 API's token lifetime is very short.`,
            fix: "Synchronise the OpenMetadata server's clock (NTP) and check the Token Expiration of the Auth0 API for the audience."
        };
    }
    if (/public key mismatch|verification failed|signature/i.test(message)) {
        return {
            ...base,
            detail: `${says} A key with the token's kid is known to the server, but the signature does not verify with it: typically the tenant's signing key was rotated and the server still holds the old key (OpenMetadata caches keys for 24 h), or two publicKeyUrls serve different keys under one kid.`,
            fix: `Restart the OpenMetadata server to reload ${jwks}, and check that its publicKeyUrls point at this tenant.`
        };
    }
    if (/token not present/i.test(message)) {
        return {
            ...base,
            detail: `${says} The Authorization header did not reach the server.`,
            fix: 'A proxy or load balancer in front of OpenMetadata drops the Authorization header: configure it to forward the header unchanged.'
        };
    }
    if (/decode|invalid token\.?$/i.test(message)) {
        return {
            ...base,
            detail: `${says} The server could not decode the token as a JWT.`,
            fix: 'Auth0 issues opaque (non-JWT) access tokens when no API audience is requested: check the audience input and that the Auth0 API for it exists and signs with RS256.'
        };
    }
    if (/principal domain/i.test(message)) {
        return {
            ...base,
            detail: `${says} The server enforces a principal domain, and an Auth0 machine-to-machine token has no email: its subject is ${input.clientId}@clients.`,
            fix: 'In authorizerConfiguration, set enforcePrincipalDomain to false, or add "clients" to allowedDomains.'
        };
    }
    if (/claims are present|claim is not present/i.test(message)) {
        return {
            ...base,
            detail: `${says} The server's jwtPrincipalClaims (or jwtPrincipalClaimsMapping) name claims the Auth0 token does not carry.`,
            fix: 'Include "sub" in authenticationConfiguration.jwtPrincipalClaims (default: email, preferred_username, sub), or remove the jwtPrincipalClaimsMapping.'
        };
    }
    return {
        ...base,
        detail: says,
        fix: `Check the server's authenticationConfiguration: publicKeyUrls must include ${jwks}; the expected principal is "${principal}".`
    };
}
/** A JSON object (a user has one), else undefined: `null`, a list or a page is no user. */
function parseUser(body) {
    try {
        const parsed = JSON.parse(body);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            return parsed;
    }
    catch {
        // not JSON
    }
    return undefined;
}
async function checkLogin(input, http, versionOk) {
    const url = endpoint(input.hostPort, '/v1/users/loggedInUser');
    const principal = expectedPrincipal(input.token, input.clientId);
    let answer;
    try {
        answer = await http.get(url, { Authorization: `Bearer ${input.token}` });
    }
    catch (error) {
        const title = 'OpenMetadata accepts the token';
        // Too large is no OpenMetadata answer, as a proxy's page (warn); cut or too slow, the server failed
        // while checking the token, as with a 5xx (fail).
        if (error instanceof IncompleteAnswer)
            return {
                id: LOGIN_ID,
                status: error instanceof AnswerTooLarge ? 'warn' : 'fail',
                title,
                ...incompleteAnswer(url, error)
            };
        if (!(error instanceof Unreachable))
            throw error;
        return { ...unreachableCheck(url, error, input), id: LOGIN_ID, title };
    }
    const createFix = `Create the principal "${principal}" in OpenMetadata: as an admin add a bot named ${principal} (Settings → Bots → Add Bot), ` +
        `or a user with that name. OpenMetadata names the principal after the first of the token's email, preferred_username and sub claims (part before "@", lower-cased); ` +
        `for an Auth0 machine-to-machine token that is the client id.`;
    switch (answer.status) {
        case 200: {
            const user = parseUser(answer.body);
            const name = typeof user?.name === 'string' ? user.name : undefined;
            if (!user || !name) {
                return {
                    id: LOGIN_ID,
                    status: 'warn',
                    title: 'OpenMetadata accepts the token',
                    detail: `GET ${shown(url)} answered 200, but not with a user: ${serverMessage(answer) || 'an empty body'}.`,
                    fix: API_FIX
                };
            }
            const kind = user.isBot === true ? 'a bot' : 'not a bot';
            return {
                id: LOGIN_ID,
                status: 'pass',
                title: 'OpenMetadata accepts the token',
                detail: `The server accepted the token as user "${(0,secrets/* redact */.E$)(name)}" (${kind}${user.isAdmin === true ? ', admin' : ''}).`
            };
        }
        case 401:
            return explainRejection(serverMessage(answer), input, principal);
        case 403:
            return {
                id: LOGIN_ID,
                status: 'fail',
                title: 'OpenMetadata accepts the token',
                detail: `The server authenticated the token but refused principal "${principal}" (HTTP 403: "${serverMessage(answer)}").`,
                fix: `${createFix} If it exists, give it a role that may read its own user (the default Ingestion Bot role does).`
            };
        case 404:
            // Jersey's own 404 for a wrong path ("HTTP 404 Not Found") is not about the user.
            if (!/user/i.test(serverMessage(answer)) && !versionOk) {
                return {
                    id: LOGIN_ID,
                    status: 'fail',
                    title: 'OpenMetadata accepts the token',
                    detail: `GET ${shown(url)} answered HTTP 404 ("${serverMessage(answer)}"): no OpenMetadata API at this path.`,
                    fix: API_FIX
                };
            }
            return {
                id: LOGIN_ID,
                status: 'fail',
                title: 'OpenMetadata accepts the token',
                detail: `The token is valid, but OpenMetadata has no user named "${principal}" (HTTP 404: "${serverMessage(answer)}").`,
                fix: createFix
            };
        default: {
            const message = serverMessage(answer);
            // Older servers answer an unknown key id with 500 (UnhandledServerException around SigningKeyNotFoundException).
            if (answer.status >= 500 && /signing key|keyID|publicKeyUrls/i.test(message)) {
                return explainRejection(message, input, principal);
            }
            return {
                id: LOGIN_ID,
                status: 'fail',
                title: 'OpenMetadata accepts the token',
                detail: `GET ${shown(url)} answered HTTP ${answer.status}${message ? `: "${message}"` : ''}.`,
                fix: answer.status >= 500
                    ? 'The server failed while checking the token: see the OpenMetadata server log (e.g. it cannot fetch a publicKeyUrls entry).'
                    : API_FIX
            };
        }
    }
}
/** Runs both requests and returns `openmetadata.version` and `openmetadata.login` checks. Never throws for HTTP or network faults. */
async function checkOpenMetadataServer(input) {
    let caPem = input.caCertificatePem?.trim() ? input.caCertificatePem : undefined;
    try {
        endpoint(input.hostPort, '/v1/system/version');
    }
    catch {
        return [
            {
                id: VERSION_ID,
                status: 'fail',
                title: 'OpenMetadata server reachable',
                detail: `openmetadata-host-port is not a URL: ${(0,secrets/* redact */.E$)(input.hostPort)}.`,
                fix: 'Use an http(s) URL ending in /api, e.g. http://localhost:8585/api.'
            }
        ];
    }
    if (caPem && !/-----BEGIN CERTIFICATE-----/.test(caPem)) {
        return [
            {
                id: VERSION_ID,
                status: 'fail',
                title: 'OpenMetadata server reachable',
                detail: 'openmetadata-ca-certificate does not hold a PEM certificate (no "-----BEGIN CERTIFICATE-----" block).',
                fix: 'Point openmetadata-ca-certificate at the PEM file of the CA that issued the server certificate.'
            }
        ];
    }
    if (caPem && endpoint(input.hostPort, '/').protocol !== 'https:')
        caPem = undefined;
    const http = input.http ?? createServerHttp({ caPem, timeoutMs: input.timeoutMs });
    const version = await checkVersion(input, http);
    if (!version.reachable) {
        return [
            version.check,
            {
                id: LOGIN_ID,
                status: 'skip',
                title: 'OpenMetadata accepts the token',
                detail: 'Not checked: the server is unreachable.'
            }
        ];
    }
    return [version.check, await checkLogin(input, http, version.serverVersion !== undefined)];
}

;// CONCATENATED MODULE: ./src/openmetadata/server-auth-rules.ts
/**
 * The rules of the server settings checks (DESIGN.md "Server checks"), pure: each takes what the server
 * (and the tenant) answered and returns one check record with its fix. server-auth-check.ts does the I/O.
 *
 * What OpenMetadata 1.7 serves without a token (open-metadata/OpenMetadata,
 * openmetadata-service/.../resources/system/ConfigResource.java, `@Path("/v1/system/config")`; all in
 * JwtFilter.EXCLUDED_ENDPOINTS because the UI reads them before login):
 * - `GET /api/v1/system/config/auth` → AuthenticationConfiguration
 *   (openmetadata-spec/.../json/schema/configuration/authenticationConfiguration.json): `provider`,
 *   `providerName`, `clientType` (public | confidential, default public), `responseType`, `publicKeyUrls`,
 *   `tokenValidationAlgorithm`, `authority`, `clientId`, `callbackUrl`, `jwtPrincipalClaims`,
 *   `jwtPrincipalClaimsMapping`, `enableSelfSignup`, `oidcConfiguration` (oidcClientConfig.json: `id`,
 *   `secret`, `discoveryUri`, …). Older releases returned the object as configured (LDAP and SAML trimmed,
 *   `oidcConfiguration` with its `secret` included); later ones null `oidcConfiguration`, and the newest
 *   copy fields one by one and leave `publicKeyUrls` out — hence "not published" skips below.
 * - `GET /api/v1/system/config/authorizer` → AuthorizerConfiguration (authorizerConfiguration.json):
 *   `adminPrincipals`, `principalDomain`, `enforcePrincipalDomain`, `allowedDomains`, … (the newest
 *   releases serve `principalDomain` only).
 * - `GET /api/v1/system/config/jwks` → JWKSResponse `{"keys":[JWKSKey]}`, JWKSKey `{kty, kid, n, e, alg:
 *   "RS256", use: "sig"}` (security/jwt/JWTTokenGenerator.getJWKSResponse): `n` is
 *   `Base64.getUrlEncoder().encodeToString(modulus.toByteArray())` — base64url WITH `=` padding, and
 *   BigInteger.toByteArray() puts a 0x00 sign byte before a modulus whose top bit is set.
 * - `GET /api/v1/system/version` → `{version, revision, timestamp}`.
 * `GET /api/v1/users/name/{name}` needs a token: the authorizer loads the caller first (404
 * `user instance for <caller> not found` when the caller has no user), then checks ViewBasic (403
 * `Principal: CatalogPrincipal{name='…'} operations [ViewBasic] not allowed`), then 404 `user instance for
 * <name> not found` (CatalogExceptionMessage).
 */


const SERVER_AUTH_IDS = {
    settings: 'openmetadata.auth.settings',
    provider: 'openmetadata.auth.provider',
    authority: 'openmetadata.auth.authority',
    tenantJwks: 'openmetadata.auth.tenant-jwks',
    serverJwks: 'openmetadata.auth.server-jwks',
    client: 'openmetadata.auth.client',
    callback: 'openmetadata.auth.callback',
    exposedSecret: 'openmetadata.auth.exposed-secret',
    signingKey: 'openmetadata.signing-key',
    defaultAdmin: 'openmetadata.default-admin',
    adminPrincipal: 'openmetadata.authorizer.admin-principal'
};
const IDS = SERVER_AUTH_IDS;
/**
 * SHA-256 of the RSA modulus (leading zero bytes removed) of the quickstart key OpenMetadata ships as
 * conf/public_key.der (DESIGN.md). Its private key is public too. The kid proves nothing: it is
 * configured apart from the key (JWT_KEY_ID).
 */
const QUICKSTART_MODULUS_SHA256 = '1ab71a76c0ccd4851a58a20ab3e0140cd028a8c512168542e9cecabcc582c07f';
/** For an answer that broke off while the server answers otherwise: the server failed on that request. */
const SERVER_FAULT_FIX = 'See the OpenMetadata server log (and the timeouts of any proxy in front of it) for this request; timeout-seconds bounds each request.';
/** For an answer that is not OpenMetadata's (a proxy's page, another shape): the address is wrong. */
const WRONG_SERVER_FIX = 'Check that openmetadata-url (or, without it, openmetadata-host-port) points at the OpenMetadata server itself, not at a proxy (login page) or another service that answers for it.';
/** Why an endpoint's answer could not be read (a JSON string answer stays a string, a wrong shape). */
class NotRead {
    why;
    constructor(why) {
        this.why = why;
    }
}
/** How a JSON value is named when it has not the shape OpenMetadata serves. */
function shapeOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
/** A field of an answer, named by what it holds: `no "keys"`, `"keys" as null`. */
const fieldShape = (name, value) => value === undefined ? `no "${name}"` : `"${name}" as ${shapeOf(value)}`;
/** The server answered JSON of another shape than OpenMetadata's: the check could not be made. */
function unexpectedShape(base, url, what) {
    return {
        ...base,
        status: 'warn',
        detail: `Could not check: GET ${url} answered ${what}, not the shape OpenMetadata serves.`,
        fix: WRONG_SERVER_FIX
    };
}
const isObject = (value) => !!value && typeof value === 'object' && !Array.isArray(value);
const server_auth_rules_text = (value) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
function readAuthSettings(json) {
    const urls = json.publicKeyUrls;
    return {
        provider: server_auth_rules_text(json.provider),
        authority: server_auth_rules_text(json.authority),
        publicKeyUrls: Array.isArray(urls) ? urls.filter((u) => typeof u === 'string') : undefined,
        clientId: server_auth_rules_text(json.clientId),
        callbackUrl: server_auth_rules_text(json.callbackUrl),
        clientType: server_auth_rules_text(json.clientType)
    };
}
const envHint = (env, yaml) => `${env} (openmetadata.yaml ${yaml}; Helm openmetadata.config.authentication)`;
function providerRule(settings) {
    const base = { id: IDS.provider, title: 'Server provider is auth0' };
    if (settings.provider?.toLowerCase() === 'auth0')
        return { ...base, status: 'pass', detail: 'authenticationConfiguration.provider is auth0.' };
    return {
        ...base,
        status: 'fail',
        detail: settings.provider
            ? `The server's authentication provider is "${settings.provider}", not auth0: its login page is not this tenant's.`
            : 'The server names no authentication provider.',
        fix: `Set ${envHint('AUTHENTICATION_PROVIDER=auth0', 'authenticationConfiguration.provider')} and restart the server.`
    };
}
/** The host (with port) of a URL-ish setting; a bare host counts too. */
function hostOf(value) {
    for (const candidate of [value, `https://${value}`]) {
        try {
            const url = new URL(candidate);
            if (url.host)
                return url.host.toLowerCase();
        }
        catch {
            // try the next form
        }
    }
    return undefined;
}
function authorityRule(settings, domain) {
    const base = { id: IDS.authority, title: 'Server authority is the tenant' };
    const fix = `Set ${envHint(`AUTHENTICATION_AUTHORITY=https://${domain}`, 'authenticationConfiguration.authority')}.`;
    if (!settings.authority)
        return { ...base, status: 'fail', detail: 'The server has no authority set.', fix };
    if (hostOf(settings.authority) === domain.toLowerCase())
        return {
            ...base,
            status: 'pass',
            detail: `The authority ${settings.authority} is the tenant ${domain}.`
        };
    return {
        ...base,
        status: 'fail',
        detail: `The server's authority is ${settings.authority}, not the tenant ${domain}: the login page sends people to another tenant.`,
        fix
    };
}
/** Lower-cased host, no trailing slash: how two key URLs are compared. */
function sameUrl(a, b) {
    const norm = (u) => {
        try {
            const url = new URL(u.trim());
            return `${url.protocol}//${url.host}${(0,model/* trimEndChar */.WP)(url.pathname, '/')}`;
        }
        catch {
            return u.trim();
        }
    };
    return norm(a) === norm(b);
}
const notPublished = (id, title) => ({
    id,
    title,
    status: 'skip',
    detail: 'Not checked: this server does not publish publicKeyUrls in /api/v1/system/config/auth.'
});
function tenantJwksRule(settings, domain) {
    const title = 'Server trusts the tenant keys';
    if (!settings.publicKeyUrls)
        return notPublished(IDS.tenantJwks, title);
    const jwks = `https://${domain}/.well-known/jwks.json`;
    if (settings.publicKeyUrls.some(u => sameUrl(u, jwks)))
        return { id: IDS.tenantJwks, title, status: 'pass', detail: `publicKeyUrls contain ${jwks}.` };
    return {
        id: IDS.tenantJwks,
        title,
        status: 'fail',
        detail: `publicKeyUrls lack ${jwks}: the server finds no key for the kid of any Auth0 token, so every login and the ingestion token are refused.`,
        fix: `Add ${jwks} to ${envHint('AUTHENTICATION_PUBLIC_KEYS', 'authenticationConfiguration.publicKeyUrls')}, keeping the server's own /api/v1/system/config/jwks entry, and restart.`
    };
}
function serverJwksRule(settings, base) {
    const title = 'Server trusts its own keys';
    if (!settings.publicKeyUrls)
        return notPublished(IDS.serverJwks, title);
    // Any host will do: the server fetches this URL itself, so http://localhost:8585/… is as good as the public one.
    const own = settings.publicKeyUrls.find(u => /\/api\/v1\/system\/config\/jwks\/?$/.test(u.trim()));
    if (own)
        return { id: IDS.serverJwks, title, status: 'pass', detail: `publicKeyUrls contain ${own}.` };
    const url = `${base}/api/v1/system/config/jwks`;
    return {
        id: IDS.serverJwks,
        title,
        status: 'fail',
        detail: `publicKeyUrls lack the server's own ${url}: tokens OpenMetadata signs itself (bots such as ingestion-bot, personal access tokens) are refused.`,
        fix: `Add ${url} to ${envHint('AUTHENTICATION_PUBLIC_KEYS', 'authenticationConfiguration.publicKeyUrls')}, keeping the tenant JWKS, and restart.`
    };
}
/** OpenMetadata's clientType → the Auth0 application type that can serve it (the guide's note on types). */
const APP_TYPE_FOR = {
    public: { appType: 'spa', kind: 'Single Page Application' },
    confidential: { appType: 'regular_web', kind: 'Regular Web Application' }
};
/** Why the clientId cannot be compared, or undefined when it can. */
function clientNotComparable(settings, lookup, domain) {
    const base = { id: IDS.client, title: 'Server client is a login app of the tenant' };
    if (!settings.clientId)
        return {
            ...base,
            status: 'fail',
            detail: 'The server has no clientId set.',
            fix: `Set ${envHint('AUTHENTICATION_CLIENT_ID', 'authenticationConfiguration.clientId')} to the login application's client id.`
        };
    if (lookup.kind === 'unavailable')
        return { ...base, status: 'skip', detail: `Not checked: ${lookup.reason}` };
    if (lookup.kind === 'missing')
        return {
            ...base,
            status: 'fail',
            detail: `The server's clientId ${settings.clientId} is not an application of the tenant ${domain}.`,
            fix: `Set ${envHint('AUTHENTICATION_CLIENT_ID', 'authenticationConfiguration.clientId')} to the client id of the login application of ${domain}.`
        };
    return undefined;
}
function clientRule(settings, lookup, domain, ssoClientType) {
    const early = clientNotComparable(settings, lookup, domain);
    if (early || lookup.kind !== 'found')
        return early;
    const base = { id: IDS.client, title: 'Server client is a login app of the tenant' };
    const served = (settings.clientType ?? 'public').toLowerCase(); // the schema's default
    const wanted = APP_TYPE_FOR[served];
    const app = `"${lookup.app.name}" (${lookup.app.client_id})`;
    if (!wanted)
        return {
            ...base,
            status: 'fail',
            detail: `The server's clientType is "${settings.clientType}": OpenMetadata knows public and confidential.`,
            fix: `Set ${envHint('AUTHENTICATION_CLIENT_TYPE', 'authenticationConfiguration.clientType')} to public (Single Page Application) or confidential (Regular Web Application).`
        };
    if (lookup.app.app_type !== wanted.appType)
        return {
            ...base,
            status: 'fail',
            detail: `The server's clientType ${served} needs a ${wanted.kind} (${wanted.appType}), but ${app} is ${lookup.app.app_type ?? 'of no type'}: login fails.`,
            fix: `Point AUTHENTICATION_CLIENT_ID at a ${wanted.kind}, or set AUTHENTICATION_CLIENT_TYPE to the type of ${app} (public for spa, confidential for regular_web with the OIDC_* settings).`
        };
    if (ssoClientType && ssoClientType !== served)
        return {
            ...base,
            status: 'fail',
            detail: `sso-client-type is ${ssoClientType}, but the server's clientType is ${served}.`,
            fix: `Deploy the server settings rendered for sso-client-type ${ssoClientType} (server-config-path), or set sso-client-type: ${served}.`
        };
    return {
        ...base,
        status: 'pass',
        detail: `clientId is ${app}, a ${wanted.kind}, as clientType ${served} needs.`
    };
}
/** Auth0 allows `*` in a callback's subdomain: `https://*.example.com/callback`. */
function callbackMatches(allowed, url) {
    if (!allowed.includes('*'))
        return allowed === url;
    const pattern = allowed.split('*').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${pattern.join('[^./]+')}$`).test(url);
}
function callbackRule(settings, lookup) {
    const base = { id: IDS.callback, title: "Server callback is among the app's callbacks" };
    if (!settings.callbackUrl)
        return {
            ...base,
            status: 'fail',
            detail: 'The server has no callbackUrl set.',
            fix: `Set ${envHint('AUTHENTICATION_CALLBACK_URL', 'authenticationConfiguration.callbackUrl')} to https://<your OpenMetadata>/callback.`
        };
    if (lookup.kind !== 'found')
        return { ...base, status: 'skip', detail: 'Not checked: there is no login application to compare with.' };
    const callbacks = lookup.app.callbacks ?? [];
    if (callbacks.some(c => callbackMatches(c, settings.callbackUrl)))
        return {
            ...base,
            status: 'pass',
            detail: `${settings.callbackUrl} is an allowed callback of "${lookup.app.name}".`
        };
    return {
        ...base,
        status: 'fail',
        detail: `The server's callbackUrl ${settings.callbackUrl} is not among the Allowed Callback URLs of "${lookup.app.name}": Auth0 refuses the login ("Callback URL mismatch").`,
        fix: `Add ${settings.callbackUrl} to the app's Allowed Callback URLs (or run provision with sso-client-type and openmetadata-url), or correct AUTHENTICATION_CALLBACK_URL.`
    };
}
/** Every non-empty `secret` / `clientSecret` / `client_secret` in a JSON answer (e.g. oidcConfiguration.secret). */
function findExposedSecrets(endpoint, json, path = '') {
    if (Array.isArray(json))
        return json.flatMap((item, i) => findExposedSecrets(endpoint, item, `${path}[${i}]`));
    if (!json || typeof json !== 'object')
        return [];
    return Object.entries(json).flatMap(([key, value]) => {
        const at = path ? `${path}.${key}` : key;
        if (/^(client_?)?secret$/i.test(key) && typeof value === 'string' && value.trim())
            return [{ endpoint, path: at, value }];
        return findExposedSecrets(endpoint, value, at);
    });
}
function exposedSecretRule(found) {
    const base = { id: IDS.exposedSecret, title: 'No public endpoint shows a secret' };
    if (found.length === 0)
        return { ...base, status: 'pass', detail: 'The public config endpoints show no OIDC secret.' };
    const where = found.map(f => `${f.path} in ${f.endpoint}`).join(', ');
    return {
        ...base,
        status: 'fail',
        detail: `The server shows ${where} to anyone, without a token (the value is not repeated here).`,
        fix: 'Rotate the client secret in Auth0 (the login application → Credentials) and update OIDC_CLIENT_SECRET, then upgrade OpenMetadata to a release whose /api/v1/system/config/auth leaves oidcConfiguration out.'
    };
}
/**
 * SHA-256 (hex) of an RSA modulus given as a JWK `n`, read leniently: base64url or base64, with or without
 * `=` padding, leading zero bytes removed (OpenMetadata serves a 0x00 sign byte; RFC 7518 forbids it).
 */
function modulusFingerprint(n) {
    const bytes = Buffer.from((0,model/* trimEndChar */.WP)(n.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/'), '='), 'base64');
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0)
        start++;
    return (0,external_node_crypto_.createHash)('sha256').update(bytes.subarray(start)).digest('hex');
}
const NEW_KEY_FIX = 'Generate a new key pair (openssl genrsa -out private_key.pem 2048; openssl pkcs8 -topk8 -inform PEM -outform DER -in private_key.pem -out private_key.der -nocrypt; ' +
    'openssl rsa -in private_key.pem -pubout -outform DER -out public_key.der), point RSA_PUBLIC_KEY_FILE_PATH and RSA_PRIVATE_KEY_FILE_PATH ' +
    '(jwtTokenConfiguration) at the new files, set a new JWT_KEY_ID, restart the server, then regenerate every bot token and personal access token: the old ones stay valid only with the old key.';
/** `jwks` is the parsed config/jwks answer, or why it could not be read. */
function signingKeyRule(jwks, url) {
    const base = { id: IDS.signingKey, title: 'Server does not sign with the quickstart key' };
    if (jwks instanceof NotRead)
        return { ...base, status: 'skip', detail: `Not checked: ${jwks.why}` };
    // Anything but {"keys": [...]} is no JWKS: "no RSA key" would be a pass on an answer never read.
    const keys = isObject(jwks) ? jwks.keys : undefined;
    if (!Array.isArray(keys))
        return unexpectedShape(base, url, isObject(jwks) ? fieldShape('keys', keys) : shapeOf(jwks));
    const rsaKeys = keys.filter((k) => typeof k?.n === 'string');
    const quickstart = rsaKeys.find(k => modulusFingerprint(k.n) === QUICKSTART_MODULUS_SHA256);
    if (quickstart)
        return {
            ...base,
            status: 'fail',
            detail: `${url} serves the quickstart key shipped with OpenMetadata (conf/public_key.der${typeof quickstart.kid === 'string' ? `, kid ${quickstart.kid}` : ''}). Its private key is public: anyone can forge a token for any user, an admin included.`,
            fix: NEW_KEY_FIX
        };
    return {
        ...base,
        status: 'pass',
        detail: rsaKeys.length === 0
            ? `${url} serves no RSA key.`
            : `None of the ${rsaKeys.length} key(s) at ${url} is the quickstart key.`
    };
}
function defaultAdminRule(lookup, url) {
    const base = { id: IDS.defaultAdmin, title: 'Default admin account is deleted' };
    if ('skipped' in lookup)
        return { ...base, status: 'skip', detail: `Not checked: ${lookup.skipped}` };
    const couldNot = (what, fix) => ({
        ...base,
        status: 'warn',
        detail: `Could not check: GET ${url} ${what}.`,
        fix
    });
    if ('failed' in lookup)
        return couldNot(lookup.failed, lookup.brokeOff ? SERVER_FAULT_FIX : WRONG_SERVER_FIX);
    const says = lookup.message ? ` ("${lookup.message}")` : '';
    // Only the user itself proves the account exists: a proxy's page also comes with 200.
    if (lookup.status === 200 && lookup.userName?.toLowerCase() !== 'admin')
        return couldNot(`answered HTTP 200, but not with the user admin${says}`, WRONG_SERVER_FIX);
    if (lookup.status === 200)
        return {
            ...base,
            status: 'fail',
            detail: `The default admin account exists: GET ${url} answered 200. The guide's first production requirement is to delete it.`,
            fix: 'Remove admin from AUTHORIZER_ADMIN_PRINCIPALS (the server creates every admin principal at start), restart, then delete the user admin as another admin (Settings → Users → admin → Delete, hard delete).'
        };
    // A 404 about another user means the token's own principal is unknown (see openmetadata.login).
    const other = /instance for (.+) not found/i.exec(lookup.message)?.[1];
    if (lookup.status === 404 && (!other || other.toLowerCase() === 'admin'))
        return { ...base, status: 'pass', detail: `There is no user admin (GET ${url} answered 404).` };
    // The token's own standing (reported by openmetadata.login, or its role) is no fault of this check.
    if (lookup.status === 404)
        return {
            ...base,
            status: 'skip',
            detail: `Not checked: the token's principal is not an OpenMetadata user${says}; see openmetadata.login.`
        };
    if (lookup.status === 401 || lookup.status === 403)
        return {
            ...base,
            status: 'skip',
            detail: `Not checked: the server refused the token the right to read users (HTTP ${lookup.status}${says}).`
        };
    return couldNot(`answered HTTP ${lookup.status}${says}`, lookup.status >= 500 ? SERVER_FAULT_FIX : WRONG_SERVER_FIX);
}
/** `authorizer` is the parsed config/authorizer answer at `url`, or why it could not be read. */
function adminPrincipalRule(authorizer, url) {
    const base = { id: IDS.adminPrincipal, title: 'No principal named admin' };
    if (authorizer instanceof NotRead)
        return { ...base, status: 'skip', detail: `Not checked: ${authorizer.why}` };
    if (!isObject(authorizer))
        return unexpectedShape(base, url, shapeOf(authorizer));
    const principals = authorizer.adminPrincipals;
    // Absent (or null) is how the newest releases leave it out; any other non-list is a wrong answer.
    if (principals !== undefined && principals !== null && !Array.isArray(principals))
        return unexpectedShape(base, url, fieldShape('adminPrincipals', principals));
    if (!Array.isArray(principals))
        return {
            ...base,
            status: 'skip',
            detail: 'Not checked: this server does not publish adminPrincipals in /api/v1/system/config/authorizer.'
        };
    if (!principals.some(p => typeof p === 'string' && p.trim().toLowerCase() === 'admin'))
        return {
            ...base,
            status: 'pass',
            detail: `adminPrincipals (${principals.length}) do not include admin.`
        };
    return {
        ...base,
        status: 'warn',
        detail: 'adminPrincipals include admin. The server checks neither issuer nor audience and names a principal by the part of its email before "@": any tenant user admin@… (and any token from a trusted key with that email) becomes this admin.',
        fix: 'Remove admin from AUTHORIZER_ADMIN_PRINCIPALS (admin-principals input) and list your admins by user name (john.doe for john.doe@example.com).'
    };
}
/**
 * config/auth gave no settings: one record instead of a failure per setting. `brokeOff`: the request
 * failed on its way (cut, too slow, no answer) while the server answers otherwise, so the server is at
 * fault rather than the address.
 */
function settingsUnreadableRule(url, why, brokeOff = false) {
    return {
        id: IDS.settings,
        status: 'fail',
        title: 'Server authentication settings',
        detail: `GET ${url} ${why}: the server's authentication settings cannot be checked.`,
        fix: brokeOff ? SERVER_FAULT_FIX : WRONG_SERVER_FIX
    };
}
/**
 * The server did not answer at all: one record for every settings check. `toldBy` names the check that
 * already failed for the same server (openmetadata.version), which then carries the fix.
 */
function settingsUnreachableRule(url, message, toldBy) {
    const base = { id: IDS.settings, title: 'Server authentication settings' };
    if (toldBy)
        return { ...base, status: 'skip', detail: `Not checked: the server is unreachable (see ${toldBy}).` };
    return {
        ...base,
        status: 'fail',
        detail: `OpenMetadata server unreachable at ${url}: ${message}.`,
        fix: 'Check openmetadata-url (or openmetadata-host-port) and that the runner can reach the server; for a private CA set openmetadata-ca-certificate. timeout-seconds bounds each request.'
    };
}

;// CONCATENATED MODULE: ./src/openmetadata/server-auth-check.ts




/**
 * `openmetadata-url`, else `openmetadata-host-port` without its `/api` (its origin when OpenMetadata is
 * served at the root, the usual case; a path prefix before /api is kept). Undefined when neither is a URL.
 */
function serverBaseUrl(openmetadataUrl, hostPort) {
    try {
        const url = new URL(openmetadataUrl ?? hostPort);
        const path = openmetadataUrl ? '' : (0,model/* trimEndChar */.WP)(url.pathname, '/').replace(/\/api$/, '');
        return `${url.protocol}//${url.host}${path}`;
    }
    catch {
        return undefined;
    }
}
/** A failed GET as a Read: an answer that started (IncompleteAnswer) is a problem, never "unreachable". */
function failedRead(error) {
    if (error instanceof IncompleteAnswer)
        return { problem: error.message, brokeOff: !(error instanceof AnswerTooLarge) };
    return { unreachable: error instanceof Unreachable ? error : toUnreachable(error) };
}
/** The request failed on its way (no answer, cut, too slow) rather than answering something else. */
const brokeOff = (read) => 'unreachable' in read || read.brokeOff === true;
/** Why a read gave no JSON, after `GET <url>`. */
const whyNot = (read) => 'problem' in read ? read.problem : `failed: ${read.unreachable.message}`;
async function readJson(http, url) {
    let answer;
    try {
        answer = await http.get(url);
    }
    catch (error) {
        return failedRead(error);
    }
    if (answer.status !== 200) {
        const message = serverMessage(answer);
        return { problem: `answered HTTP ${answer.status}${message ? ` ("${message}")` : ''}` };
    }
    try {
        return { json: JSON.parse(answer.body) };
    }
    catch {
        return { problem: `answered, but not with JSON (content type ${answer.contentType || 'none'})` };
    }
}
/** The parsed answer, or why there is none (the rules say "not checked: …"). */
const jsonOr = (read, url) => 'json' in read ? read.json : new NotRead(`GET ${shown(url)} ${whyNot(read)}.`);
async function lookupClient(lookupApp, clientId) {
    if (!clientId)
        return { kind: 'unavailable', reason: 'the server has no clientId.' };
    if (!lookupApp)
        return {
            kind: 'unavailable',
            reason: "no Management API access in this run (management-client-id and -secret, or management-token) to read the tenant's applications."
        };
    try {
        const app = await lookupApp(clientId);
        return app ? { kind: 'found', app } : { kind: 'missing' };
    }
    catch (error) {
        // An id that cannot be an Auth0 client id (another provider's) may be refused as a bad request rather
        // than unknown: either way it is no application of this tenant.
        if (error.status === 400)
            return { kind: 'missing' };
        return {
            kind: 'unavailable',
            reason: `reading the application failed: ${(0,secrets/* redact */.E$)(error instanceof Error ? error.message : String(error))}.`
        };
    }
}
async function lookupAdmin(http, url, token) {
    if (!token)
        return { skipped: 'no token was minted.' };
    let answer;
    try {
        answer = await http.get(url, { Authorization: `Bearer ${token}` });
    }
    catch (error) {
        const read = failedRead(error);
        return { failed: whyNot(read), brokeOff: brokeOff(read) };
    }
    let user;
    try {
        user = JSON.parse(answer.body);
    }
    catch {
        // no user: a proxy's page, an error text
    }
    const name = isObject(user) && typeof user.name === 'string' ? user.name : undefined;
    return { status: answer.status, message: serverMessage(answer), userName: name };
}
/** The checks that compare config/auth with the tenant (one record each). */
async function settingsChecks(input, json) {
    const settings = readAuthSettings(json);
    const client = await lookupClient(input.lookupApp, settings.clientId);
    return [
        providerRule(settings),
        authorityRule(settings, input.auth0Domain),
        tenantJwksRule(settings, input.auth0Domain),
        serverJwksRule(settings, input.base),
        clientRule(settings, client, input.auth0Domain, input.ssoClientType),
        callbackRule(settings, client)
    ];
}
async function checkServerAuthSettings(input) {
    const at = (path) => new URL(`${input.base}/api/v1/${path}`);
    const urls = {
        auth: at('system/config/auth'),
        authorizer: at('system/config/authorizer'),
        jwks: at('system/config/jwks'),
        version: at('system/version'),
        admin: at('users/name/admin')
    };
    // system/version is read for the shared answer (openmetadata.version reports on it, one request), and
    // tells whether the server answers at all.
    const [auth, authorizer, jwks, version, admin] = await Promise.all([
        readJson(input.http, urls.auth),
        readJson(input.http, urls.authorizer),
        readJson(input.http, urls.jwks),
        readJson(input.http, urls.version),
        lookupAdmin(input.http, urls.admin, input.token)
    ]);
    // Only a server that gives no HTTP answer at all is one record. When it answers system/version,
    // config/auth failing alone is that endpoint's fault, and the checks that do not need it still run.
    if ('unreachable' in auth && 'unreachable' in version) {
        const toldBy = urls.version.href === input.versionCheckUrl ? 'openmetadata.version' : undefined;
        return [settingsUnreachableRule(shown(urls.auth), auth.unreachable.message, toldBy)];
    }
    const exposed = [
        ...('json' in auth ? findExposedSecrets('/api/v1/system/config/auth', auth.json) : []),
        ...('json' in authorizer ? findExposedSecrets('/api/v1/system/config/authorizer', authorizer.json) : [])
    ];
    for (const secret of exposed)
        (0,secrets/* registerSecret */.cl)(secret.value); // masked before anything is written
    const compared = 'json' in auth
        ? isObject(auth.json)
            ? await settingsChecks(input, auth.json)
            : [settingsUnreadableRule(shown(urls.auth), 'answered no object')]
        : [settingsUnreadableRule(shown(urls.auth), whyNot(auth), brokeOff(auth))];
    return [
        ...compared,
        exposedSecretRule(exposed),
        signingKeyRule(jsonOr(jwks, urls.jwks), shown(urls.jwks)),
        defaultAdminRule(admin, shown(urls.admin)),
        adminPrincipalRule(jsonOr(authorizer, urls.authorizer), shown(urls.authorizer))
    ];
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/report/artifact.ts
/**
 * Publishes the rendered workflowConfig as a workflow artifact with `@actions/artifact` (the library
 * `actions/upload-artifact@v4+` uses), zipped with a small manifest next to it, so it can be downloaded
 * from the run page or fetched by a later job with `actions/download-artifact`.
 *
 * `@actions/artifact` pulls in the Azure storage SDK, archiver and protobuf runtime (~0.3 s to load, see
 * bench/artifact-import.mjs), so it is imported dynamically, only when an upload really happens; this
 * file must never import it statically (a test checks).
 */



/** File name of the manifest at the root of the artifact zip. */
const MANIFEST_FILE = 'openmetadata-workflow.manifest.json';
/**
 * Variables `@actions/artifact` reads from `process.env` when it is called (not at import): the runtime
 * token and results URL (config.js), GITHUB_SERVER_URL (GHES detection), GITHUB_RETENTION_DAYS (the
 * repository's maximum retention), and two tuning knobs. When `env` is not `process.env`, these are
 * lent to `process.env` for the duration of the upload.
 */
const LIBRARY_ENV = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RESULTS_URL',
    'GITHUB_SERVER_URL',
    'GITHUB_RETENTION_DAYS',
    'ACTIONS_ARTIFACT_UPLOAD_CONCURRENCY',
    'ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS'
];
async function uploadRenderedConfig(opts) {
    const env = opts.env ?? process.env;
    if (!opts.enabled) {
        return {
            status: 'skipped',
            reason: 'disabled',
            message: 'Artifact upload is disabled (upload-artifact: false).'
        };
    }
    // The runner gives these two to every step of a job on GitHub Actions; elsewhere (a local run, another
    // CI) there is no artifact service to talk to, which is not an error.
    const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter(k => !env[k]);
    if (missing.length > 0) {
        return {
            status: 'skipped',
            reason: 'not-in-actions',
            message: `Artifact upload skipped: not running in GitHub Actions (${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set). The rendered file is at ${opts.configPath}.`
        };
    }
    // @actions/artifact v2+ talks to the artifact service of github.com / ghe.com only; it refuses GitHub
    // Enterprise Server (same test as its isGhes()). That is an environment limit, not a failed check.
    const server = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    if (server !== 'github.com' && !server.endsWith('.ghe.com') && !server.endsWith('.localhost')) {
        return {
            status: 'skipped',
            reason: 'ghes',
            message: `Artifact upload skipped: ${server} is GitHub Enterprise Server, which this artifact library does not support. The rendered file is at ${opts.configPath}; upload it with actions/upload-artifact@v3 (GHES) if you need it.`
        };
    }
    const token = env.ACTIONS_RUNTIME_TOKEN ?? '';
    const fileName = external_node_path_.basename(opts.configPath);
    const serverFileName = opts.serverConfigPath ? external_node_path_.basename(opts.serverConfigPath) : undefined;
    if (fileName === MANIFEST_FILE || serverFileName === MANIFEST_FILE) {
        return {
            status: 'failed',
            message: `Could not upload artifact "${opts.name}": the rendered file may not be named ${MANIFEST_FILE}, the artifact's manifest has that name.`
        };
    }
    if (serverFileName === fileName) {
        return {
            status: 'failed',
            message: `Could not upload artifact "${opts.name}": config-path and server-config-path have the same file name (${fileName}); both go at the root of the artifact.`
        };
    }
    // Stage both files in a fresh private folder so the zip holds exactly them, at its root, and nothing is
    // added next to the user's config-path. The copy is byte for byte and removed afterwards.
    let staging;
    try {
        const dir = await (0,promises_.mkdtemp)(external_node_path_.join(env.RUNNER_TEMP || external_node_os_.tmpdir(), 'openmetadata-artifact-'));
        staging = dir;
        const manifestFile = external_node_path_.join(dir, MANIFEST_FILE);
        const sources = [opts.configPath, ...(opts.serverConfigPath ? [opts.serverConfigPath] : [])];
        const staged = [];
        for (const source of sources) {
            const target = external_node_path_.join(dir, external_node_path_.basename(source));
            try {
                await (0,promises_.copyFile)(source, target);
            }
            catch (e) {
                return {
                    status: 'failed',
                    message: `Could not upload artifact "${opts.name}": the rendered file ${source} could not be read (${e.code ?? e.message}).`
                };
            }
            staged.push(target);
        }
        await (0,promises_.writeFile)(manifestFile, manifestJson(opts.manifest, fileName, serverFileName), { mode: 0o600 });
        const upload = await withLibraryEnv(env, async () => {
            const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(690)]).then(__webpack_require__.bind(__webpack_require__, 35690));
            return new DefaultArtifactClient().uploadArtifact(opts.name, [...staged, manifestFile], dir, {
                ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {})
            });
        });
        if (upload.id === undefined) {
            return {
                status: 'failed',
                message: `Could not upload artifact "${opts.name}": the artifact service did not return an artifact id.`
            };
        }
        return {
            status: 'uploaded',
            id: upload.id,
            url: artifactUrl(env, upload.id),
            size: upload.size ?? 0,
            ...(upload.digest ? { digest: upload.digest } : {})
        };
    }
    catch (e) {
        return { status: 'failed', message: failureMessage(opts.name, e, token) };
    }
    finally {
        if (staging)
            await (0,promises_.rm)(staging, { recursive: true, force: true }).catch(() => undefined);
    }
}
/** `{server}/{owner/repo}/actions/runs/{run id}/artifacts/{id}`: the artifact's download page. */
function artifactUrl(env, id) {
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return '';
    return `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${id}`;
}
/** Only the known, non-secret fields, in a fixed order. */
function manifestJson(m, fileName, serverFileName) {
    const manifest = {
        file: fileName,
        openmetadataVersion: m.openmetadataVersion,
        credential: m.credential,
        clientId: m.clientId,
        envVars: [...m.envVars],
        actionVersion: m.actionVersion,
        renderedAt: m.renderedAt,
        ...(m.serverConfig && serverFileName
            ? {
                serverConfig: {
                    file: serverFileName,
                    deployment: m.serverConfig.deployment,
                    clientType: m.serverConfig.clientType,
                    clientId: m.serverConfig.clientId,
                    envVars: [...m.serverConfig.envVars]
                }
            }
            : {})
    };
    return `${JSON.stringify(manifest, null, 2)}\n`;
}
async function withLibraryEnv(env, fn) {
    if (env === process.env)
        return fn();
    const saved = new Map();
    for (const key of LIBRARY_ENV) {
        saved.set(key, process.env[key]);
        if (env[key] === undefined)
            delete process.env[key];
        else
            process.env[key] = env[key];
    }
    try {
        return await fn();
    }
    finally {
        for (const [key, value] of saved) {
            if (value === undefined)
                delete process.env[key];
            else
                process.env[key] = value;
        }
    }
}
function failureMessage(name, error, token) {
    // Keep the first paragraph: the library's name validation appends a long list of forbidden characters.
    let cause = (error instanceof Error ? error.message : String(error)).split(/\n\s*\n/)[0];
    // Blob storage errors come from the Azure SDK (RestError) with no hint of the step that failed.
    const rest = error;
    if (rest?.name === 'RestError' && typeof rest.statusCode === 'number') {
        const code = typeof rest.code === 'string' && rest.code ? ` ${rest.code}` : '';
        cause = `the upload to blob storage failed with HTTP ${rest.statusCode}${code}: ${cause}`;
    }
    // The library's messages carry status and service text, never the bearer token; redact anyway, with
    // any SAS signature of a blob URL.
    if (token)
        cause = cause.split(token).join('***');
    cause = cause
        .replace(/([?&]sig=)[^&\s"']+/gi, '$1***')
        .replace(/\s+/g, ' ')
        .trim();
    // The results service answers 409 already_exists for a second artifact of the same name in one run:
    // "Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact
    // with this name already exists on the workflow run".
    if (/\(409\)|already exists/i.test(cause)) {
        return `Could not upload artifact "${name}": an artifact with this name already exists in this workflow run (artifact names are unique per run).`;
    }
    return `Could not upload artifact "${name}": ${cause.replace(/[.\s]*$/, '')}.`;
}

// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
;// CONCATENATED MODULE: ./src/version.ts
/** The action's version, written into the artifact manifest (a test keeps it equal to package.json). */
const ACTION_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/flow.ts
/**
 * Modes provision, plan and verify, step by step: reconcile the apps (auth0/reconcile.ts), smoke-test the
 * ingestion app's credentials (auth0/smoke-test.ts), render and write the workflowConfig
 * (openmetadata/write-config.ts) and the server's authentication settings for the login app
 * (openmetadata/write-server-config.ts), publish them as an artifact, check the OpenMetadata server,
 * report to an issue or PR.
 * Each step appends check records to the report; a failed step stops only the steps that depend on it.
 */
















async function runAuth0Flow(config, files, report) {
    const fetchFn = (0,http/* createRetryingFetch */.NE)({
        timeoutMs: config.timeoutMs,
        onRetry: e => runner/* info */.pq(`Auth0: ${e.method} ${e.path} got ${e.reason}; retry ${e.attempt} in ${e.waitMs} ms.`)
    });
    const smokeTest = config.mode !== 'plan';
    // The JWKS does not depend on anything else: fetch it while the Management API is read.
    const jwksPromise = smokeTest
        ? fetchJwks(config.auth0Domain, fetchFn).catch(e => (0,errors/* toAuth0Error */.w3)(e, 'GET /.well-known/jwks.json'))
        : undefined;
    // lookupApp (with the run's one admin token) is for the OpenMetadata server check of the login app.
    const { apps, lookupApp } = await readOrConvergeApps(config, fetchFn, report);
    const creds = apps.ingestion;
    if (creds?.clientId)
        report.apps.ingestion = { status: 'not-checked', ...report.apps.ingestion, clientId: creds.clientId };
    let accessToken;
    if (creds && smokeTest)
        accessToken = await smokeTestToken(config, creds, fetchFn, jwksPromise, report);
    // Render whenever the shape can be filled in (also after a failed smoke test: the file only references variables).
    let configWritten = false;
    if (creds)
        configWritten = await renderAndWrite(config, files, creds, accessToken, report);
    const serverConfigWritten = await renderAndWriteServerConfig(config, files, apps.login, report);
    if (configWritten)
        await publishArtifact(config, creds, serverConfigWritten ? apps.login : undefined, report);
    if (config.openmetadataCheck && smokeTest) {
        report.checks.push(...(await checkOpenMetadata(config, files, creds?.clientId, accessToken, lookupApp)));
    }
    if (config.issueOnFailure && config.mode === 'verify')
        await reportHealthIssue(config, report);
    if (config.commentOnPr && config.mode === 'plan') {
        // Octokit is loaded only when a comment or an issue is wanted.
        const { githubContextFromEnv, upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 97611));
        const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutMs);
        if (ctx?.prNumber)
            report.checks.push(await upsertPrComment(ctx, (0,summary/* renderSummaryMarkdown */.i$)(report, summary/* COMMENT_BYTES */.GJ)));
        else
            report.notes.push('comment-on-pr: not a pull request run; no comment was written.');
    }
}
/**
 * openmetadata-check: the minted token presented to the server (server-check.ts) and the server's own
 * authentication settings (server-auth-check.ts), in parallel on one HTTP client.
 */
async function checkOpenMetadata(config, files, clientId, accessToken, lookupApp) {
    // One client for both: the version check and the settings checks share the system/version answer.
    const http = createServerHttp({
        caPem: files.caCertificatePem,
        timeoutMs: config.timeoutMs
    });
    const tokenChecks = accessToken && clientId
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
    const settingsChecks = base
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
async function readOrConvergeApps(config, fetchFn, report) {
    const given = {
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        authMethod: config.tokenEndpointAuthMethod
    };
    if (config.management) {
        // The auth0 SDK is the heaviest module of the bundle: loaded only when the Management API is used,
        // and while the admin token request is in flight (neither waits for the other).
        const adminToken = requestAdminToken(config, fetchFn, report);
        const { reconcileApps } = await Promise.all(/* import() */[__webpack_require__.e(715), __webpack_require__.e(192)]).then(__webpack_require__.bind(__webpack_require__, 16192));
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
    const apps = { ingestion: given };
    if (config.login) {
        report.apps.login = { clientId: config.login.clientId, status: 'not-checked' };
        report.checks.push({
            id: 'auth0.login-app',
            status: 'skip',
            title: 'Login app settings',
            detail: 'Not checked: no Management API credentials were given.'
        });
        if (config.login.clientId)
            apps.login = { clientId: config.login.clientId, authMethod: 'none' };
    }
    return { apps };
}
async function publishArtifact(config, creds, login, report) {
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
            file: external_node_path_.basename(config.configPath),
            ...(login && server && config.login
                ? {
                    serverConfig: {
                        file: external_node_path_.basename(server.path),
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
    }
    else if (result.status === 'failed') {
        (0,run_report/* addFailure */.q)(report, {
            id: 'artifact',
            title: 'Workflow artifact',
            detail: `${result.message} The rendered file is still at ${config.configPath}.`,
            fix: /already exists/.test(result.message)
                ? 'Artifact names are unique per run: give each step that uploads its own artifact-name (e.g. plan and provision in one job).'
                : 'The artifact service refused or failed the upload; re-run the job, or set upload-artifact: false and use the config-path output.'
        });
    }
    else if (result.reason !== 'disabled') {
        runner/* notice */.lm(result.message);
        report.checks.push({
            id: 'artifact',
            status: 'skip',
            title: 'Workflow artifact',
            detail: result.message
        });
    }
}
async function reportHealthIssue(config, report) {
    const { DEFAULT_HEALTH_LABEL, DEFAULT_HEALTH_TITLE, githubContextFromEnv, syncHealthIssue } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(992)]).then(__webpack_require__.bind(__webpack_require__, 97611));
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


/***/ }),

/***/ 76803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ redirectTarget),
/* harmony export */   F9: () => (/* binding */ HttpFault),
/* harmony export */   JR: () => (/* binding */ rateLimitWaitMs),
/* harmony export */   N6: () => (/* binding */ isRedirect),
/* harmony export */   NE: () => (/* binding */ createRetryingFetch),
/* harmony export */   Ul: () => (/* binding */ cappedFetch)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRY_POLICY, defaultIsRepeatable, MAX_ANSWER_BYTES, AnswerTooLarge, readCapped, bufferedResponse */
/**
 * One bounded retry policy for every HTTP request the action makes to Auth0 (the Management API SDK is
 * given this `fetch` with its own retries switched off, so there is exactly one place that decides).
 *
 * Bounds (also stated in the README):
 * - at most `maxAttempts` (4) attempts per request, each bounded by `timeout-seconds`;
 * - 429: wait what Auth0 asks (`Retry-After`, else `X-RateLimit-Reset`), never more than 20 s per wait;
 *   a longer wait is not waited for: the request fails at once, naming the wait;
 * - 5xx, network errors and timeouts: exponential backoff with full jitter (250 ms, 500 ms, 1 s …),
 *   only for requests that are safe to repeat. `POST /api/v2/clients` is not: a create that timed out
 *   may have happened, and repeating it could make a duplicate app (the caller looks the name up again);
 * - all waits of one request together never exceed 45 s;
 * - a JSON answer that does not parse (a body cut by a proxy) counts as a fault like a 5xx. The auth0 SDK
 *   would otherwise read it as an empty result (no apps!), which could lead to a duplicate create;
 * - every body is read here, up to 1 MiB: a larger answer (a proxy's page, not Auth0) is not read and
 *   fails at once, named as such; a connection that breaks mid-body is a reset (retried like a network
 *   error), not a timeout.
 */
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 4,
    baseDelayMs: 250,
    maxSingleWaitMs: 20_000,
    maxTotalWaitMs: 45_000
};
/** A request that failed without an HTTP answer we could use (timeout, network error) after retries. */
class HttpFault extends Error {
    kind;
    method;
    path;
    attempts;
    mayHaveApplied;
    constructor(message, kind, method, path, attempts, 
    /** True when the request may have reached the server (it was sent but no answer came back). */
    mayHaveApplied) {
        super(message);
        this.kind = kind;
        this.method = method;
        this.path = path;
        this.attempts = attempts;
        this.mayHaveApplied = mayHaveApplied;
        this.name = 'HttpFault';
    }
}
const sleepReal = (ms) => new Promise(resolve => setTimeout(resolve, ms));
/** Auth0 documents `POST /api/v2/clients` as creating a new app on every call: never repeat it blindly. */
function defaultIsRepeatable(method, path) {
    return !(method === 'POST' && /\/api\/v2\/clients\/?$/.test(path));
}
/** Seconds to wait for a 429, from `Retry-After` (seconds or HTTP date) or `X-RateLimit-Reset` (epoch s). */
function rateLimitWaitMs(headers, now = Date.now()) {
    const retryAfter = headers.get('retry-after');
    if (retryAfter) {
        const seconds = Number(retryAfter);
        if (Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
        const date = Date.parse(retryAfter);
        if (!Number.isNaN(date))
            return Math.max(0, date - now);
    }
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (headers.has('x-ratelimit-reset') && Number.isFinite(reset))
        return Math.max(0, reset * 1000 - now);
    return undefined;
}
function describe(input) {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    try {
        return { url, path: new URL(url).pathname };
    }
    catch {
        return { url, path: url };
    }
}
/** Answers are read up to this size: Auth0's and GitHub's answers here are a few hundred KiB at most. */
const MAX_ANSWER_BYTES = 1024 * 1024;
/** A body over the cap: it was not read (and the connection was let go). */
class AnswerTooLarge extends Error {
    limit;
    constructor(limit) {
        super(`answered more than ${limit % 1048576 === 0 ? `${limit / 1048576} MiB` : `${limit} bytes`}`);
        this.limit = limit;
        this.name = 'AnswerTooLarge';
    }
}
/** Statuses whose answers have no body (a Response cannot be built with one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
/** Reads a body up to `limit` bytes; a longer one is cancelled and rejected with AnswerTooLarge. */
async function readCapped(response, limit = MAX_ANSWER_BYTES) {
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > limit) {
        await response.body?.cancel().catch(() => undefined);
        throw new AnswerTooLarge(limit);
    }
    if (!response.body || NULL_BODY.has(response.status))
        return new Uint8Array(0);
    const reader = response.body.getReader();
    const chunks = [];
    for (let size = 0;;) {
        const { done, value } = await reader.read();
        if (done)
            return Buffer.concat(chunks);
        size += value.byteLength;
        if (size > limit) {
            await reader.cancel().catch(() => undefined);
            throw new AnswerTooLarge(limit);
        }
        chunks.push(value);
    }
}
/** The same answer with its body in memory, read with the cap: nothing downstream reads unbounded. */
async function bufferedResponse(response, limit = MAX_ANSWER_BYTES) {
    const body = NULL_BODY.has(response.status) ? null : await readCapped(response, limit);
    return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers
    });
}
/** A `fetch` whose answers are read into memory with the cap (for clients that read bodies themselves). */
function cappedFetch(fetchFn, limit = MAX_ANSWER_BYTES) {
    return (async (input, init) => bufferedResponse(await fetchFn(input, init), limit));
}
const timedOut = (error) => {
    // Checked by name: errors from fetch may come from another realm (instanceof Error can be false).
    const name = error?.name;
    return name === 'TimeoutError' || name === 'AbortError';
};
/** fetch itself failed: no answer at all. */
function noAnswer(error, timeoutMs, where) {
    const timeout = timedOut(error);
    const reason = timeout
        ? `no answer within ${timeoutMs / 1000} s`
        : `network error (${networkReason(error)})`;
    return {
        kind: timeout ? 'timeout' : 'network',
        reason,
        retryable: true,
        message: n => `${where}: ${reason}${n === 1 ? '' : ` after ${n} attempts`}`
    };
}
/** The answer began but its body could not be read: too large, too slow, or the connection broke. */
function brokenBody(error, timeoutMs, where, status) {
    const tries = (n) => (n === 1 ? '' : ` (${n} attempts)`);
    if (error instanceof AnswerTooLarge) {
        const reason = `${error.message} (HTTP ${status}); the answer was not read`;
        return { kind: 'oversized', reason, retryable: false, message: () => `${where} ${reason}` };
    }
    const timeout = timedOut(error);
    const reason = timeout
        ? `no complete answer within ${timeoutMs / 1000} s`
        : `the connection was reset while the answer was being read (${networkReason(error)})`;
    return {
        kind: timeout ? 'timeout' : 'network',
        reason,
        retryable: true,
        message: n => `${where}: ${reason}${tries(n)}`
    };
}
/** A 3xx that is a redirect (304 Not Modified is not). */
const isRedirect = (status) => status >= 300 && status < 400 && status !== 304;
/** Where a redirect points, for a message: `to HOST`, `to HOST (another origin)`, or why it points nowhere. */
function redirectTarget(response, input) {
    const url = input instanceof Request ? input.url : String(input);
    const location = response.headers.get('location');
    if (!location)
        return 'without a Location';
    let target;
    try {
        target = new URL(location, url);
    }
    catch {
        return 'to an invalid Location';
    }
    return `to ${target.host}${target.origin === new URL(url).origin ? '' : ' (another origin)'}`;
}
/** A 3xx, named with where it points. Not retried. */
function redirected(response, input, where) {
    const reason = `answered ${response.status}, a redirect ${redirectTarget(response, input)}: not followed, since following it would send the credentials again`;
    return { kind: 'redirect', reason, retryable: false, message: () => `${where} ${reason}` };
}
/** One attempt: the answer with its body read (capped, JSON checked), or why there is none. */
async function attemptOnce(input, init, timeoutMs, where) {
    const signals = [AbortSignal.timeout(timeoutMs)];
    if (init.signal)
        signals.push(init.signal);
    let response;
    let body;
    try {
        // Never follow a redirect: Auth0's APIs do not redirect, and following one would send the credentials
        // (client secret, bearer token) again, possibly to another origin.
        response = await fetch(input, { ...init, redirect: 'manual', signal: AbortSignal.any(signals) });
    }
    catch (error) {
        if (init.signal?.aborted)
            throw error;
        return { failure: noAnswer(error, timeoutMs, where) };
    }
    if (isRedirect(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        return { failure: redirected(response, input, where) };
    }
    try {
        body = await readCapped(response);
    }
    catch (error) {
        if (init.signal?.aborted)
            throw error;
        return { failure: brokenBody(error, timeoutMs, where, response.status) };
    }
    const status = response.status;
    const contentType = response.headers.get('content-type') ?? '';
    // Auth0 answers in JSON: a successful answer of another type is a proxy's or another server's, and its
    // text (even `{"clients":[]}` as text/plain) must not be believed.
    if (status >= 200 && status < 300 && body.length > 0 && !contentType.includes('json')) {
        const message = (n) => `${where} answered ${status} with content type ${contentType || 'none'}, not JSON${n === 1 ? '' : ` (${n} attempts)`}`;
        return { failure: { kind: 'malformed', reason: 'not JSON', retryable: true, message } };
    }
    if (contentType.includes('json') && isMalformedJson(body)) {
        const message = (n) => `${where} answered ${status} with a malformed JSON body${n === 1 ? '' : ` (${n} attempts)`}`;
        return { failure: { kind: 'malformed', reason: 'malformed JSON body', retryable: true, message } };
    }
    const { statusText, headers } = response;
    return { response: new Response(NULL_BODY.has(status) ? null : body, { status, statusText, headers }) };
}
/** Builds a `fetch` with the policy above. Every answer's body is read (capped) before it is returned. */
function createRetryingFetch(options) {
    const policy = options.policy ?? DEFAULT_RETRY_POLICY;
    const sleep = options.sleep ?? sleepReal;
    const random = options.random ?? Math.random;
    const isRepeatable = options.isRepeatable ?? defaultIsRepeatable;
    const retryingFetch = async (input, init = {}) => {
        const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
        const { path } = describe(input);
        const repeatable = isRepeatable(method, path);
        let waited = 0;
        for (let attempt = 1;; attempt++) {
            const last = attempt >= policy.maxAttempts;
            const backoff = Math.round(random() * policy.baseDelayMs * 2 ** (attempt - 1));
            const outcome = await attemptOnce(input, init, options.timeoutMs, `${method} ${path}`);
            let wait = backoff;
            let reason;
            if ('failure' in outcome) {
                const f = outcome.failure;
                if (!f.retryable || !repeatable || last || waited + wait > policy.maxTotalWaitMs)
                    throw new HttpFault(f.message(attempt), f.kind, method, path, attempt, true);
                reason = f.reason;
            }
            else {
                const status = outcome.response.status;
                if (status !== 429 && !(status >= 500 && repeatable))
                    return outcome.response;
                // A 429 without a hint still gets a short backoff; a hint beyond a bound ends the retries.
                const asked = status === 429 ? rateLimitWaitMs(outcome.response.headers) : undefined;
                if (asked !== undefined)
                    wait = Math.ceil(asked) + Math.round(random() * 100);
                if (last || wait > policy.maxSingleWaitMs || waited + wait > policy.maxTotalWaitMs)
                    return outcome.response;
                reason = `HTTP ${status}`;
            }
            options.onRetry?.({ method, path, attempt, reason, waitMs: wait });
            waited += wait;
            await sleep(wait);
        }
    };
    return retryingFetch;
}
function isMalformedJson(body) {
    const text = Buffer.from(body).toString('utf8');
    if (text.trim() === '')
        return false;
    try {
        JSON.parse(text);
        return false;
    }
    catch {
        return true;
    }
}
function networkReason(error) {
    const cause = error?.cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}


/***/ }),

/***/ 57406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ templateProblem),
/* harmony export */   y: () => (/* binding */ renderProblem)
/* harmony export */ });
const where = (d) => `${d.ruleId} at ${d.line}:${d.column}: ${d.message}`;
/** The template's own errors, as one sentence; undefined when it has none. */
function templateProblem(output, template) {
    const errors = output.templateDiagnostics.filter(d => d.severity === 'error');
    if (errors.length === 0)
        return undefined;
    return `The ${template.input} ${template.path ?? ''} has ${errors.length} problem(s) the rendered file would keep: ${errors.map(where).join('; ')}.`;
}
/** The failed check's detail and fix, or undefined when the file may be written. */
function renderProblem(output, template) {
    const inTemplate = templateProblem(output, template);
    if (inTemplate) {
        return {
            detail: `${inTemplate} Nothing was written.`,
            fix: 'Fix the template (mode validate annotates it), then re-run.'
        };
    }
    const defects = output.diagnostics.filter(d => d.severity === 'error');
    if (defects.length > 0) {
        return {
            detail: `The rendered file does not pass the action's own validation: ${defects.map(where).join('; ')}. It was not written.`,
            fix: 'This is a defect of the action: please report it with the job summary.'
        };
    }
    return undefined;
}


/***/ })

};
