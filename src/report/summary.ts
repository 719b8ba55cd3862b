/**
 * The job summary: checks table, the plan/changes, token facts, the rendered YAML (redacted), and in
 * validate mode every diagnostic (GitHub shows only 10 annotations per level per step, so the summary
 * is the complete list). Written on every run, also a failed one.
 */
import * as runner from '../runner.js';
import { redact, redactAndShorten } from '../secrets.js';
import { overallResult, type Check } from './checks.js';
import { markdownCell, markdownCode, markdownCodeBlock } from './markdown.js';
import type { AppRole } from '../auth0/applications.js';
import type { FileDiagnostics, RenderedServerConfig, RunReport } from './run-report.js';

const APP_LABELS: Record<AppRole, string> = { ingestion: 'Ingestion app', login: 'Login app' };

const ICON: Record<Check['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };

/**
 * Text for a Markdown table cell, redacted: our code spans kept, everything else escaped (markdown.ts), so that a
 * placeholder such as `https://<domain>/…` shows as written and a file's key or name can open no markup.
 */
function cell(text: string | undefined): string {
  return markdownCell(redact(text ?? ''));
}

/** A value in a code span of its own, redacted, shown exactly (file names, ids, values). */
function code(value: unknown): string {
  const text =
    value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return markdownCode(redact(text));
}

/** The summary as Markdown, at most `maxBytes` (UTF-8): the PR comment asks for less. */
export function renderSummaryMarkdown(report: RunReport, maxBytes = SUMMARY_BYTES): string {
  const result = overallResult(report.checks);
  const out: string[] = [];
  out.push(
    `## OpenMetadata × Auth0 — ${cell(report.mode)}: ${result === 'pass' ? '✅ pass' : '❌ fail'}`,
    ''
  );
  out.push(...failedSection(report.checks));
  for (const [role, app] of Object.entries(report.apps)) {
    if (!app.name && !app.clientId) continue;
    // The name in bold and the id in a code span, each only when known (no empty `****`, no double space).
    const name = app.name ? `**${cell(app.name)}**` : '';
    const id = app.clientId ? code(app.clientId) : '';
    const shown = name && id ? `${name} (${id})` : name || id;
    out.push(`${APP_LABELS[role as AppRole]} ${shown} — status: **${app.status}**`, '');
  }
  if (report.checks.length > 0) {
    out.push('| | Check | Result | Fix |', '|---|---|---|---|');
    for (const c of report.checks) {
      out.push(
        `| ${ICON[c.status]} | ${cell(c.title)} <sub>${cell(c.id)}</sub> | ${cell(c.detail)} | ${cell(c.fix)} |`
      );
    }
    out.push('');
  }
  // After bad inputs nothing was looked at: no "changes" section that would read as a finding.
  const inputsFailed = report.checks.some(c => c.id === 'inputs' && c.status === 'fail');
  if (report.mode !== 'validate' && !inputsFailed) out.push(...changesSection(report));
  if (report.token) {
    const t = report.token;
    out.push('### Token', '');
    out.push(
      `- expires at **${t.expiresAt.toISOString()}**${t.lifetimeSeconds !== undefined ? ` (lifetime ${t.lifetimeSeconds} s)` : ''}`
    );
    out.push(
      `- scopes: ${t.scopes.length > 0 ? t.scopes.map(s => code(s)).join(' ') : '_none (least privilege)_'}`
    );
    out.push(`- signing key: ${code(t.kid ?? 'none')}, client authentication: ${code(t.authMethod)}`, '');
  }
  const diagnosticsAt = out.length;
  if (report.artifact) out.push(`Artifact: [${cell(report.artifact.url)}](${report.artifact.url})`, '');
  if (report.serverConfig) out.push(...serverConfigSection(report.serverConfig));
  if (report.renderedYamlForDisplay) {
    out.push(`### Rendered workflowConfig${report.configPath ? ` (${code(report.configPath)})` : ''}`, '');
    out.push(markdownCodeBlock('yaml', redact(report.renderedYamlForDisplay)), '');
  }
  for (const note of report.notes) out.push(`> ${cell(note)}`, '');
  if (report.files && report.files.length > 0) {
    const budget = maxBytes - byteLength(out.join('\n')) - LEFT_OUT_RESERVE;
    out.splice(diagnosticsAt, 0, ...diagnosticsSection(report.files, budget));
  }
  return cutToBytes(out.join('\n'), maxBytes);
}

/** The summary opens with the failed checks, one line each with its fix; the full table follows. */
function failedSection(checks: readonly Check[]): string[] {
  const failed = checks.filter(c => c.status === 'fail');
  if (failed.length === 0) return [];
  const out = [`**${failed.length} check${failed.length === 1 ? '' : 's'} failed:**`, ''];
  for (const c of failed) out.push(`- ❌ **${cell(c.title)}** — ${cell(c.fix ?? c.detail)}`);
  out.push('');
  return out;
}

function changesSection(report: RunReport): string[] {
  const apps = Object.values(report.apps);
  // "applied" only when something was written; a blocked or failed provision lists what is still needed.
  const applied = apps.some(a => a.status === 'created' || a.status === 'updated');
  const out = [`### ${applied ? 'Changes applied' : 'Changes needed'}`, ''];
  if (report.changes.length === 0) {
    const checked = apps.some(a => a.status !== 'not-checked');
    out.push(
      checked
        ? `_None: ${apps.length > 1 ? 'the apps are' : 'the app is'} in the desired state._`
        : '_Not checked (no Management API access)._',
      ''
    );
    return out;
  }
  out.push('| App | Resource | Field | From | To |', '|---|---|---|---|---|');
  for (const ch of report.changes) {
    const app = report.apps[ch.app];
    out.push(
      `| ${APP_LABELS[ch.app]}${app?.name ? ` ${code(app.name)}` : ''} | ${ch.resource} | ${ch.field} | ${code(ch.from)} | ${code(ch.to)} |`
    );
  }
  out.push('');
  return out;
}

/** Which file the settings went to, the file itself (secrets are references, or redacted), and what to run. */
function serverConfigSection(server: RenderedServerConfig): string[] {
  const out = [`### Server authentication settings (${cell(server.deployment)}, ${code(server.path)})`, ''];
  out.push(
    markdownCodeBlock(server.deployment === 'docker' ? 'sh' : 'yaml', redact(server.textForDisplay)),
    ''
  );
  if (server.envVars.length > 0) {
    out.push(
      `Set ${server.envVars.map(v => `\`${v}\``).join(', ')} where the server starts (never commit the value).`,
      ''
    );
  }
  if (server.kubectlSecretCommand) {
    out.push('Create the Secret the values reference (replace the placeholders):', '');
    out.push(markdownCodeBlock('sh', redact(server.kubectlSecretCommand)), '');
  }
  if (server.secretManifestPath) {
    out.push(
      `The Secret manifest with the real values is at ${code(server.secretManifestPath)} (inline-secrets).`,
      ''
    );
  }
  return out;
}

/**
 * GitHub drops a job summary over 1 MiB (and the step's summary with it): what is written stays under this, with a
 * margin.
 */
export const SUMMARY_BYTES = 1024 * 1024 - 64 * 1024;

/**
 * A diagnostic's message or fix in the table is cut here (it may quote a huge key or value from the file):
 * rows are shown in order until the budget is spent, so one huge row would otherwise hide every later one.
 */
const MAX_DIAGNOSTIC_TEXT = 1000;

/** A PR comment holds at most 65,536 characters: a comment gets a smaller budget than the job summary. */
export const COMMENT_BYTES = 60_000;

/** Room for the lines that say what was left out. */
const LEFT_OUT_RESERVE = 1024;

const byteLength = (text: string) => Buffer.byteLength(text, 'utf8');

/** The last resort when the rest (checks, notes) is too long already: cut at a line end, and say so. */
function cutToBytes(markdown: string, maxBytes: number): string {
  if (byteLength(markdown) <= maxBytes) return markdown;
  const note = `\n\n_The summary was cut at ${maxBytes} bytes (GitHub drops a job summary over 1 MiB)._\n`;
  const kept = Buffer.from(markdown, 'utf8')
    .subarray(0, maxBytes - byteLength(note))
    .toString('utf8');
  return kept.slice(0, Math.max(0, kept.lastIndexOf('\n'))) + note;
}

/** The leading lines that fit in a byte budget (each with its newline), in order: no row is skipped for a later one. */
function linesThatFit(lines: readonly string[], budget: number): string[] {
  let used = 0;
  let n = 0;
  while (n < lines.length && used + byteLength(lines[n]) + 1 <= budget) used += byteLength(lines[n++]) + 1;
  return lines.slice(0, n);
}

const SEVERITY_ORDER: Record<string, number> = { error: 0, warning: 1 };

interface FileCounts {
  file: string;
  errors: number;
  warnings: number;
}

/** The per-file table in path order, or worst first when not every file fits in the budget. */
function fileTable(counts: readonly FileCounts[], budget: number): string[] {
  const row = ({ file, errors, warnings }: FileCounts) =>
    `| ${code(file)} | ${errors > 0 ? '❌ fail' : warnings > 0 ? '⚠️ warn' : '✅ pass'} | ${errors} | ${warnings} |`;
  const header = ['| File | Result | Errors | Warnings |', '|---|---|---|---|'];
  const all = [...header, ...counts.map(row)];
  if (byteLength(all.join('\n')) + 1 <= budget) return all;
  const worstFirst = [...counts].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings);
  const shown = linesThatFit([...header, ...worstFirst.map(row)], budget);
  const left = counts.length - Math.max(0, shown.length - header.length);
  return [...shown, '', `_${left} more files not listed (summary size limit; files with errors first)._`];
}

/**
 * The per-file table (in at most half the budget), then the diagnostics, errors first, in the rest; each table
 * says how many of its rows were left out, so that the summary always fits.
 */
function diagnosticsSection(files: readonly FileDiagnostics[], budget: number): string[] {
  const counts = files.map(f => {
    const errors = f.diagnostics.filter(d => d.severity === 'error').length;
    return { file: f.file, errors, warnings: f.diagnostics.length - errors };
  });
  const total = counts.reduce((n, c) => n + c.errors + c.warnings, 0);
  const out = [`### Diagnostics (${total})`, '', ...fileTable(counts, budget / 2), ''];
  const rows = files
    .flatMap(f => f.diagnostics.map(d => ({ f: f.file, d })))
    .sort((a, b) => (SEVERITY_ORDER[a.d.severity] ?? 2) - (SEVERITY_ORDER[b.d.severity] ?? 2));
  if (rows.length === 0) return out;
  const table = linesThatFit(
    [
      '| Location | Severity | Rule | Message | Fix |',
      '|---|---|---|---|---|',
      ...rows.map(
        ({ f, d }) =>
          `| ${code(`${f}:${d.line}:${d.column}`)} | ${d.severity} | \`${d.ruleId}\` | ${cell(redactAndShorten(d.message, MAX_DIAGNOSTIC_TEXT))} | ${cell(redactAndShorten(d.fix ?? '', MAX_DIAGNOSTIC_TEXT))} |`
      )
    ],
    budget - byteLength(out.join('\n'))
  );
  out.push(...table);
  const left = rows.length - Math.max(0, table.length - 2);
  if (left > 0)
    out.push(
      '',
      `_${left} of ${rows.length} diagnostics not shown (GitHub drops a summary over 1 MiB; errors are listed first); the per-file counts above include them._`
    );
  out.push('');
  return out;
}

export async function writeSummary(report: RunReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  runner.appendSummary(renderSummaryMarkdown(report));
}
