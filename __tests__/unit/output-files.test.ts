import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkOutputPath } from '../../src/input-files.js';
import { writeFileAtomic } from '../../src/write-file.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'om-output-'));
});

describe('checkOutputPath', () => {
  it('accepts a new file in a new folder below a writable one, and an existing regular file', async () => {
    expect(await checkOutputPath('config-path', path.join(dir, 'a', 'b', 'workflow.yaml'), dir)).toEqual([]);
    writeFileSync(path.join(dir, 'old.yaml'), 'x');
    expect(await checkOutputPath('config-path', path.join(dir, 'old.yaml'), dir)).toEqual([]);
  });

  it.each([
    ['a directory', () => dir, /is a directory/],
    ['a device', () => '/dev/null', /not a regular file/],
    [
      'a symbolic link',
      () => {
        writeFileSync(path.join(dir, 'target'), 'keep');
        symlinkSync(path.join(dir, 'target'), path.join(dir, 'link.yaml'));
        return path.join(dir, 'link.yaml');
      },
      /symbolic link/
    ],
    [
      'a path below a file',
      () => {
        writeFileSync(path.join(dir, 'file'), 'x');
        return path.join(dir, 'file', 'sub', 'workflow.yaml');
      },
      /is a file, so .* cannot be created/
    ]
  ])('refuses %s, naming the input and the fix', async (_what, make, message) => {
    const problems = await checkOutputPath('server-config-path', make(), dir);
    expect(problems).toHaveLength(1);
    expect(problems[0].input).toBe('server-config-path');
    expect(problems[0].message).toMatch(message);
    expect(problems[0].fix).toContain('server-config-path');
  });
});

describe('writeFileAtomic', () => {
  it('replaces an existing file, narrowing its mode for a secret, and leaves no temporary file', async () => {
    const file = path.join(dir, 'server-auth.env');
    writeFileSync(file, 'old', { mode: 0o644 });
    await writeFileAtomic(file, 'new', 0o600);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['server-auth.env']);
  });

  it('replaces a symbolic link instead of writing through it', async () => {
    const outside = path.join(dir, 'outside.txt');
    writeFileSync(outside, 'must stay');
    mkdirSync(path.join(dir, 'out'));
    const file = path.join(dir, 'out', 'workflow.yaml');
    symlinkSync(outside, file);
    await writeFileAtomic(file, 'rendered', 0o644);
    expect(readFileSync(outside, 'utf8')).toBe('must stay');
    expect(lstatSync(file).isSymbolicLink()).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('rendered');
  });
});
