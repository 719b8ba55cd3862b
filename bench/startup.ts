/**
 * Start-up cost of dist/index.js per mode, as whole processes in a clean environment (no
 * NODE_EXTRA_CA_CERTS in the validate run, as on a runner), against two baselines measured in the same
 * run: `node -e 0` and a process that only loads `yaml`. Targets (issue 11): validate of one file ≤ 1.5×
 * the yaml-only process; verify (against the Auth0 emulator, so with its test CA) ≤ 3× it.
 * Run: `npm run bench:startup` (BENCH_RUNS=15 by default).
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startAuth0Emulator } from '../test-support/auth0-emulator.js';
import { ROOT } from '../test-support/run-action.js';
import { addDesiredIngestionApp } from '../test-support/tenant-fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const DIST = path.join(ROOT, 'dist', 'index.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of one whole process. Async: the emulator answers from this process's event loop. */
async function time(args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, cwd, stdio: ['ignore', 'pipe', 'ignore'] });
  let stdout = '';
  child.stdout.on('data', d => (stdout += d));
  const status = await new Promise<number | null>(resolve => child.on('close', resolve));
  const ms = performance.now() - started;
  if (status !== 0) {
    const errors = stdout.split('\n').filter(l => l.startsWith('::error'));
    throw new Error(`${args.join(' ')} exited ${status}: ${errors.join('\n')}`);
  }
  return ms;
}

/** The runner's files for one step, fresh each run. */
function stepEnv(inputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'om-bench-'));
  const files = Object.fromEntries(
    ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_ENV'].map(k => [k, path.join(dir, k.toLowerCase())])
  );
  for (const f of Object.values(files)) writeFileSync(f, '');
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, ...files, RUNNER_TEMP: dir, ...extra };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return env;
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'om-bench-ws-'));
mkdirSync(path.join(workspace, 'ingestion'));
copyFileSync(
  path.join(ROOT, '__tests__', 'fixtures', 'validate', 'valid-1.7.yaml'),
  path.join(workspace, 'ingestion', 'mysql.yaml')
);

const emu = await startAuth0Emulator();
try {
  const admin = emu.createAdminApp();
  addDesiredIngestionApp(emu);
  const rows: Array<[string, number[]]> = [
    ['node -e 0', []],
    ['node -e "require(\'yaml\')"', []],
    ['validate, one file', []],
    ['verify (emulator: Management API + token)', []]
  ];
  for (let i = 0; i < RUNS; i++) {
    rows[0][1].push(await time(['-e', '0'], { PATH: process.env.PATH }));
    rows[1][1].push(await time(['-e', "require('yaml')"], { PATH: process.env.PATH }));
    const validate = {
      mode: 'validate',
      'openmetadata-version': '1.7',
      'validate-paths': 'ingestion/*.yaml'
    };
    rows[2][1].push(await time([DIST], stepEnv(validate, { GITHUB_WORKSPACE: workspace }), workspace));
    const verify = {
      mode: 'verify',
      'auth0-domain': emu.domain,
      'management-client-id': admin.clientId,
      'management-client-secret': admin.clientSecret,
      'upload-artifact': 'false'
    };
    rows[3][1].push(
      await time([DIST], stepEnv(verify, { GITHUB_WORKSPACE: workspace, NODE_EXTRA_CA_CERTS: emu.caPath }))
    );
  }
  const yamlOnly = median(rows[1][1]);
  console.log(`dist/index.js start-up, medians of ${RUNS} (node ${process.version})`);
  for (const [label, times] of rows) {
    const m = median(times);
    console.log(
      `${label.padEnd(44)} ${m.toFixed(0).padStart(5)} ms  ${(m / yamlOnly).toFixed(2)}× yaml-only`
    );
  }
} finally {
  await emu.close();
}
