/** What the rendered ingestion file looks like: OpenMetadata version, credential kind, host and variables. */
import type { Config, IngestionCredentialKind } from './index.js';
import { parseOmVersion, usesJwtOnly } from '../openmetadata/versions.js';
import { envVarName } from './formats.js';
import { readHostPort, readOpenmetadataUrl } from './openmetadata-urls.js';
import type { Reader } from './reader.js';

export type OpenMetadataInputs = Pick<
  Config,
  | 'openmetadataVersion'
  | 'credential'
  | 'hostPort'
  | 'openmetadataUrl'
  | 'openmetadataCheck'
  | 'secretEnvVar'
  | 'tokenEnvVar'
  | 'inlineSecrets'
>;

export function readOpenMetadata(r: Reader): OpenMetadataInputs {
  const rawVersion = r.get('openmetadata-version') || '1.7';
  let openmetadataVersion = parseOmVersion(rawVersion);
  if (!openmetadataVersion) {
    r.problem(
      'openmetadata-version',
      `\`${rawVersion}\` is not a version.`,
      'Set openmetadata-version to the server version, e.g. 1.7 or 1.2.5.'
    );
    openmetadataVersion = parseOmVersion('1.7')!;
  }
  const jwtOnly = usesJwtOnly(openmetadataVersion);
  const rawCredential = r.oneOf(
    'ingestion-credential',
    ['auto', 'client-secret', 'access-token'] as const,
    'auto'
  );
  const credential: IngestionCredentialKind =
    rawCredential === 'auto' ? (jwtOnly ? 'access-token' : 'client-secret') : rawCredential;
  if (rawCredential === 'client-secret' && jwtOnly) {
    r.problem(
      'ingestion-credential',
      `client-secret needs OpenMetadata < 1.3; ${openmetadataVersion.text} accepts only a JWT (securityConfig.jwtToken).`,
      'Use access-token (or auto), or set openmetadata-version to your real server version.'
    );
  }

  return {
    openmetadataVersion,
    credential,
    hostPort: readHostPort(r),
    openmetadataUrl: readOpenmetadataUrl(r),
    openmetadataCheck: r.bool('openmetadata-check', false),
    secretEnvVar: envVarName(r, 'secret-env-var', 'AUTH0_CLIENT_SECRET', 'AUTH0_CLIENT_SECRET'),
    tokenEnvVar: envVarName(r, 'token-env-var', 'OPENMETADATA_JWT_TOKEN', 'AUTH0_CLIENT_SECRET'),
    inlineSecrets: r.bool('inline-secrets', false)
  };
}
