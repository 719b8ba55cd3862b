/**
 * OpenMetadata schema facts the lint rules and the renderer rely on, per version.
 *
 * Sources (repository open-metadata/OpenMetadata, `openmetadata-spec/src/main/resources/json/schema/`, and the
 * per-release pages generated from those schemas under `openmetadata-docs/content/v1.2.x/` and `v1.7.x/
 * main-concepts/metadata-standard/schemas/`):
 *
 * - `metadataIngestion/workflow.json#/definitions/workflowConfig`: properties `loggerLevel`,
 *   `openMetadataServerConfig`, `config` (1.2); 1.7 adds `successThreshold` (integer 0..100, also documented for
 *   1.6). `additionalProperties: false`, `required: [openMetadataServerConfig]`.
 * - `metadataIngestion/workflow.json#/definitions/logLevels`: enum DEBUG, INFO, WARN, ERROR (not WARNING).
 * - `openMetadataWorkflowConfig` (the file itself): `required: [source, workflowConfig]`.
 * - `entity/services/connections/metadata/openMetadataConnection.json`: `additionalProperties: false`,
 *   `required: [hostPort]`; the property list below is identical in 1.2 and 1.7 (docs v1.2.x and v1.7.x).
 *   `hostPort`: "Must include API end point ex: http://localhost:8585/api".
 *   `authProvider` enum — 1.2: no-auth, basic, azure, google, okta, auth0, aws-cognito, custom-oidc, ldap, saml,
 *   openmetadata; 1.6/1.7/1.8: the same without `no-auth`.
 *   `securityConfig` — 1.2: oneOf google/okta/auth0/azure/custom-oidc/openMetadataJWT client configs;
 *   1.7: only `security/client/openMetadataJWTClientConfig.json`.
 * - `security/client/*SSOClientConfig.json`, `openMetadataJWTClientConfig.json`: every one has
 *   `additionalProperties: false`; properties/required as in {@link SECURITY_CONFIG_SHAPES}.
 * - `security/ssl/verifySSLConfig.json#/definitions/verifySSL`: enum no-ssl, ignore, validate (default no-ssl).
 * - `security/ssl/validateSSLClientConfig.json` (`additionalProperties: false`): caCertificate, sslCertificate,
 *   sslKey in current releases; the v1.2.x docs page lists `certificatePath` instead, while other 1.2-era
 *   copies list `caCertificate`, so both are accepted below 1.3 (see {@link sslConfigKeys}).
 *
 * Where a fact is only known for 1.2 and 1.6+/1.7, versions 1.3–1.5 follow the ≥ 1.3 side (the 1.3 release is
 * where the ingestion client dropped every non-JWT auth path; see versions.ts).
 */
import { compareVersions, type OmVersion, usesJwtOnly } from './versions.js';

export interface KeySpec {
  name: string;
  /** First version (major.minor) whose schema has the key. */
  since?: { major: number; minor: number };
}

/** `metadataIngestion/workflow.json#/definitions/workflowConfig` properties. */
const WORKFLOW_CONFIG_KEYS: readonly KeySpec[] = [
  { name: 'loggerLevel' },
  // Documented for 1.6 and 1.7, absent from 1.2; the exact first release is not verified, so it is accepted
  // from 1.3 on rather than risk a false "unknown key" on a valid file.
  { name: 'successThreshold', since: { major: 1, minor: 3 } },
  { name: 'openMetadataServerConfig' },
  { name: 'config' }
];

/** `openMetadataConnection.json` properties (same list in the 1.2 and 1.7 schemas). */
const OM_SERVER_CONFIG_KEYS: readonly KeySpec[] = [
  'clusterName',
  'type',
  'hostPort',
  'authProvider',
  'verifySSL',
  'sslConfig',
  'securityConfig',
  'secretsManagerProvider',
  'secretsManagerLoader',
  'apiVersion',
  'includeTopics',
  'includeTables',
  'includeDashboards',
  'includePipelines',
  'includeMlModels',
  'includeUsers',
  'includeTeams',
  'includeGlossaryTerms',
  'includeTags',
  'includePolicy',
  'includeMessagingServices',
  'enableVersionValidation',
  'includeDatabaseServices',
  'includePipelineServices',
  'limitRecords',
  'forceEntityOverwriting',
  'storeServiceConnection',
  'elasticsSearch',
  'supportsDataInsightExtraction',
  'supportsElasticSearchReindexingExtraction',
  'extraHeaders'
].map(name => ({ name }));

function keysFor(specs: readonly KeySpec[], version: OmVersion): string[] {
  return specs.filter(s => !s.since || compareVersions(version, s.since) >= 0).map(s => s.name);
}

export function workflowConfigKeys(version: OmVersion): string[] {
  return keysFor(WORKFLOW_CONFIG_KEYS, version);
}

