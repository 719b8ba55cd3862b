/**
 * Why a rendered file must not be written, for both renderers (workflowConfig, server settings): a
 * template problem is the user's to fix; an output that fails the action's own rules is a defect.
 */
import type { Diagnostic } from './model.js';

const where = (d: Diagnostic) => `${d.ruleId} at ${d.line}:${d.column}: ${d.message}`;

type Rendered = { diagnostics: Diagnostic[]; templateDiagnostics: Diagnostic[] };

/** The template's own errors, as one sentence; undefined when it has none. */
export function templateProblem(
  output: Rendered,
  template: { input: string; path?: string }
): string | undefined {
  const errors = output.templateDiagnostics.filter(d => d.severity === 'error');
  if (errors.length === 0) return undefined;
  return `The ${template.input} ${template.path ?? ''} has ${errors.length} problem(s) the rendered file would keep: ${errors.map(where).join('; ')}.`;
}

/** The failed check's detail and fix, or undefined when the file may be written. */
export function renderProblem(
  output: Rendered,
  template: { input: string; path?: string }
): { detail: string; fix: string } | undefined {
  const inTemplate = templateProblem(output, template);
  if (inTemplate) {
    return {
      detail: `${inTemplate} Nothing was written.`,
      fix: 'Fix the template (mode validate annotates it), then re-run.'
    };
  }
  const defects = output.diagnostics.filter(d => d.severity === 'error');
  if (defects.length > 0) {
    return {
      detail: `The rendered file does not pass the action's own validation: ${defects.map(where).join('; ')}. It was not written.`,
      fix: 'This is a defect of the action: please report it with the job summary.'
    };
  }
  return undefined;
}
