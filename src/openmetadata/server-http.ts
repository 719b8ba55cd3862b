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
import * as http from 'node:http';
import * as https from 'node:https';
import * as tls from 'node:tls';
import { redact, redactAndShorten } from '../secrets.js';

const MAX_BODY = 1024 * 1024;

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** A request that got no HTTP answer. `tls` is true for certificate problems. */
export class Unreachable extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly tls: boolean
  ) {
    super(message);
  }
}

/** The server answered (status and headers arrived), but no complete body followed: nothing of it is judged. */
export class IncompleteAnswer extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

/** The server answered with more than MAX_BODY bytes: reading stopped there. */
export class AnswerTooLarge extends IncompleteAnswer {
  constructor(status: number) {
    super(
      status,
      `answered HTTP ${status} with more than ${MAX_BODY / 1024 / 1024} MiB; reading stopped there`
    );
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

export interface HttpOptions {
  /** PEM of a private CA trusted for https URLs (besides the public roots). */
  caPem?: string;
  timeoutMs: number;
}

/** GET `url`; rejects with `Unreachable` when no HTTP answer arrives, `IncompleteAnswer` when its body does not. */
export function httpGet(
  url: URL,
  headers: Record<string, string>,
  options: HttpOptions
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const secure = url.protocol === 'https:';
    const requestOptions: https.RequestOptions = {
      method: 'GET',
      headers: { Accept: 'application/json', ...headers },
      // A fresh agent per request: no keep-alive socket outlives the check.
      agent: false
    };
    if (secure && options.caPem) requestOptions.ca = [...tls.rootCertificates, options.caPem];
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    let req: http.ClientRequest | undefined;
    /** The status once the headers arrived: from then on a failure is an incomplete answer. */
    let answered: number | undefined;
    const fail = (error: unknown) =>
      finish(() => {
        if (answered === undefined) return reject(toUnreachable(error));
        const cause =
          (error as { code?: string })?.code ?? (error instanceof Error ? error.message : String(error));
        reject(
          new IncompleteAnswer(
            answered,
            `answered HTTP ${answered}, but the connection broke mid-answer (${cause})`
          )
        );
      });
    const timer = setTimeout(() => {
      const seconds = options.timeoutMs / 1000;
      finish(() =>
        reject(
          answered === undefined
            ? new Unreachable(`no answer within ${seconds} s`, 'TIMEOUT', false)
            : new IncompleteAnswer(
                answered,
                `answered HTTP ${answered}, but the answer did not complete within ${seconds} s`
              )
        )
      );
      req?.destroy();
    }, options.timeoutMs);
    try {
      req = (secure ? https : http).request(url, requestOptions, res => {
        answered = res.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size <= MAX_BODY) return void chunks.push(chunk);
          finish(() => reject(new AnswerTooLarge(res.statusCode ?? 0)));
          req?.destroy();
        });
        res.on('end', () =>
          finish(() =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: String(res.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks).toString('utf8')
            })
          )
        );
        res.on('error', fail);
        // A body cut without an error event (the peer closed early) must not hang until the timeout.
        res.on('close', () => {
          if (!res.complete) fail(new Error('closed before the end'));
        });
      });
    } catch (error) {
      // e.g. a CA that is not a certificate: the TLS context cannot even be built
      return fail(error);
    }
    req.on('error', fail);
    req.end();
  });
}

export function toUnreachable(error: unknown): Unreachable {
  const code = (error as { code?: string })?.code;
  const message = error instanceof Error ? error.message : String(error);
  const isTls =
    code !== undefined && (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || /CERT/.test(code));
  return new Unreachable(code && !message.includes(code) ? `${code}: ${message}` : message, code, isTls);
}

/** `{"code":401,"message":"..."}` → the message; otherwise a short, redacted excerpt of the body. */
export function serverMessage(answer: HttpAnswer): string {
  let text: string | undefined;
  try {
    const parsed = JSON.parse(answer.body) as { message?: unknown; responseMessage?: unknown };
    if (typeof parsed.message === 'string') text = parsed.message;
    else if (typeof parsed.responseMessage === 'string') text = parsed.responseMessage;
  } catch {
    // not JSON
  }
  // Redacted before the tags are stripped (a secret may hold `<`), and again whole before the cut.
  text ??= redact(answer.body)
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return redactAndShorten(text, 400);
}

/** The URL as shown to the user: no credentials, no query. */
export function shown(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`;
}

export interface ServerHttp {
  /** GET with headers (e.g. a token): never shared. */
  get(url: URL, headers?: Record<string, string>): Promise<HttpAnswer>;
}

/**
 * A client for one run's server checks. GETs without headers are shared by URL, so two checks that read
 * the same public endpoint cause one request. A CA that is no PEM certificate is left out here: the
 * version check reports it (server-check.ts), and the requests then fail as TLS errors.
 */
export function createServerHttp(options: HttpOptions): ServerHttp {
  const caPem =
    options.caPem && /-----BEGIN CERTIFICATE-----/.test(options.caPem) ? options.caPem : undefined;
  const shared = new Map<string, Promise<HttpAnswer>>();
  return {
    get(url, headers) {
      if (headers && Object.keys(headers).length > 0) return httpGet(url, headers, { ...options, caPem });
      let answer = shared.get(url.href);
      if (!answer) {
        answer = httpGet(url, {}, { ...options, caPem });
        shared.set(url.href, answer);
      }
      return answer;
    }
  };
}