export function omServerConfigKeys(version: OmVersion): string[] {
  return keysFor(OM_SERVER_CONFIG_KEYS, version);
}

/** `validateSSLClientConfig.json` properties. */
export function sslConfigKeys(version: OmVersion): string[] {
  return usesJwtOnly(version)
    ? ['caCertificate', 'sslCertificate', 'sslKey']
    : ['caCertificate', 'certificatePath', 'sslCertificate', 'sslKey'];
}

/** Keys of sslConfig that name the CA used when `verifySSL: validate`. */
export function caCertificateKeys(version: OmVersion): string[] {
  return usesJwtOnly(version) ? ['caCertificate'] : ['caCertificate', 'certificatePath'];
}

/** Keys every version accepts at the top level of a workflow file (`openMetadataWorkflowConfig`). */
export const TOP_LEVEL_KEYS: readonly string[] = [
  'source',
  'processor',
  'sink',
  'stage',
  'bulkSink',
  'workflowConfig',
  'ingestionPipelineFQN',
  'pipelineRunId'
];

const AUTH_PROVIDERS_1_2 = [
  'no-auth',
  'basic',
  'azure',
  'google',
  'okta',
  'auth0',
  'aws-cognito',
  'custom-oidc',
  'ldap',
  'saml',
  'openmetadata'
] as const;

/** `openMetadataConnection.json#/definitions/authProvider` enum for the version. */
export function authProviders(version: OmVersion): string[] {
  return usesJwtOnly(version) ? AUTH_PROVIDERS_1_2.filter(p => p !== 'no-auth') : [...AUTH_PROVIDERS_1_2];
}

/** `workflow.json#/definitions/logLevels`. */
export const LOG_LEVELS: readonly string[] = ['DEBUG', 'INFO', 'WARN', 'ERROR'];

/** `verifySSLConfig.json#/definitions/verifySSL`. */
export const VERIFY_SSL: readonly string[] = ['no-ssl', 'ignore', 'validate'];

export interface SecurityConfigShape {
  /** Schema title, for messages. */
  title: string;
  /** Path under openmetadata-spec/src/main/resources/json/schema/. */
  schema: string;
  /** Property name → JSON type. */
  properties: Record<string, 'string' | 'array'>;
  required: readonly string[];
}

/** securityConfig shapes by authProvider (all `additionalProperties: false`). */
export const SECURITY_CONFIG_SHAPES: Readonly<Record<string, SecurityConfigShape>> = {
  auth0: {
    title: 'Auth0SSOClientConfig',
    schema: 'security/client/auth0SSOClientConfig.json',
    properties: { clientId: 'string', secretKey: 'string', domain: 'string' },
    required: ['clientId', 'secretKey', 'domain']
  },
  google: {
    title: 'GoogleSSOClientConfig',
    schema: 'security/client/googleSSOClientConfig.json',
    properties: { secretKey: 'string', audience: 'string' },
    required: ['secretKey']
  },
  okta: {
    title: 'OktaSSOClientConfig',
    schema: 'security/client/oktaSSOClientConfig.json',
    properties: {
      clientId: 'string',
      orgURL: 'string',
      privateKey: 'string',
      email: 'string',
      scopes: 'array'
    },
    required: ['clientId', 'orgURL', 'privateKey', 'email']
  },
  azure: {
    title: 'AzureSSOClientConfig',
    schema: 'security/client/azureSSOClientConfig.json',
    properties: { clientSecret: 'string', authority: 'string', clientId: 'string', scopes: 'array' },
    required: ['clientSecret', 'clientId', 'authority', 'scopes']
  },
  'custom-oidc': {
    title: 'CustomOIDCSSOClientConfig',
    schema: 'security/client/customOidcSSOClientConfig.json',
    properties: { clientId: 'string', secretKey: 'string', tokenEndpoint: 'string' },
    required: ['clientId', 'secretKey', 'tokenEndpoint']
  },
  openmetadata: {
    title: 'openMetadataJWTClientConfig',
    schema: 'security/client/openMetadataJWTClientConfig.json',
    properties: { jwtToken: 'string' },
    required: ['jwtToken']
  }
};

/** The one shape ≥ 1.3 accepts, whatever the authProvider. */
export const JWT_SHAPE = SECURITY_CONFIG_SHAPES.openmetadata;

/** Keys of the auth0 client-credentials block (`auth0SSOClientConfig.json`). */
export const AUTH0_KEYS: readonly string[] = ['clientId', 'secretKey', 'domain'];

/** Keys whose values are credentials: literal values are reported (issue 3). */
export const CREDENTIAL_KEYS: ReadonlySet<string> = new Set([
  'secretKey',
  'jwtToken',
  'clientSecret',
  'password'
]);
