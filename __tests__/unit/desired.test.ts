import {
  clientPatchBody,
  createAppBody,
  dangerousScopes,
  diffApp,
  MANAGED_BY_KEY,
  MANAGED_BY_VALUE,
  type AppState,
  type DesiredApp
} from '../../src/auth0/desired.js';

const desired: DesiredApp = {
  name: 'OpenMetadata Ingestion',
  authMethod: 'client_secret_basic',
  audience: 'https://t.auth0.com/api/v2/',
  scopes: ['read:users']
};
const goodApp: AppState = {
  client_id: 'abc',
  name: 'OpenMetadata Ingestion',
  app_type: 'non_interactive',
  grant_types: ['client_credentials'],
  token_endpoint_auth_method: 'client_secret_basic',
  client_metadata: { [MANAGED_BY_KEY]: MANAGED_BY_VALUE }
};
const goodGrant = { id: 'cgr_1', client_id: 'abc', audience: desired.audience, scope: ['read:users'] };

describe('diffApp', () => {
  it('finds nothing to do for an app in the desired state', () => {
    expect(diffApp(goodApp, goodGrant, desired)).toEqual([]);
  });

  it('creates the app and the grant when there is no app', () => {
    expect(diffApp(undefined, undefined, desired)).toEqual([
      { resource: 'client', field: 'app', from: null, to: 'OpenMetadata Ingestion' },
      {
        resource: 'client_grant',
        field: 'grant',
        from: null,
        to: { audience: desired.audience, scope: ['read:users'] }
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
    expect(diffApp({ ...goodApp, ...drift }, goodGrant, desired)).toEqual([change]);
  });

  it('sees a missing grant', () => {
    expect(diffApp(goodApp, undefined, desired)).toEqual([
      {
        resource: 'client_grant',
        field: 'grant',
        from: null,
        to: { audience: desired.audience, scope: ['read:users'] }
      }
    ]);
  });

  it('sees missing and extra scopes as one scope change', () => {
    expect(diffApp(goodApp, { ...goodGrant, scope: ['delete:users', 'read:clients'] }, desired)).toEqual([
      { resource: 'client_grant', field: 'scope', from: ['delete:users', 'read:clients'], to: ['read:users'] }
    ]);
  });

  it('ignores the order of scopes', () => {
    const d = { ...desired, scopes: ['a:x', 'b:y'] };
    expect(diffApp(goodApp, { ...goodGrant, scope: ['b:y', 'a:x'] }, d)).toEqual([]);
  });
});

describe('clientPatchBody', () => {
  it('patches only the drifted client fields', () => {
    const changes = diffApp(
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
