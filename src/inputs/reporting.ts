/** How the run reports and bounds itself: HTTP timeout, the health issue and the PR comment. */
import type { Config, Mode } from './index.js';
import type { Reader } from './reader.js';

export type ReportingInputs = Pick<
  Config,
  'timeoutSeconds' | 'timeoutMs' | 'githubToken' | 'issueOnFailure' | 'issueLabel' | 'commentOnPr'
>;

export function readReporting(r: Reader, mode: Mode | undefined): ReportingInputs {
  const rawTimeout = r.get('timeout-seconds') || '30';
  // Decimal digits only (no 0x1E, 1e3 or Infinity), at least a millisecond.
  let timeoutSeconds = /^\d+(\.\d+)?$/.test(rawTimeout) ? Number(rawTimeout) : NaN;
  if (!(timeoutSeconds >= 0.001 && timeoutSeconds <= 600)) {
    r.problem(
      'timeout-seconds',
      `\`${rawTimeout}\` is not a positive number of seconds (at most 600).`,
      'Set timeout-seconds to e.g. 30.'
    );
    timeoutSeconds = 30;
  }
  const issueOnFailure = r.bool('issue-on-failure', false);
  const commentOnPr = r.bool('comment-on-pr', false);
  // One issue per label: a matrix of stages needs one label each, or one stage's pass closes another's issue.
  const issueLabel = r.get('issue-label') || 'openmetadata-auth0-health';
  if (issueLabel.length > 50 || /[\r\n,]/.test(issueLabel)) {
    r.problem(
      'issue-label',
      'is not a usable GitHub label (at most 50 characters, no comma or newline).',
      'Use a short label such as openmetadata-auth0-health-prod.'
    );
  }
  if (issueOnFailure && mode && mode !== 'verify')
    r.warnings.push(`issue-on-failure applies to mode verify only; ignored in ${mode}.`);
  if (commentOnPr && mode && mode !== 'validate' && mode !== 'plan')
    r.warnings.push(`comment-on-pr applies to modes validate and plan only; ignored in ${mode}.`);
  return {
    timeoutSeconds,
    // Whole milliseconds: timers and AbortSignal.timeout take integers (2.01 × 1000 is 2009.999…).
    timeoutMs: Math.round(timeoutSeconds * 1000),
    githubToken: r.get('github-token'),
    issueOnFailure,
    issueLabel,
    commentOnPr
  };
}
