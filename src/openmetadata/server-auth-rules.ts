/**
 * The rules of the server settings checks (DESIGN.md "Server checks"), pure: each takes what the server
 * (and the tenant) answered and returns one check record with its fix. server-auth-check.ts does the I/O.
 *
 * What OpenMetadata 1.7 serves without a token (open-metadata/OpenMetadata,
 * openmetadata-service/.../resources/system/ConfigResource.java, `@Path("/v1/system/config")`; all in
 * JwtFilter.EXCLUDED_ENDPOINTS because the UI reads them before login):
 * - `GET /api/v1/system/config/auth` → AuthenticationConfiguration
 *   (openmetadata-spec/.../json/schema/configuration/authenticationConfiguration.json): `provider`,
 *   `providerName`, `clientType` (public | confidential, default public), `responseType`, `publicKeyUrls`,
 *   `tokenValidationAlgorithm`, `authority`, `clientId`, `callbackUrl`, `jwtPrincipalClaims`,
 *   `jwtPrincipalClaimsMapping`, `enableSelfSignup`, `oidcConfiguration` (oidcClientConfig.json: `id`,
 *   `secret`, `discoveryUri`, …). Older releases returned the object as configured (LDAP and SAML trimmed,
 *   `oidcConfiguration` with its `secret` included); later ones null `oidcConfiguration`, and the newest
 *   copy fields one by one and leave `publicKeyUrls` out — hence "not published" skips below.
 * - `GET /api/v1/system/config/authorizer` → AuthorizerConfiguration (authorizerConfiguration.json):
 *   `adminPrincipals`, `principalDomain`, `enforcePrincipalDomain`, `allowedDomains`, … (the newest
 *   releases serve `principalDomain` only).
 * - `GET /api/v1/system/config/jwks` → JWKSResponse `{"keys":[JWKSKey]}`, JWKSKey `{kty, kid, n, e, alg:
 *   "RS256", use: "sig"}` (security/jwt/JWTTokenGenerator.getJWKSResponse): `n` is
 *   `Base64.getUrlEncoder().encodeToString(modulus.toByteArray())` — base64url WITH `=` padding, and
 *   BigInteger.toByteArray() puts a 0x00 sign byte before a modulus whose top bit is set.
 * - `GET /api/v1/system/version` → `{version, revision, timestamp}`.
 * `GET /api/v1/users/name/{name}` needs a token: the authorizer loads the caller first (404
 * `user instance for <caller> not found` when the caller has no user), then checks ViewBasic (403
 * `Principal: CatalogPrincipal{name='…'} operations [ViewBasic] not allowed`), then 404 `user instance for
 * <name> not found` (CatalogExceptionMessage).
 */
import { createHash } from 'node:crypto';
import type { AppState } from '../auth0/desired.js';
import type { SsoClientType } from '../inputs/index.js';
import type { Check } from '../report/checks.js';
import { trimEndChar } from './model.js';

export const SERVER_AUTH_IDS = {
  settings: 'openmetadata.auth.settings',
  provider: 'openmetadata.auth.provider',
  authority: 'openmetadata.auth.authority',
  tenantJwks: 'openmetadata.auth.tenant-jwks',
  serverJwks: 'openmetadata.auth.server-jwks',
  client: 'openmetadata.auth.client',
  callback: 'openmetadata.auth.callback',
  exposedSecret: 'openmetadata.auth.exposed-secret',
  signingKey: 'openmetadata.signing-key',
  defaultAdmin: 'openmetadata.default-admin',
  adminPrincipal: 'openmetadata.authorizer.admin-principal'
} as const;

const IDS = SERVER_AUTH_IDS;

/**
 * SHA-256 of the RSA modulus (leading zero bytes removed) of the quickstart key OpenMetadata ships as
 * conf/public_key.der (DESIGN.md). Its private key is public too. The kid proves nothing: it is
 * configured apart from the key (JWT_KEY_ID).
 */
export const QUICKSTART_MODULUS_SHA256 = '1ab71a76c0ccd4851a58a20ab3e0140cd028a8c512168542e9cecabcc582c07f';

/** The fields of config/auth these rules read. */
export interface AuthSettings {
  provider?: string;
  authority?: string;
  /** undefined when the server does not publish them. */
  publicKeyUrls?: string[];
  clientId?: string;
  callbackUrl?: string;
  clientType?: string;
}

