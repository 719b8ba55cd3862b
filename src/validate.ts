/**
 * Mode validate: offline lint of the repository's ingestion YAML files. No network, no secrets, so it
 * runs on pull requests from forks. Every diagnostic becomes an annotation and a summary row.
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Config } from './inputs/index.js';
import { findConfigFiles } from './openmetadata/files.js';
import { isIngestionConfig, lintWorkflowText } from './openmetadata/lint.js';
import { githubContextFromEnv, upsertPrComment } from './report/github.js';
import type { FileDiagnostics, RunReport } from './report/run-report.js';
import { renderSummaryMarkdown } from './report/summary.js';

export async function runValidate(config: Config, report: RunReport): Promise<void> {
  const candidates = await findConfigFiles(config.workspace, config.validatePaths);
  // Read in parallel (I/O), lint one after the other (CPU); keep the sorted order of the candidates.
  const texts = await Promise.all(candidates.map(c => readFile(path.join(config.workspace, c.path), 'utf8')));
  const files: FileDiagnostics[] = [];
  candidates.forEach((candidate, i) => {
    if (!candidate.explicit && !isIngestionConfig(texts[i])) return;
    files.push({
      file: candidate.path,
      diagnostics: lintWorkflowText(texts[i], { version: config.openmetadataVersion })
    });
  });
  report.files = files;

  for (const f of files) {
    for (const d of f.diagnostics) {
      const props: core.AnnotationProperties = {
        title: d.ruleId,
        file: f.file,
        startLine: d.line,
        startColumn: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn
      };
      // GitHub drops columns on multi-line ranges: keep them only for one-line annotations.
      if (d.endLine !== d.line) {
        delete props.startColumn;
        delete props.endColumn;
      }
      const text = d.fix ? `${d.message} Fix: ${d.fix}` : d.message;
      if (d.severity === 'error') core.error(text, props);
      else core.warning(text, props);
    }
  }

  const errors = files.reduce((n, f) => n + f.diagnostics.filter(d => d.severity === 'error').length, 0);
  const warnings = files.reduce((n, f) => n + f.diagnostics.filter(d => d.severity === 'warning').length, 0);
  const failing =
    config.failOn === 'error' ? errors > 0 : config.failOn === 'warning' ? errors + warnings > 0 : false;
  const counts = `${files.length} ingestion file${files.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  report.checks.push({
    id: 'validate',
    status: failing ? 'fail' : errors + warnings > 0 ? 'warn' : 'pass',
    title: `Ingestion configs (OpenMetadata ${config.openmetadataVersion.text})`,
    detail:
      files.length === 0
        ? `No ingestion file (with a top-level workflowConfig) matched ${config.validatePaths.join(', ')}.`
        : `${counts} (fail-on: ${config.failOn}).`,
    fix: failing ? 'See the annotations and the diagnostics table; each row names the fix.' : undefined
  });

  if (config.commentOnPr) {
    const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutSeconds * 1000);
    if (ctx?.prNumber) report.checks.push(await upsertPrComment(ctx, renderSummaryMarkdown(report)));
    else report.notes.push('comment-on-pr: not a pull request run; no comment was written.');
  }
}
