/**
 * The job summary: checks table, the plan/changes, token facts, the rendered YAML (redacted), and in
 * validate mode every diagnostic (GitHub shows only 10 annotations per level per step, so the summary
 * is the complete list). Written on every run, also a failed one.
 */
import * as core from '@actions/core';
import { redact } from '../secrets.js';
import { overallResult, type Check } from './checks.js';
import type { AppRole } from '../auth0/applications.js';
import type { RenderedServerConfig, RunReport } from './run-report.js';

const APP_LABELS: Record<AppRole, string> = { ingestion: 'Ingestion app', login: 'Login app' };

const ICON: Record<Check['status'], string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };

/**
 * Escapes text for a Markdown table cell: `|` and newlines, and `<`/`>` outside code spans, which GitHub would
 * otherwise read as HTML and drop (a placeholder such as `https://<domain>/…` would show as `https:///…`).
 */
function cell(text: string | undefined): string {
  return redact(text ?? '')
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/** A value in a code span: `|` and newlines escaped, no HTML escaping (GitHub shows a code span as written). */
function code(value: unknown): string {
  const text =
    value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
  return '`' + redact(text).replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>') + '`';
}

export function renderSummaryMarkdown(report: RunReport): string {
  const result = overallResult(report.checks);
  const out: string[] = [];
  out.push(`## OpenMetadata × Auth0 — ${report.mode}: ${result === 'pass' ? '✅ pass' : '❌ fail'}`, '');
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
      `- scopes: ${t.scopes.length > 0 ? t.scopes.map(s => '`' + cell(s) + '`').join(' ') : '_none (least privilege)_'}`
    );
    out.push(`- signing key: \`${cell(t.kid ?? 'none')}\`, client authentication: \`${t.authMethod}\``, '');
  }
  if (report.files && report.files.length > 0) {
    const total = report.files.reduce((n, f) => n + f.diagnostics.length, 0);
    out.push(`### Diagnostics (${total})`, '');
    out.push('| File | Result | Errors | Warnings |', '|---|---|---|---|');
    for (const f of report.files) {
      const errors = f.diagnostics.filter(d => d.severity === 'error').length;
      const warnings = f.diagnostics.length - errors;
      out.push(
        `| \`${cell(f.file)}\` | ${errors > 0 ? '❌ fail' : warnings > 0 ? '⚠️ warn' : '✅ pass'} | ${errors} | ${warnings} |`
      );
    }
    out.push('');
    const rows = report.files.flatMap(f => f.diagnostics.map(d => ({ f: f.file, d })));
    if (rows.length > 0) {
      out.push('| Location | Severity | Rule | Message | Fix |', '|---|---|---|---|---|');
      for (const { f, d } of rows) {
        out.push(
          `| \`${cell(f)}:${d.line}:${d.column}\` | ${d.severity} | \`${d.ruleId}\` | ${cell(d.message)} | ${cell(d.fix)} |`
        );
      }
      out.push('');
    }
  }
  if (report.artifact) out.push(`Artifact: [${cell(report.artifact.url)}](${report.artifact.url})`, '');
  if (report.serverConfig) out.push(...serverConfigSection(report.serverConfig));
  if (report.renderedYamlForDisplay) {
    out.push(
      `### Rendered workflowConfig${report.configPath ? ` (\`${cell(report.configPath)}\`)` : ''}`,
      ''
    );
    out.push('```yaml', redact(report.renderedYamlForDisplay).trimEnd(), '```', '');
  }
  for (const note of report.notes) out.push(`> ${cell(note)}`, '');
  return out.join('\n');
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
  const out = [`### Server authentication settings (${server.deployment}, \`${cell(server.path)}\`)`, ''];
  out.push(
    '```' + (server.deployment === 'docker' ? 'sh' : 'yaml'),
    redact(server.textForDisplay).trimEnd(),
    '```',
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
    out.push('```sh', redact(server.kubectlSecretCommand), '```', '');
  }
  if (server.secretManifestPath) {
    out.push(
      `The Secret manifest with the real values is at \`${cell(server.secretManifestPath)}\` (inline-secrets).`,
      ''
    );
  }
  return out;
}

export async function writeSummary(report: RunReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(renderSummaryMarkdown(report), true).write();
}
