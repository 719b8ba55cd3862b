/**
 * An emulation of the parts of an OpenMetadata server the action talks to, on 127.0.0.1 (HTTPS with the
 * given `tls` key/cert, else plain HTTP). It behaves like OpenMetadata's JwtFilter
 * (openmetadata-service/src/main/java/org/openmetadata/service/security/JwtFilter.java):
 *
 * - `GET /api/v1/system/version` is in JwtFilter.EXCLUDED_ENDPOINTS: no token needed. Answers
 *   `{"version":"1.7.1","revision":"…","timestamp":…}` (OpenMetadataServerVersion).
 * - `GET /api/v1/users/loggedInUser`:
 *   1. `Authorization` missing or not `Bearer <token>` → 401 `Not Authorized! Token not present`;
 *   2. not decodable as a JWT → 401 `Not Authorized! Invalid token.`;
 *   3. `exp` in the past → 401 `Expired token!` (checked before the signature, as JwtFilter does);
 *   4. `kid` not among the keys served by `publicKeyUrls` (fetched on each request, a fetch failure counts
 *      as "not found", as MultiUrlJwkProvider adds it as a suppressed exception) → 401 `Not Authorized!
 *      Token signing key not found in configured public keys due to com.auth0.jwk.SigningKeyNotFoundException:
 *      JWT Token keyID doesn't match the configured keyID. …`; with `unknownKid: 'server-error'`, HTTP 500
 *      as older 1.x servers answered (UnhandledServerException around the same exception);
 *   5. RS256 signature not valid with that key (or another alg) → 401 `Not Authorized! Invalid token. Token
 *      verification failed. Public key mismatch. due to …`;
 *   6. principal: first of `email`, `preferred_username`, `sub` (part before `@`, lower-cased; 401 `Invalid JWT
 *      token, none of the following claims are present [...]` when none), as SecurityUtil.findUserNameFromClaims;
 *      with `principalDomain` set (enforcePrincipalDomain), the part after `@` must equal it, else 401
 *      `Not Authorized! Email does not match the principal domain <d>`;
 *   7. no user of that name → 404 `user instance for <name> not found` (CatalogExceptionMessage.entityNotFound);
 *      else 200 with the user JSON.
 * - The public settings endpoints, no token needed (ConfigResource, `@Path("/v1/system/config")`), with 1.7's
 *   shapes (see src/openmetadata/server-auth-rules.ts for the sources), from a settings object a test sets:
 *   `config/auth` (AuthenticationConfiguration, served as set: a test may add an `oidcConfiguration` with a
 *   `secret`, as older releases served it; `publicKeyUrls` is the list the JwtFilter above uses),
 *   `config/authorizer` (AuthorizerConfiguration) and `config/jwks` (`{"keys":[{kty,kid,n,e,alg,use}]}` with
 *   `n` as OpenMetadata serves it: base64url with `=` padding and a leading zero byte; the emulator's own
 *   key, or with `quickstartKey` the public key OpenMetadata ships for quickstarts).
 * - `GET /api/v1/users/name/{name}`: behind the JwtFilter like every user endpoint; the caller must be a
 *   user (404 `user instance for <caller> not found`), may read users (403 `Principal:
 *   CatalogPrincipal{name='…'} operations [ViewBasic] not allowed` with `forbidUserLookup`), then 200 with
 *   the user or 404 `user instance for <name> not found`.
 * Errors are Dropwizard ErrorMessages `{"code":401,"message":"…"}` (CatalogGenericExceptionMapper).
 * `answer(path, handler)` replaces the answer of one path with a test's raw handler: what a broken server
 * or a proxy in front of it sends (a body that stops, a page, JSON of another shape).
 * `iss` and `aud` are not checked, as OpenMetadata does not check them.
 */
import * as http from 'node:http';
import * as https from 'node:https';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { compactVerify, decodeJwt, decodeProtectedHeader, importJWK, type JWK } from 'jose';
import { QUICKSTART_PUBLIC_JWK } from './openmetadata-quickstart-key.js';
import { OPENMETADATA_KEY_INDEX, pooledKeyPair } from './auth0-emulator/keys.js';

export interface OmUser {
  name: string;
  isBot?: boolean;
  isAdmin?: boolean;
  email?: string;
}

