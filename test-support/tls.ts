/**
 * A throw-away certificate authority for the project's local emulators (Auth0 tenant, OpenMetadata,
 * artifact service, GitHub API): real HTTPS on 127.0.0.1 that the production code trusts only through
 * `NODE_EXTRA_CA_CERTS` (or an explicit `ca` option), exactly as it would trust a private CA in the field.
 *
 * One CA and one server certificate (SAN `IP:127.0.0.1`, `IP:::1`, `DNS:localhost`) are generated per
 * process and cached: RSA keys come from `node:crypto` (fast, native) and are converted to node-forge
 * through PEM only to build the X.509 certificates, which `node:crypto` cannot issue.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import forge from 'node-forge';

export interface TestCa {
  /** PEM of the CA certificate (what clients trust). */
  caPem: string;
  /** `ca.pem` written in `dir`: the value for `NODE_EXTRA_CA_CERTS` of child processes. */
  caPath: string;
  /** The directory `ca.pem` was written to (a fresh temporary directory unless one was given). */
  dir: string;
  /** PEM private key of the server certificate. */
  key: string;
  /** PEM server certificate, issued by the CA. */
  cert: string;
}

interface Material {
  caPem: string;
  key: string;
  cert: string;
}

let cached: Material | undefined;
let defaultDir: string | undefined;

function rsaKeyPair(): { privatePem: string; publicPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privatePem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
  };
}

/**
 * A random positive serial number of `bytes` bytes whose DER INTEGER is minimal: the first byte is 0x01–0x7f
 * (no sign padding needed, no leading zero). node-forge writes the hex as given, and OpenSSL refuses a
 * padded integer ("illegal padding"): the former `'0' + random hex` did so whenever the random part began
 * with 00, once in 256 certificates, and then the emulator failed to start.
 */
export function serialNumber(bytes = 16): string {
  const serial = randomBytes(bytes);
  serial[0] = (serial[0] % 0x7f) + 1;
  return serial.toString('hex');
}

function validity(cert: forge.pki.Certificate, years: number): void {
  const now = Date.now();
  // A day in the past tolerates clock skew between the test process and child processes.
  cert.validity.notBefore = new Date(now - 24 * 60 * 60 * 1000);
  cert.validity.notAfter = new Date(now + years * 365 * 24 * 60 * 60 * 1000);
}

function generate(): Material {
  const caKeys = rsaKeyPair();
  const caPrivate = forge.pki.privateKeyFromPem(caKeys.privatePem);
  const caCert = forge.pki.createCertificate();
  caCert.publicKey = forge.pki.publicKeyFromPem(caKeys.publicPem);
  caCert.serialNumber = serialNumber();
  validity(caCert, 10);
  const caSubject = [
    { name: 'commonName', value: 'OpenMetadata Auth0 Action Test CA' },
    { name: 'organizationName', value: 'Test emulators (not trusted anywhere else)' }
  ];
  caCert.setSubject(caSubject);
  caCert.setIssuer(caSubject);
  caCert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' }
  ]);
  caCert.sign(caPrivate, forge.md.sha256.create());

  const serverKeys = rsaKeyPair();
  const serverCert = forge.pki.createCertificate();
  serverCert.publicKey = forge.pki.publicKeyFromPem(serverKeys.publicPem);
  serverCert.serialNumber = serialNumber();
  validity(serverCert, 2);
  serverCert.setSubject([{ name: 'commonName', value: 'localhost' }]);
  serverCert.setIssuer(caSubject);
  serverCert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    {
      name: 'subjectAltName',
      altNames: [
        { type: 7, ip: '127.0.0.1' },
        { type: 7, ip: '::1' },
        { type: 2, value: 'localhost' }
      ]
    },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() }
  ]);
  serverCert.sign(caPrivate, forge.md.sha256.create());

  return {
    caPem: forge.pki.certificateToPem(caCert),
    key: serverKeys.privatePem,
    cert: forge.pki.certificateToPem(serverCert)
  };
}

function material(): Material {
  cached ??= generate();
  return cached;
}

/**
 * The process's test CA and server certificate, with `ca.pem` written into `dir` (created if needed)
 * or into a fresh temporary directory. The key material is generated once per process.
 */
export function createTestCa(dir?: string): TestCa {
  const m = material();
  const target = dir ?? mkdtempSync(path.join(tmpdir(), 'test-ca-'));
  mkdirSync(target, { recursive: true });
  const caPath = path.join(target, 'ca.pem');
  writeFileSync(caPath, m.caPem);
  return { ...m, caPath, dir: target };
}

/** `key` and `cert` for `https.createServer`, valid for 127.0.0.1, ::1 and localhost. */
export function serverTlsOptions(): { key: string; cert: string } {
  const { key, cert } = material();
  return { key, cert };
}

/** Path of a `ca.pem` shared by the whole process (written once, into its own temporary directory). */
export function testCaPath(): string {
  defaultDir ??= createTestCa().dir;
  return path.join(defaultDir, 'ca.pem');
}

/** PEM of the test CA, for an explicit `ca` option of `https.request`/`tls.connect`. */
export function testCaPem(): string {
  return material().caPem;
}
