import { uploadRenderedConfig } from '../../src/report/artifact.js';

describe('uploadRenderedConfig on GitHub Enterprise Server', () => {
  it('skips with a notice instead of failing (the library does not support GHES)', async () => {
    const result = await uploadRenderedConfig({
      enabled: true,
      configPath: '/tmp/workflow.yaml',
      name: 'x',
      manifest: {
        openmetadataVersion: '1.7',
        credential: 'access-token',
        clientId: 'abc',
        envVars: [],
        actionVersion: '0.1.0',
        renderedAt: new Date(0).toISOString(),
        file: 'workflow.yaml'
      },
      env: {
        ACTIONS_RUNTIME_TOKEN: 't',
        ACTIONS_RESULTS_URL: 'http://127.0.0.1:1',
        GITHUB_SERVER_URL: 'https://github.acme.corp'
      }
    });
    expect(result).toMatchObject({ status: 'skipped', reason: 'ghes' });
    expect(result.status === 'skipped' && result.message).toMatch(
      /github\.acme\.corp is GitHub Enterprise Server/
    );
  });
});
