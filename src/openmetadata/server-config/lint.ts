/**
 * Lints the login settings of a deployment file with the rules of rules.ts: for `mode: validate` and for the
 * renderer's check of its own output and of a template.
 */
import type { Diagnostic, Severity } from '../model.js';
import { readServerSettings, type ServerConfigKind } from './read.js';
import { SERVER_RULES, type ServerLintOptions } from './rules.js';

export type { ServerLintOptions };

/** Every rule id with its severity and description, for the README and the job summary. */
export const SERVER_RULE_LIST: ReadonlyArray<{ id: string; severity: Severity; description: string }> =
  SERVER_RULES.map(({ id, severity, description }) => ({ id, severity, description }));

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Diagnostics for one file's text, sorted by position. YAML syntax errors are reported alone. A file without any
 * of the settings yields nothing.
 */
export function lintServerSettings(
  text: string,
  kind: ServerConfigKind,
  options: ServerLintOptions = {}
): Diagnostic[] {
  const read = readServerSettings(text, kind);
  if (read.syntax.length > 0) return [...read.syntax].sort(byPosition);
  const out: Diagnostic[] = [];
  for (const group of read.groups) {
    for (const rule of SERVER_RULES) {
      if (rule.kinds && !rule.kinds.includes(kind)) continue;
      out.push(...rule.check({ read, group, options }));
    }
  }
  return out.sort(byPosition);
}
