/**
 * The health issue lifecycle and the PR comment upsert, in-process against the GitHub REST emulator.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import {
  DEFAULT_HEALTH_LABEL,
  DEFAULT_HEALTH_TITLE,
  githubContextFromEnv,
  HEALTH_ISSUE_MARKER,
  PR_COMMENT_MARKER,
  syncHealthIssue,
  upsertPrComment,
  type GitHubContextLite
} from '../../src/report/github.js';
import type { Check } from '../../src/report/checks.js';
import { startGitHubApi, type GitHubApi } from '../../test-support/github-api.js';
import { closedPort, startSilentServer } from './helpers.js';

const TOKEN = 'ghs_emulatorToken0123456789';
/** A personal access token: it acts as the user alice (GET /user answers her login). */
const ALICE_TOKEN = 'ghp_alicePersonalToken0123456789';
const LIST = '/repos/octo/health/issues';
const FAKE_JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhYmNAY2xpZW50cyJ9.c2lnbmF0dXJlLXBhcnQ';

const FAILED: Check[] = [
  {
    id: 'openmetadata.login',
    status: 'fail',
    title: 'OpenMetadata accepts the token',
    detail: 'OpenMetadata rejected the token: "Expired token!".',
    fix: 'Synchronise the clock.'
  },
  {
    id: 'token.verify',
    status: 'fail',
    title: 'Token verification',
    // A check must never carry a token; if one slips through, the body must still not show it.
    detail: `Unexpected token ${FAKE_JWT} in a message.`
  }
];

let gh: GitHubApi;
let stdout: ReturnType<typeof jest.spyOn>;

function ctx(overrides: Partial<GitHubContextLite> = {}): GitHubContextLite {
  return {
    token: TOKEN,
    apiUrl: gh.apiUrl,
    owner: 'octo',
    repo: 'health',
    runUrl: 'https://github.test/octo/health/actions/runs/42',
    timeoutMs: 5000,
    ...overrides
  };
}

function printed(): string {
  return stdout.mock.calls.map((c: unknown[]) => String(c[0])).join('');
}

beforeEach(async () => {
  gh = await startGitHubApi({
    token: TOKEN,
    tokens: { [ALICE_TOKEN]: 'alice' },
    owner: 'octo',
    repo: 'health'
  });
  // @actions/core prints ::warning:: / ::notice:: commands on stdout: keep them for assertions.
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  stdout.mockRestore();
  await gh.close();
});

const openIssues = () => gh.issues.filter(i => i.state === 'open' && !i.pull_request);
const requestsTo = (path: string) => gh.requests.filter(r => r.path === path);
const writes = () => gh.requests.filter(r => r.method !== 'GET');

/** Another origin that records what reaches it and answers every request as an empty GitHub would: `[]`. */
async function startOtherOrigin(): Promise<{
  origin: string;
  host: string;
  received: string[];
  close(): Promise<void>;
}> {
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('[]');
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin: `http://${host}`,
    host,
    received,
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}

