/**
 * `POST /oauth/token`, client credentials grant, as Auth0's Authentication API answers it.
 *
 * - Body: `application/x-www-form-urlencoded` or `application/json`.
 * - Client authentication: HTTP Basic (`authMethod: 'basic'`) or `client_id`/`client_secret` in the
 *   body (`'post'`). Auth0 accepts either for a confidential app whatever its
 *   `token_endpoint_auth_method` (Basic vs Post only says how the app is *expected* to send its secret);
 *   `none` marks a public app, which can never use client credentials.
 * - Errors (OAuth 2.0 bodies):
 *   - no grant_type → 400 `invalid_request` "Missing required parameter: grant_type";
 *   - an unknown grant type → 400 `unsupported_grant_type`;
 *   - unknown client or wrong secret → 401 `access_denied` "Unauthorized";
 *   - public app, or client_credentials not in grant_types → 403 `unauthorized_client` "Grant type
 *     'client_credentials' not allowed for the client." with `error_uri`;
 *   - no audience → 403 `access_denied` "No audience parameter was provided, and no default audience
 *     has been configured";
 *   - audience that is no API of the tenant → 403 `access_denied` "Service not enabled within domain: …";
 *   - no client grant → 403 `access_denied` `Client "…" is not authorized to access resource server
 *     "…". You need to create a "client-grant" associated to this API. …`.
 * - Success: `{access_token, scope?, expires_in, token_type: "Bearer"}`; the token is an RS256 JWT with
 *   iss `https://{domain}/`, sub `{client_id}@clients`, aud, iat, exp, scope, gty `client-credentials`,
 *   azp. With a `scope` parameter the token carries the granted scopes it names.
 */
import { GRANT_TYPES, type EmuClient, type EmuGrant, type EmuResourceServer } from './tenant.js';
import { oauthError, type ParsedRequest, type Reply } from './http.js';

export interface TokenState {
  clients: EmuClient[];
  grants: EmuGrant[];
  resourceServers: EmuResourceServer[];
}

export interface TokenRequestOutcome {
  reply: Reply;
  authMethod?: 'basic' | 'post';
  /** The claims to sign on success (the caller signs, so that faults can pick the key). */
  claims?: Record<string, unknown>;
  clientId?: string;
  audience?: string;
}

const ERROR_URI = 'https://auth0.com/docs/clients/client-grant-types';

function parseBody(req: ParsedRequest): Record<string, string> | Reply {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  const text = req.body.toString('utf8');
  if (type.includes('application/json')) {
    if (text.trim() === '') return {};
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return oauthError(400, 'invalid_request', 'Invalid JSON body');
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return oauthError(400, 'invalid_request', 'Invalid JSON body');
    }
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])
    );
  }
  // Form-encoded (also the fallback: a body of another type reads as no parameters at all).
  if (type.includes('application/x-www-form-urlencoded'))
    return Object.fromEntries(new URLSearchParams(text));
  return {};
}

