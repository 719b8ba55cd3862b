/**
 * The Auth0 applications this action manages, described as data (DESIGN.md "Desired state of the ingestion
 * app" and "Desired state of the login application"). One read → diff → apply engine (reconcile.ts) runs
 * every entry of `desiredApps`; a third application is one more entry here, not another reconcile.
 */
import type { Config } from '../inputs/index.js';

export type AppRole = 'ingestion' | 'login';

/**
 * One managed property of an Auth0 client. `field` may be a dotted path into an object property
 * (`jwt_configuration.alg`): the PATCH then sends the whole object with that key changed.
 * - `equals`: the value must be exactly this. `immutable`: a different value is a conflict that the
 *   action reports with its fix and never changes (changing an app's type silently breaks its users).
 * - `includes`: the list must contain these entries; other entries (other environments sharing the
 *   app) are kept and never removed.
 */
export type FieldRule =
  | { kind: 'equals'; field: string; value: string | boolean; immutable?: boolean }
  | { kind: 'includes'; field: string; values: string[] };

export interface DesiredGrant {
  audience: string;
  /** Sorted; the grant's scope list must equal it (extra scopes are drift too). */
  scopes: string[];
}

export interface DesiredApp {
  role: AppRole;
  /** Shown in checks and the summary, e.g. "Ingestion app". */
  title: string;
  /** Check id of the app's settings; `.unique`, `.ownership` and `.type` are derived from it. */
  checkId: string;
  /** Check ids of the apply step and the secret read (the ingestion app's predate the login app). */
  applyCheckId: string;
  secretCheckId: string;
  /** The input that names the app by name / by id, for messages. */
  nameInput: string;
  idInput: string;
  name: string;
  /** Find the app by this id instead of by name. */
  clientId?: string;
  description: string;
  fields: FieldRule[];
  grant?: DesiredGrant;
  /** Whether the run uses the app's client secret (smoke test, inlined OIDC secret). */
  needsSecret: boolean;
  /** A secret given as an input: used instead of reading it (but a newly created app's secret wins). */
  givenSecret?: string;
  /** The fix when the secret cannot be read. */
  secretFix: string;
}

/** Auth0's app types in the words of its dashboard, for messages. */
export const APP_TYPE_LABELS: Record<string, string> = {
  spa: 'Single Page Application (spa)',
  regular_web: 'Regular Web Application (regular_web)',
  non_interactive: 'Machine to Machine Application (non_interactive)',
  native: 'Native application (native)'
};

export function ingestionApp(config: Config): DesiredApp {
  return {
    role: 'ingestion',
    title: 'Ingestion app',
    checkId: 'auth0.app',
    applyCheckId: 'auth0.apply',
    secretCheckId: 'auth0.client-secret',
    nameInput: 'app-name',
    idInput: 'client-id',
    name: config.appName,
    clientId: config.clientId,
    description:
      'OpenMetadata ingestion (machine-to-machine). Managed by the openmetadata-auth0 GitHub Action.',
    fields: [
      { kind: 'equals', field: 'app_type', value: 'non_interactive' },
      { kind: 'includes', field: 'grant_types', values: ['client_credentials'] },
      { kind: 'equals', field: 'token_endpoint_auth_method', value: config.tokenEndpointAuthMethod }
    ],
    grant: { audience: config.audience, scopes: config.scopes },
    // The smoke test needs the secret; plan does not smoke-test.
    needsSecret: config.mode !== 'plan',
    givenSecret: config.clientSecret,
    secretFix: 'Grant the admin app read:client_keys, or pass the secret as client-secret.'
  };
}

/**
 * The application people log in with. Public = Auth0 Single Page Application (browser flow, no secret:
 * method `none`); confidential = Regular Web Application (the server exchanges the code with its secret,
 * `client_secret_post`, OpenMetadata's default OIDC_CLIENT_AUTH_METHOD).
 */
export function loginApp(config: Config): DesiredApp | undefined {
  if (!config.login || !config.openmetadataUrl) return undefined;
  const url = config.openmetadataUrl;
  const isPublic = config.login.clientType === 'public';
  const fields: FieldRule[] = [
    { kind: 'equals', field: 'app_type', value: isPublic ? 'spa' : 'regular_web', immutable: true },
    {
      kind: 'equals',
      field: 'token_endpoint_auth_method',
      value: isPublic ? 'none' : 'client_secret_post'
    },
    { kind: 'includes', field: 'grant_types', values: ['authorization_code', 'refresh_token'] },
    { kind: 'includes', field: 'callbacks', values: [`${url}/callback`] },
    // The browser SDK renews tokens silently in an iframe, which Auth0 allows only from web origins.
    ...(isPublic ? [{ kind: 'includes' as const, field: 'web_origins', values: [url] }] : []),
    { kind: 'equals', field: 'oidc_conformant', value: true },
    // OpenMetadata verifies ID tokens with the tenant's public keys: an HS256 token is refused.
    { kind: 'equals', field: 'jwt_configuration.alg', value: 'RS256' }
  ];
  return {
    role: 'login',
    title: 'Login app',
    checkId: 'auth0.login-app',
    applyCheckId: 'auth0.login-app.apply',
    secretCheckId: 'auth0.login-app.client-secret',
    nameInput: 'sso-app-name',
    idInput: 'sso-client-id',
    name: config.login.appName,
    clientId: config.login.clientId,
    description: `OpenMetadata login (${isPublic ? 'public client' : 'confidential client'}). Managed by the openmetadata-auth0 GitHub Action.`,
    fields,
    // Only an inlined OIDC secret needs the value; a reference needs nothing from Auth0.
    needsSecret: !isPublic && config.inlineSecrets && config.mode !== 'plan',
    secretFix: `Grant the admin app read:client_keys, or set inline-secrets: false (the settings then reference \${${config.serverConfig.oidcSecretEnvVar}}).`
  };
}

/** Every application of the run, ingestion first. */
export function desiredApps(config: Config): DesiredApp[] {
  const login = loginApp(config);
  return [ingestionApp(config), ...(login ? [login] : [])];
}
