/**
 * Renders the OpenMetadata server's login settings for the Auth0 login application (DESIGN.md "Rendered server
 * settings"), for one deployment: `docker` (an env file for `docker compose --env-file`), `bare-metal` (the
 * `authorizerConfiguration` and `authenticationConfiguration` blocks of `openmetadata.yaml`) or `kubernetes`
 * (values of the `openmetadata` Helm chart). Every shape is written from the table of settings.ts.
 *
 * The OIDC client secret is a reference unless `inlineSecrets`: `${OIDC_CLIENT_SECRET}` in the env file (Compose
 * substitutes it from the shell's environment) and in openmetadata.yaml (the server substitutes environment
 * variables in that file); the Helm chart reads it from the `oidc-secrets` Secret, created with the kubectl command
 * returned. With a template, only the table's keys change: comments, order and other keys are kept.
 *
 * The output is linted with the rules of `mode: validate`; an error there is a defect of the renderer.
 */
import { Document, isMap, LineCounter, parseDocument, visit, type YAMLMap } from 'yaml';
import { LINT_PARSE_OPTIONS, parseForLint, sanitizeParserMessage } from '../lint.js';
import { type Diagnostic, ENV_VAR_NAME } from '../model.js';
import { doubleQuoted, RenderError } from '../render.js';
import {
  applyEnvEntries,
  type EnvEntry,
  EnvValueError,
  formatEnvList,
  formatEnvValue,
  parseEnvFile,
  serializeEnvFile
} from './env-file.js';
import { lintServerSettings } from './lint.js';
import { detectServerConfigKind, type ServerConfigKind } from './read.js';
import {
  type Desired,
  type DesiredInput,
  type DesiredValue,
  columnOf,
  desiredSettings,
  HELM_OIDC_SECRET,
  type Setting,
  SETTINGS,
  type Shape
} from './settings.js';
import { detectIndent } from '../yaml-style.js';
import { ensureMapAt, findMapAt, placeBefore, setList, setScalar, setSecretRef } from './yaml-merge.js';

export type Deployment = 'docker' | 'bare-metal' | 'kubernetes';

export interface ServerSettingsInput extends DesiredInput {
  deployment: Deployment;
  /** An existing env file, openmetadata.yaml or Helm values file to merge into. */
  template?: { path: string; text: string };
}

export interface ServerSettingsOutput {
  /** The file's content. */
  text: string;
  /** Environment variables the file references without a default, e.g. ['OIDC_CLIENT_SECRET']. */
  envVars: string[];
  /** Lint of the output; any error is a defect. */
  diagnostics: Diagnostic[];
  /** Problems the template had that the output keeps (positions in the template). */
  templateDiagnostics: Diagnostic[];
  /** kubernetes + confidential: creates the Secret the chart reads; `<…>` placeholders, never the secret. */
  kubectlSecretCommand?: string;
  /** kubernetes + confidential + inlineSecrets only: a Secret manifest holding the client id and secret. */
  secretManifest?: string;
}

const GENERATOR = 'openmetadata-auth0-action';
const TEMPLATE_INPUT = 'server-config-template';

export const SHAPE_OF: Record<Deployment, Shape> = {
  docker: 'env',
  'bare-metal': 'openmetadata-yaml',
  kubernetes: 'helm-values'
};

// ---------------------------------------------------------------------------------------------------------------
// Inputs

function check(ok: boolean, message: string, input: string): void {
  if (!ok) throw new RenderError(message, input);
}

