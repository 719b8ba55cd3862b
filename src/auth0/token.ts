/**
 * The smoke test: a client-credentials token from `POST https://{domain}/oauth/token`, exactly as
 * OpenMetadata's ingestion client (< 1.3) requests it (form-encoded, `audience=https://{domain}/api/v2/`),
 * then a strict verification of the JWT against the tenant's JWKS.
 *
 * auth0 v7 has no AuthenticationClient, and no Auth0 SDK sends HTTP Basic client authentication, so the
 * request is made with `fetch` here.
 */
import {
  createLocalJWKSet,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JSONWebKeySet
} from 'jose';
import type { AuthMethod } from '../inputs/index.js';
import { registerSecret } from '../secrets.js';
import { Auth0Error, readJsonBody } from './errors.js';

export interface TokenRequest {
  domain: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  method: AuthMethod;
}

export interface TokenResponse {
  accessToken: string;
  expiresIn?: number;
  scope?: string;
}

/** RFC 6749 §2.3.1: Basic credentials are the form-urlencoded id and secret. */
function basicAuth(clientId: string, clientSecret: string): string {
  const enc = (s: string) => encodeURIComponent(s).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${enc(clientId)}:${enc(clientSecret)}`).toString('base64')}`;
}

export async function requestClientCredentialsToken(
  req: TokenRequest,
  fetchFn: typeof fetch
): Promise<TokenResponse> {
  const form = new URLSearchParams({ grant_type: 'client_credentials', audience: req.audience });
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    accept: 'application/json'
  };
  if (req.method === 'client_secret_basic') {
    headers.authorization = basicAuth(req.clientId, req.clientSecret);
    registerSecret(headers.authorization.slice('Basic '.length)); // a server may echo the header
  } else {
    form.set('client_id', req.clientId);
    form.set('client_secret', req.clientSecret);
  }
  const url = `https://${req.domain}/oauth/token`;
  // Never follow a redirect: it would send the client credentials again, possibly to another origin. (The
  // run's fetch, src/http.ts, refuses every redirect and names it; this keeps any other fetch from following.)
  const response = await fetchFn(url, { method: 'POST', headers, body: form.toString(), redirect: 'manual' });
  const body = await readJsonBody(response, 'POST /oauth/token');
  if (!response.ok) throw Auth0Error.fromResponse(response, body, 'POST /oauth/token');
  const token = body as { access_token?: unknown; expires_in?: unknown; scope?: unknown };
  if (typeof token?.access_token !== 'string' || token.access_token.length === 0) {
    throw new Auth0Error(
      'POST /oauth/token answered 200 without an access_token.',
      response.status,
      'malformed_response'
    );
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
export async function requestManagementToken(
  domain: string,
  clientId: string,
  clientSecret: string,
  fetchFn: typeof fetch
): Promise<TokenResponse> {
  const request = { domain, clientId, clientSecret, audience: `https://${domain}/api/v2/` };
  try {
    return await requestClientCredentialsToken({ ...request, method: 'client_secret_post' }, fetchFn);
  } catch (error) {
    if (!(error instanceof Auth0Error) || error.status !== 401) throw error;
    return await requestClientCredentialsToken({ ...request, method: 'client_secret_basic' }, fetchFn);
  }
}

export async function fetchJwks(domain: string, fetchFn: typeof fetch): Promise<JSONWebKeySet> {
  const response = await fetchFn(`https://${domain}/.well-known/jwks.json`, {
    headers: { accept: 'application/json' }
  });
  const body = await readJsonBody(response, 'GET /.well-known/jwks.json');
  if (!response.ok) throw Auth0Error.fromResponse(response, body, 'GET /.well-known/jwks.json');
  const keys = (body as { keys?: unknown })?.keys;
  if (!Array.isArray(keys)) {
    throw new Auth0Error(
      'GET /.well-known/jwks.json answered without a "keys" array.',
      response.status,
      'malformed_response'
    );
  }
  return body as JSONWebKeySet;
}

export interface VerifyExpectations {
  domain: string;
  audience: string;
  clientId: string;
  requestedScopes: string[];
  now?: Date;
}

export interface VerifiedToken {
  kid?: string;
  issuedAt?: Date;
  expiresAt: Date;
  lifetimeSeconds?: number;
  scopes: string[];
  subject: string;
}

/** Thrown with a sentence that says which property of the token is wrong (never the token itself). */
export class TokenVerificationError extends Error {
  constructor(
    message: string,
    readonly fix: string
  ) {
    super(message);
    this.name = 'TokenVerificationError';
  }
}

const CLOCK_TOLERANCE_SECONDS = 60;

export async function verifyIngestionToken(
  token: string,
  jwks: JSONWebKeySet,
  expect: VerifyExpectations
): Promise<VerifiedToken> {
  let kid: string | undefined;
  let alg: string | undefined;
  try {
    ({ kid, alg } = decodeProtectedHeader(token));
  } catch {
    throw new TokenVerificationError(
      'The token is not a JWT.',
      'Check that the audience is an API of this tenant.'
    );
  }
  if (alg !== 'RS256') {
    throw new TokenVerificationError(
      `The token is signed with ${alg ?? 'no algorithm'}, not RS256.`,
      'In Auth0, set the API’s signing algorithm to RS256: OpenMetadata verifies RS256 tokens against the JWKS.'
    );
  }
  if (!kid) {
    // OpenMetadata finds the verification key by kid among its publicKeyUrls: a token without one is refused.
    throw new TokenVerificationError(
      'The token has no kid (key id) in its header; OpenMetadata cannot find its verification key.',
      'Check auth0-domain: tokens of an Auth0 tenant always carry the kid of a key in its JWKS.'
    );
  }
  const issuer = `https://${expect.domain}/`;
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(token, createLocalJWKSet(jwks), {
      algorithms: ['RS256'],
      // jose checks exp only when present: require it (and the identity claims) to be there.
      requiredClaims: ['exp', 'iss', 'aud', 'sub'],
      issuer,
      audience: expect.audience,
      subject: `${expect.clientId}@clients`,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      currentDate: expect.now
    }));
  } catch (error) {
    throw describeJoseError(error, kid, issuer, expect);
  }
  if (payload.azp !== undefined && payload.azp !== expect.clientId) {
    throw new TokenVerificationError(
      'The token’s azp is not the ingestion app’s client id.',
      'Check client-id.'
    );
  }
  if (payload.gty !== undefined && payload.gty !== 'client-credentials') {
    throw new TokenVerificationError(
      `The token’s gty is ${String(payload.gty)}, not client-credentials.`,
      'Check client-id.'
    );
  }
  const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean).sort() : [];
  const missing = expect.requestedScopes.filter(s => !scopes.includes(s));
  if (missing.length > 0) {
    throw new TokenVerificationError(
      `The token lacks the scope(s) ${missing.join(', ')}.`,
      'Run the action in mode provision to update the client grant, or remove them from scopes.'
    );
  }
  const exp = payload.exp as number;
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

