import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  detectServerConfigKind,
  lintServerSettings,
  readServerSettings,
  SERVER_RULE_LIST,
  type ServerConfigKind,
  type ServerLintOptions
} from '../../../src/openmetadata/server-config/index.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/server-config');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const DOMAIN = 'acme.eu.auth0.com';
const URL_ = 'https://om.example.com';
const OPTS: ServerLintOptions = { auth0Domain: DOMAIN, openmetadataUrl: URL_ };
const GOOD_KEYS = `[https://${DOMAIN}/.well-known/jwks.json,${URL_}/api/v1/system/config/jwks]`;

/** A clean env file for a confidential client, with overrides by key (undefined removes the line). */
function env(overrides: Record<string, string | undefined> = {}, extra: string[] = []): string {
  const base: Record<string, string | undefined> = {
    AUTHORIZER_ADMIN_PRINCIPALS: '[john.doe]',
    AUTHENTICATION_PROVIDER: 'auth0',
    AUTHENTICATION_PUBLIC_KEYS: GOOD_KEYS,
    AUTHENTICATION_AUTHORITY: `https://${DOMAIN}`,
    AUTHENTICATION_CLIENT_ID: 'abc',
    AUTHENTICATION_CALLBACK_URL: `${URL_}/callback`,
    AUTHENTICATION_CLIENT_TYPE: 'confidential',
    OIDC_CLIENT_ID: 'abc',
    OIDC_TYPE: 'auth0',
    OIDC_CLIENT_SECRET: '${OIDC_CLIENT_SECRET}',
    OIDC_DISCOVERY_URI: `https://${DOMAIN}/.well-known/openid-configuration`,
    OIDC_CALLBACK: `${URL_}/callback`,
    OIDC_SERVER_URL: URL_,
    ...overrides
  };
  const lines = Object.entries(base).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`]));
  return [...lines, ...extra].join('\n') + '\n';
}
const lineOf = (text: string, start: string) => text.split('\n').findIndex(l => l.startsWith(start)) + 1;
const summary = (text: string, kind: ServerConfigKind = 'env', options = OPTS) =>
  lintServerSettings(text, kind, options).map(d => [d.ruleId, d.severity, d.line] as const);

describe('lintServerSettings on env files', () => {
  it('a clean file has no diagnostics, with and without the options', () => {
    expect(summary(env())).toEqual([]);
    expect(summary(env(), 'env', {})).toEqual([]);
  });

  describe('env-syntax (warning)', () => {
    it("flags the guide's `KEY: value` and `KEY= value` lines", () => {
      const text = ['# guide', 'AUTHENTICATION_PROVIDER: auth0', 'OIDC_CLIENT_ID= abc', 'OTHER =x'].join(
        '\n'
      );
      const d = lintServerSettings(text, 'env', {}).filter(x => x.ruleId === 'env-syntax');
      expect(d.map(x => [x.ruleId, x.severity, x.line, x.column])).toEqual([
        ['env-syntax', 'warning', 2, 1],
        ['env-syntax', 'warning', 3, 1],
        ['env-syntax', 'warning', 4, 1]
      ]);
      expect(d[0].message).toContain('`KEY: value`');
      expect(d[1].message).toContain('a blank after `=`');
      expect(d[2].message).toContain('a blank before `=`');
      expect(d[1].fix).toContain('`OIDC_CLIENT_ID=value`');
    });

    it('flags an unquoted blank inside a value (the guide list `[a, b]`), not a quoted one', () => {
      const spaced = env({ AUTHENTICATION_PUBLIC_KEYS: GOOD_KEYS.replace(',', ', ') });
      expect(summary(spaced)).toEqual([
        ['env-syntax', 'warning', lineOf(spaced, 'AUTHENTICATION_PUBLIC_KEYS')]
      ]);
      expect(summary(env({}, ["NOTE='a b'"]))).toEqual([]);
    });

    it('ignores lines that are no assignment', () => {
      expect(summary(env({}, ['see http://example.com', 'lower: case']))).toEqual([]);
    });
  });

  describe('auth0-authority', () => {
    it.each([
      ['acme.eu.auth0.com', 'no scheme'],
      ['https://acme.eu.auth0.com/', 'trailing slash'],
      ['https://other.auth0.com', 'another tenant']
    ])('%s (%s) is an error', value => {
      const text = env({ AUTHENTICATION_AUTHORITY: value });
      expect(summary(text)).toEqual([['auth0-authority', 'error', lineOf(text, 'AUTHENTICATION_AUTHORITY')]]);
    });

    it('suggests the host written there without the option', () => {
      const d = lintServerSettings(env({ AUTHENTICATION_AUTHORITY: 'acme.eu.auth0.com' }), 'env', {});
      expect(d.map(x => x.fix)).toEqual(['Set `AUTHENTICATION_AUTHORITY` to `https://acme.eu.auth0.com`.']);
      const slash = lintServerSettings(
        env({ AUTHENTICATION_AUTHORITY: 'https://acme.eu.auth0.com/' }),
        'env',
        {}
      );
      expect(slash.map(x => x.ruleId)).toEqual(['auth0-authority']);
    });

    it('without the domain option, any bare https host passes; a missing authority fails', () => {
      const other = env({
        AUTHENTICATION_AUTHORITY: 'https://other.auth0.com',
        AUTHENTICATION_PUBLIC_KEYS: GOOD_KEYS.replace(DOMAIN, 'other.auth0.com'),
        OIDC_DISCOVERY_URI: 'https://other.auth0.com/.well-known/openid-configuration'
      });
      expect(summary(other, 'env', {})).toEqual([]);
      // The authority's tenant stands in for the domain: a JWKS of another tenant is reported.
      const mismatch = env({ AUTHENTICATION_AUTHORITY: 'https://other.auth0.com' });
      expect(summary(mismatch, 'env', {})).toEqual([
        ['public-key-urls', 'error', lineOf(mismatch, 'AUTHENTICATION_PUBLIC_KEYS')]
      ]);
      const missing = env({ AUTHENTICATION_AUTHORITY: undefined });
      expect(summary(missing)).toEqual([
        ['auth0-authority', 'error', lineOf(missing, 'AUTHENTICATION_PROVIDER')]
      ]);
    });

    it('another provider or a reference is not checked', () => {
      expect(summary(env({ AUTHENTICATION_PROVIDER: 'google', AUTHENTICATION_AUTHORITY: 'x' }))).toEqual([]);
      expect(summary(env({ AUTHENTICATION_AUTHORITY: '${AUTHORITY}' }))).toEqual([]);
    });
  });

  describe('public-key-urls', () => {
    it('lacking the tenant JWKS', () => {
      const text = env({ AUTHENTICATION_PUBLIC_KEYS: `[${URL_}/api/v1/system/config/jwks]` });
      const d = lintServerSettings(text, 'env', OPTS);
      expect(d.map(x => [x.ruleId, x.line])).toEqual([
        ['public-key-urls', lineOf(text, 'AUTHENTICATION_PUBLIC_KEYS')]
      ]);
      expect(d[0].message).toContain(`https://${DOMAIN}/.well-known/jwks.json`);
      expect(d[0].message).toContain('refuses every Auth0 token');
    });

    it("lacking the server's own JWKS (the old path named)", () => {
      const text = env({
        AUTHENTICATION_PUBLIC_KEYS: `[https://${DOMAIN}/.well-known/jwks.json,${URL_}/api/v1/config/jwks]`
      });
      const d = lintServerSettings(text, 'env', OPTS);
      expect(d.map(x => [x.ruleId, x.line])).toEqual([
        ['public-key-urls', lineOf(text, 'AUTHENTICATION_PUBLIC_KEYS')]
      ]);
      expect(d[0].message).toContain('old path');
      expect(d[0].fix).toBe(`Add \`${URL_}/api/v1/system/config/jwks\`.`);
    });

    it("the guide's scheme-less tenant JWKS and a missing setting", () => {
      const text = env({
        AUTHENTICATION_PUBLIC_KEYS: `[${DOMAIN}/.well-known/jwks.json,${URL_}/api/v1/system/config/jwks]`
      });
      expect(summary(text, 'env', {})).toEqual([
        ['public-key-urls', 'error', lineOf(text, 'AUTHENTICATION_PUBLIC_KEYS')]
      ]);
      expect(summary(env({ AUTHENTICATION_PUBLIC_KEYS: undefined })).map(d => d[0])).toEqual([
        'public-key-urls',
        'public-key-urls'
      ]);
    });

    it('any server URL passes without the option (e.g. the cluster-internal service)', () => {
      const keys = `[https://${DOMAIN}/.well-known/jwks.json,http://openmetadata:8585/api/v1/system/config/jwks]`;
      expect(summary(env({ AUTHENTICATION_PUBLIC_KEYS: keys }), 'env', {})).toEqual([]);
    });
  });

  describe('public-client-secret (error)', () => {
    const publicEnv = (secret: string | undefined) =>
      env({
        AUTHENTICATION_CLIENT_TYPE: 'public',
        OIDC_CLIENT_SECRET: secret,
        OIDC_CLIENT_ID: undefined,
        OIDC_TYPE: undefined,
        OIDC_DISCOVERY_URI: undefined,
        OIDC_CALLBACK: undefined,
        OIDC_SERVER_URL: undefined
      });

    it('a public client with a secret reference or literal fails (the SPA note)', () => {
      const ref = publicEnv('${OIDC_CLIENT_SECRET}');
      expect(summary(ref)).toEqual([['public-client-secret', 'error', lineOf(ref, 'OIDC_CLIENT_SECRET')]]);
      const lit = publicEnv('abc');
      expect(summary(lit)).toEqual([
        ['public-client-secret', 'error', lineOf(lit, 'OIDC_CLIENT_SECRET')],
        ['literal-secret', 'error', lineOf(lit, 'OIDC_CLIENT_SECRET')]
      ]);
    });

    it('a missing client type is public', () => {
      const text = publicEnv('abc').replace('AUTHENTICATION_CLIENT_TYPE=public\n', '');
      expect(summary(text).map(d => d[0])).toContain('public-client-secret');
    });

    it('no secret, an empty one or a reference empty by default passes', () => {
      expect(summary(publicEnv(undefined))).toEqual([]);
      expect(summary(publicEnv(''))).toEqual([]);
      expect(summary(publicEnv('${OIDC_CLIENT_SECRET:-""}'))).toEqual([]);
    });
  });

  describe('confidential-incomplete (error)', () => {
    it('names what is missing, at the client type', () => {
      const text = env({ OIDC_CLIENT_SECRET: undefined, OIDC_DISCOVERY_URI: '' });
      const d = lintServerSettings(text, 'env', OPTS);
      expect(d.map(x => [x.ruleId, x.line])).toEqual([
        ['confidential-incomplete', lineOf(text, 'AUTHENTICATION_CLIENT_TYPE')]
      ]);
      expect(d[0].message).toContain('`OIDC_CLIENT_SECRET`, `OIDC_DISCOVERY_URI`');
    });

    it('a secret reference counts as a secret', () => {
      expect(summary(env({ OIDC_CLIENT_SECRET: '$OIDC_CLIENT_SECRET' }))).toEqual([]);
    });
  });

  describe('discovery-uri-http (error)', () => {
    it("flags the guide's http:// discovery URI", () => {
      const text = env({ OIDC_DISCOVERY_URI: `http://${DOMAIN}/.well-known/openid-configuration` });
      const d = lintServerSettings(text, 'env', OPTS);
      expect(d.map(x => [x.ruleId, x.severity, x.line])).toEqual([
        ['discovery-uri-http', 'error', lineOf(text, 'OIDC_DISCOVERY_URI')]
      ]);
      expect(d[0].fix).toBe(`Use \`https://${DOMAIN}/.well-known/openid-configuration\`.`);
    });

    it('is quiet for a public client, whose OIDC block is unused', () => {
      const text = env({
        AUTHENTICATION_CLIENT_TYPE: 'public',
        OIDC_CLIENT_SECRET: undefined,
        OIDC_DISCOVERY_URI: 'http://x'
      });
      expect(summary(text)).toEqual([]);
    });
  });

  describe('callback-url (error)', () => {
    it('a callback not ending in /callback', () => {
      const text = env({ AUTHENTICATION_CALLBACK_URL: URL_, OIDC_CALLBACK: URL_ });
      expect(summary(text, 'env', {})).toEqual([
        ['callback-url', 'error', lineOf(text, 'AUTHENTICATION_CALLBACK_URL')],
        ['callback-url', 'error', lineOf(text, 'OIDC_CALLBACK')]
      ]);
    });

    it('the two callbacks differ', () => {
      const text = env({ OIDC_CALLBACK: 'http://localhost:8585/callback' });
      const d = lintServerSettings(text, 'env', {});
      expect(d.map(x => [x.ruleId, x.line])).toEqual([['callback-url', lineOf(text, 'OIDC_CALLBACK')]]);
      expect(d[0].message).toContain('differs from `AUTHENTICATION_CALLBACK_URL`');
    });

    it('with the URL option, a callback elsewhere', () => {
      const text = env({
        AUTHENTICATION_CALLBACK_URL: 'http://localhost:8585/callback',
        OIDC_CALLBACK: 'http://localhost:8585/callback'
      });
      expect(summary(text).map(d => d[2])).toEqual([
        lineOf(text, 'AUTHENTICATION_CALLBACK_URL'),
        lineOf(text, 'OIDC_CALLBACK')
      ]);
      expect(summary(text, 'env', {})).toEqual([]);
    });

    it('a reference is left to the environment', () => {
      expect(summary(env({ OIDC_CALLBACK: '${OIDC_CALLBACK:-"http://localhost:8585/callback"}' }))).toEqual(
        []
      );
    });
  });

  describe('literal-secret (error)', () => {
    it('never prints the value', () => {
      const text = env({ OIDC_CLIENT_SECRET: 'Very-Secret-Value' });
      const d = lintServerSettings(text, 'env', OPTS);
      expect(d.map(x => [x.ruleId, x.line])).toEqual([
        ['literal-secret', lineOf(text, 'OIDC_CLIENT_SECRET')]
      ]);
      expect(JSON.stringify(d)).not.toContain('Very-Secret-Value');
    });

    it('is allowed for the renderer with inline-secrets', () => {
      expect(summary(env({ OIDC_CLIENT_SECRET: 'x' }), 'env', { ...OPTS, allowLiteralSecret: true })).toEqual(
        []
      );
    });
  });

  describe('admin-principal (warning)', () => {
    it('flags admin among the principals', () => {
      const text = env({ AUTHORIZER_ADMIN_PRINCIPALS: '[john.doe,admin]' });
      expect(summary(text)).toEqual([
        ['admin-principal', 'warning', lineOf(text, 'AUTHORIZER_ADMIN_PRINCIPALS')]
      ]);
      expect(summary(env({ AUTHORIZER_ADMIN_PRINCIPALS: '[john.doe,administrator]' }))).toEqual([]);
    });
  });

  it('the last assignment of a key is the one checked, as in Compose and sh', () => {
    const http = `OIDC_DISCOVERY_URI=http://${DOMAIN}/.well-known/openid-configuration`;
    const fixed = env({}, [http, `OIDC_DISCOVERY_URI=https://${DOMAIN}/.well-known/openid-configuration`]);
    expect(summary(fixed)).toEqual([]);
    const broken = env({}, [http]);
    expect(summary(broken)).toEqual([['discovery-uri-http', 'error', broken.split('\n').length - 1]]);
  });

  it("the guide's docker snippet, as a whole", () => {
    const text = fixture('guide.env');
    expect(summary(text, 'env', { auth0Domain: DOMAIN })).toEqual([
      ['admin-principal', 'warning', 3],
      ['env-syntax', 'warning', 6],
      ['auth0-authority', 'error', 7],
      ['env-syntax', 'warning', 10],
      ['confidential-incomplete', 'error', 10],
      ['env-syntax', 'warning', 15],
      ['discovery-uri-http', 'error', 15],
      ['env-syntax', 'warning', 16]
    ]);
  });
});

