export const id = 611;
export const ids = [611,992];
export const modules = {

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

/***/ 97611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_HEALTH_LABEL: () => (/* binding */ DEFAULT_HEALTH_LABEL),
/* harmony export */   DEFAULT_HEALTH_TITLE: () => (/* binding */ DEFAULT_HEALTH_TITLE),
/* harmony export */   githubContextFromEnv: () => (/* binding */ githubContextFromEnv),
/* harmony export */   syncHealthIssue: () => (/* binding */ syncHealthIssue),
/* harmony export */   upsertPrComment: () => (/* binding */ upsertPrComment)
/* harmony export */ });
/* unused harmony exports PR_COMMENT_MARKER, HEALTH_ISSUE_MARKER, renderFailedChecks */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74813);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(85555);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(76803);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(27194);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(54285);
/**
 * Where a run's result lands besides the job summary:
 * - `issue-on-failure` (verify): one open issue, found by its label, for a failing health check; later
 *   failures comment on it, and the next passing run comments and closes it. Never a second issue.
 * - `comment-on-pr` (validate, plan): one comment per pull request, found by a hidden marker and edited in
 *   place.
 *
 * Uses @actions/github's Octokit (REST), with `baseUrl` = GITHUB_API_URL, so GitHub Enterprise Server and
 * test emulators work. No retry plugin is loaded (one attempt per request), every request is bounded by
 * the timeout, and all requests of one update together by DEADLINE_FACTOR × the timeout. GitHub answers 403 when the token lacks a permission (`Resource not accessible by
 * integration`), e.g. a workflow without `issues: write` or a pull request from a fork (read-only
 * GITHUB_TOKEN): that becomes a warn/skip check with the explanation, never a crash.
 *
 * Nothing here sees a secret except the GitHub token (given to Octokit only); bodies are built from check
 * records and passed through `redact` anyway.
 *
 * Every answer is read with a cap (1 MiB, see src/http.ts) and checked for the shape used: a list where a
 * list is expected, an issue or comment object otherwise. Anything else (an object instead of a list, an
 * HTML page from a proxy) is a failure like a GitHub error: a warn check, never an unexpected error.
 */







const DEFAULT_HEALTH_LABEL = 'openmetadata-auth0-health';
const DEFAULT_HEALTH_TITLE = 'OpenMetadata ingestion credentials: health check failing';
/** Marks the one PR comment this action keeps up to date. */
const PR_COMMENT_MARKER = '<!-- openmetadata-auth0-action -->';
/** Marks the issues this action opens (searching is by label; this only tells ours apart). */
const HEALTH_ISSUE_MARKER = '<!-- openmetadata-auth0-health -->';
/** GitHub rejects comment and issue bodies over 65536 characters. */
const MAX_BODY = 65000;
const PER_PAGE = 100;
/** Bounds the pagination of listings: 10 pages of 100. */
const MAX_PAGES = 10;
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * All requests of one update (issue or PR comment) together may take this many per-request timeouts.
 * Without it, the listing alone could take MAX_PAGES timeouts (10 pages, each answered just in time), and
 * closing several issues on recovery two more per issue. An update normally makes 2 to 4 requests that
 * GitHub answers in well under a second; 3× lets one of them take nearly the whole timeout (a slow
 * moment) and the others still finish, while a GitHub or proxy that is slow on every request costs the
 * run 3 timeouts at most, not 10 or more.
 */
