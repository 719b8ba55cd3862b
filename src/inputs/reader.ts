/**
 * The one place inputs are read: every part of `parseInputs` gets a `Reader` and records its own problems
 * and warnings on it, so all of them reach the user in one message.
 */
import type { InputProblem, InputReader } from './index.js';

export interface Reader {
  /** The input as `core.getInput` gives it: trimmed, '' when unset. */
  get(name: string): string;
  /** true/True/TRUE or false/False/FALSE (as `core.getBooleanInput`); `fallback` when empty. */
  bool(name: string, fallback: boolean): boolean;
  /** One of `allowed` (`fallback` when empty); anything else is a problem listing them. */
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T, ignoreCase?: boolean): T;
  problem(input: string, message: string, fix: string): void;
  readonly problems: InputProblem[];
  readonly warnings: string[];
}

export function createReader(read: InputReader): Reader {
  const problems: InputProblem[] = [];
  const warnings: string[] = [];
  const problem = (input: string, message: string, fix: string) => {
    problems.push({ input, message, fix });
  };
  const get = (name: string) => (read(name) ?? '').trim();

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = get(name);
    if (raw === '') return fallback;
    if (/^(true|True|TRUE)$/.test(raw)) return true;
    if (/^(false|False|FALSE)$/.test(raw)) return false;
    problem(name, `\`${raw}\` is not a boolean.`, `Set ${name} to true or false.`);
    return fallback;
  };

  const oneOf = <T extends string>(
    name: string,
    allowed: readonly T[],
    fallback: T,
    ignoreCase = false
  ): T => {
    const raw = get(name) || fallback;
    const value = ignoreCase ? raw.toLowerCase() : raw;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problem(
      name,
      `\`${raw}\` is not one of ${allowed.join(', ')}.`,
      `Set ${name} to one of: ${allowed.join(', ')}.`
    );
    return fallback;
  };

  return { get, bool, oneOf, problem, problems, warnings };
}
