/**
 * Auth0 failures become actionable sentences (DESIGN.md "Behaviour everyone relies on"). Error bodies
 * are redacted before they are shown: Auth0 echoes request data in some messages.
 */
import { HttpFault } from '../http.js';
import { redact } from '../secrets.js';

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
    const retryAfter = Number(response.headers.get('retry-after'));
    return new Auth0Error(
      `${where} answered ${response.status}${text ? `: ${text}` : ''}`,
      response.status,
      code,
      where,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined
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
    if (!response.ok) return { message: text.slice(0, 200) };
    throw new Auth0Error(
      `${where} answered ${response.status} with a malformed (non-JSON) body.`,
      response.status,
      'malformed_response',
      where
    );
  }
}

function auth0ErrorFields(body: unknown): { code?: string; text?: string } {
  if (typeof body === 'string') return { text: redact(body.slice(0, 300)) };
  if (!body || typeof body !== 'object') return {};
  const b = body as Record<string, unknown>;
  const code =
    typeof b.errorCode === 'string' ? b.errorCode : typeof b.error === 'string' ? b.error : undefined;
  const textSource = b.error_description ?? b.message ?? b.error;
  return { code, text: typeof textSource === 'string' ? redact(textSource) : undefined };
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
    const retryAfter = Number(e.rawResponse?.headers?.get?.('retry-after'));
    const malformed = typeof e.body === 'string' && e.statusCode < 400;
    return new Auth0Error(
      malformed
        ? `${where} answered ${e.statusCode} with a malformed (non-JSON) body.`
        : `${where} answered ${e.statusCode}${text ? `: ${text}` : ''}`,
      e.statusCode,
      malformed ? 'malformed_response' : code,
      where,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined
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
