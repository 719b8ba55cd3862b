/**
 * What a route answers, and the two error shapes of Auth0:
 *
 * - Management API (a hapi server): `{statusCode, error, message, errorCode?}`, `error` being the HTTP
 *   reason phrase; 401s add `attributes: {error: message}` (e.g. `Invalid token`).
 * - Authentication API (`/oauth/token`): OAuth 2.0 `{error, error_description}` (+ `error_uri` for
 *   `unauthorized_client`).
 */
import { STATUS_CODES } from 'node:http';

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ParsedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export const reasonPhrase = (status: number) => STATUS_CODES[status] ?? 'Unknown';

export function mgmtError(status: number, message: string, errorCode?: string, extra: object = {}): Reply {
  const body: Record<string, unknown> = { statusCode: status, error: reasonPhrase(status), message };
  if (errorCode) body.errorCode = errorCode;
  return { status, body: { ...body, ...extra } };
}

export function unauthorized(message: string): Reply {
  return {
    ...mgmtError(401, message, undefined, { attributes: { error: message } }),
    headers: { 'www-authenticate': `Bearer error="${message}"` }
  };
}

/** `Payload validation error: '<detail>' on property <name>.` (errorCode invalid_body). */
export function invalidBody(detail: string, property?: string): Reply {
  const on = property ? ` on property ${property}` : '';
  return mgmtError(400, `Payload validation error: '${detail}'${on}.`, 'invalid_body');
}

/** `Query validation error: '<detail>' on property <name>.` (errorCode invalid_query_string). */
export function invalidQuery(detail: string, property?: string): Reply {
  const on = property ? ` on property ${property}` : '';
  return mgmtError(400, `Query validation error: '${detail}'${on}.`, 'invalid_query_string');
}

export function oauthError(status: number, error: string, description: string, extra: object = {}): Reply {
  return {
    status,
    body: { error, error_description: description, ...extra },
    headers: { 'cache-control': 'no-store', pragma: 'no-cache' }
  };
}

/** The default body of an injected status fault, in the shape of the API that was called. */
export function faultBody(status: number, oauth: boolean): unknown {
  if (status === 429) {
    return oauth
      ? { error: 'too_many_requests', error_description: 'Global limit has been reached' }
      : {
          statusCode: 429,
          error: 'Too Many Requests',
          message: 'Global limit has been reached',
          errorCode: 'too_many_requests'
        };
  }
  if (oauth) {
    return {
      error: status >= 500 ? 'server_error' : 'invalid_request',
      error_description: reasonPhrase(status)
    };
  }
  return { statusCode: status, error: reasonPhrase(status), message: reasonPhrase(status) };
}

/** Query booleans as the Management API parses them: only `true` and `false`. */
export function queryBoolean(query: Record<string, string>, name: string): boolean | undefined | Reply {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return invalidQuery('Expected type boolean but found type string', name);
}

export function queryInteger(
  query: Record<string, string>,
  name: string,
  min: number,
  max?: number
): number | undefined | Reply {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (!/^-?\d+$/.test(raw)) return invalidQuery('Expected type integer but found type string', name);
  const value = Number(raw);
  if (value < min) return invalidQuery(`Value ${value} is less than minimum ${min}`, name);
  if (max !== undefined && value > max)
    return invalidQuery(`Value ${value} is greater than maximum ${max}`, name);
  return value;
}

export const isReply = (value: unknown): value is Reply =>
  typeof value === 'object' &&
  value !== null &&
  'status' in value &&
  typeof (value as Reply).status === 'number';
