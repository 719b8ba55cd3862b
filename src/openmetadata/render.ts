/**
 * Renders the ingestion `workflowConfig` for the Auth0 M2M app, in the shape the OpenMetadata version accepts
 * (DESIGN.md "OpenMetadata versions decide the rendered shape"; schema facts in schema.ts):
 *
 * - `client-secret` (< 1.3): `authProvider: auth0`, `securityConfig: {clientId, secretKey, domain}` — exactly the
 *   three keys of `security/client/auth0SSOClientConfig.json` (all required, `additionalProperties: false`).
 * - `access-token` (≥ 1.3, also valid on 1.2, whose securityConfig oneOf includes the JWT config):
 *   `authProvider: openmetadata`, `securityConfig: {jwtToken}` (`security/client/openMetadataJWTClientConfig.json`).
 *
 * Credentials are `${VAR}` references by default: the `metadata` CLI expands `$VAR`/`${VAR}` in the file text
 * (Python `os.path.expandvars`) before parsing it. With `inlineSecrets` the value itself is written, as a YAML
 * double-quoted scalar in which `$` is escaped as `\x24`, so that the CLI's expansion cannot alter it.
 *
 * Built with the `yaml` Document API, so a template keeps its comments, key order and other keys. The output is
 * linted with the same rules as `mode: validate` before it is returned.
 */
import { Document, isMap, isScalar, LineCounter, Scalar, visit, type YAMLMap } from 'yaml';
import { lintWorkflowText, parseForLint, sanitizeParserMessage } from './lint.js';
import { type Diagnostic, ENV_VAR_NAME, REFERENCE_ONLY } from './model.js';
import { type OmVersion, usesJwtOnly } from './versions.js';
import { detectIndent } from './yaml-style.js';

export type IngestionCredential = 'client-secret' | 'access-token';

export interface RenderInput {
  version: OmVersion;
  credential: IngestionCredential;
  /** e.g. http://localhost:8585/api */
  hostPort: string;
  /** Bare Auth0 host[:port]. */
  domain: string;
  clientId: string;
  /** AUTH0_CLIENT_SECRET by default. */
  secretEnvVar: string;
  /** OPENMETADATA_JWT_TOKEN by default. */
  tokenEnvVar: string;
  inlineSecrets: boolean;
  /** Used only when inlineSecrets. */
  clientSecret?: string;
  /** Used only when inlineSecrets. */
  accessToken?: string;
  /** An existing ingestion YAML to merge into. */
  template?: { path: string; text: string };
}

export interface RenderOutput {
  yaml: string;
  /** Environment variables the file references: the credential's first, then any others found in its values. */
  envVars: string[];
  /** Lint of the output (`source` may be missing when there is no template). Any error is a defect. */
  diagnostics: Diagnostic[];
  /**
   * The subset of problems that were already in the template (positions in the template file), so that a
   * caller can point at `workflow-template` rather than at the action. Empty without a template.
   */
  templateDiagnostics: Diagnostic[];
}

