/**
 * The one place inputs are read: every part of `parseInputs` gets a `Reader` and records its own problems
 * and warnings on it, so all of them reach the user in one message.
 */
import { editDistance, listOf } from '../openmetadata/model.js';
import type { InputProblem, InputReader } from './index.js';

export interface Reader {
  /** The input as `runner.getInput` gives it: trimmed, '' when unset. */
  get(name: string): string;
  /** true/True/TRUE or false/False/FALSE (as YAML 1.2 booleans); `fallback` when empty. */
  bool(name: string, fallback: boolean): boolean;
  /**
   * One of `allowed` (`fallback` when empty), matched case-insensitively where that is unambiguous; anything else
   * is a problem listing them, with "did you mean" for a near miss. Undefined after a problem.
   */
  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T | undefined;
  problem(input: string, message: string, fix: string): void;
  readonly problems: InputProblem[];
  readonly warnings: string[];
}

/**
 * Characters of a value that are not printable ASCII, as code points (`U+200B`): a zero-width space or a
 * Cyrillic `е` makes a value that reads like a valid choice but is not one.
 */
function unusualCharacters(value: string): string | undefined {
  const found = [...new Set([...value].filter(c => !/[\x20-\x7e]/.test(c)))];
  if (found.length === 0) return undefined;
  const codes = found
    .slice(0, 5)
    .map(c => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  return `${codes.join(', ')}${found.length > 5 ? ', …' : ''}`;
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

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T | undefined => {
    const raw = get(name);
    if (raw === '') return fallback;
    const found = matchChoice(raw, allowed);
    if (found) return found;
    const suggestions = suggestChoices(raw, allowed);
    const hidden = unusualCharacters(raw);
    problem(
      name,
      (suggestions.length > 0
        ? `\`${raw}\` is not one of ${allowed.join(', ')}; did you mean ${listOf(suggestions)}?`
        : `\`${raw}\` is not one of ${allowed.join(', ')}.`) +
        (hidden ? ` It holds ${hidden}, which may look like nothing or like a letter of the choices.` : ''),
      suggestions.length === 1
        ? `Set ${name} to ${suggestions[0]} (one of: ${allowed.join(', ')}).`
        : `Set ${name} to one of: ${allowed.join(', ')}.`
    );
    return undefined;
  };

  return { get, bool, oneOf, problem, problems, warnings };
}

/** The allowed value `raw` names: exactly, or else case-insensitively when only one value matches so. */
export function matchChoice<T extends string>(raw: string, allowed: readonly T[]): T | undefined {
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  const folded = allowed.filter(a => a.toLowerCase() === raw.toLowerCase());
  return folded.length === 1 ? folded[0] : undefined;
}

/**
 * The allowed values `raw` is probably a typo of: within edit distance 2, or of which it is a prefix (at least two
 * characters, `val` for `validate`). The closest only; several when they are equally close.
 */
export function suggestChoices<T extends string>(raw: string, allowed: readonly T[]): T[] {
  const value = raw.trim().toLowerCase();
  const scored = allowed
    .map(a => {
      const distance = editDistance(value, a.toLowerCase(), 3);
      const prefix = value.length >= 2 && a.toLowerCase().startsWith(value);
      return { a, score: distance <= 2 ? distance : prefix ? 3 : Infinity };
    })
    .filter(x => x.score !== Infinity);
  if (scored.length === 0) return [];
  const best = Math.min(...scored.map(x => x.score));
  return scored.filter(x => x.score === best).map(x => x.a);
}
