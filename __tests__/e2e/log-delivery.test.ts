/**
 * Every line reaches the log: the runner reads the step's stdout through a pipe, and a reader slower than
 * the action must still get every line, the closing `::error` included (issue 11, item 10).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runAction } from '../../test-support/run-action.js';

/** An ingestion file with several problems (each one an `::error` annotation). */
const broken = (i: number) =>
  [
    'source:',
    '  type: mysql',
    `  serviceName: service_${i}`,
    'workflowConfig:',
    '  loggerLevel: WARNING',
    '  openMetadataServerConfig:',
    '    hostPort: http://localhost:8585',
    '    authProvider: auth0',
    '    securityConfig:',
    '      clientId: abc',
    '      secretKey: ${AUTH0_CLIENT_SECRET}',
    '      domain: https://acme.auth0.com/',
    '      extra: 1',
    ''
  ].join('\n');

// Annotations are capped per run (200), but every glob of validate-paths gets its own log line: the most
// globs an input may hold (1,000), each naming the broken files, give the volume. Distinct globs over a few
// files keep the run fast; each ~110 characters, since the runner hands inputs over as environment
// variables of at most 128 KiB each.
const GLOBS = 1000;
const PAD = 'x'.repeat(90);
let ws: string;
beforeAll(() => {
  ws = mkdtempSync(path.join(os.tmpdir(), 'om-log-delivery-'));
  mkdirSync(path.join(ws, 'd'));
  for (let i = 0; i < 3; i++) writeFileSync(path.join(ws, 'd', `w${i}.yaml`), broken(i));
});

const globs = Array.from({ length: GLOBS }, (_, i) => `d/{w*,n${i}-${PAD}}.yaml`);
const inputs = { mode: 'validate', 'validate-paths': globs.join('\n'), 'openmetadata-version': '1.7' };

describe('log delivery', () => {
  it('delivers every line, the closing ::error included, to a reader slower than the action', async () => {
    // What the action writes, read from a file (synchronous writes: nothing can be lost there).
    const reference = await runAction({ inputs, workspace: ws, stdout: 'file' });
    expect(reference.code).toBe(1);
    const expected = reference.stdout.split('\n');
    // Enough to fill the pipe twice over (64 KiB on Linux), or the test proves nothing.
    expect(reference.stdout.length).toBeGreaterThan(128 * 1024);
    expect(expected.length).toBeGreaterThan(GLOBS);
    const closing = expected.filter(l => l.startsWith('::error::')).pop();
    expect(closing).toMatch(/check.* failed/);

    const slow = await runAction({ inputs, workspace: ws, stdout: 'slow-pipe' });
    expect(slow.code).toBe(1);
    const received = slow.stdout.split('\n');
    expect(received.length).toBe(expected.length);
    expect(received).toEqual(expected);
    expect(received.filter(l => l.startsWith('::error::')).pop()).toBe(closing);
  });
});
