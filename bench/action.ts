/**
 * Benchmark of a whole run of dist/index.js against the Auth0 tenant emulator: wall time (median of N)
 * and Auth0 round trips for provision on an empty tenant, a converged re-run, and verify in a tenant
 * with 250 apps. Run: `npm run bench:action` (compiles to build/ first).
 */
import { startAuth0Emulator } from '../test-support/auth0-emulator.js';
import { runAction } from '../test-support/run-action.js';
import { addDesiredIngestionApp } from '../test-support/tenant-fixtures.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(
  label: string,
  setup: (emu: Awaited<ReturnType<typeof startAuth0Emulator>>) => void,
  mode: string,
  extraInputs: Record<string, string> = {}
) {
  const times: number[] = [];
  let requests = 0;
  let tokens = 0;
  for (let i = 0; i < RUNS; i++) {
    const emu = await startAuth0Emulator();
    try {
      const admin = emu.createAdminApp();
      setup(emu);
      emu.resetLog();
      const started = performance.now();
      const r = await runAction({
        inputs: {
          mode,
          'auth0-domain': emu.domain,
          'management-client-id': admin.clientId,
          'management-client-secret': admin.clientSecret,
          ...extraInputs
        },
        caPath: emu.caPath
      });
      times.push(performance.now() - started);
      if (r.code !== 0) throw new Error(`${label}: exit ${r.code}\n${r.stdout}`);
      requests = emu.requests.length;
      tokens = emu.requests.filter(q => q.path === '/oauth/token').length;
    } finally {
      await emu.close();
    }
  }
  console.log(
    `${label.padEnd(44)} median ${median(times).toFixed(0).padStart(5)} ms   ${requests} requests (${tokens} token)`
  );
}

const goodApp = (emu: Awaited<ReturnType<typeof startAuth0Emulator>>) => void addDesiredIngestionApp(emu);

console.log(`dist/index.js against the Auth0 emulator, ${RUNS} runs each (node ${process.version})`);
await measure('provision, empty tenant', () => undefined, 'provision');
await measure('provision, converged (re-run)', goodApp, 'provision');
await measure(
  'verify, 250 other apps (3 pages in parallel)',
  emu => {
    for (let i = 0; i < 250; i++) emu.addClient({ name: `Other ${i}` });
    goodApp(emu);
  },
  'verify'
);

const withLogin = { 'sso-client-type': 'public', 'openmetadata-url': 'https://openmetadata.example.com' };
await measure('provision + login app, empty tenant', () => undefined, 'provision', withLogin);
await measure(
  'provision + login app, converged (re-run)',
  emu => {
    goodApp(emu);
    emu.addClient({
      name: 'OpenMetadata',
      app_type: 'spa',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      callbacks: ['https://openmetadata.example.com/callback'],
      web_origins: ['https://openmetadata.example.com'],
      oidc_conformant: true,
      jwt_configuration: { alg: 'RS256' },
      client_metadata: { managed_by: 'openmetadata-auth0-action' }
    });
  },
  'provision',
  withLogin
);