/** The login app named by the server's clientId, as the tenant has it. */
export type ClientLookup =
  { kind: 'found'; app: AppState } | { kind: 'missing' } | { kind: 'unavailable'; reason: string };

/**
 * `GET users/name/admin` with the minted token: its answer (`userName`: the `name` of the user JSON, when
 * the body is one), why it was not asked (`skipped`), or why no answer could be read (`failed`).
 */
export type AdminLookup =
  | { status: number; message: string; userName?: string }
  | { skipped: string }
  | { failed: string; brokeOff: boolean };

/** For an answer that broke off while the server answers otherwise: the server failed on that request. */
const SERVER_FAULT_FIX =
  'See the OpenMetadata server log (and the timeouts of any proxy in front of it) for this request; timeout-seconds bounds each request.';
/** For an answer that is not OpenMetadata's (a proxy's page, another shape): the address is wrong. */
const WRONG_SERVER_FIX =
  'Check that openmetadata-url (or, without it, openmetadata-host-port) points at the OpenMetadata server itself, not at a proxy (login page) or another service that answers for it.';

/** Why an endpoint's answer could not be read (a JSON string answer stays a string, a wrong shape). */
export class NotRead {
  constructor(readonly why: string) {}
}

/** How a JSON value is named when it has not the shape OpenMetadata serves. */
function shapeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A field of an answer, named by what it holds: `no "keys"`, `"keys" as null`. */
const fieldShape = (name: string, value: unknown) =>
  value === undefined ? `no "${name}"` : `"${name}" as ${shapeOf(value)}`;

/** The server answered JSON of another shape than OpenMetadata's: the check could not be made. */
function unexpectedShape(base: { id: string; title: string }, url: string, what: string): Check {
  return {
    ...base,
    status: 'warn',
    detail: `Could not check: GET ${url} answered ${what}, not the shape OpenMetadata serves.`,
    fix: WRONG_SERVER_FIX
  };
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export function readAuthSettings(json: Record<string, unknown>): AuthSettings {
  const urls = json.publicKeyUrls;
  return {
    provider: text(json.provider),
    authority: text(json.authority),
    publicKeyUrls: Array.isArray(urls) ? urls.filter((u): u is string => typeof u === 'string') : undefined,
    clientId: text(json.clientId),
    callbackUrl: text(json.callbackUrl),
    clientType: text(json.clientType)
  };
}

const envHint = (env: string, yaml: string) =>
  `${env} (openmetadata.yaml ${yaml}; Helm openmetadata.config.authentication)`;

export function providerRule(settings: AuthSettings): Check {
  const base = { id: IDS.provider, title: 'Server provider is auth0' };
  if (settings.provider?.toLowerCase() === 'auth0')
    return { ...base, status: 'pass', detail: 'authenticationConfiguration.provider is auth0.' };
  return {
    ...base,
    status: 'fail',
    detail: settings.provider
      ? `The server's authentication provider is "${settings.provider}", not auth0: its login page is not this tenant's.`
      : 'The server names no authentication provider.',
    fix: `Set ${envHint('AUTHENTICATION_PROVIDER=auth0', 'authenticationConfiguration.provider')} and restart the server.`
  };
}

/** The host (with port) of a URL-ish setting; a bare host counts too. */
function hostOf(value: string): string | undefined {
  for (const candidate of [value, `https://${value}`]) {
    try {
      const url = new URL(candidate);
      if (url.host) return url.host.toLowerCase();
    } catch {
      // try the next form
    }
  }
  return undefined;
}

export function authorityRule(settings: AuthSettings, domain: string): Check {
  const base = { id: IDS.authority, title: 'Server authority is the tenant' };
  const fix = `Set ${envHint(`AUTHENTICATION_AUTHORITY=https://${domain}`, 'authenticationConfiguration.authority')}.`;
  if (!settings.authority)
    return { ...base, status: 'fail', detail: 'The server has no authority set.', fix };
  if (hostOf(settings.authority) === domain.toLowerCase())
    return {
      ...base,
      status: 'pass',
      detail: `The authority ${settings.authority} is the tenant ${domain}.`
    };
  return {
    ...base,
    status: 'fail',
    detail: `The server's authority is ${settings.authority}, not the tenant ${domain}: the login page sends people to another tenant.`,
    fix
  };
}

/** Lower-cased host, no trailing slash: how two key URLs are compared. */
function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const url = new URL(u.trim());
      return `${url.protocol}//${url.host}${trimEndChar(url.pathname, '/')}`;
    } catch {
      return u.trim();
    }
  };
  return norm(a) === norm(b);
}