const DEADLINE_FACTOR = 3;
/** Reads the GitHub Actions environment. Undefined when GITHUB_REPOSITORY is not `owner/repo`. */
function githubContextFromEnv(env, token, timeoutMs) {
    const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo || rest.length > 0)
        return undefined;
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
    const runUrl = env.GITHUB_RUN_ID
        ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
        : `${serverUrl}/${owner}/${repo}/actions`;
    return {
        token,
        apiUrl,
        owner,
        repo,
        runUrl,
        prNumber: pullRequestNumber(env.GITHUB_EVENT_PATH),
        timeoutMs
    };
}
/** The pull request number from the event payload (pull_request, pull_request_target, issue_comment on a PR). */
function pullRequestNumber(eventPath) {
    if (!eventPath)
        return undefined;
    try {
        const event = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(eventPath, 'utf8'));
        const candidates = [
            event.pull_request?.number,
            event.issue?.pull_request ? event.issue.number : undefined
        ];
        for (const n of candidates)
            if (typeof n === 'number' && Number.isInteger(n) && n > 0)
                return n;
    }
    catch {
        // no readable event: not a pull request run
    }
    return undefined;
}
function client(ctx) {
    // The toolkit's fetch (it honours the runner's proxy settings), with every answer read under the cap.
    const request = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_3__/* .defaults */ .NT.request ?? {};
    const fetchFn = request.fetch ?? fetch;
    const deadlineMs = DEADLINE_FACTOR * (ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const deadline = AbortSignal.timeout(deadlineMs);
    const octokit = (0,_actions_github__WEBPACK_IMPORTED_MODULE_2__/* .getOctokit */ .Q)(ctx.token, {
        baseUrl: ctx.apiUrl.replace(/\/+$/, ''),
        request: { ...request, fetch: (0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .cappedFetch */ .Ul)(withoutRedirects(before(deadline, fetchFn))) }
    });
    return { octokit, deadline, deadlineMs };
}
/**
 * Every request (and the reading of its answer) also ends at the deadline; once it has passed, the next
 * one is never sent. In fetch, not in `bounded`: so no request can be made without it.
 */
function before(deadline, fetchFn) {
    return ((input, init) => fetchFn(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    }));
}
/**
 * A request cut off (or never sent) because the deadline passed names the bound, not the per-request
 * timeout. An HTTP answer (a status) is reported as it came.
 */
function pastDeadline(f, gh) {
    if (f.status !== undefined || !gh.deadline.aborted)
        return f;
    const message = `stopped at ${gh.deadlineMs / 1000} s, the bound for all GitHub requests together (${DEADLINE_FACTOR} × timeout-seconds)`;
    return { ...f, message };
}
/**
 * GitHub's API answers where it is asked. A redirect is refused, naming its target: following it would send
 * the report (and, on the same origin, the token) elsewhere, and trusting a list from another origin could
 * miss the open issue and open a second one.
 */
