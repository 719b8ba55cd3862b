import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type Diagnostic,
  isIngestionConfig,
  lintWorkflowText,
  RULES
} from '../../../src/openmetadata/lint.js';
import { didYouMean, editDistance } from '../../../src/openmetadata/model.js';
import { type OmVersion, parseOmVersion } from '../../../src/openmetadata/versions.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/validate');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const V12 = parseOmVersion('1.2')!;
const V17 = parseOmVersion('1.7')!;

type Pos = [line: number, column: number, endLine: number, endColumn: number];
const pos = (d: Diagnostic): Pos => [d.line, d.column, d.endLine, d.endColumn];
const lint = (text: string, version: OmVersion = V17, requireSource?: boolean) =>
  lintWorkflowText(text, { version, requireSource });
const ids = (ds: Diagnostic[]) => ds.map(d => d.ruleId);

/**
 * One failing and one passing fixture per rule: rules/<id>.fail.yaml and rules/<id>.pass.yaml. Files that are not
 * valid YAML end in `.yaml.txt`, so that `prettier --check .` (which would fail to parse them) skips them.
 */
const failFixture = (id: string) =>
  existsSync(path.join(FIXTURES, 'rules', `${id}.fail.yaml`))
    ? `rules/${id}.fail.yaml`
    : `rules/${id}.fail.yaml.txt`;
const RULE_CASES: { id: string; version: OmVersion; expected: Pos[] }[] = [
  { id: 'yaml-syntax', version: V17, expected: [[6, 1, 6, 2]] },
  { id: 'required-key', version: V17, expected: [[4, 3, 4, 27]] },
  { id: 'source-missing', version: V17, expected: [[2, 1, 2, 15]] },
  {
    id: 'unknown-key',
    version: V17,
    expected: [
      [4, 3, 4, 11],
      [10, 5, 10, 14],
      [11, 5, 11, 16]
    ]
  },
  { id: 'auth-provider', version: V17, expected: [[6, 19, 6, 31]] },
  { id: 'auth0-removed-in-1.3', version: V17, expected: [[6, 19, 6, 24]] },
  {
    id: 'security-config-shape',
    version: V12,
    expected: [
      [7, 5, 7, 19],
      [9, 7, 9, 19]
    ]
  },
  { id: 'logger-level', version: V17, expected: [[4, 16, 4, 23]] },
  { id: 'verify-ssl', version: V17, expected: [[9, 16, 9, 21]] },
  { id: 'host-port', version: V17, expected: [[5, 15, 5, 36]] },
  { id: 'domain-bare-host', version: V12, expected: [[10, 15, 10, 43]] },
  { id: 'ssl-ca-missing', version: V17, expected: [[9, 16, 9, 24]] },
  {
    id: 'literal-secret',
    version: V17,
    expected: [
      [9, 19, 9, 36],
      [15, 17, 15, 85]
    ]
  },
  {
    id: 'env-var-name',
    version: V17,
    expected: [
      [6, 19, 6, 32],
      [12, 17, 12, 42]
    ]
  }
];

describe('rules: a failing and a passing fixture each, with positions', () => {
  it('covers every rule in RULES', () => {
    expect(RULE_CASES.map(c => c.id).sort()).toEqual(RULES.map(r => r.id).sort());
    for (const r of RULES) {
      expect(existsSync(path.join(FIXTURES, failFixture(r.id)))).toBe(true);
      expect(existsSync(path.join(FIXTURES, 'rules', `${r.id}.pass.yaml`))).toBe(true);
    }
  });

  it.each(RULE_CASES)('$id fails at the expected positions', ({ id, version, expected }) => {
    const ds = lint(fixture(failFixture(id)), version);
    expect(ids(ds).every(r => r === id)).toBe(true);
    expect(ds.map(pos)).toEqual(expected);
    const severity = RULES.find(r => r.id === id)!.severity;
    for (const d of ds) {
      expect(d.severity).toBe(severity);
      expect(d.message.length).toBeGreaterThan(10);
    }
  });

  it.each(RULE_CASES)('$id passes on its passing fixture', ({ id, version }) => {
    expect(lint(fixture(`rules/${id}.pass.yaml`), version)).toEqual([]);
  });

  it('lists each rule with id, severity and description', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9.-]+$/);
      expect(['error', 'warning']).toContain(r.severity);
      expect(r.description.length).toBeGreaterThan(20);
    }
    expect(new Set(RULES.map(r => r.id)).size).toBe(RULES.length);
  });
});

