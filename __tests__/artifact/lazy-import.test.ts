/**
 * `@actions/artifact` costs ~0.3 s to load (bench/artifact-import.mjs): src/report/artifact.ts may only
 * import it dynamically, when an upload really happens.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';

const SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/report/artifact.ts');

test('the source has no static import of @actions/artifact, only a dynamic one', () => {
  const code = readFileSync(SOURCE, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
  // Every `from '@actions/artifact'` must be a type-only import (erased at compile time).
  const fromStatements = [...code.matchAll(/^\s*(import|export)\b[^;]*?from\s*['"]@actions\/artifact['"]/gm)];
  for (const m of fromStatements) expect(m[0]).toMatch(/^\s*import\s+type\b/);
  expect(code).not.toMatch(/^\s*import\s*['"]@actions\/artifact['"]/m);
  expect(code).not.toMatch(/require\(\s*['"]@actions\/artifact['"]\s*\)/);
  expect(code).toMatch(/await import\(\s*['"]@actions\/artifact['"]\s*\)/);
});

test('loading the module and skipping does not load @actions/artifact; an upload does', async () => {
  let loads = 0;
  const uploads: unknown[][] = [];
  jest.unstable_mockModule('@actions/artifact', () => {
    loads++;
    return {
      DefaultArtifactClient: class {
        async uploadArtifact(...args: unknown[]) {
          uploads.push(args);
          return { id: 77, size: 123, digest: 'ab' };
        }
      }
    };
  });
  const { uploadRenderedConfig } = await import('../../src/report/artifact.js');
  expect(loads).toBe(0);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'artifact-lazy-'));
  const configPath = path.join(dir, 'workflow.yaml');
  writeFileSync(configPath, 'workflowConfig: {}\n');
  const manifest = {
    openmetadataVersion: '1.7',
    credential: 'access-token',
    clientId: 'c',
    envVars: [],
    actionVersion: '0.0.0',
    renderedAt: new Date().toISOString(),
    file: 'workflow.yaml'
  };
  const base = { configPath, name: 'n', manifest };
  await uploadRenderedConfig({ ...base, enabled: false, env: {} });
  await uploadRenderedConfig({ ...base, enabled: true, env: {} });
  expect(loads).toBe(0);

  const env = {
    ACTIONS_RUNTIME_TOKEN: 'x.y.z',
    ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: dir
  };
  const result = await uploadRenderedConfig({ ...base, enabled: true, retentionDays: 5, env });
  expect(loads).toBe(1);
  expect(result).toEqual({
    status: 'uploaded',
    id: 77,
    size: 123,
    digest: 'ab',
    url: 'https://github.com/o/r/actions/runs/1/artifacts/77'
  });
  // name, [rendered file, manifest] inside one staging root, retention passed through.
  const [name, files, root, options] = uploads[0] as [string, string[], string, object];
  expect(name).toBe('n');
  expect(files.map(f => path.relative(root, f)).sort()).toEqual([
    'openmetadata-workflow.manifest.json',
    'workflow.yaml'
  ]);
  expect(options).toEqual({ retentionDays: 5 });
  rmSync(dir, { recursive: true, force: true });
});
