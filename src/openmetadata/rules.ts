/**
 * The lint rules for OpenMetadata ingestion files. Each rule is a pure function of the {@link WorkflowModel}
 * (the parsed `yaml` document, its LineCounter and the version) and returns its diagnostics. Schema facts and their
 * sources are in schema.ts; the 1.3 behaviour change is documented in versions.ts and DESIGN.md.
 *
 * No message or fix ever contains the value of a credential.
 */
import { isScalar, isSeq } from 'yaml';
import {
  type Diagnostic,
  type Entry,
  type RuleMeta,
  type Section,
  type Span,
  type WorkflowModel,
  describeValue,
  didYouMean,
  ENV_VAR_NAME,
  keySpan,
  listOf,
  makeDiagnostic,
  quoted,
  REFERENCE_ONLY,
  spanOf,
  stringValue,
  trimEndChar,
  urlForMessage,
  valueSpan
} from './model.js';
import {
  AUTH0_KEYS,
  authProviders,
  caCertificateKeys,
  JWT_SHAPE,
  LOG_LEVELS,
  omServerConfigKeys,
  SECURITY_CONFIG_SHAPES,
  type SecurityConfigShape,
  sslConfigKeys,
  TOP_LEVEL_KEYS,
  VERIFY_SSL,
  workflowConfigKeys
} from './schema.js';

export interface Rule extends RuleMeta {
  description: string;
  check(m: WorkflowModel): Diagnostic[];
}

const JWT_REPLACEMENT =
  '`authProvider: openmetadata` and `securityConfig: {jwtToken: ${OPENMETADATA_JWT_TOKEN}}`';

function om(m: WorkflowModel): string {
  return `OpenMetadata ${m.version.text}`;
}

/** Where to report "X is missing from this mapping": its key, or the start of the document. */
function sectionSpan(m: WorkflowModel, s: Section | undefined): Span {
  if (s) return keySpan(s.entry);
  const firstKey = m.root?.items[0]?.key;
  if (isScalar(firstKey)) {
    const span = spanOf(firstKey);
    if (span) return span;
  }
  return { start: m.rootStart, end: m.rootStart };
}

/**
 * The `authProvider` when it names another SSO provider with a client config of its own (google, okta, azure,
 * custom-oidc): its securityConfig is that provider's block, not the auth0 one, even where keys overlap
 * (`clientId`, `secretKey`).
 */
function otherSsoProvider(m: WorkflowModel): string | undefined {
  const provider = stringValue(m.serverConfig?.entries.get('authProvider'));
  if (provider === undefined || provider === 'auth0' || provider === 'openmetadata') return undefined;
  return Object.hasOwn(SECURITY_CONFIG_SHAPES, provider) ? provider : undefined;
}

/**
 * True when the file uses the auth0 client-credentials block: `authProvider: auth0` (unless securityConfig is
 * already just `{jwtToken}`), or, under any other authProvider without a client config of its own (openmetadata,
 * basic, none given…), a securityConfig made only of clientId/secretKey/domain.
 */
function hasAuth0Block(m: WorkflowModel): boolean {
  const sc = m.securityConfig?.entries;
  const auth0Keys = !!sc && AUTH0_KEYS.some(k => sc.has(k));
  const jwtOnly = !!sc && sc.has('jwtToken') && !auth0Keys;
  if (stringValue(m.serverConfig?.entries.get('authProvider')) === 'auth0') return !jwtOnly;
  if (!sc || !auth0Keys || otherSsoProvider(m)) return false;
  return [...sc.keys()].every(k => AUTH0_KEYS.includes(k));
}

/**
 * Workflow files that have no `source` by design: an application run (`metadata app`;
 * `metadataIngestion/application.json` requires only `workflowConfig`, the app is named by `sourcePythonClass` and
 * configured by `appConfig`) and the `metadata lineage` CLI's file (`ingestion/src/metadata/cli/lineage.py`,
 * `LineageWorkflow`: `serviceName`, `filePath` or `query`, `workflowConfig`).
 */
function needsNoSource(m: WorkflowModel): boolean {
  if (m.top.has('sourcePythonClass') || m.top.has('appConfig')) return true;
  return m.top.has('serviceName') && (m.top.has('filePath') || m.top.has('query'));
}

// ---------------------------------------------------------------------------------------------------------------

/** True when `section` has an unknown key for which unknown-key suggests `name` (see {@link unknownKeys}). */
function misspelt(section: Section, name: string, allowed: readonly string[]): boolean {
  for (const key of section.entries.keys()) {
    if (!allowed.includes(key) && didYouMean(key, allowed) === name) return true;
  }
  return false;
}