/** A problem with the render inputs; `input` names the action input to fix. */
export class RenderError extends Error {
  constructor(
    message: string,
    readonly input: string
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

const GENERATOR = 'openmetadata-auth0-action';

/** Escapes a string as a YAML double-quoted scalar, with `$` as `\x24` (see the module comment). */
export function doubleQuoted(value: string): string {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '$') out += '\\x24';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
      out += `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return `${out}"`;
}

/** Sets `map[key]` to a string, reusing an existing scalar so its comments and quoting survive. */
function setScalar(doc: Document, map: YAMLMap, key: string, value: string, plain: boolean): void {
  const existing = map.get(key, true);
  if (isScalar(existing)) {
    existing.value = value;
    if (plain || existing.type === Scalar.BLOCK_FOLDED || existing.type === Scalar.BLOCK_LITERAL) {
      existing.type = Scalar.PLAIN;
    }
    return;
  }
  const node = doc.createNode(value) as Scalar;
  if (plain) node.type = Scalar.PLAIN;
  map.set(key, node);
}

/** Returns `map[key]` as a mapping, creating (or replacing a non-mapping value with) an empty one. */
function ensureMap(doc: Document, map: YAMLMap, key: string): { map: YAMLMap; created: boolean } {
  const existing = map.get(key, true);
  if (isMap(existing)) return { map: existing, created: false };
  const fresh = doc.createNode({}) as YAMLMap;
  map.set(key, fresh);
  return { map: fresh, created: true };
}

function parseTemplate(template: { path: string; text: string }): Document {
  const lineCounter = new LineCounter();
  // As validate parses (linear: the library's own duplicate-key scan is quadratic in a mapping's size).
  const { doc, errors } = parseForLint(template.text, lineCounter);
  const name = `workflow-template (${template.path})`;
  if (errors.length > 0) {
    const err = errors[0];
    const pos = lineCounter.linePos(Math.min(err.pos[0], template.text.length));
    const what =
      err.code === 'MULTIPLE_DOCS'
        ? 'it contains more than one YAML document'
        : sanitizeParserMessage(err.message);
    throw new RenderError(
      `${name} is not valid YAML: line ${pos.line}, column ${pos.col}: ${what}`,
      'workflow-template'
    );
  }
  if (!isMap(doc.contents)) {
    throw new RenderError(
      `${name} must be an ingestion workflow file: a YAML mapping at the top level (source, sink, workflowConfig); ` +
        `it is ${doc.contents == null ? 'empty' : 'not a mapping'}.`,
      'workflow-template'
    );
  }
  return doc;
}

/** `${NAME}` references in the string values of a document, plus values that are a bare `$NAME`. */
function referencedVars(doc: Document): string[] {
  const names: string[] = [];
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value !== 'string' || !node.value.includes('$')) return;
      for (const m of node.value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)) names.push(m[1]);
      if (REFERENCE_ONLY.test(node.value)) {
        for (const m of node.value.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) names.push(m[1]);
      }
    }
  });
  return names;
}

/** Output diagnostics that the template already had (same rule and message), with template positions. */
function fromTemplate(templateDiags: Diagnostic[], output: Diagnostic[]): Diagnostic[] {
  const remaining = new Map<string, number>();
  for (const d of output) {
    const k = `${d.ruleId}\u0000${d.message}`;
    remaining.set(k, (remaining.get(k) ?? 0) + 1);
  }
  return templateDiags.filter(d => {
    const k = `${d.ruleId}\u0000${d.message}`;
    const n = remaining.get(k) ?? 0;
    if (n === 0) return false;
    remaining.set(k, n - 1);
    return true;
  });
}

