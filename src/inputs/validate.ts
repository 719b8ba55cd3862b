/** Inputs of mode `validate`: which files to lint, which diagnostics fail the step, and whether none is fine. */
import type { Config, FailOn, Mode } from './index.js';
import type { Reader } from './reader.js';

/** The default `validate-paths`, as action.yml lists it (one glob a line). */
export const DEFAULT_VALIDATE_PATHS = '**/*.yaml\n**/*.yml\n**/*.env';

/**
 * Splits `validate-paths` into globs: on newlines, spaces and commas, so that the default as the README's table
 * shows it (both globs on one line, space separated) works when it is copied. A comma or space inside `{…}` or
 * `[…]` belongs to the glob (`*.{yaml,yml}`); a path with spaces is quoted (`"my configs/*.yaml"`).
 */
export function splitGlobs(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let depth = 0;
  let quote: string | undefined;
  const flush = () => {
    if (current.trim() !== '') out.push(current.trim());
    current = '';
  };
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else current += ch;
    } else if ((ch === '"' || ch === "'") && current === '') {
      quote = ch;
    } else if (ch === '{' || ch === '[') {
      depth++;
      current += ch;
    } else if ((ch === '}' || ch === ']') && depth > 0) {
      depth--;
      current += ch;
    } else if (ch === '\n' || ch === '\r' || (depth === 0 && (ch === ',' || /\s/.test(ch)))) {
      flush();
    } else {
      current += ch;
    }
  }
  flush();
  return out;
}

/**
 * Each walked file is tested against the globs whose static prefix contains it, so a run costs at most
 * files × globs tests: the count is bounded (far above any real list; directories and `**` cover more).
 */
export const MAX_VALIDATE_GLOBS = 1000;

export function readValidate(
  r: Reader,
  mode: Mode | undefined
): Pick<Config, 'validatePaths' | 'failOn' | 'allowEmpty'> {
  const allowEmpty = r.bool('allow-empty', false);
  if (allowEmpty && mode && mode !== 'validate')
    r.warnings.push(`allow-empty applies to mode validate only; ignored in ${mode}.`);
  const validatePaths = splitGlobs(r.get('validate-paths') || DEFAULT_VALIDATE_PATHS);
  if (validatePaths.length > MAX_VALIDATE_GLOBS)
    r.problem(
      'validate-paths',
      `${validatePaths.length} globs; at most ${MAX_VALIDATE_GLOBS} are read.`,
      'Name directories or use ** globs (e.g. configs/**/*.yaml) instead of listing files one by one.'
    );
  return {
    validatePaths,
    failOn: r.oneOf<FailOn>('fail-on', ['error', 'warning', 'never'], 'error') ?? 'error',
    allowEmpty
  };
}
