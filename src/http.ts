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
 *   would otherwise read it as an empty result (no apps!), which could lead to a duplicate create.
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
    readonly kind: 'timeout' | 'network' | 'malformed',
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

/** Builds a `fetch` with the policy above. */
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
      const backoff = () => Math.round(random() * policy.baseDelayMs * 2 ** (attempt - 1));
      const signals = [AbortSignal.timeout(options.timeoutMs)];
      if (init.signal) signals.push(init.signal);
      let response: Response;
      try {
        response = await fetch(input, { ...init, signal: AbortSignal.any(signals) });
      } catch (error) {
        if (init.signal?.aborted) throw error;
        // Checked by name: errors from fetch may come from another realm (instanceof Error can be false).
        const name = (error as { name?: string })?.name;
        const timedOut = name === 'TimeoutError' || name === 'AbortError';
        const kind = timedOut ? 'timeout' : 'network';
        const what = timedOut
          ? `no answer within ${options.timeoutMs / 1000} s`
          : `network error (${networkReason(error)})`;
        const wait = backoff();
        if (!repeatable || last || waited + wait > policy.maxTotalWaitMs) {
          const tries = attempt === 1 ? '' : ` after ${attempt} attempts`;
          throw new HttpFault(`${method} ${path}: ${what}${tries}`, kind, method, path, attempt, true);
        }
        options.onRetry?.({ method, path, attempt, reason: what, waitMs: wait });
        waited += wait;
        await sleep(wait);
        continue;
      }

      const status = response.status;
      if ((response.headers.get('content-type') ?? '').includes('json') && status !== 204) {
        let text: string | undefined;
        try {
          text = await response.text();
        } catch {
          text = undefined; // the body did not arrive in time (or the connection broke): like a timeout
        }
        if (text === undefined || isMalformedJson(text)) {
          const what =
            text === undefined
              ? `no complete answer within ${options.timeoutMs / 1000} s`
              : 'malformed JSON body';
          const wait = backoff();
          if (!repeatable || last || waited + wait > policy.maxTotalWaitMs) {
            const tries = attempt === 1 ? '' : ` (${attempt} attempts)`;
            throw new HttpFault(
              text === undefined
                ? `${method} ${path}: ${what}${tries}`
                : `${method} ${path} answered ${status} with a malformed JSON body${tries}`,
              text === undefined ? 'timeout' : 'malformed',
              method,
              path,
              attempt,
              true
            );
          }
          options.onRetry?.({ method, path, attempt, reason: what, waitMs: wait });
          waited += wait;
          await sleep(wait);
          continue;
        }
        response = new Response(text as string, {
          status,
          statusText: response.statusText,
          headers: response.headers
        });
      }
      if (status === 429 || (status >= 500 && repeatable)) {
        const asked = status === 429 ? rateLimitWaitMs(response.headers) : undefined;
        // A 429 without a hint still gets a short backoff; a hint beyond the bound ends the retries.
        const wait = asked !== undefined ? Math.ceil(asked) + Math.round(random() * 100) : backoff();
        const tooLong = wait > policy.maxSingleWaitMs || waited + wait > policy.maxTotalWaitMs;
        if (last || tooLong) return response;
        await response.body?.cancel().catch(() => undefined);
        options.onRetry?.({ method, path, attempt, reason: `HTTP ${status}`, waitMs: wait });
        waited += wait;
        await sleep(wait);
        continue;
      }
      return response;
    }
  };
  return retryingFetch as typeof fetch;
}

function isMalformedJson(text: string): boolean {
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
