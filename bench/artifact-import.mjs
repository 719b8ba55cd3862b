/**
 * What loading `@actions/artifact` costs, which is why src/report/artifact.ts imports it only when an
 * upload happens. Fresh `node` processes, alternating, median of N (BENCH_RUNS, default 9) after one
 * warm-up each:
 *   - baseline: a process that imports @actions/core (every run of the action loads it) and exits;
 *   - with artifact: the same, then `await import('@actions/artifact')`.
 * Prints wall time per process (spawn to exit) and the import time measured inside the process.
 * Run: `node bench/artifact-import.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const core = import.meta.resolve('@actions/core');
const artifact = import.meta.resolve('@actions/artifact');

const script = withArtifact => `
const t0 = performance.now();
await import(${JSON.stringify(core)});
const t1 = performance.now();
${withArtifact ? `await import(${JSON.stringify(artifact)});` : ''}
const t2 = performance.now();
process.stdout.write(JSON.stringify({ core: t1 - t0, artifact: t2 - t1 }));
`;

function run(withArtifact) {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script(withArtifact)], {
    encoding: 'utf8'
  });
  const wall = performance.now() - started;
  if (r.status !== 0) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return { wall, ...JSON.parse(r.stdout) };
}

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

run(false);
run(true);
const base = [];
const withArtifact = [];
for (let i = 0; i < RUNS; i++) {
  base.push(run(false));
  withArtifact.push(run(true));
}

const ms = x => `${x.toFixed(0).padStart(5)} ms`;
const wallBase = median(base.map(r => r.wall));
const wallArtifact = median(withArtifact.map(r => r.wall));
console.log(`node ${process.version}, ${RUNS} runs each, medians`);
console.log(`process without @actions/artifact (imports @actions/core only)  wall ${ms(wallBase)}`);
console.log(
  `process importing @actions/artifact too                         wall ${ms(wallArtifact)}` +
    `   (import('@actions/artifact') itself: ${ms(median(withArtifact.map(r => r.artifact))).trim()})`
);
console.log(
  `cost of loading @actions/artifact                                     ${ms(wallArtifact - wallBase)}`
);