export interface OpenMetadataServerOptions {
  /** Reported by /v1/system/version; default `1.7.1`. */
  version?: string;
  /** authenticationConfiguration.publicKeyUrls: JWKS URLs fetched to find the token's kid. */
  publicKeyUrls: string[];
  users: OmUser[];
  /** Serve HTTPS with this key and certificate (PEM); plain HTTP without. */
  tls?: { key: string | Buffer; cert: string | Buffer };
  /** CA file to trust when fetching https publicKeyUrls (e.g. the Auth0 emulator's CA). */
  caPath?: string;
  /** CA PEM to trust when fetching https publicKeyUrls (alternative to caPath). */
  caPem?: string;
  /** How an unknown kid is answered: 401 (recent servers, default) or 500 (older 1.x servers). */
  unknownKid?: 'unauthorized' | 'server-error';
  /** authorizerConfiguration.principalDomain with enforcePrincipalDomain: true. */
  principalDomain?: string;
  /** Served by config/auth over 1.7's quickstart defaults (provider basic); `publicKeyUrls` also replaces the list above. */
  authentication?: Record<string, unknown>;
  /** Served by config/authorizer over 1.7's quickstart defaults (adminPrincipals [admin]). */
  authorizer?: Record<string, unknown>;
  /** config/jwks serves OpenMetadata's quickstart public key instead of the emulator's own. */
  quickstartKey?: boolean;
  /** users/name/{name} answers 403, as for a token whose role may not read users. */
  forbidUserLookup?: boolean;
}

/** A test's own answer to a request: writes (or withholds) status, headers and body. */
export type RawAnswer = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** What a test can change while the server runs (each field as in OpenMetadataServerOptions). */
export interface OmSettings {
  authentication?: Record<string, unknown>;
  authorizer?: Record<string, unknown>;
  quickstartKey?: boolean;
  forbidUserLookup?: boolean;
}

export interface OmRequest {
  method: string;
  path: string;
  /** Whether an Authorization header was sent (its value is never kept). */
  authorization: boolean;
  status: number;
  /** The principal derived from the token, when it got that far. */
  principal?: string;
}

export interface OpenMetadataServer {
  /** `http(s)://127.0.0.1:PORT/api` */
  hostPort: string;
  port: number;
  setPublicKeyUrls(urls: string[]): void;
  addUser(user: OmUser): void;
  removeUser(name: string): void;
  setVersion(version: string): void;
  /** Merges into the served settings (authentication and authorizer fields are merged one level deep). */
  configure(settings: OmSettings): void;
  /** Answers GETs of `path` (e.g. `/api/v1/system/config/auth`) with `handler`; without one, as the emulator does. */
  answer(path: string, handler?: RawAnswer): void;
  requests: OmRequest[];
  close(): Promise<void>;
}

const KEY_NOT_FOUND =
  "com.auth0.jwk.SigningKeyNotFoundException: JWT Token keyID doesn't match the configured keyID. " +
  "This usually happens if you didn't configure proper publicKeyUrls under authentication configuration.";

class OmError extends Error {
  constructor(
    readonly status: number,
    message: string
  ) {
    super(message);
  }
}