describe('syncHealthIssue', () => {
  test('open → comment on repeat failure → close on recovery; never two issues', async () => {
    const first = await syncHealthIssue(ctx(), { failed: FAILED, passed: false });
    expect(first).toMatchObject({ id: 'github.issue', status: 'pass' });
    expect(openIssues()).toHaveLength(1);
    const issue = openIssues()[0];
    expect(first.detail).toContain(`#${issue.number}`);
    expect(issue.labels.map(l => l.name)).toEqual([DEFAULT_HEALTH_LABEL]);
    expect(issue.body).toContain('OpenMetadata accepts the token');
    expect(issue.body).toContain('Expired token!');
    expect(issue.body).toContain('Synchronise the clock.');
    expect(issue.body).toContain('https://github.test/octo/health/actions/runs/42');
    expect(issue.body).not.toContain(FAKE_JWT);
    expect(gh.labels.find(l => l.name === DEFAULT_HEALTH_LABEL)?.description).toBeTruthy();

    const second = await syncHealthIssue(ctx({ runUrl: 'https://github.test/octo/health/actions/runs/43' }), {
      failed: FAILED.slice(0, 1),
      passed: false
    });
    expect(second.status).toBe('pass');
    expect(second.detail).toContain(`#${issue.number}`);
    expect(openIssues()).toHaveLength(1);
    expect(gh.issues).toHaveLength(1);
    const comments = gh.comments.filter(c => c.issue_number === issue.number);
    expect(comments).toHaveLength(1);
    expect(comments[0].body).toContain('runs/43');
    expect(comments[0].body).toContain('Expired token!');

    const third = await syncHealthIssue(ctx(), { failed: [], passed: true });
    expect(third.status).toBe('pass');
    expect(third.detail).toContain('Closed');
    expect(gh.issues[0].state).toBe('closed');
    expect(gh.issues[0].state_reason).toBe('completed');
    expect(gh.comments.filter(c => c.issue_number === issue.number)).toHaveLength(2);

    // Passing again: nothing to do, no request that writes.
    const writesBefore = gh.requests.filter(r => r.method !== 'GET').length;
    const fourth = await syncHealthIssue(ctx(), { failed: [], passed: true });
    expect(fourth.status).toBe('pass');
    expect(gh.requests.filter(r => r.method !== 'GET').length).toBe(writesBefore);

    // The issue search is by label and state.
    const search = gh.requests.find(r => r.method === 'GET' && r.path === '/repos/octo/health/issues');
    expect(search?.query).toMatchObject({ labels: DEFAULT_HEALTH_LABEL, state: 'open' });
    // The token went in the Authorization header only, never into a body.
    expect(JSON.stringify(gh.requests.map(r => r.body))).not.toContain(TOKEN);
  });

  test('comments on an open labelled issue someone else opened; ignores PRs with the label', async () => {
    gh.addIssue({ title: 'PR touching health', labels: [DEFAULT_HEALTH_LABEL], pullRequest: true });
    const manual = gh.addIssue({
      title: 'Ingestion auth broken',
      labels: [DEFAULT_HEALTH_LABEL],
      user: 'alice'
    });
    const check = await syncHealthIssue(ctx(), { failed: FAILED, passed: false });
    expect(check.detail).toContain(`#${manual.number}`);
    expect(gh.issues).toHaveLength(2);
    expect(gh.comments.map(c => c.issue_number)).toEqual([manual.number]);
  });

  test('custom label and title', async () => {
    await syncHealthIssue(ctx(), {
      failed: FAILED,
      passed: false,
      label: 'om-health',
      title: 'Nightly check'
    });
    expect(gh.issues[0]).toMatchObject({ title: 'Nightly check' });
    expect(gh.issues[0].labels.map(l => l.name)).toEqual(['om-health']);
  });

  test('403 (no issues: write) is a warning, not a throw', async () => {
    gh.forbid('POST');
    const check = await syncHealthIssue(ctx(), { failed: FAILED, passed: false });
    expect(check).toMatchObject({ id: 'github.issue', status: 'warn' });
    expect(check.detail).toContain('403');
    expect(check.detail).toContain('Resource not accessible by integration');
    expect(check.detail).toContain('issues: write');
    expect(check.fix).toContain('issues: write');
    expect(gh.issues).toHaveLength(0);
    expect(printed()).toContain('::warning::');
    expect(JSON.stringify(check)).not.toContain(TOKEN);
  });

  test('403 while closing on recovery is a warning too', async () => {
    gh.addIssue({ title: 'old', labels: [DEFAULT_HEALTH_LABEL], user: 'github-actions[bot]' });
    gh.forbid({ method: 'PATCH', path: '/repos/octo/health/issues/' });
    const check = await syncHealthIssue(ctx(), { failed: [], passed: true });
    expect(check.status).toBe('warn');
    expect(check.detail).toContain('PATCH /repos/octo/health/issues/1');
  });

  test('bad credentials and unreachable API are warnings', async () => {
    const bad = await syncHealthIssue(ctx({ token: 'wrong-token' }), { failed: FAILED, passed: false });
    expect(bad.status).toBe('warn');
    expect(bad.detail).toContain('401');
    expect(JSON.stringify(bad)).not.toContain('wrong-token');

    const port = await closedPort();
    const down = await syncHealthIssue(ctx({ apiUrl: `http://127.0.0.1:${port}` }), {
      failed: FAILED,
      passed: false
    });
    expect(down.status).toBe('warn');
    expect(down.detail).toContain('GET /repos/octo/health/issues');
  });

  test('a GitHub API that never answers is bounded by timeoutMs', async () => {
    const silent = await startSilentServer();
    try {
      const started = Date.now();
      const check = await syncHealthIssue(ctx({ apiUrl: new URL(silent.url).origin, timeoutMs: 300 }), {
        failed: FAILED,
        passed: false
      });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(check.status).toBe('warn');
      expect(check.detail).toContain('no answer in time');
    } finally {
      await silent.close();
    }
  });

  test('server text in a failed check shows as text in the issue and in its "Still failing" comments', async () => {
    // A detail quotes what a server answered: it must not render as HTML, a link, table cells or a heading.
    const hostile: Check[] = [
      {
        id: 'openmetadata.login',
        status: 'fail',
        title: 'OpenMetadata <b>accepts</b> the token',
        detail:
          'OpenMetadata answered 401: <img src=x onerror=alert(1)> [click](javascript:alert(1)) | a | b |\n# Heading',
        fix: 'See [the docs](javascript:alert(2)).'
      }
    ];
    const rendered = [
      '#### ❌ OpenMetadata &lt;b&gt;accepts&lt;/b&gt; the token (`openmetadata.login`)',
      '',
      '**Found:** OpenMetadata answered 401: &lt;img src=x onerror=alert(1)&gt; &#91;click&#93;(javascript:alert(1)) \\| a \\| b \\|<br># Heading',
      '',
      '**Fix:** See &#91;the docs&#93;(javascript:alert(2)).'
    ].join('\n');

    expect((await syncHealthIssue(ctx(), { failed: hostile, passed: false })).status).toBe('pass');
    expect((await syncHealthIssue(ctx(), { failed: hostile, passed: false })).status).toBe('pass');
    expect(gh.issues).toHaveLength(1);
    expect(gh.comments).toHaveLength(1);
    for (const written of [gh.issues[0].body ?? '', gh.comments[0].body]) {
      expect(written).toContain(rendered);
      expect(written).not.toMatch(/<img|<b>|\[click\]|\[the docs\]|\n# Heading/);
    }
  });

  test('slow listing pages stop at the bound on the whole update (3 × timeout), with a warning naming it', async () => {
    // 10 full pages, each answered in 60% of the per-request timeout: without a bound on the whole update,
    // the listing alone would take 10 × 360 ms, then comment on an issue it found.
    for (let i = 0; i < 1000; i++) gh.addIssue({ title: `labelled ${i}`, labels: [DEFAULT_HEALTH_LABEL] });
    gh.delay({ method: 'GET', path: LIST }, 360);
    const started = Date.now();
    const check = await syncHealthIssue(ctx({ timeoutMs: 600 }), { failed: FAILED, passed: false });
    const elapsed = Date.now() - started;
    expect(check).toMatchObject({ id: 'github.issue', status: 'warn' });
    expect(check.detail).toBe(
      `Could not update the health issue: GET ${LIST} failed: stopped at 1.8 s, the bound for all GitHub requests together (3 × timeout-seconds).`
    );
    expect(requestsTo(LIST).length).toBeLessThan(10);
    expect(writes()).toEqual([]);
    expect(elapsed).toBeLessThan(10 * 360);
    expect(printed()).toContain('::warning::');
  });

  test('an empty token is reported, not sent', async () => {
    const check = await syncHealthIssue(ctx({ token: '' }), { failed: FAILED, passed: false });
    expect(check.status).toBe('warn');
    expect(gh.requests).toHaveLength(0);
  });
});

describe('upsertPrComment', () => {
  test('creates one comment, then updates it in place', async () => {
    const pr = gh.addIssue({ title: 'Change ingestion config', pullRequest: true, user: 'alice' });
    gh.addComment(pr.number, 'Looks good to me', 'bob');

    const created = await upsertPrComment(ctx({ prNumber: pr.number }), '## validate: ❌ fail\n\n3 errors');
    expect(created).toMatchObject({ id: 'github.pr-comment', status: 'pass' });
    const ours = () => gh.comments.filter(c => c.body.includes(PR_COMMENT_MARKER));
    expect(ours()).toHaveLength(1);
    expect(ours()[0].body).toContain('3 errors');
    const id = ours()[0].id;

    const updated = await upsertPrComment(
      ctx({ prNumber: pr.number }),
      `## validate: ✅ pass\n\n${FAKE_JWT}`
    );
    expect(updated.status).toBe('pass');
    expect(updated.detail).toContain('in place');
    expect(ours()).toHaveLength(1);
    expect(ours()[0].id).toBe(id);
    expect(ours()[0].body).toContain('✅ pass');
    expect(ours()[0].body).not.toContain(FAKE_JWT);
    expect(gh.comments.find(c => c.user.login === 'bob')?.body).toBe('Looks good to me');
    expect(gh.requests.filter(r => r.method === 'PATCH').map(r => r.path)).toEqual([
      `/repos/octo/health/issues/comments/${id}`
    ]);
    // Who the token is matters only when someone else wrote a marked comment: not asked here.
    expect(requestsTo('/user')).toEqual([]);
  });

  test("never edits a person's comment that carries the marker", async () => {
    const pr = gh.addIssue({ title: 'planted marker', pullRequest: true, user: 'alice' });
    const planted = gh.addComment(pr.number, `${PR_COMMENT_MARKER}\nplease overwrite me`, 'mallory');
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'the report');
    expect(check.status).toBe('pass');
    expect(gh.comments.find(c => c.id === planted.id)?.body).toContain('please overwrite me');
    expect(gh.requests.filter(r => r.method === 'PATCH')).toEqual([]);
    expect(gh.comments.filter(c => c.user.type === 'Bot' && c.body.includes('the report'))).toHaveLength(1);
  });

  test("never edits another app's comment that carries the marker: writes its own", async () => {
    const pr = gh.addIssue({ title: 'planted by a bot', pullRequest: true, user: 'alice' });
    const forged = gh.addComment(pr.number, `${PR_COMMENT_MARKER}\nforged by another app`, 'evil-app[bot]');
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'the report');
    expect(check).toMatchObject({ id: 'github.pr-comment', status: 'pass' });
    expect(check.detail).toMatch(new RegExp(`^Commented on #${pr.number} `));
    expect(gh.requests.filter(r => r.method === 'PATCH')).toEqual([]);
    expect(gh.comments.find(c => c.id === forged.id)?.body).toBe(
      `${PR_COMMENT_MARKER}\nforged by another app`
    );
    expect(gh.comments.filter(c => c.user.login === 'github-actions[bot]').map(c => c.body)).toEqual([
      `${PR_COMMENT_MARKER}\nthe report`
    ]);
    // The workflow token is an app's: GitHub refuses GET /user, so no other author's comment is ours.
    expect(requestsTo('/user').map(r => r.status)).toEqual([403]);
  });

  test("another app's marked comment first, ours after: only ours is updated", async () => {
    const pr = gh.addIssue({ title: 'two marked comments', pullRequest: true, user: 'alice' });
    const forged = gh.addComment(pr.number, `${PR_COMMENT_MARKER}\nforged by another app`, 'evil-app[bot]');
    const ours = gh.addComment(pr.number, `${PR_COMMENT_MARKER}\nold report`, 'github-actions[bot]');
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'new report');
    expect(check.status).toBe('pass');
    expect(check.detail).toContain('in place');
    expect(gh.requests.filter(r => r.method !== 'GET').map(r => `${r.method} ${r.path} ${r.status}`)).toEqual(
      [`PATCH /repos/octo/health/issues/comments/${ours.id} 200`]
    );
    expect(gh.comments.find(c => c.id === ours.id)?.body).toBe(`${PR_COMMENT_MARKER}\nnew report`);
    expect(gh.comments.find(c => c.id === forged.id)?.body).toBe(
      `${PR_COMMENT_MARKER}\nforged by another app`
    );
  });

  test("a personal token updates its own user's marked comment (GET /user), no one else's", async () => {
    const pr = gh.addIssue({ title: 'run with a PAT', pullRequest: true, user: 'bob' });
    const mallorys = gh.addComment(pr.number, `${PR_COMMENT_MARKER}\nplanted`, 'mallory');
    const alices = gh.addComment(pr.number, `${PR_COMMENT_MARKER}\nold report`, 'alice');
    const check = await upsertPrComment(ctx({ token: ALICE_TOKEN, prNumber: pr.number }), 'new report');
    expect(check.status).toBe('pass');
    expect(check.detail).toContain('in place');
    expect(requestsTo('/user').map(r => r.status)).toEqual([200]);
    expect(gh.requests.filter(r => r.method !== 'GET').map(r => `${r.method} ${r.path} ${r.status}`)).toEqual(
      [`PATCH /repos/octo/health/issues/comments/${alices.id} 200`]
    );
    expect(gh.comments.find(c => c.id === alices.id)?.body).toBe(`${PR_COMMENT_MARKER}\nnew report`);
    expect(gh.comments.find(c => c.id === mallorys.id)?.body).toBe(`${PR_COMMENT_MARKER}\nplanted`);
  });

  test('finds its comment beyond the first page', async () => {
    const pr = gh.addIssue({ title: 'busy PR', pullRequest: true });
    for (let i = 0; i < 120; i++) gh.addComment(pr.number, `comment ${i}`, 'bob');
    await upsertPrComment(ctx({ prNumber: pr.number }), 'first');
    await upsertPrComment(ctx({ prNumber: pr.number }), 'second');
    const ours = gh.comments.filter(c => c.body.includes(PR_COMMENT_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('second');
  });

  test('403 (fork PR, read-only token) is skipped with a notice', async () => {
    const pr = gh.addIssue({ title: 'from a fork', pullRequest: true, user: 'mallory' });
    gh.forbid({ method: 'POST', path: /\/comments$/ });
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'report');
    expect(check).toMatchObject({ id: 'github.pr-comment', status: 'skip' });
    expect(check.detail).toContain('fork');
    expect(printed()).toContain('::notice::');
    expect(gh.comments).toHaveLength(0);
  });

  test('a secondary rate limit (403) is a warning with a rate-limit fix, not the fork skip', async () => {
    const pr = gh.addIssue({ title: 'busy moment', pullRequest: true });
    const message =
      'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
    gh.answer(
      { method: 'POST', path: /\/comments$/ },
      { status: 403, headers: { 'Retry-After': '60' }, body: JSON.stringify({ message }) }
    );
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'report');
    expect(check).toMatchObject({ id: 'github.pr-comment', status: 'warn' });
    expect(check.detail).toBe(
      `Could not write the pull request comment: GitHub answered 403 (${message}) to POST /repos/octo/health/issues/${pr.number}/comments.`
    );
    expect(check.fix).toContain('GitHub rate-limited the token');
    expect(`${check.detail} ${check.fix}`).not.toContain('fork');
    expect(printed()).not.toContain('::notice::');
  });

  test("a proxy's HTML error page is reduced to its text in the warning", async () => {
    const pr = gh.addIssue({ title: 'behind a proxy', pullRequest: true });
    gh.answer(
      { method: 'POST', path: /\/comments$/ },
      {
        status: 502,
        contentType: 'text/html',
        body: '<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><img src=x onerror=alert(1)><hr><center>nginx</center></body></html>'
      }
    );
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'report');
    expect(check.status).toBe('warn');
    expect(check.detail).toBe(
      `Could not write the pull request comment: GitHub answered 502 (502 Bad Gateway 502 Bad Gateway nginx) to POST /repos/octo/health/issues/${pr.number}/comments.`
    );
  });

  test('the bound on the whole update covers the write too', async () => {
    // Three listing pages, GET /user (a marked comment by someone else) and the POST, each answered in 70%
    // of the timeout: 5 × 420 ms passes the 1.8 s bound after the listing, and the write is stopped.
    const pr = gh.addIssue({ title: 'slow GitHub', pullRequest: true });
    gh.addComment(pr.number, `${PR_COMMENT_MARKER}\nforged`, 'evil-app[bot]');
    for (let i = 0; i < 250; i++) gh.addComment(pr.number, `comment ${i}`, 'bob');
    gh.delay('/', 420);
    const check = await upsertPrComment(ctx({ prNumber: pr.number, timeoutMs: 600 }), 'report');
    expect(check).toMatchObject({ id: 'github.pr-comment', status: 'warn' });
    expect(check.detail).toBe(
      `Could not write the pull request comment: POST /repos/octo/health/issues/${pr.number}/comments failed: stopped at 1.8 s, the bound for all GitHub requests together (3 × timeout-seconds).`
    );
  });

  test('not a pull request: skipped without a request', async () => {
    const check = await upsertPrComment(ctx(), 'report');
    expect(check.status).toBe('skip');
    expect(gh.requests).toHaveLength(0);
  });
});

