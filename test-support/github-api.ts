/**
 * An emulation of the GitHub REST endpoints the action uses for issues and pull request comments, on plain
 * HTTP at 127.0.0.1 (point GITHUB_API_URL or `apiUrl` at it). Response shapes follow GitHub's
 * (`id`, `node_id`, `number`, `html_url`, `body`, `state`, `state_reason`, `labels: [{name}]`,
 * `user: {login}`, `pull_request` on PRs); lists honour `per_page`/`page` and send a `Link` header.
 *
 * - `GET  /repos/{o}/{r}/issues?labels=&state=&per_page=&page=` (issues and PRs, newest first)
 * - `POST /repos/{o}/{r}/issues` `{title, body, labels}` (unknown labels are created, as GitHub does)
 * - `GET|PATCH /repos/{o}/{r}/issues/{n}` (`state`, `state_reason`, `title`, `body`, `labels`)
 * - `GET|POST /repos/{o}/{r}/issues/{n}/comments`
 * - `GET|PATCH /repos/{o}/{r}/issues/comments/{id}`
 * - `GET /repos/{o}/{r}/labels/{name}`, `POST /repos/{o}/{r}/labels` (422 `already_exists`)
 * - `GET /user`: the user a personal token acts as; 403 `Resource not accessible by integration` for a
 *   bot's (an app installation token, such as the workflow's GITHUB_TOKEN), as GitHub answers
 *
 * Writes are made as the token's actor (`actor` for `token`, or the login `tokens` gives it); a comment can
 * be edited only by its author (403 otherwise). `forbid(rule)` makes matching requests answer 403 `Resource
 * not accessible by integration`, as GitHub does for a token without the permission (a fork PR's read-only
 * GITHUB_TOKEN, no `issues: write`). With `token` set, other credentials (not in `tokens`) get 401 `Bad
 * credentials`. `answer(rule, reply)` makes matching requests get a raw reply instead (an object where a
 * list belongs, a proxy's HTML page, a huge body, a redirect); `delay(rule, ms)` answers them late.
 */
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GhLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export interface GhIssue {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: GhLabel[];
  user: { login: string; type: string };
  comments: number;
  html_url: string;
  url: string;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  pull_request?: { url: string; html_url: string };
}

export interface GhComment {
  id: number;
  node_id: string;
  issue_number: number;
  body: string;
  user: { login: string; type: string };
  html_url: string;
  url: string;
  issue_url: string;
  created_at: string;
  updated_at: string;
}

export interface GhRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** The credential sent, with its scheme (`token x` / `Bearer x`), for assertions on auth. */
  authorization?: string;
}

/** A method (`POST`), a path prefix (`/repos/o/r/issues`) or a pattern; `method` + `path` together. */
export type ForbidRule = string | RegExp | { method?: string; path?: string | RegExp };

export interface GitHubApi {
  apiUrl: string;
  issues: GhIssue[];
  comments: GhComment[];
  labels: GhLabel[];
  requests: GhRequest[];
  /** Answer 403 to matching requests from now on. */
  forbid(rule: ForbidRule): void;
  /** Answer matching requests with this raw reply from now on (status 200 and JSON by default). */
  answer(rule: ForbidRule, reply: RawReply): void;
  /** Answer matching requests (as usual, or as a rule says) only after `ms` from now on: a slow GitHub. */
  delay(rule: ForbidRule, ms: number): void;
  /** Remove every forbid, answer and delay rule. */
  allowAll(): void;
  /** Seed an issue (or, with `pullRequest`, a pull request) as another user would have made it. */
  addIssue(init: {
    title: string;
    body?: string;
    labels?: string[];
    user?: string;
    pullRequest?: boolean;
    state?: 'open' | 'closed';
  }): GhIssue;
  /** Seed a comment by another user. */
  addComment(issueNumber: number, body: string, user?: string): GhComment;
  close(): Promise<void>;
}

export interface RawReply {
  status?: number;
  contentType?: string;
  /** More response headers, e.g. `Location` for a redirect. */
  headers?: Record<string, string>;
  body: string | Buffer;
}