function withoutRedirects(fetchFn) {
    return (async (input, init) => {
        const response = await fetchFn(input, { ...init, redirect: 'manual' });
        if (!(0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .isRedirect */ .N6)(response.status))
            return response;
        await response.body?.cancel().catch(() => undefined);
        throw new Error(`GitHub answered ${response.status}, a redirect ${(0,_http_js__WEBPACK_IMPORTED_MODULE_4__/* .redirectTarget */ .ET)(response, input)}: not followed`);
    });
}
/** Per-request options: a fresh timeout for each request (Octokit merges `request` deeply). */
function bounded(ctx) {
    return { request: { signal: AbortSignal.timeout(ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS) } };
}
function toFailure(error, what) {
    const e = error;
    const data = e?.response?.data;
    const hasResponse = e?.response !== undefined;
    const status = hasResponse && typeof e.status === 'number' ? e.status : undefined;
    let message = typeof data?.message === 'string'
        ? data.message
        : typeof e?.message === 'string'
            ? e.message
            : String(error);
    if (!hasResponse) {
        // Octokit wraps fetch failures in a RequestError (status 500, no response); the cause tells what happened.
        const cause = error?.cause;
        const names = [e?.name, cause?.name];
        if (names.includes('TimeoutError') || /aborted due to timeout/i.test(message)) {
            message = 'no answer in time';
        }
        else if (message === 'Unknown Error' && typeof cause?.message === 'string') {
            message = cause.message;
        }
    }
    // A proxy's error page says what it is in its text, not its markup (redacted first: a secret may hold `<`).
    if (/<[a-z!/]/i.test(message))
        message = (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(message)
            .replace(/<[^>]*>/g, ' ')
            .replace(/\s+/g, ' ')
            .trim();
    return { status, message: (0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redactAndShorten */ .w_)(message, 300), what };
}
/** What an answer was, for a failure that names an unexpected shape. */
function shapeOf(data) {
    if (Array.isArray(data))
        return 'a list';
    if (typeof data === 'string')
        return /^\s*</.test(data) ? 'an HTML page (from a proxy?)' : data.trim() ? 'text' : 'empty';
    if (data === null || data === undefined)
        return 'empty';
    return typeof data === 'object' ? 'an object' : `a ${typeof data}`;
}
const hasNumber = (item, key) => typeof item === 'object' && item !== null && typeof item[key] === 'number';
/** The answer as a list of items carrying a numeric `key`, or a failure naming what came instead. */
function listOf(data, what, key, items) {
    if (Array.isArray(data) && data.every(item => hasNumber(item, key)))
        return data;
    const failure = { message: `the answer was ${shapeOf(data)}, not a list of ${items}`, what };
    throw failure;
}
/** The answer as one issue or comment (numeric `key`, string `html_url`), or a failure naming the shape. */
function oneOf(data, what, key, item) {
    if (hasNumber(data, key) && typeof data.html_url === 'string')
        return data;
    const failure = { message: `the answer was ${shapeOf(data)}, not ${item}`, what };
    throw failure;
}
async function step(what, fn) {
    try {
        return await fn();
    }
    catch (error) {
        throw toFailure(error, what);
    }
}
function isFailure(error) {
    return typeof error === 'object' && error !== null && 'what' in error && 'message' in error;
}
function answered(f) {
    return f.status !== undefined
        ? `GitHub answered ${f.status} (${f.message}) to ${f.what}`
        : `${f.what} failed: ${f.message}`;
}
function truncate(body) {
    return body.length <= MAX_BODY
        ? body
        : `${body.slice(0, MAX_BODY)}\n\n_…truncated: the job summary has the complete report._`;
}
/**
 * Markdown for the failed checks: title, id, what was found and the fix. Redacted first, then made inert
 * (a detail quotes what a server answered, which may hold Markdown or HTML), as in the job summary.
 */
function renderFailedChecks(failed) {
    if (failed.length === 0)
        return '_No failed check was reported._';
    const inert = (text) => (0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownCell */ .UZ)((0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(text));
    return failed
        .map(c => {
        const lines = [
            `#### ❌ ${inert(c.title)} (${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_6__/* .markdownCode */ .D9)(c.id)})`,
            '',
            `**Found:** ${inert(c.detail)}`
        ];
        if (c.fix)
            lines.push('', `**Fix:** ${inert(c.fix)}`);
        return lines.join('\n');
    })
        .join('\n\n');
}
async function listOpenLabelled(octokit, ctx, label) {
    const found = [];
    const what = `GET /repos/${ctx.owner}/${ctx.repo}/issues`;
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await step(what, () => octokit.request('GET /repos/{owner}/{repo}/issues', {
            owner: ctx.owner,
            repo: ctx.repo,
            labels: label,
            state: 'open',
            per_page: PER_PAGE,
            page,
            ...bounded(ctx)
        }));
        const items = listOf(data, what, 'number', 'issues');
        // The issues listing includes pull requests; a PR carrying the label is not the health issue.
        // (Deduplicated: a server that ignores `page` must not make one issue look like two.)
        found.push(...items.filter(i => !i.pull_request && !found.some(f => f.number === i.number)));
        if (items.length < PER_PAGE)
            break;
    }
    // Oldest first; one opened by this action wins over one labelled by hand.
    found.sort((a, b) => a.number - b.number);
    const ours = found.filter(i => i.body?.includes(HEALTH_ISSUE_MARKER));
    return [...ours, ...found.filter(i => !ours.includes(i))];
}
/** Makes sure the label exists (creating an issue with an unknown label also creates it, but not always with a description). */
async function ensureLabel(octokit, ctx, label) {
    try {
        await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
            owner: ctx.owner,
            repo: ctx.repo,
            name: label,
            ...bounded(ctx)
        });
        return;
    }
    catch (error) {
        if (error.status !== 404)
            return;
    }
    try {
        await octokit.request('POST /repos/{owner}/{repo}/labels', {
            owner: ctx.owner,
            repo: ctx.repo,
            name: label,
            color: 'd73a4a',
            description: 'OpenMetadata × Auth0 credential health check (managed by openmetadata-auth0-action)',
            ...bounded(ctx)
        });
    }
    catch {
        // 422 (created meanwhile) or no permission for labels: the issue is created with the label anyway.
    }
}
/**
 * On failure: open one labelled issue, or comment on the open one. On a pass: comment on and close the open
 * one (nothing when there is none). Returns a `github.issue` check; GitHub errors become `warn`.
 */
