/**
 * The one table of the OpenMetadata server's login (SSO) settings, with a column per deployment shape, and the
 * values this action wants in them (DESIGN.md "Rendered server settings"). The renderer writes every shape from
 * this table and the reader (read.ts) finds the same settings in a file for the lint rules, so that a new shape is
 * one more column.
 *
 * Sources (OpenMetadata 1.7; 1.2–1.8 share these keys), read for the facts, nothing copied:
 * - open-metadata/OpenMetadata `conf/openmetadata.yaml`: `authorizerConfiguration.{className,
 *   containerRequestFilter, adminPrincipals, principalDomain, enforcePrincipalDomain}` fed by `AUTHORIZER_*`
 *   (`AUTHORIZER_ADMIN_PRINCIPALS`, `AUTHORIZER_PRINCIPAL_DOMAIN`, `AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN`) and
 *   `authenticationConfiguration.{provider, publicKeyUrls, authority, clientId, callbackUrl}` fed by
 *   `AUTHENTICATION_{PROVIDER, PUBLIC_KEYS, AUTHORITY, CLIENT_ID, CALLBACK_URL}`; the server substitutes
 *   `${VAR:-default}` in that file (default of publicKeyUrls: `[http://localhost:8585/api/v1/system/config/jwks]`,
 *   an unquoted flow list, which is why `[a,b]` is the env form of a list).
 * - open-metadata/OpenMetadata `docker/docker-compose-quickstart/docker-compose.yml` (openmetadata-server
 *   `environment`): the same names plus `AUTHENTICATION_CLIENT_TYPE` (default `public`) and, "when client is
 *   confidential", `OIDC_CLIENT_ID`, `OIDC_TYPE`, `OIDC_CLIENT_SECRET`, `OIDC_DISCOVERY_URI`, `OIDC_CALLBACK`,
 *   `OIDC_SERVER_URL` (default `OIDC_CLIENT_AUTH_METHOD`: client_secret_post).
 * - open-metadata/OpenMetadata `openmetadata-docs/content/v1.7.x/deployment/security/auth0/{docker,bare-metal,
 *   kubernetes}.md` and the OIDC configuration-parameters page: `authenticationConfiguration.clientType` and
 *   `authenticationConfiguration.oidcConfiguration.{id, type, secret, discoveryUri, callbackUrl, serverUrl}` fed by
 *   `AUTHENTICATION_CLIENT_TYPE` and `OIDC_*` above; Helm `oidcType: "Auth0"`, env/bare-metal `type: auth0`.
 * - open-metadata/openmetadata-helm-charts `charts/openmetadata/values.yaml`: `openmetadata.config.authorizer.
 *   {initialAdmins, principalDomain, enforcePrincipalDomain}`, `openmetadata.config.authentication.{clientType,
 *   provider, publicKeys, authority, clientId, callbackUrl}` and `…authentication.oidcConfiguration.{enabled (false
 *   by default), oidcType, clientId/clientSecret: {secretRef: oidc-secrets, secretKey:
 *   openmetadata-oidc-client-id / openmetadata-oidc-client-secret}, discoveryUri, callbackUrl, serverUrl}`.
 * - the same chart's `templates/config/authentication-secret.yaml` and `templates/_helpers.tpl`: the `OIDC_*`
 *   variables (the client id and secret from `secretKeyRef`) are rendered only when `clientType` is `confidential`
 *   AND `oidcConfiguration.enabled` is true; `initialAdmins` becomes `AUTHORIZER_ADMIN_PRINCIPALS`.
 */

/** Logical names of the settings. */
export type SettingName =
  | 'authorizerClassName'
  | 'containerRequestFilter'
  | 'adminPrincipals'
  | 'principalDomain'
  | 'enforcePrincipalDomain'
  | 'provider'
  | 'publicKeyUrls'
  | 'authority'
  | 'clientId'
  | 'callbackUrl'
  | 'clientType'
  | 'oidcEnabled'
  | 'oidcClientId'
  | 'oidcType'
  | 'oidcSecret'
  | 'oidcDiscoveryUri'
  | 'oidcCallbackUrl'
  | 'oidcServerUrl';

