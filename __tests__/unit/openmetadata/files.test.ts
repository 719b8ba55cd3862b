import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { findConfigFiles, findConfigFilesByPattern } from '../../../src/openmetadata/files.js';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'om-files-'));
  const files = [
    'a.yaml',
    'b.yml',
    'notes.txt',
    'configs/x.yaml',
    'configs/deep/y.yml',
    'configs/deep/z.json',
    '.github/workflows/ci.yml',
    'node_modules/pkg/z.yaml',
    'sub/node_modules/q.yaml',
    '.git/hooks/h.yaml',
    'other/k.yaml'
  ];
  for (const f of files) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), 'x: 1\n');
  }
  // A symlinked directory is not followed (no cycles); a symlinked file is a file.
  symlinkSync(path.join(root, 'configs'), path.join(root, 'linked-dir'));
  symlinkSync(path.join(root, 'a.yaml'), path.join(root, 'linked.yaml'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const paths = (r: { path: string }[]) => r.map(f => f.path);

describe('findConfigFiles', () => {
  it('matches the default globs, sorted, never walking node_modules or .git', async () => {
    const found = await findConfigFiles(root, ['**/*.yaml', '**/*.yml']);
    expect(paths(found)).toEqual([
      '.github/workflows/ci.yml',
      'a.yaml',
      'b.yml',
      'configs/deep/y.yml',
      'configs/x.yaml',
      'linked.yaml',
      'other/k.yaml'
    ]);
    expect(found.every(f => !f.explicit)).toBe(true);
  });

  it('marks files named without glob characters as explicit, whatever their content or extension', async () => {
    const found = await findConfigFiles(root, ['./configs/x.yaml', 'notes.txt', 'missing.yaml']);
    expect(found).toEqual([
      { path: 'configs/x.yaml', explicit: true },
      { path: 'notes.txt', explicit: true }
    ]);
  });

  it('deduplicates: a file both globbed and named is listed once, as explicit', async () => {
    const found = await findConfigFiles(root, ['configs/**/*.yaml', 'configs/x.yaml', 'configs/**/*.yaml']);
    expect(found).toEqual([{ path: 'configs/x.yaml', explicit: true }]);
  });

  it('walks only below the static part of a pattern, and honours exclusions', async () => {
    expect(paths(await findConfigFiles(root, ['configs/**/*.yml']))).toEqual(['configs/deep/y.yml']);
    expect(paths(await findConfigFiles(root, ['**/*.yaml', '!configs/**', '!other/*']))).toEqual([
      'a.yaml',
      'linked.yaml'
    ]);
  });

  it('accepts absolute paths inside the workspace, a directory, and a backslash path', async () => {
    expect(await findConfigFiles(root, [path.join(root, 'other/k.yaml')])).toEqual([
      { path: 'other/k.yaml', explicit: true }
    ]);
    expect(paths(await findConfigFiles(root, ['configs']))).toEqual(['configs/deep/y.yml', 'configs/x.yaml']);
    expect(await findConfigFiles(root, ['configs\\x.yaml'])).toEqual([
      { path: 'configs/x.yaml', explicit: true }
    ]);
  });

  it('names a file in node_modules only explicitly', async () => {
    expect(paths(await findConfigFiles(root, ['node_modules/**/*.yaml']))).toEqual([]);
    expect(await findConfigFiles(root, ['node_modules/pkg/z.yaml'])).toEqual([
      { path: 'node_modules/pkg/z.yaml', explicit: true }
    ]);
  });

  it('finds env files by the default glob (`.env` too) and under a directory named explicitly', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'om-files-env-'));
    for (const f of ['.env', 'deploy/.env', 'deploy/server.env', 'deploy/values.yaml', 'deploy/.env.local']) {
      mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
      writeFileSync(path.join(ws, f), 'X=1\n');
    }
    expect(paths(await findConfigFiles(ws, ['**/*.env']))).toEqual([
      '.env',
      'deploy/.env',
      'deploy/server.env'
    ]);
    expect(paths(await findConfigFiles(ws, ['deploy']))).toEqual([
      'deploy/.env',
      'deploy/server.env',
      'deploy/values.yaml'
    ]);
    rmSync(ws, { recursive: true, force: true });
  });

  it('ignores empty patterns and returns nothing for no matches', async () => {
    expect(await findConfigFiles(root, ['', '  ', '**/*.toml'])).toEqual([]);
  });
});