describe('answers of an unexpected shape or size', () => {
  test.each([
    ['an object instead of a list', '{"issues": []}', 'application/json', 'an object, not a list of issues'],
    [
      'an HTML page from a proxy',
      '<html><body>Proxy login required</body></html>',
      'text/html',
      'an HTML page (from a proxy?), not a list of issues'
    ],
    ['a list of something else', '["a", "b"]', 'application/json', 'a list, not a list of issues']
  ])('the issues listing answering %s is a warn check naming it', async (_, body, contentType, shape) => {
    gh.answer({ method: 'GET', path: LIST }, { body, contentType });
    const check = await syncHealthIssue(ctx(), { failed: FAILED, passed: false });
    expect(check.status).toBe('warn');
    expect(check.detail).toBe(
      `Could not update the health issue: GET ${LIST} failed: the answer was ${shape}.`
    );
    expect(gh.issues).toHaveLength(0);
  });

  test('an issue answer that is not an issue is a warn check, not a crash', async () => {
    gh.answer({ method: 'POST', path: LIST }, { status: 201, body: '"created"' });
    const check = await syncHealthIssue(ctx(), { failed: FAILED, passed: false });
    expect(check.status).toBe('warn');
    expect(check.detail).toContain(`POST ${LIST} failed: the answer was text, not an issue`);
  });

  test('an answer over 1 MiB is not read, and named as such', async () => {
    const pr = gh.addIssue({ title: 'huge', pullRequest: true });
    const comments = `/repos/octo/health/issues/${pr.number}/comments`;
    gh.answer({ method: 'GET', path: comments }, { body: `[${'{"id":1},'.repeat(120_000)}{"id":2}]` });
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'report');
    expect(check.status).toBe('warn');
    expect(check.detail).toBe(
      `Could not write the pull request comment: GET ${comments} failed: answered more than 1 MiB.`
    );
    expect(gh.requests.filter(r => r.method === 'POST')).toEqual([]);
  });

  test('the comments listing answering an object is a warn check', async () => {
    const pr = gh.addIssue({ title: 'odd proxy', pullRequest: true });
    gh.answer({ method: 'GET', path: /\/comments$/ }, { body: '{"message": "ok"}' });
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'report');
    expect(check.status).toBe('warn');
    expect(check.detail).toContain('the answer was an object, not a list of comments');
  });
});