/** RFC 6749 §2.3.1: the id and secret are form-urlencoded before Base64. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function basicCredentials(
  header: string | undefined
): { id: string; secret: string } | 'malformed' | undefined {
  if (!header) return undefined;
  const match = /^Basic\s+(\S+)\s*$/i.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return 'malformed';
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

export function handleToken(
  state: TokenState,
  req: ParsedRequest,
  issuer: string,
  lifetimeSeconds: number
): TokenRequestOutcome {
  const params = parseBody(req);
  if ('status' in params && typeof params.status === 'number') return { reply: params as Reply };
  const body = params as Record<string, string>;

  const grantType = body.grant_type;
  if (!grantType) {
    return { reply: oauthError(400, 'invalid_request', 'Missing required parameter: grant_type') };
  }
  if (!GRANT_TYPES.includes(grantType)) {
    return { reply: oauthError(400, 'unsupported_grant_type', `Unsupported grant type: ${grantType}`) };
  }

  const authorization = req.headers.authorization;
  const basic = basicCredentials(typeof authorization === 'string' ? authorization : undefined);
  if (basic === 'malformed') return { reply: oauthError(401, 'access_denied', 'Unauthorized') };
  if (basic && body.client_secret !== undefined) {
    // RFC 6749 §2.3: a client must not use more than one authentication method in a request.
    return {
      reply: oauthError(400, 'invalid_request', 'Multiple client authentication methods were used'),
      authMethod: 'basic'
    };
  }
  const authMethod = basic ? 'basic' : body.client_secret !== undefined ? 'post' : undefined;
  if (basic && body.client_id !== undefined && body.client_id !== basic.id) {
    return { reply: oauthError(401, 'access_denied', 'Unauthorized'), authMethod };
  }
  const clientId = basic?.id ?? body.client_id;
  const secret = basic?.secret ?? body.client_secret;
  if (!clientId) {
    return { reply: oauthError(400, 'invalid_request', 'Missing required parameter: client_id'), authMethod };
  }
  const client = state.clients.find(c => c.client_id === clientId);
  if (!client) return { reply: oauthError(401, 'access_denied', 'Unauthorized'), authMethod, clientId };

  const notAllowed = () =>
    oauthError(403, 'unauthorized_client', `Grant type '${grantType}' not allowed for the client.`, {
      error_uri: ERROR_URI
    });
  // A public app (method none) is not authenticated by a secret and can never use client credentials.
  if (client.token_endpoint_auth_method === 'none' && grantType === 'client_credentials') {
    return { reply: notAllowed(), authMethod, clientId };
  }
  if (secret === undefined || client.client_secret === undefined || secret !== client.client_secret) {
    return { reply: oauthError(401, 'access_denied', 'Unauthorized'), authMethod, clientId };
  }
  if (!(client.grant_types ?? []).includes(grantType)) return { reply: notAllowed(), authMethod, clientId };
  if (grantType !== 'client_credentials') {
    return {
      reply: oauthError(400, 'invalid_request', `The emulator only issues tokens for client_credentials`),
      authMethod,
      clientId
    };
  }

  const audience = body.audience;
  if (!audience) {
    return {
      reply: oauthError(
        403,
        'access_denied',
        'No audience parameter was provided, and no default audience has been configured'
      ),
      authMethod,
      clientId
    };
  }
  if (!state.resourceServers.some(r => r.identifier === audience)) {
    return {
      reply: oauthError(403, 'access_denied', `Service not enabled within domain: ${audience}`),
      authMethod,
      clientId,
      audience
    };
  }
  const grant = state.grants.find(g => g.client_id === clientId && g.audience === audience);
  if (!grant) {
    return {
      reply: oauthError(
        403,
        'access_denied',
        `Client "${clientId}" is not authorized to access resource server "${audience}". ` +
          'You need to create a "client-grant" associated to this API. ' +
          'See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants'
      ),
      authMethod,
      clientId,
      audience
    };
  }

  const requested = body.scope?.split(/\s+/).filter(Boolean);
  const granted = requested ? grant.scope.filter(s => requested.includes(s)) : [...grant.scope];
  const now = Math.floor(Date.now() / 1000);
  const claims: Record<string, unknown> = {
    iss: issuer,
    sub: `${clientId}@clients`,
    aud: audience,
    iat: now,
    exp: now + lifetimeSeconds,
    ...(granted.length ? { scope: granted.join(' ') } : {}),
    gty: 'client-credentials',
    azp: clientId
  };
  const response: Record<string, unknown> = {
    access_token: '',
    expires_in: lifetimeSeconds,
    token_type: 'Bearer'
  };
  if (granted.length) response.scope = granted.join(' ');
  return {
    reply: { status: 200, body: response, headers: { 'cache-control': 'no-store', pragma: 'no-cache' } },
    authMethod,
    claims,
    clientId,
    audience
  };
}