describe('lintServerSettings on openmetadata.yaml', () => {
  const yaml = (oidc: string, clientType = 'confidential') =>
    [
      'authorizerConfiguration:',
      '  adminPrincipals:',
      '    - john.doe',
      '    - admin',
      'authenticationConfiguration:',
      '  provider: auth0',
      '  publicKeyUrls:',
      `    - https://${DOMAIN}/.well-known/jwks.json`,
      `    - ${URL_}/api/v1/system/config/jwks`,
      `  authority: https://${DOMAIN}`,
      '  clientId: abc',
      `  callbackUrl: ${URL_}/callback`,
      `  clientType: ${clientType}`,
      '  oidcConfiguration:',
      oidc
    ].join('\n');

  it('reports admin at the list item, a literal secret and an http discovery URI at their lines', () => {
    const text = yaml(
      [
        '    id: abc',
        '    secret: plain',
        `    discoveryUri: http://${DOMAIN}/.well-known/openid-configuration`,
        `    callbackUrl: ${URL_}/callback`
      ].join('\n')
    );
    const d = lintServerSettings(text, 'openmetadata-yaml', OPTS);
    expect(d.map(x => [x.ruleId, x.line, x.column])).toEqual([
      ['admin-principal', 4, 7],
      ['literal-secret', 16, 13],
      ['discovery-uri-http', 17, 19]
    ]);
    expect(d[1].message).toContain('`authenticationConfiguration.oidcConfiguration.secret`');
    expect(JSON.stringify(d)).not.toContain('plain');
  });

  it('a public client with an OIDC secret; a stock `${OIDC_CLIENT_SECRET:-""}` passes', () => {
    const bad = yaml('    secret: ${OIDC_CLIENT_SECRET}', 'public');
    expect(summary(bad, 'openmetadata-yaml')).toEqual([
      ['admin-principal', 'warning', 4],
      ['public-client-secret', 'error', 15]
    ]);
    const stock = yaml('    secret: ${OIDC_CLIENT_SECRET:-""}', 'public');
    expect(summary(stock, 'openmetadata-yaml')).toEqual([['admin-principal', 'warning', 4]]);
  });

  it('the stock file (every value a variable) has nothing to report', () => {
    expect(summary(fixture('openmetadata.yaml'), 'openmetadata-yaml')).toEqual([]);
  });

  it('a syntax error is reported alone', () => {
    expect(
      summary('authenticationConfiguration:\n  provider: [auth0\n', 'openmetadata-yaml').map(d => d[0])
    ).toEqual(['yaml-syntax']);
  });
});

