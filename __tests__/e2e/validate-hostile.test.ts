/**
 * mode validate through the built dist/index.js against what a pull request from a fork can contain (issue 11):
 * inputs that cost more than linear time, symlinks out of the workspace, names and keys written as Markdown, and
 * more diagnostics than a job summary can hold. Each test failed against the bundle before the fix.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../../test-support/run-action.js';

const WORKFLOW_HEAD = `source:
  type: mysql
  serviceName: local_mysql
  sourceConfig:
    config:
      type: DatabaseMetadata
sink:
  type: metadata-rest
  config: {}
workflowConfig:
  openMetadataServerConfig:
    hostPort: http://localhost:8585/api
    authProvider: openmetadata
    securityConfig:
      jwtToken: \${OPENMETADATA_JWT_TOKEN}
`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'om-hostile-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** About `bytes` of YAML: one mapping (under `source.sourceConfig`, which no rule reads) with that many keys. */
function manyKeys(bytes: number, duplicateAt: number): { text: string; duplicateLine: number } {
  const lines = WORKFLOW_HEAD.split('\n');
  const at = lines.indexOf('      type: DatabaseMetadata') + 1;
  const keys: string[] = [];
  for (let size = WORKFLOW_HEAD.length, i = 0; size < bytes; i++) {
    keys.push(`      key${i}: v`);
    size += keys[i].length + 1;
  }
  keys.splice(duplicateAt, 0, '      key0: again');
  return {
    text: [...lines.slice(0, at), ...keys, ...lines.slice(at)].join('\n'),
    duplicateLine: at + 1 + duplicateAt
  };
}