const notPublished = (id: string, title: string): Check => ({
  id,
  title,
  status: 'skip',
  detail: 'Not checked: this server does not publish publicKeyUrls in /api/v1/system/config/auth.'
});

export function tenantJwksRule(settings: AuthSettings, domain: string): Check {
  const title = 'Server trusts the tenant keys';
  if (!settings.publicKeyUrls) return notPublished(IDS.tenantJwks, title);
  const jwks = `https://${domain}/.well-known/jwks.json`;
  if (settings.publicKeyUrls.some(u => sameUrl(u, jwks)))
    return { id: IDS.tenantJwks, title, status: 'pass', detail: `publicKeyUrls contain ${jwks}.` };
  return {
    id: IDS.tenantJwks,
    title,
    status: 'fail',
    detail: `publicKeyUrls lack ${jwks}: the server finds no key for the kid of any Auth0 token, so every login and the ingestion token are refused.`,
    fix: `Add ${jwks} to ${envHint('AUTHENTICATION_PUBLIC_KEYS', 'authenticationConfiguration.publicKeyUrls')}, keeping the server's own /api/v1/system/config/jwks entry, and restart.`
  };
}

export function serverJwksRule(settings: AuthSettings, base: string): Check {
  const title = 'Server trusts its own keys';
  if (!settings.publicKeyUrls) return notPublished(IDS.serverJwks, title);
  // Any host will do: the server fetches this URL itself, so http://localhost:8585/… is as good as the public one.
  const own = settings.publicKeyUrls.find(u => /\/api\/v1\/system\/config\/jwks\/?$/.test(u.trim()));
  if (own) return { id: IDS.serverJwks, title, status: 'pass', detail: `publicKeyUrls contain ${own}.` };
  const url = `${base}/api/v1/system/config/jwks`;
  return {
    id: IDS.serverJwks,
    title,
    status: 'fail',
    detail: `publicKeyUrls lack the server's own ${url}: tokens OpenMetadata signs itself (bots such as ingestion-bot, personal access tokens) are refused.`,
    fix: `Add ${url} to ${envHint('AUTHENTICATION_PUBLIC_KEYS', 'authenticationConfiguration.publicKeyUrls')}, keeping the tenant JWKS, and restart.`
  };
}

/** OpenMetadata's clientType → the Auth0 application type that can serve it (the guide's note on types). */
const APP_TYPE_FOR: Record<string, { appType: string; kind: string }> = {
  public: { appType: 'spa', kind: 'Single Page Application' },
  confidential: { appType: 'regular_web', kind: 'Regular Web Application' }
};

/** Why the clientId cannot be compared, or undefined when it can. */
function clientNotComparable(
  settings: AuthSettings,
  lookup: ClientLookup,
  domain: string
): Check | undefined {
  const base = { id: IDS.client, title: 'Server client is a login app of the tenant' };
  if (!settings.clientId)
    return {
      ...base,
      status: 'fail',
      detail: 'The server has no clientId set.',
      fix: `Set ${envHint('AUTHENTICATION_CLIENT_ID', 'authenticationConfiguration.clientId')} to the login application's client id.`
    };
  if (lookup.kind === 'unavailable')
    return { ...base, status: 'skip', detail: `Not checked: ${lookup.reason}` };
  if (lookup.kind === 'missing')
    return {
      ...base,
      status: 'fail',
      detail: `The server's clientId ${settings.clientId} is not an application of the tenant ${domain}.`,
      fix: `Set ${envHint('AUTHENTICATION_CLIENT_ID', 'authenticationConfiguration.clientId')} to the client id of the login application of ${domain}.`
    };
  return undefined;
}

