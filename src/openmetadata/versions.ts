/**
 * OpenMetadata versions decide the rendered shape and the validation rules.
 * 1.3 removed every non-JWT auth path from the ingestion client (securityConfig accepts only {jwtToken}).
 */
export interface OmVersion {
  major: number;
  minor: number;
  patch: number;
  /** As the user wrote it, for messages. */
  text: string;
}

const VERSION_RE = /^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+.][0-9A-Za-z.-]+)?$/;

/** Parses `1.7`, `1.2.3`, `v1.3.0`, `1.5.0-release`. Returns undefined when it is not a version. */
export function parseOmVersion(text: string): OmVersion | undefined {
  const m = VERSION_RE.exec(text.trim());
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3] ?? 0), text: text.trim() };
}

export function compareVersions(a: OmVersion, b: Pick<OmVersion, 'major' | 'minor'>): number {
  return a.major - b.major || a.minor - b.minor;
}

/** True for OpenMetadata ≥ 1.3, where the ingestion client only sends a JWT (`securityConfig.jwtToken`). */
export function usesJwtOnly(v: OmVersion): boolean {
  return compareVersions(v, { major: 1, minor: 3 }) >= 0;
}

/**
 * The released OpenMetadata 1.x minor versions whose ingestion configuration this action knows, oldest first.
 * 1.0–1.2 use the `auth0` client-credentials block; 1.3 and later share the JWT shape (`securityConfig.jwtToken`).
 * Sources (checked when the list was last extended): the GitHub releases of open-metadata/OpenMetadata
 * (e.g. the 1.12.11-release and 1.13.4-release tags), the docs' release pages (docs.open-metadata.org
 * "1.10 Releases", "1.11 Releases", "1.13 Release Notes") and the openmetadata-ingestion packages (1.10.x, 1.11.x).
 * OpenMetadata 2.0 has been released too, but its configuration shapes are not verified here: 2.x is refused
 * (see `checkKnownVersion`) until they are. Add a minor here when it is released and checked.
 */
export const KNOWN_MINOR_VERSIONS: readonly string[] = [
  '1.0',
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '1.7',
  '1.8',
  '1.9',
  '1.10',
  '1.11',
  '1.12',
  '1.13'
];

/** The newest known minor, e.g. `1.13`. */
export const NEWEST_KNOWN_MINOR = KNOWN_MINOR_VERSIONS[KNOWN_MINOR_VERSIONS.length - 1];

function isKnownMinor(major: number, minor: number): boolean {
  return KNOWN_MINOR_VERSIONS.includes(`${major}.${minor}`);
}

/**
 * The version a value may have been before YAML read it as a number and dropped its trailing zero: an unquoted
 * `1.10` reaches the action as `1.1`, an unquoted `1.0` as `1`. Only where that longer version is a known release
 * (so `1.2` is not suspected while there is no 1.20). Undefined when the text cannot have been shortened.
 */
export function yamlShortenedFrom(text: string): string | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = m[2] === undefined ? 0 : Number(`${m[2]}0`);
  return isKnownMinor(major, minor) ? `${major}.${minor}` : undefined;
}

export interface VersionFinding {
  severity: 'error' | 'warning';
  message: string;
  fix: string;
  /** The version to go on with (a warning only): `1.0` for `1`, else the text as given. */
  use?: OmVersion;
}

function shapeOf(v: OmVersion): string {
  return usesJwtOnly(v) ? 'a JWT' : 'the auth0 client-credentials block';
}

/**
 * Checks `openmetadata-version` against the known releases: a version after the newest known, or 2.x, is an error;
 * a value YAML may have shortened from a known version is a warning (the shapes of 1.1 and 1.10 differ, and the
 * wrong shape fails only when ingestion runs). Undefined when there is nothing to say, also when the text is no
 * version at all (the caller reports that).
 */
export function checkKnownVersion(text: string): VersionFinding | undefined {
  const t = text.trim();
  const bareMajor = /^\d+$/.test(t);
  const v = parseOmVersion(bareMajor ? `${t}.0` : t);
  if (!v) return undefined;
  const known = `this action knows OpenMetadata ${KNOWN_MINOR_VERSIONS.join(', ')}`;
  const newest = Number(NEWEST_KNOWN_MINOR.split('.')[1]);
  if (v.major >= 2) {
    return {
      severity: 'error',
      message:
        `\`${t}\`${bareMajor ? ` (YAML reads an unquoted ${t}.0 as ${t})` : ''} is OpenMetadata ${v.major}.x, a major ` +
        `version whose ingestion configuration this action does not know: ${known}.`,
      fix: `Set openmetadata-version to your server's 1.x version, quoted (e.g. '${NEWEST_KNOWN_MINOR}'); OpenMetadata ${v.major}.x needs a release of this action that supports it.`
    };
  }
  if (v.major === 1 && v.minor > newest) {
    return {
      severity: 'error',
      message: `\`${t}\` is newer than the newest OpenMetadata release this action knows (${NEWEST_KNOWN_MINOR}): ${known}.`,
      fix: `Set openmetadata-version to the version your server reports (GET /api/v1/system/version), quoted, e.g. '${NEWEST_KNOWN_MINOR}'; for a newer OpenMetadata, update this action.`
    };
  }
  const longer = yamlShortenedFrom(t);
  if (!longer) return undefined;
  const intended = parseOmVersion(longer)!;
  if (bareMajor) {
    return {
      severity: 'warning',
      message: `openmetadata-version is \`${t}\`, which is no version: YAML reads an unquoted ${longer} as the number ${t}. Using ${longer}.`,
      fix: `Quote it: '${longer}'.`,
      use: intended
    };
  }
  const shapes =
    usesJwtOnly(v) === usesJwtOnly(intended)
      ? 'The two have different validation rules'
      : `The two need different workflowConfig shapes (${t} ${shapeOf(v)}, ${longer} ${shapeOf(intended)}), and a wrong shape fails only when ingestion runs`;
  return {
    severity: 'warning',
    message: `openmetadata-version is \`${t}\`, which may be an unquoted ${longer}: YAML reads ${longer} as the number ${t}. ${shapes}. Using ${t}.`,
    fix: `If your server runs ${longer}, quote it: '${longer}'. If it runs ${t}, write '${t}.0' to silence this warning.`,
    use: v
  };
}
