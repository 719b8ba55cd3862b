/** `auth0-domain`: the canonical tenant host, as OpenMetadata's Auth0 settings expect it (no scheme, no slash). */
import type { Mode } from './index.js';
import { HOST_RE } from './formats.js';
import type { Reader } from './reader.js';

/** The bare `host` or `host:port`, lower-cased; undefined when empty or bad. */
/** `mode` is undefined when the mode input is invalid: then nothing is required (that would assume a mode). */
export function readAuth0Domain(r: Reader, mode: Mode | undefined): string | undefined {
  const raw = r.get('auth0-domain');
  if (!raw) {
    if (mode && mode !== 'validate')
      r.problem(
        'auth0-domain',
        `is required in mode ${mode}.`,
        'Set auth0-domain to your tenant, e.g. acme.eu.auth0.com.'
      );
    return undefined;
  }
  let value = raw;
  const fix = 'Set auth0-domain to the bare tenant host, e.g. acme.eu.auth0.com (or host:port).';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (scheme) {
    if (scheme[1].toLowerCase() !== 'https') {
      r.problem('auth0-domain', `uses the scheme ${scheme[1]}://; Auth0 is only reached over https.`, fix);
      return undefined;
    }
    value = value.slice(scheme[0].length);
    r.warnings.push(`auth0-domain: removed the leading "${scheme[0]}"; OpenMetadata expects a bare host.`);
  }
  if (value.endsWith('/') && value.indexOf('/') === value.length - 1) {
    value = value.slice(0, -1);
    r.warnings.push('auth0-domain: removed the trailing "/"; OpenMetadata expects a bare host.');
  }
  if (value.includes('@')) {
    r.problem('auth0-domain', 'contains credentials (user@host); never put credentials in the domain.', fix);
    return undefined;
  }
  if (/[/?#]/.test(value)) {
    r.problem('auth0-domain', 'contains a path, query or fragment; it must be only the host.', fix);
    return undefined;
  }
  const m = /^([^:]+)(?::(\d{1,5}))?$/.exec(value);
  const port = m?.[2] ? Number(m[2]) : undefined;
  // A bare number (2130706433) is read as an IPv4 address by the resolver: no tenant is named so.
  const numeric = m !== null && /^[\d.]+$/.test(m[1]) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(m[1]);
  if (!m || numeric || !HOST_RE.test(m[1]) || (port !== undefined && (port < 1 || port > 65535))) {
    r.problem('auth0-domain', `\`${value}\` is not a host name (optionally with :port).`, fix);
    return undefined;
  }
  return value.toLowerCase();
}