export function clientRule(
  settings: AuthSettings,
  lookup: ClientLookup,
  domain: string,
  ssoClientType?: SsoClientType
): Check {
  const early = clientNotComparable(settings, lookup, domain);
  if (early || lookup.kind !== 'found') return early!;
  const base = { id: IDS.client, title: 'Server client is a login app of the tenant' };
  const served = (settings.clientType ?? 'public').toLowerCase(); // the schema's default
  const wanted = APP_TYPE_FOR[served];
  const app = `"${lookup.app.name}" (${lookup.app.client_id})`;
  if (!wanted)
    return {
      ...base,
      status: 'fail',
      detail: `The server's clientType is "${settings.clientType}": OpenMetadata knows public and confidential.`,
      fix: `Set ${envHint('AUTHENTICATION_CLIENT_TYPE', 'authenticationConfiguration.clientType')} to public (Single Page Application) or confidential (Regular Web Application).`
    };
  if (lookup.app.app_type !== wanted.appType)
    return {
      ...base,
      status: 'fail',
      detail: `The server's clientType ${served} needs a ${wanted.kind} (${wanted.appType}), but ${app} is ${lookup.app.app_type ?? 'of no type'}: login fails.`,
      fix: `Point AUTHENTICATION_CLIENT_ID at a ${wanted.kind}, or set AUTHENTICATION_CLIENT_TYPE to the type of ${app} (public for spa, confidential for regular_web with the OIDC_* settings).`
    };
  if (ssoClientType && ssoClientType !== served)
    return {
      ...base,
      status: 'fail',
      detail: `sso-client-type is ${ssoClientType}, but the server's clientType is ${served}.`,
      fix: `Deploy the server settings rendered for sso-client-type ${ssoClientType} (server-config-path), or set sso-client-type: ${served}.`
    };
  return {
    ...base,
    status: 'pass',
    detail: `clientId is ${app}, a ${wanted.kind}, as clientType ${served} needs.`
  };
}

/** Auth0 allows `*` in a callback's subdomain: `https://*.example.com/callback`. */
function callbackMatches(allowed: string, url: string): boolean {
  if (!allowed.includes('*')) return allowed === url;
  const pattern = allowed.split('*').map(part => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${pattern.join('[^./]+')}$`).test(url);
}

export function callbackRule(settings: AuthSettings, lookup: ClientLookup): Check {
  const base = { id: IDS.callback, title: "Server callback is among the app's callbacks" };
  if (!settings.callbackUrl)
    return {
      ...base,
      status: 'fail',
      detail: 'The server has no callbackUrl set.',
      fix: `Set ${envHint('AUTHENTICATION_CALLBACK_URL', 'authenticationConfiguration.callbackUrl')} to https://<your OpenMetadata>/callback.`
    };
  if (lookup.kind !== 'found')
    return { ...base, status: 'skip', detail: 'Not checked: there is no login application to compare with.' };
  const callbacks = lookup.app.callbacks ?? [];
  if (callbacks.some(c => callbackMatches(c, settings.callbackUrl!)))
    return {
      ...base,
      status: 'pass',
      detail: `${settings.callbackUrl} is an allowed callback of "${lookup.app.name}".`
    };
  return {
    ...base,
    status: 'fail',
    detail: `The server's callbackUrl ${settings.callbackUrl} is not among the Allowed Callback URLs of "${lookup.app.name}": Auth0 refuses the login ("Callback URL mismatch").`,
    fix: `Add ${settings.callbackUrl} to the app's Allowed Callback URLs (or run provision with sso-client-type and openmetadata-url), or correct AUTHENTICATION_CALLBACK_URL.`
  };
}

/** A secret-bearing key with a value, by its path in the answer. The value is for masking only. */
export interface ExposedSecret {
  endpoint: string;
  path: string;
  value: string;
}

/** Every non-empty `secret` / `clientSecret` / `client_secret` in a JSON answer (e.g. oidcConfiguration.secret). */
export function findExposedSecrets(endpoint: string, json: unknown, path = ''): ExposedSecret[] {
  if (Array.isArray(json))
    return json.flatMap((item, i) => findExposedSecrets(endpoint, item, `${path}[${i}]`));
  if (!json || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([key, value]) => {
    const at = path ? `${path}.${key}` : key;
    if (/^(client_?)?secret$/i.test(key) && typeof value === 'string' && value.trim())
      return [{ endpoint, path: at, value }];
    return findExposedSecrets(endpoint, value, at);
  });
}

