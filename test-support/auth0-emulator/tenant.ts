/**
 * The tenant's objects (clients, client grants, resource servers), Auth0's defaults for new clients and
 * the payload validation of the Management API (messages shaped like Auth0's z-schema validation:
 * `Payload validation error: '<what>' on property <name>.`, errorCode `invalid_body`).
 *
 * Sources (see the test file for the list): Auth0 docs "Auth0 Grant Types Mapping" (defaults per
 * confidential/public app, public apps cannot use client_credentials), the ClientMetadata schema
 * (string values ≤ 255 chars, ≤ 10 properties, field names ≤ 255 chars of a restricted alphabet), and
 * node-auth0 7's API docs (which fields need which scope).
 */
import { randomBytes } from 'node:crypto';

export type TokenEndpointAuthMethod = 'none' | 'client_secret_post' | 'client_secret_basic';

export interface EmuClient {
  client_id: string;
  /** Absent only when a test removes it. */
  client_secret?: string;
  name: string;
  description?: string;
  app_type?: string;
  grant_types?: string[];
  token_endpoint_auth_method?: TokenEndpointAuthMethod;
  client_metadata?: Record<string, string>;
  is_first_party?: boolean;
  [property: string]: unknown;
}

export interface EmuGrant {
  id: string;
  client_id: string;
  audience: string;
  scope: string[];
}

export interface EmuResourceServer {
  id: string;
  name: string;
  identifier: string;
  is_system: boolean;
  scopes: Array<{ value: string; description: string }>;
  signing_alg: 'RS256';
  token_lifetime: number;
  token_lifetime_for_web: number;
  allow_offline_access: boolean;
  skip_consent_for_verifiable_first_party_clients: boolean;
  [property: string]: unknown;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomString(length: number, alphabet: string): string {
  const bytes = randomBytes(length);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i] % alphabet.length];
  return out;
}

/** Auth0 client ids are 32 alphanumeric characters. */
export const newClientId = () => randomString(32, ALNUM);
/** Auth0 generated client secrets are 64 characters of the url-safe base64 alphabet. */
export const newClientSecret = () => randomString(64, ALNUM + '-_');
/** Client grant ids look like `cgr_` + 16 alphanumerics. */
export const newGrantId = () => `cgr_${randomString(16, ALNUM)}`;
/** Resource server ids are 24 hex digits. */
export const newResourceServerId = () => randomBytes(12).toString('hex');

export const PUBLIC_APP_TYPES = new Set(['spa', 'native']);

export const APP_TYPES = [
  'native',
  'spa',
  'regular_web',
  'non_interactive',
  'resource_server',
  'express_configuration',
  'rms',
  'box',
  'cloudbees',
  'concur',
  'dropbox',
  'mscrm',
  'echosign',
  'egnyte',
  'newrelic',
  'office365',
  'salesforce',
  'sentry',
  'sharepoint',
  'slack',
  'springcm',
  'zendesk',
  'zoom',
  'sso_integration',
  'oag'
];

export const AUTH_METHODS: TokenEndpointAuthMethod[] = ['none', 'client_secret_post', 'client_secret_basic'];

export const GRANT_TYPES = [
  'authorization_code',
  'implicit',
  'refresh_token',
  'client_credentials',
  'password',
  'http://auth0.com/oauth/grant-type/password-realm',
  'http://auth0.com/oauth/grant-type/mfa-oob',
  'http://auth0.com/oauth/grant-type/mfa-otp',
  'http://auth0.com/oauth/grant-type/mfa-recovery-code',
  'http://auth0.com/oauth/grant-type/passwordless/otp',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:openid:params:grant-type:ciba',
  'urn:ietf:params:oauth:grant-type:token-exchange'
];

/** Default grants (Auth0 Grant Types Mapping): public apps get no client_credentials. */
export function defaultGrantTypes(method: TokenEndpointAuthMethod | undefined): string[] {
  const base = ['implicit', 'authorization_code', 'refresh_token'];
  return method === 'none' ? base : [...base, 'client_credentials'];
}

/** SPAs and native apps are public (`none`); everything else is confidential (Post by default). */
export function defaultAuthMethod(appType: string | undefined): TokenEndpointAuthMethod {
  return appType && PUBLIC_APP_TYPES.has(appType) ? 'none' : 'client_secret_post';
}

