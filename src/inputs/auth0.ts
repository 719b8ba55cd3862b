/** The ingestion app in Auth0: which app, its grant (scopes, audience) and how it authenticates. */
import type { AuthMethod, Config } from './index.js';
import { appNameInput, clientIdInput } from './formats.js';
import type { Reader } from './reader.js';

// RFC 6749 §3.3 scope-token: %x21 / %x23-5B / %x5D-7E (no space, quote or backslash).
const SCOPE_RE = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

export type IngestionAppInputs = Pick<
  Config,
  | 'appName'
  | 'adoptExisting'
  | 'clientId'
  | 'clientSecret'
  | 'scopes'
  | 'audience'
  | 'tokenEndpointAuthMethod'
>;

export function readIngestionApp(r: Reader, auth0Domain: string | undefined): IngestionAppInputs {
  return {
    appName: appNameInput(r, 'app-name', 'OpenMetadata Ingestion'),
    adoptExisting: r.bool('adopt-existing', false),
    clientId: clientIdInput(r, 'client-id'),
    clientSecret: r.get('client-secret') || undefined,
    scopes: readScopes(r),
    audience: readAudience(r, auth0Domain),
    tokenEndpointAuthMethod: readAuthMethod(r)
  };
}

/** Sorted and de-duplicated. */
function readScopes(r: Reader): string[] {
  const scopes = [
    ...new Set(
      r
        .get('scopes')
        .split(/[\s,]+/)
        .filter(Boolean)
    )
  ].sort();
  const bad = scopes.filter(s => !SCOPE_RE.test(s));
  if (bad.length > 0) {
    r.problem(
      'scopes',
      `has malformed scope(s): ${bad.map(s => JSON.stringify(s)).join(', ')}.`,
      'List scopes like read:users, separated by spaces, commas or newlines, without quotes.'
    );
  }
  return scopes;
}

/** Defaults to the Management API, as OpenMetadata's ingestion client requests it. */
function readAudience(r: Reader, auth0Domain: string | undefined): string {
  const audience = r.get('audience');
  if (!audience) return auth0Domain ? `https://${auth0Domain}/api/v2/` : '';
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(audience)) {
    r.problem(
      'audience',
      `\`${audience}\` is not an API identifier (a URI such as https://acme.eu.auth0.com/api/v2/).`,
      'Set audience to the Identifier of the API in Auth0, or leave it empty for the Management API.'
    );
  }
  return audience;
}

function readAuthMethod(r: Reader): AuthMethod {
  if (r.get('token-endpoint-auth-method').toLowerCase() === 'none') {
    r.problem(
      'token-endpoint-auth-method',
      '`none` makes the Client Credentials grant impossible (Auth0 answers unauthorized_client).',
      'Use client_secret_basic (the default) or client_secret_post.'
    );
    return 'client_secret_basic';
  }
  return (
    r.oneOf<AuthMethod>(
      'token-endpoint-auth-method',
      ['client_secret_basic', 'client_secret_post'],
      'client_secret_basic'
    ) ?? 'client_secret_basic'
  );
}