describe('findConfigFilesByPattern', () => {
  it('says what each pattern matched, and what each exclusion took out', async () => {
    const { files, patterns } = await findConfigFilesByPattern(root, [
      '**/*.yaml',
      'configs/**/*.yml',
      '!other/*',
      'notes.txt',
      'missing/*.yaml',
      'configs'
    ]);
    expect(paths(files)).toEqual([
      'a.yaml',
      'configs/deep/y.yml',
      'configs/x.yaml',
      'linked.yaml',
      'notes.txt'
    ]);
    expect(patterns).toEqual([
      { pattern: '**/*.yaml', exclude: false, paths: ['a.yaml', 'configs/x.yaml', 'linked.yaml'] },
      { pattern: 'configs/**/*.yml', exclude: false, paths: ['configs/deep/y.yml'] },
      { pattern: '!other/*', exclude: true, paths: ['other/k.yaml'] },
      { pattern: 'notes.txt', exclude: false, paths: ['notes.txt'] },
      { pattern: 'missing/*.yaml', exclude: false, paths: [] },
      { pattern: 'configs', exclude: false, paths: ['configs/deep/y.yml', 'configs/x.yaml'] }
    ]);
  });

  it('matches each glob under its own folder, among many globs with different folders', async () => {
    const { patterns } = await findConfigFilesByPattern(root, [
      'configs/deep/*.yml',
      'configs/*.yaml',
      'other/*.yaml',
      '.github/**/*.yml',
      '*.yaml',
      'sub/*.yaml'
    ]);
    expect(patterns.map(p => [p.pattern, p.paths])).toEqual([
      ['configs/deep/*.yml', ['configs/deep/y.yml']],
      ['configs/*.yaml', ['configs/x.yaml']],
      ['other/*.yaml', ['other/k.yaml']],
      ['.github/**/*.yml', ['.github/workflows/ci.yml']],
      ['*.yaml', ['a.yaml', 'linked.yaml']],
      ['sub/*.yaml', []]
    ]);
  });

  it('stops walking at its bound and says so, instead of running on through a huge checkout', async () => {
    const all = await findConfigFilesByPattern(root, ['**/*']);
    expect(all.walkStopped).toBe(false);
    const bounded = await findConfigFilesByPattern(root, ['**/*'], 3);
    expect(bounded.walkStopped).toBe(true);
    expect(bounded.files.length).toBeLessThanOrEqual(3);
    expect(bounded.files.length).toBeGreaterThan(0);
  });
});

describe('links into folders that are never walked', () => {
  it('does not read a file of .git or node_modules through a symlink in the workspace', async () => {
    const ws = mkdtempSync(path.join(tmpdir(), 'om-files-git-'));
    mkdirSync(path.join(ws, '.git'));
    mkdirSync(path.join(ws, 'ingestion'));
    writeFileSync(path.join(ws, '.git', 'config'), '[http]\n  extraheader = AUTHORIZATION: basic x\n');
    writeFileSync(path.join(ws, 'ingestion', 'real.yaml'), 'x: 1\n');
    symlinkSync(path.join(ws, '.git', 'config'), path.join(ws, 'ingestion', 'config.yaml'));
    const found = await findConfigFiles(ws, ['**/*.yaml']);
    expect(paths(found)).toEqual(['ingestion/real.yaml']);
    rmSync(ws, { recursive: true, force: true });
  });
});