export function renderWorkflowConfig(input: RenderInput): RenderOutput {
  const jwt = input.credential === 'access-token';
  const v = input.version.text;
  if (!jwt && usesJwtOnly(input.version)) {
    throw new RenderError(
      `ingestion-credential client-secret needs OpenMetadata < 1.3; ${v} accepts only a JWT (use access-token or auto).`,
      'ingestion-credential'
    );
  }

  // Inline secrets go in as unique plain placeholders and are substituted after stringifying (see doubleQuoted).
  const placeholders = new Map<string, string>();
  const taken = input.template?.text ?? '';
  const credentialValue = (
    envVar: string,
    envInput: string,
    secret: string | undefined,
    secretInput: string
  ) => {
    if (!input.inlineSecrets) {
      if (!ENV_VAR_NAME.test(envVar)) {
        throw new RenderError(
          `${envInput} must be an environment variable name ([A-Za-z_][A-Za-z0-9_]*) for the file to reference.`,
          envInput
        );
      }
      return { value: `\${${envVar}}`, plain: false };
    }
    if (!secret) {
      throw new RenderError(
        `inline-secrets needs the ${secretInput} value, and it is not available.`,
        secretInput
      );
    }
    let token: string;
    let n = placeholders.size;
    do token = `__OMA_INLINE_SECRET_${n++}__`;
    while (taken.includes(token));
    placeholders.set(token, secret);
    return { value: token, plain: true };
  };

  const security: [string, { value: string; plain: boolean }][] = [];
  let authVar: string | undefined;
  if (jwt) {
    security.push([
      'jwtToken',
      credentialValue(input.tokenEnvVar, 'token-env-var', input.accessToken, 'access token')
    ]);
    authVar = input.inlineSecrets ? undefined : input.tokenEnvVar;
  } else {
    if (!input.clientId) throw new RenderError('The client id of the ingestion app is empty.', 'client-id');
    if (!input.domain) throw new RenderError('auth0-domain is empty.', 'auth0-domain');
    security.push(['clientId', { value: input.clientId, plain: false }]);
    security.push([
      'secretKey',
      credentialValue(input.secretEnvVar, 'secret-env-var', input.clientSecret, 'client-secret')
    ]);
    security.push(['domain', { value: input.domain, plain: false }]);
    authVar = input.inlineSecrets ? undefined : input.secretEnvVar;
  }
  const authProvider = jwt ? 'openmetadata' : 'auth0';

  let doc: Document;
  let style = { indent: 2, indentSeq: true };
  if (input.template) {
    doc = parseTemplate(input.template);
    style = detectIndent(input.template.text);
    const root = doc.contents as YAMLMap;
    const wc = ensureMap(doc, root, 'workflowConfig');
    if (wc.created) wc.map.set('loggerLevel', 'INFO');
    const server = ensureMap(doc, wc.map, 'openMetadataServerConfig').map;
    setScalar(doc, server, 'hostPort', input.hostPort, false);
    setScalar(doc, server, 'authProvider', authProvider, false);
    const sc = ensureMap(doc, server, 'securityConfig').map;
    // Keys of the previous shape (e.g. auth0's clientId/secretKey/domain when switching to jwtToken) are invalid
    // in the new one: additionalProperties is false in every client config.
    const wanted = new Set(security.map(([k]) => k));
    sc.items = sc.items.filter(pair => isScalar(pair.key) && wanted.has(String(pair.key.value)));
    for (const [key, val] of security) setScalar(doc, sc, key, val.value, val.plain);
  } else {
    // YAML 1.1, as the CLI reads it: strings such as `no`, `on` or `1:20` get quoted.
    doc = new Document(
      {
        workflowConfig: {
          loggerLevel: 'INFO',
          openMetadataServerConfig: { hostPort: input.hostPort, authProvider, securityConfig: {} }
        }
      },
      { version: '1.1' }
    );
    const sc = doc.getIn(['workflowConfig', 'openMetadataServerConfig', 'securityConfig'], true) as YAMLMap;
    for (const [key, val] of security) setScalar(doc, sc, key, val.value, val.plain);
    const credentialText = jwt ? 'securityConfig.jwtToken' : 'securityConfig {clientId, secretKey, domain}';
    const header = [
      ` Generated by ${GENERATOR} for OpenMetadata ${v}: authProvider ${authProvider}, ${credentialText}.`,
      ' Merge this workflowConfig into each ingestion workflow file (it has no source or sink).'
    ];
    if (authVar) {
      header.push(
        ` Set ${authVar} where the metadata CLI runs: it expands environment variable references before parsing.`
      );
    } else {
      header.push(
        ' It holds a credential in plain text (inline-secrets: true): keep it out of version control.'
      );
    }
    doc.commentBefore = header.join('\n');
  }

  let yaml = doc.toString({ lineWidth: 0, indent: style.indent, indentSeq: style.indentSeq });
  for (const [token, secret] of placeholders) yaml = yaml.split(token).join(doubleQuoted(secret));

  const names = referencedVars(doc);
  const envVars = [...new Set([...(authVar ? [authVar] : []), ...names])];
  const diagnostics = lintWorkflowText(yaml, {
    version: input.version,
    requireSource: !!input.template,
    allowInlineSecurityConfig: input.inlineSecrets
  });
  const templateDiagnostics = input.template
    ? fromTemplate(lintWorkflowText(input.template.text, { version: input.version }), diagnostics)
    : [];
  return { yaml, envVars, diagnostics, templateDiagnostics };
}
