/**
 * The health issue lifecycle and the PR comment upsert, in-process against the GitHub REST emulator.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { jest } from '@jest/globals';
import {
  DEFAULT_HEALTH_LABEL,
  githubContextFromEnv,
  PR_COMMENT_MARKER,
  syncHealthIssue,
  upsertPrComment,
  type GitHubContextLite
} from '../../src/report/github.js';
import type { Check } from '../../src/report/checks.js';
import { startGitHubApi, type GitHubApi } from '../../test-support/github-api.js';
import { closedPort, startSilentServer } from './helpers.js';

const TOKEN = 'ghs_emulatorToken0123456789';
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
  gh = await startGitHubApi({ token: TOKEN, owner: 'octo', repo: 'health' });
  // @actions/core prints ::warning:: / ::notice:: commands on stdout: keep them for assertions.
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  stdout.mockRestore();
  await gh.close();
});

const openIssues = () => gh.issues.filter(i => i.state === 'open' && !i.pull_request);

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

  test('not a pull request: skipped without a request', async () => {
    const check = await upsertPrComment(ctx(), 'report');
    expect(check.status).toBe('skip');
    expect(gh.requests).toHaveLength(0);
  });
});

describe('answers of an unexpected shape or size', () => {
  const LIST = '/repos/octo/health/issues';

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