const requiredKey: Rule = {
  id: 'required-key',
  severity: 'error',
  description:
    'The keys every workflow needs: `workflowConfig` (a mapping), its `openMetadataServerConfig` (a mapping) and ' +
    'that mapping’s `hostPort`.',
  check(m) {
    const out: Diagnostic[] = [];
    if (!m.root) {
      out.push(
        makeDiagnostic(
          m,
          this,
          { start: m.rootStart, end: m.rootStart },
          'An ingestion workflow file must be a YAML mapping with `source`, `sink` and `workflowConfig` at the top level.'
        )
      );
      return out;
    }
    const wc = m.workflowConfig;
    if (!wc) {
      const near = [...m.top.keys()].find(k => didYouMean(k, ['workflowConfig']) === 'workflowConfig');
      const nearEntry = near ? m.top.get(near) : undefined;
      out.push(
        makeDiagnostic(
          m,
          this,
          nearEntry ? keySpan(nearEntry) : sectionSpan(m, undefined),
          near
            ? `Missing required top-level key \`workflowConfig\`; \`${quoted(near)}\` looks like a misspelling of it (keys are case-sensitive).`
            : 'Missing required top-level key `workflowConfig` (it holds `openMetadataServerConfig`).',
          near
            ? `Rename \`${quoted(near)}\` to \`workflowConfig\`.`
            : 'Add `workflowConfig: {openMetadataServerConfig: {hostPort: …, authProvider: …, securityConfig: …}}`.'
        )
      );
      return out;
    }
    if (!wc.map) {
      out.push(
        makeDiagnostic(
          m,
          this,
          valueSpan(wc.entry),
          `\`workflowConfig\` must be a mapping with \`openMetadataServerConfig\`; it is ${describeValue(wc.entry.value)}.`
        )
      );
      return out;
    }
    const sc = m.serverConfig;
    // A misspelt key (`openMetadataServerconfig`, `hostport`) is reported once, by unknown-key with its "did you
    // mean", rather than a second time here as a missing key at another position.
    if (!sc && misspelt(wc, 'openMetadataServerConfig', workflowConfigKeys(m.version))) return out;
    if (!sc) {
      out.push(
        makeDiagnostic(
          m,
          this,
          keySpan(wc.entry),
          '`workflowConfig` is missing the required key `openMetadataServerConfig`.',
          'Add `openMetadataServerConfig` with `hostPort`, `authProvider` and `securityConfig` under `workflowConfig`.'
        )
      );
      return out;
    }
    if (!sc.map) {
      out.push(
        makeDiagnostic(
          m,
          this,
          valueSpan(sc.entry),
          `\`openMetadataServerConfig\` must be a mapping; it is ${describeValue(sc.entry.value)}.`
        )
      );
      return out;
    }
    if (!sc.entries.has('hostPort') && !misspelt(sc, 'hostPort', omServerConfigKeys(m.version))) {
      out.push(
        makeDiagnostic(
          m,
          this,
          keySpan(sc.entry),
          '`openMetadataServerConfig` is missing the required key `hostPort`.',
          'Add `hostPort: http://<server>:8585/api` (the URL must include the `/api` path).'
        )
      );
    }
    return out;
  }
};

const sourceMissing: Rule = {
  id: 'source-missing',
  severity: 'warning',
  description:
    'A workflow file needs a top-level `source` (with `sink` or `bulkSink`); a warning, as the file may be a ' +
    'snippet meant to be merged.',
  check(m) {
    // Without workflowConfig the file is probably no workflow at all: required-key says enough.
    if (!m.options.requireSource || !m.workflowConfig || m.top.has('source') || needsNoSource(m)) return [];
    return [
      makeDiagnostic(
        m,
        this,
        sectionSpan(m, undefined),
        'No top-level `source`: the `metadata` CLI requires `source` and `workflowConfig` (fine if this file is a snippet to merge).',
        'Add the `source` (and `sink`) of the connector, or exclude snippet files from `validate-paths`.'
      )
    ];
  }
};