export type ValueKind = 'string' | 'list' | 'boolean' | 'secret';

/** The file shapes: a docker env file, the server's `openmetadata.yaml`, values of the `openmetadata` Helm chart. */
export type Shape = 'env' | 'openmetadata-yaml' | 'helm-values';

export interface Setting {
  name: SettingName;
  kind: ValueKind;
  /** Environment variable of the docker deployment (docker compose passes it to the server). */
  env?: string;
  /** Path in `openmetadata.yaml` (bare metal). */
  yaml?: readonly string[];
  /** Path in the Helm chart's values. */
  helm?: readonly string[];
  /**
   * Helm only: the chart reads this value from a Kubernetes Secret, so the values file holds
   * `{secretRef: oidc-secrets, secretKey: <this>}` and the value itself goes into that Secret.
   */
  helmSecretKey?: string;
}

/** The Secret the chart's `oidcConfiguration.clientId/clientSecret` refer to (chart defaults, kept). */
export const HELM_OIDC_SECRET = 'oidc-secrets';

const AUTHZ = ['authorizerConfiguration'];
const AUTHN = ['authenticationConfiguration'];
const OIDC = [...AUTHN, 'oidcConfiguration'];
const H_AUTHZ = ['openmetadata', 'config', 'authorizer'];
const H_AUTHN = ['openmetadata', 'config', 'authentication'];
const H_OIDC = [...H_AUTHN, 'oidcConfiguration'];

/**
 * The table. Order matters: it is the order of keys in a file rendered without a template (the guide's order:
 * authorizer, authentication, then the OIDC block).
 */
export const SETTINGS: readonly Setting[] = [
  // The Helm chart and the compose file default these two to the same classes; openmetadata.yaml needs them.
  { name: 'authorizerClassName', kind: 'string', yaml: [...AUTHZ, 'className'] },
  { name: 'containerRequestFilter', kind: 'string', yaml: [...AUTHZ, 'containerRequestFilter'] },
  {
    name: 'adminPrincipals',
    kind: 'list',
    env: 'AUTHORIZER_ADMIN_PRINCIPALS',
    yaml: [...AUTHZ, 'adminPrincipals'],
    helm: [...H_AUTHZ, 'initialAdmins']
  },
  {
    name: 'principalDomain',
    kind: 'string',
    env: 'AUTHORIZER_PRINCIPAL_DOMAIN',
    yaml: [...AUTHZ, 'principalDomain'],
    helm: [...H_AUTHZ, 'principalDomain']
  },
  {
    name: 'enforcePrincipalDomain',
    kind: 'boolean',
    env: 'AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN',
    yaml: [...AUTHZ, 'enforcePrincipalDomain'],
    helm: [...H_AUTHZ, 'enforcePrincipalDomain']
  },
  {
    name: 'provider',
    kind: 'string',
    env: 'AUTHENTICATION_PROVIDER',
    yaml: [...AUTHN, 'provider'],
    helm: [...H_AUTHN, 'provider']
  },
  {
    name: 'publicKeyUrls',
    kind: 'list',
    env: 'AUTHENTICATION_PUBLIC_KEYS',
    yaml: [...AUTHN, 'publicKeyUrls'],
    helm: [...H_AUTHN, 'publicKeys']
  },
  {
    name: 'authority',
    kind: 'string',
    env: 'AUTHENTICATION_AUTHORITY',
    yaml: [...AUTHN, 'authority'],
    helm: [...H_AUTHN, 'authority']
  },
  {
    name: 'clientId',
    kind: 'string',
    env: 'AUTHENTICATION_CLIENT_ID',
    yaml: [...AUTHN, 'clientId'],
    helm: [...H_AUTHN, 'clientId']
  },
  {
    name: 'callbackUrl',
    kind: 'string',
    env: 'AUTHENTICATION_CALLBACK_URL',
    yaml: [...AUTHN, 'callbackUrl'],
    helm: [...H_AUTHN, 'callbackUrl']
  },
  {
    name: 'clientType',
    kind: 'string',
    env: 'AUTHENTICATION_CLIENT_TYPE',
    yaml: [...AUTHN, 'clientType'],
    helm: [...H_AUTHN, 'clientType']
  },
  // The chart renders no OIDC settings unless this is true (and clientType is confidential).
  { name: 'oidcEnabled', kind: 'boolean', helm: [...H_OIDC, 'enabled'] },
  {
    name: 'oidcClientId',
    kind: 'string',
    env: 'OIDC_CLIENT_ID',
    yaml: [...OIDC, 'id'],
    helm: [...H_OIDC, 'clientId'],
    helmSecretKey: 'openmetadata-oidc-client-id'
  },
  {
    name: 'oidcType',
    kind: 'string',
    env: 'OIDC_TYPE',
    yaml: [...OIDC, 'type'],
    helm: [...H_OIDC, 'oidcType']
  },
  {
    name: 'oidcSecret',
    kind: 'secret',
    env: 'OIDC_CLIENT_SECRET',
    yaml: [...OIDC, 'secret'],
    helm: [...H_OIDC, 'clientSecret'],
    helmSecretKey: 'openmetadata-oidc-client-secret'
  },
  {
    name: 'oidcDiscoveryUri',
    kind: 'string',
    env: 'OIDC_DISCOVERY_URI',
    yaml: [...OIDC, 'discoveryUri'],
    helm: [...H_OIDC, 'discoveryUri']
  },
  {
    name: 'oidcCallbackUrl',
    kind: 'string',
    env: 'OIDC_CALLBACK',
    yaml: [...OIDC, 'callbackUrl'],
    helm: [...H_OIDC, 'callbackUrl']
  },
  {
    name: 'oidcServerUrl',
    kind: 'string',
    env: 'OIDC_SERVER_URL',
    yaml: [...OIDC, 'serverUrl'],
    helm: [...H_OIDC, 'serverUrl']
  }
];

