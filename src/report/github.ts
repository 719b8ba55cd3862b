/**
 * Where a run's result lands besides the job summary:
 * - `issue-on-failure` (verify): one open issue, found by its label, for a failing health check; later
 *   failures comment on it, and the next passing run comments and closes it. Never a second issue.
 * - `comment-on-pr` (validate, plan): one comment per pull request, found by a hidden marker and edited in
 *   place.
 *
 * Uses @actions/github's Octokit (REST), with `baseUrl` = GITHUB_API_URL, so GitHub Enterprise Server and
 * test emulators work. No retry plugin is loaded (one attempt per request), every request is bounded by
 * the timeout, and all requests of one update together by DEADLINE_FACTOR × the timeout. GitHub answers 403 when the token lacks a permission (`Resource not accessible by
 * integration`), e.g. a workflow without `issues: write` or a pull request from a fork (read-only
 * GITHUB_TOKEN): that becomes a warn/skip check with the explanation, never a crash.
 *
 * Nothing here sees a secret except the GitHub token (given to Octokit only); bodies are built from check
 * records and passed through `redact` anyway.
 *
 * Every answer is read with a cap (1 MiB, see src/http.ts) and checked for the shape used: a list where a
 * list is expected, an issue or comment object otherwise. Anything else (an object instead of a list, an
 * HTML page from a proxy) is a failure like a GitHub error: a warn check, never an unexpected error.
 */
import { readFileSync } from 'node:fs';
import * as runner from '../runner.js';
import { getOctokit } from '@actions/github';
import { defaults as toolkitDefaults } from '@actions/github/lib/utils';
import type { Check } from './checks.js';
import { cappedFetch, isRedirect, redirectTarget } from '../http.js';
import { redact, redactAndShorten } from '../secrets.js';
import { markdownCell, markdownCode } from './markdown.js';

export interface GitHubContextLite {
  token: string;
  /** REST API base, e.g. https://api.github.com (GITHUB_API_URL). */
  apiUrl: string;
  owner: string;
  repo: string;
  /** Link to this workflow run. */
  runUrl: string;
  /** The pull request of this run, when there is one. */
  prNumber?: number;
  /** Bound for each request (default 30 s); the whole update is bounded by DEADLINE_FACTOR times it. */
  timeoutMs?: number;
}

export const DEFAULT_HEALTH_LABEL = 'openmetadata-auth0-health';
export const DEFAULT_HEALTH_TITLE = 'OpenMetadata ingestion credentials: health check failing';
/** Marks the one PR comment this action keeps up to date. */
export const PR_COMMENT_MARKER = '<!-- openmetadata-auth0-action -->';
/** Marks the issues this action opens (searching is by label; this only tells ours apart). */
export const HEALTH_ISSUE_MARKER = '<!-- openmetadata-auth0-health -->';

/** GitHub rejects comment and issue bodies over 65536 characters. */
const MAX_BODY = 65000;
const PER_PAGE = 100;
/** Bounds the pagination of listings: 10 pages of 100. */
const MAX_PAGES = 10;
const DEFAULT_TIMEOUT_MS = 30_000;
/**
 * All requests of one update (issue or PR comment) together may take this many per-request timeouts.
 * Without it, the listing alone could take MAX_PAGES timeouts (10 pages, each answered just in time), and
 * closing several issues on recovery two more per issue. An update normally makes 2 to 4 requests that
 * GitHub answers in well under a second; 3× lets one of them take nearly the whole timeout (a slow
 * moment) and the others still finish, while a GitHub or proxy that is slow on every request costs the
 * run 3 timeouts at most, not 10 or more.
 */
const DEADLINE_FACTOR = 3;

interface IssueLite {
  number: number;
  html_url: string;
  body?: string | null;
  pull_request?: unknown;
}

interface CommentLite {
  id: number;
  html_url: string;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/** Reads the GitHub Actions environment. Undefined when GITHUB_REPOSITORY is not `owner/repo`. */
export function githubContextFromEnv(
  env: NodeJS.ProcessEnv,
  token: string,
  timeoutMs?: number
): GitHubContextLite | undefined {
  const [owner, repo, ...rest] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || rest.length > 0) return undefined;
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  const runUrl = env.GITHUB_RUN_ID
    ? `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`
    : `${serverUrl}/${owner}/${repo}/actions`;
  return {
    token,
    apiUrl,
    owner,
    repo,
    runUrl,
    prNumber: pullRequestNumber(env.GITHUB_EVENT_PATH),
    timeoutMs
  };
}

