/**
 * An Auth0 tenant emulator: real HTTPS on 127.0.0.1 (certificate from the process's test CA, trusted by
 * child processes through `NODE_EXTRA_CA_CERTS=emu.caPath`), so the action runs its production code
 * path with `auth0-domain: 127.0.0.1:PORT`.
 *
 * It serves what the action uses, with Auth0's documented shapes (details and sources in the modules):
 * - `POST /oauth/token` (client credentials; auth0-emulator/oauth.ts);
 * - `GET /.well-known/jwks.json`, `GET /.well-known/openid-configuration` (RS256 keys with kid, x5c);
 * - Management API v2 under `/api/v2` (auth0-emulator/management.ts): clients, client grants, resource
 *   servers; Bearer tokens verified like Auth0 does (signature by a JWKS key, expiry, audience), scopes
 *   per endpoint.
 * Every response carries `x-ratelimit-limit`, `x-ratelimit-remaining` and `x-ratelimit-reset` (epoch
 * seconds), as Auth0's APIs do.
 *
 * State (`clients`, `grants`, `resourceServers`) is plain arrays that tests read and mutate directly;
 * `requests` logs every request with its final status (0 when no response was sent: a reset connection,
 * or a client that went away during a delay). Faults are consumed in the order they were injected.
 */
import * as https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rmSync } from 'node:fs';
import { createTestCa, serverTlsOptions } from './tls.js';
import {
  decodeJwt,
  newKid,
  newSigningKey,
  signJwt,
  verifySignature,
  type SigningKey
} from './auth0-emulator/keys.js';
import {
  buildClient,
  customResourceServer,
  managementResourceServer,
  newClientId,
  newGrantId,
  scopeObjects,
  type EmuClient,
  type EmuGrant,
  type EmuResourceServer
} from './auth0-emulator/tenant.js';
import { handleManagement, type Caller } from './auth0-emulator/management.js';
import { handleToken } from './auth0-emulator/oauth.js';
import { faultBody, mgmtError, unauthorized, type ParsedRequest, type Reply } from './auth0-emulator/http.js';

export type { EmuClient, EmuGrant, EmuResourceServer } from './auth0-emulator/tenant.js';

type PathMatch = string | RegExp;

/** What every fault takes besides its own fields. */
interface FaultTiming {
  /**
   * Let this many matching requests through unharmed first: e.g. fail only the listing that follows a
   * create, not the run's first one. While it lasts, the fault shadows later faults matching the request.
   */
  skip?: number;
}

export type Fault = FaultTiming &
  (
    | {
        kind: 'status';
        status: number;
        method?: string;
        /** String: prefix of the pathname; RegExp: tested against the pathname. */
        path?: PathMatch;
        times?: number;
        /** Adds `Retry-After: <seconds>`. */
        retryAfterSeconds?: number;
        /** Sets `x-ratelimit-reset` to now + this (and `x-ratelimit-remaining: 0`). */
        rateLimitResetInSeconds?: number;
        /**
         * Replaces the default body (Auth0's shape for the status); a string is sent as it is. A function is
         * called when the answer is sent (with afterWrite: after the write), e.g. to echo what the write made.
         */
        body?: unknown | ((emu: Auth0Emulator) => unknown);
        /** Extra or replaced headers (e.g. `location`, or `content-type: text/html` for a proxy's page). */
        headers?: Record<string, string>;
        /** Apply the request first (a POST really creates), then answer with the status. */
        afterWrite?: boolean;
      }
    | {
        kind: 'delay';
        ms: number;
        method?: string;
        path?: PathMatch;
        times?: number;
        /**
         * Default: wait before handling; a request whose client gave up meanwhile is dropped unapplied.
         * With afterWrite the request is applied at once and only the answer is late.
         */
        afterWrite?: boolean;
      }
    | { kind: 'malformed-json'; method?: string; path?: PathMatch; times?: number }
    | {
        kind: 'forged-token';
        times?: number;
        /** Only tokens issued to this client (e.g. the ingestion app, not the admin app). */
        clientId?: string;
        /** Keep the kid of the genuine key (signature check fails) instead of a kid absent from the JWKS. */
        sameKid?: boolean;
      }
    | { kind: 'reset-connection'; method?: string; path?: PathMatch; times?: number }
    | {
        /** Send the status line, the headers and half of the real answer's body, then reset the connection. */
        kind: 'reset-mid-body';
        method?: string;
        path?: PathMatch;
        times?: number;
      }
  );