export const SETTING_BY_NAME: ReadonlyMap<SettingName, Setting> = new Map(SETTINGS.map(s => [s.name, s]));

/** A setting's column in a shape: its env name, or its YAML path; undefined when the shape has no such setting. */
export function columnOf(setting: Setting, shape: 'env'): string | undefined;
export function columnOf(
  setting: Setting,
  shape: 'openmetadata-yaml' | 'helm-values'
): readonly string[] | undefined;
export function columnOf(setting: Setting, shape: Shape): string | readonly string[] | undefined;
export function columnOf(setting: Setting, shape: Shape): string | readonly string[] | undefined {
  return shape === 'env' ? setting.env : shape === 'openmetadata-yaml' ? setting.yaml : setting.helm;
}

export type DesiredValue =
  | { kind: 'string'; value: string }
  | { kind: 'list'; value: string[] }
  | { kind: 'boolean'; value: boolean }
  /** A secret: a reference to `envVar`, or the literal `inline` value (inline-secrets). */
  | { kind: 'secret'; envVar: string; inline?: string };

export interface Desired {
  setting: Setting;
  value: DesiredValue;
  /** The value in Helm values when it differs (the chart's `oidcType` is spelled `Auth0` in the 1.7 guide). */
  helmValue?: DesiredValue;
  /**
   * Written only over a key that a template already has, never added: values that undo a wrong setting (a public
   * client's OIDC secret, `enabled: true`, domain enforcement) without cluttering a new file.
   */
  onlyIfPresent?: boolean;
}

export interface DesiredInput {
  clientType: 'public' | 'confidential';
  /** Bare host or host:port. */
  auth0Domain: string;
  /** Origin without trailing slash. */
  openmetadataUrl: string;
  clientId: string;
  adminPrincipals: string[];
  principalDomain?: string;
  enforcePrincipalDomain: boolean;
  oidcSecretEnvVar: string;
  inlineSecrets: boolean;
  clientSecret?: string;
}

/** The tenant's JWKS: every Auth0 token is verified against it. */
export const tenantJwks = (domain: string) => `https://${domain}/.well-known/jwks.json`;
/** The server's own JWKS: keeps OpenMetadata's bot tokens (ingestion-bot …) valid. */
export const SERVER_JWKS_PATH = '/api/v1/system/config/jwks';
export const serverJwks = (url: string) => `${url}${SERVER_JWKS_PATH}`;
export const callbackOf = (url: string) => `${url}/callback`;
export const discoveryOf = (domain: string) => `https://${domain}/.well-known/openid-configuration`;
export const authorityOf = (domain: string) => `https://${domain}`;

