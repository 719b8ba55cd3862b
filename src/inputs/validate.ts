/** Inputs of mode `validate`: which files to lint and which diagnostics fail the step. */
import type { Config, FailOn } from './index.js';
import type { Reader } from './reader.js';

export function readValidate(r: Reader): Pick<Config, 'validatePaths' | 'failOn'> {
  return {
    validatePaths: (r.get('validate-paths') || '**/*.yaml\n**/*.yml')
      .split(/[\n,]/)
      .map(s => s.trim())
      .filter(Boolean),
    failOn: r.oneOf<FailOn>('fail-on', ['error', 'warning', 'never'], 'error')
  };
}
