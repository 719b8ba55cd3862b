/**
 * Benchmark of `mode: validate`'s per-file work (issue 3: validating 1,000 typical ingestion files must not be
 * noticeably slower than parsing them with the `yaml` library alone). Generates 1,000 ingestion files in memory,
 * then times, in one run, `yaml.parseDocument` alone (default options, and YAML 1.1 as lint parses) and
 * `isIngestionConfig` + `lintWorkflowText` (which parses once and runs every rule), and prints them and the ratio
 * lint / default parse (median of BENCH_RUNS rounds, after a warm-up).
 *
 * Run: `npx tsc -p tsconfig.json --outDir build && node build/bench/validate.js`.
 */
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'yaml';
import { isIngestionConfig, lintWorkflowText, PARSE_OPTIONS } from '../src/openmetadata/lint.js';
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

// Warm-up (JIT), then alternate the two so that both see the same machine state.
parseOnly();
parse11();
validate();
const parseTimes: number[] = [];
const parse11Times: number[] = [];
const lintTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  parseTimes.push(time(parseOnly));
  parse11Times.push(time(parse11));
  lintTimes.push(time(validate));
}
const parseMs = median(parseTimes);
const parse11Ms = median(parse11Times);
const lintMs = median(lintTimes);
const diagnostics = files.reduce((n, f) => n + lintWorkflowText(f, { version }).length, 0);

console.log(
  `${FILES} ingestion files (${(bytes / 1024).toFixed(0)} KiB), OpenMetadata ${version.text}, median of ${RUNS}`
);
console.log(`yaml.parseDocument only:               ${parseMs.toFixed(1)} ms`);
console.log(`  (as YAML 1.1, the way lint parses:   ${parse11Ms.toFixed(1)} ms)`);
console.log(`isIngestionConfig + lintWorkflowText: ${lintMs.toFixed(1)} ms (${diagnostics} diagnostics)`);
console.log(`ratio: ${(lintMs / parseMs).toFixed(2)}x`);
if (sink < 0) console.log(sink);