interface Entry {
  name: SettingName;
  value: DesiredValue;
  onlyIfPresent?: boolean;
  helmValue?: DesiredValue;
}

const str = (value: string): DesiredValue => ({ kind: 'string', value });
const bool = (value: boolean): DesiredValue => ({ kind: 'boolean', value });

function oidcSettings(input: DesiredInput): Entry[] {
  if (input.clientType === 'public') {
    // The guide's SPA note: a public client with a secret fails to log in. Empty a secret a template carries, and
    // turn the chart's OIDC block off where a template turned it on.
    return [
      { name: 'oidcEnabled', value: bool(false), onlyIfPresent: true },
      { name: 'oidcSecret', value: str(''), onlyIfPresent: true }
    ];
  }
  const secret: DesiredValue = input.inlineSecrets
    ? { kind: 'secret', envVar: input.oidcSecretEnvVar, inline: input.clientSecret }
    : { kind: 'secret', envVar: input.oidcSecretEnvVar };
  return [
    { name: 'oidcEnabled', value: bool(true) },
    { name: 'oidcClientId', value: str(input.clientId) },
    { name: 'oidcType', value: str('auth0'), helmValue: str('Auth0') },
    { name: 'oidcSecret', value: secret },
    { name: 'oidcDiscoveryUri', value: str(discoveryOf(input.auth0Domain)) },
    { name: 'oidcCallbackUrl', value: str(callbackOf(input.openmetadataUrl)) },
    { name: 'oidcServerUrl', value: str(input.openmetadataUrl) }
  ];
}

function authorizerSettings(input: DesiredInput): Entry[] {
  const out: Entry[] = [
    { name: 'authorizerClassName', value: str('org.openmetadata.service.security.DefaultAuthorizer') },
    { name: 'containerRequestFilter', value: str('org.openmetadata.service.security.JwtFilter') }
  ];
  // An empty list would remove every admin; without one the server (or the template) keeps its own.
  if (input.adminPrincipals.length > 0) {
    out.push({ name: 'adminPrincipals', value: { kind: 'list', value: [...input.adminPrincipals] } });
  }
  if (input.principalDomain) out.push({ name: 'principalDomain', value: str(input.principalDomain) });
  // Off unless asked: an Auth0 M2M token's principal is `{client_id}@clients`, outside the users' domain, so
  // enforcement can refuse the ingestion token. `false` only overwrites a template's key.
  out.push({
    name: 'enforcePrincipalDomain',
    value: bool(input.enforcePrincipalDomain),
    onlyIfPresent: !input.enforcePrincipalDomain
  });
  return out;
}

/** The values of every setting this action writes (pure; DESIGN.md "Rendered server settings"), in table order. */
export function desiredSettings(input: DesiredInput): Desired[] {
  const entries: Entry[] = [
    ...authorizerSettings(input),
    { name: 'provider', value: str('auth0') },
    {
      name: 'publicKeyUrls',
      value: { kind: 'list', value: [tenantJwks(input.auth0Domain), serverJwks(input.openmetadataUrl)] }
    },
    { name: 'authority', value: str(authorityOf(input.auth0Domain)) },
    { name: 'clientId', value: str(input.clientId) },
    { name: 'callbackUrl', value: str(callbackOf(input.openmetadataUrl)) },
    { name: 'clientType', value: str(input.clientType) },
    ...oidcSettings(input)
  ];
  const byName = new Map(entries.map(e => [e.name, e]));
  const out: Desired[] = [];
  for (const setting of SETTINGS) {
    const e = byName.get(setting.name);
    if (!e) continue;
    const d: Desired = { setting, value: e.value };
    if (e.onlyIfPresent) d.onlyIfPresent = true;
    if (e.helmValue) d.helmValue = e.helmValue;
    out.push(d);
  }
  return out;
}