function unknownKeys(
  m: WorkflowModel,
  rule: Rule,
  s: Section | undefined,
  where: string,
  allowed: string[],
  elsewhere: { keys: string[]; where: string }[]
): Diagnostic[] {
  if (!s?.map) return [];
  const out: Diagnostic[] = [];
  // Once per mapping, not per key: a mapping of 60,000 unknown keys must not build the list 60,000 times.
  const allowedList = listOf(allowed);
  for (const entry of s.entries.values()) {
    if (allowed.includes(entry.name)) continue;
    const home = elsewhere.find(e => e.keys.includes(entry.name));
    const guess = didYouMean(entry.name, allowed);
    const name = quoted(entry.name);
    let message = `Unknown key \`${name}\` in \`${where}\`: ${om(m)} rejects keys its schema does not define.`;
    let fix: string | undefined;
    if (home) {
      message += ` \`${name}\` belongs under \`${home.where}\`.`;
      fix = `Move \`${name}\` under \`${home.where}\`.`;
    } else if (guess) {
      message += ` Did you mean \`${guess}\`?`;
      fix = `Rename \`${name}\` to \`${guess}\`.`;
    } else {
      fix = `Remove \`${name}\`; allowed keys: ${allowedList}.`;
    }
    out.push(makeDiagnostic(m, rule, keySpan(entry), message, fix));
  }
  return out;
}

const unknownKey: Rule = {
  id: 'unknown-key',
  severity: 'error',
  description:
    'Keys that the version’s schema does not define in `workflowConfig`, `openMetadataServerConfig` or ' +
    '`sslConfig` (all `additionalProperties: false`), with a "did you mean" suggestion.',
  check(m) {
    const wcKeys = workflowConfigKeys(m.version);
    const omKeys = omServerConfigKeys(m.version);
    return [
      ...unknownKeys(m, this, m.workflowConfig, 'workflowConfig', wcKeys, [
        { keys: omKeys.filter(k => k !== 'type'), where: 'workflowConfig.openMetadataServerConfig' },
        { keys: TOP_LEVEL_KEYS.filter(k => k !== 'workflowConfig'), where: 'the top level' }
      ]),
      ...unknownKeys(m, this, m.serverConfig, 'openMetadataServerConfig', omKeys, [
        { keys: wcKeys.filter(k => k !== 'config'), where: 'workflowConfig' }
      ]),
      ...unknownKeys(m, this, m.sslConfig, 'openMetadataServerConfig.sslConfig', sslConfigKeys(m.version), [])
    ];
  }
};

const authProvider: Rule = {
  id: 'auth-provider',
  severity: 'error',
  description:
    '`authProvider` must be in the version’s enum (1.2 has `no-auth`, 1.7 does not); on ≥ 1.3 any value but ' +
    '`openmetadata` is a warning, since the ingestion client only sends a JWT.',
  check(m) {
    const entry = m.serverConfig?.entries.get('authProvider');
    if (!entry) return [];
    const allowed = authProviders(m.version);
    const value = stringValue(entry);
    if (value === undefined || !allowed.includes(value)) {
      const guess = value !== undefined ? didYouMean(value, allowed) : undefined;
      let message = `\`authProvider\` must be one of ${listOf(allowed)} on ${om(m)}`;
      message +=
        value === undefined ? `; it is ${describeValue(entry.value)}.` : `; \`${quoted(value)}\` is not.`;
      let fix = guess ? `Use \`authProvider: ${guess}\`.` : undefined;
      if (m.jwtOnly && (value === 'no-auth' || !guess)) {
        if (value === 'no-auth') message += ' `no-auth` was removed from the schema after 1.2.';
        fix = `Use ${JWT_REPLACEMENT}.`;
      }
      return [makeDiagnostic(m, this, valueSpan(entry), message, fix)];
    }
    if (m.jwtOnly && value !== 'openmetadata' && !hasAuth0Block(m)) {
      return [
        makeDiagnostic(
          m,
          this,
          valueSpan(entry),
          `On OpenMetadata ≥ 1.3 the ingestion client authenticates only with a JWT (\`securityConfig.jwtToken\`, sent as a Bearer token); \`authProvider: ${quoted(value)}\` should be \`openmetadata\`.`,
          `Use ${JWT_REPLACEMENT}.`,
          'warning'
        )
      ];
    }
    return [];
  }
};

