/**
 * The two OpenMetadata addresses: `openmetadata-host-port` (the API, as ingestion's `hostPort` needs it)
 * and `openmetadata-url` (the address people open: the login callback is `{url}/callback`).
 */
import type { Reader } from './reader.js';

/** The URL parser drops tabs and newlines silently; the rendered file would keep them. */
// eslint-disable-next-line no-control-regex
const BLANK_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/;

export function readHostPort(r: Reader): string {
  const value = r.get('openmetadata-host-port') || 'http://localhost:8585/api';
  const fix =
    'Set openmetadata-host-port to the server URL with its API path, e.g. http://localhost:8585/api.';
  if (BLANK_OR_CONTROL.test(value)) {
    r.problem('openmetadata-host-port', 'contains a blank or a control character.', fix);
    return value;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    r.problem('openmetadata-host-port', `\`${value}\` is not a URL.`, fix);
    return value;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    r.problem(
      'openmetadata-host-port',
      `uses ${url.protocol}//; OpenMetadata is served over http or https.`,
      fix
    );
  } else if (url.username || url.password) {
    r.problem('openmetadata-host-port', 'contains credentials; never put credentials in the URL.', fix);
  } else if (!/\/api$/.test(url.pathname) || url.search || url.hash || /[?#]/.test(value)) {
    r.problem('openmetadata-host-port', `must end with the API path /api (got path "${url.pathname}").`, fix);
  } else if (url.href !== value) {
    // The file holds the text as given: it must be the URL itself (no `..`, upper-case host, default port).
    r.problem(
      'openmetadata-host-port',
      `\`${value}\` is not written in its normal form.`,
      `Set openmetadata-host-port to ${url.href}.`
    );
  }
  return value;
}

/** The origin (`https://host[:port]`, no trailing slash), or undefined when empty or bad. */
export function readOpenmetadataUrl(r: Reader): string | undefined {
  const value = r.get('openmetadata-url');
  if (!value) return undefined;
  const fix =
    'Set openmetadata-url to the origin people open, without /api, e.g. https://openmetadata.example.com.';
  if (BLANK_OR_CONTROL.test(value)) {
    r.problem('openmetadata-url', 'contains a blank or a control character.', fix);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    r.problem('openmetadata-url', `\`${value}\` is not a URL.`, fix);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    r.problem('openmetadata-url', `uses ${url.protocol}//; OpenMetadata is served over http or https.`, fix);
  } else if (url.username || url.password) {
    r.problem('openmetadata-url', 'contains credentials; never put credentials in the URL.', fix);
  } else if (url.search || url.hash || /[?#]/.test(value)) {
    r.problem('openmetadata-url', 'contains a query or fragment; it must be only the origin.', fix);
  } else if (/\/api\/?$/.test(url.pathname)) {
    r.problem(
      'openmetadata-url',
      'ends in /api: that is the API (openmetadata-host-port), not the address people open.',
      fix
    );
  } else if (url.pathname !== '/') {
    r.problem('openmetadata-url', `has the path "${url.pathname}"; it must be only the origin.`, fix);
  } else {
    if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
      r.warnings.push(
        `openmetadata-url is http://${url.host}: Auth0 then returns logins to OpenMetadata unencrypted. Use https outside a local test.`
      );
    // A trailing "/" alone is dropped: the callback is `{origin}/callback`.
    return url.origin;
  }
  return undefined;
}
