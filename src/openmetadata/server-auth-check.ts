/**
 * The running server's Auth0 settings and the guide's two production requirements (DESIGN.md "Server
 * checks"): reads the four public endpoints in parallel without a token, then `users/name/admin` with
 * the minted token, looks the server's clientId up in the tenant, and hands everything to the pure rules
 * of server-auth-rules.ts (where the endpoints' 1.7 answers are described with their sources).
 *
 * Never throws for HTTP, network or Management API faults: each becomes a check record. An unreachable
 * server is one record, not one per endpoint.
 */
import type { AppLookup } from '../auth0/reconcile.js';
import type { SsoClientType } from '../inputs/index.js';
import type { Check } from '../report/checks.js';
import { redact, registerSecret } from '../secrets.js';
import {
  adminPrincipalRule,
  authorityRule,
  callbackRule,
  clientRule,
  defaultAdminRule,
  exposedSecretRule,
  findExposedSecrets,
  isObject,
  NotRead,
  providerRule,
  readAuthSettings,
  serverJwksRule,
  settingsUnreachableRule,
  settingsUnreadableRule,
  signingKeyRule,
  tenantJwksRule,
  type AdminLookup,
  type ClientLookup
} from './server-auth-rules.js';
import {
  AnswerTooLarge,
  IncompleteAnswer,
  serverMessage,
  shown,
  toUnreachable,
  Unreachable,
  type ServerHttp
} from './server-http.js';
import { trimEndChar } from './model.js';

export interface ServerAuthCheckInput {
  /** The address people open, without `/api` (see serverBaseUrl). */
  base: string;
  /** Canonical Auth0 domain (`host` or `host:port`). */
  auth0Domain: string;
  /** The minted Auth0 token, for `users/name/admin`; undefined when none was minted. Never shown. */
  token?: string;
  /** Reads a client of the tenant with the run's admin token; undefined without Management API access. */
  lookupApp?: AppLookup;
  /** `sso-client-type`, when set: the server's clientType must agree. */
  ssoClientType?: SsoClientType;
  http: ServerHttp;
  /** The URL openmetadata.version reads; when it is this server's, that check reports an unreachable server. */
  versionCheckUrl?: string;
}

/**
 * `openmetadata-url`, else `openmetadata-host-port` without its `/api` (its origin when OpenMetadata is
 * served at the root, the usual case; a path prefix before /api is kept). Undefined when neither is a URL.
 */
export function serverBaseUrl(openmetadataUrl: string | undefined, hostPort: string): string | undefined {
  try {
    const url = new URL(openmetadataUrl ?? hostPort);
    const path = openmetadataUrl ? '' : trimEndChar(url.pathname, '/').replace(/\/api$/, '');
    return `${url.protocol}//${url.host}${path}`;
  } catch {
    return undefined;
  }
}

/**
 * A read's outcome: the JSON; a `problem` with the answer (`brokeOff` when its body never fully came but
 * for being too large, i.e. the server failed mid-answer); or no HTTP answer at all.
 */
type Read = { json: unknown } | { problem: string; brokeOff?: boolean } | { unreachable: Unreachable };

/** A failed GET as a Read: an answer that started (IncompleteAnswer) is a problem, never "unreachable". */
function failedRead(error: unknown): Exclude<Read, { json: unknown }> {
  if (error instanceof IncompleteAnswer)
    return { problem: error.message, brokeOff: !(error instanceof AnswerTooLarge) };
  return { unreachable: error instanceof Unreachable ? error : toUnreachable(error) };
}

/** The request failed on its way (no answer, cut, too slow) rather than answering something else. */
const brokeOff = (read: Exclude<Read, { json: unknown }>): boolean =>
  'unreachable' in read || read.brokeOff === true;

/** Why a read gave no JSON, after `GET <url>`. */
const whyNot = (read: Exclude<Read, { json: unknown }>): string =>
  'problem' in read ? read.problem : `failed: ${read.unreachable.message}`;

async function readJson(http: ServerHttp, url: URL): Promise<Read> {
  let answer;
  try {
    answer = await http.get(url);
  } catch (error) {
    return failedRead(error);
  }
  if (answer.status !== 200) {
    const message = serverMessage(answer);
    return { problem: `answered HTTP ${answer.status}${message ? ` ("${message}")` : ''}` };
  }
  try {
    return { json: JSON.parse(answer.body) as unknown };
  } catch {
    return { problem: `answered, but not with JSON (content type ${answer.contentType || 'none'})` };
  }
}

