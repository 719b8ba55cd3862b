/**
 * Deployment files from a pull request are hostile input: long runs that made regular expressions backtrack, values
 * of a megabyte, credentials inside URLs, nesting too deep for the parser. Timing is left to the end-to-end test
 * (__tests__/e2e/validate-hostile.test.ts) and the bench scripts; these check what is reported.
 */
import { MAX_QUOTED } from '../../../src/openmetadata/model.js';
import { parseEnvFile } from '../../../src/openmetadata/server-config/env-file.js';
import { detectServerConfigKind, lintServerSettings } from '../../../src/openmetadata/server-config/index.js';
import { validateFile } from '../../../src/openmetadata/validate-file.js';
import { parseOmVersion } from '../../../src/openmetadata/versions.js';

const S = 'S3CR3Tvalue9x';
const V17 = parseOmVersion('1.7')!;
const all = (ds: { message: string; fix?: string }[]) =>
  ds.map(d => `${d.message} ${d.fix ?? ''}`).join('\n');

describe('recognising deployment files on long runs of blanks and dashes', () => {
  it.each([
    ['1 MiB of blanks', `${' '.repeat(1_040_000)}x\n`],
    ['200,000 dashes', `${'-'.repeat(200_000)}\n`],
    ['blanks before a key without `=`', `${' '.repeat(100_000)}AUTHENTICATION_${'A'.repeat(100_000)}\n`]
  ])('%s is no deployment file', (_, text) => {
    expect(detectServerConfigKind(text)).toBeUndefined();
  });

  it.each([
    ['a compose list item', 'services:\n  om:\n    environment:\n      - AUTHENTICATION_PROVIDER=auth0\n'],
    ['a quoted list item', 'services:\n  om:\n    environment:\n      - "OIDC_CLIENT_ID=abc"\n'],
    ['a map key', 'services:\n  om:\n    environment:\n      AUTHORIZER_ADMIN_PRINCIPALS: "[a]"\n'],
    ['a flow list item', 'services:\n  om:\n    environment: [ AUTHENTICATION_PROVIDER=auth0 ]\n']
  ])('still finds the settings in %s', (_, text) => {
    expect(detectServerConfigKind(text)).toBe('compose');
  });
});

describe('env values with long inner runs of blanks', () => {
  it('keeps inner blanks, drops trailing ones and an inline comment', () => {
    const inner = ' '.repeat(100_000);
    const [a, b] = parseEnvFile(`A=auth0${inner}x\nB=v \t  # note\n`).lines;
    expect(a).toMatchObject({ type: 'assignment', value: `auth0${inner}x`, trailing: '' });
    expect(b).toMatchObject({ type: 'assignment', value: 'v', trailing: ' \t  # note' });
  });

  it('reports the unquoted blank of AUTHENTICATION_PROVIDER=auth0<100,000 blanks>x', () => {
    const ds = lintServerSettings(`AUTHENTICATION_PROVIDER=auth0${' '.repeat(100_000)}x\n`, 'env');
    expect(ds.filter(d => d.ruleId === 'env-syntax').map(d => d.line)).toEqual([1]);
  });
});

