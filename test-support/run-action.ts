/**
 * Runs the built dist/index.js the way the GitHub runner does: a child `node` process with the inputs as
 * INPUT_* variables (action.yml defaults applied, as the runner does), and GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_ENV, GITHUB_WORKSPACE and RUNNER_TEMP pointing at fresh files and folders.
 */
import { spawn } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  existsSync,
  readdirSync,
  statSync,
  mkdirSync,
  writeFileSync
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** The repository root: the nearest folder above this file holding action.yml (also when compiled to build/). */
function findRoot(dir: string): string {
  return existsSync(path.join(dir, 'action.yml')) || dir === path.dirname(dir)
    ? dir
    : findRoot(path.dirname(dir));
}
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
/** The bundle under test; ACTION_DIST points at another build (e.g. one made to a temporary folder). */
const DIST = process.env.ACTION_DIST ?? path.join(ROOT, 'dist', 'index.js');

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
}
export const actionYml = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml;

export interface RunOptions {
  inputs: Record<string, string>;
  env?: Record<string, string>;
  /** CA file to trust (NODE_EXTRA_CA_CERTS), e.g. the Auth0 emulator's. */
  caPath?: string;
  /** Use this workspace instead of a fresh empty one. */
  workspace?: string;
  timeoutMs?: number;
  /**
   * How stdout is read: `pipe` (default) reads as fast as it comes; `slow-pipe` reads like a busy runner
   * (waits before reading, then pauses after every chunk), so the pipe fills and the action's writes
   * queue up; `file` writes to a file, where every write is synchronous (nothing can be lost).
   */
  stdout?: 'pipe' | 'slow-pipe' | 'file';
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  exportedEnv: Record<string, string>;
  workspace: string;
  runnerTemp: string;
  /** Every file the run wrote under RUNNER_TEMP and the workspace, with its text. */
  writtenFiles: Record<string, string>;
  /** `::error file=…` / `::warning …` workflow commands printed on stdout. */
  annotations: Array<{ level: string; props: Record<string, string>; message: string }>;
}

/** Parses the `name<<DELIMITER\nvalue\nDELIMITER` format of GITHUB_OUTPUT / GITHUB_ENV files. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
      out[m[1]] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      out[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return out;
}

function unescapeCommand(s: string): string {
  return s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): RunResult['annotations'] {
  const out: RunResult['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const part of (m[2] ?? '').split(',').filter(Boolean)) {
      const at = part.indexOf('=');
      props[part.slice(0, at)] = unescapeCommand(part.slice(at + 1));
    }
    out.push({ level: m[1], props, message: unescapeCommand(m[3]) });
  }
  return out;
}

function readTree(dir: string, into: Record<string, string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) readTree(p, into);
    else into[p] = readFileSync(p, 'utf8');
  }
}

/** Runs dist/index.js and collects its output, read as `options.stdout` says. */
async function spawnAction(
  env: Record<string, string>,
  cwd: string,
  base: string,
  options: RunOptions
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const mode = options.stdout ?? 'pipe';
  const stdoutFile = path.join(base, 'stdout.txt');
  const fd = mode === 'file' ? openSync(stdoutFile, 'w') : undefined;
  const child = spawn(process.execPath, [DIST], { env, cwd, stdio: ['ignore', fd ?? 'pipe', 'pipe'] });
  if (fd !== undefined) closeSync(fd);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', d => {
    stdout += d;
    if (mode !== 'slow-pipe') return;
    child.stdout!.pause();
    setTimeout(() => child.stdout!.resume(), 5);
  });
  if (mode === 'slow-pipe') {
    child.stdout!.pause();
    setTimeout(() => child.stdout!.resume(), 1000);
  }
  child.stderr!.on('data', d => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 50_000);
  const code = await new Promise<number | null>(resolve => child.on('close', resolve));
  clearTimeout(timer);
  if (mode === 'file') stdout = readFileSync(stdoutFile, 'utf8');
  return { code, stdout, stderr };
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  const base = mkdtempSync(path.join(os.tmpdir(), 'om-auth0-run-'));
  const workspace = options.workspace ?? path.join(base, 'workspace');
  const runnerTemp = path.join(base, 'runner-temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const files = {
    GITHUB_OUTPUT: path.join(base, 'output.txt'),
    GITHUB_STEP_SUMMARY: path.join(base, 'summary.md'),
    GITHUB_ENV: path.join(base, 'env.txt'),
    GITHUB_STATE: path.join(base, 'state.txt')
  };
  // The runner creates these files before the step starts; @actions/core appends to them.
  for (const file of Object.values(files)) writeFileSync(file, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? os.homedir(),
    ...files,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_ACTIONS: 'true',
    ...(options.caPath ? { NODE_EXTRA_CA_CERTS: options.caPath } : {})
  };
  // The runner passes every declared input, with action.yml's default when the workflow sets none.
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const fallback = spec.default && !spec.default.includes('${{') ? spec.default : '';
    env[`INPUT_${name.toUpperCase()}`] = options.inputs[name] ?? fallback;
  }
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, options.env ?? {});

  const { code, stdout, stderr } = await spawnAction(env, workspace, base, options);
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : '');
  const writtenFiles: Record<string, string> = {};
  readTree(runnerTemp, writtenFiles);
  if (!options.workspace) readTree(workspace, writtenFiles);
  return {
    code,
    stdout,
    stderr,
    outputs: parseCommandFile(read(files.GITHUB_OUTPUT)),
    summary: read(files.GITHUB_STEP_SUMMARY),
    exportedEnv: parseCommandFile(read(files.GITHUB_ENV)),
    workspace,
    runnerTemp,
    writtenFiles,
    annotations: parseAnnotations(stdout)
  };
}