const auth0RemovedIn13: Rule = {
  id: 'auth0-removed-in-1.3',
  severity: 'error',
  description:
    'On OpenMetadata ≥ 1.3 the `authProvider: auth0` client-credentials block (clientId/secretKey/domain) no ' +
    'longer works: the ingestion client only sends `securityConfig.jwtToken`.',
  check(m) {
    if (!m.jwtOnly || !m.serverConfig?.map || !hasAuth0Block(m)) return [];
    const ap = m.serverConfig.entries.get('authProvider');
    const span =
      ap && stringValue(ap) === 'auth0'
        ? valueSpan(ap)
        : m.securityConfig
          ? keySpan(m.securityConfig.entry)
          : keySpan(m.serverConfig.entry);
    return [
      makeDiagnostic(
        m,
        this,
        span,
        `The Auth0 client-credentials block (\`authProvider: auth0\` with securityConfig clientId/secretKey/domain) ` +
          `does not work on ${om(m)}: OpenMetadata 1.3 removed every non-JWT auth path from the ingestion client, ` +
          'whose securityConfig now accepts only `jwtToken`, sent as `Authorization: Bearer`.',
        `Replace it with ${JWT_REPLACEMENT}. The JWT can be the Auth0 client-credentials access token (the server ` +
          `must list ${jwksUrlFor(m)} in publicKeyUrls and have a user named after the ` +
          'lower-cased client id) or an OpenMetadata bot token.'
      )
    ];
  }
};

/** Names people use for the credential keys of the client configs. */
const SYNONYMS: Record<string, string[]> = {
  clientSecret: ['secretKey'],
  client_secret: ['secretKey', 'clientSecret'],
  secret: ['secretKey', 'clientSecret'],
  secretKey: ['clientSecret'],
  token: ['jwtToken'],
  jwt: ['jwtToken'],
  accessToken: ['jwtToken'],
  access_token: ['jwtToken']
};

function checkShape(
  m: WorkflowModel,
  rule: Rule,
  sc: Section,
  shape: SecurityConfigShape,
  why: string
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const props = Object.keys(shape.properties);
  for (const entry of sc.entries.values()) {
    const type = Object.hasOwn(shape.properties, entry.name) ? shape.properties[entry.name] : undefined;
    if (!type) {
      const synonym = Object.hasOwn(SYNONYMS, entry.name)
        ? SYNONYMS[entry.name].find(s => props.includes(s) && !sc.entries.has(s))
        : undefined;
      const guess = synonym ?? didYouMean(entry.name, props);
      out.push(
        makeDiagnostic(
          m,
          rule,
          keySpan(entry),
          `\`securityConfig\` ${why} accepts only ${listOf(props)} (${shape.title}); \`${quoted(entry.name)}\` is not allowed.` +
            (guess ? ` Did you mean \`${guess}\`?` : ''),
          guess ? `Rename \`${quoted(entry.name)}\` to \`${guess}\`.` : `Remove \`${quoted(entry.name)}\`.`
        )
      );
      continue;
    }
    const v = entry.value;
    const ok =
      type === 'array' ? isSeq(v) : isScalar(v) && typeof v.value === 'string' && v.value.trim().length > 0;
    if (!ok) {
      out.push(
        makeDiagnostic(
          m,
          rule,
          valueSpan(entry),
          `\`securityConfig.${entry.name}\` must be ${type === 'array' ? 'a list of strings' : 'a non-empty string'}; it is ${describeValue(v)}.`
        )
      );
    }
  }
  const missing = shape.required.filter(k => !sc.entries.has(k));
  if (missing.length > 0) {
    out.push(
      makeDiagnostic(
        m,
        rule,
        keySpan(sc.entry),
        `\`securityConfig\` ${why} is missing ${listOf(missing)} (required by ${shape.title}).`,
        `Add ${missing.map(k => `\`${k}\``).join(', ')} under \`securityConfig\`.`
      )
    );
  }
  return out;
}