/** The Markdown of a line outside its code spans (a run of n backticks up to the next run of exactly n). */
function outsideCodeSpans(line: string): string {
  let out = '';
  let at = 0;
  const runs = [...line.matchAll(/`+/g)];
  for (let i = 0; i < runs.length; i++) {
    if (runs[i].index < at) continue;
    const close = runs.slice(i + 1).find(r => r[0].length === runs[i][0].length);
    if (!close) continue;
    out += line.slice(at, runs[i].index);
    at = close.index + close[0].length;
  }
  return out + line.slice(at);
}

/** No HTML tag but ours, no link, no image outside code spans; every table row has its header's cell count. */
function expectInertMarkdown(markdown: string): void {
  let cells = 0;
  for (const line of markdown.split('\n')) {
    const text = outsideCodeSpans(line);
    expect(text.replace(/<\/?(?:br|sub)>/g, '')).not.toMatch(/<[a-z/!?]/i);
    expect(text).not.toMatch(/\]\(|!\[|\]\[/);
    const pipes = (line.match(/(?<!\\)\|/g) ?? []).length;
    if (!line.startsWith('|')) cells = 0;
    else if (cells === 0) cells = pipes;
    else expect({ line, pipes }).toEqual({ line, pipes: cells });
  }
  expect(markdown).not.toContain('\u001b');
}

describe('mode validate on hostile input', () => {
  it('lints a 1 MB mapping of ~75,000 keys in linear time, finds its duplicate key, and names a too-large file', async () => {
    const hostile = manyKeys(1_000_000, 40_000);
    const ws = workspace({
      'ingestion/hostile.yaml': hostile.text,
      'ingestion/huge.yaml': manyKeys(1_600_000, 1).text,
      'ingestion/good.yaml': WORKFLOW_HEAD
    });
    const started = Date.now();
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: ws, timeoutMs: 30_000 });
    // Before: the library's duplicate-key scan made this quadratic (minutes); the step was killed, no summary.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(1);
    const duplicate = r.annotations.find(a => a.props.file === 'ingestion/hostile.yaml');
    expect(duplicate?.props).toMatchObject({ title: 'yaml-syntax', line: String(hostile.duplicateLine) });
    expect(duplicate?.message).toContain('Duplicate key');
    const tooLarge = r.annotations.find(a => a.props.file === 'ingestion/huge.yaml');
    expect(tooLarge).toMatchObject({ level: 'warning', props: { title: 'file-too-large' } });
    expect(tooLarge?.message).toMatch(/^Too large to lint: 1\.5 MB, limit 1\.0 MB\./);
    expect(r.summary).toContain('`ingestion/huge.yaml:1:1` | warning | `file-too-large`');
  });

  it('lints in linear time what made it backtrack or walk merges for minutes, and quotes no credential', async () => {
    const server = WORKFLOW_HEAD.slice(WORKFLOW_HEAD.indexOf('  openMetadataServerConfig:'));
    const fanout = ['source: {type: mysql}', 'sink: {type: metadata-rest}', 'a0: &a0 {x: 1}'];
    for (let l = 1; l < 8; l++)
      fanout.push(
        `a${l}: &a${l} {<<: [${Array(8)
          .fill(`*a${l - 1}`)
          .join(', ')}]}`
      );
    fanout.push('workflowConfig:', `  <<: [${Array(8).fill('*a7').join(', ')}]`);
    const deep = ['workflowConfig:'];
    for (let i = 1; i < 1400; i++) deep.push(`${' '.repeat(i)}k${i}:`);
    deep.push(`${' '.repeat(1400)}v`);
    const S = 'S3CR3Tvalue9x';
    const ws = workspace({
      // Each of these took from 30 s to many minutes (regular expressions that backtrack, merges walked again).
      'deploy/blank.yaml': `${' '.repeat(1_040_000)}x\n`,
      'deploy/dash.yml': `${'-'.repeat(200_000)}\n`,
      'deploy/blank-value.env': `AUTHENTICATION_PROVIDER=auth0${' '.repeat(100_000)}x\n`,
      'ingestion/slashes.yaml': WORKFLOW_HEAD.replace(
        'http://localhost:8585/api',
        `"localhost${'/'.repeat(100_000)}x"`
      ),
      'ingestion/fanout.yaml': `${fanout.join('\n')}\n${server}`,
      'ingestion/wide.yaml': `source: {type: mysql}\nsink: {type: metadata-rest}\nbase: &a {x: 1}\nworkflowConfig:\n  <<: [${Array(100_000).fill('*a').join(',')}]\n${server}`,
      'ingestion/deep.yaml': `${deep.join('\n')}\n`,
      'ingestion/provider.yaml': WORKFLOW_HEAD.replace(
        'authProvider: openmetadata',
        `authProvider: ${'a'.repeat(1_000_000)}`
      ),
      'deploy/creds.env': [
        'AUTHENTICATION_PROVIDER=auth0',
        `AUTHENTICATION_AUTHORITY=https://admin:${S}@acme.eu.auth0.com`,
        `AUTHENTICATION_CALLBACK_URL=https://om.example/callback?token=${S}`,
        ''
      ].join('\n'),
      'ingestion/good.yaml': WORKFLOW_HEAD
    });
    const started = Date.now();
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: ws, timeoutMs: 90_000 });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(1);
    const byFile = new Map<string, Array<[string | undefined, string]>>();
    for (const a of r.annotations.filter(a => a.props.file)) {
      const list = byFile.get(a.props.file!) ?? [];
      list.push([a.props.title, a.level]);
      byFile.set(a.props.file!, list);
    }
    expect(byFile.get('ingestion/slashes.yaml')).toEqual([['host-port', 'error']]);
    expect(byFile.get('ingestion/fanout.yaml')).toEqual([['unknown-key', 'error']]);
    expect(byFile.get('ingestion/wide.yaml')).toEqual([
      ['unknown-key', 'error'],
      ['merge-limit', 'warning']
    ]);
    expect(byFile.get('ingestion/deep.yaml')).toEqual([['nesting-too-deep', 'warning']]);
    expect(byFile.get('ingestion/provider.yaml')).toEqual([['auth-provider', 'error']]);
    expect(byFile.get('deploy/blank-value.env')).toContainEqual(['env-syntax', 'warning']);
    for (const quiet of ['ingestion/good.yaml', 'deploy/blank.yaml', 'deploy/dash.yml'])
      expect(byFile.get(quiet)).toBeUndefined();
    expect(r.summary).toContain('Too deeply nested to lint');
    // The 1 MB value is quoted in 120 characters at most: the log stays small.
    expect(Buffer.byteLength(r.stdout)).toBeLessThan(30_000);
    for (const text of [r.stdout, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(S);
    expect(r.summary).toContain('https://***@acme.eu.auth0.com');
  });

  it('lints at most 5,000 files per run and says how many were left out', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 5003; i++) files[`many/f${String(i).padStart(4, '0')}.yaml`] = WORKFLOW_HEAD;
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: workspace(files) });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.outputs.report) as Array<{ id: string; status: string; detail: string }>;
    expect(report.find(c => c.id === 'validate.limits')).toMatchObject({
      status: 'warn',
      detail: expect.stringContaining(
        '5003 files matched, 3 of them not linted: a run reads at most 5000 files'
      )
    });
    expect(report.find(c => c.id === 'validate')?.detail).toContain('5000 ingestion files');
  });

  it('reads nothing outside the workspace: symlinked files and folders, absolute and ../ paths', async () => {
    const outside = workspace({
      'secret.yaml': WORKFLOW_HEAD.replace('authProvider: openmetadata', 'authProvider: LeakedFromOutside')
    });
    const ws = workspace({ 'ingestion/good.yaml': WORKFLOW_HEAD });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'ingestion/link.yaml'));
    symlinkSync(outside, path.join(ws, 'linked'));
    const absolute = path.join(outside, 'secret.yaml');
    const relative = path.relative(ws, absolute);
    const r = await runAction({
      inputs: {
        mode: 'validate',
        'validate-paths': `ingestion/**/*.yaml\nlinked/**/*.yaml\n${absolute}\n${relative}`
      },
      workspace: ws
    });
    expect(r.code).toBe(0);
    for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)])
      expect(text).not.toContain('LeakedFromOutside');
    const warnings = r.annotations.filter(a => a.level === 'warning').map(a => a.message);
    for (const given of ['ingestion/link.yaml', 'linked/**/*.yaml', absolute, relative])
      expect(warnings).toContainEqual(
        `validate-paths: \`${given}\` is outside the workspace (GITHUB_WORKSPACE), directly or through a symlink; not read.`
      );
    expect(r.annotations.filter(a => a.props.file)).toEqual([]);
  });

  it('renders hostile file names, keys and mode as inert Markdown and keeps ANSI escapes out of the log', async () => {
    const name = 'x|`<img src=x>`[a](https:e.example)\n\u001b[31mred.yaml';
    const key = '"<b>k`x`|[l](https:u.example)![i](https:i.example)"';
    const ws = workspace({
      [`ingestion/${name}`]: WORKFLOW_HEAD.replace('    hostPort:', `    ${key}: 1\n    hostPort:`),
      'ingestion/``<i>tick``.yaml': WORKFLOW_HEAD.replace('sink:', 'sink:\n  "`</table>` | <script>": 1\n')
    });
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.summary).toContain('unknown-key');
    expectInertMarkdown(r.summary);
    expect(r.stdout).not.toContain('\u001b');
    const heading = await runAction({ inputs: { mode: 'validate<img src=x>' }, workspace: ws });
    expect(heading.code).toBe(1);
    expectInertMarkdown(heading.summary);
  });

  it('keeps the job summary under 1 MiB with 60,000 diagnostics, most severe first, and caps annotations', async () => {
    const keys = Array.from({ length: 3000 }, (_, i) => `    unknownKey${i}WithALongNameToFillTheTable: 1`);
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++)
      files[`ingestion/f${i}.yaml`] = WORKFLOW_HEAD.replace(
        '    hostPort:',
        `${keys.join('\n')}\n    hostPort:`
      );
    files['ingestion/warn.yaml'] = WORKFLOW_HEAD.replace(/^source:[\s\S]*?sink:/, 'sink:');
    const r = await runAction({ inputs: { mode: 'validate' }, workspace: workspace(files) });
    expect(r.code).toBe(1);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(r.summary).toMatch(
      /_\d+ of 60001 diagnostics not shown \(GitHub drops a summary over 1 MiB; errors are listed first\)/
    );
    expect(r.summary).toContain('`ingestion/warn.yaml` | ⚠️ warn | 0 | 1 |');
    expect(r.outputs.diagnostics).toBe('60001');
    const fileAnnotations = r.annotations.filter(a => a.props.file);
    expect(fileAnnotations).toHaveLength(200);
    expect(fileAnnotations.every(a => a.level === 'error')).toBe(true);
    expect(r.stdout).toContain(
      '59801 more diagnostics not annotated (at most 200 annotations per run, errors first)'
    );
  });
});
