/**
 * Benchmark of `mode: validate`'s per-file work. Issue 3: validating 1,000 typical ingestion files must not be
 * noticeably slower than parsing them with the `yaml` library alone. Issue 11: a 1 MB hostile file (tens of
 * thousands of keys in one mapping) must cost about what parsing it costs, i.e. grow linearly, not with the square
 * of the key count. Generates the files in memory, then times, in one run, `yaml.parseDocument` alone and
 * `isIngestionConfig` + `lintWorkflowText` (which parses once and runs every rule), and prints them and the ratios
 * (median of BENCH_RUNS rounds, after a warm-up).
 *
 * Run: `npx tsx bench/validate.ts`.
 */
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import {
  isIngestionConfig,
  LINT_PARSE_OPTIONS,
  lintWorkflowText,
  PARSE_OPTIONS
} from '../src/openmetadata/lint.js';
import { parseOmVersion } from '../src/openmetadata/versions.js';

const FILES = Number(process.env.BENCH_FILES ?? 1000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const version = parseOmVersion(process.env.BENCH_OM_VERSION ?? '1.7')!;

const CONNECTORS = [
  ['mysql', 'Mysql', 'mysql:3306'],
  ['postgres', 'Postgres', 'postgres:5432'],
  ['snowflake', 'Snowflake', 'account.eu-west-1'],
  ['redshift', 'Redshift', 'cluster.redshift.amazonaws.com:5439'],
  ['bigquery', 'BigQuery', 'bigquery.googleapis.com']
] as const;

/** A typical ingestion file: connector, filters, sink, workflowConfig; one in ten has a problem to report. */
function typicalFile(i: number): string {
  const [type, connType, hostPort] = CONNECTORS[i % CONNECTORS.length];
  const problem = i % 10;
  const auth =
    problem === 3
      ? '    authProvider: auth0\n    securityConfig:\n      clientId: abc\n      secretKey: ${AUTH0_CLIENT_SECRET}\n      domain: https://tenant.auth0.com/\n'
      : '    authProvider: openmetadata\n    securityConfig:\n      jwtToken: ${OPENMETADATA_JWT_TOKEN}\n';
  return `# ${type} metadata ingestion #${i}
source:
  type: ${type}
  serviceName: ${type}_service_${i}
  serviceConnection:
    config:
      type: ${connType}
      username: openmetadata_user_${i}
      authType:
        password: ${problem === 5 ? 'literal-password' : '${DB_PASSWORD}'}
      hostPort: ${hostPort}
      databaseSchema: analytics
      connectionOptions:
        sslmode: require
  sourceConfig:
    config:
      type: DatabaseMetadata
      markDeletedTables: true
      includeTables: true
      includeViews: true
      includeTags: true
      schemaFilterPattern:
        includes:
          - ^analytics$
          - ^sales_.*
        excludes:
          - ^information_schema$
          - ^pg_.*
      tableFilterPattern:
        excludes:
          - .*_tmp$
          - .*_backup_\\d+$
sink:
  type: metadata-rest
  config: {}
workflowConfig:
  loggerLevel: ${problem === 7 ? 'WARNING' : 'INFO'}
  openMetadataServerConfig:
    hostPort: ${problem === 8 ? 'http://openmetadata:8585' : 'http://openmetadata:8585/api'}
${auth}    storeServiceConnection: true
`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const files = Array.from({ length: FILES }, (_, i) => typicalFile(i));
const bytes = files.reduce((n, f) => n + f.length, 0);

let sink = 0;
const parseOnly = () => {
  for (const f of files) sink += parseDocument(f).contents ? 1 : 0;
};
const parse11 = () => {
  for (const f of files) sink += parseDocument(f, PARSE_OPTIONS).contents ? 1 : 0;
};
const validate = () => {
  for (const f of files) if (isIngestionConfig(f)) sink += lintWorkflowText(f, { version }).length;
};

/** Median times of each function, alternated round by round so that all see the same machine state. */
function medians(fns: Record<string, () => void>): Record<string, number> {
  for (const fn of Object.values(fns)) fn(); // warm-up (JIT)
  const times = Object.fromEntries(Object.keys(fns).map(k => [k, [] as number[]]));
  for (let r = 0; r < RUNS; r++) for (const [k, fn] of Object.entries(fns)) times[k].push(time(fn));
  return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
}

const normal = medians({ parseOnly, parse11, validate });
const diagnostics = files.reduce((n, f) => n + lintWorkflowText(f, { version }).length, 0);
console.log(
  `${FILES} ingestion files (${(bytes / 1024).toFixed(0)} KiB), OpenMetadata ${version.text}, median of ${RUNS}`
);
console.log(`yaml.parseDocument only:               ${normal.parseOnly.toFixed(1)} ms`);
console.log(`  (as YAML 1.1, the way lint parses:   ${normal.parse11.toFixed(1)} ms)`);
console.log(
  `isIngestionConfig + lintWorkflowText: ${normal.validate.toFixed(1)} ms (${diagnostics} diagnostics)`
);
console.log(`ratio: ${(normal.validate / normal.parseOnly).toFixed(2)}x`);

/**
 * One file of about `HOSTILE_BYTES` whose mapping under `under` (a path of keys) has one key per line. Under
 * `source.sourceConfig.config` no rule reads the keys; under `openMetadataServerConfig` each one is an
 * `unknown-key` error with a "did you mean" (the worst case for the rules).
 */
const HOSTILE_BYTES = Number(process.env.BENCH_HOSTILE_BYTES ?? 1_000_000);
function hostileFile(keyIndent: string, afterLine: string): string {
  const text = typicalFile(0);
  const at = text.indexOf('\n', text.indexOf(afterLine)) + 1;
  const keys: string[] = [];
  for (let size = text.length, i = 0; size < HOSTILE_BYTES; i++) {
    keys.push(`${keyIndent}key${i}: v`);
    size += keys[i].length + 1;
  }
  return `${text.slice(0, at)}${keys.join('\n')}\n${text.slice(at)}`;
}

for (const [label, text] of [
  ['keys no rule reads (source.sourceConfig.config)', hostileFile('      ', 'type: DatabaseMetadata')],
  ['keys that are each an unknown-key error', hostileFile('    ', 'hostPort: http://openmetadata')]
] as const) {
  const keys = text.split('\n').length;
  const hostile = medians({
    plainParse: () => void (sink += parseDocument(text, { uniqueKeys: false }).contents ? 1 : 0),
    lintParse: () => void (sink += parseDocument(text, LINT_PARSE_OPTIONS).contents ? 1 : 0),
    lint: () => void (sink += isIngestionConfig(text) ? lintWorkflowText(text, { version }).length : 0)
  });
  console.log(`\nOne hostile file, ${(text.length / 1e6).toFixed(2)} MB, ~${keys} keys: ${label}`);
  console.log(`yaml.parseDocument (no duplicate-key scan): ${hostile.plainParse.toFixed(1)} ms`);
  console.log(`  (as lint parses, YAML 1.1:               ${hostile.lintParse.toFixed(1)} ms)`);
  console.log(`isIngestionConfig + lintWorkflowText:       ${hostile.lint.toFixed(1)} ms`);
  console.log(`ratio: ${(hostile.lint / hostile.plainParse).toFixed(2)}x`);
}
if (sink < 0) console.log(sink);