const securityConfigShape: Rule = {
  id: 'security-config-shape',
  severity: 'error',
  description:
    '`securityConfig` must match the client config of the `authProvider` (< 1.3, e.g. auth0: exactly clientId, ' +
    'secretKey, domain) or be `{jwtToken}` (≥ 1.3); keys, required keys and string values are checked.',
  check(m) {
    const server = m.serverConfig;
    if (!server?.map) return [];
    if (m.jwtOnly && hasAuth0Block(m)) return []; // auth0-removed-in-1.3 reports this block once
    const apEntry = server.entries.get('authProvider');
    const provider = stringValue(apEntry);
    const sc = m.securityConfig;
    const shape = m.jwtOnly
      ? JWT_SHAPE
      : provider !== undefined && Object.hasOwn(SECURITY_CONFIG_SHAPES, provider)
        ? SECURITY_CONFIG_SHAPES[provider]
        : undefined;
    if (!sc) {
      const needs = m.jwtOnly ? provider === 'openmetadata' : !!shape;
      if (!needs || !apEntry || !shape) return [];
      return [
        makeDiagnostic(
          m,
          this,
          valueSpan(apEntry),
          `\`authProvider: ${quoted(provider ?? '')}\` needs a \`securityConfig\` with ${listOf(shape.required)} (${shape.title}).`,
          `Add \`securityConfig\` under \`openMetadataServerConfig\` with ${listOf(shape.required)}.`
        )
      ];
    }
    if (!sc.map) {
      return [
        makeDiagnostic(
          m,
          this,
          valueSpan(sc.entry),
          `\`securityConfig\` must be a mapping; it is ${describeValue(sc.entry.value)}.`
        )
      ];
    }
    const other = m.jwtOnly ? otherSsoProvider(m) : undefined;
    if (other && !sc.entries.has('jwtToken')) {
      // A whole SSO client config (okta, azure, google, custom-oidc) is one problem, not one per key.
      const own = SECURITY_CONFIG_SHAPES[other];
      return [
        makeDiagnostic(
          m,
          this,
          keySpan(sc.entry),
          `\`securityConfig\` is the ${own.title} client config of \`authProvider: ${other}\`, which ${om(m)} no ` +
            'longer accepts: since 1.3 the ingestion client authenticates only with `securityConfig.jwtToken` ' +
            `(${JWT_SHAPE.title}), sent as \`Authorization: Bearer\`.`,
          `Replace it with ${JWT_REPLACEMENT} (a JWT of an OpenMetadata bot, or a token your SSO provider issues ` +
            'that the server accepts).'
        )
      ];
    }
    if (shape) {
      const why = m.jwtOnly ? `on ${om(m)}` : `for \`authProvider: ${quoted(provider ?? '')}\``;
      return checkShape(m, this, sc, shape, why);
    }
    // < 1.3 with an authProvider that has no client config of its own (no-auth, basic, ldap, saml, aws-cognito,
    // or none given): the schema's oneOf still requires securityConfig to match one of the client configs.
    const present = [...sc.entries.keys()];
    const matches = Object.values(SECURITY_CONFIG_SHAPES).some(
      s => present.every(k => Object.hasOwn(s.properties, k)) && s.required.every(k => sc.entries.has(k))
    );
    if (matches) return [];
    return [
      makeDiagnostic(
        m,
        this,
        keySpan(sc.entry),
        `\`securityConfig\` matches none of the client configs ${om(m)} accepts (${Object.values(
          SECURITY_CONFIG_SHAPES
        )
          .map(s => s.title)
          .join(', ')}).`,
        'Use `authProvider: openmetadata` with `securityConfig: {jwtToken: …}`, or the complete client config of your SSO provider.'
      )
    ];
  }
};

