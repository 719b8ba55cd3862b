/**
 * The tenant's token signing keys, RS256 JWTs and the JWKS document.
 *
 * Auth0 signs access tokens with RS256; the header carries `alg`, `typ: JWT` and the `kid` of a key
 * published at `/.well-known/jwks.json` as `{kty: RSA, use: sig, alg: RS256, n, e, kid, x5t, x5c}`
 * (x5c: a self-signed certificate of the key, x5t: its SHA-1 thumbprint). JWTs are signed here with
 * `node:crypto` directly so that minting is synchronous.
 */
import {
  createHash,
  createSign,
  createVerify,
  generateKeyPairSync,
  randomBytes,
  type KeyObject
} from 'node:crypto';
import forge from 'node-forge';
import { serialNumber } from '../tls.js';

export interface RsaJwk {
  kty: 'RSA';
  use: 'sig';
  alg: 'RS256';
  kid: string;
  n: string;
  e: string;
  x5t?: string;
  x5c?: string[];
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  jwk: RsaJwk;
}

/** Auth0's key ids are opaque url-safe strings. */
export function newKid(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * RSA-2048 key pairs shared by every emulator of the process, generated on first use. Generating one per
 * emulator (hundreds per test run) was slow and, with Node 20's OpenSSL, now and then hung the test
 * process in generateKeyPairSync; the keys of one emulator stay distinct (see `keyIndex`).
 */
const keyPairs = new Map<number, { privateKey: KeyObject; publicKey: KeyObject }>();

export function pooledKeyPair(index: number): { privateKey: KeyObject; publicKey: KeyObject } {
  let pair = keyPairs.get(index);
  if (!pair) keyPairs.set(index, (pair = generateKeyPairSync('rsa', { modulusLength: 2048 })));
  return pair;
}

/** Pool index of the OpenMetadata emulator's own key: apart from every Auth0 emulator key. */
export const OPENMETADATA_KEY_INDEX = 1000;

/**
 * An RSA-2048 signing key: the pooled pair `keyIndex` (distinct indexes give distinct keys) under a
 * fresh kid. With `subject`, the JWK also carries x5c/x5t of a self-signed certificate of
 * the key, as Auth0's JWKS does (CN = the tenant domain).
 */
export function newSigningKey(keyIndex: number, subject?: string, kid: string = newKid()): SigningKey {
  const { privateKey, publicKey } = pooledKeyPair(keyIndex);
  const { n, e } = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
  const jwk: RsaJwk = { kty: 'RSA', use: 'sig', alg: 'RS256', kid, n, e };
  if (subject) {
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    cert.serialNumber = serialNumber(9);
    cert.validity.notBefore = new Date(Date.now() - 24 * 60 * 60 * 1000);
    cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 60 * 60 * 1000);
    const name = [{ name: 'commonName', value: subject }];
    cert.setSubject(name);
    cert.setIssuer(name);
    cert.sign(
      forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs1', format: 'pem' }).toString()),
      forge.md.sha256.create()
    );
    const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
    jwk.x5c = [der.toString('base64')];
    jwk.x5t = createHash('sha1').update(der).digest('base64url');
  }
  return { kid, privateKey, publicKey, jwk };
}

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export function signJwt(
  payload: Record<string, unknown>,
  key: { kid: string; privateKey: KeyObject }
): string {
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid: key.kid })}.${b64url(payload)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key.privateKey).toString('base64url');
  return `${input}.${signature}`;
}

export interface DecodedJwt {
  header: { alg?: unknown; kid?: unknown; typ?: unknown };
  payload: Record<string, unknown>;
}

/** Splits and parses a compact JWS; undefined when it is not one. */
export function decodeJwt(token: string): (DecodedJwt & { input: string; signature: Buffer }) | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some(p => !/^[A-Za-z0-9_-]*$/.test(p))) return undefined;
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as unknown;
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown;
    if (!header || typeof header !== 'object' || !payload || typeof payload !== 'object') return undefined;
    return {
      header: header as DecodedJwt['header'],
      payload: payload as Record<string, unknown>,
      input: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2], 'base64url')
    };
  } catch {
    return undefined;
  }
}

export function verifySignature(
  decoded: { input: string; signature: Buffer },
  publicKey: KeyObject
): boolean {
  return createVerify('RSA-SHA256').update(decoded.input).verify(publicKey, decoded.signature);
}
