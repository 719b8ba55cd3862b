/**
 * Duplicate keys found in one pass, the workspace as the boundary of validate-paths (issue 11, items 1–2), and the
 * bounds of the linter on hostile YAML: `<<` merges, nesting depth, the length of what a message quotes, URLs with
 * credentials.
 */
import { versionCheckUrl } from '../../../src/openmetadata/server-check.js';
import { modulusFingerprint } from '../../../src/openmetadata/server-auth-rules.js';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { findConfigFilesByPattern } from '../../../src/openmetadata/files.js';
import {
  type Diagnostic,
  lintWorkflowText,
  MAX_NESTING_DEPTH,
  parseForLint,
  PARSE_OPTIONS
} from '../../../src/openmetadata/lint.js';
import { MAX_QUOTED, MERGE_LIMITS, quoted, urlForMessage } from '../../../src/openmetadata/model.js';
import { parseOmVersion } from '../../../src/openmetadata/versions.js';

const V17 = parseOmVersion('1.7')!;
const lint = (text: string) => lintWorkflowText(text, { version: V17 });
const summary = (ds: Diagnostic[]) => ds.map(d => [d.ruleId, d.severity, d.line]);

const SERVER = `  openMetadataServerConfig:
    hostPort: http://localhost:8585/api
    authProvider: openmetadata
    securityConfig:
      jwtToken: \${OPENMETADATA_JWT_TOKEN}
`;
const WORKFLOW = `source: {type: mysql}\nsink: {type: metadata-rest}\nworkflowConfig:\n${SERVER}`;

/** Anchors a1..a(levels-1), each merging the one before k times; workflowConfig merges the last k times. */
function mergeFanout(k: number, levels = 8): string {
  const lines = ['source: {type: mysql}', 'sink: {type: metadata-rest}', 'a0: &a0 {x: 1}'];
  for (let l = 1; l < levels; l++)
    lines.push(
      `a${l}: &a${l} {<<: [${Array(k)
        .fill(`*a${l - 1}`)
        .join(', ')}]}`
    );
  lines.push(
    'workflowConfig:',
    `  <<: [${Array(k)
      .fill(`*a${levels - 1}`)
      .join(', ')}]`
  );
  return lines.join('\n') + '\n' + SERVER;
}

/** `workflowConfig` merging the same anchor n times. */
function mergeWide(n: number): string {
  return `source: {type: mysql}\nsink: {type: metadata-rest}\nbase: &a {x: 1}\nworkflowConfig:\n  <<: [${Array(n).fill('*a').join(',')}]\n${SERVER}`;
}

describe('parseForLint', () => {
  it.each([
    ['block mapping', 'a: 1\nb: 2\na: 3\n'],
    ['flow mapping', '{a: 1, b: 2, a: 3}\n'],
    ['nested mapping', 'x:\n  y: 1\n  z: 2\n  y: 3\n'],
    ['same value, other spelling', "a: 1\n'a': 2\n"],
    ['numbers', '1: a\n2: b\n1: c\n']
  ])('reports the same DUPLICATE_KEY errors as the library does (%s)', (_, text) => {
    const library = parseDocument(text, PARSE_OPTIONS).errors.map(e => [e.code, e.pos[0]]);
    const ours = parseForLint(text, new LineCounter()).errors.map(e => [e.code, e.pos[0]]);
    expect(ours).toEqual(library);
    expect(ours).toHaveLength(1);
  });

  it('lets keys of different mappings and different types be', () => {
    expect(parseForLint('a: {b: 1}\nc: {b: 2}\n1: x\n"1": y\n', new LineCounter()).errors).toEqual([]);
  });
});

describe('findConfigFilesByPattern and the workspace boundary', () => {
  const outside = mkdtempSync(path.join(os.tmpdir(), 'om-outside-'));
  writeFileSync(path.join(outside, 'secret.yaml'), 'workflowConfig: {}\n');
  const ws = mkdtempSync(path.join(os.tmpdir(), 'om-ws-'));
  mkdirSync(path.join(ws, 'in'));
  writeFileSync(path.join(ws, 'in', 'a.yaml'), 'workflowConfig: {}\n');
  symlinkSync(path.join(ws, 'in', 'a.yaml'), path.join(ws, 'in', 'inside-link.yaml'));
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(ws, 'in', 'out-link.yaml'));
  symlinkSync(outside, path.join(ws, 'out-dir'));

  it('keeps files and links inside, lists what leads out as given, and reads none of it', async () => {
    const absolute = path.join(outside, 'secret.yaml');
    const r = await findConfigFilesByPattern(ws, [
      '**/*.yaml',
      'out-dir/*.yaml',
      'out-dir',
      absolute,
      '../x/../' + path.basename(outside)
    ]);
    expect(r.files.map(f => f.path)).toEqual(['in/a.yaml', 'in/inside-link.yaml']);
    expect(r.outside).toEqual(
      [absolute, 'in/out-link.yaml', 'out-dir', '../x/../' + path.basename(outside)].sort()
    );
  });
});

