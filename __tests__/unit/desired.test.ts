import { ingestionApp, loginApp, type DesiredApp } from '../../src/auth0/applications.js';
import {
  clientPatchBody,
  createAppBody,
  dangerousScopes,
  diffApp,
  MANAGED_BY_KEY,
  MANAGED_BY_VALUE,
  type AppState
} from '../../src/auth0/desired.js';
import type { Config } from '../../src/inputs/index.js';

/** The parts of a config the desired state reads. */
function config(more: Partial<Config> = {}): Config {
  return {
    mode: 'provision',
    appName: 'OpenMetadata Ingestion',
    tokenEndpointAuthMethod: 'client_secret_basic',
    audience: 'https://t.auth0.com/api/v2/',
    scopes: ['read:users'],
    inlineSecrets: false,
    openmetadataUrl: 'https://om.example.com',
    serverConfig: { oidcSecretEnvVar: 'OIDC_CLIENT_SECRET' },
    ...more
  } as Config;
}

const desired: DesiredApp = ingestionApp(config());
const goodApp: AppState = {
  client_id: 'abc',
  name: 'OpenMetadata Ingestion',
  app_type: 'non_interactive',
  grant_types: ['client_credentials'],
  token_endpoint_auth_method: 'client_secret_basic',
  client_metadata: { [MANAGED_BY_KEY]: MANAGED_BY_VALUE }
};
const goodGrant = { id: 'cgr_1', client_id: 'abc', audience: desired.grant!.audience, scope: ['read:users'] };
const ingestion = { app: 'ingestion' as const };

describe('diffApp (ingestion app)', () => {
  it('finds nothing to do for an app in the desired state', () => {
    expect(diffApp(goodApp, goodGrant, desired)).toEqual({ changes: [], conflicts: [] });
  });

  it('creates the app and the grant when there is no app', () => {
    expect(diffApp(undefined, undefined, desired).changes).toEqual([
      { ...ingestion, resource: 'client', field: 'app', from: null, to: 'OpenMetadata Ingestion' },
      {
        ...ingestion,
        resource: 'client_grant',
        field: 'grant',
        from: null,
        to: { audience: desired.grant!.audience, scope: ['read:users'] }
      }
    ]);
  });

  it.each([
    [
      { app_type: 'regular_web' },
      { resource: 'client', field: 'app_type', from: 'regular_web', to: 'non_interactive' }
    ],
    [
      { grant_types: ['authorization_code'] },
      {
        resource: 'client',
        field: 'grant_types',
        from: ['authorization_code'],
        to: ['authorization_code', 'client_credentials']
      }
    ],
    [
      { token_endpoint_auth_method: 'none' },
      { resource: 'client', field: 'token_endpoint_auth_method', from: 'none', to: 'client_secret_basic' }
    ]
  ])('sees drift of %p', (drift, change) => {
    expect(diffApp({ ...goodApp, ...drift }, goodGrant, desired).changes).toEqual([
      { ...ingestion, ...change }
    ]);
  });

  it('sees a missing grant', () => {
    expect(diffApp(goodApp, undefined, desired).changes).toEqual([
      {
        ...ingestion,
        resource: 'client_grant',
        field: 'grant',
        from: null,
        to: { audience: desired.grant!.audience, scope: ['read:users'] }
      }
    ]);
  });

  it('sees missing and extra scopes as one scope change', () => {
    const grant = { ...goodGrant, scope: ['delete:users', 'read:clients'] };
    expect(diffApp(goodApp, grant, desired).changes).toEqual([
      {
        ...ingestion,
        resource: 'client_grant',
        field: 'scope',
        from: ['delete:users', 'read:clients'],
        to: ['read:users']
      }
    ]);
  });

  it('ignores the order of scopes', () => {
    const d = ingestionApp(config({ scopes: ['a:x', 'b:y'] }));
    expect(diffApp(goodApp, { ...goodGrant, scope: ['b:y', 'a:x'] }, d).changes).toEqual([]);
  });
});

