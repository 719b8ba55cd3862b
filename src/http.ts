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

export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxSingleWaitMs: number;
  maxTotalWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxSingleWaitMs: 20_000,
  maxTotalWaitMs: 45_000
};

/** A request that failed without an HTTP answer we could use (timeout, network error) after retries. */
export class HttpFault extends Error {
  constructor(
    message: string,
    readonly kind: 'timeout' | 'network' | 'malformed' | 'oversized' | 'redirect',
    readonly method: string,
    readonly path: string,
    readonly attempts: number,
    /** True when the request may have reached the server (it was sent but no answer came back). */
    readonly mayHaveApplied: boolean
  ) {
    super(message);
    this.name = 'HttpFault';
  }
}

export interface RetryEvent {
  method: string;
  path: string;
  attempt: number;
  reason: string;
  waitMs: number;
}

export interface HttpClientOptions {
  timeoutMs: number;
  policy?: RetryPolicy;
  /** Called before each retry, for the log. */
  onRetry?: (event: RetryEvent) => void;
  /** Decides whether a request may be repeated after a 5xx or a timeout. 429 is always repeatable. */
  isRepeatable?: (method: string, path: string) => boolean;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

const sleepReal = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

/** Auth0 documents `POST /api/v2/clients` as creating a new app on every call: never repeat it blindly. */
export function defaultIsRepeatable(method: string, path: string): boolean {
  return !(method === 'POST' && /\/api\/v2\/clients\/?$/.test(path));
}

/** Seconds to wait for a 429, from `Retry-After` (seconds or HTTP date) or `X-RateLimit-Reset` (epoch s). */
export function rateLimitWaitMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get('retry-after');
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now);
  }
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (headers.has('x-ratelimit-reset') && Number.isFinite(reset)) return Math.max(0, reset * 1000 - now);
  return undefined;
}

function describe(input: string | URL | Request): { url: string; path: string } {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    return { url, path: new URL(url).pathname };
  } catch {
    return { url, path: url };
  }
}

/** Answers are read up to this size: Auth0's and GitHub's answers here are a few hundred KiB at most. */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/** A body over the cap: it was not read (and the connection was let go). */
export class AnswerTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`answered more than ${limit % 1048576 === 0 ? `${limit / 1048576} MiB` : `${limit} bytes`}`);
    this.name = 'AnswerTooLarge';
  }
}

/** Statuses whose answers have no body (a Response cannot be built with one). */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Reads a body up to `limit` bytes; a longer one is cancelled and rejected with AnswerTooLarge. */
export async function readCapped(response: Response, limit = MAX_ANSWER_BYTES): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new AnswerTooLarge(limit);
  }
  if (!response.body || NULL_BODY.has(response.status)) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  for (let size = 0; ;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AnswerTooLarge(limit);
    }
    chunks.push(value);
  }
}

/** The same answer with its body in memory, read with the cap: nothing downstream reads unbounded. */
export async function bufferedResponse(response: Response, limit = MAX_ANSWER_BYTES): Promise<Response> {
  const body = NULL_BODY.has(response.status) ? null : await readCapped(response, limit);
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers
  });
}

/** A `fetch` whose answers are read into memory with the cap (for clients that read bodies themselves). */
export function cappedFetch(fetchFn: typeof fetch, limit = MAX_ANSWER_BYTES): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) =>
    bufferedResponse(await fetchFn(input, init), limit)) as typeof fetch;
}

/** Why one attempt gave no usable answer; `message` names the attempts made when they end here. */
interface Failure {
  kind: HttpFault['kind'];
  reason: string;
  retryable: boolean;
  message: (attempts: number) => string;
}

const timedOut = (error: unknown) => {
  // Checked by name: errors from fetch may come from another realm (instanceof Error can be false).
  const name = (error as { name?: string })?.name;
  return name === 'TimeoutError' || name === 'AbortError';
};

