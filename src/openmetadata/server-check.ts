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
import { decodeJwt } from 'jose';
import type { Check } from '../report/checks.js';
import { redact } from '../secrets.js';
import {
  createServerHttp,
  serverMessage,
  shown,
  AnswerTooLarge,
  IncompleteAnswer,
  Unreachable,
  type HttpAnswer,
  type ServerHttp
} from './server-http.js';
import { compareVersions, parseOmVersion, usesJwtOnly } from './versions.js';
import { trimEndChar } from './model.js';

export interface ServerCheckInput {
  /** `openmetadata-host-port`: an http(s) URL whose path ends in `/api`. */
  hostPort: string;
  /** The minted Auth0 access token. Never shown. */
  token: string;
  /** `openmetadata-version`, e.g. `1.7`. */
  expectedVersion: string;
  /** Canonical Auth0 domain (`host` or `host:port`). */
  auth0Domain: string;
  /** The ingestion app's client id (the expected principal, lower-cased). */
  clientId: string;
  /** PEM of a private CA to trust for this server only (`openmetadata-ca-certificate`). */
  caCertificatePem?: string;
  /** Bound for each request. */
  timeoutMs: number;
  /** The run's client for the server (shares public answers with the settings checks); made here when absent. */
  http?: ServerHttp;
}

const VERSION_ID = 'openmetadata.version';
const LOGIN_ID = 'openmetadata.login';

function endpoint(hostPort: string, path: string): URL {
  return new URL(trimEndChar(hostPort, '/') + path);
}

/** The URL openmetadata.version reads (undefined when hostPort is no URL). */
export function versionCheckUrl(hostPort: string): string | undefined {
  try {
    return endpoint(hostPort, '/v1/system/version').href;
  } catch {
    return undefined;
  }
}

/** The principal OpenMetadata derives from the token, as SecurityUtil.findUserNameFromClaims does. */
export function expectedPrincipal(token: string, clientId: string): string {
  try {
    const claims = decodeJwt(token);
    for (const claim of ['email', 'preferred_username', 'sub']) {
      const value = claims[claim];
      if (typeof value === 'string' && value) return value.split('@')[0].toLowerCase();
    }
  } catch {
    // not decodable: fall back to the client id (an Auth0 M2M token's sub is `{client_id}@clients`)
  }
  return clientId.toLowerCase();
}

const API_FIX =
  'Check that openmetadata-host-port points at the OpenMetadata API (it must end in /api, e.g. https://openmetadata.example.com/api), not at a proxy or another service.';

/**
 * What to say about an answer whose body never fully arrived. Too large, it is no OpenMetadata answer (a
 * proxy's or another service's); cut or too slow, the server (or a proxy before it) failed mid-answer.
 */
function incompleteAnswer(url: URL, error: IncompleteAnswer): Pick<Check, 'detail' | 'fix'> {
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

function unreachableCheck(url: URL, error: Unreachable, input: ServerCheckInput): Check {
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

async function checkVersion(
  input: ServerCheckInput,
  http: ServerHttp
): Promise<{ check: Check; reachable: boolean; serverVersion?: string }> {
  const url = endpoint(input.hostPort, '/v1/system/version');
  let answer: HttpAnswer;
  try {
    answer = await http.get(url);
  } catch (error) {
    if (error instanceof IncompleteAnswer) {
      // Headers came: the server is there, so the token is still presented to it.
      const check: Check = {
        id: VERSION_ID,
        status: 'warn',
        title: 'OpenMetadata server version',
        ...incompleteAnswer(url, error)
      };
      return { check, reachable: true };
    }
    if (error instanceof Unreachable) return { check: unreachableCheck(url, error, input), reachable: false };
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
  let version: string | undefined;
  try {
    const parsed = JSON.parse(answer.body) as { version?: unknown };
    if (typeof parsed.version === 'string') version = parsed.version;
  } catch {
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
  const server = parseOmVersion(version);
  const expected = parseOmVersion(input.expectedVersion);
  if (server && expected && compareVersions(server, expected) !== 0) {
    const crosses = usesJwtOnly(server) !== usesJwtOnly(expected);
    return {
      reachable: true,
      serverVersion: version,
      check: {
        id: VERSION_ID,
        status: 'warn',
        title: 'OpenMetadata server version',
        detail:
          `The server runs OpenMetadata ${version}, but openmetadata-version is ${input.expectedVersion}: the rendered workflowConfig and the validation rules follow ${input.expectedVersion}.` +
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

function jwksUrl(domain: string): string {
  return `https://${domain}/.well-known/jwks.json`;
}

/** Turns a 401 (or an older server's 500 for an unknown key id) into the likely cause and fix. */
function explainRejection(message: string, input: ServerCheckInput, principal: string): Check {
  const jwks = jwksUrl(input.auth0Domain);
  const base = { id: LOGIN_ID, status: 'fail' as const, title: 'OpenMetadata accepts the token' };
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
function parseUser(body: string): { name?: unknown; isBot?: unknown; isAdmin?: unknown } | undefined {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
  } catch {
    // not JSON
  }
  return undefined;
}

async function checkLogin(input: ServerCheckInput, http: ServerHttp, versionOk: boolean): Promise<Check> {
  const url = endpoint(input.hostPort, '/v1/users/loggedInUser');
  const principal = expectedPrincipal(input.token, input.clientId);
  let answer: HttpAnswer;
  try {
    answer = await http.get(url, { Authorization: `Bearer ${input.token}` });
  } catch (error) {
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
    if (!(error instanceof Unreachable)) throw error;
    return { ...unreachableCheck(url, error, input), id: LOGIN_ID, title };
  }
  const createFix =
    `Create the principal "${principal}" in OpenMetadata: as an admin add a bot named ${principal} (Settings → Bots → Add Bot), ` +
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
        detail: `The server accepted the token as user "${redact(name)}" (${kind}${user.isAdmin === true ? ', admin' : ''}).`
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
        fix:
          answer.status >= 500
            ? 'The server failed while checking the token: see the OpenMetadata server log (e.g. it cannot fetch a publicKeyUrls entry).'
            : API_FIX
      };
    }
  }
}

/** Runs both requests and returns `openmetadata.version` and `openmetadata.login` checks. Never throws for HTTP or network faults. */
export async function checkOpenMetadataServer(input: ServerCheckInput): Promise<Check[]> {
  let caPem = input.caCertificatePem?.trim() ? input.caCertificatePem : undefined;
  try {
    endpoint(input.hostPort, '/v1/system/version');
  } catch {
    return [
      {
        id: VERSION_ID,
        status: 'fail',
        title: 'OpenMetadata server reachable',
        detail: `openmetadata-host-port is not a URL: ${redact(input.hostPort)}.`,
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
        detail:
          'openmetadata-ca-certificate does not hold a PEM certificate (no "-----BEGIN CERTIFICATE-----" block).',
        fix: 'Point openmetadata-ca-certificate at the PEM file of the CA that issued the server certificate.'
      }
    ];
  }
  if (caPem && endpoint(input.hostPort, '/').protocol !== 'https:') caPem = undefined;

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