async function syncHealthIssue(ctx, opts) {
    const label = opts.label?.trim() || DEFAULT_HEALTH_LABEL;
    const title = opts.title?.trim() || DEFAULT_HEALTH_TITLE;
    const base = { id: 'github.issue', title: 'Health issue' };
    if (!ctx.token) {
        return {
            ...base,
            status: 'warn',
            detail: 'Not updated: github-token is empty.',
            fix: 'Pass github-token (the default ${{ github.token }} works with permissions: issues: write).'
        };
    }
    const gh = client(ctx);
    const { octokit } = gh;
    const run = `[this run](${ctx.runUrl})`;
    try {
        const open = await listOpenLabelled(octokit, ctx, label);
        if (opts.passed) {
            if (open.length === 0) {
                return { ...base, status: 'pass', detail: `No open issue labelled "${label}": nothing to close.` };
            }
            // Normally one; close every open one carrying the label, since the check passes again.
            for (const issue of open) {
                await step(`POST /repos/${ctx.owner}/${ctx.repo}/issues/${issue.number}/comments`, () => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                    owner: ctx.owner,
                    repo: ctx.repo,
                    issue_number: issue.number,
                    body: `✅ The OpenMetadata × Auth0 credential health check passes again in ${run}. Closing.`,
                    ...bounded(ctx)
                }));
                await step(`PATCH /repos/${ctx.owner}/${ctx.repo}/issues/${issue.number}`, () => octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
                    owner: ctx.owner,
                    repo: ctx.repo,
                    issue_number: issue.number,
                    state: 'closed',
                    state_reason: 'completed',
                    ...bounded(ctx)
                }));
            }
            return {
                ...base,
                status: 'pass',
                detail: `Closed ${open.map(i => `#${i.number} (${i.html_url})`).join(', ')}: the check passes again.`
            };
        }
        const failures = renderFailedChecks(opts.failed);
        if (open.length > 0) {
            const issue = open[0];
            await step(`POST /repos/${ctx.owner}/${ctx.repo}/issues/${issue.number}/comments`, () => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
                owner: ctx.owner,
                repo: ctx.repo,
                issue_number: issue.number,
                body: truncate(`Still failing in ${run}: ${opts.failed.length} failed check${opts.failed.length === 1 ? '' : 's'}.\n\n${failures}`),
                ...bounded(ctx)
            }));
            return {
                ...base,
                status: 'pass',
                detail: `Commented on the open issue #${issue.number} (${issue.html_url}).`
            };
        }
        await ensureLabel(octokit, ctx, label);
        const body = truncate([
            HEALTH_ISSUE_MARKER,
            `The scheduled OpenMetadata × Auth0 credential health check failed in ${run}: ingestion authentication is likely broken.`,
            '',
            failures,
            '',
            '---',
            `_Opened by openmetadata-auth0-action. Later failures are added as comments; the first passing run closes this issue. Issues labelled \`${label}\` are the ones it looks for._`
        ].join('\n'));
        const what = `POST /repos/${ctx.owner}/${ctx.repo}/issues`;
        const { data } = await step(what, () => octokit.request('POST /repos/{owner}/{repo}/issues', {
            owner: ctx.owner,
            repo: ctx.repo,
            title,
            body,
            labels: [label],
            ...bounded(ctx)
        }));
        const issue = oneOf(data, what, 'number', 'an issue');
        return { ...base, status: 'pass', detail: `Opened issue #${issue.number} (${issue.html_url}).` };
    }
    catch (error) {
        if (!isFailure(error))
            throw error;
        const explained = explainIssueFailure(pastDeadline(error, gh));
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`${explained.detail} ${explained.fix}`);
        return { ...base, status: 'warn', ...explained };
    }
}
function explainIssueFailure(f) {
    const detail = `Could not update the health issue: ${answered(f)}.`;
    switch (f.status) {
        case 403:
            return /rate limit/i.test(f.message)
                ? { detail, fix: 'GitHub rate-limited the token; the next run updates the issue.' }
                : {
                    detail: `${detail} The github-token lacks the issues: write permission.`,
                    fix: 'Add `permissions: { issues: write }` to the job (the default GITHUB_TOKEN is often read-only), or pass a github-token that may write issues.'
                };
        case 401:
            return {
                detail,
                fix: 'github-token is invalid or expired: pass a valid token (the default is ${{ github.token }}).'
            };
        case 404:
            return {
                detail,
                fix: 'The token cannot see this repository: check github-token and GITHUB_REPOSITORY.'
            };
        case 410:
            return {
                detail,
                fix: 'Issues are disabled for this repository: enable them, or set issue-on-failure: false.'
            };
        default:
            return {
                detail,
                fix: 'The health result itself is unaffected (see the other checks); the next run retries.'
            };
    }
}
/** What the default GITHUB_TOKEN writes as. */
const ACTIONS_BOT = 'github-actions[bot]';
/**
 * Our comment on the pull request: it starts with the marker and was written by this token's identity
 * (searched page by page). The marker alone proves nothing: anyone can write it, a person quoting the
 * comment or another app's bot. Comments by github-actions[bot] (the workflow token) are ours; another
 * author's are ours only when the token acts as that user (GET /user, asked only then). Nothing else is
 * ever edited: a repository admin's token could overwrite it.
 */
