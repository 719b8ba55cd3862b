/**
 * The validate corpus of deployment files (`__tests__/fixtures/validate/deployment/`), run through validateFile —
 * the function `mode: validate` calls for every file it finds: each file kind recognised by content, a correct file
 * of each kind with no diagnostic, the broken ones (the guide's own snippets among them) with their exact rule ids
 * and lines, and files that are not OpenMetadata's ignored.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseOmVersion } from '../../../src/openmetadata/versions.js';
import { SERVER_RULE_LIST } from '../../../src/openmetadata/server-config/index.js';
import {
  type CandidateFile,
  validateFile,
  type ValidateFileOptions
} from '../../../src/openmetadata/validate-file.js';

const CORPUS = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/validate/deployment');
const VERSION = parseOmVersion('1.7')!;
const NO_TENANT: ValidateFileOptions = { version: VERSION };
const TENANT: ValidateFileOptions = {
  version: VERSION,
  auth0Domain: 'acme.eu.auth0.com',
  openmetadataUrl: 'https://openmetadata.example.com'
};
/** The literal secrets of the corpus: never in a message or a fix. */
const SECRETS = ['Xq7-DeploymentFixtureSecret-9vK2mP4tR8wL1zB6', 'IgnoredAppSecret'];

const candidate = (file: string, explicit = false): CandidateFile => ({
  path: file,
  text: readFileSync(path.join(CORPUS, file), 'utf8'),
  explicit
});

type Expected = ReadonlyArray<readonly [ruleId: string, line: number]>;

/** Fixture → its format and its diagnostics (rule id, line) without the tenant inputs. */
const CORPUS_TABLE: ReadonlyArray<readonly [file: string, format: string, expected: Expected]> = [
  ['env/correct.env', 'env', []],
  ['env/correct-public.env', 'env', []],
  // The guide's `KEY: value` and `KEY= value` lines.
  [
    'env/guide-public.env',
    'env',
    [
      ['env-syntax', 7],
      ['env-syntax', 12]
    ]
  ],
  [
    'env/guide-confidential.env',
    'env',
    [
      ['env-syntax', 10],
      ['discovery-uri-http', 15],
      ['env-syntax', 16],
      ['env-syntax', 17]
    ]
  ],
  ['env/public-with-secret.env', 'env', [['public-client-secret', 8]]],
  ['env/confidential-without-secret.env', 'env', [['confidential-incomplete', 7]]],
  ['env/literal-secret.env', 'env', [['literal-secret', 10]]],
  ['env/admin-principal.env', 'env', [['admin-principal', 2]]],
  ['env/callback-mismatch.env', 'env', [['callback-url', 12]]],
  [
    'env/authority-and-keys.env',
    'env',
    [
      ['public-key-urls', 3],
      ['public-key-urls', 3],
      ['auth0-authority', 4],
      ['callback-url', 6]
    ]
  ],
  ['compose-map/docker-compose.yml', 'compose', []],
  [
    'compose-map/public-with-secret.yml',
    'compose',
    [
      ['public-client-secret', 11],
      ['literal-secret', 11]
    ]
  ],
  ['compose-map/callback-mismatch.yml', 'compose', [['callback-url', 15]]],
  ['compose-list/docker-compose.yml', 'compose', []],
  ['compose-list/confidential-without-secret.yml', 'compose', [['confidential-incomplete', 10]]],
  ['compose-list/admin-principal.yml', 'compose', [['admin-principal', 5]]],
  ['compose-list/http-discovery.yml', 'compose', [['discovery-uri-http', 14]]],
  ['openmetadata-yaml/openmetadata.yaml', 'openmetadata-yaml', []],
  ['openmetadata-yaml/upstream-defaults.yaml', 'openmetadata-yaml', []],
  ['openmetadata-yaml/http-discovery.yaml', 'openmetadata-yaml', [['discovery-uri-http', 14]]],
  [
    'openmetadata-yaml/literal-secret.yaml',
    'openmetadata-yaml',
    [
      ['admin-principal', 2],
      ['literal-secret', 16]
    ]
  ],
  ['openmetadata-yaml/public-with-secret.yaml', 'openmetadata-yaml', [['public-client-secret', 11]]],
  ['openmetadata-yaml/syntax-error.yaml', 'openmetadata-yaml', [['yaml-syntax', 4]]],
  ['helm-values/values.yaml', 'helm-values', []],
  // The guide's Kubernetes example: `admin` and no `oidcConfiguration.enabled`.
  [
    'helm-values/guide-confidential.yaml',
    'helm-values',
    [
      ['admin-principal', 8],
      ['confidential-incomplete', 11]
    ]
  ],
  ['helm-values/confidential-without-enabled.yaml', 'helm-values', [['confidential-incomplete', 13]]],
  ['helm-values/literal-secret.yaml', 'helm-values', [['literal-secret', 18]]]
];

/** What differs with `auth0-domain` and `openmetadata-url` given: the guide's localhost callback. */
const WITH_TENANT: Record<string, Expected> = {
  'helm-values/guide-confidential.yaml': [
    ['admin-principal', 8],
    ['confidential-incomplete', 11],
    ['callback-url', 18]
  ]
};

const SEVERITY = new Map([
  ...SERVER_RULE_LIST.map(r => [r.id, r.severity] as const),
  ['yaml-syntax', 'error']
]);
const ruleLines = (file: CandidateFile, options: ValidateFileOptions) =>
  validateFile(file, options)?.diagnostics.map(d => [d.ruleId, d.line] as const);

