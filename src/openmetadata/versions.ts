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
