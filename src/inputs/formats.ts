/** Format checks shared by several inputs (the ingestion app's and the login application's). */
import type { Reader } from './reader.js';

export const ENV_VAR_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const HOST_RE =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/**
 * Names the runner, Node or the shell give a meaning: a rendered file that references one, or
 * `token-env-var` exported into one (through GITHUB_ENV, for the job's later steps), would replace or
 * read the wrong thing — PATH set to a token, or the runner's own GITHUB_ENV file lost.
 */
const RESERVED_ENV = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_|NODE_|npm_)/i;
const RESERVED_ENV_NAMES = new Set([
  'PATH',
  'HOME',
  'SHELL',
  'USER',
  'PWD',
  'TMPDIR',
  'TEMP',
  'TMP',
  'CI',
  'LANG',
  'BASH_ENV',
  'ENV',
  'LD_PRELOAD',
  'LD_LIBRARY_PATH',
  'IFS',
  'PS4',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY'
]);

/** An environment variable name a rendered file references (`fallback` when empty). */
export function envVarName(r: Reader, name: string, fallback: string, example: string): string {
  const value = r.get(name) || fallback;
  if (!ENV_VAR_RE.test(value))
    r.problem(
      name,
      `\`${value}\` is not a valid environment variable name.`,
      `Use letters, digits and _, not starting with a digit, e.g. ${example}.`
    );
  else if (RESERVED_ENV.test(value) || RESERVED_ENV_NAMES.has(value.toUpperCase()))
    r.problem(
      name,
      `\`${value}\` is a variable the runner, Node or the shell already use.`,
      `Choose a name of your own, e.g. ${example}.`
    );
  return value;
}

/** The variables a run's files reference must be distinct: one variable cannot hold two values. */
export function distinctEnvVars(r: Reader, named: ReadonlyArray<[input: string, value: string]>): void {
  const seen = new Map<string, string>();
  for (const [input, value] of named) {
    const first = seen.get(value);
    if (first)
      r.problem(
        input,
        `is \`${value}\`, the same variable as ${first}; it cannot hold both values.`,
        `Give ${input} and ${first} different names (the defaults are different).`
      );
    else seen.set(value, input);
  }
}

/** An Auth0 application name (`fallback` when empty). */
export function appNameInput(r: Reader, name: string, fallback: string): string {
  const value = r.get(name) || fallback;
  if (/[<>]/.test(value))
    r.problem(name, 'must not contain < or > (Auth0 rejects them).', 'Choose a name without < and >.');
  return value;
}

/** An Auth0 client id, or undefined when empty. */
export function clientIdInput(r: Reader, name: string): string | undefined {
  const value = r.get(name) || undefined;
  if (value && !/^[A-Za-z0-9_-]+$/.test(value)) {
    r.problem(
      name,
      'is not an Auth0 client id (letters, digits, - and _ only).',
      'Copy the Client ID from the app’s Settings tab.'
    );
  }
  return value;
}