export interface GitHubApiOptions {
  /** When set, only `token <t>` / `Bearer <t>` is accepted. */
  token?: string;
  /** Login the token acts as (default `github-actions[bot]`). */
  actor?: string;
  /** More tokens, each with the login it acts as (a user's personal token, another app's token). */
  tokens?: Record<string, string>;
  owner?: string;
  repo?: string;
}

const DOCS = 'https://docs.github.com/rest';

export async function startGitHubApi(options: GitHubApiOptions = {}): Promise<GitHubApi> {
  const defaultActor = options.actor ?? 'github-actions[bot]';
  const issues: GhIssue[] = [];
  const comments: GhComment[] = [];
  const labels: GhLabel[] = [];
  const requests: GhRequest[] = [];
  const rules: ForbidRule[] = [];
  const answers: Array<{ rule: ForbidRule; reply: RawReply }> = [];
  const delays: Array<{ rule: ForbidRule; ms: number }> = [];
  let nextId = 1000;
  let clock = Date.parse('2025-01-01T00:00:00Z');
  const now = () => new Date((clock += 1000)).toISOString();
  let apiUrl = '';
  const web = 'https://github.test';

  const userOf = (login: string) => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });

  const labelNamed = (name: string, create: boolean): GhLabel | undefined => {
    let label = labels.find(l => l.name.toLowerCase() === name.toLowerCase());
    if (!label && create) {
      label = { id: nextId++, name, color: 'ededed', description: null, default: false };
      labels.push(label);
    }
    return label;
  };

  const makeIssue = (
    owner: string,
    repo: string,
    init: {
      title: string;
      body?: string | null;
      labels?: string[];
      user: string;
      pullRequest?: boolean;
      state?: 'open' | 'closed';
    }
  ): GhIssue => {
    const number = issues.reduce((n, i) => Math.max(n, i.number), 0) + 1;
    const created = now();
    const kind = init.pullRequest ? 'pull' : 'issues';
    const issue: GhIssue = {
      id: nextId++,
      node_id: `I_${number}`,
      number,
      title: init.title,
      body: init.body ?? null,
      state: init.state ?? 'open',
      state_reason: null,
      labels: (init.labels ?? []).map(l => labelNamed(l, true)!),
      user: userOf(init.user),
      comments: 0,
      html_url: `${web}/${owner}/${repo}/${kind}/${number}`,
      url: `${apiUrl}/repos/${owner}/${repo}/issues/${number}`,
      created_at: created,
      updated_at: created,
      closed_at: init.state === 'closed' ? created : null
    };
    if (init.pullRequest) {
      issue.pull_request = {
        url: `${apiUrl}/repos/${owner}/${repo}/pulls/${number}`,
        html_url: `${web}/${owner}/${repo}/pull/${number}`
      };
    }
    issues.push(issue);
    return issue;
  };

  const makeComment = (
    owner: string,
    repo: string,
    issue: GhIssue,
    body: string,
    user: string
  ): GhComment => {
    const id = nextId++;
    const created = now();
    const comment: GhComment = {
      id,
      node_id: `IC_${id}`,
      issue_number: issue.number,
      body,
      user: userOf(user),
      html_url: `${issue.html_url}#issuecomment-${id}`,
      url: `${apiUrl}/repos/${owner}/${repo}/issues/comments/${id}`,
      issue_url: issue.url,
      created_at: created,
      updated_at: created
    };
    comments.push(comment);
    issue.comments++;
    issue.updated_at = created;
    return comment;
  };

  const matches = (rule: ForbidRule, method: string, path: string) => {
    if (typeof rule === 'string') return /^[A-Z]+$/.test(rule) ? rule === method : path.startsWith(rule);
    if (rule instanceof RegExp) return rule.test(path);
    const methodOk = !rule.method || rule.method.toUpperCase() === method;
    const pathOk =
      !rule.path || (typeof rule.path === 'string' ? path.startsWith(rule.path) : rule.path.test(path));
    return methodOk && pathOk;
  };
  const forbidden = (method: string, path: string) => rules.some(rule => matches(rule, method, path));

  /** The login a credential acts as; undefined when it is not accepted. */
  const actorOf = (authorization: string): string | undefined => {
    const given = authorization.replace(/^(token|bearer)\s+/i, '');
    if (options.tokens && Object.hasOwn(options.tokens, given)) return options.tokens[given];
    return options.token === undefined || given === options.token ? defaultActor : undefined;
  };

  function page<T>(items: T[], query: Record<string, string>, res: http.ServerResponse, path: string): T[] {
    const perPage = Math.min(100, Math.max(1, Number(query.per_page) || 30));
    const pageNo = Math.max(1, Number(query.page) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    if (pageNo < last) {
      const next = new URLSearchParams({ ...query, per_page: String(perPage), page: String(pageNo + 1) });
      const lastQ = new URLSearchParams({ ...query, per_page: String(perPage), page: String(last) });
      res.setHeader(
        'Link',
        `<${apiUrl}${path}?${next}>; rel="next", <${apiUrl}${path}?${lastQ}>; rel="last"`
      );
    }
    return items.slice((pageNo - 1) * perPage, pageNo * perPage);
  }

  const handler = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const path = url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown> = {};
    const log: GhRequest = {
      method,
      path,
      query,
      body: undefined,
      status: 0,
      authorization: req.headers.authorization
    };
    requests.push(log);
    const send = (status: number, data?: unknown) => {
      log.status = status;
      if (data === undefined) {
        res.writeHead(status);
        return res.end();
      }
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(data));
    };
    const error = (status: number, message: string, extra: Record<string, unknown> = {}) =>
      send(status, { message, documentation_url: DOCS, status: String(status), ...extra });

    if (raw) {
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return error(400, 'Problems parsing JSON');
      }
    }
    log.body = raw ? body : undefined;

    const delayMs = delays.find(d => matches(d.rule, method, path))?.ms;
    if (delayMs) await new Promise(resolve => setTimeout(resolve, delayMs));

    const auth = req.headers.authorization;
    if (!auth) return error(401, 'Requires authentication');
    const actor = actorOf(auth);
    if (actor === undefined) return error(401, 'Bad credentials');
    if (forbidden(method, path)) return error(403, 'Resource not accessible by integration');
    const canned = answers.find(a => matches(a.rule, method, path))?.reply;
    if (canned) {
      log.status = canned.status ?? 200;
      res.writeHead(log.status, {
        'Content-Type': canned.contentType ?? 'application/json; charset=utf-8',
        ...canned.headers
      });
      return res.end(canned.body);
    }

    if (path === '/user' && method === 'GET') {
      const user = userOf(actor);
      return user.type === 'Bot'
        ? error(403, 'Resource not accessible by integration')
        : send(200, { login: user.login, id: 1, type: user.type, html_url: `${web}/${user.login}` });
    }

    const m = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (!m) return error(404, 'Not Found');
    const [, owner, repo, rest = ''] = m;
    if ((options.owner && owner !== options.owner) || (options.repo && repo !== options.repo)) {
      return error(404, 'Not Found');
    }
    const issueByNumber = (n: string) => issues.find(i => i.number === Number(n));

    let r: RegExpExecArray | null;
    if (rest === '/issues' && method === 'GET') {
      const state = query.state ?? 'open';
      const wanted = (query.labels ?? '')
        .split(',')
        .map(s => s.trim().toLowerCase())
        .filter(Boolean);
      const matching = issues
        .filter(i => state === 'all' || i.state === state)
        .filter(i => wanted.every(w => i.labels.some(l => l.name.toLowerCase() === w)))
        .sort((a, b) => b.number - a.number);
      return send(200, page(matching, query, res, path));
    }
    if (rest === '/issues' && method === 'POST') {
      if (typeof body.title !== 'string' || !body.title) {
        return error(422, 'Validation Failed', {
          errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }]
        });
      }
      const issueLabels = Array.isArray(body.labels)
        ? body.labels.map(l => (typeof l === 'string' ? l : String((l as { name?: unknown }).name)))
        : [];
      return send(
        201,
        makeIssue(owner, repo, {
          title: body.title,
          body: typeof body.body === 'string' ? body.body : null,
          labels: issueLabels,
          user: actor
        })
      );
    }
    if ((r = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = comments.find(c => c.id === Number(r![1]));
      if (!comment) return error(404, 'Not Found');
      if (method === 'GET') return send(200, comment);
      if (method === 'PATCH') {
        if (typeof body.body !== 'string') return error(422, 'Validation Failed');
        if (comment.user.login !== actor) return error(403, 'Resource not accessible by integration');
        comment.body = body.body;
        comment.updated_at = now();
        return send(200, comment);
      }
      return error(404, 'Not Found');
    }
    if ((r = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = issueByNumber(r[1]);
      if (!issue) return error(404, 'Not Found');
      if (method === 'GET') {
        const list = comments.filter(c => c.issue_number === issue.number).sort((a, b) => a.id - b.id);
        return send(200, page(list, query, res, path));
      }
      if (method === 'POST') {
        if (typeof body.body !== 'string' || !body.body) return error(422, 'Validation Failed');
        return send(201, makeComment(owner, repo, issue, body.body, actor));
      }
      return error(404, 'Not Found');
    }
    if ((r = /^\/issues\/(\d+)$/.exec(rest))) {
      const issue = issueByNumber(r[1]);
      if (!issue) return error(404, 'Not Found');
      if (method === 'GET') return send(200, issue);
      if (method === 'PATCH') {
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        if (Array.isArray(body.labels)) issue.labels = body.labels.map(l => labelNamed(String(l), true)!);
        if (body.state === 'open' || body.state === 'closed') {
          if (issue.state !== body.state) issue.closed_at = body.state === 'closed' ? now() : null;
          issue.state = body.state;
          issue.state_reason =
            body.state === 'closed'
              ? typeof body.state_reason === 'string'
                ? body.state_reason
                : 'completed'
              : 'reopened';
        }
        issue.updated_at = now();
        return send(200, issue);
      }
      return error(404, 'Not Found');
    }
    if ((r = /^\/labels\/([^/]+)$/.exec(rest)) && method === 'GET') {
      const label = labelNamed(decodeURIComponent(r[1]), false);
      return label ? send(200, label) : error(404, 'Not Found');
    }
    if (rest === '/labels' && method === 'POST') {
      if (typeof body.name !== 'string' || !body.name) return error(422, 'Validation Failed');
      if (labelNamed(body.name, false)) {
        return error(422, 'Validation Failed', {
          errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }]
        });
      }
      const label: GhLabel = {
        id: nextId++,
        name: body.name,
        color: typeof body.color === 'string' ? body.color : 'ededed',
        description: typeof body.description === 'string' ? body.description : null,
        default: false
      };
      labels.push(label);
      return send(201, label);
    }
    return error(404, 'Not Found');
  };

  const server = http.createServer((req, res) => {
    handler(req, res).catch(err => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: String(err) }));
    });
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seedOwner = options.owner ?? 'octo';
  const seedRepo = options.repo ?? 'health';

  return {
    apiUrl,
    issues,
    comments,
    labels,
    requests,
    forbid: rule => {
      rules.push(rule);
    },
    answer: (rule, reply) => {
      answers.push({ rule, reply });
    },
    delay: (rule, ms) => {
      delays.push({ rule, ms });
    },
    allowAll: () => {
      rules.length = 0;
      answers.length = 0;
      delays.length = 0;
    },
    addIssue: init => makeIssue(seedOwner, seedRepo, { ...init, user: init.user ?? 'octocat' }),
    addComment: (issueNumber, body, user = 'octocat') => {
      const issue = issues.find(i => i.number === issueNumber);
      if (!issue) throw new Error(`no issue #${issueNumber}`);
      return makeComment(seedOwner, seedRepo, issue, body, user);
    },
    close: () =>
      new Promise<void>(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
      })
  };
}
