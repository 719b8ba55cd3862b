/**
 * `npm run demo`: runs the built action (dist/index.js) end to end against the Auth0 tenant emulator —
 * provision on an empty tenant (the ingestion app and a public login app), then verify — and shows the job
 * summary, the rendered workflowConfig and the rendered Docker authentication settings.
 */
import { startAuth0Emulator } from '../test-support/auth0-emulator.js';
import { runAction, type RunResult } from '../test-support/run-action.js';

function show(title: string, result: RunResult): void {
  const rule = '─'.repeat(100);
  console.log(
    `\n${rule}\n${title}: exit code ${result.code}, result=${result.outputs.result}, app-status=${result.outputs['app-status']}, sso-app-status=${result.outputs['sso-app-status']}\n${rule}`
  );
  console.log(result.summary.trim());
  for (const output of ['config-path', 'server-config-path']) {
    const file = result.outputs[output];
    if (file && result.writtenFiles[file])
      console.log(`\n── ${output}: ${file} ──\n${result.writtenFiles[file]}`);
  }
}

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
  console.log(`Auth0 tenant emulator on https://${emulator.domain} (CA ${emulator.caPath}).`);
  const provision = await runAction({ inputs: { ...common, mode: 'provision' }, caPath: emulator.caPath });
  show('mode: provision', provision);
  const verify = await runAction({ inputs: { ...common, mode: 'verify' }, caPath: emulator.caPath });
  show('mode: verify', verify);
  const writes = emulator.requests.filter(r => r.method !== 'GET' && r.path.startsWith('/api/v2')).length;
  console.log(
    `\nManagement API writes: ${writes} (provision creates the ingestion app, its grant and the login app; verify writes nothing).`
  );
  process.exitCode = provision.code === 0 && verify.code === 0 ? 0 : 1;
} finally {
  await emulator.close();
}
