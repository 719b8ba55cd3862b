/**
 * Mode validate: offline lint of the repository's ingestion YAML files. No network, no secrets, so it
 * runs on pull requests from forks. Every diagnostic becomes an annotation and a summary row.
 */
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Config } from './inputs/index.js';
import { findConfigFilesByPattern, type PatternMatch } from './openmetadata/files.js';
import { isIngestionConfig, lintWorkflowText } from './openmetadata/lint.js';
import { githubContextFromEnv, upsertPrComment } from './report/github.js';
import type { Check } from './report/checks.js';
import type { FileDiagnostics, RunReport } from './report/run-report.js';
import { renderSummaryMarkdown } from './report/summary.js';

export async function runValidate(config: Config, report: RunReport): Promise<void> {
  const { files: candidates, patterns } = await findConfigFilesByPattern(
    config.workspace,
    config.validatePaths
  );
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
  logMatches(patterns, new Set(files.map(f => f.file)));

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
  if (files.length === 0) {
    report.checks.push(noFilesCheck(config, candidates.length));
  } else {
    report.checks.push({
      id: 'validate',
      status: failing ? 'fail' : errors + warnings > 0 ? 'warn' : 'pass',
      title: `Ingestion configs (OpenMetadata ${config.openmetadataVersion.text})`,
      detail: `${counts} (fail-on: ${config.failOn}).`,
      fix: failing ? 'See the annotations and the diagnostics table; each row names the fix.' : undefined
    });
  }

  if (config.commentOnPr) {
    const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutSeconds * 1000);
    if (ctx?.prNumber) report.checks.push(await upsertPrComment(ctx, renderSummaryMarkdown(report)));
    else report.notes.push('comment-on-pr: not a pull request run; no comment was written.');
  }
}

/** The globs as the user wrote them, for messages: `a`, `b`. */
function globList(config: Config): string {
  return config.validatePaths.length > 0 ? config.validatePaths.map(p => `\`${p}\``).join(', ') : '(none)';
}

/**
 * No lintable file is a failed check unless `allow-empty` says configs are optional here: a mistyped glob must not
 * pass as "nothing wrong" (a green check that checked nothing).
 */
function noFilesCheck(config: Config, candidates: number): Check {
  const why =
    candidates === 0
      ? `no file matched ${globList(config)}`
      : `no file matched ${globList(config)} that validate lints: ${candidates} file${candidates === 1 ? '' : 's'} matched, none with a top-level workflowConfig (name a file explicitly to lint it anyway)`;
  const where = `globs are space/newline separated and relative to the workspace (${config.workspace})`;
  if (config.allowEmpty) {
    return {
      id: 'validate.no-files',
      status: 'skip',
      title: 'Files to validate',
      detail: `Nothing to validate: ${why} (allow-empty: true).`
    };
  }
  return {
    id: 'validate.no-files',
    status: 'fail',
    title: 'Files to validate',
    detail: `Nothing was validated: ${why}; ${where}.`,
    fix: 'Point validate-paths at your ingestion YAML files (e.g. `ingestion/**/*.yaml`), or set allow-empty: true where this repository may have none.'
  };
}

/** The step log says how many files each glob matched, and how many of them are linted. */
function logMatches(patterns: PatternMatch[], linted: Set<string>): void {
  for (const m of patterns) {
    const n = m.paths.length;
    const files = `${n} file${n === 1 ? '' : 's'}`;
    if (m.exclude) {
      core.info(`validate-paths: \`${m.pattern}\` excluded ${files}.`);
      continue;
    }
    const lint = m.paths.filter(p => linted.has(p)).length;
    core.info(
      `validate-paths: \`${m.pattern}\` matched ${files}${n > 0 ? `, ${lint} of them ingestion file${lint === 1 ? '' : 's'} (linted)` : ''}.`
    );
  }
}