/** The pull request number from the event payload (pull_request, pull_request_target, issue_comment on a PR). */
function pullRequestNumber(eventPath: string | undefined): number | undefined {
  if (!eventPath) return undefined;
  try {
    const event = JSON.parse(readFileSync(eventPath, 'utf8')) as {
      pull_request?: { number?: unknown };
      issue?: { number?: unknown; pull_request?: unknown };
      number?: unknown;
    };
    const candidates = [
      event.pull_request?.number,
      event.issue?.pull_request ? event.issue.number : undefined
    ];
    for (const n of candidates) if (typeof n === 'number' && Number.isInteger(n) && n > 0) return n;
  } catch {
    // no readable event: not a pull request run
  }
  return undefined;
}

type Octokit = ReturnType<typeof getOctokit>;

/** Octokit for one update, and the deadline that bounds all of its requests together. */
interface GitHubClient {
  octokit: Octokit;
  deadline: AbortSignal;
  deadlineMs: number;
}

function client(ctx: GitHubContextLite): GitHubClient {
  // The toolkit's fetch (it honours the runner's proxy settings), with every answer read under the cap.
  const request = toolkitDefaults.request ?? {};
  const fetchFn = (request.fetch as typeof fetch | undefined) ?? fetch;
  const deadlineMs = DEADLINE_FACTOR * (ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const deadline = AbortSignal.timeout(deadlineMs);
  const octokit = getOctokit(ctx.token, {
    baseUrl: ctx.apiUrl.replace(/\/+$/, ''),
    request: { ...request, fetch: cappedFetch(withoutRedirects(before(deadline, fetchFn))) }
  });
  return { octokit, deadline, deadlineMs };
}

/**
 * Every request (and the reading of its answer) also ends at the deadline; once it has passed, the next
 * one is never sent. In fetch, not in `bounded`: so no request can be made without it.
 */
function before(deadline: AbortSignal, fetchFn: typeof fetch): typeof fetch {
  return ((input: string | URL | Request, init?: RequestInit) =>
    fetchFn(input, {
      ...init,
      signal: init?.signal ? AbortSignal.any([init.signal, deadline]) : deadline
    })) as typeof fetch;
}

/**
 * A request cut off (or never sent) because the deadline passed names the bound, not the per-request
 * timeout. An HTTP answer (a status) is reported as it came.
 */
function pastDeadline(f: GitHubFailure, gh: GitHubClient): GitHubFailure {
  if (f.status !== undefined || !gh.deadline.aborted) return f;
  const message = `stopped at ${gh.deadlineMs / 1000} s, the bound for all GitHub requests together (${DEADLINE_FACTOR} × timeout-seconds)`;
  return { ...f, message };
}

/**
 * GitHub's API answers where it is asked. A redirect is refused, naming its target: following it would send
 * the report (and, on the same origin, the token) elsewhere, and trusting a list from another origin could
 * miss the open issue and open a second one.
 */
function withoutRedirects(fetchFn: typeof fetch): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const response = await fetchFn(input, { ...init, redirect: 'manual' });
    if (!isRedirect(response.status)) return response;
    await response.body?.cancel().catch(() => undefined);
    throw new Error(
      `GitHub answered ${response.status}, a redirect ${redirectTarget(response, input)}: not followed`
    );
  }) as typeof fetch;
}

/** Per-request options: a fresh timeout for each request (Octokit merges `request` deeply). */
function bounded(ctx: GitHubContextLite): { request: { signal: AbortSignal } } {
  return { request: { signal: AbortSignal.timeout(ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS) } };
}

interface GitHubFailure {
  status?: number;
  message: string;
  /** `METHOD /path` of the request that failed, without host or query. */
  what: string;
}

