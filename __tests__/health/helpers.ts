/**
 * Small fixtures for the health tests: a private CA with a server certificate for 127.0.0.1, a JWKS
 * server standing in for the Auth0 tenant's `/.well-known/jwks.json`, and RS256 tokens shaped like Auth0
 * client-credentials tokens.
 */
import { generateKeyPairSync } from 'node:crypto';
import * as http from 'node:http';
import * as https from 'node:https';
import type { AddressInfo } from 'node:net';
import forge from 'node-forge';
import { exportJWK, importPKCS8, SignJWT, type JWK } from 'jose';

export interface TestCa {
  caPem: string;
  /** Server certificate for 127.0.0.1 / localhost, issued by the CA. */
  key: string;
  cert: string;
}

function rsaPem(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
  };
}

export function createTestCa(): TestCa {
  const pki = forge.pki;
  const caKeys = rsaPem();
  const caKey = pki.privateKeyFromPem(caKeys.privatePem);
  const ca = pki.createCertificate();
  ca.publicKey = pki.publicKeyFromPem(caKeys.publicPem);
  ca.serialNumber = '01';
  ca.validity.notBefore = new Date(Date.now() - 60_000);
  ca.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  const caName = [{ name: 'commonName', value: 'Health Test CA' }];
  ca.setSubject(caName);
  ca.setIssuer(caName);
  ca.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
  ]);
  ca.sign(caKey, forge.md.sha256.create());

  const serverKeys = rsaPem();
  const cert = pki.createCertificate();
  cert.publicKey = pki.publicKeyFromPem(serverKeys.publicPem);
  cert.serialNumber = '02';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 24 * 3600_000);
  cert.setSubject([{ name: 'commonName', value: '127.0.0.1' }]);
  cert.setIssuer(caName);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 2, value: 'localhost' }
      ]
    }
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { caPem: pki.certificateToPem(ca), key: serverKeys.privatePem, cert: pki.certificateToPem(cert) };
}

export interface SigningKey {
  kid: string;
  privatePem: string;
  jwk: JWK;
}

export async function createSigningKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = await exportJWK(publicKey);
  return {
    kid,
    privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' }
  };
}

/** An Auth0-like client-credentials access token. */
export async function signToken(
  key: SigningKey,
  opts: { clientId: string; domain: string; expiresInSeconds?: number; claims?: Record<string, unknown> }
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const exp = now + (opts.expiresInSeconds ?? 3600);
  return new SignJWT({ gty: 'client-credentials', azp: opts.clientId, ...opts.claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: key.kid })
    .setIssuer(`https://${opts.domain}/`)
    .setSubject(`${opts.clientId}@clients`)
    .setAudience(`https://${opts.domain}/api/v2/`)
    .setIssuedAt(Math.min(now, exp - 60))
    .setExpirationTime(exp)
    .sign(await importPKCS8(key.privatePem, 'RS256'));
}

export interface JwksServer {
  url: string;
  setKeys(keys: JWK[]): void;
  close(): Promise<void>;
}

/** Serves `{keys}` at /.well-known/jwks.json, over HTTPS when given a certificate. */
export async function startJwksServer(keys: JWK[], tls?: { key: string; cert: string }): Promise<JwksServer> {
  let current = keys;
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.url === '/.well-known/jwks.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ keys: current }));
    } else {
      res.writeHead(404);
      res.end();
    }
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}/.well-known/jwks.json`,
    setKeys: k => {
      current = k;
    },
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>(resolve => server.close(() => resolve()));
  return port;
}

/** A server that accepts connections and never answers. */
export async function startSilentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(() => undefined);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/api`,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}
