/**
 * src/runner.ts speaks the runner protocol in place of @actions/core (whose entry module loads an HTTP
 * stack on every start). Each call here goes through both, in a fresh environment each, and what reaches
 * stdout and the runner's files must be the same (file-command delimiters are random in both, so entries
 * are compared after parsing).
 */
import { jest } from '@jest/globals';
import * as core from '@actions/core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as runner from '../../src/runner.js';

interface Written {
  stdout: string;
  files: Record<string, string>;
  env: string | undefined;
  exitCode: typeof process.exitCode;
}

const FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STEP_SUMMARY'] as const;
const saved = { ...process.env };
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'runner-test-'));
});
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  rmSync(dir, { recursive: true, force: true });
  jest.restoreAllMocks();
});

/** Runs `fn` with fresh runner files and a captured stdout; returns what was written. */
async function capture(label: string, fn: () => unknown): Promise<Written> {
  for (const name of FILES) {
    process.env[name] = path.join(dir, `${label}-${name}`);
    writeFileSync(process.env[name]!, '');
  }
  delete process.env.RUNNER_TEST_VAR;
  process.exitCode = undefined;
  let stdout = '';
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  const files = Object.fromEntries(FILES.map(name => [name, readFileSync(process.env[name]!, 'utf8')]));
  const written = { stdout, files, env: process.env.RUNNER_TEST_VAR, exitCode: process.exitCode };
  process.exitCode = undefined;
  return written;
}

/** `name<<delimiter\nvalue\ndelimiter\n` entries as [name, value] pairs; the delimiter must not occur in either. */
function fileCommands(text: string): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  const lines = text.split(os.EOL);
  for (let i = 0; i < lines.length - 1;) {
    const [name, delimiter] = lines[i].split('<<');
    expect(delimiter).toMatch(/^ghadelimiter_\S+$/);
    const end = lines.indexOf(delimiter, i + 1);
    expect(end).toBeGreaterThan(i);
    const value = lines.slice(i + 1, end).join(os.EOL);
    expect(value).not.toContain(delimiter);
    entries.push([name, value]);
    i = end + 1;
  }
  return entries;
}

async function expectSame(ours: () => unknown, theirs: () => unknown): Promise<Written> {
  const a = await capture('runner', ours);
  const b = await capture('core', theirs);
  expect(a.stdout).toBe(b.stdout);
  expect(a.env).toBe(b.env);
  expect(a.exitCode).toBe(b.exitCode);
  expect(fileCommands(a.files.GITHUB_OUTPUT)).toEqual(fileCommands(b.files.GITHUB_OUTPUT));
  expect(fileCommands(a.files.GITHUB_ENV)).toEqual(fileCommands(b.files.GITHUB_ENV));
  expect(a.files.GITHUB_STEP_SUMMARY).toBe(b.files.GITHUB_STEP_SUMMARY);
  return a;
}

const HOSTILE = 'line one\nline two\r\n::error::injected 100% a:b,c <b>';

