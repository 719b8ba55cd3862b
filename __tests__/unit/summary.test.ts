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
});