describe('redirects are not followed', () => {
  // Following one would send the report elsewhere, or trust another origin's list and open a second issue.
  let other: Awaited<ReturnType<typeof startOtherOrigin>>;
  beforeEach(async () => {
    other = await startOtherOrigin();
  });
  afterEach(async () => {
    await other.close();
  });
  const redirect = (status: number, path: string) => ({
    status,
    headers: { Location: `${other.origin}${path}` },
    body: ''
  });

  test('a 302 of the issues listing to another origin: no second issue, a warning naming the redirect', async () => {
    gh.addIssue({
      title: DEFAULT_HEALTH_TITLE,
      body: HEALTH_ISSUE_MARKER,
      labels: [DEFAULT_HEALTH_LABEL],
      user: 'github-actions[bot]'
    });
    gh.answer(
      { method: 'GET', path: LIST },
      redirect(302, `${LIST}?labels=${DEFAULT_HEALTH_LABEL}&state=open`)
    );
    const check = await syncHealthIssue(ctx(), { failed: FAILED, passed: false });
    expect(check).toMatchObject({ id: 'github.issue', status: 'warn' });
    expect(check.detail).toBe(
      `Could not update the health issue: GET ${LIST} failed: GitHub answered 302, a redirect to ${other.host} (another origin): not followed.`
    );
    expect(other.received).toEqual([]);
    expect(gh.issues).toHaveLength(1);
    expect(writes()).toEqual([]);
  });

  test.each([
    ['opening the issue', 'POST /repos/octo/health/issues', false],
    ['commenting on the open issue', 'POST /repos/octo/health/issues/1/comments', true]
  ])('a 307 when %s sends nothing to the other origin', async (_, request, issueOpen) => {
    if (issueOpen) gh.addIssue({ title: 'open', labels: [DEFAULT_HEALTH_LABEL] });
    const [method, path] = request.split(' ');
    gh.answer({ method, path: new RegExp(`^${path}$`) }, redirect(307, '/steal'));
    const check = await syncHealthIssue(ctx(), { failed: FAILED, passed: false });
    expect(check.status).toBe('warn');
    expect(check.detail).toBe(
      `Could not update the health issue: ${request} failed: GitHub answered 307, a redirect to ${other.host} (another origin): not followed.`
    );
    expect(other.received).toEqual([]);
    expect(gh.comments).toEqual([]);
  });

  test('a 307 on the pull request comment sends nothing to the other origin', async () => {
    const pr = gh.addIssue({ title: 'redirected', pullRequest: true });
    const comments = `/repos/octo/health/issues/${pr.number}/comments`;
    gh.answer({ method: 'POST', path: comments }, redirect(307, '/steal'));
    const check = await upsertPrComment(ctx({ prNumber: pr.number }), 'report');
    expect(check).toMatchObject({ id: 'github.pr-comment', status: 'warn' });
    expect(check.detail).toBe(
      `Could not write the pull request comment: POST ${comments} failed: GitHub answered 307, a redirect to ${other.host} (another origin): not followed.`
    );
    expect(other.received).toEqual([]);
    expect(gh.comments).toEqual([]);
  });
});