describe('diffApp (login app)', () => {
  const spa = loginApp(config({ login: { clientType: 'public', appName: 'OpenMetadata' } }))!;
  const web = loginApp(config({ login: { clientType: 'confidential', appName: 'OpenMetadata' } }))!;
  const goodSpa: AppState = {
    client_id: 'spa1',
    name: 'OpenMetadata',
    app_type: 'spa',
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'implicit', 'refresh_token'],
    callbacks: ['https://staging.example.com/callback', 'https://om.example.com/callback'],
    web_origins: ['https://om.example.com'],
    oidc_conformant: true,
    jwt_configuration: { alg: 'RS256', lifetime_in_seconds: 36000 }
  };

  it('is not defined without sso-client-type', () => {
    expect(loginApp(config())).toBeUndefined();
  });

  it('accepts a hand-made SPA in the desired state, whatever else it lists', () => {
    expect(diffApp(goodSpa, undefined, spa)).toEqual({ changes: [], conflicts: [] });
  });

  it('adds a missing callback and keeps the other environments’ callbacks', () => {
    const app = { ...goodSpa, callbacks: ['https://staging.example.com/callback'] };
    expect(diffApp(app, undefined, spa).changes).toEqual([
      {
        app: 'login',
        resource: 'client',
        field: 'callbacks',
        from: ['https://staging.example.com/callback'],
        to: ['https://staging.example.com/callback', 'https://om.example.com/callback']
      }
    ]);
  });

  it.each([
    [{ web_origins: null }, 'web_origins', [], ['https://om.example.com']],
    [{ oidc_conformant: false }, 'oidc_conformant', false, true],
    [{ jwt_configuration: { alg: 'HS256' } }, 'jwt_configuration.alg', 'HS256', 'RS256'],
    [
      { grant_types: ['implicit'] },
      'grant_types',
      ['implicit'],
      ['implicit', 'authorization_code', 'refresh_token']
    ],
    [
      { token_endpoint_auth_method: 'client_secret_post' },
      'token_endpoint_auth_method',
      'client_secret_post',
      'none'
    ]
  ])('sees drift of %p', (drift, field, from, to) => {
    expect(diffApp({ ...goodSpa, ...drift } as AppState, undefined, spa).changes).toEqual([
      { app: 'login', resource: 'client', field, from, to }
    ]);
  });

  it('reports the other type as a conflict, never as a change', () => {
    expect(diffApp(goodSpa, undefined, web)).toEqual({
      changes: [
        {
          app: 'login',
          resource: 'client',
          field: 'token_endpoint_auth_method',
          from: 'none',
          to: 'client_secret_post'
        }
      ],
      conflicts: [{ field: 'app_type', actual: 'spa', wanted: 'regular_web' }]
    });
  });

  it('needs no web origins for a confidential client', () => {
    expect(web.fields.map(f => f.field)).not.toContain('web_origins');
  });

  it('creates a public SPA and a confidential web app with everything the guide needs', () => {
    expect(createAppBody(spa)).toEqual({
      name: 'OpenMetadata',
      description: expect.stringContaining('public client'),
      app_type: 'spa',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      callbacks: ['https://om.example.com/callback'],
      web_origins: ['https://om.example.com'],
      oidc_conformant: true,
      jwt_configuration: { alg: 'RS256' },
      client_metadata: { [MANAGED_BY_KEY]: MANAGED_BY_VALUE }
    });
    expect(createAppBody(web)).toMatchObject({
      app_type: 'regular_web',
      token_endpoint_auth_method: 'client_secret_post',
      callbacks: ['https://om.example.com/callback']
    });
    expect(createAppBody(web)).not.toHaveProperty('web_origins');
  });

  it('patches a nested field with the object’s other keys kept', () => {
    const app = { ...goodSpa, jwt_configuration: { alg: 'HS256', lifetime_in_seconds: 600 } };
    const { changes } = diffApp(app, undefined, spa);
    expect(clientPatchBody(changes, false, app)).toEqual({
      jwt_configuration: { alg: 'RS256', lifetime_in_seconds: 600 }
    });
  });
});

describe('clientPatchBody', () => {
  it('patches only the drifted client fields', () => {
    const { changes } = diffApp(
      { ...goodApp, token_endpoint_auth_method: 'none', app_type: 'spa' },
      goodGrant,
      desired
    );
    expect(clientPatchBody(changes, false, goodApp)).toEqual({
      app_type: 'non_interactive',
      token_endpoint_auth_method: 'client_secret_basic'
    });
  });

  it('marks an adopted app as managed', () => {
    const unmarked = { ...goodApp, client_metadata: {} };
    expect(clientPatchBody([], true, unmarked)).toEqual({
      client_metadata: { [MANAGED_BY_KEY]: MANAGED_BY_VALUE }
    });
    expect(clientPatchBody([], false, unmarked)).toBeUndefined();
    const withOwnKeys = { ...goodApp, client_metadata: { team: 'data' } };
    expect(clientPatchBody([], true, withOwnKeys)).toEqual({
      client_metadata: { team: 'data', [MANAGED_BY_KEY]: MANAGED_BY_VALUE }
    });
  });
});

describe('createAppBody', () => {
  it('creates a marked M2M app with the client credentials grant', () => {
    expect(createAppBody(desired)).toMatchObject({
      name: desired.name,
      app_type: 'non_interactive',
      grant_types: ['client_credentials'],
      token_endpoint_auth_method: 'client_secret_basic',
      client_metadata: { [MANAGED_BY_KEY]: MANAGED_BY_VALUE }
    });
  });
});

describe('dangerousScopes', () => {
  it('flags write and delete scopes and key reading', () => {
    expect(
      dangerousScopes(['read:users', 'delete:users', 'update:clients', 'read:client_keys', 'create:users'])
    ).toEqual(['delete:users', 'update:clients', 'read:client_keys', 'create:users']);
  });
});
