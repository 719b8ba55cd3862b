/** What the rendered ingestion file looks like: OpenMetadata version, credential kind, host and variables. */
import type { Config, IngestionCredentialKind } from './index.js';
import {
  checkKnownVersion,
  KNOWN_MINOR_VERSIONS,
  type OmVersion,
  parseOmVersion,
  usesJwtOnly
} from '../openmetadata/versions.js';
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
  const version = readVersion(r);
  // A bad version is reported alone: no follow-up problem that assumes the default version.
  const openmetadataVersion = version ?? parseOmVersion('1.7')!;
  const jwtOnly = usesJwtOnly(openmetadataVersion);
  const rawCredential =
    r.oneOf('ingestion-credential', ['auto', 'client-secret', 'access-token'] as const, 'auto') ?? 'auto';
  const credential: IngestionCredentialKind =
    rawCredential === 'auto' ? (jwtOnly ? 'access-token' : 'client-secret') : rawCredential;
  if (rawCredential === 'client-secret' && jwtOnly && version) {
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

/**
 * `openmetadata-version`, checked against the known releases. GitHub hands an unquoted `1.10` to the action as
 * `1.1` (YAML reads it as a number), so a value that may have been shortened so warns with the fix; a version
 * after the newest known, or 2.x, is a problem. Undefined after a problem.
 */
function readVersion(r: Reader): OmVersion | undefined {
  const raw = r.get('openmetadata-version') || '1.7';
  // A release number as the server reports it: 1.7 or 1.7.1 (a bare 1 is YAML's reading of 1.0).
  if (!/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){0,2}$/.test(raw) || raw.startsWith('0')) {
    r.problem(
      'openmetadata-version',
      `\`${raw}\` is not an OpenMetadata release number.`,
      `Set openmetadata-version to the server version, quoted, e.g. '1.7' or '1.7.1' (known: ${KNOWN_MINOR_VERSIONS.join(', ')}).`
    );
    return undefined;
  }
  const finding = checkKnownVersion(raw);
  if (finding?.severity === 'error') {
    r.problem('openmetadata-version', finding.message, finding.fix);
    return undefined;
  }
  if (finding) {
    r.warnings.push(`${finding.message} Fix: ${finding.fix}`);
    return finding.use ?? parseOmVersion(raw);
  }
  const version = parseOmVersion(raw);
  if (!version) {
    r.problem(
      'openmetadata-version',
      `\`${raw}\` is not a version.`,
      `Set openmetadata-version to the server version, quoted, e.g. '1.7' or '1.2.5' (known: ${KNOWN_MINOR_VERSIONS.join(', ')}).`
    );
  }
  return version;
}
