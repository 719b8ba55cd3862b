/**
 * Every step of a run yields check records. The job summary, the `report` output, annotations and the
 * exit status are all built from this one list, so they can never disagree.
 */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skip';

export interface Check {
  /** Stable id, e.g. `auth0.app.found`, `token.verify`. Tests and users match on it. */
  id: string;
  status: CheckStatus;
  /** Short human title, shown in the summary table. */
  title: string;
  /** One or two sentences: what was observed. Never contains a secret. */
  detail: string;
  /** What the user should do about it (for warn/fail). */
  fix?: string;
}

export function failedChecks(checks: readonly Check[]): Check[] {
  return checks.filter(c => c.status === 'fail');
}

export function overallResult(checks: readonly Check[]): 'pass' | 'fail' {
  return failedChecks(checks).length > 0 ? 'fail' : 'pass';
}
