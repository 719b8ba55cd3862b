/**
 * What the lazy import of `@actions/artifact` (src/report/artifact.ts) buys a whole run of dist/index.js.
 * Fresh `node dist/index.js` processes, spawned as the runner does (test-support/run-action.ts), median of
 * N (BENCH_RUNS, default 7) after one warm-up each, variants alternating:
 *   - validate: mode validate on a workspace with one ingestion file; no upload, no network;
 *   - verify, upload-artifact false: client-credentials smoke test against the Auth0 emulator, renders,
 *     does not upload;
 *   - verify + upload: the same, uploading the rendered file to the artifact service emulator.
 * The runs that do not upload must not load the bundle chunk holding @actions/artifact: one extra,
 * untimed run of each variant under a module loader hook records which dist chunks were loaded, and the
 * bench fails if a run without upload loaded it (or the upload run did not).
 * Run: `npm run bench:upload` (compiles to build/ first, as bench:action does).
 */
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startAuth0Emulator } from '../test-support/auth0-emulator.js';
import { startArtifactService } from '../test-support/artifact-service.js';
import { ROOT, runAction, type RunOptions } from '../test-support/run-action.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// The ncc chunk that holds @actions/artifact (dist/<id>.index.js, loaded by the dynamic import).
const DIST = path.join(ROOT, 'dist');
const chunk = readdirSync(DIST).find(
  f =>
    f !== 'index.js' &&
    f.endsWith('.js') &&
    readFileSync(path.join(DIST, f), 'utf8').includes('DefaultArtifactClient')
);
if (!chunk)
  throw new Error('no chunk of dist/ holds @actions/artifact: is it imported lazily? (npm run package)');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'bench-upload-'));
// A loader hook that appends every dist/*.index.js chunk it loads to a log file.
const hooks = path.join(tmp, 'hooks.mjs');
writeFileSync(
  hooks,
  `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (/\\/dist\\/[^/]+\\.index\\.js$/.test(url)) appendFileSync(process.env.BENCH_CHUNK_LOG, url + '\\n');
  return next(url, context);
}
`
);
const registerHooks = path.join(tmp, 'register.mjs');
writeFileSync(
  registerHooks,
  `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`
);

const workspace = path.join(tmp, 'workspace');
mkdirSync(path.join(workspace, 'ingestion'), { recursive: true });
copyFileSync(
  path.join(ROOT, '__tests__', 'fixtures', 'validate', 'valid-1.7.yaml'),
  path.join(workspace, 'ingestion', 'mysql.yaml')
);

const [emu, svc] = await Promise.all([startAuth0Emulator(), startArtifactService()]);
const app = emu.addClient({
  name: 'OpenMetadata Ingestion',
  app_type: 'non_interactive',
  grant_types: ['client_credentials'],
  token_endpoint_auth_method: 'client_secret_basic'
});
emu.addGrant(app.client_id, emu.managementAudience, []);

let uploads = 0;
const verify = (upload: boolean): RunOptions => ({
  inputs: {
    mode: 'verify',
    'auth0-domain': emu.domain,
    'client-id': app.client_id,
    'client-secret': app.client_secret!,
    'upload-artifact': String(upload),
    // Artifact names are unique per workflow run: one name per upload.
    'artifact-name': `bench-${++uploads}`
  },
  env: svc.actionsEnv(),
  caPath: emu.caPath
});

const variants: Array<{ label: string; uploads: boolean; options: () => RunOptions }> = [
  {
    label: 'validate (no upload)',
    uploads: false,
    options: () => ({ inputs: { mode: 'validate' }, workspace, env: svc.actionsEnv() })
  },
  { label: 'verify, upload-artifact: false', uploads: false, options: () => verify(false) },
  { label: 'verify + upload to the emulator', uploads: true, options: () => verify(true) }
];

async function timedRun(options: RunOptions): Promise<number> {
  const started = performance.now();
  const r = await runAction(options);
  const wall = performance.now() - started;
  if (r.code !== 0) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return wall;
}

try {
  // Which chunks each variant loads (untimed: the hook itself costs a worker thread).
  const loaded = new Map<string, boolean>();
  for (const v of variants) {
    const log = path.join(tmp, `chunks-${loaded.size}.log`);
    writeFileSync(log, '');
    const options = v.options();
    await timedRun({
      ...options,
      env: {
        ...options.env,
        NODE_OPTIONS: `--import=${pathToFileURL(registerHooks).href}`,
        BENCH_CHUNK_LOG: log
      }
    });
    const didLoad = readFileSync(log, 'utf8').includes(`/dist/${chunk}`);
    loaded.set(v.label, didLoad);
    if (didLoad !== v.uploads) {
      throw new Error(`${v.label}: @actions/artifact (dist/${chunk}) was ${didLoad ? '' : 'not '}loaded`);
    }
  }

  const times = new Map<string, number[]>(variants.map(v => [v.label, []]));
  for (const v of variants) await timedRun(v.options()); // warm-up (disk cache, emulator JIT)
  for (let i = 0; i < RUNS; i++) {
    for (const v of variants) times.get(v.label)!.push(await timedRun(v.options()));
  }

  const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;
  const med = (label: string) => median(times.get(label)!);
  console.log(`whole runs of dist/index.js, ${RUNS} runs each, medians (node ${process.version})`);
  for (const v of variants) {
    console.log(
      `${v.label.padEnd(34)} wall ${ms(med(v.label))}   @actions/artifact loaded: ${loaded.get(v.label) ? 'yes' : 'no'}`
    );
  }
  const [validate, noUpload, upload] = variants.map(v => med(v.label));
  console.log(`${'upload cost (import + service)'.padEnd(34)} +    ${ms(upload - noUpload)}`);
  console.log(`${'verify + upload minus validate'.padEnd(34)} +    ${ms(upload - validate)}`);
  if (svc.artifacts.filter(a => a.finalized).length !== RUNS + 2) {
    throw new Error(`expected ${RUNS + 2} finalized artifacts, the service holds ${svc.artifacts.length}`);
  }
} finally {
  await Promise.all([emu.close(), svc.close()]);
  rmSync(tmp, { recursive: true, force: true });
}