describe('runner protocol, the same as @actions/core', () => {
  it('reads inputs trimmed, spaces as underscores, upper-cased; "" when unset', () => {
    process.env['INPUT_MY_INPUT'] = '  value \n';
    process.env['INPUT_AUTH0-DOMAIN'] = 'tenant.auth0.com';
    for (const name of ['my input', 'My_Input', 'auth0-domain', 'unset'])
      expect(runner.getInput(name)).toBe(core.getInput(name));
    expect(runner.getInput('my input')).toBe('value');
    expect(runner.getInput('unset')).toBe('');
  });

  it('writes outputs through GITHUB_OUTPUT, multi-line and hostile values intact', async () => {
    const written = await expectSame(
      () => {
        runner.setOutput('status', 'pass');
        runner.setOutput('report', HOSTILE);
        runner.setOutput('empty', '');
      },
      () => {
        core.setOutput('status', 'pass');
        core.setOutput('report', HOSTILE);
        core.setOutput('empty', '');
      }
    );
    expect(fileCommands(written.files.GITHUB_OUTPUT)).toEqual([
      ['status', 'pass'],
      ['report', HOSTILE],
      ['empty', '']
    ]);
    expect(written.stdout).toBe('');
  });

  it('draws another delimiter rather than write one the value contains', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'out');
    writeFileSync(process.env.GITHUB_OUTPUT, '');
    const random = jest.spyOn(Math, 'random');
    // The first two draws make the delimiter the value holds; the next draws differ.
    random.mockReturnValueOnce(0.5).mockReturnValueOnce(0.5);
    const taken = `ghadelimiter_${(0.5).toString(36).slice(2)}${(0.5).toString(36).slice(2)}`;
    const value = `before${os.EOL}${taken}${os.EOL}injected<<x`;
    runner.setOutput('report', value);
    expect(random.mock.calls.length).toBeGreaterThan(2);
    expect(fileCommands(readFileSync(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual([['report', value]]);
  });

  it('exports variables to this process and GITHUB_ENV', async () => {
    const written = await expectSame(
      () => runner.exportVariable('RUNNER_TEST_VAR', 'token-value'),
      () => core.exportVariable('RUNNER_TEST_VAR', 'token-value')
    );
    expect(written.env).toBe('token-value');
    expect(fileCommands(written.files.GITHUB_ENV)).toEqual([['RUNNER_TEST_VAR', 'token-value']]);
  });

  it('masks and annotates with the same escaped commands', async () => {
    const props = {
      title: 'Check: a, b',
      file: 'dir/a,b:c.yaml',
      startLine: 3,
      endLine: 4,
      startColumn: 5,
      endColumn: 9
    };
    const text = 'line one\nline two ::error::injected 100% a:b,c <b>';
    const written = await expectSame(
      () => {
        runner.setSecret('s3cr%t\nsecond');
        runner.debug(text);
        runner.notice(text);
        runner.warning(text, { title: 'only a title' });
        runner.error(text, props);
        runner.warning('line 0 is left out', { file: 'a.yaml', startLine: 0 });
      },
      () => {
        core.setSecret('s3cr%t\nsecond');
        core.debug(text);
        core.notice(text);
        core.warning(text, { title: 'only a title' });
        core.error(text, props);
        core.warning('line 0 is left out', { file: 'a.yaml', startLine: 0 });
      }
    );
    // One line per command: no line of a command's data starts a command of its own.
    expect(written.stdout.split(os.EOL).filter(l => l.startsWith('::'))).toHaveLength(6);
    expect(written.stdout).toContain(
      '::error title=Check%3A a%2C b,file=dir/a%2Cb%3Ac.yaml,line=3,endLine=4,col=5,endColumn=9::line one%0Aline two ::error::injected 100%25 a:b,c <b>'
    );
  });

  it('differs from @actions/core where core lets quoted text forge a command or recolour the log', async () => {
    const ours = await capture('runner', () => {
      runner.info(HOSTILE);
      runner.error('red \u001b[31malert\u001b[0m', {
        title: 'a\u001b]8;;https://evil\u0007link',
        file: 'f\u001b[2J.yaml'
      });
    });
    const theirs = await capture('core', () => core.info(HOSTILE));
    // @actions/core writes the text as it is: its second line is a command the runner would obey.
    expect(theirs.stdout.split(os.EOL)).toContain('::error::injected 100% a:b,c <b>');
    // Ours keeps the text on one line, and strips the escape sequences from annotations.
    expect(ours.stdout.split(os.EOL)[0]).toBe('line one ⏎ line two ⏎ ::error::injected 100% a:b,c <b>');
    expect(ours.stdout.split(os.EOL)[1]).toBe('::error title=alink,file=f.yaml::red alert');
    expect(ours.stdout).not.toContain('\u001b');
  });

  it('fails the step: exit code 1 and one error line', async () => {
    const written = await expectSame(
      () => runner.setFailed('2 checks failed'),
      () => core.setFailed('2 checks failed')
    );
    expect(written.exitCode).toBe(1);
    expect(written.stdout).toBe(`::error::2 checks failed${os.EOL}`);
  });

  it('appends to the job summary, and refuses a summary file the runner did not create', async () => {
    const written = await expectSame(
      () => {
        runner.appendSummary('# One');
        runner.appendSummary('two');
      },
      async () => {
        await core.summary.addRaw('# One', true).write();
        await core.summary.emptyBuffer().addRaw('two', true).write();
      }
    );
    expect(written.files.GITHUB_STEP_SUMMARY).toBe(`# One${os.EOL}two${os.EOL}`);
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'missing', 'summary.md');
    expect(() => runner.appendSummary('x')).toThrow(/Unable to access summary file/);
    delete process.env.GITHUB_STEP_SUMMARY;
    expect(() => runner.appendSummary('x')).toThrow(/GITHUB_STEP_SUMMARY/);
  });
});