function toFailure(error: unknown, what: string): GitHubFailure {
  const e = error as { status?: unknown; message?: unknown; response?: { data?: unknown }; name?: unknown };
  const data = e?.response?.data as { message?: unknown } | undefined;
  const hasResponse = e?.response !== undefined;
  const status = hasResponse && typeof e.status === 'number' ? e.status : undefined;
  let message =
    typeof data?.message === 'string'
      ? data.message
      : typeof e?.message === 'string'
        ? e.message
        : String(error);
  if (!hasResponse) {
    // Octokit wraps fetch failures in a RequestError (status 500, no response); the cause tells what happened.
    const cause = (error as { cause?: { name?: unknown; message?: unknown; code?: unknown } })?.cause;
    const names = [e?.name, cause?.name];
    if (names.includes('TimeoutError') || /aborted due to timeout/i.test(message)) {
      message = 'no answer in time';
    } else if (message === 'Unknown Error' && typeof cause?.message === 'string') {
      message = cause.message;
    }
  }
  // A proxy's error page says what it is in its text, not its markup (redacted first: a secret may hold `<`).
  if (/<[a-z!/]/i.test(message))
    message = redact(message)
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return { status, message: redactAndShorten(message, 300), what };
}

/** What an answer was, for a failure that names an unexpected shape. */
function shapeOf(data: unknown): string {
  if (Array.isArray(data)) return 'a list';
  if (typeof data === 'string')
    return /^\s*</.test(data) ? 'an HTML page (from a proxy?)' : data.trim() ? 'text' : 'empty';
  if (data === null || data === undefined) return 'empty';
  return typeof data === 'object' ? 'an object' : `a ${typeof data}`;
}

const hasNumber = (item: unknown, key: string) =>
  typeof item === 'object' && item !== null && typeof (item as Record<string, unknown>)[key] === 'number';

/** The answer as a list of items carrying a numeric `key`, or a failure naming what came instead. */
function listOf<T>(data: unknown, what: string, key: 'number' | 'id', items: string): T[] {
  if (Array.isArray(data) && data.every(item => hasNumber(item, key))) return data as T[];
  const failure: GitHubFailure = { message: `the answer was ${shapeOf(data)}, not a list of ${items}`, what };
  throw failure;
}

/** The answer as one issue or comment (numeric `key`, string `html_url`), or a failure naming the shape. */
function oneOf<T>(data: unknown, what: string, key: 'number' | 'id', item: string): T {
  if (hasNumber(data, key) && typeof (data as { html_url?: unknown }).html_url === 'string') return data as T;
  const failure: GitHubFailure = { message: `the answer was ${shapeOf(data)}, not ${item}`, what };
  throw failure;
}

async function step<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toFailure(error, what);
  }
}

function isFailure(error: unknown): error is GitHubFailure {
  return typeof error === 'object' && error !== null && 'what' in error && 'message' in error;
}

function answered(f: GitHubFailure): string {
  return f.status !== undefined
    ? `GitHub answered ${f.status} (${f.message}) to ${f.what}`
    : `${f.what} failed: ${f.message}`;
}

function truncate(body: string): string {
  return body.length <= MAX_BODY
    ? body
    : `${body.slice(0, MAX_BODY)}\n\n_…truncated: the job summary has the complete report._`;
}

/**
 * Markdown for the failed checks: title, id, what was found and the fix. Redacted first, then made inert
 * (a detail quotes what a server answered, which may hold Markdown or HTML), as in the job summary.
 */
export function renderFailedChecks(failed: readonly Check[]): string {
  if (failed.length === 0) return '_No failed check was reported._';
  const inert = (text: string) => markdownCell(redact(text));
  return failed
    .map(c => {
      const lines = [
        `#### ❌ ${inert(c.title)} (${markdownCode(c.id)})`,
        '',
        `**Found:** ${inert(c.detail)}`
      ];
      if (c.fix) lines.push('', `**Fix:** ${inert(c.fix)}`);
      return lines.join('\n');
    })
    .join('\n\n');
}