export interface RequestLogEntry {
  method: string;
  /** The pathname as sent (percent-encoding kept). */
  path: string;
  query: Record<string, string>;
  /** Final status; 0 when no response was sent. */
  status: number;
  /** `/oauth/token` only: how the client authenticated. */
  authMethod?: 'basic' | 'post';
  /** The fault that shaped this answer, if any. */
  fault?: Fault['kind'];
}

export interface StartAuth0EmulatorOptions {
  port?: number;
  /** `expires_in` of issued tokens (Auth0's default for the Management API: 86400). */
  tokenLifetimeSeconds?: number;
  /** `x-ratelimit-limit` (requests per one-second window); informative, never enforced. */
  rateLimitPerSecond?: number;
}

export interface Auth0Emulator {
  /** `127.0.0.1:PORT`, what the action's `auth0-domain` input gets. */
  domain: string;
  /** `https://127.0.0.1:PORT` */
  baseUrl: string;
  /** `https://127.0.0.1:PORT/`, the `iss` of issued tokens. */
  issuer: string;
  /** PEM of the CA the server certificate chains to: `NODE_EXTRA_CA_CERTS` for child processes. */
  caPath: string;
  /** `https://127.0.0.1:PORT/api/v2/` */
  managementAudience: string;
  clients: EmuClient[];
  grants: EmuGrant[];
  /** The built-in "Auth0 Management API" first, then those added. */
  resourceServers: EmuResourceServer[];
  addClient(partial: Partial<EmuClient> & { name: string }): EmuClient;
  addGrant(clientId: string, audience: string, scope: string[]): EmuGrant;
  createAdminApp(scopes?: string[]): { clientId: string; clientSecret: string };
  mintManagementToken(scopes: string[], opts?: { expiresInSeconds?: number }): string;
  addResourceServer(identifier: string, scopes: string[]): EmuResourceServer;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  /** Faults not yet consumed, with what remains of their `times`. */
  pendingFaults(): Array<Fault & { remaining: number }>;
  requests: RequestLogEntry[];
  /** Requests matching method (any case) and path (string: exact pathname; RegExp: tested). */
  count(filter?: { method?: string; path?: string | RegExp }): number;
  resetLog(): void;
  /** A new signing key with a new kid; the old one leaves the JWKS (its tokens stop verifying). */
  rotateSigningKey(): void;
  /** The current JWKS document (as served). */
  jwks(): { keys: object[] };
  close(): Promise<void>;
}

/** What an admin M2M app needs for the action (DESIGN.md, management-client-id). */
export const DEFAULT_ADMIN_SCOPES = [
  'read:clients',
  'create:clients',
  'update:clients',
  'read:client_keys',
  'read:client_grants',
  'create:client_grants',
  'update:client_grants',
  'read:resource_servers'
];

const MAX_BODY_BYTES = 1024 * 1024;

interface PendingFault {
  fault: Fault;
  remaining: number;
  /** Matching requests still to let through (`skip`). */
  skipping: number;
}

function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function pathMatches(match: PathMatch | undefined, path: string): boolean {
  if (match === undefined) return true;
  if (typeof match === 'string') return path.startsWith(match);
  match.lastIndex = 0;
  return match.test(path);
}

