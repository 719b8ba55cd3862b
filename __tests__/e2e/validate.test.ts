/**
 * mode validate through the built dist/index.js: annotations as workflow commands with exact positions,
 * the summary table, outputs, and the exit status for each fail-on. No network, no secrets.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { watchNetwork } from '../../test-support/network-watch.js';
import { ROOT, runAction } from '../../test-support/run-action.js';

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
    expect(r.code).toBe(1); // its real problems are errors
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
    expect(r.code).toBe(1);
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
    const net = await watchNetwork();
    try {
      const r = await runAction({
        inputs: { mode: 'validate', 'validate-paths': 'ingestion/good.yml' },
        workspace: ws,
        env: net.env
      });
      expect(r.code).toBe(0);
      expect(r.outputs.diagnostics).toBe('0');
      expect(r.outputs['app-status']).toBe('not-checked');
      expect(net.seen()).toEqual([]);

      // The watch sees a run that does use the network (a token-only verify against the listener).
      const verify = await runAction({
        inputs: {
          mode: 'verify',
          'auth0-domain': net.listener,
          'client-id': 'abc',
          'client-secret': 'x'.repeat(40)
        },
        env: net.env
      });
      expect(verify.code).toBe(1);
      expect(net.seen()).toContainEqual(`connect ${net.listener}`);
    } finally {
      await net.close();
    }
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
    expect(r.code).toBe(1); // ingestion/bad.yaml is among them
    const log = r.stdout.split('\n').filter(l => l.startsWith('validate-paths: '));
    expect(log).toEqual([
      'validate-paths: `**/*.yaml` matched 3 files, 2 of them ingestion files (linted).',
      'validate-paths: `**/*.yml` matched 2 files, 1 of them ingestion file (linted).',
      'validate-paths: `!ingestion/broken.yaml` excluded 1 file.'
    ]);
  });

  it('names a pipe given as a file (never waits on it) and still lints the others', async () => {
    const dir = workspace({ 'ingestion/good.yml': GOOD, 'ingestion/bad.yaml': BAD });
    execFileSync('mkfifo', [path.join(dir, 'ingestion', 'pipe.yaml')]);
    const r = await runAction({
      inputs: {
        mode: 'validate',
        'validate-paths': 'ingestion/pipe.yaml ingestion/*.yml ingestion/bad.yaml'
      },
      workspace: dir,
      timeoutMs: 20_000
    });
    expect(r.code).toBe(1);
    const pipe = r.annotations.find(a => a.props.file === 'ingestion/pipe.yaml');
    expect(pipe).toMatchObject({ level: 'warning', props: { title: 'file-unreadable' } });
    expect(pipe?.message).toContain('is not a regular file');
    expect(r.annotations.some(a => a.props.file === 'ingestion/bad.yaml' && a.level === 'error')).toBe(true);
  });

  it('names at most 20 links out of the workspace, then counts the rest: the diagnostics stay in view', async () => {
    const dir = workspace({ 'ingestion/bad.yaml': BAD });
    const outside = mkdtempSync(path.join(os.tmpdir(), 'om-outside-'));
    writeFileSync(path.join(outside, 'x.yaml'), 'workflowConfig: {}\n');
    for (let i = 0; i < 25; i++)
      symlinkSync(path.join(outside, 'x.yaml'), path.join(dir, 'ingestion', `l${i}.yaml`));
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: dir });
    expect(r.code).toBe(1);
    const warnings = r.annotations.filter(
      a => a.level === 'warning' && a.message.includes('outside the workspace')
    );
    expect(warnings).toHaveLength(21);
    expect(warnings[20].message).toBe(
      'validate-paths: 5 more paths outside the workspace, not read and not named.'
    );
    expect(r.summary).toContain('ingestion/bad.yaml:');
  });

  it('keeps a glob with a newline on one log line: it cannot forge a workflow command', async () => {
    const r = await runAction({
      inputs: {
        mode: 'validate',
        'validate-paths': '"nomatch\n::error title=INJECTED::forged" ingestion/*.yml'
      },
      workspace: ws
    });
    expect(r.stdout.split('\n').filter(l => l.startsWith('::error title=INJECTED'))).toEqual([]);
    expect(r.annotations.some(a => a.props.title === 'INJECTED')).toBe(false);
  });

  it('accepts the default globs as the README table shows them (one line, space separated)', async () => {
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': '**/*.yaml **/*.yml' },
      workspace: ws
    });
    expect(r.code).toBe(1);
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
    expect(r.code).toBe(0); // a warning about an input, and it goes on
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

describe('mode validate: deployment files', () => {
  const CORPUS = path.join(ROOT, '__tests__', 'fixtures', 'validate', 'deployment');
  const FIXTURE_SECRET = 'Xq7-DeploymentFixtureSecret-9vK2mP4tR8wL1zB6';
  const APP_SECRET = 'IgnoredAppSecret';
  /** An app's env file: not OpenMetadata's, full of secrets, with lines the env-syntax rule would flag. */
  const APP_ENV = `DATABASE_URL=postgres://app:${APP_SECRET}-db@db/app\nSTRIPE_KEY= ${APP_SECRET}-stripe\nTOKEN: ${APP_SECRET}-token\n`;
  const CORRECT = [
    'env/correct.env',
    'env/correct-public.env',
    'compose-map/docker-compose.yml',
    'compose-list/docker-compose.yml',
    'openmetadata-yaml/openmetadata.yaml',
    'openmetadata-yaml/upstream-defaults.yaml',
    'helm-values/values.yaml'
  ];

  /** A workspace with the corpus files (all when `only` is not given) under deploy/, and an app's `.env`. */
  function corpusWorkspace(only?: string[]): string {
    const dir = workspace({ '.env': APP_ENV, 'web/.env': APP_ENV });
    if (!only) cpSync(CORPUS, path.join(dir, 'deploy'), { recursive: true });
    for (const file of only ?? []) cpSync(path.join(CORPUS, file), path.join(dir, 'deploy', file));
    return dir;
  }

  /** Everything a run shows: log, summary, outputs, files it wrote. */
  const shown = (r: Awaited<ReturnType<typeof runAction>>) =>
    [r.stdout, r.stderr, r.summary, ...Object.values(r.outputs), ...Object.values(r.writtenFiles)].join('\n');

  it('annotates env and Helm files with file, line, column and the rule id, and counts the kinds apart', async () => {
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: corpusWorkspace() });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n').filter(l => /^::(error|warning) title=[a-z]/.test(l));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^::warning title=env-syntax,file=deploy\/env\/guide-public\.env,line=7,endLine=7,col=1,endColumn=31::`AUTHENTICATION_PROVIDER` is written with `KEY: value`/
        ),
        expect.stringMatching(
          /^::warning title=env-syntax,file=deploy\/env\/guide-public\.env,line=12,endLine=12,col=1,endColumn=35::/
        ),
        expect.stringMatching(
          /^::error title=discovery-uri-http,file=deploy\/env\/guide-confidential\.env,line=15,endLine=15,col=20,endColumn=77::.* Fix: Use `https:\/\/acme\.eu\.auth0\.com\/\.well-known\/openid-configuration`\./
        ),
        expect.stringMatching(
          /^::error title=confidential-incomplete,file=deploy\/helm-values\/guide-confidential\.yaml,line=11,endLine=11,col=19,endColumn=33::.*oidcConfiguration\.enabled/
        ),
        expect.stringMatching(
          /^::warning title=admin-principal,file=deploy\/helm-values\/guide-confidential\.yaml,line=8,endLine=8,col=11,endColumn=18::/
        ),
        expect.stringMatching(
          /^::error title=literal-secret,file=deploy\/env\/literal-secret\.env,line=10,endLine=10,col=20,endColumn=64::/
        )
      ])
    );
    // The files that are not OpenMetadata's are not linted.
    const files = new Set(r.annotations.map(a => a.props.file).filter(Boolean));
    expect([...files].filter(f => f.includes('ignored') || f.endsWith('/.env') || f === '.env')).toEqual([]);
    expect(r.summary).toContain('0 ingestion files, 27 deployment files checked:');
    expect(r.stdout).toContain(
      'validate-paths: `**/*.env` matched 13 files, 0 of them ingestion files and 10 deployment files (linted).'
    );
    expect(Number(r.outputs.diagnostics)).toBe(lines.length);
    // A literal secret is reported by its key, and neither it nor the app's secrets are shown anywhere.
    expect(shown(r)).not.toContain(FIXTURE_SECRET);
    expect(shown(r)).not.toContain(APP_SECRET);
  });

  it('passes a correct file of each kind with zero diagnostics, with and without the tenant inputs', async () => {
    const ws = corpusWorkspace(CORRECT);
    const tenant = {
      'auth0-domain': 'acme.eu.auth0.com',
      'openmetadata-url': 'https://openmetadata.example.com'
    };
    for (const inputs of [{ mode: 'validate' }, { mode: 'validate', ...tenant }]) {
      const r = await runAction({ inputs, workspace: ws });
      expect(r.code).toBe(0);
      expect(r.outputs.result).toBe('pass');
      expect(r.outputs.diagnostics).toBe('0');
      expect(r.annotations.filter(a => a.props.file)).toEqual([]);
      expect(r.summary).toContain('0 ingestion files, 7 deployment files checked: 0 errors, 0 warnings');
      expect(r.summary).toContain('`deploy/helm-values/values.yaml` | ✅ pass');
    }
  });

  it('counts ingestion and deployment files apart in one run', async () => {
    const ws = corpusWorkspace(['env/guide-public.env', 'helm-values/values.yaml']);
    writeFileSync(path.join(ws, 'deploy', 'ingestion.yaml'), GOOD);
    const r = await runAction({ inputs: { mode: 'validate', 'fail-on': 'error' }, workspace: ws });
    expect(r.code).toBe(0);
    expect(r.summary).toContain(
      '1 ingestion file, 2 deployment files checked: 0 errors, 2 warnings (fail-on: error)'
    );
    expect(r.summary).toContain('Ingestion and deployment configs');
  });

  it("ignores an app's `.env` with secrets, also named explicitly, and never echoes it", async () => {
    const ws = workspace({ '.env': APP_ENV, 'web/.env': APP_ENV });
    const r = await runAction({
      inputs: { mode: 'validate', 'validate-paths': '**/*.env .env' },
      workspace: ws
    });
    // Nothing OpenMetadata's to lint: the no-files check fails (no silent green), naming files, not contents.
    expect(r.code).toBe(1);
    expect(r.outputs.diagnostics).toBe('0');
    expect(r.stdout).toContain(
      'validate-paths: `.env` is neither an ingestion workflow nor a file with OpenMetadata'
    );
    expect(r.stdout).toMatch(
      /::error title=Files to validate::Nothing was validated: .*2 files matched, none/
    );
    expect(shown(r)).not.toContain(APP_SECRET);
    expect(shown(r)).not.toContain('STRIPE_KEY');

    const allowed = await runAction({
      inputs: { mode: 'validate', 'validate-paths': '**/*.env', 'allow-empty': 'true' },
      workspace: ws
    });
    expect(allowed.code).toBe(0);
    expect(shown(allowed)).not.toContain(APP_SECRET);
  });
});