describe('validate: the deployment corpus', () => {
  it.each(CORPUS_TABLE)('%s is a %s file with exactly its diagnostics', (file, format, expected) => {
    const result = validateFile(candidate(file), NO_TENANT);
    expect(result).toMatchObject({ file, kind: 'deployment', format });
    expect(result!.diagnostics.map(d => [d.ruleId, d.line])).toEqual(expected);
  });

  it.each(CORPUS_TABLE)('%s with the tenant inputs', (file, _format, expected) => {
    expect(ruleLines(candidate(file), TENANT)).toEqual(WITH_TENANT[file] ?? expected);
  });

  it('every diagnostic has a position, its rule severity, a message and a fix, and no secret', () => {
    for (const [file] of CORPUS_TABLE) {
      for (const d of validateFile(candidate(file), TENANT)!.diagnostics) {
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.severity).toBe(SEVERITY.get(d.ruleId));
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.fix?.length).toBeGreaterThan(10);
        for (const secret of SECRETS) expect(`${d.message} ${d.fix}`).not.toContain(secret);
      }
    }
  });

  it('gives the severities the guide implies: a public client with a secret fails, `admin` warns', () => {
    const severities = (file: string) =>
      validateFile(candidate(file), NO_TENANT)!.diagnostics.map(d => [d.ruleId, d.severity]);
    expect(severities('env/public-with-secret.env')).toEqual([['public-client-secret', 'error']]);
    expect(severities('env/admin-principal.env')).toEqual([['admin-principal', 'warning']]);
    expect(severities('env/guide-public.env')).toEqual([
      ['env-syntax', 'warning'],
      ['env-syntax', 'warning']
    ]);
  });

  it('points env-file diagnostics at the key (syntax) or at the value', () => {
    const at = (file: string) =>
      validateFile(candidate(file), NO_TENANT)!.diagnostics.map(d => [
        d.ruleId,
        d.line,
        d.column,
        d.endColumn
      ]);
    // `AUTHENTICATION_PROVIDER: auth0` (the whole assignment); `OIDC_DISCOVERY_URI=http://…` (the value).
    expect(at('env/guide-public.env')[0]).toEqual(['env-syntax', 7, 1, 31]);
    expect(at('env/guide-confidential.env')[1]).toEqual(['discovery-uri-http', 15, 20, 77]);
    expect(at('env/literal-secret.env')).toEqual([['literal-secret', 10, 20, 64]]);
  });

  it('names the fix from what the file says when no tenant input is given', () => {
    const d = validateFile(candidate('env/authority-and-keys.env'), NO_TENANT)!.diagnostics;
    expect(d.map(x => x.fix)).toEqual([
      'Add `https://acme.eu.auth0.com/.well-known/jwks.json`.',
      'Add `https://openmetadata.example.com/api/v1/system/config/jwks`.',
      'Set `AUTHENTICATION_AUTHORITY` to `https://acme.eu.auth0.com`.',
      'Set it to `https://openmetadata.example.com/callback`.'
    ]);
  });
});

describe('validate: files that are not OpenMetadata deployment files', () => {
  it.each(['ignored/app.env', 'ignored/values.yaml', 'ignored/docker-compose.yml'])(
    '%s is ignored when a glob matched it',
    file => {
      expect(validateFile(candidate(file), TENANT)).toBeUndefined();
    }
  );

  it("an app's env file named explicitly is still ignored; a YAML file named explicitly is an ingestion file", () => {
    expect(validateFile(candidate('ignored/app.env', true), TENANT)).toBeUndefined();
    const yaml = validateFile(candidate('ignored/values.yaml', true), TENANT);
    expect(yaml?.kind).toBe('ingestion');
    expect(yaml?.diagnostics.map(d => d.ruleId)).toContain('required-key');
  });

  it('a binary file is never a deployment file, whatever its content looks like', () => {
    const text = 'AUTHENTICATION_PROVIDER=auth0\n\0\x01\x02';
    expect(validateFile({ path: 'blob.env', text, explicit: false }, TENANT)).toBeUndefined();
  });

  it('an env file with a byte-order mark or CRLF line ends is recognised, columns counted without the mark', () => {
    const text = '\uFEFFAUTHENTICATION_PROVIDER: auth0\r\nAUTHENTICATION_CLIENT_TYPE=public\r\n';
    const result = validateFile({ path: 'deploy/.env', text, explicit: false }, NO_TENANT);
    expect(result?.format).toBe('env');
    expect(result?.diagnostics.find(d => d.ruleId === 'env-syntax')).toMatchObject({ line: 1, column: 1 });
  });

  it('compose list items in quotes are recognised', () => {
    const text =
      'services:\n  om:\n    environment:\n      - "AUTHENTICATION_PROVIDER=auth0"\n      - "AUTHORIZER_ADMIN_PRINCIPALS=[admin]"\n';
    const result = validateFile({ path: 'compose.yml', text, explicit: false }, NO_TENANT);
    expect(result?.format).toBe('compose');
    expect(result?.diagnostics.map(d => [d.ruleId, d.line])).toContainEqual(['admin-principal', 5]);
  });

  it('an ingestion workflow stays an ingestion file', () => {
    const text = 'source:\n  type: mysql\nworkflowConfig:\n  openMetadataServerConfig:\n    hostPort: x\n';
    expect(validateFile({ path: 'w.yaml', text, explicit: false }, TENANT)?.kind).toBe('ingestion');
  });
});