async function listOpenLabelled(
  octokit: Octokit,
  ctx: GitHubContextLite,
  label: string
): Promise<IssueLite[]> {
  const found: IssueLite[] = [];
  const what = `GET /repos/${ctx.owner}/${ctx.repo}/issues`;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await step(what, () =>
      octokit.request('GET /repos/{owner}/{repo}/issues', {
        owner: ctx.owner,
        repo: ctx.repo,
        labels: label,
        state: 'open',
        per_page: PER_PAGE,
        page,
        ...bounded(ctx)
      })
    );
    const items = listOf<IssueLite>(data, what, 'number', 'issues');
    // The issues listing includes pull requests; a PR carrying the label is not the health issue.
    // (Deduplicated: a server that ignores `page` must not make one issue look like two.)
    found.push(...items.filter(i => !i.pull_request && !found.some(f => f.number === i.number)));
    if (items.length < PER_PAGE) break;
  }
  // Oldest first; one opened by this action wins over one labelled by hand.
  found.sort((a, b) => a.number - b.number);
  const ours = found.filter(i => i.body?.includes(HEALTH_ISSUE_MARKER));
  return [...ours, ...found.filter(i => !ours.includes(i))];
}

/** Makes sure the label exists (creating an issue with an unknown label also creates it, but not always with a description). */
async function ensureLabel(octokit: Octokit, ctx: GitHubContextLite, label: string): Promise<void> {
  try {
    await octokit.request('GET /repos/{owner}/{repo}/labels/{name}', {
      owner: ctx.owner,
      repo: ctx.repo,
      name: label,
      ...bounded(ctx)
    });
    return;
  } catch (error) {
    if ((error as { status?: number }).status !== 404) return;
  }
  try {
    await octokit.request('POST /repos/{owner}/{repo}/labels', {
      owner: ctx.owner,
      repo: ctx.repo,
      name: label,
      color: 'd73a4a',
      description: 'OpenMetadata × Auth0 credential health check (managed by openmetadata-auth0-action)',
      ...bounded(ctx)
    });
  } catch {
    // 422 (created meanwhile) or no permission for labels: the issue is created with the label anyway.
  }
}

/**
 * On failure: open one labelled issue, or comment on the open one. On a pass: comment on and close the open
 * one (nothing when there is none). Returns a `github.issue` check; GitHub errors become `warn`.
 */
export async function syncHealthIssue(
  ctx: GitHubContextLite,
  opts: { failed: Check[]; passed: boolean; title?: string; label?: string }
): Promise<Check> {
  const label = opts.label?.trim() || DEFAULT_HEALTH_LABEL;
  const title = opts.title?.trim() || DEFAULT_HEALTH_TITLE;
  const base = { id: 'github.issue', title: 'Health issue' };
  if (!ctx.token) {
    return {
      ...base,
      status: 'warn',
      detail: 'Not updated: github-token is empty.',
      fix: 'Pass github-token (the default ${{ github.token }} works with permissions: issues: write).'
    };
  }
  const gh = client(ctx);
  const { octokit } = gh;
  const run = `[this run](${ctx.runUrl})`;
  try {
    const open = await listOpenLabelled(octokit, ctx, label);
    if (opts.passed) {
      if (open.length === 0) {
        return { ...base, status: 'pass', detail: `No open issue labelled "${label}": nothing to close.` };
      }
      // Normally one; close every open one carrying the label, since the check passes again.
      for (const issue of open) {
        await step(`POST /repos/${ctx.owner}/${ctx.repo}/issues/${issue.number}/comments`, () =>
          octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            owner: ctx.owner,
            repo: ctx.repo,
            issue_number: issue.number,
            body: `✅ The OpenMetadata × Auth0 credential health check passes again in ${run}. Closing.`,
            ...bounded(ctx)
          })
        );
        await step(`PATCH /repos/${ctx.owner}/${ctx.repo}/issues/${issue.number}`, () =>
          octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            owner: ctx.owner,
            repo: ctx.repo,
            issue_number: issue.number,
            state: 'closed',
            state_reason: 'completed',
            ...bounded(ctx)
          })
        );
      }
      return {
        ...base,
        status: 'pass',
        detail: `Closed ${open.map(i => `#${i.number} (${i.html_url})`).join(', ')}: the check passes again.`
      };
    }

    const failures = renderFailedChecks(opts.failed);
    if (open.length > 0) {
      const issue = open[0];
      await step(`POST /repos/${ctx.owner}/${ctx.repo}/issues/${issue.number}/comments`, () =>
        octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner: ctx.owner,
          repo: ctx.repo,
          issue_number: issue.number,
          body: truncate(
            `Still failing in ${run}: ${opts.failed.length} failed check${opts.failed.length === 1 ? '' : 's'}.\n\n${failures}`
          ),
          ...bounded(ctx)
        })
      );
      return {
        ...base,
        status: 'pass',
        detail: `Commented on the open issue #${issue.number} (${issue.html_url}).`
      };
    }

    await ensureLabel(octokit, ctx, label);
    const body = truncate(
      [
        HEALTH_ISSUE_MARKER,
        `The scheduled OpenMetadata × Auth0 credential health check failed in ${run}: ingestion authentication is likely broken.`,
        '',
        failures,
        '',
        '---',
        `_Opened by openmetadata-auth0-action. Later failures are added as comments; the first passing run closes this issue. Issues labelled \`${label}\` are the ones it looks for._`
      ].join('\n')
    );
    const what = `POST /repos/${ctx.owner}/${ctx.repo}/issues`;
    const { data } = await step(what, () =>
      octokit.request('POST /repos/{owner}/{repo}/issues', {
        owner: ctx.owner,
        repo: ctx.repo,
        title,
        body,
        labels: [label],
        ...bounded(ctx)
      })
    );
    const issue = oneOf<IssueLite>(data, what, 'number', 'an issue');
    return { ...base, status: 'pass', detail: `Opened issue #${issue.number} (${issue.html_url}).` };
  } catch (error) {
    if (!isFailure(error)) throw error;
    const explained = explainIssueFailure(pastDeadline(error, gh));
    runner.warning(`${explained.detail} ${explained.fix}`);
    return { ...base, status: 'warn', ...explained };
  }
}