describe('githubContextFromEnv', () => {
  test('reads the repository, API URL, run URL and the pull request number', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gh-event-'));
    const eventPath = path.join(dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify({ action: 'opened', number: 7, pull_request: { number: 7 } }));
    const c = githubContextFromEnv(
      {
        GITHUB_REPOSITORY: 'octo/health',
        GITHUB_API_URL: 'http://127.0.0.1:1234/',
        GITHUB_SERVER_URL: 'https://github.test',
        GITHUB_RUN_ID: '99',
        GITHUB_EVENT_PATH: eventPath
      },
      TOKEN
    );
    expect(c).toEqual({
      token: TOKEN,
      apiUrl: 'http://127.0.0.1:1234',
      owner: 'octo',
      repo: 'health',
      runUrl: 'https://github.test/octo/health/actions/runs/99',
      prNumber: 7
    });

    writeFileSync(eventPath, JSON.stringify({ schedule: '0 6 * * *' }));
    const scheduled = githubContextFromEnv(
      { GITHUB_REPOSITORY: 'octo/health', GITHUB_EVENT_PATH: eventPath },
      TOKEN
    );
    expect(scheduled?.prNumber).toBeUndefined();
    expect(scheduled?.apiUrl).toBe('https://api.github.com');
  });

  test('undefined without a repository', () => {
    expect(githubContextFromEnv({}, TOKEN)).toBeUndefined();
    expect(githubContextFromEnv({ GITHUB_REPOSITORY: 'no-slash' }, TOKEN)).toBeUndefined();
  });
});