async function findOurComment(octokit, ctx, prNumber) {
    const listed = `GET /repos/${ctx.owner}/${ctx.repo}/issues/${prNumber}/comments`;
    const marked = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await step(listed, () => octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: ctx.owner,
            repo: ctx.repo,
            issue_number: prNumber,
            per_page: PER_PAGE,
            page,
            ...bounded(ctx)
        }));
        const comments = listOf(data, listed, 'id', 'comments');
        marked.push(...comments.filter(c => c.body?.trimStart().startsWith(PR_COMMENT_MARKER)));
        const byWorkflowToken = marked.find(c => c.user?.login === ACTIONS_BOT);
        if (byWorkflowToken)
            return byWorkflowToken;
        if (comments.length < PER_PAGE)
            break;
    }
    if (marked.length === 0)
        return undefined;
    const login = await tokenLogin(octokit, ctx);
    return login ? marked.find(c => c.user?.login === login) : undefined;
}
/** The user a personal token acts as; undefined for an app's token (GitHub answers 403) or on any failure. */
async function tokenLogin(octokit, ctx) {
    try {
        const { data } = await octokit.request('GET /user', bounded(ctx));
        const login = data?.login;
        return typeof login === 'string' && login !== '' ? login : undefined;
    }
    catch {
        return undefined;
    }
}
/** A failed comment: 403 (fork pull requests get a read-only token) is a skip with a notice, else a warning. */
function commentFailure(error) {
    const base = { id: 'github.pr-comment', title: 'Pull request comment' };
    if ((error.status === 403 || error.status === 429) && /rate limit/i.test(error.message)) {
        return {
            ...base,
            status: 'warn',
            detail: `Could not write the pull request comment: ${answered(error)}.`,
            fix: 'GitHub rate-limited the token; the next run writes the comment. The job summary has the same report.'
        };
    }
    if (error.status === 403) {
        const detail = `Skipped the pull request comment: ${answered(error)}. Pull requests from forks get a read-only GITHUB_TOKEN, and a workflow without pull-requests: write cannot comment; the job summary has the same report.`;
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .notice */ .lm(detail);
        return {
            ...base,
            status: 'skip',
            detail,
            fix: 'For pull requests from this repository, add `permissions: { pull-requests: write }` to the job. Fork pull requests cannot be commented on with the default token.'
        };
    }
    return {
        ...base,
        status: 'warn',
        detail: `Could not write the pull request comment: ${answered(error)}.`,
        fix: error.status === 401
            ? 'github-token is invalid or expired: pass a valid token.'
            : 'The validation result itself is unaffected; the job summary has the report.'
    };
}
/**
 * One comment per pull request, found by PR_COMMENT_MARKER and edited in place; created when missing.
 * A 403 (fork pull requests get a read-only GITHUB_TOKEN) is a `skip` with a notice.
 */
async function upsertPrComment(ctx, body) {
    const base = { id: 'github.pr-comment', title: 'Pull request comment' };
    const prNumber = ctx.prNumber;
    if (!prNumber) {
        return { ...base, status: 'skip', detail: 'Not a pull request run: no comment was written.' };
    }
    if (!ctx.token) {
        return { ...base, status: 'skip', detail: 'Not written: github-token is empty.' };
    }
    const gh = client(ctx);
    const { octokit } = gh;
    const text = truncate(`${PR_COMMENT_MARKER}\n${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(body)}`);
    try {
        const existing = await findOurComment(octokit, ctx, prNumber);
        if (existing) {
            const id = existing.id;
            const patched = `PATCH /repos/${ctx.owner}/${ctx.repo}/issues/comments/${id}`;
            const { data } = await step(patched, () => octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
                owner: ctx.owner,
                repo: ctx.repo,
                comment_id: id,
                body: text,
                ...bounded(ctx)
            }));
            const url = oneOf(data, patched, 'id', 'a comment').html_url;
            return { ...base, status: 'pass', detail: `Updated the comment on #${prNumber} in place (${url}).` };
        }
        const posted = `POST /repos/${ctx.owner}/${ctx.repo}/issues/${prNumber}/comments`;
        const { data } = await step(posted, () => octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: ctx.owner,
            repo: ctx.repo,
            issue_number: prNumber,
            body: text,
            ...bounded(ctx)
        }));
        const comment = oneOf(data, posted, 'id', 'a comment');
        return { ...base, status: 'pass', detail: `Commented on #${prNumber} (${comment.html_url}).` };
    }
    catch (error) {
        if (!isFailure(error))
            throw error;
        return commentFailure(pastDeadline(error, gh));
    }
}


/***/ })

};