describe('lintServerSettings on Helm values', () => {
  it("the guide's confidential example without oidcConfiguration.enabled is an error", () => {
    const text = fixture('helm-values.yaml');
    const d = lintServerSettings(text, 'helm-values', OPTS);
    expect(d.map(x => [x.ruleId, x.severity, x.line])).toEqual([
      ['admin-principal', 'warning', 11],
      ['confidential-incomplete', 'error', 16],
      // The guide's localhost callback; the OIDC block's is not checked, the chart ignores the block.
      ['callback-url', 'error', 23]
    ]);
    expect(d[1].message).toContain('`oidcConfiguration.enabled` is not true');
    expect(d[1].fix).toBe('Set `openmetadata.config.authentication.oidcConfiguration.enabled: true`.');
  });

  it('with enabled: true it passes (apart from the callback elsewhere), enabled: false is reported there', () => {
    const on = fixture('helm-values.yaml').replace(
      '      oidcConfiguration:\n',
      '      oidcConfiguration:\n        enabled: true\n'
    );
    expect(summary(on, 'helm-values', {}).map(d => d[0])).toEqual(['admin-principal']);
    const off = fixture('helm-values.yaml').replace(
      '      oidcConfiguration:\n',
      '      oidcConfiguration:\n        enabled: false\n'
    );
    expect(summary(off, 'helm-values', {})).toEqual([
      ['admin-principal', 'warning', 11],
      ['confidential-incomplete', 'error', 25]
    ]);
  });

  it('a literal clientSecret instead of a secretRef', () => {
    const text = [
      'openmetadata:',
      '  config:',
      '    authentication:',
      '      clientType: confidential',
      '      oidcConfiguration:',
      '        enabled: true',
      '        clientId: {secretRef: oidc-secrets, secretKey: openmetadata-oidc-client-id}',
      '        clientSecret: hunter2',
      `        discoveryUri: https://${DOMAIN}/.well-known/openid-configuration`,
      `        callbackUrl: ${URL_}/callback`
    ].join('\n');
    const d = lintServerSettings(text, 'helm-values', OPTS);
    expect(d.map(x => [x.ruleId, x.line])).toEqual([['literal-secret', 8]]);
    expect(d[0].fix).toContain('secretRef');
    expect(JSON.stringify(d)).not.toContain('hunter2');
  });
});