/** The parsed answer, or why there is none (the rules say "not checked: …"). */
const jsonOr = (read: Read, url: URL): unknown =>
  'json' in read ? read.json : new NotRead(`GET ${shown(url)} ${whyNot(read)}.`);

async function lookupClient(
  lookupApp: AppLookup | undefined,
  clientId: string | undefined
): Promise<ClientLookup> {
  if (!clientId) return { kind: 'unavailable', reason: 'the server has no clientId.' };
  if (!lookupApp)
    return {
      kind: 'unavailable',
      reason:
        "no Management API access in this run (management-client-id and -secret, or management-token) to read the tenant's applications."
    };
  try {
    const app = await lookupApp(clientId);
    return app ? { kind: 'found', app } : { kind: 'missing' };
  } catch (error) {
    // An id that cannot be an Auth0 client id (another provider's) may be refused as a bad request rather
    // than unknown: either way it is no application of this tenant.
    if ((error as { status?: number }).status === 400) return { kind: 'missing' };
    return {
      kind: 'unavailable',
      reason: `reading the application failed: ${redact(error instanceof Error ? error.message : String(error))}.`
    };
  }
}

async function lookupAdmin(http: ServerHttp, url: URL, token: string | undefined): Promise<AdminLookup> {
  if (!token) return { skipped: 'no token was minted.' };
  let answer;
  try {
    answer = await http.get(url, { Authorization: `Bearer ${token}` });
  } catch (error) {
    const read = failedRead(error);
    return { failed: whyNot(read), brokeOff: brokeOff(read) };
  }
  let user: unknown;
  try {
    user = JSON.parse(answer.body);
  } catch {
    // no user: a proxy's page, an error text
  }
  const name = isObject(user) && typeof user.name === 'string' ? user.name : undefined;
  return { status: answer.status, message: serverMessage(answer), userName: name };
}

/** The checks that compare config/auth with the tenant (one record each). */
async function settingsChecks(input: ServerAuthCheckInput, json: Record<string, unknown>): Promise<Check[]> {
  const settings = readAuthSettings(json);
  const client = await lookupClient(input.lookupApp, settings.clientId);
  return [
    providerRule(settings),
    authorityRule(settings, input.auth0Domain),
    tenantJwksRule(settings, input.auth0Domain),
    serverJwksRule(settings, input.base),
    clientRule(settings, client, input.auth0Domain, input.ssoClientType),
    callbackRule(settings, client)
  ];
}

export async function checkServerAuthSettings(input: ServerAuthCheckInput): Promise<Check[]> {
  const at = (path: string) => new URL(`${input.base}/api/v1/${path}`);
  const urls = {
    auth: at('system/config/auth'),
    authorizer: at('system/config/authorizer'),
    jwks: at('system/config/jwks'),
    version: at('system/version'),
    admin: at('users/name/admin')
  };
  // system/version is read for the shared answer (openmetadata.version reports on it, one request), and
  // tells whether the server answers at all.
  const [auth, authorizer, jwks, version, admin] = await Promise.all([
    readJson(input.http, urls.auth),
    readJson(input.http, urls.authorizer),
    readJson(input.http, urls.jwks),
    readJson(input.http, urls.version),
    lookupAdmin(input.http, urls.admin, input.token)
  ]);
  // Only a server that gives no HTTP answer at all is one record. When it answers system/version,
  // config/auth failing alone is that endpoint's fault, and the checks that do not need it still run.
  if ('unreachable' in auth && 'unreachable' in version) {
    const toldBy = urls.version.href === input.versionCheckUrl ? 'openmetadata.version' : undefined;
    return [settingsUnreachableRule(shown(urls.auth), auth.unreachable.message, toldBy)];
  }
  const exposed = [
    ...('json' in auth ? findExposedSecrets('/api/v1/system/config/auth', auth.json) : []),
    ...('json' in authorizer ? findExposedSecrets('/api/v1/system/config/authorizer', authorizer.json) : [])
  ];
  for (const secret of exposed) registerSecret(secret.value); // masked before anything is written
  const compared =
    'json' in auth
      ? isObject(auth.json)
        ? await settingsChecks(input, auth.json)
        : [settingsUnreadableRule(shown(urls.auth), 'answered no object')]
      : [settingsUnreadableRule(shown(urls.auth), whyNot(auth), brokeOff(auth))];
  return [
    ...compared,
    exposedSecretRule(exposed),
    signingKeyRule(jsonOr(jwks, urls.jwks), shown(urls.jwks)),
    defaultAdminRule(admin, shown(urls.admin)),
    adminPrincipalRule(jsonOr(authorizer, urls.authorizer), shown(urls.authorizer))
  ];
}