export function exposedSecretRule(found: readonly ExposedSecret[]): Check {
  const base = { id: IDS.exposedSecret, title: 'No public endpoint shows a secret' };
  if (found.length === 0)
    return { ...base, status: 'pass', detail: 'The public config endpoints show no OIDC secret.' };
  const where = found.map(f => `${f.path} in ${f.endpoint}`).join(', ');
  return {
    ...base,
    status: 'fail',
    detail: `The server shows ${where} to anyone, without a token (the value is not repeated here).`,
    fix: 'Rotate the client secret in Auth0 (the login application → Credentials) and update OIDC_CLIENT_SECRET, then upgrade OpenMetadata to a release whose /api/v1/system/config/auth leaves oidcConfiguration out.'
  };
}

/**
 * SHA-256 (hex) of an RSA modulus given as a JWK `n`, read leniently: base64url or base64, with or without
 * `=` padding, leading zero bytes removed (OpenMetadata serves a 0x00 sign byte; RFC 7518 forbids it).
 */
export function modulusFingerprint(n: string): string {
  const bytes = Buffer.from(
    trimEndChar(n.replace(/\s+/g, '').replace(/-/g, '+').replace(/_/g, '/'), '='),
    'base64'
  );
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return createHash('sha256').update(bytes.subarray(start)).digest('hex');
}

const NEW_KEY_FIX =
  'Generate a new key pair (openssl genrsa -out private_key.pem 2048; openssl pkcs8 -topk8 -inform PEM -outform DER -in private_key.pem -out private_key.der -nocrypt; ' +
  'openssl rsa -in private_key.pem -pubout -outform DER -out public_key.der), point RSA_PUBLIC_KEY_FILE_PATH and RSA_PRIVATE_KEY_FILE_PATH ' +
  '(jwtTokenConfiguration) at the new files, set a new JWT_KEY_ID, restart the server, then regenerate every bot token and personal access token: the old ones stay valid only with the old key.';

/** `jwks` is the parsed config/jwks answer, or why it could not be read. */
export function signingKeyRule(jwks: unknown, url: string): Check {
  const base = { id: IDS.signingKey, title: 'Server does not sign with the quickstart key' };
  if (jwks instanceof NotRead) return { ...base, status: 'skip', detail: `Not checked: ${jwks.why}` };
  // Anything but {"keys": [...]} is no JWKS: "no RSA key" would be a pass on an answer never read.
  const keys = isObject(jwks) ? jwks.keys : undefined;
  if (!Array.isArray(keys))
    return unexpectedShape(base, url, isObject(jwks) ? fieldShape('keys', keys) : shapeOf(jwks));
  const rsaKeys = keys.filter(
    (k): k is { n: string; kid?: unknown } => typeof (k as { n?: unknown })?.n === 'string'
  );
  const quickstart = rsaKeys.find(k => modulusFingerprint(k.n) === QUICKSTART_MODULUS_SHA256);
  if (quickstart)
    return {
      ...base,
      status: 'fail',
      detail: `${url} serves the quickstart key shipped with OpenMetadata (conf/public_key.der${typeof quickstart.kid === 'string' ? `, kid ${quickstart.kid}` : ''}). Its private key is public: anyone can forge a token for any user, an admin included.`,
      fix: NEW_KEY_FIX
    };
  return {
    ...base,
    status: 'pass',
    detail:
      rsaKeys.length === 0
        ? `${url} serves no RSA key.`
        : `None of the ${rsaKeys.length} key(s) at ${url} is the quickstart key.`
  };
}