function describeJoseError(
  error: unknown,
  kid: string | undefined,
  issuer: string,
  expect: VerifyExpectations
): Error {
  if (error instanceof joseErrors.JWKSNoMatchingKey) {
    return new TokenVerificationError(
      `The token’s signing key (kid ${kid ?? 'missing'}) is not in https://${expect.domain}/.well-known/jwks.json: the token is not from this tenant or was forged.`,
      'Check auth0-domain (use the canonical tenant domain, not a custom domain of another tenant), then re-run.'
    );
  }
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
    return new TokenVerificationError(
      `The token’s signature does not verify with the tenant key ${kid ?? ''}: the token was forged or altered.`,
      'Do not trust this tenant response; check auth0-domain and the network path to Auth0.'
    );
  }
  if (error instanceof joseErrors.JWTExpired) {
    return new TokenVerificationError(
      'The token is already expired.',
      'Check the runner clock and the API’s token lifetime in Auth0.'
    );
  }
  if (error instanceof joseErrors.JWTClaimValidationFailed) {
    const expected: Record<string, string> = {
      iss: issuer,
      aud: expect.audience,
      sub: `${expect.clientId}@clients`
    };
    const claim = error.claim;
    return new TokenVerificationError(
      `The token’s ${claim} claim is wrong${expected[claim] ? ` (expected ${expected[claim]})` : ''}: ${error.reason}.`,
      claim === 'iss'
        ? 'Set auth0-domain to the canonical tenant domain the tokens are issued by.'
        : 'Check client-id and audience.'
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TokenVerificationError(
    `The token does not verify: ${message}.`,
    'Check auth0-domain and audience.'
  );
}
