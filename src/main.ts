/**
 * Orchestrates one run: inputs → (validate | Auth0 read/diff/apply → smoke test → render → upload →
 * OpenMetadata check) → outputs, job summary and exit status, all built from one list of checks.
 */
import * as runner from './runner.js';
import { formatProblems, parseInputs, SECRET_INPUTS } from './inputs/index.js';
import { registerSecret, redact, tooShortSecrets } from './secrets.js';
import { failedChecks, type Check } from './report/checks.js';
import { newReport, type RunReport } from './report/run-report.js';
import { setOutputs } from './report/outputs.js';
import { writeSummary } from './report/summary.js';
import { readInputFiles } from './input-files.js';

function failureLine(failed: Check[]): string {
  return `${failed.length} check${failed.length === 1 ? '' : 's'} failed: ${failed.map(c => `${c.title} (${c.id})`).join('; ')}. Each cause and fix is in its own error above and in the job summary.`;
}

/**
 * One `::error` annotation per failed check (title: the check; message: what was observed and the fix), so the
 * step log and the checks page say why without opening the summary. Not for a check whose every cause is already
 * annotated on its own (validate's diagnostics, at their file positions).
 */
function annotateFailures(failed: Check[], report: RunReport): void {
  const diagnosticsAnnotated = (report.files ?? []).some(f => f.diagnostics.length > 0);
  for (const c of failed) {
    if (c.id === 'validate' && diagnosticsAnnotated) continue;
    const detail = c.detail.trim();
    const message = c.fix ? `${detail}${/[.!?]$/.test(detail) ? '' : '.'} Fix: ${c.fix}` : detail;
    runner.error(redact(message), { title: redact(c.title) });
  }
}

export async function run(): Promise<void> {
  // Mask every secret input before anything can print it.
  for (const name of SECRET_INPUTS) registerSecret(runner.getInput(name));

  const report: RunReport = newReport(runner.getInput('mode') || 'verify');
  let inputFailure: string | undefined;
  try {
    const parsed = parseInputs(name => runner.getInput(name));
    for (const warning of parsed.warnings) runner.warning(warning);
    // Files named by the inputs are checked even when other inputs are bad: one message names them all.
    const { files, problems: fileProblems } = await readInputFiles(parsed.draft, parsed.mode);
    // A secret input too short to mask safely (its encodings could not be told from other text) is refused.
    const secretInputs = Object.fromEntries(SECRET_INPUTS.map(name => [name, runner.getInput(name)]));
    const problems = [...parsed.problems, ...fileProblems, ...tooShortSecrets(secretInputs)];
    // A template the renderers cannot use is an input problem too, found before anything is written.
    if (parsed.config && parsed.mode !== 'validate' && (files.template || files.serverTemplate)) {
      const { preflightTemplates } = await import('./openmetadata/preflight.js');
      problems.push(...preflightTemplates(parsed.config, files));
    }
    if (!parsed.config || problems.length > 0) {
      inputFailure = formatProblems(problems);
      report.checks.push({
        id: 'inputs',
        status: 'fail',
        title: 'Inputs',
        detail: problems.map(p => `${p.input}: ${p.message}`).join(' '),
        fix: problems.map(p => p.fix).join(' ')
      });
      return;
    }
    const config = parsed.config;
    report.mode = config.mode;
    report.checks.push({ id: 'inputs', status: 'pass', title: 'Inputs', detail: `mode ${config.mode}` });
    // Each mode loads only what it needs (ncc makes each dynamic import a chunk): validate never loads the
    // Auth0 SDK or jose, which cost most of a cold start.
    if (config.mode === 'validate') await (await import('./validate.js')).runValidate(config, report);
    else await (await import('./flow.js')).runAuth0Flow(config, files, report);
  } catch (error) {
    // A defect or an unforeseen fault: still report it as a check, with secrets scrubbed.
    const message = redact(error instanceof Error ? error.message : String(error));
    report.checks.push({
      id: 'action.error',
      status: 'fail',
      title: 'Unexpected error',
      detail: message,
      fix: 'Re-run; if it persists, report it with the job summary (it holds no secrets).'
    });
  } finally {
    try {
      setOutputs(report);
    } catch (error) {
      runner.warning(`Could not set every output: ${redact(String(error))}`);
    }
    try {
      await writeSummary(report);
    } catch (error) {
      runner.warning(`Could not write the job summary: ${redact(String(error))}`);
    }
    const failed = failedChecks(report.checks);
    if (inputFailure) runner.setFailed(inputFailure);
    else if (failed.length > 0) {
      annotateFailures(failed, report);
      runner.setFailed(failureLine(failed));
    }
  }
}