describe('messages and fixes', () => {
  it('suggests the right names', () => {
    const unknown = lint(fixture('rules/unknown-key.fail.yaml'));
    expect(unknown[0].message).toContain('Did you mean `loggerLevel`?');
    expect(unknown[1].fix).toBe('Rename `verifySsl` to `verifySSL`.');
    expect(unknown[2].message).toContain('belongs under `workflowConfig`');
    expect(lint(fixture('rules/logger-level.fail.yaml'))[0].fix).toBe('Use `WARN`.');
    expect(lint(fixture('rules/verify-ssl.fail.yaml'))[0].message).toContain('Did you mean `no-ssl`?');
    expect(lint(fixture('rules/auth-provider.fail.yaml'))[0].fix).toBe('Use `authProvider: openmetadata`.');
    expect(lint(fixture('rules/host-port.fail.yaml'))[0].fix).toBe(
      'Use `hostPort: http://localhost:8585/api`.'
    );
    expect(lint(fixture('rules/domain-bare-host.fail.yaml'), V12)[0].fix).toBe(
      'Use `domain: tenant.eu.auth0.com`.'
    );
    const shape = lint(fixture('rules/security-config-shape.fail.yaml'), V12);
    expect(shape[0].message).toContain('missing `secretKey`');
    expect(shape[1].fix).toBe('Rename `clientSecret` to `secretKey`.');
    const env = lint(fixture('rules/env-var-name.fail.yaml'));
    expect(env[0].message).toContain('Unclosed');
    expect(env[1].fix).toBe('Use `${OPENMETADATA_JWT_TOKEN}` (and set OPENMETADATA_JWT_TOKEN).');
  });

  it('explains the 1.3 change and shows the replacement', () => {
    const [d] = lint(fixture('rules/auth0-removed-in-1.3.fail.yaml'));
    expect(d.message).toContain('OpenMetadata 1.3 removed');
    expect(d.message).toContain('jwtToken');
    expect(d.fix).toContain('`authProvider: openmetadata`');
    expect(d.fix).toContain('${OPENMETADATA_JWT_TOKEN}');
  });
});

describe('version switch', () => {
  it('the same auth0 file is valid on 1.2 and invalid on 1.7', () => {
    const text = fixture('valid-1.2.yaml');
    expect(lint(text, V12)).toEqual([]);
    const on17 = lint(text, V17);
    expect(ids(on17)).toEqual(['auth0-removed-in-1.3']);
    expect(pos(on17[0])).toEqual([22, 19, 22, 24]);
    expect(lint(text, parseOmVersion('1.3.0')!).map(d => d.ruleId)).toEqual(['auth0-removed-in-1.3']);
  });

  it('the JWT file is valid on both', () => {
    expect(lint(fixture('valid-1.7.yaml'), V17)).toEqual([]);
    expect(lint(fixture('valid-1.7.yaml'), V12)).toEqual([]);
  });

  it('no-auth is in the 1.2 enum only', () => {
    const text =
      'source: {}\nworkflowConfig:\n  openMetadataServerConfig:\n    hostPort: http://h:8585/api\n    authProvider: no-auth\n';
    expect(lint(text, V12)).toEqual([]);
    const [d] = lint(text, V17);
    expect(d.ruleId).toBe('auth-provider');
    expect(d.severity).toBe('error');
    expect(pos(d)).toEqual([5, 19, 5, 26]);
  });

  it('successThreshold is a 1.7 key, not a 1.2 one', () => {
    const text = fixture('rules/unknown-key.pass.yaml');
    expect(lint(text, V17)).toEqual([]);
    const ds = lint(text, V12);
    expect(ids(ds)).toEqual(['unknown-key']);
    expect(pos(ds[0])).toEqual([5, 3, 5, 19]);
  });

  it('another SSO provider on ≥ 1.3 is a warning', () => {
    const text =
      'source: {}\nworkflowConfig:\n  openMetadataServerConfig:\n    hostPort: http://h:8585/api\n' +
      '    authProvider: google\n    securityConfig:\n      jwtToken: ${T}\n';
    const [d] = lint(text, V17);
    expect(d).toMatchObject({ ruleId: 'auth-provider', severity: 'warning', line: 5, column: 19 });
    expect(d.fix).toContain('`authProvider: openmetadata`');
    // On 1.2 google needs its own client config.
    expect(ids(lint(text, V12))).toEqual(['security-config-shape', 'security-config-shape']);
  });
});