export async function startAuth0Emulator(options: StartAuth0EmulatorOptions = {}): Promise<Auth0Emulator> {
  const lifetime = options.tokenLifetimeSeconds ?? 86400;
  const rateLimit = options.rateLimitPerSecond ?? 50;
  const ca = createTestCa();
  const faults: PendingFault[] = [];
  const sleepers = new Set<{ timer: NodeJS.Timeout; done: () => void }>();
  let closing = false;
  let signingKey: SigningKey;
  let forgeryKey: SigningKey | undefined;
  let window = { second: 0, used: 0 };
  // The `sub` of tokens made by mintManagementToken: an admin app that is not in the client list.
  const mintClientId = newClientId();
  const tenantName = 'emulated-tenant';

  const server = https.createServer({ ...serverTlsOptions() });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const domain = `127.0.0.1:${port}`;
  const baseUrl = `https://${domain}`;
  const issuer = `${baseUrl}/`;
  const managementAudience = `${baseUrl}/api/v2/`;
  // Each key of this emulator (current, rotated, forgery) is a distinct pooled key pair.
  let nextKeyIndex = 0;
  signingKey = newSigningKey(nextKeyIndex++, domain);

  const emu: Auth0Emulator = {
    domain,
    baseUrl,
    issuer,
    caPath: ca.caPath,
    managementAudience,
    clients: [],
    grants: [],
    resourceServers: [managementResourceServer(managementAudience)],
    requests: [],

    addClient(partial) {
      const client = buildClient(partial, tenantName);
      emu.clients.push(client);
      return client;
    },
    addGrant(clientId, audience, scope) {
      const grant: EmuGrant = { id: newGrantId(), client_id: clientId, audience, scope: [...scope] };
      emu.grants.push(grant);
      return grant;
    },
    createAdminApp(scopes = DEFAULT_ADMIN_SCOPES) {
      const app = emu.addClient({
        name: 'Auth0 Admin M2M (emulator)',
        app_type: 'non_interactive',
        grant_types: ['client_credentials'],
        token_endpoint_auth_method: 'client_secret_post'
      });
      emu.addGrant(app.client_id, managementAudience, scopes);
      return { clientId: app.client_id, clientSecret: app.client_secret as string };
    },
    mintManagementToken(scopes, opts = {}) {
      const now = Math.floor(Date.now() / 1000);
      return signJwt(
        {
          iss: issuer,
          sub: `${mintClientId}@clients`,
          aud: managementAudience,
          iat: now,
          exp: now + (opts.expiresInSeconds ?? lifetime),
          ...(scopes.length ? { scope: scopes.join(' ') } : {}),
          gty: 'client-credentials',
          azp: mintClientId
        },
        signingKey
      );
    },
    addResourceServer(identifier, scopes) {
      const existing = emu.resourceServers.find(r => r.identifier === identifier);
      if (existing) {
        existing.scopes = scopeObjects(scopes);
        return existing;
      }
      const created = customResourceServer(identifier, scopes);
      emu.resourceServers.push(created);
      return created;
    },
    injectFault(fault) {
      faults.push({ fault, remaining: fault.times ?? 1, skipping: fault.skip ?? 0 });
    },
    clearFaults() {
      faults.length = 0;
    },
    pendingFaults() {
      return faults.map(f => ({ ...f.fault, remaining: f.remaining }));
    },
    count(filter = {}) {
      return emu.requests.filter(
        r =>
          (!filter.method || r.method === filter.method.toUpperCase()) &&
          (filter.path === undefined ||
            (typeof filter.path === 'string' ? r.path === filter.path : pathMatches(filter.path, r.path)))
      ).length;
    },
    resetLog() {
      emu.requests.length = 0;
    },
    rotateSigningKey() {
      signingKey = newSigningKey(nextKeyIndex++, domain);
    },
    jwks() {
      return { keys: [structuredClone(signingKey.jwk)] };
    },
    async close() {
      closing = true;
      for (const sleeper of sleepers) {
        clearTimeout(sleeper.timer);
        sleeper.done();
      }
      sleepers.clear();
      server.closeAllConnections();
      await new Promise<void>(resolve => server.close(() => resolve()));
      rmSync(ca.dir, { recursive: true, force: true });
    }
  };
  // Live views on the arrays (tests may even replace them).
  const state = {
    get clients() {
      return emu.clients;
    },
    get grants() {
      return emu.grants;
    },
    get resourceServers() {
      return emu.resourceServers;
    },
    tenantName
  };

  function takeFault(
    kinds: Array<Fault['kind']>,
    method: string,
    path: string,
    extra?: (f: Fault) => boolean
  ) {
    const index = faults.findIndex(
      ({ fault }) =>
        kinds.includes(fault.kind) &&
        (!('method' in fault) || !fault.method || fault.method.toUpperCase() === method) &&
        (!('path' in fault) || pathMatches(fault.path, path)) &&
        (!extra || extra(fault))
    );
    if (index < 0) return undefined;
    const pending = faults[index];
    if (pending.skipping > 0) {
      pending.skipping -= 1;
      return undefined;
    }
    pending.remaining -= 1;
    if (pending.remaining <= 0) faults.splice(index, 1);
    return pending.fault;
  }

  function sleep(ms: number): Promise<void> {
    return new Promise(resolve => {
      const sleeper = {
        done: () => resolve(),
        timer: setTimeout(() => {
          sleepers.delete(sleeper);
          resolve();
        }, ms)
      };
      sleepers.add(sleeper);
    });
  }

  function rateLimitHeaders(override?: { remaining: number; resetIn: number }): Record<string, string> {
    const now = Math.floor(Date.now() / 1000);
    if (window.second !== now) window = { second: now, used: 0 };
    window.used += 1;
    return {
      'x-ratelimit-limit': String(rateLimit),
      'x-ratelimit-remaining': String(override ? override.remaining : Math.max(0, rateLimit - window.used)),
      'x-ratelimit-reset': String(override ? now + override.resetIn : now + 1)
    };
  }

  function authenticate(authorization: string | undefined): Caller | Reply {
    if (!authorization) return mgmtError(401, 'Missing authentication');
    const match = /^Bearer\s+(.+)$/i.exec(authorization.trim());
    if (!match) return mgmtError(401, 'Missing authentication');
    const decoded = decodeJwt(match[1].trim());
    if (!decoded) return mgmtError(400, 'Bad HTTP authentication header format');
    if (decoded.header.alg !== 'RS256' || decoded.header.kid !== signingKey.kid)
      return unauthorized('Invalid token');
    if (!verifySignature(decoded, signingKey.publicKey)) {
      return unauthorized('Invalid signature received for JSON Web Token validation');
    }
    const { exp, aud, iss, scope } = decoded.payload;
    if (typeof exp !== 'number' || exp <= Date.now() / 1000) {
      return unauthorized('Expired token received for JSON Web Token validation');
    }
    const audiences = Array.isArray(aud) ? aud : [aud];
    if (!audiences.includes(managementAudience)) return unauthorized(`Bad audience: ${audiences.join(' ')}`);
    if (iss !== issuer) return unauthorized('Invalid token');
    return { scopes: new Set(typeof scope === 'string' ? scope.split(' ').filter(Boolean) : []) };
  }

  function openidConfiguration() {
    return {
      issuer,
      authorization_endpoint: `${baseUrl}/authorize`,
      token_endpoint: `${baseUrl}/oauth/token`,
      device_authorization_endpoint: `${baseUrl}/oauth/device/code`,
      userinfo_endpoint: `${baseUrl}/userinfo`,
      mfa_challenge_endpoint: `${baseUrl}/mfa/challenge`,
      jwks_uri: `${baseUrl}/.well-known/jwks.json`,
      registration_endpoint: `${baseUrl}/oidc/register`,
      revocation_endpoint: `${baseUrl}/oauth/revoke`,
      scopes_supported: ['openid', 'profile', 'offline_access', 'name', 'email', 'email_verified'],
      response_types_supported: [
        'code',
        'token',
        'id_token',
        'code token',
        'code id_token',
        'token id_token'
      ],
      code_challenge_methods_supported: ['S256', 'plain'],
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['HS256', 'RS256', 'PS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'private_key_jwt'],
      claims_supported: [
        'aud',
        'auth_time',
        'created_at',
        'email',
        'email_verified',
        'exp',
        'iat',
        'iss',
        'sub'
      ],
      request_uri_parameter_supported: false,
      request_parameter_supported: false,
      end_session_endpoint: `${baseUrl}/oidc/logout`
    };
  }

  /** Routes a request that passed the fault stage. */
  function route(req: ParsedRequest, entry: RequestLogEntry): Reply {
    if (req.path === '/oauth/token') {
      if (req.method !== 'POST') return mgmtError(404, 'Not Found');
      const outcome = handleToken(state, req, issuer, lifetime);
      entry.authMethod = outcome.authMethod;
      if (outcome.claims) {
        const forged = takeFault(
          ['forged-token'],
          req.method,
          req.path,
          f => f.kind === 'forged-token' && (!f.clientId || f.clientId === outcome.clientId)
        );
        let key: { kid: string; privateKey: SigningKey['privateKey'] } = signingKey;
        if (forged && forged.kind === 'forged-token') {
          forgeryKey ??= newSigningKey(nextKeyIndex++);
          key = { kid: forged.sameKid ? signingKey.kid : newKid(), privateKey: forgeryKey.privateKey };
          entry.fault = 'forged-token';
        }
        (outcome.reply.body as Record<string, unknown>).access_token = signJwt(outcome.claims, key);
      }
      return outcome.reply;
    }
    if (req.method === 'GET' && req.path === '/.well-known/jwks.json')
      return { status: 200, body: emu.jwks() };
    if (req.method === 'GET' && req.path === '/.well-known/openid-configuration') {
      return { status: 200, body: openidConfiguration() };
    }
    if (req.path === '/api/v2' || req.path.startsWith('/api/v2/')) {
      const authorization = req.headers.authorization;
      return handleManagement(state, req, () =>
        authenticate(typeof authorization === 'string' ? authorization : undefined)
      );
    }
    return mgmtError(404, 'Not Found');
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', baseUrl);
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const entry: RequestLogEntry = { method, path, query: Object.fromEntries(url.searchParams), status: 0 };
    emu.requests.push(entry);
    let aborted = false;
    res.on('close', () => {
      if (!res.writableFinished) aborted = true;
    });
    const oauth = path.startsWith('/oauth/');

    const send = (reply: Reply, malformed = false, rate?: { remaining: number; resetIn: number }) => {
      if (aborted || closing || res.headersSent) return;
      let text =
        reply.body === undefined
          ? ''
          : typeof reply.body === 'string'
            ? reply.body
            : JSON.stringify(reply.body);
      // A body cut in the middle, as from a connection dropped by a proxy: never valid JSON.
      if (malformed) text = text.length > 1 ? text.slice(0, Math.ceil(text.length / 2)) : '{';
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
        ...rateLimitHeaders(rate),
        ...reply.headers
      });
      res.end(text);
      entry.status = reply.status;
    };

    const body = await readBody(req).catch(() => undefined);
    if (closing) return void res.destroy();
    if (!body) return send(mgmtError(413, 'Payload content length greater than maximum allowed: 1048576'));
    const parsed: ParsedRequest = { method, path, query: entry.query, headers: req.headers, body };

    const delay = takeFault(['delay'], method, path);
    if (delay?.kind === 'delay') {
      entry.fault = 'delay';
      if (!delay.afterWrite) {
        await sleep(delay.ms);
        if (aborted || closing) return void res.destroy();
      }
    }
    if (takeFault(['reset-connection'], method, path)) {
      entry.fault = 'reset-connection';
      req.socket.destroy();
      return;
    }
    const status = takeFault(['status'], method, path);
    const sendStatus = () => {
      if (status?.kind !== 'status') return;
      entry.fault = 'status';
      const headers: Record<string, string> = { ...status.headers };
      if (status.retryAfterSeconds !== undefined) headers['retry-after'] = String(status.retryAfterSeconds);
      const rate =
        status.status === 429 || status.rateLimitResetInSeconds !== undefined
          ? { remaining: 0, resetIn: status.rateLimitResetInSeconds ?? 1 }
          : undefined;
      const body = typeof status.body === 'function' ? status.body(emu) : status.body;
      send({ status: status.status, body: body ?? faultBody(status.status, oauth), headers }, false, rate);
    };
    if (status?.kind === 'status' && !status.afterWrite) return sendStatus();
    const malformed = takeFault(['malformed-json'], method, path);
    if (malformed) entry.fault = 'malformed-json';
    const midBody = takeFault(['reset-mid-body'], method, path);
    if (midBody) entry.fault = 'reset-mid-body';

    let reply: Reply;
    try {
      reply = route(parsed, entry);
    } catch (error) {
      reply = mgmtError(500, `Emulator error: ${(error as Error).message}`);
    }
    if (delay?.kind === 'delay' && delay.afterWrite) {
      await sleep(delay.ms);
      if (aborted || closing) return void res.destroy();
    }
    if (status?.kind === 'status') return sendStatus();
    if (midBody) return resetMidBody(res, reply, entry);
    send(reply, Boolean(malformed));
  }

  /** The answer's head and half its body, then a reset: a connection dropped while the body arrives. */
  function resetMidBody(res: ServerResponse, reply: Reply, entry: RequestLogEntry) {
    const text = JSON.stringify(reply.body ?? {}).padEnd(2048, ' ');
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
      ...rateLimitHeaders()
    });
    res.write(text.slice(0, text.length / 2), () => setTimeout(() => res.socket?.destroy(), 20));
    entry.status = reply.status;
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    onRequest(req, res).catch(() => res.destroy());
  });

  return emu;
}