function explainIssueFailure(f: GitHubFailure): { detail: string; fix: string } {
  const detail = `Could not update the health issue: ${answered(f)}.`;
  switch (f.status) {
    case 403:
      return /rate limit/i.test(f.message)
        ? { detail, fix: 'GitHub rate-limited the token; the next run updates the issue.' }
        : {
            detail: `${detail} The github-token lacks the issues: write permission.`,
            fix: 'Add `permissions: { issues: write }` to the job (the default GITHUB_TOKEN is often read-only), or pass a github-token that may write issues.'
          };
    case 401:
      return {
        detail,
        fix: 'github-token is invalid or expired: pass a valid token (the default is ${{ github.token }}).'
      };
    case 404:
      return {
        detail,
        fix: 'The token cannot see this repository: check github-token and GITHUB_REPOSITORY.'
      };
    case 410:
      return {
        detail,
        fix: 'Issues are disabled for this repository: enable them, or set issue-on-failure: false.'
      };
    default:
      return {
        detail,
        fix: 'The health result itself is unaffected (see the other checks); the next run retries.'
      };
  }
}

/** What the default GITHUB_TOKEN writes as. */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Our comment on the pull request: it starts with the marker and was written by this token's identity
 * (searched page by page). The marker alone proves nothing: anyone can write it, a person quoting the
 * comment or another app's bot. Comments by github-actions[bot] (the workflow token) are ours; another
 * author's are ours only when the token acts as that user (GET /user, asked only then). Nothing else is
 * ever edited: a repository admin's token could overwrite it.
 */
async function findOurComment(
  octokit: Octokit,
  ctx: GitHubContextLite,
  prNumber: number
): Promise<CommentLite | undefined> {
  const listed = `GET /repos/${ctx.owner}/${ctx.repo}/issues/${prNumber}/comments`;
  const marked: CommentLite[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await step(listed, () =>
      octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: prNumber,
        per_page: PER_PAGE,
        page,
        ...bounded(ctx)
      })
    );
    const comments = listOf<CommentLite>(data, listed, 'id', 'comments');
    marked.push(...comments.filter(c => c.body?.trimStart().startsWith(PR_COMMENT_MARKER)));
    const byWorkflowToken = marked.find(c => c.user?.login === ACTIONS_BOT);
    if (byWorkflowToken) return byWorkflowToken;
    if (comments.length < PER_PAGE) break;
  }
  if (marked.length === 0) return undefined;
  const login = await tokenLogin(octokit, ctx);
  return login ? marked.find(c => c.user?.login === login) : undefined;
}