describe('syntax errors', () => {
  it('reports the parser position and nothing else', () => {
    const ds = lint(fixture('syntax-error.yaml.txt'));
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ ruleId: 'yaml-syntax', severity: 'error', line: 6, column: 1 });
  });

  it.each([
    ['duplicate keys', 'workflowConfig:\n  loggerLevel: INFO\n  loggerLevel: DEBUG\n', 3, 'Duplicate key'],
    ['several documents', 'workflowConfig: {}\n---\nsource: {}\n', 2, 'more than one YAML document'],
    ['tab indentation', 'workflowConfig:\n\tloggerLevel: INFO\n', 2, 'Tabs']
  ])('%s', (_name, text, line, words) => {
    const [d] = lint(text);
    expect(d.ruleId).toBe('yaml-syntax');
    expect(d.line).toBe(line);
    expect(d.message).toContain(words);
  });

  it('never quotes the source of the broken line', () => {
    const secret = 'Zq9-very-secret-value';
    for (const text of [
      `workflowConfig:\n  a: x\n  ] ${secret}\n`,
      `workflowConfig:\n  jwtToken: |x${secret}\n    y\n`,
      `workflowConfig:\n  jwtToken: "a\\q${secret}"\n`
    ]) {
      const ds = lint(text);
      expect(ds.length).toBeGreaterThan(0);
      expect(ds.every(d => d.ruleId === 'yaml-syntax')).toBe(true);
      expect(JSON.stringify(ds)).not.toContain(secret.slice(3, 12));
    }
  });
});

describe('fixes that name what to do', () => {
  it.each([
    ['an unclosed flow sequence', 'workflowConfig:\n  openMetadataServerConfig: [\n', /Close the `\[`/],
    ['an unclosed flow mapping', 'workflowConfig:\n  openMetadataServerConfig: {a: 1\n', /Close the `\{`/],
    [
      'misaligned keys',
      'workflowConfig:\n  loggerLevel: INFO\n openMetadataServerConfig: {}\n',
      /same column/
    ],
    ['a tab', 'workflowConfig:\n\tloggerLevel: INFO\n', /tab/],
    ['a duplicate key', 'workflowConfig:\n  loggerLevel: INFO\n  loggerLevel: DEBUG\n', /Keep one/],
    ['several documents', 'workflowConfig: {}\n---\nsource: {}\n', /`---`/],
    ['an unclosed quote', 'workflowConfig:\n  loggerLevel: "INFO\n', /Close the quote/],
    ['a colon in a value', 'workflowConfig:\n  loggerLevel: a: b\n', /quote the value/],
    ['a reserved first character', 'workflowConfig:\n  loggerLevel: @INFO\n', /Quote the value/],
    ['a bad escape', 'workflowConfig:\n  loggerLevel: "a\\qb"\n', /backslash/]
  ])('yaml-syntax says what to look for at the position of %s', (_name, text, fix) => {
    const ds = lint(text);
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) {
      expect(d.ruleId).toBe('yaml-syntax');
      expect(d.fix).toMatch(fix);
    }
  });

  it('every yaml-syntax diagnostic has a fix', () => {
    for (const d of lint(fixture('syntax-error.yaml.txt'))) expect(d.fix?.length).toBeGreaterThan(20);
  });

  it.each([
    ['https://Tenant.eu.auth0.com/', 'https://tenant.eu.auth0.com/.well-known/jwks.json'],
    ['tenant.eu.auth0.com', 'https://tenant.eu.auth0.com/.well-known/jwks.json'],
    ['https://127.0.0.1:8443/x', 'https://127.0.0.1:8443/.well-known/jwks.json'],
    ['${AUTH0_DOMAIN}', 'https://{your-tenant-domain}/.well-known/jwks.json'],
    ['https://', 'https://{your-tenant-domain}/.well-known/jwks.json']
  ])('auth0-removed-in-1.3 names the JWKS URL of the domain %p as %p', (domain, url) => {
    const text = fixture(failFixture('auth0-removed-in-1.3')).replace(
      'domain: tenant.eu.auth0.com',
      `domain: "${domain}"`
    );
    const d = lint(text).find(x => x.ruleId === 'auth0-removed-in-1.3')!;
    expect(d.fix).toContain(`list ${url} in publicKeyUrls`);
    expect(d.fix).not.toContain('https:///');
    expect(d.fix).not.toMatch(/<[a-z]/);
  });
});

