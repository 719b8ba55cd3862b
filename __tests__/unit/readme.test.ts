import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import * as path from 'node:path';
import { actionYml, ROOT } from '../../test-support/run-action.js';
import { ACTION_VERSION } from '../../src/version.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Rows of the Markdown table whose header starts with `| <first> |`. */
function tableRows(first: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex(l => new RegExp(`^\\|\\s*${first}\\s*\\|`).test(l));
  expect(start).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    rows.push(
      lines[i]
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map(c => c.trim().replace(/\\\|/g, '|'))
    );
  }
  return rows;
}

interface Job {
  environment?: unknown;
  steps?: Array<{ uses?: string; with?: Record<string, unknown> }>;
}

const flat = (s: string | undefined) => (s ?? '').replace(/\n/g, ' ').trim();
const unquote = (s: string) => s.replace(/^`|`$/g, '');

describe('README', () => {
  it('lists exactly the inputs of action.yml, with their defaults and descriptions', () => {
    const rows = tableRows('Input');
    expect(rows.map(r => unquote(r[0]))).toEqual(Object.keys(actionYml.inputs));
    for (const [name, def, description] of rows) {
      const spec = actionYml.inputs[unquote(name)] as { default?: string; description?: string };
      expect(unquote(def)).toBe(flat(spec.default));
      expect(description).toBe(flat(spec.description));
    }
  });

  it('lists exactly the outputs of action.yml, with their descriptions', () => {
    const rows = tableRows('Output');
    expect(rows.map(r => unquote(r[0]))).toEqual(Object.keys(actionYml.outputs));
    for (const [name, description] of rows)
      expect(description).toBe(flat(actionYml.outputs[unquote(name)].description));
  });

  it('starts a user with a copy-paste step: the nightly verify and the pull request validate', () => {
    const head = readme.slice(0, 2500);
    expect(head).toContain('uses: your-org/openmetadata-auth0-action@v1');
    expect(head).toMatch(/mode: verify[\s\S]*mode: validate/);
  });

  it('names the two set-up commands for contributors, which docs/DEVELOPING.md leads with', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    const developing = readFileSync(path.join(ROOT, 'docs', 'DEVELOPING.md'), 'utf8').slice(0, 800);
    expect(developing).toContain('npm ci && npm run demo');
    expect(developing).toContain('npm ci && npm test');
  });

  it('has workflow examples that run as written: known inputs, one usage form, provision behind an environment', () => {
    const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]);
    const workflows = blocks.map(b => parse(b) as Record<string, unknown>).filter(w => w && 'jobs' in w);
    expect(workflows.length).toBeGreaterThanOrEqual(6);
    const inputs = Object.keys(actionYml.inputs);
    for (const workflow of workflows) {
      for (const job of Object.values(workflow.jobs as Record<string, Job>)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.includes('openmetadata-auth0-action')) continue;
          expect(step.uses).toBe('your-org/openmetadata-auth0-action@v1');
          for (const name of Object.keys(step.with ?? {})) expect(inputs).toContain(name);
          const secrets = JSON.stringify(step.with ?? {}).includes('secrets.');
          if (step.with?.mode === 'provision' || secrets) expect(job.environment).toBeDefined();
        }
      }
    }
  });

  it('has the action version of package.json', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(ACTION_VERSION).toBe(pkg.version);
  });
});

/** `[rule id, severity]` of the first table after the heading `### {heading}` of the validation rules section. */
function ruleTable(heading: string): string[][] {
  const section = readme.slice(readme.indexOf('## Validation rules'));
  const at = section.indexOf(`\n### ${heading}\n`);
  expect(at).toBeGreaterThan(0);
  const lines = section.slice(at + 1).split('\n');
  const start = lines.findIndex(l => l.startsWith('| Rule'));
  expect(start).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i].startsWith('|'); i++) {
    const [id, severity] = lines[i].slice(1).split(/(?<!\\)\|/, 2);
    rows.push([unquote(id.trim()), severity.trim()]);
  }
  return rows;
}

describe('README rule list', () => {
  it('lists exactly the ingestion rules, with their severities', async () => {
    const { RULES } = await import('../../src/openmetadata/lint.js');
    expect(ruleTable('Ingestion files')).toEqual(RULES.map(r => [r.id, r.severity]));
  });

  it('lists exactly the deployment-file rules, with their severities (YAML syntax first)', async () => {
    const { SERVER_RULE_LIST } = await import('../../src/openmetadata/server-config/index.js');
    const { YAML_SYNTAX } = await import('../../src/openmetadata/rules.js');
    expect(ruleTable('Deployment files')).toEqual(
      [YAML_SYNTAX, ...SERVER_RULE_LIST].map(r => [r.id, r.severity])
    );
  });
});