function fetchJson(url: string, ca: string | undefined): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const mod = target.protocol === 'https:' ? https : http;
    const req = mod.get(
      target,
      { agent: false, ...(ca && target.protocol === 'https:' ? { ca } : {}) },
      res => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode} from ${url}`));
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error as Error);
          }
        });
        res.on('error', reject);
      }
    );
    req.setTimeout(5000, () => req.destroy(new Error(`timeout fetching ${url}`)));
    req.on('error', reject);
  });
}

/** 1.7's answers for conf/openmetadata.yaml's defaults (Jackson writes the schema defaults too). */
const DEFAULT_AUTHENTICATION = {
  clientType: 'public',
  provider: 'basic',
  responseType: 'id_token',
  providerName: 'basic',
  tokenValidationAlgorithm: 'RS256',
  authority: 'https://accounts.google.com',
  clientId: '',
  callbackUrl: '',
  jwtPrincipalClaims: ['email', 'preferred_username', 'sub'],
  jwtPrincipalClaimsMapping: [],
  enableSelfSignup: true
};

const DEFAULT_AUTHORIZER = {
  className: 'org.openmetadata.service.security.DefaultAuthorizer',
  containerRequestFilter: 'org.openmetadata.service.security.JwtFilter',
  adminPrincipals: ['admin'],
  allowedEmailRegistrationDomains: ['all'],
  principalDomain: 'openmetadata.org',
  enforcePrincipalDomain: false,
  enableSecureSocketConnection: false,
  useRolesFromProvider: false
};

/** A JWK `n` as OpenMetadata writes it: `Base64.getUrlEncoder()` (padded) of BigInteger.toByteArray(). */
function asOpenMetadataModulus(n: string): string {
  const bytes = Buffer.from(n, 'base64url');
  const signed = bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  return signed.toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

/** The emulator's own signing key, as config/jwks serves it (a pooled pair under a new kid per server). */
function ownJwk(): Record<string, unknown> {
  const { publicKey } = pooledKeyPair(OPENMETADATA_KEY_INDEX);
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    kty: 'RSA',
    kid: randomUUID(),
    n: asOpenMetadataModulus(jwk.n!),
    e: 'AQAB',
    alg: 'RS256',
    use: 'sig'
  };
}

export async function startOpenMetadataServer(
  options: OpenMetadataServerOptions
): Promise<OpenMetadataServer> {
  let version = options.version ?? '1.7.1';
  let publicKeyUrls = [...options.publicKeyUrls];
  const users = new Map<string, Record<string, unknown>>();
  const ca = options.caPem ?? (options.caPath ? readFileSync(options.caPath, 'utf8') : undefined);
  const requests: OmRequest[] = [];
  const overrides = new Map<string, RawAnswer>();
  const ownKey = ownJwk();
  const settings = {
    authentication: { ...DEFAULT_AUTHENTICATION } as Record<string, unknown>,
    authorizer: {
      ...DEFAULT_AUTHORIZER,
      ...(options.principalDomain
        ? { principalDomain: options.principalDomain, enforcePrincipalDomain: true }
        : {})
    } as Record<string, unknown>,
    quickstartKey: false,
    forbidUserLookup: false
  };
  const configure = (change: OmSettings) => {
    const { publicKeyUrls: urls, ...authentication } = change.authentication ?? {};
    if (Array.isArray(urls)) publicKeyUrls = urls.map(String);
    Object.assign(settings.authentication, authentication);
    Object.assign(settings.authorizer, change.authorizer ?? {});
    settings.quickstartKey = change.quickstartKey ?? settings.quickstartKey;
    settings.forbidUserLookup = change.forbidUserLookup ?? settings.forbidUserLookup;
  };
  configure(options);

  const addUser = (user: OmUser) => {
    const name = user.name.toLowerCase();
    users.set(name, {
      id: randomUUID(),
      name,
      fullyQualifiedName: name,
      displayName: user.name,
      email: user.email ?? `${name}@openmetadata.org`,
      isBot: user.isBot ?? false,
      isAdmin: user.isAdmin ?? false,
      version: 0.1,
      updatedAt: Date.now(),
      updatedBy: 'admin',
      deleted: false,
      href: `/api/v1/users/${name}`
    });
  };
  for (const user of options.users) addUser(user);

  async function findKey(kid: string | undefined): Promise<JWK> {
    for (const url of publicKeyUrls) {
      try {
        const jwks = (await fetchJson(url, ca)) as { keys?: JWK[] };
        const key = jwks.keys?.find(k => k.kid === kid);
        if (key) return key;
      } catch {
        // a suppressed exception in MultiUrlJwkProvider: try the next URL
      }
    }
    if (options.unknownKid === 'server-error') {
      throw new OmError(
        500,
        `An exception with message [${KEY_NOT_FOUND}] was thrown while processing request.`
      );
    }
    throw new OmError(
      401,
      `Not Authorized! Token signing key not found in configured public keys due to ${KEY_NOT_FOUND}`
    );
  }

  async function authenticate(header: string | undefined, log: OmRequest): Promise<string> {
    // JwtFilter.extractTokenFromString: must start with "Bearer" and carry something after it.
    if (!header || !header.startsWith('Bearer') || header.length <= 'Bearer'.length + 1) {
      throw new OmError(401, 'Not Authorized! Token not present');
    }
    const token = header.slice('Bearer'.length + 1);
    let claims: ReturnType<typeof decodeJwt>;
    let kid: string | undefined;
    try {
      claims = decodeJwt(token);
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw new OmError(401, 'Not Authorized! Invalid token.');
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 < Date.now()) {
      throw new OmError(401, 'Expired token!');
    }
    const jwk = await findKey(kid);
    try {
      const key = await importJWK({ ...jwk, alg: 'RS256' }, 'RS256');
      await compactVerify(token, key, { algorithms: ['RS256'] });
    } catch (error) {
      const name = (error as { code?: string }).code ?? 'SignatureVerificationException';
      throw new OmError(
        401,
        `Not Authorized! Invalid token. Token verification failed. Public key mismatch. due to com.auth0.jwt.exceptions.SignatureVerificationException: The Token's Signature resulted invalid when verified using the Algorithm: SHA256withRSA (${name})`
      );
    }
    const order = ['email', 'preferred_username', 'sub'];
    const claim = order.find(c => c in claims);
    const value = claim ? claims[claim] : undefined;
    if (typeof value !== 'string') {
      throw new OmError(
        401,
        `Invalid JWT token, none of the following claims are present [${order.join(', ')}]`
      );
    }
    const [local, domain] = value.split('@');
    if (options.principalDomain && claims.isBot !== true && domain !== options.principalDomain) {
      throw new OmError(
        401,
        `Not Authorized! Email does not match the principal domain ${options.principalDomain}`
      );
    }
    const principal = local.toLowerCase();
    log.principal = principal;
    return principal;
  }

  /** The endpoints JwtFilter.EXCLUDED_ENDPOINTS lets through without a token. */
  const publicAnswer = (path: string): unknown => {
    switch (path) {
      case '/api/v1/system/version':
        return { version, revision: 'emulator', timestamp: 1700000000000 };
      case '/api/v1/system/config/auth':
        return { ...settings.authentication, publicKeyUrls };
      case '/api/v1/system/config/authorizer':
        return settings.authorizer;
      case '/api/v1/system/config/jwks':
        return { keys: [settings.quickstartKey ? QUICKSTART_PUBLIC_JWK : ownKey] };
      default:
        return undefined;
    }
  };

  /** UserResource.getByName: the authorizer loads the caller, checks ViewBasic, then the user. */
  const userByName = (caller: string, name: string) => {
    if (!users.has(caller)) throw new OmError(404, `user instance for ${caller} not found`);
    if (settings.forbidUserLookup)
      throw new OmError(
        403,
        `Principal: CatalogPrincipal{name='${caller}'} operations [ViewBasic] not allowed`
      );
    const user = users.get(name.toLowerCase());
    if (!user) throw new OmError(404, `user instance for ${name} not found`);
    return user;
  };

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const log: OmRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      authorization: req.headers.authorization !== undefined,
      status: 0
    };
    requests.push(log);
    const send = (status: number, body: unknown) => {
      log.status = status;
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    req.resume();
    const override = req.method === 'GET' ? overrides.get(url.pathname) : undefined;
    if (override) {
      res.on('finish', () => (log.status = res.statusCode));
      return override(req, res);
    }
    try {
      const open = req.method === 'GET' ? publicAnswer(url.pathname) : undefined;
      if (open !== undefined) return send(200, open);
      if (req.method === 'GET' && url.pathname === '/api/v1/users/loggedInUser') {
        const principal = await authenticate(req.headers.authorization, log);
        const user = users.get(principal);
        if (!user) throw new OmError(404, `user instance for ${principal} not found`);
        return send(200, user);
      }
      const byName = /^\/api\/v1\/users\/name\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && byName) {
        const caller = await authenticate(req.headers.authorization, log);
        return send(200, userByName(caller, decodeURIComponent(byName[1])));
      }
      if (url.pathname.startsWith('/api/')) {
        // Every other API path is behind the JWT filter.
        await authenticate(req.headers.authorization, log);
      }
      throw new OmError(404, 'HTTP 404 Not Found');
    } catch (error) {
      if (error instanceof OmError) return send(error.status, { code: error.status, message: error.message });
      return send(500, {
        code: 500,
        message: `An exception with message [${String(error)}] was thrown while processing request.`
      });
    }
  };

  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => void handler(req, res);
  const server = options.tls
    ? https.createServer({ key: options.tls.key, cert: options.tls.cert }, listener)
    : http.createServer(listener);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const scheme = options.tls ? 'https' : 'http';

  return {
    hostPort: `${scheme}://127.0.0.1:${port}/api`,
    port,
    setPublicKeyUrls: urls => {
      publicKeyUrls = [...urls];
    },
    addUser,
    removeUser: name => {
      users.delete(name.toLowerCase());
    },
    setVersion: v => {
      version = v;
    },
    configure,
    answer: (path, handler) => {
      if (handler) overrides.set(path, handler);
      else overrides.delete(path);
    },
    requests,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}
