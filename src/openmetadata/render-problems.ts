/**
 * Why a rendered file must not be written, for both renderers (workflowConfig, server settings): a
 * template problem is the user's to fix; an output that fails the action's own rules is a defect.
 */
import type { Diagnostic } from './model.js';

const where = (d: Diagnostic) => `${d.ruleId} at ${d.line}:${d.column}: ${d.message}`;

/** The failed check's detail and fix, or undefined when the file may be written. */
export function renderProblem(
  output: { diagnostics: Diagnostic[]; templateDiagnostics: Diagnostic[] },
  template: { input: string; path?: string }
): { detail: string; fix: string } | undefined {
  const templateErrors = output.templateDiagnostics.filter(d => d.severity === 'error');
  if (templateErrors.length > 0) {
    return {
      detail: `The ${template.input} ${template.path ?? ''} has ${templateErrors.length} problem(s) the rendered file would keep: ${templateErrors.map(where).join('; ')}. Nothing was written.`,
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
