/** How the run reports and bounds itself: HTTP timeout, the health issue and the PR comment. */
import type { Config, Mode } from './index.js';
import type { Reader } from './reader.js';

export type ReportingInputs = Pick<
  Config,
  'timeoutSeconds' | 'githubToken' | 'issueOnFailure' | 'commentOnPr'
>;

export function readReporting(r: Reader, mode: Mode | undefined): ReportingInputs {
  const rawTimeout = r.get('timeout-seconds') || '30';
  let timeoutSeconds = Number(rawTimeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > 600) {
    r.problem(
      'timeout-seconds',
      `\`${rawTimeout}\` is not a positive number of seconds (at most 600).`,
      'Set timeout-seconds to e.g. 30.'
    );
    timeoutSeconds = 30;
  }
  const issueOnFailure = r.bool('issue-on-failure', false);
  const commentOnPr = r.bool('comment-on-pr', false);
  if (issueOnFailure && mode && mode !== 'verify')
    r.warnings.push(`issue-on-failure applies to mode verify only; ignored in ${mode}.`);
  if (commentOnPr && mode && mode !== 'validate' && mode !== 'plan')
    r.warnings.push(`comment-on-pr applies to modes validate and plan only; ignored in ${mode}.`);
  return { timeoutSeconds, githubToken: r.get('github-token'), issueOnFailure, commentOnPr };
}