/** The user a personal token acts as; undefined for an app's token (GitHub answers 403) or on any failure. */
async function tokenLogin(octokit: Octokit, ctx: GitHubContextLite): Promise<string | undefined> {
  try {
    const { data } = await octokit.request('GET /user', bounded(ctx));
    const login = (data as { login?: unknown } | null)?.login;
    return typeof login === 'string' && login !== '' ? login : undefined;
  } catch {
    return undefined;
  }
}

/** A failed comment: 403 (fork pull requests get a read-only token) is a skip with a notice, else a warning. */
function commentFailure(error: GitHubFailure): Check {
  const base = { id: 'github.pr-comment', title: 'Pull request comment' };
  if ((error.status === 403 || error.status === 429) && /rate limit/i.test(error.message)) {
    return {
      ...base,
      status: 'warn',
      detail: `Could not write the pull request comment: ${answered(error)}.`,
      fix: 'GitHub rate-limited the token; the next run writes the comment. The job summary has the same report.'
    };
  }
  if (error.status === 403) {
    const detail = `Skipped the pull request comment: ${answered(error)}. Pull requests from forks get a read-only GITHUB_TOKEN, and a workflow without pull-requests: write cannot comment; the job summary has the same report.`;
    runner.notice(detail);
    return {
      ...base,
      status: 'skip',
      detail,
      fix: 'For pull requests from this repository, add `permissions: { pull-requests: write }` to the job. Fork pull requests cannot be commented on with the default token.'
    };
  }
  return {
    ...base,
    status: 'warn',
    detail: `Could not write the pull request comment: ${answered(error)}.`,
    fix:
      error.status === 401
        ? 'github-token is invalid or expired: pass a valid token.'
        : 'The validation result itself is unaffected; the job summary has the report.'
  };
}

/**
 * One comment per pull request, found by PR_COMMENT_MARKER and edited in place; created when missing.
 * A 403 (fork pull requests get a read-only GITHUB_TOKEN) is a `skip` with a notice.
 */
export async function upsertPrComment(ctx: GitHubContextLite, body: string): Promise<Check> {
  const base = { id: 'github.pr-comment', title: 'Pull request comment' };
  const prNumber = ctx.prNumber;
  if (!prNumber) {
    return { ...base, status: 'skip', detail: 'Not a pull request run: no comment was written.' };
  }
  if (!ctx.token) {
    return { ...base, status: 'skip', detail: 'Not written: github-token is empty.' };
  }
  const gh = client(ctx);
  const { octokit } = gh;
  const text = truncate(`${PR_COMMENT_MARKER}\n${redact(body)}`);
  try {
    const existing = await findOurComment(octokit, ctx, prNumber);
    if (existing) {
      const id = existing.id;
      const patched = `PATCH /repos/${ctx.owner}/${ctx.repo}/issues/comments/${id}`;
      const { data } = await step(patched, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          owner: ctx.owner,
          repo: ctx.repo,
          comment_id: id,
          body: text,
          ...bounded(ctx)
        })
      );
      const url = oneOf<CommentLite>(data, patched, 'id', 'a comment').html_url;
      return { ...base, status: 'pass', detail: `Updated the comment on #${prNumber} in place (${url}).` };
    }
    const posted = `POST /repos/${ctx.owner}/${ctx.repo}/issues/${prNumber}/comments`;
    const { data } = await step(posted, () =>
      octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: ctx.owner,
        repo: ctx.repo,
        issue_number: prNumber,
        body: text,
        ...bounded(ctx)
      })
    );
    const comment = oneOf<CommentLite>(data, posted, 'id', 'a comment');
    return { ...base, status: 'pass', detail: `Commented on #${prNumber} (${comment.html_url}).` };
  } catch (error) {
    if (!isFailure(error)) throw error;
    return commentFailure(pastDeadline(error, gh));
  }
}