function enumRule(
  m: WorkflowModel,
  rule: Rule,
  entry: Entry | undefined,
  path: string,
  allowed: readonly string[],
  special: (value: unknown) => string | undefined
): Diagnostic[] {
  if (!entry) return [];
  const value = stringValue(entry);
  if (value !== undefined && allowed.includes(value)) return [];
  const raw = isScalar(entry.value) ? entry.value.value : undefined;
  const guess = special(raw) ?? (value !== undefined ? didYouMean(value, allowed) : undefined);
  const shown =
    value !== undefined && value.length <= 40
      ? `\`${quoted(value)}\` is not`
      : `it is ${describeValue(entry.value)}`;
  return [
    makeDiagnostic(
      m,
      rule,
      valueSpan(entry),
      `\`${path}\` must be one of ${listOf(allowed)}; ${shown}.` +
        (guess ? ` Did you mean \`${guess}\`?` : ''),
      `Use ${guess ? `\`${guess}\`` : `one of ${listOf(allowed)}`}.`
    )
  ];
}

const loggerLevel: Rule = {
  id: 'logger-level',
  severity: 'error',
  description: '`workflowConfig.loggerLevel` must be DEBUG, INFO, WARN or ERROR (`WARNING` is not accepted).',
  check(m) {
    return enumRule(m, this, m.workflowConfig?.entries.get('loggerLevel'), 'loggerLevel', LOG_LEVELS, v =>
      typeof v === 'string' && v.toUpperCase() === 'WARNING' ? 'WARN' : undefined
    );
  }
};

const verifySsl: Rule = {
  id: 'verify-ssl',
  severity: 'error',
  description: '`openMetadataServerConfig.verifySSL` must be `no-ssl`, `ignore` or `validate`.',
  check(m) {
    return enumRule(m, this, m.serverConfig?.entries.get('verifySSL'), 'verifySSL', VERIFY_SSL, v =>
      v === true ? 'validate' : v === false ? 'no-ssl' : undefined
    );
  }
};

const hostPort: Rule = {
  id: 'host-port',
  severity: 'error',
  description:
    '`hostPort` must be an http(s) URL whose path ends in `/api`, e.g. `http://localhost:8585/api`.',
  check(m) {
    const entry = m.serverConfig?.entries.get('hostPort');
    if (!entry) return [];
    const value = stringValue(entry);
    const example = 'http://localhost:8585/api';
    if (value === undefined || value.trim() === '') {
      return [
        makeDiagnostic(
          m,
          this,
          valueSpan(entry),
          `\`hostPort\` must be the server URL including the API path (e.g. ${example}); it is ${describeValue(entry.value)}.`
        )
      ];
    }
    if (value.includes('$')) return []; // an environment reference: checked when the CLI expands it
    const problem = (message: string, fix?: string) => [
      makeDiagnostic(m, this, valueSpan(entry), message, fix)
    ];
    if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
      const candidate = `http://${trimEndChar(value, '/')}`;
      const withApi = candidate.endsWith('/api') ? candidate : `${candidate}/api`;
      return problem(
        '`hostPort` must be an http(s) URL with a scheme, including the API path (e.g. http://localhost:8585/api).',
        shownUrl(withApi) ? `Use \`hostPort: ${withApi}\` (or https://).` : `Use a URL like ${example}.`
      );
    }
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return problem(`\`hostPort\` is not a valid URL; use one like ${example}.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return problem(`\`hostPort\` must use http or https, not \`${quoted(url.protocol.slice(0, -1))}\`.`);
    }
    if (url.search || url.hash) {
      return problem('`hostPort` must not have a query or fragment; the client appends `/v1/…` to it.');
    }
    const path = url.pathname;
    if (path.endsWith('/api')) return [];
    const base = `${url.protocol}//${url.host}`;
    const trimmed = `${base}${trimEndChar(path, '/')}`;
    const show =
      !url.username && !url.password && shownUrl(trimmed) && shownUrl(`${trimmed}/api`) ? trimmed : undefined;
    if (path.endsWith('/api/')) {
      return problem(
        '`hostPort` must end in `/api` without a trailing slash: the client appends `/v1/…`, which would give `//v1`.',
        show ? `Use \`hostPort: ${show}\`.` : 'Remove the trailing `/`.'
      );
    }
    const fixed = show ? `${show}/api` : undefined;
    return problem(
      '`hostPort` must include the API path: its path must end in `/api` (e.g. http://localhost:8585/api).',
      fixed ? `Use \`hostPort: ${fixed}\`.` : 'Append `/api` to the URL.'
    );
  }
};

/**
 * True when a fix may show this URL whole: it parses, and {@link urlForMessage} (the one helper that decides what
 * of a URL a message shows, for these rules and the deployment rules) would show it unchanged, i.e. it has no
 * credentials, query or fragment and is short enough. Otherwise the fix says what to change without the URL.
 */
function shownUrl(s: string): boolean {
  try {
    new URL(s);
  } catch {
    return false;
  }
  return urlForMessage(s) === s;
}

/**
 * The tenant host a `securityConfig.domain` value names, normalised as domain-bare-host suggests it: without a
 * scheme, credentials, path or spaces. Undefined when it names none (empty, a `${VAR}` reference, only a scheme).
 */