describe('what deployment messages quote', () => {
  it('masks credentials in URLs: user-info and query values, also in URLs derived from them', () => {
    const text = [
      'AUTHENTICATION_PROVIDER=auth0',
      'AUTHENTICATION_CLIENT_TYPE=confidential',
      'OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET}',
      `AUTHENTICATION_AUTHORITY=https://admin:${S}-h@acme.eu.auth0.com`,
      `AUTHENTICATION_CALLBACK_URL=https://u:${S}-i@om.example/cb`,
      `OIDC_DISCOVERY_URI=http://u:${S}-j@acme.eu.auth0.com/.well-known/openid-configuration`,
      `AUTHENTICATION_PUBLIC_KEYS=[https://u:${S}-k@acme.eu.auth0.com/.well-known/jwks.json]`,
      `OIDC_CALLBACK=https://om.example/callback?token=${S}-l`,
      `OIDC_CLIENT_ID=abc`,
      ''
    ].join('\n');
    const ds = lintServerSettings(text, 'env');
    // Before: the authority, the callbacks and the JWKS and discovery URLs derived from the authority quoted them.
    expect(all(ds)).not.toContain(S);
    const by = (id: string) => ds.filter(d => d.ruleId === id);
    expect(by('auth0-authority').map(d => [d.message, d.fix])).toEqual([
      [
        'The authority is `https://***@acme.eu.auth0.com`; with provider auth0 it must be ' +
          '`https://acme.eu.auth0.com` (the login page talks to the tenant there).',
        'Set `AUTHENTICATION_AUTHORITY` to `https://acme.eu.auth0.com`.'
      ]
    ]);
    expect(by('discovery-uri-http').map(d => d.fix)).toEqual([
      'Use `https://acme.eu.auth0.com/.well-known/openid-configuration`.'
    ]);
    expect(by('public-key-urls').map(d => d.fix)).toEqual([
      'Add `https://acme.eu.auth0.com/.well-known/jwks.json`.',
      'Add `https://om.example/api/v1/system/config/jwks`.'
    ]);
    expect(by('callback-url').map(d => d.message)).toEqual([
      '`AUTHENTICATION_CALLBACK_URL` is `https://***@om.example/cb`, which does not end in `/callback`.',
      '`OIDC_CALLBACK` is `https://om.example/callback?token=***`, which does not end in `/callback`.'
    ]);
  });

  it('masks a compose list item authority with user-info', () => {
    const text =
      'services:\n  om:\n    environment:\n      - AUTHENTICATION_PROVIDER=auth0\n' +
      `      - AUTHENTICATION_AUTHORITY=https://x:${S}-p@acme.eu.auth0.com/\n`;
    const ds = lintServerSettings(text, 'compose');
    expect(all(ds)).not.toContain(S);
    expect(ds.find(d => d.ruleId === 'auth0-authority')?.message).toContain(
      '`https://***@acme.eu.auth0.com/`'
    );
  });

  it('caps a 100 KB key and a 1 MB authority and callback', () => {
    const long = 'a'.repeat(1_000_000);
    const text = [
      'AUTHENTICATION_PROVIDER=auth0',
      `AUTHENTICATION_${'K'.repeat(100_000)} = x`,
      `AUTHENTICATION_AUTHORITY=https://${long}/x`,
      `AUTHENTICATION_CALLBACK_URL=https://om.example/${long}`,
      ''
    ].join('\n');
    const ds = lintServerSettings(text, 'env');
    // Before: each quoted the whole key or value (megabytes of log per file).
    expect(ds.map(d => d.ruleId).sort()).toEqual([
      'auth0-authority',
      'callback-url',
      'env-syntax',
      'public-key-urls',
      'public-key-urls'
    ]);
    for (const d of ds) expect(d.message.length + (d.fix ?? '').length).toBeLessThan(4 * MAX_QUOTED + 400);
    expect(ds.find(d => d.ruleId === 'env-syntax')?.message).toContain(
      `\`AUTHENTICATION_${'K'.repeat(MAX_QUOTED - 16)}…\``
    );
  });
});

describe('deployment files nested too deeply', () => {
  it.each([
    ['openmetadata.yaml', 'authenticationConfiguration:\n  provider: auth0\n'],
    ['compose', 'services:\n  om:\n    environment:\n      - AUTHENTICATION_PROVIDER=auth0\n']
  ])('%s: nesting-too-deep, not a syntax error', (_, head) => {
    const deep = `x: ${'['.repeat(2000)}${']'.repeat(2000)}\n`;
    const r = validateFile({ path: 'deploy/f.yaml', text: head + deep, explicit: true }, { version: V17 });
    // Before: "YAML syntax error: Maximum call stack size exceeded." (a compose file that does not parse is not
    // recognised as one; named explicitly, it is linted as an ingestion file, with the same limit).
    expect(r?.diagnostics.map(d => [d.ruleId, d.severity])).toEqual([['nesting-too-deep', 'warning']]);
  });
});