/** A client as Auth0 stores a new one, with the generated id and secret and the usual defaults. */
export function buildClient(input: Partial<EmuClient> & { name: string }, tenant: string): EmuClient {
  const method = input.token_endpoint_auth_method ?? defaultAuthMethod(input.app_type);
  const client: EmuClient = {
    tenant,
    global: false,
    is_token_endpoint_ip_header_trusted: false,
    is_first_party: true,
    oidc_conformant: true,
    sso_disabled: false,
    cross_origin_auth: false,
    custom_login_page_on: true,
    callbacks: [],
    allowed_clients: [],
    jwt_configuration: { alg: 'RS256', lifetime_in_seconds: 36000, secret_encoded: false },
    ...input,
    client_id: input.client_id ?? newClientId(),
    client_secret: 'client_secret' in input ? input.client_secret : newClientSecret(),
    name: input.name,
    token_endpoint_auth_method: method,
    grant_types: input.grant_types ? [...input.grant_types] : defaultGrantTypes(method)
  };
  if (client.client_metadata) client.client_metadata = { ...client.client_metadata };
  return client;
}

// The Management API scopes, as listed by the "Auth0 Management API" resource server of a tenant.
const MANAGEMENT_SCOPE_VALUES = [
  'read:client_grants',
  'create:client_grants',
  'delete:client_grants',
  'update:client_grants',
  'read:users',
  'update:users',
  'delete:users',
  'create:users',
  'read:users_app_metadata',
  'update:users_app_metadata',
  'delete:users_app_metadata',
  'create:users_app_metadata',
  'read:user_custom_blocks',
  'create:user_custom_blocks',
  'delete:user_custom_blocks',
  'create:user_tickets',
  'read:clients',
  'update:clients',
  'delete:clients',
  'create:clients',
  'read:client_keys',
  'update:client_keys',
  'delete:client_keys',
  'create:client_keys',
  'read:client_credentials',
  'update:client_credentials',
  'delete:client_credentials',
  'create:client_credentials',
  'read:client_summary',
  'read:connections',
  'update:connections',
  'delete:connections',
  'create:connections',
  'read:resource_servers',
  'update:resource_servers',
  'delete:resource_servers',
  'create:resource_servers',
  'read:device_credentials',
  'update:device_credentials',
  'delete:device_credentials',
  'create:device_credentials',
  'read:rules',
  'update:rules',
  'delete:rules',
  'create:rules',
  'read:hooks',
  'update:hooks',
  'delete:hooks',
  'create:hooks',
  'read:actions',
  'update:actions',
  'delete:actions',
  'create:actions',
  'read:email_provider',
  'update:email_provider',
  'read:stats',
  'read:insights',
  'read:tenant_settings',
  'update:tenant_settings',
  'read:logs',
  'read:logs_users',
  'read:grants',
  'delete:grants',
  'read:user_idp_tokens',
  'read:custom_domains',
  'read:email_templates',
  'update:email_templates',
  'read:roles',
  'create:roles',
  'delete:roles',
  'update:roles',
  'read:role_members',
  'create:role_members',
  'delete:role_members',
  'read:prompts',
  'update:prompts',
  'read:branding',
  'update:branding',
  'read:log_streams',
  'read:signing_keys',
  'create:signing_keys',
  'update:signing_keys',
  'read:attack_protection',
  'update:attack_protection',
  'read:organizations',
  'update:organizations',
  'create:organizations',
  'delete:organizations',
  'read:organization_members',
  'create:organization_members',
  'delete:organization_members'
];

function describeScope(value: string): string {
  const [verb, noun = ''] = value.split(':');
  const words = noun.split('_').map(w => w.charAt(0).toUpperCase() + w.slice(1));
  return `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${words.join(' ')}`.trim();
}

export function scopeObjects(values: string[]) {
  return values.map(value => ({ value, description: describeScope(value) }));
}

