import { registerSecret, redact, resetSecretsForTests } from '../../src/secrets.js';
import { renderSummaryMarkdown } from '../../src/report/summary.js';
import { newReport } from '../../src/report/run-report.js';

afterEach(() => resetSecretsForTests());

describe('redact', () => {
  it('removes registered secrets, JWTs, bearer credentials and secret fields', () => {
    registerSecret('hunter2-is-secret');
    const text = [
      'secret hunter2-is-secret here',
      'token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl',
      'Authorization: Bearer abcdefghijklmnop',
      '{"client_secret":"plain-value-1"}',
      'client_secret=plain-value-2&x=1'
    ].join('\n');
    const out = redact(text);
    for (const s of ['hunter2-is-secret', 'eyJhbGci', 'abcdefghijklmnop', 'plain-value-1', 'plain-value-2'])
      expect(out).not.toContain(s);
    expect(out).toContain('Bearer ***');
    expect(out).toContain('"client_secret":"***"');
    expect(redact('jwtToken: ${OPENMETADATA_JWT_TOKEN}\nsecretKey: $AUTH0_CLIENT_SECRET')).toBe(
      'jwtToken: ${OPENMETADATA_JWT_TOKEN}\nsecretKey: $AUTH0_CLIENT_SECRET'
    );
  });
});

describe('renderSummaryMarkdown', () => {
  it('shows the checks, the changes and the rendered YAML without secrets', () => {
    registerSecret('inline-secret-value');
    const report = newReport('provision');
    report.apps.ingestion = { status: 'created', clientId: 'abc', name: 'OpenMetadata Ingestion' };
    report.checks.push(
      { id: 'auth0.app', status: 'pass', title: 'Ingestion app settings', detail: 'Created | with pipe' },
      { id: 'token.verify', status: 'fail', title: 'Token verification', detail: 'bad', fix: 'do this' }
    );
    report.changes.push({
      app: 'ingestion',
      resource: 'client',
      field: 'app_type',
      from: 'spa',
      to: 'non_interactive'
    });
    report.renderedYamlForDisplay =
      'workflowConfig:\n  securityConfig:\n    secretKey: "inline-secret-value"\n';
    const md = renderSummaryMarkdown(report);
    expect(md).toContain('provision: ❌ fail');
    expect(md).toContain('| ✅ | Ingestion app settings <sub>auth0.app</sub> | Created \\| with pipe |');
    expect(md).toContain('| ❌ | Token verification <sub>token.verify</sub> | bad | do this |');
    expect(md).toContain('Ingestion app **OpenMetadata Ingestion** (`abc`) — status: **created**');
    expect(md).toContain(
      '| Ingestion app `OpenMetadata Ingestion` | client | app_type | `spa` | `non_interactive` |'
    );
    expect(md).toContain('```yaml');
    expect(md).not.toContain('inline-secret-value');
  });

  it('says when there is nothing to change', () => {
    const report = newReport('verify');
    report.apps.ingestion = { status: 'unchanged' };
    expect(renderSummaryMarkdown(report)).toContain('None: the app is in the desired state.');
  });

  it('opens with one line per failed check and its fix, before the full table', () => {
    const report = newReport('verify');
    report.apps.ingestion = { status: 'drifted', name: 'OpenMetadata Ingestion', clientId: 'abc' };
    report.checks.push(
      { id: 'inputs', status: 'pass', title: 'Inputs', detail: 'mode verify' },
      {
        id: 'auth0.app',
        status: 'fail',
        title: 'Ingestion app settings',
        detail: 'drifted',
        fix: 'Run provision.'
      },
      { id: 'token.verify', status: 'fail', title: 'Token verification', detail: 'expired' }
    );
    const md = renderSummaryMarkdown(report);
    const lines = md.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      '## OpenMetadata × Auth0 — verify: ❌ fail',
      '',
      '**2 checks failed:**',
      '',
      '- ❌ **Ingestion app settings** — Run provision.',
      '- ❌ **Token verification** — expired'
    ]);
    expect(md.indexOf('| | Check | Result | Fix |')).toBeGreaterThan(md.indexOf('Token verification'));
  });

  it('has no failed-check lines when everything passed', () => {
    const report = newReport('verify');
    report.checks.push({ id: 'inputs', status: 'pass', title: 'Inputs', detail: 'mode verify' });
    expect(renderSummaryMarkdown(report)).not.toContain('failed:');
  });

  it.each([
    [
      { status: 'not-checked', name: 'OpenMetadata Ingestion' },
      'Ingestion app **OpenMetadata Ingestion** — status'
    ],
    [{ status: 'not-checked', clientId: 'abc123' }, 'Ingestion app `abc123` — status'],
    [
      { status: 'unchanged', name: 'Ingestion', clientId: 'abc' },
      'Ingestion app **Ingestion** (`abc`) — status'
    ]
  ] as const)('writes the app header without empty parts or double spaces: %p', (app, expected) => {
    const report = newReport('verify');
    report.apps.ingestion = { ...app };
    const md = renderSummaryMarkdown(report);
    expect(md).toContain(expected);
    expect(md).not.toMatch(/ {2}|\*\*\*\*/);
  });

  it('escapes angle brackets outside code spans (GitHub would drop them as HTML), not inside', () => {
    const report = newReport('validate');
    report.checks.push({
      id: 'x',
      status: 'fail',
      title: 'T',
      detail: 'list https://<domain>/.well-known/jwks.json and `hostPort: http://<server>:8585/api`',
      fix: 'a <b> c'
    });
    const md = renderSummaryMarkdown(report);
    expect(md).toContain('https:\u2060//&lt;domain&gt;/.well-known/jwks.json');
    expect(md).toContain('`hostPort: http://<server>:8585/api`');
    expect(md).toContain('a &lt;b&gt; c');
  });

  it('after bad inputs shows no changes section (nothing was looked at)', () => {
    const report = newReport('verify');
    report.checks.push({
      id: 'inputs',
      status: 'fail',
      title: 'Inputs',
      detail: 'mode: bad',
      fix: 'Set mode.'
    });
    const md = renderSummaryMarkdown(report);
    expect(md).not.toContain('Changes');
    expect(md).toContain('- ❌ **Inputs** — Set mode.');
  });
});