describe('literal secrets', () => {
  it('never puts the value into any diagnostic', () => {
    const text = fixture('literal-secret.yaml');
    const ds = lint(text);
    expect(ids(ds)).toEqual(['literal-secret', 'literal-secret']);
    const all = JSON.stringify(ds);
    for (const secret of [
      'Sup3r-S3cret!pw',
      'eyJhbGciOiJSUzI1NiJ9',
      'c2lnbmF0dXJlLXZhbHVl',
      'Sup3r',
      'S3cret'
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(ds[1].fix).toContain('`jwtToken: ${OPENMETADATA_JWT_TOKEN}`');
  });

  it('accepts $VAR and ${VAR} references, and empty values', () => {
    const text =
      'source:\n  a:\n    password: $DB_PASSWORD\n  b:\n    clientSecret: "${X}${Y}"\n  c:\n    password: ""\n' +
      'workflowConfig:\n  openMetadataServerConfig:\n    hostPort: http://h:8585/api\n    authProvider: openmetadata\n' +
      '    securityConfig:\n      jwtToken: ${T}\n';
    expect(lint(text)).toEqual([]);
  });

  it('reports a number and a partial reference, and the exempted google key file path', () => {
    const text =
      'source:\n  a:\n    password: 123456\n  b:\n    secretKey: pre${X}\n' +
      'workflowConfig:\n  openMetadataServerConfig:\n    hostPort: http://h:8585/api\n    authProvider: google\n' +
      '    securityConfig:\n      secretKey: /secrets/sa.json\n';
    const ds = lint(text, V12);
    expect(ds.map(d => [d.ruleId, d.line])).toEqual([
      ['literal-secret', 3],
      ['literal-secret', 5]
    ]);
    expect(JSON.stringify(ds)).not.toContain('123456');
  });

  it('hides an invalid ${…} that could be a pasted credential', () => {
    const token = 'eyJhbGci.eyJzdWIi.sig-nature';
    const ds = lint(
      'source: {}\nworkflowConfig:\n  openMetadataServerConfig:\n    hostPort: http://h:8585/api\n' +
        `    authProvider: openmetadata\n    securityConfig:\n      jwtToken: \${${token}}\n`
    );
    expect(ids(ds)).toEqual(['env-var-name']);
    expect(JSON.stringify(ds)).not.toContain('eyJ');
  });
});

describe('more rule cases', () => {
  const om = (body: string, top = 'source: {}\n') =>
    `${top}workflowConfig:\n  openMetadataServerConfig:\n${body
      .split('\n')
      .filter(Boolean)
      .map(l => `    ${l}`)
      .join('\n')}\n`;

  it.each([
    ['an empty file', '', [1, 1]],
    ['a list', '- a\n- b\n', [1, 1]],
    ['no workflowConfig', '# c\nsource: {}\n', [2, 1]],
    ['a case typo', 'source: {}\nworkflowconfig: {}\n', [2, 1]],
    ['a scalar workflowConfig', 'source: {}\nworkflowConfig: yes\n', [2, 17]],
    ['an empty workflowConfig', 'source: {}\nworkflowConfig:\n', [2, 1]],
    ['no openMetadataServerConfig', 'source: {}\nworkflowConfig:\n  loggerLevel: INFO\n', [2, 1]]
  ])('required-key: %s', (_name, text, [line, column]) => {
    const ds = lint(text);
    expect(ids(ds)).toEqual(['required-key']);
    expect([ds[0].line, ds[0].column]).toEqual([line, column]);
  });

  it('required-key suggests the case-sensitive name', () => {
    expect(lint('source: {}\nworkflowconfig: {}\n')[0].fix).toBe(
      'Rename `workflowconfig` to `workflowConfig`.'
    );
  });

  it('source-missing is not reported for snippets', () => {
    expect(lint(fixture('rules/source-missing.fail.yaml'), V17, false)).toEqual([]);
  });

  it('auth0 keys under authProvider openmetadata on 1.7 are reported once, at securityConfig', () => {
    const ds = lint(
      om(
        'hostPort: http://h:8585/api\nauthProvider: openmetadata\nsecurityConfig:\n  clientId: a\n  secretKey: ${S}\n  domain: d.auth0.com'
      )
    );
    expect(ids(ds)).toEqual(['auth0-removed-in-1.3']);
    expect(pos(ds[0])).toEqual([6, 5, 6, 19]);
  });

  it('authProvider auth0 with a jwtToken on 1.7 is only a warning', () => {
    const ds = lint(
      om('hostPort: http://h:8585/api\nauthProvider: auth0\nsecurityConfig:\n  jwtToken: ${T}')
    );
    expect(ds.map(d => [d.ruleId, d.severity, d.line, d.column])).toEqual([
      ['auth-provider', 'warning', 5, 19]
    ]);
  });

  it('env-var-name reports a value once, listing every broken reference', () => {
    const ds = lint(
      om(
        'hostPort: http://h:8585/api\nauthProvider: openmetadata\nsecurityConfig:\n  jwtToken: ${A-B}${C.D}${E}'
      )
    );
    expect(ids(ds)).toEqual(['env-var-name']);
    expect(pos(ds[0])).toEqual([7, 17, 7, 33]);
    expect(ds[0].fix).toBe('Use `${A_B}`, `${C_D}` (and set A_B, C_D).');
  });

  it('security-config-shape on 1.7: only jwtToken, required, a non-empty string', () => {
    expect(ids(lint(om('hostPort: http://h:8585/api\nauthProvider: openmetadata')))).toEqual([
      'security-config-shape'
    ]);
    const ds = lint(
      om('hostPort: http://h:8585/api\nauthProvider: openmetadata\nsecurityConfig:\n  token: ${T}')
    );
    expect(ds.map(d => [d.ruleId, d.line, d.column])).toEqual([
      ['security-config-shape', 6, 5],
      ['security-config-shape', 7, 7]
    ]);
    expect(ds[1].fix).toBe('Rename `token` to `jwtToken`.');
    const empty = lint(
      om('hostPort: http://h:8585/api\nauthProvider: openmetadata\nsecurityConfig:\n  jwtToken:')
    );
    expect(empty.map(d => [d.ruleId, d.line, d.column])).toEqual([['security-config-shape', 7, 7]]);
    expect(ids(lint(om('hostPort: http://h:8585/api\nsecurityConfig: abc')))).toEqual([
      'security-config-shape'
    ]);
  });

  it('security-config-shape on 1.2 accepts a JWT config for providers without a client config', () => {
    expect(
      lint(om('hostPort: http://h:8585/api\nauthProvider: basic\nsecurityConfig:\n  jwtToken: ${T}'), V12)
    ).toEqual([]);
    expect(
      ids(lint(om('hostPort: http://h:8585/api\nauthProvider: basic\nsecurityConfig:\n  foo: x'), V12))
    ).toEqual(['security-config-shape']);
  });

  it.each([
    ['localhost:8585/api', 'Use `hostPort: http://localhost:8585/api` (or https://).'],
    ['http://localhost:8585/api/', 'Use `hostPort: http://localhost:8585/api`.'],
    ['ftp://localhost/api', undefined],
    ['http://localhost:8585/api?x=1', undefined],
    ['https://user:pw@om.example.com/', 'Append `/api` to the URL.']
  ])('host-port: %s', (value, fix) => {
    const ds = lint(om(`hostPort: ${value}\nauthProvider: openmetadata\nsecurityConfig:\n  jwtToken: \${T}`));
    expect(ids(ds)).toEqual(['host-port']);
    expect(pos(ds[0])).toEqual([4, 15, 4, 15 + value.length]);
    if (fix) expect(ds[0].fix).toBe(fix);
    expect(JSON.stringify(ds)).not.toContain(':pw@');
  });

  it('host-port leaves environment references alone', () => {
    expect(
      lint(om('hostPort: ${OM_HOST_PORT}\nauthProvider: openmetadata\nsecurityConfig:\n  jwtToken: ${T}'))
    ).toEqual([]);
  });

  it('domain-bare-host accepts host:port and references, rejects paths', () => {
    const auth0 = (domain: string) =>
      om(
        `hostPort: http://h:8585/api\nauthProvider: auth0\nsecurityConfig:\n  clientId: c\n  secretKey: \${S}\n  domain: ${domain}`
      );
    expect(lint(auth0('127.0.0.1:8443'), V12)).toEqual([]);
    expect(lint(auth0('${AUTH0_DOMAIN}'), V12)).toEqual([]);
    const [d] = lint(auth0('tenant.auth0.com/api/v2/'), V12);
    expect(d.ruleId).toBe('domain-bare-host');
    expect(d.message).toContain('a path');
    expect(d.fix).toBe('Use `domain: tenant.auth0.com`.');
  });

  it('ssl-ca-missing accepts certificatePath below 1.3 only', () => {
    const text = om(
      'hostPort: https://h/api\nauthProvider: openmetadata\nsecurityConfig:\n  jwtToken: ${T}\nverifySSL: validate\nsslConfig:\n  certificatePath: /ca.pem'
    );
    expect(lint(text, V12)).toEqual([]);
    expect(ids(lint(text, V17))).toEqual(['ssl-ca-missing', 'unknown-key']);
  });

  it('env-var-name checks every value of the file, not only credentials', () => {
    const ds = lint(
      om(
        'hostPort: http://h:8585/api\nauthProvider: openmetadata\nsecurityConfig:\n  jwtToken: ${T}',
        'source:\n  url: "x${1BAD}y"\n'
      )
    );
    expect(ids(ds)).toEqual(['env-var-name']);
    expect(pos(ds[0])).toEqual([2, 8, 2, 19]);
    expect(ds[0].fix).toBe('Use `${_1BAD}` (and set _1BAD).');
  });
});

describe('YAML 1.1, as the metadata CLI reads it', () => {
  it('reads `no` as a boolean, like PyYAML', () => {
    const [d] = lint(fixture('rules/verify-ssl.fail.yaml').replace('verifySSL: false', 'verifySSL: no'));
    expect(d.ruleId).toBe('verify-ssl');
    expect(d.message).toContain('the boolean false');
    expect(d.fix).toBe('Use `no-ssl`.');
  });

  it('follows `<<` merge keys and aliases', () => {
    const text =
      'x-om: &om\n  hostPort: http://h:8585/api\n  authProvider: openmetadata\n  securityConfig:\n    jwtToken: ${T}\n' +
      'source: {}\nworkflowConfig:\n  openMetadataServerConfig:\n    <<: *om\n    storeServiceConnection: false\n';
    expect(lint(text)).toEqual([]);
    const aliased =
      'x-om: &om\n  hostPort: http://h:8585/api\nsource: {}\nworkflowConfig:\n  openMetadataServerConfig: *om\n';
    expect(lint(aliased)).toEqual([]);
  });
});

describe('isIngestionConfig', () => {
  it.each([
    ['valid-1.7.yaml', true],
    ['valid-1.2.yaml', true],
    ['not-ingestion.yaml', false],
    ['rules/source-missing.fail.yaml', true]
  ])('%s → %s', (name, expected) => {
    expect(isIngestionConfig(fixture(name))).toBe(expected);
  });

  it.each([
    ['"workflowConfig": {}\n', true],
    ['{"source": {}, "workflowConfig": {"openMetadataServerConfig": {}}}\n', true],
    ['source:\n  workflowConfig: {}\n', false],
    ['# workflowConfig: later\nname: x\n', false]
  ])('%j → %s', (text, expected) => {
    expect(isIngestionConfig(text)).toBe(expected);
  });
});

describe('did you mean', () => {
  it('finds plausible typos only', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(didYouMean('hostport', ['hostPort', 'authProvider'])).toBe('hostPort');
    expect(didYouMean('host_port', ['hostPort'])).toBe('hostPort');
    expect(didYouMean('logLevel', ['loggerLevel', 'config'])).toBe('loggerLevel');
    expect(didYouMean('clientSecret', ['clientId', 'secretKey', 'domain'])).toBeUndefined();
    expect(didYouMean('banana', ['hostPort'])).toBeUndefined();
  });
});

describe('real-world shapes found in a corpus of upstream ingestion files', () => {
  it('application and `metadata lineage` files need no source', () => {
    expect(lint(fixture('shapes/application.yaml'))).toEqual([]);
    expect(lint(fixture('shapes/lineage-cli.yaml'))).toEqual([]);
    // Without what marks those shapes, a file without source is still a warning.
    const plain = fixture('shapes/lineage-cli.yaml').replace('filePath: sql/daily_rollup.sql\n', '');
    expect(ids(lint(plain))).toEqual(['source-missing']);
    expect(pos(lint(plain)[0])).toEqual([2, 1, 2, 12]);
  });

  it('another SSO provider’s block on ≥ 1.3 is one security-config-shape error, not the auth0 rule', () => {
    const text = fixture('shapes/okta-sso.yaml');
    expect(lint(text, V12)).toEqual([]);
    const ds = lint(text, V17);
    expect(ds.map(d => [d.ruleId, d.severity, ...pos(d)])).toEqual([
      ['auth-provider', 'warning', 14, 19, 14, 23],
      ['security-config-shape', 'error', 15, 5, 15, 19]
    ]);
    expect(ds[1].message).toContain('OktaSSOClientConfig');
    expect(ds[1].message).not.toContain('Auth0');
    expect(ds[1].fix).toContain('`authProvider: openmetadata`');
    // The auth0 block itself is still reported by auth0-removed-in-1.3, also under another key order.
    const auth0 = text
      .replace('authProvider: okta', 'authProvider: auth0')
      .replace(
        /securityConfig:\n[\s\S]*$/,
        'securityConfig:\n      domain: acme.eu.auth0.com\n      clientId: abc\n      secretKey: ${S}\n'
      );
    expect(ids(lint(auth0, V17))).toEqual(['auth0-removed-in-1.3']);
  });

  it('a byte-order mark does not shift the columns of line 1', () => {
    const text = '\uFEFF' + fixture('rules/source-missing.fail.yaml').replace(/^# .*\n/, '');
    const ds = lint(text);
    expect(ids(ds)).toEqual(['source-missing']);
    expect(pos(ds[0])).toEqual([1, 1, 1, 15]);
    expect(isIngestionConfig(text)).toBe(true);
  });

  it('a block scalar ends at its last character, not on the next line', () => {
    const ds = lint(fixture('shapes/block-scalar-secret.yaml'));
    expect(ids(ds)).toEqual(['literal-secret']);
    expect(pos(ds[0])).toEqual([15, 17, 17, 22]);
    // CRLF line endings give the same positions.
    const crlf = lint(fixture('shapes/block-scalar-secret.yaml').replace(/\n/g, '\r\n'));
    expect(crlf.map(pos)).toEqual([[15, 17, 17, 22]]);
  });

  it('an indented top-level mapping is an ingestion file; a nested workflowConfig is not', () => {
    expect(isIngestionConfig(fixture('shapes/indented-root.yaml'))).toBe(true);
    expect(lint(fixture('shapes/indented-root.yaml'))).toEqual([]);
    expect(isIngestionConfig(fixture('shapes/nested-workflow-config.yaml'))).toBe(false);
    expect(isIngestionConfig('  ingestion:\n    workflowConfig: {}\n')).toBe(false);
    expect(isIngestionConfig('--- {"workflowConfig": {}}\n')).toBe(true);
  });

  it('a misspelt required key is reported once, by unknown-key with its suggestion', () => {
    const text = fixture('valid-1.7.yaml');
    const host = lint(text.replace('hostPort: https://', 'hostport: https://'));
    expect(host.map(d => [d.ruleId, ...pos(d)])).toEqual([['unknown-key', 21, 5, 21, 13]]);
    expect(host[0].fix).toBe('Rename `hostport` to `hostPort`.');
    const server = lint(text.replace('openMetadataServerConfig:', 'openMetadataServerconfig:'));
    expect(server.map(d => [d.ruleId, ...pos(d)])).toEqual([['unknown-key', 20, 3, 20, 27]]);
    expect(server[0].message).toContain('Did you mean `openMetadataServerConfig`?');
  });
});