export function defaultAdminRule(lookup: AdminLookup, url: string): Check {
  const base = { id: IDS.defaultAdmin, title: 'Default admin account is deleted' };
  if ('skipped' in lookup) return { ...base, status: 'skip', detail: `Not checked: ${lookup.skipped}` };
  const couldNot = (what: string, fix: string): Check => ({
    ...base,
    status: 'warn',
    detail: `Could not check: GET ${url} ${what}.`,
    fix
  });
  if ('failed' in lookup)
    return couldNot(lookup.failed, lookup.brokeOff ? SERVER_FAULT_FIX : WRONG_SERVER_FIX);
  const says = lookup.message ? ` ("${lookup.message}")` : '';
  // Only the user itself proves the account exists: a proxy's page also comes with 200.
  if (lookup.status === 200 && lookup.userName?.toLowerCase() !== 'admin')
    return couldNot(`answered HTTP 200, but not with the user admin${says}`, WRONG_SERVER_FIX);
  if (lookup.status === 200)
    return {
      ...base,
      status: 'fail',
      detail: `The default admin account exists: GET ${url} answered 200. The guide's first production requirement is to delete it.`,
      fix: 'Remove admin from AUTHORIZER_ADMIN_PRINCIPALS (the server creates every admin principal at start), restart, then delete the user admin as another admin (Settings → Users → admin → Delete, hard delete).'
    };
  // A 404 about another user means the token's own principal is unknown (see openmetadata.login).
  const other = /instance for (.+) not found/i.exec(lookup.message)?.[1];
  if (lookup.status === 404 && (!other || other.toLowerCase() === 'admin'))
    return { ...base, status: 'pass', detail: `There is no user admin (GET ${url} answered 404).` };
  // The token's own standing (reported by openmetadata.login, or its role) is no fault of this check.
  if (lookup.status === 404)
    return {
      ...base,
      status: 'skip',
      detail: `Not checked: the token's principal is not an OpenMetadata user${says}; see openmetadata.login.`
    };
  if (lookup.status === 401 || lookup.status === 403)
    return {
      ...base,
      status: 'skip',
      detail: `Not checked: the server refused the token the right to read users (HTTP ${lookup.status}${says}).`
    };
  return couldNot(
    `answered HTTP ${lookup.status}${says}`,
    lookup.status >= 500 ? SERVER_FAULT_FIX : WRONG_SERVER_FIX
  );
}

/** `authorizer` is the parsed config/authorizer answer at `url`, or why it could not be read. */
export function adminPrincipalRule(authorizer: unknown, url: string): Check {
  const base = { id: IDS.adminPrincipal, title: 'No principal named admin' };
  if (authorizer instanceof NotRead)
    return { ...base, status: 'skip', detail: `Not checked: ${authorizer.why}` };
  if (!isObject(authorizer)) return unexpectedShape(base, url, shapeOf(authorizer));
  const principals = authorizer.adminPrincipals;
  // Absent (or null) is how the newest releases leave it out; any other non-list is a wrong answer.
  if (principals !== undefined && principals !== null && !Array.isArray(principals))
    return unexpectedShape(base, url, fieldShape('adminPrincipals', principals));
  if (!Array.isArray(principals))
    return {
      ...base,
      status: 'skip',
      detail: 'Not checked: this server does not publish adminPrincipals in /api/v1/system/config/authorizer.'
    };
  if (!principals.some(p => typeof p === 'string' && p.trim().toLowerCase() === 'admin'))
    return {
      ...base,
      status: 'pass',
      detail: `adminPrincipals (${principals.length}) do not include admin.`
    };
  return {
    ...base,
    status: 'warn',
    detail:
      'adminPrincipals include admin. The server checks neither issuer nor audience and names a principal by the part of its email before "@": any tenant user admin@… (and any token from a trusted key with that email) becomes this admin.',
    fix: 'Remove admin from AUTHORIZER_ADMIN_PRINCIPALS (admin-principals input) and list your admins by user name (john.doe for john.doe@example.com).'
  };
}

/**
 * config/auth gave no settings: one record instead of a failure per setting. `brokeOff`: the request
 * failed on its way (cut, too slow, no answer) while the server answers otherwise, so the server is at
 * fault rather than the address.
 */
export function settingsUnreadableRule(url: string, why: string, brokeOff = false): Check {
  return {
    id: IDS.settings,
    status: 'fail',
    title: 'Server authentication settings',
    detail: `GET ${url} ${why}: the server's authentication settings cannot be checked.`,
    fix: brokeOff ? SERVER_FAULT_FIX : WRONG_SERVER_FIX
  };
}

/**
 * The server did not answer at all: one record for every settings check. `toldBy` names the check that
 * already failed for the same server (openmetadata.version), which then carries the fix.
 */
export function settingsUnreachableRule(url: string, message: string, toldBy?: string): Check {
  const base = { id: IDS.settings, title: 'Server authentication settings' };
  if (toldBy)
    return { ...base, status: 'skip', detail: `Not checked: the server is unreachable (see ${toldBy}).` };
  return {
    ...base,
    status: 'fail',
    detail: `OpenMetadata server unreachable at ${url}: ${message}.`,
    fix: 'Check openmetadata-url (or openmetadata-host-port) and that the runner can reach the server; for a private CA set openmetadata-ca-certificate. timeout-seconds bounds each request.'
  };
}