describe('compose files', () => {
  const compose = [
    'services:',
    '  migrate:',
    '    image: om',
    '    environment:',
    '      AUTHENTICATION_PROVIDER: ${AUTHENTICATION_PROVIDER:-basic}',
    '      OIDC_CLIENT_SECRET: ${OIDC_CLIENT_SECRET:-""}',
    '  openmetadata-server:',
    '    environment:',
    '      - AUTHENTICATION_PROVIDER=auth0',
    '      - AUTHENTICATION_CLIENT_TYPE=public',
    '      - "OIDC_CLIENT_SECRET=abc"',
    '  mysql:',
    '    environment:',
    '      MYSQL_ROOT_PASSWORD: password'
  ].join('\n');

  it('reads one group per service, map and list forms', () => {
    const r = readServerSettings(compose, 'compose');
    expect(r.groups.map(g => [g.label, [...g.found.keys()]])).toEqual([
      ['migrate', ['provider', 'oidcSecret']],
      ['openmetadata-server', ['provider', 'clientType', 'oidcSecret']]
    ]);
    const secret = r.groups[1].found.get('oidcSecret')!;
    expect(secret.value).toMatchObject({ type: 'scalar', text: 'abc' });
    expect(compose.slice(secret.value.span.start, secret.value.span.end)).toBe('abc');
  });

  it('checks each service', () => {
    // Only the second service configures auth0; the settings it lacks are reported at its provider (line 9).
    expect(summary(compose, 'compose', {})).toEqual([
      ['auth0-authority', 'error', 9],
      ['public-key-urls', 'error', 9],
      ['public-key-urls', 'error', 9],
      ['callback-url', 'error', 9],
      ['public-client-secret', 'error', 11],
      ['literal-secret', 'error', 11]
    ]);
  });
});

