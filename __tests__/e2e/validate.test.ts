/**
 * mode validate through the built dist/index.js: annotations as workflow commands with exact positions,
 * the summary table, outputs, and the exit status for each fail-on. No network, no secrets.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../../test-support/run-action.js';

const LITERAL = 'SuperSecretValue123';

const BAD = `source:
  type: mysql
  serviceName: local_mysql
  sourceConfig:
    config:
      type: DatabaseMetadata
sink:
  type: metadata-rest
  config: {}
workflowConfig:
  loggerLevel: WARNING
  openMetadataServerConfig:
    hostPort: http://localhost:8585/api
    authProvider: auth0
    securityConfig:
      clientId: abc123
      secretKey: ${LITERAL}
      domain: https://acme.auth0.com/
`;

const GOOD = `source:
  type: mysql
  serviceName: local_mysql
  sourceConfig:
    config:
      type: DatabaseMetadata
sink:
  type: metadata-rest
  config: {}
workflowConfig:
  loggerLevel: INFO
  openMetadataServerConfig:
    hostPort: http://localhost:8585/api
    authProvider: openmetadata
    securityConfig:
      jwtToken: \${OPENMETADATA_JWT_TOKEN}
`;

/** A snippet without source: only a warning. */
const SNIPPET = `workflowConfig:
  openMetadataServerConfig:
    hostPort: http://localhost:8585/api
    authProvider: openmetadata
    securityConfig:
      jwtToken: \${OPENMETADATA_JWT_TOKEN}
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'om-validate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const ws = workspace({
  'ingestion/bad.yaml': BAD,
  'ingestion/good.yml': GOOD,
  'ingestion/nested/snippet.yaml': SNIPPET,
  'ingestion/broken.yaml': 'workflowConfig:\n  openMetadataServerConfig: [\n',
  'docs/not-ingestion.yaml': 'name: something else\nitems: [1, 2]\n',
  'node_modules/pkg/bad.yaml': BAD,
  '.github/workflows/ci.yml': 'on: push\njobs: {}\n'
});

describe('mode validate', () => {
  it('annotates every problem at its position and fails on errors', async () => {
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: ws });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter(l => /^::(error|warning) /.test(l));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^::error title=logger-level,file=ingestion\/bad\.yaml,line=11,endLine=11,col=16,endColumn=23::/
        ),
        expect.stringMatching(
          /^::error title=auth0-removed-in-1\.3,file=ingestion\/bad\.yaml,line=14,endLine=14,col=19,endColumn=24::/
        ),
        expect.stringMatching(
          /^::error title=literal-secret,file=ingestion\/bad\.yaml,line=17,endLine=17,col=18,endColumn=37::/
        ),
        expect.stringMatching(
          /^::error title=domain-bare-host,file=ingestion\/bad\.yaml,line=18,endLine=18,col=15,endColumn=38::/
        ),
        expect.stringMatching(/^::error title=yaml-syntax,file=ingestion\/broken\.yaml,/),
        expect.stringMatching(/^::warning title=source-missing,file=ingestion\/nested\/snippet\.yaml,/)
      ])
    );
    // Only ingestion configs are linted: node_modules is never walked, other YAML is ignored.
    const files = new Set(r.annotations.map(a => a.props.file));
    expect([...files].sort()).toEqual([
      'ingestion/bad.yaml',
      'ingestion/broken.yaml',
      'ingestion/nested/snippet.yaml'
    ]);
    expect(r.outputs.result).toBe('fail');
    expect(Number(r.outputs.diagnostics)).toBe(r.annotations.filter(a => a.level !== 'notice').length - 1); // minus setFailed's ::error
    // The summary lists every diagnostic and a per-file count, good files included.
    expect(r.summary).toContain('`ingestion/good.yml` | ✅ pass');
    expect(r.summary).toContain('`ingestion/bad.yaml:17:18`');
    expect(r.summary).toMatch(/auth0-removed-in-1\.3/);
    // The literal credential is named, never shown.
    expect(r.stdout).not.toContain(LITERAL);
    expect(r.summary).not.toContain(LITERAL);
    expect(Object.values(r.outputs).join('\n')).not.toContain(LITERAL);
  });

  it('the same file is valid on OpenMetadata 1.2 except its real problems', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': 'ingestion/bad.yaml', 'openmetadata-version': '1.2' },
      workspace: ws
    });
    const rules = r.annotations.filter(a => a.props.file).map(a => a.props.title);
    expect(rules).not.toContain('auth0-removed-in-1.3');
    expect(rules).toEqual(expect.arrayContaining(['logger-level', 'literal-secret', 'domain-bare-host']));
  });

  it.each([
    ['error', 'ingestion/nested/snippet.yaml', 0],
    ['warning', 'ingestion/nested/snippet.yaml', 1],
    ['never', 'ingestion/bad.yaml', 0],
    ['error', 'ingestion/good.yml', 0]
  ])('fail-on %s with %s exits %i', async (failOn, file, code) => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': file, 'fail-on': failOn },
      workspace: ws
    });
    expect(r.code).toBe(code);
    expect(r.outputs.result).toBe(code === 0 ? 'pass' : 'fail');
  });

  it('lints a file named explicitly even without workflowConfig, and honours globs', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': 'docs/not-ingestion.yaml' },
      workspace: ws
    });
    expect(r.annotations.find(a => a.props.file === 'docs/not-ingestion.yaml')?.props.title).toBe(
      'required-key'
    );

    const g = await runAction({
      inputs: { mode: 'validate', 'validate-paths': 'ingestion/nested/**/*.yaml' },
      workspace: ws
    });
    expect(new Set(g.annotations.filter(a => a.props.file).map(a => a.props.file))).toEqual(
      new Set(['ingestion/nested/snippet.yaml'])
    );
    expect(g.code).toBe(0);
  });

  it('needs no Auth0 input and makes no network call', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': 'ingestion/good.yml' },
      workspace: ws
    });
    expect(r.code).toBe(0);
    expect(r.outputs.diagnostics).toBe('0');
    expect(r.outputs['app-status']).toBe('not-checked');
  });
});

describe('mode validate never passes on nothing', () => {
  it('fails when the globs match no file, saying why, in the log, an ::error line and the summary', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': 'ingestoin/**/*.yaml' },
      workspace: ws
    });
    expect(r.code).toBe(1);
    expect(r.outputs.result).toBe('fail');
    const errors = r.annotations.filter(a => a.level === 'error');
    expect(errors[0].props.title).toBe('Files to validate');
    expect(errors[0].message).toContain(
      'Nothing was validated: no file matched `ingestoin/**/*.yaml`; globs are space/newline separated and relative to the workspace'
    );
    expect(errors[0].message).toMatch(/Fix: .*allow-empty: true/);
    expect(r.stdout).toContain('validate-paths: `ingestoin/**/*.yaml` matched 0 files.');
    expect(r.summary).toContain('validate.no-files');
    expect(r.outputs.diagnostics).toBe('0');
  });

  it('fails when files match but none is an ingestion file', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': 'docs/**/*.yaml' },
      workspace: ws
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error title=Files to validate::Nothing was validated: no file matched `docs\/\*\*\/\*\.yaml` that validate lints: 1 file matched, none with a top-level workflowConfig/
    );
  });

  it('passes on nothing with allow-empty: true', async () => {
    const empty = workspace({ 'README.md': '# nothing here\n' });
    const r = await runAction({ inputs: { mode: 'validate', 'allow-empty': 'true' }, workspace: empty });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.annotations.filter(a => a.level === 'error')).toEqual([]);
    expect(r.stdout).toContain('validate-paths: `**/*.yaml` matched 0 files.');
    expect(r.summary).toMatch(/Nothing to validate: no file matched/);
  });

  it('with the default globs fails on an empty workspace', async () => {
    const empty = workspace({ 'README.md': '# nothing here\n' });
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: empty });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/no file matched `\*\*\/\*\.yaml`, `\*\*\/\*\.yml`/);
  });

  it('logs how many files each glob matched and how many of them are linted', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': '**/*.yaml **/*.yml !ingestion/broken.yaml' },
      workspace: ws
    });
    const log = r.stdout.split('\n').filter(l => l.startsWith('validate-paths: '));
    expect(log).toEqual([
      'validate-paths: `**/*.yaml` matched 3 files, 2 of them ingestion files (linted).',
      'validate-paths: `**/*.yml` matched 2 files, 1 of them ingestion file (linted).',
      'validate-paths: `!ingestion/broken.yaml` excluded 1 file.'
    ]);
  });

  it('accepts the default globs as the README table shows them (one line, space separated)', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': '**/*.yaml **/*.yml' },
      workspace: ws
    });
    const files = new Set(r.annotations.map(a => a.props.file).filter(Boolean));
    expect(files).toEqual(
      new Set(['ingestion/bad.yaml', 'ingestion/broken.yaml', 'ingestion/nested/snippet.yaml'])
    );
    expect(r.summary).toContain('`ingestion/good.yml` | ✅ pass');
  });
});

describe('mode validate: inputs that catch the YAML traps', () => {
  it('warns that openmetadata-version 1.1 may be an unquoted 1.10, with the fix, and goes on', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': 'ingestion/good.yml', 'openmetadata-version': '1.1' },
      workspace: ws
    });
    const warning = r.annotations.find(a => a.level === 'warning' && /openmetadata-version/.test(a.message));
    expect(warning?.message).toContain("quote it: '1.10'");
    expect(r.summary).toContain('OpenMetadata 1.1');
  });

  it('accepts mode Validate (case-insensitive)', async () => {
    const r = await runAction({
      inputs: { mode: 'Validate', 'validate-paths': 'ingestion/good.yml' },
      workspace: ws
    });
    expect(r.code).toBe(0);
    expect(r.outputs.result).toBe('pass');
    expect(r.summary).toContain('validate: ✅ pass');
  });
});
