/**
 * The GitHub Actions runner protocol, as the action uses it: inputs from `INPUT_*` variables, outputs
 * and environment variables through the runner's files (`GITHUB_OUTPUT`, `GITHUB_ENV`), masks and
 * annotations as `::command::` lines on stdout, the job summary appended to `GITHUB_STEP_SUMMARY`, and
 * the exit status.
 *
 * Why not `@actions/core`: its entry module statically imports its OIDC helper, and with it
 * `@actions/http-client`, undici, `@actions/exec` and `@actions/io` (≈ 1 MB of the bundle) — evaluated
 * on every start although the action never asks for an OIDC token. That load alone kept `validate` at
 * twice the start-up time of a process that only parses YAML (issue 11, item 8). The protocol is small
 * and documented (docs.github.com: "Workflow commands for GitHub Actions"); this module writes what
 * `@actions/core` 3 writes for the same calls, which `__tests__/unit/runner.test.ts` checks against
 * `@actions/core` itself — except where core lets quoted text forge a command or carry terminal escapes:
 * `info` keeps its text on one line, and annotations drop control characters. Libraries loaded later (`@actions/artifact`, `@actions/github`) still
 * bring their own copy of `@actions/core`; both write the same protocol.
 */
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { stripControlCharacters } from './report/markdown.js';

/** Where an annotation points, as the runner's `::error file=…,line=…::` properties. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** The input as the runner passes it (`with:` → `INPUT_<NAME>`), trimmed; '' when unset. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A step output (`steps.<id>.outputs.<name>`). */
export function setOutput(name: string, value: string): void {
  if (process.env.GITHUB_OUTPUT) appendFileCommand('OUTPUT', name, value);
  // Without the file (an old runner), the deprecated command is the only way; the runner still reads it.
  else issue('set-output', value, { name });
}

/** An environment variable for this process and the job's later steps. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (process.env.GITHUB_ENV) appendFileCommand('ENV', name, value);
  else issue('set-env', value, { name });
}

/** Masks the value in the runner's log from now on (per line: a multi-line value is masked line by line). */
export function setSecret(secret: string): void {
  issue('add-mask', secret);
}

/**
 * One line of the log. Unlike @actions/core, a line break in the text does not start a new line: the
 * runner reads any line that begins with `::` as a command, so text that quotes an input or a file
 * (a glob with a newline and `::error::` after it) could otherwise forge one.
 */
export function info(message: string): void {
  process.stdout.write(stripControlCharacters(message).replace(/\r\n?|\n/g, ' ⏎ ') + EOL);
}

export function debug(message: string): void {
  issue('debug', message);
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  annotate('notice', message, properties);
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  annotate('warning', message, properties);
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  annotate('error', message, properties);
}

/**
 * An annotation. What it quotes may come from a server or a pull request: control characters (an ANSI
 * escape that recolours or rewrites the log) are taken out of the text and the properties.
 */
function annotate(
  kind: 'notice' | 'warning' | 'error',
  message: string,
  properties: AnnotationProperties
): void {
  const clean = (v: string | number | undefined) => (typeof v === 'string' ? stripControlCharacters(v) : v);
  const props = annotationProperties(properties);
  issue(
    kind,
    stripControlCharacters(message),
    Object.fromEntries(Object.entries(props).map(([k, v]) => [k, clean(v)]))
  );
}

/** An error annotation, and the step fails (exit status 1 once the process ends). */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Appends Markdown to the job summary. The runner creates the file before the step starts. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file)
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.'
    );
  // Like @actions/core: never create a file the runner did not provide (the path may be stale or wrong).
  if (!existsSync(file))
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    );
  appendFileSync(file, markdown + EOL, { encoding: 'utf8' });
}

/** `::name key=value,…::message`, escaped so that no value can end the command or start another. */
function issue(
  command: string,
  message: string,
  properties: Record<string, string | number | undefined> = {}
): void {
  const props = Object.entries(properties)
    .filter(([, value]) => value) // as @actions/core: an empty, undefined or 0 property is left out
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function annotationProperties(p: AnnotationProperties): Record<string, string | number | undefined> {
  return {
    title: p.title,
    file: p.file,
    line: p.startLine,
    endLine: p.endLine,
    col: p.startColumn,
    endColumn: p.endColumn
  };
}

/**
 * `name<<delimiter` + value + delimiter, appended to the runner's file. The delimiter occurs in neither
 * the name nor the value (checked, and another one drawn if it did), so a value can never end its own
 * entry early and inject another output or variable: that check is what makes it safe, not the
 * randomness, so `Math.random` does (loading node:crypto for it would cost every run ≈ 8 ms).
 */
function appendFileCommand(kind: 'OUTPUT' | 'ENV', name: string, value: string): void {
  const file = process.env[`GITHUB_${kind}`] as string;
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  let delimiter: string;
  do delimiter = `ghadelimiter_${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}`;
  while (name.includes(delimiter) || value.includes(delimiter));
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' });
}

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