describe('`<<` merges on hostile input', () => {
  it('resolves a fan-out of merges (8 levels, 8 each: 8^8 paths) once per anchor, without hitting a limit', () => {
    // Before: every path was walked again (minutes); each anchor is now resolved once.
    const ds = lint(mergeFanout(8));
    expect(summary(ds)).toEqual([['unknown-key', 'error', 3]]);
    expect(ds[0].message).toContain('Unknown key `x` in `workflowConfig`');
  });

  it('finds keys merged through several anchors, own keys first, as before', () => {
    const text = [
      'source: {type: mysql}',
      'sink: {type: metadata-rest}',
      'host: &host {hostPort: http://localhost:8585/api, authProvider: basic}',
      'auth: &auth {<<: *host, authProvider: openmetadata}',
      'workflowConfig:',
      '  openMetadataServerConfig:',
      '    <<: [*auth, *host, *auth]',
      '    securityConfig:',
      '      jwtToken: ${T}',
      ''
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('reports a merge list over the limit as merge-limit (10,000 and 100,000 aliases of one anchor)', () => {
    // Before: each alias was resolved by walking the whole document (37 s for 10,000), and nothing was reported.
    for (const n of [10_000, 100_000]) {
      const ds = lint(mergeWide(n));
      expect(summary(ds)).toEqual([
        ['unknown-key', 'error', 3],
        ['merge-limit', 'warning', 5]
      ]);
      expect(ds[1].message).toBe(
        'Too many `<<` merges to lint: resolving them takes more than 10,000 steps (limit 10,000 merged mappings ' +
          'and keys in all); keys they would bring in beyond that were not checked.'
      );
      expect(ds[1]).toMatchObject({ column: 3, endColumn: 5 });
    }
    expect(MERGE_LIMITS.entries).toBe(10_000);
  });

  it('reports merges of merges deeper than the depth limit, and still lints what it read', () => {
    const lines = ['source: {type: mysql}', 'sink: {type: metadata-rest}', 'a0: &a0 {x: 1}'];
    for (let l = 1; l <= MERGE_LIMITS.depth + 1; l++) lines.push(`a${l}: &a${l} {<<: *a${l - 1}, k${l}: 1}`);
    lines.push('workflowConfig:', `  <<: *a${MERGE_LIMITS.depth + 1}`);
    const ds = lint(lines.join('\n') + '\n' + SERVER);
    expect(ds.filter(d => d.ruleId === 'merge-limit').map(d => [d.severity, d.message])).toEqual([
      [
        'warning',
        'Too many `<<` merges to lint: merges of merges nest more than 8 levels deep (limit 8); keys they would ' +
          'bring in beyond that were not checked.'
      ]
    ]);
    expect(ds.filter(d => d.ruleId === 'unknown-key').length).toBeGreaterThanOrEqual(MERGE_LIMITS.depth);
  });

  it('a self-referencing merge neither loops nor reports', () => {
    expect(lint(`x: &x {<<: *x}\n${WORKFLOW}`)).toEqual([]);
  });
});

describe('nesting depth', () => {
  const deepBlock = (levels: number) => {
    const l = ['workflowConfig:'];
    for (let i = 1; i < levels; i++) l.push(`${' '.repeat(i)}k${i}:`);
    l.push(`${' '.repeat(levels)}v`);
    return l.join('\n') + '\n';
  };

  it('reports a file too deep for the parser (1,400 levels) as nesting-too-deep, not as a syntax error', () => {
    // Before: "YAML syntax error: Maximum call stack size exceeded." (yaml-syntax, error).
    const ds = lint(deepBlock(1400));
    expect(ds.map(d => [d.ruleId, d.severity, d.message])).toEqual([
      [
        'nesting-too-deep',
        'warning',
        `Too deeply nested to lint: mappings and lists nest more than ${MAX_NESTING_DEPTH} levels deep here ` +
          `(limit ${MAX_NESTING_DEPTH}); the file was not checked.`
      ]
    ]);
  });

  it('reports any file nested deeper than MAX_NESTING_DEPTH the same way, at the first node too deep', () => {
    const ds = lint(
      `workflowConfig: ${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}\n`
    );
    expect(ds.map(d => [d.ruleId, d.line, d.column])).toEqual([
      ['nesting-too-deep', 1, 16 + MAX_NESTING_DEPTH]
    ]);
    expect(summary(lint(deepBlock(MAX_NESTING_DEPTH - 1)))).not.toContainEqual(
      expect.arrayContaining(['nesting-too-deep'])
    );
  });
});

describe('what a message quotes from the file', () => {
  it('quoted() keeps short text and cuts long text to MAX_QUOTED characters with an ellipsis', () => {
    expect(quoted('abc')).toBe('abc');
    const long = quoted('x'.repeat(1_000_000));
    expect(long).toHaveLength(MAX_QUOTED);
    expect(long.endsWith('…')).toBe(true);
    // Never half a surrogate pair.
    expect(quoted('x'.repeat(MAX_QUOTED - 2) + '😀'.repeat(10))).toBe('x'.repeat(MAX_QUOTED - 2) + '…');
  });

  it('urlForMessage() masks user-info, query values and fragments, and clips', () => {
    expect(urlForMessage('https://admin:S3CR3T@acme.eu.auth0.com')).toBe('https://***@acme.eu.auth0.com');
    expect(urlForMessage('https://om.example/callback?token=S3CR3T&x=1#at=S3CR3T')).toBe(
      'https://om.example/callback?token=***&x=***#***'
    );
    expect(urlForMessage('u:S3CR3T@acme.auth0.com/x?S3CR3T')).toBe('***@acme.auth0.com/x?***');
    expect(urlForMessage('https://acme.eu.auth0.com/.well-known/jwks.json')).toBe(
      'https://acme.eu.auth0.com/.well-known/jwks.json'
    );
    expect(urlForMessage(`https://${'a'.repeat(1_000_000)}`)).toHaveLength(MAX_QUOTED);
  });

  it('caps a 1 MB authProvider and a 100 KB unknown key in messages and fixes', () => {
    // Before: the whole value was quoted (1 MB per diagnostic; 48 such files gave 48 MB of log).
    const provider = lint(
      WORKFLOW.replace('authProvider: openmetadata', `authProvider: ${'a'.repeat(1_000_000)}`)
    );
    expect(summary(provider)).toEqual([['auth-provider', 'error', 6]]);
    expect(provider[0].message).toContain(`\`${'a'.repeat(MAX_QUOTED - 1)}…\` is not.`);
    const key = 'k'.repeat(100_000);
    const unknown = lint(WORKFLOW.replace('    hostPort:', `    ? ${key}\n    : 1\n    hostPort:`));
    expect(summary(unknown)).toEqual([['unknown-key', 'error', 5]]);
    expect(unknown[0].message).toContain(`Unknown key \`${'k'.repeat(MAX_QUOTED - 1)}…\``);
    for (const d of [...provider, ...unknown])
      expect(d.message.length + (d.fix ?? '').length).toBeLessThan(1200);
  });

  it('host-port on `localhost` and 100,000 slashes: linear, and the fix does not quote the value', () => {
    // Before: `value.replace(/\/+$/, '')` backtracked from each slash (32 s).
    const ds = lint(WORKFLOW.replace('http://localhost:8585/api', `"localhost${'/'.repeat(100_000)}x"`));
    expect(ds.map(d => [d.ruleId, d.fix])).toEqual([
      ['host-port', 'Use a URL like http://localhost:8585/api.']
    ]);
    const slashes = lint(WORKFLOW.replace('http://localhost:8585/api', `"localhost:8585${'/'.repeat(5)}"`));
    expect(slashes.map(d => d.fix)).toEqual(['Use `hostPort: http://localhost:8585/api` (or https://).']);
    const path = lint(WORKFLOW.replace('http://localhost:8585/api', 'http://localhost:8585/x///'));
    expect(path.map(d => d.fix)).toEqual(['Use `hostPort: http://localhost:8585/x/api`.']);
  });
});

describe('trailing characters trimmed in linear time where a server or an input may send a long run', () => {
  it('reads a host-port, a URL of a server answer and a JWK modulus with 200,000 trailing characters', () => {
    const run = '/'.repeat(200_000);
    expect(versionCheckUrl(`http://om.example/api${run}`)).toBe('http://om.example/api/v1/system/version');
    // Not trailing: the run is followed by another character (what made a `/\/+$/` pattern quadratic).
    expect(versionCheckUrl(`http://om.example/api${run}x`)).toMatch(/^http:\/\/om\.example\/api\/+x\/v1/);
    expect(modulusFingerprint(`${'A'.repeat(8)}${'='.repeat(200_000)}`)).toBe(
      modulusFingerprint('A'.repeat(8))
    );
  });
});