export function normalisedDomain(value: string | undefined): string | undefined {
  if (value === undefined || REFERENCE_ONLY.test(value)) return undefined;
  let rest = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const at = rest.lastIndexOf('@', rest.search(/[/?#]|$/));
  if (at >= 0) rest = rest.slice(at + 1);
  const cut = rest.search(/[/?#]/);
  if (cut >= 0) rest = rest.slice(0, cut);
  const host = rest.replace(/\s+/g, '').toLowerCase();
  return host === '' ? undefined : host;
}

/**
 * The tenant JWKS URL for a message: with the file's own domain, normalised (`https://acme.auth0.com/` gives
 * `https://acme.auth0.com/.well-known/jwks.json`, never `https:///…`), else with a `{domain}` placeholder. A
 * placeholder in angle brackets would vanish where the message is shown as HTML (the job summary).
 */
function jwksUrlFor(m: WorkflowModel): string {
  const host = normalisedDomain(stringValue(m.securityConfig?.entries.get('domain')));
  return urlForMessage(`https://${host ?? '{your-tenant-domain}'}/.well-known/jwks.json`);
}

const domainBareHost: Rule = {
  id: 'domain-bare-host',
  severity: 'error',
  description:
    'The auth0 `securityConfig.domain` must be a bare host (`tenant.auth0.com` or `host:port`): the client builds ' +
    '`https://{domain}/oauth/token` and the audience `https://{domain}/api/v2/` from it.',
  check(m) {
    const entry = m.securityConfig?.entries.get('domain');
    const value = stringValue(entry);
    if (!entry || value === undefined || value === '' || REFERENCE_ONLY.test(value)) return [];
    const problems: string[] = [];
    let rest = value.trim();
    if (rest !== value) problems.push('surrounding spaces');
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
    if (scheme) {
      problems.push(`the scheme \`${quoted(scheme[1])}://\``);
      rest = rest.slice(scheme[0].length);
    }
    const at = rest.lastIndexOf('@', rest.search(/[/?#]|$/));
    let credentials = false;
    if (at >= 0) {
      credentials = true;
      problems.push('credentials');
      rest = rest.slice(at + 1);
    }
    const cut = rest.search(/[/?#]/);
    if (cut >= 0) {
      const tail = rest.slice(cut);
      problems.push(tail === '/' ? 'a trailing `/`' : 'a path');
      rest = rest.slice(0, cut);
    }
    if (/\s/.test(rest)) problems.push('spaces');
    if (problems.length === 0) return [];
    const host = rest.replace(/\s+/g, '');
    return [
      makeDiagnostic(
        m,
        this,
        valueSpan(entry),
        `\`securityConfig.domain\` must be a bare Auth0 host (no scheme, no \`/\`): it has ${problems.length > 1 ? `${problems.slice(0, -1).join(', ')} and ${problems[problems.length - 1]}` : problems[0]}. ` +
          'The ingestion client builds https://{domain}/oauth/token and the audience https://{domain}/api/v2/ from it.',
        host && !credentials
          ? `Use \`domain: ${quoted(host)}\`.`
          : 'Use the bare tenant host, e.g. `domain: tenant.eu.auth0.com`.'
      )
    ];
  }
};

const sslCaMissing: Rule = {
  id: 'ssl-ca-missing',
  severity: 'error',
  description: '`verifySSL: validate` needs `sslConfig.caCertificate` (the CA the client trusts).',
  check(m) {
    const entry = m.serverConfig?.entries.get('verifySSL');
    if (stringValue(entry) !== 'validate' || !entry) return [];
    const keys = caCertificateKeys(m.version);
    const ssl = m.sslConfig;
    const has = keys.some(k => {
      const v = stringValue(ssl?.entries.get(k));
      return v !== undefined && v.trim() !== '';
    });
    if (has) return [];
    return [
      makeDiagnostic(
        m,
        this,
        valueSpan(entry),
        '`verifySSL: validate` without `sslConfig.caCertificate`: the ingestion client has no CA to validate the ' +
          'server certificate with and fails before connecting.',
        'Add `sslConfig: {caCertificate: /path/to/ca.pem}` under `openMetadataServerConfig` (or `verifySSL: ignore`, for testing only).'
      )
    ];
  }
};

/** A suggested variable name for a credential key (never derived from the value). */
function suggestedVar(name: string, inSecurityConfig: boolean, provider: string | undefined): string {
  if (name === 'jwtToken') return 'OPENMETADATA_JWT_TOKEN';
  if (name === 'secretKey' && inSecurityConfig && provider === 'auth0') return 'AUTH0_CLIENT_SECRET';
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

const literalSecret: Rule = {
  id: 'literal-secret',
  severity: 'error',
  description:
    'A credential (`secretKey`, `jwtToken`, `clientSecret`, `password`) written in plain text instead of a ' +
    '`$VAR` / `${VAR}` reference. The message never contains the value.',
  check(m) {
    const provider = stringValue(m.serverConfig?.entries.get('authProvider'));
    const out: Diagnostic[] = [];
    for (const { entry, inSecurityConfig } of m.credentials) {
      if (inSecurityConfig && m.options.allowInlineSecurityConfig) continue;
      const v = entry.value;
      if (!isScalar(v) || v.value === null || v.value === '') continue;
      if (typeof v.value === 'string') {
        const s = v.value.trim();
        // A reference, or an unclosed one (`${NAME`), which env-var-name reports instead.
        if (s === '' || REFERENCE_ONLY.test(s) || /^\$\{[^}]*$/.test(s)) continue;
        // Google's secretKey may be the path of a service-account key file, which is not itself a credential.
        if (inSecurityConfig && provider === 'google' && entry.name === 'secretKey' && /\.json$/i.test(s))
          continue;
      }
      const name = suggestedVar(entry.name, inSecurityConfig, provider);
      out.push(
        makeDiagnostic(
          m,
          this,
          valueSpan(entry),
          `\`${entry.name}\` holds a literal credential. A credential committed to a repository leaks to everyone ` +
            'who can read it and stays in its history; the value is not shown here.',
          `Use \`${entry.name}: \${${name}}\` and set ${name} from a secret where the \`metadata\` CLI runs ` +
            '(it expands environment variables); then rotate the exposed credential.'
        )
      );
    }
    return out;
  }
};

/** May the text inside `${…}` be echoed? Not when it could be a pasted credential. */
function echoable(inner: string, credential: boolean): boolean {
  if (inner.length > 40) return false;
  return credential ? /^[A-Z0-9_.\- ]*$/.test(inner) : /^[A-Za-z0-9_.\- ]*$/.test(inner);
}

const envVarName: Rule = {
  id: 'env-var-name',
  severity: 'error',
  description:
    'A `${…}` reference whose variable name is invalid (or that is not closed): the `metadata` CLI leaves it ' +
    'unexpanded, so the literal text is used. Names match `[A-Za-z_][A-Za-z0-9_]*`.',
  check(m) {
    const out: Diagnostic[] = [];
    for (const { node, credential } of m.dollarScalars) {
      const span = spanOf(node);
      if (!span) continue;
      // The CLI expands the raw file text, so the raw source of the value is what matters.
      const raw = m.text.slice(span.start, span.end);
      const invalid: string[] = [];
      let unclosed = false;
      for (let i = raw.indexOf('${'); i >= 0;) {
        const close = raw.indexOf('}', i + 2);
        if (close < 0) {
          unclosed = true;
          break;
        }
        const inner = raw.slice(i + 2, close);
        if (!ENV_VAR_NAME.test(inner)) invalid.push(inner);
        i = raw.indexOf('${', close + 1);
      }
      if (invalid.length === 0 && !unclosed) continue;
      const where = { start: span.start, end: span.end };
      if (invalid.length === 0) {
        out.push(
          makeDiagnostic(
            m,
            this,
            where,
            'Unclosed `${` reference: the `metadata` CLI leaves it unexpanded and uses the literal text.',
            'Close it with `}`, e.g. `${AUTH0_CLIENT_SECRET}`.'
          )
        );
        continue;
      }
      const shown = invalid.every(inner => echoable(inner, credential))
        ? ` ${invalid.map(inner => `\`\${${inner}}\``).join(', ')}`
        : '';
      const fixed = invalid.map(inner =>
        inner
          .trim()
          .replace(/[^A-Za-z0-9_]+/g, '_')
          .replace(/^(?=\d)/, '_')
      );
      const plural = invalid.length > 1 ? 's' : '';
      out.push(
        makeDiagnostic(
          m,
          this,
          where,
          `Invalid environment variable name${plural} in the reference${plural}${shown}` +
            (unclosed ? ' (and an unclosed `${`)' : '') +
            ': names must match [A-Za-z_][A-Za-z0-9_]*, otherwise the variable cannot be set and the `metadata` ' +
            'CLI leaves the reference unexpanded.',
          shown && fixed.every(f => ENV_VAR_NAME.test(f))
            ? `Use ${fixed.map(f => `\`\${${f}}\``).join(', ')} (and set ${fixed.join(', ')}).`
            : 'Use a name made of letters, digits and `_`, not starting with a digit.'
        )
      );
    }
    return out;
  }
};

/** Every rule, in reporting order. */
export const ALL_RULES: readonly Rule[] = [
  requiredKey,
  sourceMissing,
  unknownKey,
  authProvider,
  auth0RemovedIn13,
  securityConfigShape,
  loggerLevel,
  verifySsl,
  hostPort,
  domainBareHost,
  sslCaMissing,
  literalSecret,
  envVarName
];

/** The parser's rule: reported by lint.ts, listed here for the README. */
export const YAML_SYNTAX: RuleMeta & { description: string } = {
  id: 'yaml-syntax',
  severity: 'error',
  description:
    'The file is not valid YAML (position from the parser; duplicate keys and several documents in one file ' +
    'included). Other rules run only on files that parse.'
};