function checkInput(input: ServerSettingsInput): void {
  check(
    /^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(input.auth0Domain),
    'auth0-domain must be a bare host or host:port.',
    'auth0-domain'
  );
  check(
    /^https?:\/\/[^/?#\s@]+$/.test(input.openmetadataUrl),
    'openmetadata-url must be an http(s) origin without a path or trailing slash, e.g. https://openmetadata.example.com.',
    'openmetadata-url'
  );
  check(
    /^[^\s'"\\$`#]+$/.test(input.clientId),
    'The client id of the login application is empty or malformed.',
    'sso-client-id'
  );
  for (const p of input.adminPrincipals) {
    check(
      /^[^\s,[\]'"\\$`#]+$/.test(p),
      'admin-principals must be user names without blanks, commas, brackets or quotes.',
      'admin-principals'
    );
  }
  if (input.principalDomain !== undefined && input.principalDomain !== '') {
    check(
      /^[A-Za-z0-9.-]+$/.test(input.principalDomain),
      'principal-domain must be a domain name, e.g. example.com.',
      'principal-domain'
    );
  }
  if (input.clientType !== 'confidential') return;
  if (input.inlineSecrets) {
    check(
      !!input.clientSecret,
      "inline-secrets needs the login application's client secret, and it is not available.",
      'inline-secrets'
    );
  } else {
    check(
      ENV_VAR_NAME.test(input.oidcSecretEnvVar),
      'oidc-secret-env-var must be an environment variable name ([A-Za-z_][A-Za-z0-9_]*) for the settings to reference.',
      'oidc-secret-env-var'
    );
  }
}

/** A template of the wrong kind is refused: merging an env file into YAML (or the reverse) would be nonsense. */
function checkTemplateKind(template: { path: string; text: string }, deployment: Deployment): void {
  const kind = detectServerConfigKind(template.text);
  const expected: Record<Deployment, ServerConfigKind> = {
    docker: 'env',
    'bare-metal': 'openmetadata-yaml',
    kubernetes: 'helm-values'
  };
  const names: Record<ServerConfigKind, string> = {
    env: 'an env file',
    compose: 'a docker compose file',
    'openmetadata-yaml': 'an openmetadata.yaml',
    'helm-values': 'a Helm values file'
  };
  if (kind && kind !== expected[deployment]) {
    throw new RenderError(
      `server-config-template (${template.path}) is ${names[kind]}, but deployment ${deployment} renders ` +
        `${names[expected[deployment]]}.`,
      TEMPLATE_INPUT
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Headers

function headerLines(input: ServerSettingsInput): string[] {
  const what = `Auth0 login settings of the OpenMetadata server (${input.clientType} client ${input.clientId})`;
  const gen = `Generated by ${GENERATOR} for OpenMetadata 1.7 (1.2 to 1.8 read the same keys).`;
  const secretNote =
    input.inlineSecrets && input.clientType === 'confidential'
      ? ['It holds the client secret in plain text (inline-secrets: true): keep it out of version control.']
      : [];
  switch (input.deployment) {
    case 'docker':
      return [
        `${what}: an env file for docker compose.`,
        gen,
        'Use: docker compose --env-file <this file> up -d',
        ...secretNote
      ];
    case 'bare-metal':
      return [
        `${what}: blocks of conf/openmetadata.yaml.`,
        gen,
        'Use: merge these keys into conf/openmetadata.yaml (or render with server-config-template set to that file), then restart the server.',
        ...(input.clientType === 'confidential' && !input.inlineSecrets
          ? [
              `Set ${input.oidcSecretEnvVar} in the server's environment: the server substitutes \${VAR} in openmetadata.yaml.`
            ]
          : []),
        ...secretNote
      ];
    case 'kubernetes':
      return [
        `${what}: values for the openmetadata Helm chart.`,
        gen,
        'Use: helm upgrade --install openmetadata open-metadata/openmetadata -f <this file> (after your other values files)',
        ...(input.clientType === 'confidential'
          ? [
              `Create the ${HELM_OIDC_SECRET} Secret (client id and secret) in the release's namespace first: ` +
                (input.inlineSecrets
                  ? 'apply the Secret manifest rendered with this file.'
                  : `kubectl create secret generic ${HELM_OIDC_SECRET} … (the command is in the job summary).`)
            ]
          : [])
      ];
  }
}

// ---------------------------------------------------------------------------------------------------------------
// docker: env file

function envText(d: Desired): string {
  const v = d.value;
  try {
    if (v.kind === 'list') return formatEnvList(v.value);
    if (v.kind === 'boolean') return String(v.value);
    if (v.kind === 'string') return formatEnvValue(v.value);
    return v.inline !== undefined ? formatEnvValue(v.inline) : `\${${v.envVar}}`;
  } catch (e) {
    if (!(e instanceof EnvValueError)) throw e;
    // Other values were checked with the inputs; these two come from lists or from Auth0.
    if (d.setting.name === 'oidcSecret') {
      throw new RenderError(
        `The login application's client secret ${e.message}; reference it instead (inline-secrets: false).`,
        'inline-secrets'
      );
    }
    throw new RenderError(`\`${d.setting.env}\` ${e.message}.`, 'admin-principals');
  }
}

function envEntries(desired: Desired[]): EnvEntry[] {
  return desired.map(d => {
    const entry: EnvEntry = { key: d.setting.env!, text: envText(d) };
    if (d.onlyIfPresent) entry.onlyIfPresent = true;
    if (d.value.kind === 'secret' && d.value.inline === undefined) {
      entry.comment =
        `Export ${d.value.envVar} (the login application's client secret) where docker compose runs: ` +
        'Compose substitutes ${…} in an env file from the shell environment.';
    }
    return entry;
  });
}

function renderEnv(input: ServerSettingsInput, desired: Desired[]): string {
  const base = input.template
    ? parseEnvFile(input.template.text)
    : parseEnvFile(
        headerLines(input)
          .map(l => `# ${l}`)
          .join('\n') + '\n'
      );
  const header = input.template ? [`Added by ${GENERATOR}: Auth0 login settings`] : [];
  return serializeEnvFile(applyEnvEntries(base, envEntries(desired), header));
}

// ---------------------------------------------------------------------------------------------------------------
// bare-metal and kubernetes: YAML

/** Inline secrets go in as unique plain placeholders, replaced by their double-quoted value after stringifying. */
class Placeholders {
  readonly values = new Map<string, string>();
  constructor(private readonly taken: string) {}
  add(secret: string): string {
    let token: string;
    let n = this.values.size;
    do token = `__OMA_INLINE_SECRET_${n++}__`;
    while (this.taken.includes(token));
    this.values.set(token, secret);
    return token;
  }
  apply(text: string): string {
    for (const [token, secret] of this.values) text = text.split(token).join(doubleQuoted(secret));
    return text;
  }
}

function parseYamlTemplate(template: { path: string; text: string }): Document {
  // As validate parses (linear: the library's own duplicate-key scan is quadratic in a mapping's size).
  const { doc, errors } = parseForLint(template.text, new LineCounter());
  const name = `server-config-template (${template.path})`;
  if (errors.length > 0) {
    const what =
      errors[0].code === 'MULTIPLE_DOCS'
        ? 'it holds more than one YAML document'
        : sanitizeParserMessage(errors[0].message);
    throw new RenderError(`${name} is not valid YAML: ${what}`, TEMPLATE_INPUT);
  }
  if (doc.contents == null) doc.contents = doc.createNode({}) as YAMLMap;
  if (!isMap(doc.contents))
    throw new RenderError(`${name} must be a YAML mapping at the top level.`, TEMPLATE_INPUT);
  return doc;
}

function setYamlValue(
  doc: Document,
  map: YAMLMap,
  key: string,
  d: Desired,
  shape: 'openmetadata-yaml' | 'helm-values',
  ph: Placeholders
): void {
  const value: DesiredValue = (shape === 'helm-values' && d.helmValue) || d.value;
  const secretKey = d.setting.helmSecretKey;
  if (shape === 'helm-values' && secretKey) {
    // The chart reads the OIDC client id and secret from a Secret; their values never enter the values file.
    if (value.kind === 'string' && value.value === '') return;
    setSecretRef(doc, map, key, HELM_OIDC_SECRET, secretKey);
    return;
  }
  if (value.kind === 'list') setList(doc, map, key, value.value);
  else if (value.kind === 'boolean') setScalar(doc, map, key, value.value);
  else if (value.kind === 'string') setScalar(doc, map, key, value.value);
  else if (value.inline !== undefined) setScalar(doc, map, key, ph.add(value.inline), true);
  else setScalar(doc, map, key, `\${${value.envVar}}`);
}

/** Keys of the table's settings that follow `setting` in the same mapping. */
function laterSiblings(
  setting: Setting,
  parentPath: readonly string[],
  pathOf: (s: Setting) => readonly string[] | undefined
): string[] {
  const later = SETTINGS.slice(SETTINGS.indexOf(setting) + 1);
  const parent = parentPath.join('\u0000');
  return later.flatMap(s => {
    const p = pathOf(s);
    return p && p.slice(0, -1).join('\u0000') === parent ? [p[p.length - 1]] : [];
  });
}

function renderYaml(
  input: ServerSettingsInput,
  desired: Desired[],
  shape: 'openmetadata-yaml' | 'helm-values'
): string {
  const doc = input.template ? parseYamlTemplate(input.template) : new Document({}, { version: '1.1' });
  const name = input.template ? `server-config-template (${input.template.path})` : 'the rendered file';
  const ph = new Placeholders(input.template?.text ?? '');
  const pathOf = (s: Setting) => columnOf(s, shape);
  for (const d of desired) {
    const path = pathOf(d.setting)!;
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    if (d.onlyIfPresent && !findMapAt(doc, parentPath)?.has(key)) continue;
    const map = ensureMapAt(doc, parentPath, name);
    const added = !map.has(key);
    setYamlValue(doc, map, key, d, shape, ph);
    if (added) placeBefore(map, key, laterSiblings(d.setting, parentPath, pathOf));
  }
  if (!input.template)
    doc.commentBefore = headerLines(input)
      .map(l => ` ${l}`)
      .join('\n');
  const style = input.template ? detectIndent(input.template.text) : { indent: 2, indentSeq: true };
  return ph.apply(doc.toString({ lineWidth: 0, ...style }));
}

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes Secret

const shellWord = (s: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

function kubectlSecretCommand(input: ServerSettingsInput): string {
  return (
    `kubectl create secret generic ${HELM_OIDC_SECRET} --namespace <namespace> ` +
    `--from-literal=openmetadata-oidc-client-id=${shellWord(input.clientId)} ` +
    '--from-literal=openmetadata-oidc-client-secret=<client secret>'
  );
}

function secretManifest(input: ServerSettingsInput): string {
  return [
    `# The ${HELM_OIDC_SECRET} Secret read by the openmetadata Helm chart (oidcConfiguration.clientId/clientSecret).`,
    `# Generated by ${GENERATOR}. It holds the client secret in plain text (inline-secrets: true): keep it out of version control.`,
    '# Use: kubectl apply --namespace <namespace> -f <this file>',
    'apiVersion: v1',
    'kind: Secret',
    'metadata:',
    `  name: ${HELM_OIDC_SECRET}`,
    'type: Opaque',
    'stringData:',
    `  openmetadata-oidc-client-id: ${doubleQuoted(input.clientId)}`,
    `  openmetadata-oidc-client-secret: ${doubleQuoted(input.clientSecret ?? '')}`,
    ''
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

const NO_DEFAULT_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * `${NAME}` references without a default in the file's values (not its comments; not single-quoted env values,
 * which are literal): each must be set where the file is used.
 */
function referencedVars(text: string, shape: Shape, first: string[]): string[] {
  const values: string[] = [];
  if (shape === 'env') {
    for (const line of parseEnvFile(text).lines) {
      if (line.type === 'assignment' && line.quote !== "'") values.push(line.value);
    }
  } else {
    // The raw source, as the server substitutes the text before parsing it (an escaped `\x24{…}` is no reference).
    visit(parseDocument(text, LINT_PARSE_OPTIONS), {
      Scalar(_key, node) {
        if (typeof node.value === 'string' && node.range)
          values.push(text.slice(node.range[0], node.range[1]));
      }
    });
  }
  const names = [...first];
  for (const v of values) for (const m of v.matchAll(NO_DEFAULT_REFERENCE)) names.push(m[1]);
  return [...new Set(names)];
}

/** Output diagnostics that the template already had (same rule and message), with template positions. */
function keptFromTemplate(templateDiags: Diagnostic[], output: Diagnostic[]): Diagnostic[] {
  const remaining = new Map<string, number>();
  for (const d of output)
    remaining.set(`${d.ruleId}\u0000${d.message}`, (remaining.get(`${d.ruleId}\u0000${d.message}`) ?? 0) + 1);
  return templateDiags.filter(d => {
    const k = `${d.ruleId}\u0000${d.message}`;
    const n = remaining.get(k) ?? 0;
    if (n > 0) remaining.set(k, n - 1);
    return n > 0;
  });
}

export function renderServerSettings(input: ServerSettingsInput): ServerSettingsOutput {
  checkInput(input);
  if (input.template) checkTemplateKind(input.template, input.deployment);
  const shape = SHAPE_OF[input.deployment];
  const desired = desiredSettings(input).filter(d => columnOf(d.setting, shape) !== undefined);
  const text = shape === 'env' ? renderEnv(input, desired) : renderYaml(input, desired, shape);

  const confidential = input.clientType === 'confidential';
  const secretVar =
    confidential && !input.inlineSecrets && shape !== 'helm-values' ? [input.oidcSecretEnvVar] : [];
  // The chart does not substitute environment variables in values.
  const envVars = shape === 'helm-values' ? [] : referencedVars(text, shape, secretVar);

  const kind: ServerConfigKind = shape;
  const lintOptions = { auth0Domain: input.auth0Domain, openmetadataUrl: input.openmetadataUrl };
  const diagnostics = lintServerSettings(text, kind, {
    ...lintOptions,
    allowLiteralSecret: input.inlineSecrets
  });
  const templateDiagnostics = input.template
    ? keptFromTemplate(lintServerSettings(input.template.text, kind, lintOptions), diagnostics)
    : [];

  const out: ServerSettingsOutput = { text, envVars, diagnostics, templateDiagnostics };
  if (input.deployment === 'kubernetes' && confidential) {
    out.kubectlSecretCommand = kubectlSecretCommand(input);
    if (input.inlineSecrets) out.secretManifest = secretManifest(input);
  }
  return out;
}