/** fetch itself failed: no answer at all. */
function noAnswer(error: unknown, timeoutMs: number, where: string): Failure {
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
function brokenBody(error: unknown, timeoutMs: number, where: string, status: number): Failure {
  const tries = (n: number) => (n === 1 ? '' : ` (${n} attempts)`);
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
export const isRedirect = (status: number) => status >= 300 && status < 400 && status !== 304;

/** Where a redirect points, for a message: `to HOST`, `to HOST (another origin)`, or why it points nowhere. */
export function redirectTarget(response: Response, input: string | URL | Request): string {
  const url = input instanceof Request ? input.url : String(input);
  const location = response.headers.get('location');
  if (!location) return 'without a Location';
  let target: URL;
  try {
    target = new URL(location, url);
  } catch {
    return 'to an invalid Location';
  }
  return `to ${target.host}${target.origin === new URL(url).origin ? '' : ' (another origin)'}`;
}

/** A 3xx, named with where it points. Not retried. */
function redirected(response: Response, input: string | URL | Request, where: string): Failure {
  const reason = `answered ${response.status}, a redirect ${redirectTarget(response, input)}: not followed, since following it would send the credentials again`;
  return { kind: 'redirect', reason, retryable: false, message: () => `${where} ${reason}` };
}

/** One attempt: the answer with its body read (capped, JSON checked), or why there is none. */
async function attemptOnce(
  input: string | URL | Request,
  init: RequestInit,
  timeoutMs: number,
  where: string
): Promise<{ response: Response } | { failure: Failure }> {
  const signals = [AbortSignal.timeout(timeoutMs)];
  if (init.signal) signals.push(init.signal);
  let response: Response;
  let body: Uint8Array;
  try {
    // Never follow a redirect: Auth0's APIs do not redirect, and following one would send the credentials
    // (client secret, bearer token) again, possibly to another origin.
    response = await fetch(input, { ...init, redirect: 'manual', signal: AbortSignal.any(signals) });
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { failure: noAnswer(error, timeoutMs, where) };
  }
  if (isRedirect(response.status)) {
    await response.body?.cancel().catch(() => undefined);
    return { failure: redirected(response, input, where) };
  }
  try {
    body = await readCapped(response);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    return { failure: brokenBody(error, timeoutMs, where, response.status) };
  }
  const status = response.status;
  const contentType = response.headers.get('content-type') ?? '';
  // Auth0 answers in JSON: a successful answer of another type is a proxy's or another server's, and its
  // text (even `{"clients":[]}` as text/plain) must not be believed.
  if (status >= 200 && status < 300 && body.length > 0 && !contentType.includes('json')) {
    const message = (n: number) =>
      `${where} answered ${status} with content type ${contentType || 'none'}, not JSON${n === 1 ? '' : ` (${n} attempts)`}`;
    return { failure: { kind: 'malformed', reason: 'not JSON', retryable: true, message } };
  }
  if (contentType.includes('json') && isMalformedJson(body)) {
    const message = (n: number) =>
      `${where} answered ${status} with a malformed JSON body${n === 1 ? '' : ` (${n} attempts)`}`;
    return { failure: { kind: 'malformed', reason: 'malformed JSON body', retryable: true, message } };
  }
  const { statusText, headers } = response;
  return { response: new Response(NULL_BODY.has(status) ? null : body, { status, statusText, headers }) };
}

/** Builds a `fetch` with the policy above. Every answer's body is read (capped) before it is returned. */
export function createRetryingFetch(options: HttpClientOptions): typeof fetch {
  const policy = options.policy ?? DEFAULT_RETRY_POLICY;
  const sleep = options.sleep ?? sleepReal;
  const random = options.random ?? Math.random;
  const isRepeatable = options.isRepeatable ?? defaultIsRepeatable;

  const retryingFetch = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const { path } = describe(input);
    const repeatable = isRepeatable(method, path);
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= policy.maxAttempts;
      const backoff = Math.round(random() * policy.baseDelayMs * 2 ** (attempt - 1));
      const outcome = await attemptOnce(input, init, options.timeoutMs, `${method} ${path}`);
      let wait = backoff;
      let reason: string;
      if ('failure' in outcome) {
        const f = outcome.failure;
        if (!f.retryable || !repeatable || last || waited + wait > policy.maxTotalWaitMs)
          throw new HttpFault(f.message(attempt), f.kind, method, path, attempt, true);
        reason = f.reason;
      } else {
        const status = outcome.response.status;
        if (status !== 429 && !(status >= 500 && repeatable)) return outcome.response;
        // A 429 without a hint still gets a short backoff; a hint beyond a bound ends the retries.
        const asked = status === 429 ? rateLimitWaitMs(outcome.response.headers) : undefined;
        if (asked !== undefined) wait = Math.ceil(asked) + Math.round(random() * 100);
        if (last || wait > policy.maxSingleWaitMs || waited + wait > policy.maxTotalWaitMs)
          return outcome.response;
        reason = `HTTP ${status}`;
      }
      options.onRetry?.({ method, path, attempt, reason, waitMs: wait });
      waited += wait;
      await sleep(wait);
    }
  };
  return retryingFetch as typeof fetch;
}

function isMalformedJson(body: Uint8Array): boolean {
  const text = Buffer.from(body).toString('utf8');
  if (text.trim() === '') return false;
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
