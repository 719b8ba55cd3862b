/**
 * `npm run demo`: the committed dist/index.js, run as the GitHub runner runs it, against the project's Auth0
 * tenant emulator (real HTTPS on 127.0.0.1), in four steps:
 *   1. provision on an empty tenant: the ingestion app, its grant and a public login app; the rendered
 *      workflowConfig and Docker authentication settings;
 *   2. verify: the converged tenant passes, nothing is written;
 *   3. someone edits the login app in the dashboard: verify fails and names the drift;
 *   4. validate: a pull request's ingestion YAML with a real mistake gets an annotation.
 * Each job summary is printed as a terminal shows Markdown; on GitHub the same Markdown is the job summary.
 * Runs with tsx (no compile step): `npm ci && npm run demo`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startAuth0Emulator } from '../test-support/auth0-emulator.js';
import { runAction, type RunResult } from '../test-support/run-action.js';

const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

/** The job summary's Markdown as a terminal shows it: no HTML tags, escaped pipes unescaped. */
function forTerminal(markdown: string, showCode: boolean): string {
  let text = markdown
    .replace(/ ?<sub>(.*?)<\/sub>/g, ' ($1)')
    .replace(/<br>/g, ' ')
    .replace(/\\\|/g, '¦');
  // Each rendered file is shown once: in the first run that writes it.
  if (!showCode) text = text.replace(/```[a-z]*\n[\s\S]*?```/g, '(the same file as above)');
  return text.trim();
}

function show(step: string, result: RunResult, showCode = false): void {
  const rule = '─'.repeat(100);
  const outputs = ['result', 'app-status', 'sso-app-status', 'diagnostics']
    .filter(name => result.outputs[name] !== undefined)
    .map(name => `${name}=${result.outputs[name]}`)
    .join(', ');
  console.log(`\n${rule}\n${bold(step)}\nexit code ${result.code}; outputs: ${outputs}\n${rule}`);
  const annotations = result.annotations.filter(a => a.level !== 'notice');
  for (const a of annotations) {
    const where = a.props.file ? ` ${a.props.file}:${a.props.line}:${a.props.col}` : '';
    console.log(`::${a.level}::${where} ${a.props.title ? `[${a.props.title}] ` : ''}${a.message}`);
  }
  if (annotations.length > 0) console.log('');
  console.log(forTerminal(result.summary, showCode));
}

const started = performance.now();
const emulator = await startAuth0Emulator();
try {
  const admin = emulator.createAdminApp();
  const common = {
    'auth0-domain': emulator.domain,
    'management-client-id': admin.clientId,
    'management-client-secret': admin.clientSecret,
    'openmetadata-version': '1.7',
    // The login app people sign in with: an Auth0 Single Page Application, and the server's Docker settings.
    'sso-client-type': 'public',
    'openmetadata-url': 'https://openmetadata.example.com',
    'admin-principals': 'jane.doe',
    'principal-domain': 'example.com'
  };
  const caPath = emulator.caPath;
  console.log(`Auth0 tenant emulator on https://${emulator.domain} (test CA ${caPath}).`);

  const provision = await runAction({ inputs: { ...common, mode: 'provision' }, caPath });
  show('1. mode: provision on an empty tenant', provision, true);
  const writes = emulator.requests.filter(r => r.method !== 'GET' && r.path.startsWith('/api/v2')).length;
  emulator.resetLog();

  const verify = await runAction({ inputs: { ...common, mode: 'verify' }, caPath });
  show('2. mode: verify (the scheduled health check) on the converged tenant', verify);
  const verifyWrites = emulator.requests.filter(r => r.method !== 'GET' && r.path.startsWith('/api/v2'));
  console.log(`\nManagement API writes: provision ${writes}, verify ${verifyWrites.length}.`);

  // Someone switches the login app's ID token to HS256 in the dashboard.
  const login = emulator.clients.find(c => c.name === 'OpenMetadata')!;
  login.jwt_configuration = { alg: 'HS256', lifetime_in_seconds: 36000 };
  const drifted = await runAction({ inputs: { ...common, mode: 'verify' }, caPath });
  show('3. mode: verify after someone set the login app to HS256', drifted);

  const workspace = mkdtempSync(path.join(os.tmpdir(), 'om-demo-ws-'));
  mkdirSync(path.join(workspace, 'ingestion'));
  writeFileSync(
    path.join(workspace, 'ingestion', 'mysql.yaml'),
    [
      'source:',
      '  type: mysql',
      '  serviceName: local_mysql',
      'sink:',
      '  type: metadata-rest',
      '  config: {}',
      'workflowConfig:',
      '  openMetadataServerConfig:',
      '    hostPort: http://localhost:8585/api',
      '    authProvider: auth0 # the pre-1.3 way: OpenMetadata 1.7 refuses it',
      '    securityConfig:',
      '      clientId: abc',
      '      secretKey: ${AUTH0_CLIENT_SECRET}',
      '      domain: acme.eu.auth0.com',
      ''
    ].join('\n')
  );
  const validate = await runAction({
    inputs: { mode: 'validate', 'openmetadata-version': '1.7', 'validate-paths': 'ingestion/**/*.yaml' },
    workspace
  });
  show('4. mode: validate (a pull request changes ingestion/mysql.yaml)', validate);

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\nFour runs of dist/index.js in ${seconds} s. On GitHub, each summary above is the step's job summary.`
  );
  const expected = [provision.code === 0, verify.code === 0, drifted.code !== 0, validate.code !== 0];
  process.exitCode = expected.every(Boolean) && verifyWrites.length === 0 ? 0 : 1;
} finally {
  await emulator.close();
}