describe('detectServerConfigKind', () => {
  it.each([
    ['guide.env', 'env'],
    ['openmetadata.yaml', 'openmetadata-yaml'],
    ['helm-values.yaml', 'helm-values']
  ] as const)('%s → %s', (name, kind) => {
    expect(detectServerConfigKind(fixture(name))).toBe(kind);
  });

  it('recognises compose files and ignores other files', () => {
    expect(detectServerConfigKind('services:\n  om:\n    environment:\n      - OIDC_TYPE=auth0\n')).toBe(
      'compose'
    );
    expect(
      detectServerConfigKind('services:\n  db:\n    environment:\n      - PASSWORD=x\n')
    ).toBeUndefined();
    expect(detectServerConfigKind('source:\n  type: mysql\nworkflowConfig: {}\n')).toBeUndefined();
    expect(detectServerConfigKind('FOO=bar\n')).toBeUndefined();
    expect(detectServerConfigKind('openmetadata:\n  config:\n    logLevel: INFO\n')).toBeUndefined();
  });
});

it('lists every rule with a severity and description', () => {
  expect(SERVER_RULE_LIST.map(r => [r.id, r.severity])).toEqual([
    ['env-syntax', 'warning'],
    ['auth0-authority', 'error'],
    ['public-key-urls', 'error'],
    ['public-client-secret', 'error'],
    ['confidential-incomplete', 'error'],
    ['discovery-uri-http', 'error'],
    ['callback-url', 'error'],
    ['literal-secret', 'error'],
    ['admin-principal', 'warning']
  ]);
  for (const r of SERVER_RULE_LIST) expect(r.description.length).toBeGreaterThan(20);
});