export function managementResourceServer(identifier: string): EmuResourceServer {
  return {
    id: newResourceServerId(),
    name: 'Auth0 Management API',
    identifier,
    allow_offline_access: false,
    skip_consent_for_verifiable_first_party_clients: false,
    token_lifetime: 86400,
    token_lifetime_for_web: 7200,
    signing_alg: 'RS256',
    scopes: scopeObjects(MANAGEMENT_SCOPE_VALUES),
    is_system: true
  };
}

export function customResourceServer(identifier: string, scopes: string[]): EmuResourceServer {
  return {
    id: newResourceServerId(),
    name: identifier,
    identifier,
    allow_offline_access: false,
    skip_consent_for_verifiable_first_party_clients: true,
    token_lifetime: 86400,
    token_lifetime_for_web: 7200,
    signing_alg: 'RS256',
    scopes: scopeObjects(scopes),
    is_system: false
  };
}

// ---------------------------------------------------------------------------------------------------
// Payload validation (z-schema style messages, as the Management API answers them)

/** A 400 `invalid_body`; `plain` messages are answered as they are, without the z-schema wrapping. */
export class ValidationError extends Error {
  constructor(
    readonly detail: string,
    readonly property?: string,
    readonly plain = false
  ) {
    super(detail);
  }
}

const typeName = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;

function expectType(value: unknown, type: 'string' | 'boolean' | 'object' | 'array', property: string) {
  const actual = typeName(value);
  if (actual !== type) throw new ValidationError(`Expected type ${type} but found type ${actual}`, property);
}

function expectStringArray(value: unknown, property: string) {
  expectType(value, 'array', property);
  (value as unknown[]).forEach((item, i) => expectType(item, 'string', `${property}[${i}]`));
}

/** Properties of the client object that POST/PATCH /api/v2/clients accept (the rest are rejected). */
export const CLIENT_WRITABLE = new Set([
  'name',
  'description',
  'logo_uri',
  'callbacks',
  'oidc_logout',
  'allowed_origins',
  'web_origins',
  'client_aliases',
  'allowed_clients',
  'allowed_logout_urls',
  'grant_types',
  'token_endpoint_auth_method',
  'app_type',
  'is_first_party',
  'oidc_conformant',
  'jwt_configuration',
  'encryption_key',
  'sso',
  'cross_origin_authentication',
  'cross_origin_auth',
  'cross_origin_loc',
  'sso_disabled',
  'custom_login_page_on',
  'custom_login_page',
  'custom_login_page_preview',
  'form_template',
  'addons',
  'client_metadata',
  'mobile',
  'initiate_login_uri',
  'native_social_login',
  'refresh_token',
  'default_organization',
  'organization_usage',
  'organization_require_behavior',
  'client_authentication_methods',
  'require_pushed_authorization_requests',
  'require_proof_of_possession',
  'signed_request_object',
  'compliance_level',
  'token_quota',
  'client_secret',
  'is_token_endpoint_ip_header_trusted'
]);

/** Fields only update:client_keys may write (node-auth0 docs of PATCH /clients/{id}). */
export const CLIENT_KEY_FIELDS = new Set(['client_secret', 'signing_keys', 'encryption_key']);
/** Fields only read:client_keys may read. */
export const CLIENT_SECRET_FIELDS = [
  'client_secret',
  'encryption_key',
  'signing_keys',
  'client_authentication_methods'
];

