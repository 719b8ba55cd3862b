import {
  desiredSettings,
  type DesiredInput,
  SETTINGS
} from '../../../src/openmetadata/server-config/settings.js';

const INPUT: DesiredInput = {
  clientType: 'confidential',
  auth0Domain: 'acme.eu.auth0.com',
  openmetadataUrl: 'https://om.example.com',
  clientId: 'LoginClientId123',
  adminPrincipals: ['john.doe', 'jane'],
  principalDomain: 'example.com',
  enforcePrincipalDomain: false,
  oidcSecretEnvVar: 'OIDC_CLIENT_SECRET',
  inlineSecrets: false
};

describe('the settings table', () => {
  // One row per setting: [logical name, kind, env var, openmetadata.yaml path, Helm values path, Helm secret key].
  const EXPECTED: [string, string, string?, string?, string?, string?][] = [
    ['authorizerClassName', 'string', undefined, 'authorizerConfiguration.className'],
    ['containerRequestFilter', 'string', undefined, 'authorizerConfiguration.containerRequestFilter'],
    [
      'adminPrincipals',
      'list',
      'AUTHORIZER_ADMIN_PRINCIPALS',
      'authorizerConfiguration.adminPrincipals',
      'openmetadata.config.authorizer.initialAdmins'
    ],
    [
      'principalDomain',
      'string',
      'AUTHORIZER_PRINCIPAL_DOMAIN',
      'authorizerConfiguration.principalDomain',
      'openmetadata.config.authorizer.principalDomain'
    ],
    [
      'enforcePrincipalDomain',
      'boolean',
      'AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN',
      'authorizerConfiguration.enforcePrincipalDomain',
      'openmetadata.config.authorizer.enforcePrincipalDomain'
    ],
    [
      'provider',
      'string',
      'AUTHENTICATION_PROVIDER',
      'authenticationConfiguration.provider',
      'openmetadata.config.authentication.provider'
    ],
    [
      'publicKeyUrls',
      'list',
      'AUTHENTICATION_PUBLIC_KEYS',
      'authenticationConfiguration.publicKeyUrls',
      'openmetadata.config.authentication.publicKeys'
    ],
    [
      'authority',
      'string',
      'AUTHENTICATION_AUTHORITY',
      'authenticationConfiguration.authority',
      'openmetadata.config.authentication.authority'
    ],
    [
      'clientId',
      'string',
      'AUTHENTICATION_CLIENT_ID',
      'authenticationConfiguration.clientId',
      'openmetadata.config.authentication.clientId'
    ],
    [
      'callbackUrl',
      'string',
      'AUTHENTICATION_CALLBACK_URL',
      'authenticationConfiguration.callbackUrl',
      'openmetadata.config.authentication.callbackUrl'
    ],
    [
      'clientType',
      'string',
      'AUTHENTICATION_CLIENT_TYPE',
      'authenticationConfiguration.clientType',
      'openmetadata.config.authentication.clientType'
    ],
    [
      'oidcEnabled',
      'boolean',
      undefined,
      undefined,
      'openmetadata.config.authentication.oidcConfiguration.enabled'
    ],
    [
      'oidcClientId',
      'string',
      'OIDC_CLIENT_ID',
      'authenticationConfiguration.oidcConfiguration.id',
      'openmetadata.config.authentication.oidcConfiguration.clientId',
      'openmetadata-oidc-client-id'
    ],
    [
      'oidcType',
      'string',
      'OIDC_TYPE',
      'authenticationConfiguration.oidcConfiguration.type',
      'openmetadata.config.authentication.oidcConfiguration.oidcType'
    ],
    [
      'oidcSecret',
      'secret',
      'OIDC_CLIENT_SECRET',
      'authenticationConfiguration.oidcConfiguration.secret',
      'openmetadata.config.authentication.oidcConfiguration.clientSecret',
      'openmetadata-oidc-client-secret'
    ],
    [
      'oidcDiscoveryUri',
      'string',
      'OIDC_DISCOVERY_URI',
      'authenticationConfiguration.oidcConfiguration.discoveryUri',
      'openmetadata.config.authentication.oidcConfiguration.discoveryUri'
    ],
    [
      'oidcCallbackUrl',
      'string',
      'OIDC_CALLBACK',
      'authenticationConfiguration.oidcConfiguration.callbackUrl',
      'openmetadata.config.authentication.oidcConfiguration.callbackUrl'
    ],
    [
      'oidcServerUrl',
      'string',
      'OIDC_SERVER_URL',
      'authenticationConfiguration.oidcConfiguration.serverUrl',
      'openmetadata.config.authentication.oidcConfiguration.serverUrl'
    ]
  ];

  it('has exactly these rows, in this order', () => {
    const actual = SETTINGS.map(s => [
      s.name,
      s.kind,
      s.env,
      s.yaml?.join('.'),
      s.helm?.join('.'),
      s.helmSecretKey
    ]);
    const pad = (r: (string | undefined)[]) => [...r, ...Array(6 - r.length).fill(undefined)];
    expect(actual).toEqual(EXPECTED.map(pad));
  });

  it('names are unique in every column', () => {
    for (const col of ['env', 'yaml', 'helm'] as const) {
      const names = SETTINGS.flatMap(s => (s[col] ? [String(s[col])] : []));
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('desiredSettings', () => {
  const values = (input: DesiredInput) =>
    Object.fromEntries(desiredSettings(input).map(d => [d.setting.name, d]));

  it('gives the confidential values of DESIGN.md', () => {
    const d = values(INPUT);
    expect(Object.keys(d)).toEqual([
      'authorizerClassName',
      'containerRequestFilter',
      'adminPrincipals',
      'principalDomain',
      'enforcePrincipalDomain',
      'provider',
      'publicKeyUrls',
      'authority',
      'clientId',
      'callbackUrl',
      'clientType',
      'oidcEnabled',
      'oidcClientId',
      'oidcType',
      'oidcSecret',
      'oidcDiscoveryUri',
      'oidcCallbackUrl',
      'oidcServerUrl'
    ]);
    expect(d.authorizerClassName.value).toEqual({
      kind: 'string',
      value: 'org.openmetadata.service.security.DefaultAuthorizer'
    });
    expect(d.containerRequestFilter.value).toEqual({
      kind: 'string',
      value: 'org.openmetadata.service.security.JwtFilter'
    });
    expect(d.adminPrincipals.value).toEqual({ kind: 'list', value: ['john.doe', 'jane'] });
    expect(d.principalDomain.value).toEqual({ kind: 'string', value: 'example.com' });
    expect(d.enforcePrincipalDomain).toMatchObject({
      value: { kind: 'boolean', value: false },
      onlyIfPresent: true
    });
    expect(d.provider.value).toEqual({ kind: 'string', value: 'auth0' });
    expect(d.publicKeyUrls.value).toEqual({
      kind: 'list',
      value: [
        'https://acme.eu.auth0.com/.well-known/jwks.json',
        'https://om.example.com/api/v1/system/config/jwks'
      ]
    });
    expect(d.authority.value).toEqual({ kind: 'string', value: 'https://acme.eu.auth0.com' });
    expect(d.clientId.value).toEqual({ kind: 'string', value: 'LoginClientId123' });
    expect(d.callbackUrl.value).toEqual({ kind: 'string', value: 'https://om.example.com/callback' });
    expect(d.clientType.value).toEqual({ kind: 'string', value: 'confidential' });
    expect(d.oidcEnabled.value).toEqual({ kind: 'boolean', value: true });
    expect(d.oidcClientId.value).toEqual({ kind: 'string', value: 'LoginClientId123' });
    expect(d.oidcType.value).toEqual({ kind: 'string', value: 'auth0' });
    expect(d.oidcType.helmValue).toEqual({ kind: 'string', value: 'Auth0' });
    expect(d.oidcSecret.value).toEqual({ kind: 'secret', envVar: 'OIDC_CLIENT_SECRET' });
    expect(d.oidcDiscoveryUri.value).toEqual({
      kind: 'string',
      value: 'https://acme.eu.auth0.com/.well-known/openid-configuration'
    });
    expect(d.oidcCallbackUrl.value).toEqual({ kind: 'string', value: 'https://om.example.com/callback' });
    expect(d.oidcServerUrl.value).toEqual({ kind: 'string', value: 'https://om.example.com' });
    for (const name of ['provider', 'oidcSecret', 'oidcEnabled', 'adminPrincipals']) {
      expect(d[name].onlyIfPresent).toBeUndefined();
    }
  });

  it('public: no OIDC block, only the undoing of a template secret and enabled flag', () => {
    const d = values({ ...INPUT, clientType: 'public' });
    expect(d.clientType.value).toEqual({ kind: 'string', value: 'public' });
    expect(d.oidcSecret).toMatchObject({ value: { kind: 'string', value: '' }, onlyIfPresent: true });
    expect(d.oidcEnabled).toMatchObject({ value: { kind: 'boolean', value: false }, onlyIfPresent: true });
    for (const name of ['oidcClientId', 'oidcType', 'oidcDiscoveryUri', 'oidcCallbackUrl', 'oidcServerUrl']) {
      expect(d[name]).toBeUndefined();
    }
  });

  it('inline secrets carry the value; options left out are absent', () => {
    const d = values({
      ...INPUT,
      inlineSecrets: true,
      clientSecret: 's3cr3t',
      adminPrincipals: [],
      principalDomain: undefined,
      enforcePrincipalDomain: true,
      oidcSecretEnvVar: 'MY_SECRET'
    });
    expect(d.oidcSecret.value).toEqual({ kind: 'secret', envVar: 'MY_SECRET', inline: 's3cr3t' });
    expect(d.adminPrincipals).toBeUndefined();
    expect(d.principalDomain).toBeUndefined();
    expect(d.enforcePrincipalDomain.value).toEqual({ kind: 'boolean', value: true });
    expect(d.enforcePrincipalDomain.onlyIfPresent).toBeUndefined();
  });

  it('uses host:port domains as given', () => {
    const d = values({ ...INPUT, auth0Domain: '127.0.0.1:8443' });
    expect(d.authority.value).toEqual({ kind: 'string', value: 'https://127.0.0.1:8443' });
    expect(d.oidcDiscoveryUri.value).toEqual({
      kind: 'string',
      value: 'https://127.0.0.1:8443/.well-known/openid-configuration'
    });
  });
});
