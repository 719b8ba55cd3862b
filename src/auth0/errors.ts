/**
 * Auth0 failures become actionable sentences (DESIGN.md "Behaviour everyone relies on"). Error bodies
 * are redacted before they are shown (Auth0 echoes request data in some messages), and redacted before
 * they are shortened: a text cut first could keep the first characters of a secret.
 */
import { HttpFault, rateLimitWaitMs } from '../http.js';
import { redact, redactAndShorten } from '../secrets.js';

export class Auth0Error extends Error {
  constructor(
    message: string,
    readonly status: number | undefined,
    /** Auth0's `errorCode` (Management API) or `error` (Authentication API), when given. */
    readonly code: string | undefined,
    readonly where = '',
    readonly retryAfterSeconds?: number
  ) {
    super(message);
    this.name = 'Auth0Error';
  }

  static fromResponse(response: Response, body: unknown, where: string): Auth0Error {
    const { code, text } = auth0ErrorFields(body);
    return new Auth0Error(
      `${where} answered ${response.status}${text ? `: ${text}` : ''}`,
      response.status,
      code,
      where,
      askedWaitSeconds(response.status, response.headers)
    );
  }
}

/** Reads a JSON body; a body that is not JSON becomes an Auth0Error naming the endpoint. */
export async function readJsonBody(response: Response, where: string): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    if (!response.ok) return { message: redactAndShorten(text, 200) };
    throw new Auth0Error(
      `${where} answered ${response.status} with a malformed (non-JSON) body.`,
      response.status,
      'malformed_response',
      where
    );
  }
}

/** The wait a 429 asked for (`Retry-After`, else `X-RateLimit-Reset`), in whole seconds. */
function askedWaitSeconds(status: number, headers: Headers | undefined): number | undefined {
  if (status !== 429 || typeof headers?.get !== 'function') return undefined;
  const ms = rateLimitWaitMs(headers);
  return ms !== undefined && ms > 0 ? Math.ceil(ms / 1000) : undefined;
}

function auth0ErrorFields(body: unknown): { code?: string; text?: string } {
  if (typeof body === 'string') return { text: redactAndShorten(body, 300) };
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  const code =
    typeof b.errorCode === 'string' ? b.errorCode : typeof b.error === 'string' ? b.error : undefined;
  const textSource = b.error_description ?? b.message ?? b.error;
  return { code, text: typeof textSource === 'string' ? redactAndShorten(textSource, 500) : undefined };
}

/**
 * Normalizes anything a Management API or token call can throw (auth0 SDK `ManagementError`, our
 * `HttpFault`, `Auth0Error`) into an Auth0Error.
 */
export function toAuth0Error(error: unknown, where: string): Auth0Error {
  if (error instanceof Auth0Error) return error;
  if (error instanceof HttpFault) return new Auth0Error(redact(error.message), undefined, error.kind, where);
  const e = error as {
    statusCode?: number;
    body?: unknown;
    cause?: unknown;
    rawResponse?: { headers?: Headers };
    name?: string;
  };
  if (e?.cause instanceof HttpFault)
    return new Auth0Error(redact(e.cause.message), undefined, e.cause.kind, where);
  if (typeof e?.statusCode === 'number') {
    const { code, text } = auth0ErrorFields(e.body);
    const malformed = typeof e.body === 'string' && e.statusCode < 400;
    return new Auth0Error(
      malformed
        ? `${where} answered ${e.statusCode} with a malformed (non-JSON) body.`
        : `${where} answered ${e.statusCode}${text ? `: ${text}` : ''}`,
      e.statusCode,
      malformed ? 'malformed_response' : code,
      where,
      askedWaitSeconds(e.statusCode, e.rawResponse?.headers)
    );
  }
  if (e?.name === 'ManagementTimeoutError')
    return new Auth0Error(`${where}: no answer in time.`, undefined, 'timeout', where);
  const message = error instanceof Error ? error.message : String(error);
  return new Auth0Error(`${where} failed: ${redact(message)}`, undefined, undefined, where);
}

export interface Explained {
  /** A sentence, ending in a full stop: callers append further sentences (" Nothing was changed."). */
  detail: string;
  fix: string;
}

/** Ends the text with a full stop unless it already ends a sentence. */
export function asSentence(text: string): string {
  const t = text.trimEnd();
  return t === '' || /[.!?]$/.test(t) ? t : `${t}.`;
}

/**
 * The sentence and the fix for an Auth0 failure, by status and error code. The fixes hold in every mode: none
 * promises that a re-run converges (verify and plan change nothing; provision says so itself where it applies).
 */
export function explainAuth0Error(
  error: Auth0Error,
  context: 'management' | 'management-token' | 'ingestion-token'
): Explained {
  const explained = explain(error, context);
  return { ...explained, detail: asSentence(explained.detail) };
}

function explain(
  error: Auth0Error,
  context: 'management' | 'management-token' | 'ingestion-token'
): Explained {
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
        fix:
          context === 'management'
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
