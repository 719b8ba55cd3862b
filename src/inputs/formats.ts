/** Format checks shared by several inputs (the ingestion app's and the login application's). */
import type { Reader } from './reader.js';

export const ENV_VAR_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const HOST_RE =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** An environment variable name a rendered file references (`fallback` when empty). */
export function envVarName(r: Reader, name: string, fallback: string, example: string): string {
  const value = r.get(name) || fallback;
  if (!ENV_VAR_RE.test(value))
    r.problem(
      name,
      `\`${value}\` is not a valid environment variable name.`,
      `Use letters, digits and _, not starting with a digit, e.g. ${example}.`
    );
  return value;
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