const METADATA_KEY = /^[A-Za-z0-9:,\-+=_*?"/\\()<>@\t ]{1,255}$/;

/** Validates a client payload; returns the client_metadata part to merge (null values delete keys). */
export function validateClientPayload(
  body: Record<string, unknown>,
  mode: 'create' | 'update'
): { metadataPatch?: Record<string, string | null> } {
  const extra = Object.keys(body).filter(k => !CLIENT_WRITABLE.has(k));
  if (extra.length) throw new ValidationError(`Additional properties not allowed: ${extra.join(',')}`);
  if (mode === 'create' && !('name' in body)) throw new ValidationError('Missing required property: name');
  if ('name' in body) {
    expectType(body.name, 'string', 'name');
    if ((body.name as string).length < 1)
      throw new ValidationError('String is too short (0 chars), minimum 1', 'name');
  }
  if ('description' in body) expectType(body.description, 'string', 'description');
  if ('app_type' in body) {
    expectType(body.app_type, 'string', 'app_type');
    if (!APP_TYPES.includes(body.app_type as string)) {
      throw new ValidationError(`No enum match for: ${JSON.stringify(body.app_type)}`, 'app_type');
    }
  }
  if ('token_endpoint_auth_method' in body) {
    expectType(body.token_endpoint_auth_method, 'string', 'token_endpoint_auth_method');
    if (!AUTH_METHODS.includes(body.token_endpoint_auth_method as TokenEndpointAuthMethod)) {
      throw new ValidationError(
        `No enum match for: ${JSON.stringify(body.token_endpoint_auth_method)}`,
        'token_endpoint_auth_method'
      );
    }
  }
  for (const list of ['grant_types', 'callbacks', 'allowed_origins', 'web_origins', 'allowed_logout_urls']) {
    if (list in body) expectStringArray(body[list], list);
  }
  for (const flag of ['is_first_party', 'oidc_conformant', 'sso', 'sso_disabled', 'cross_origin_auth']) {
    if (flag in body) expectType(body[flag], 'boolean', flag);
  }
  if ('client_secret' in body) expectType(body.client_secret, 'string', 'client_secret');
  if ('jwt_configuration' in body) checkJwtConfiguration(body.jwt_configuration);
  let metadataPatch: Record<string, string | null> | undefined;
  if ('client_metadata' in body) {
    expectType(body.client_metadata, 'object', 'client_metadata');
    metadataPatch = {};
    for (const [key, value] of Object.entries(body.client_metadata as Record<string, unknown>)) {
      const where = `client_metadata.${key}`;
      if (!METADATA_KEY.test(key)) {
        throw new ValidationError(`String does not match pattern ${METADATA_KEY.source}: ${key}`, where);
      }
      // null removes a key on PATCH (metadata is merged on the first level, as for user metadata).
      if (value === null && mode === 'update') {
        metadataPatch[key] = null;
        continue;
      }
      expectType(value, 'string', where);
      if ((value as string).length > 255) {
        throw new ValidationError(
          `String is too long (${(value as string).length} chars), maximum 255`,
          where
        );
      }
      metadataPatch[key] = value as string;
    }
  }
  return { metadataPatch };
}

/** Signing algorithms of ID tokens a client may choose (Management API schema: HS256, RS256, PS256). */
export const JWT_ALGS = ['HS256', 'RS256', 'PS256'];

function checkJwtConfiguration(value: unknown) {
  expectType(value, 'object', 'jwt_configuration');
  const config = value as Record<string, unknown>;
  const extra = Object.keys(config).filter(
    k => !['alg', 'lifetime_in_seconds', 'secret_encoded', 'scopes'].includes(k)
  );
  if (extra.length)
    throw new ValidationError(`Additional properties not allowed: ${extra.join(',')}`, 'jwt_configuration');
  if ('alg' in config) {
    expectType(config.alg, 'string', 'jwt_configuration.alg');
    if (!JWT_ALGS.includes(config.alg as string)) {
      throw new ValidationError(`No enum match for: ${JSON.stringify(config.alg)}`, 'jwt_configuration.alg');
    }
  }
  if ('lifetime_in_seconds' in config && !Number.isInteger(config.lifetime_in_seconds)) {
    throw new ValidationError(
      `Expected type integer but found type ${typeName(config.lifetime_in_seconds)}`,
      'jwt_configuration.lifetime_in_seconds'
    );
  }
}

export function checkMetadataSize(metadata: Record<string, string>) {
  const count = Object.keys(metadata).length;
  if (count > 10)
    throw new ValidationError(`Too many properties defined (${count}), maximum 10`, 'client_metadata');
}

/** Grant types a client may hold: known values only, and no client_credentials for public apps. */
export function checkGrantTypes(grantTypes: string[], method: TokenEndpointAuthMethod | undefined) {
  const unknown = grantTypes.filter(g => !GRANT_TYPES.includes(g));
  if (unknown.length)
    throw new ValidationError(`Invalid grant types: ${unknown.join(', ')}`, undefined, true);
  if (method === 'none' && grantTypes.includes('client_credentials')) {
    throw new ValidationError('Invalid grant types: client_credentials', undefined, true);
  }
}
