export const id = 978;
export const ids = [978];
export const modules = {

/***/ 85342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ne: () => (/* binding */ LINT_PARSE_OPTIONS),
  lV: () => (/* binding */ isIngestionConfig),
  co: () => (/* binding */ lintWorkflowText),
  yF: () => (/* binding */ parseForLint),
  Ku: () => (/* binding */ sanitizeParserMessage),
  Sl: () => (/* binding */ syntaxDiagnostics)
});

// UNUSED EXPORTS: MAX_NESTING_DEPTH, MERGE_LIMIT, NESTING_TOO_DEEP, PARSE_OPTIONS, RULES, duplicateKeyErrors

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/openmetadata/model.ts
var openmetadata_model = __webpack_require__(94324);
// EXTERNAL MODULE: ./src/openmetadata/schema.ts
var schema = __webpack_require__(33362);
;// CONCATENATED MODULE: ./src/openmetadata/rules.ts
/**
 * The lint rules for OpenMetadata ingestion files. Each rule is a pure function of the {@link WorkflowModel}
 * (the parsed `yaml` document, its LineCounter and the version) and returns its diagnostics. Schema facts and their
 * sources are in schema.ts; the 1.3 behaviour change is documented in versions.ts and DESIGN.md.
 *
 * No message or fix ever contains the value of a credential.
 */



const JWT_REPLACEMENT = '`authProvider: openmetadata` and `securityConfig: {jwtToken: ${OPENMETADATA_JWT_TOKEN}}`';
function om(m) {
    return `OpenMetadata ${m.version.text}`;
}
/** Where to report "X is missing from this mapping": its key, or the start of the document. */
function sectionSpan(m, s) {
    if (s)
        return (0,openmetadata_model/* keySpan */.UT)(s.entry);
    const firstKey = m.root?.items[0]?.key;
    if ((0,dist/* isScalar */.jn)(firstKey)) {
        const span = (0,openmetadata_model/* spanOf */.ee)(firstKey);
        if (span)
            return span;
    }
    return { start: m.rootStart, end: m.rootStart };
}
/**
 * The `authProvider` when it names another SSO provider with a client config of its own (google, okta, azure,
 * custom-oidc): its securityConfig is that provider's block, not the auth0 one, even where keys overlap
 * (`clientId`, `secretKey`).
 */
function otherSsoProvider(m) {
    const provider = (0,openmetadata_model/* stringValue */.r$)(m.serverConfig?.entries.get('authProvider'));
    if (provider === undefined || provider === 'auth0' || provider === 'openmetadata')
        return undefined;
    return Object.hasOwn(schema/* SECURITY_CONFIG_SHAPES */.Px, provider) ? provider : undefined;
}
/**
 * True when the file uses the auth0 client-credentials block: `authProvider: auth0` (unless securityConfig is
 * already just `{jwtToken}`), or, under any other authProvider without a client config of its own (openmetadata,
 * basic, none given…), a securityConfig made only of clientId/secretKey/domain.
 */
function hasAuth0Block(m) {
    const sc = m.securityConfig?.entries;
    const auth0Keys = !!sc && schema/* AUTH0_KEYS */.k_.some(k => sc.has(k));
    const jwtOnly = !!sc && sc.has('jwtToken') && !auth0Keys;
    if ((0,openmetadata_model/* stringValue */.r$)(m.serverConfig?.entries.get('authProvider')) === 'auth0')
        return !jwtOnly;
    if (!sc || !auth0Keys || otherSsoProvider(m))
        return false;
    return [...sc.keys()].every(k => schema/* AUTH0_KEYS */.k_.includes(k));
}
/**
 * Workflow files that have no `source` by design: an application run (`metadata app`;
 * `metadataIngestion/application.json` requires only `workflowConfig`, the app is named by `sourcePythonClass` and
 * configured by `appConfig`) and the `metadata lineage` CLI's file (`ingestion/src/metadata/cli/lineage.py`,
 * `LineageWorkflow`: `serviceName`, `filePath` or `query`, `workflowConfig`).
 */
function needsNoSource(m) {
    if (m.top.has('sourcePythonClass') || m.top.has('appConfig'))
        return true;
    return m.top.has('serviceName') && (m.top.has('filePath') || m.top.has('query'));
}
// ---------------------------------------------------------------------------------------------------------------
/** True when `section` has an unknown key for which unknown-key suggests `name` (see {@link unknownKeys}). */
function misspelt(section, name, allowed) {
    for (const key of section.entries.keys()) {
        if (!allowed.includes(key) && (0,openmetadata_model/* didYouMean */.au)(key, allowed) === name)
            return true;
    }
    return false;
}
const requiredKey = {
    id: 'required-key',
    severity: 'error',
    description: 'The keys every workflow needs: `workflowConfig` (a mapping), its `openMetadataServerConfig` (a mapping) and ' +
        'that mapping’s `hostPort`.',
    check(m) {
        const out = [];
        if (!m.root) {
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, { start: m.rootStart, end: m.rootStart }, 'An ingestion workflow file must be a YAML mapping with `source`, `sink` and `workflowConfig` at the top level.'));
            return out;
        }
        const wc = m.workflowConfig;
        if (!wc) {
            const near = [...m.top.keys()].find(k => (0,openmetadata_model/* didYouMean */.au)(k, ['workflowConfig']) === 'workflowConfig');
            const nearEntry = near ? m.top.get(near) : undefined;
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, nearEntry ? (0,openmetadata_model/* keySpan */.UT)(nearEntry) : sectionSpan(m, undefined), near
                ? `Missing required top-level key \`workflowConfig\`; \`${(0,openmetadata_model/* quoted */.TL)(near)}\` looks like a misspelling of it (keys are case-sensitive).`
                : 'Missing required top-level key `workflowConfig` (it holds `openMetadataServerConfig`).', near
                ? `Rename \`${(0,openmetadata_model/* quoted */.TL)(near)}\` to \`workflowConfig\`.`
                : 'Add `workflowConfig: {openMetadataServerConfig: {hostPort: …, authProvider: …, securityConfig: …}}`.'));
            return out;
        }
        if (!wc.map) {
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(wc.entry), `\`workflowConfig\` must be a mapping with \`openMetadataServerConfig\`; it is ${(0,openmetadata_model/* describeValue */.bp)(wc.entry.value)}.`));
            return out;
        }
        const sc = m.serverConfig;
        // A misspelt key (`openMetadataServerconfig`, `hostport`) is reported once, by unknown-key with its "did you
        // mean", rather than a second time here as a missing key at another position.
        if (!sc && misspelt(wc, 'openMetadataServerConfig', (0,schema/* workflowConfigKeys */.Gv)(m.version)))
            return out;
        if (!sc) {
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* keySpan */.UT)(wc.entry), '`workflowConfig` is missing the required key `openMetadataServerConfig`.', 'Add `openMetadataServerConfig` with `hostPort`, `authProvider` and `securityConfig` under `workflowConfig`.'));
            return out;
        }
        if (!sc.map) {
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(sc.entry), `\`openMetadataServerConfig\` must be a mapping; it is ${(0,openmetadata_model/* describeValue */.bp)(sc.entry.value)}.`));
            return out;
        }
        if (!sc.entries.has('hostPort') && !misspelt(sc, 'hostPort', (0,schema/* omServerConfigKeys */.UH)(m.version))) {
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* keySpan */.UT)(sc.entry), '`openMetadataServerConfig` is missing the required key `hostPort`.', 'Add `hostPort: http://<server>:8585/api` (the URL must include the `/api` path).'));
        }
        return out;
    }
};
const sourceMissing = {
    id: 'source-missing',
    severity: 'warning',
    description: 'A workflow file needs a top-level `source` (with `sink` or `bulkSink`); a warning, as the file may be a ' +
        'snippet meant to be merged.',
    check(m) {
        // Without workflowConfig the file is probably no workflow at all: required-key says enough.
        if (!m.options.requireSource || !m.workflowConfig || m.top.has('source') || needsNoSource(m))
            return [];
        return [
            (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, sectionSpan(m, undefined), 'No top-level `source`: the `metadata` CLI requires `source` and `workflowConfig` (fine if this file is a snippet to merge).', 'Add the `source` (and `sink`) of the connector, or exclude snippet files from `validate-paths`.')
        ];
    }
};
function unknownKeys(m, rule, s, where, allowed, elsewhere) {
    if (!s?.map)
        return [];
    const out = [];
    // Once per mapping, not per key: a mapping of 60,000 unknown keys must not build the list 60,000 times.
    const allowedList = (0,openmetadata_model/* listOf */.c3)(allowed);
    for (const entry of s.entries.values()) {
        if (allowed.includes(entry.name))
            continue;
        const home = elsewhere.find(e => e.keys.includes(entry.name));
        const guess = (0,openmetadata_model/* didYouMean */.au)(entry.name, allowed);
        const name = (0,openmetadata_model/* quoted */.TL)(entry.name);
        let message = `Unknown key \`${name}\` in \`${where}\`: ${om(m)} rejects keys its schema does not define.`;
        let fix;
        if (home) {
            message += ` \`${name}\` belongs under \`${home.where}\`.`;
            fix = `Move \`${name}\` under \`${home.where}\`.`;
        }
        else if (guess) {
            message += ` Did you mean \`${guess}\`?`;
            fix = `Rename \`${name}\` to \`${guess}\`.`;
        }
        else {
            fix = `Remove \`${name}\`; allowed keys: ${allowedList}.`;
        }
        out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, rule, (0,openmetadata_model/* keySpan */.UT)(entry), message, fix));
    }
    return out;
}
const unknownKey = {
    id: 'unknown-key',
    severity: 'error',
    description: 'Keys that the version’s schema does not define in `workflowConfig`, `openMetadataServerConfig` or ' +
        '`sslConfig` (all `additionalProperties: false`), with a "did you mean" suggestion.',
    check(m) {
        const wcKeys = (0,schema/* workflowConfigKeys */.Gv)(m.version);
        const omKeys = (0,schema/* omServerConfigKeys */.UH)(m.version);
        return [
            ...unknownKeys(m, this, m.workflowConfig, 'workflowConfig', wcKeys, [
                { keys: omKeys.filter(k => k !== 'type'), where: 'workflowConfig.openMetadataServerConfig' },
                { keys: schema/* TOP_LEVEL_KEYS */.Uw.filter(k => k !== 'workflowConfig'), where: 'the top level' }
            ]),
            ...unknownKeys(m, this, m.serverConfig, 'openMetadataServerConfig', omKeys, [
                { keys: wcKeys.filter(k => k !== 'config'), where: 'workflowConfig' }
            ]),
            ...unknownKeys(m, this, m.sslConfig, 'openMetadataServerConfig.sslConfig', (0,schema/* sslConfigKeys */.rY)(m.version), [])
        ];
    }
};
const authProvider = {
    id: 'auth-provider',
    severity: 'error',
    description: '`authProvider` must be in the version’s enum (1.2 has `no-auth`, 1.7 does not); on ≥ 1.3 any value but ' +
        '`openmetadata` is a warning, since the ingestion client only sends a JWT.',
    check(m) {
        const entry = m.serverConfig?.entries.get('authProvider');
        if (!entry)
            return [];
        const allowed = (0,schema/* authProviders */.L)(m.version);
        const value = (0,openmetadata_model/* stringValue */.r$)(entry);
        if (value === undefined || !allowed.includes(value)) {
            const guess = value !== undefined ? (0,openmetadata_model/* didYouMean */.au)(value, allowed) : undefined;
            let message = `\`authProvider\` must be one of ${(0,openmetadata_model/* listOf */.c3)(allowed)} on ${om(m)}`;
            message +=
                value === undefined ? `; it is ${(0,openmetadata_model/* describeValue */.bp)(entry.value)}.` : `; \`${(0,openmetadata_model/* quoted */.TL)(value)}\` is not.`;
            let fix = guess ? `Use \`authProvider: ${guess}\`.` : undefined;
            if (m.jwtOnly && (value === 'no-auth' || !guess)) {
                if (value === 'no-auth')
                    message += ' `no-auth` was removed from the schema after 1.2.';
                fix = `Use ${JWT_REPLACEMENT}.`;
            }
            return [(0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(entry), message, fix)];
        }
        if (m.jwtOnly && value !== 'openmetadata' && !hasAuth0Block(m)) {
            return [
                (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(entry), `On OpenMetadata ≥ 1.3 the ingestion client authenticates only with a JWT (\`securityConfig.jwtToken\`, sent as a Bearer token); \`authProvider: ${(0,openmetadata_model/* quoted */.TL)(value)}\` should be \`openmetadata\`.`, `Use ${JWT_REPLACEMENT}.`, 'warning')
            ];
        }
        return [];
    }
};
const auth0RemovedIn13 = {
    id: 'auth0-removed-in-1.3',
    severity: 'error',
    description: 'On OpenMetadata ≥ 1.3 the `authProvider: auth0` client-credentials block (clientId/secretKey/domain) no ' +
        'longer works: the ingestion client only sends `securityConfig.jwtToken`.',
    check(m) {
        if (!m.jwtOnly || !m.serverConfig?.map || !hasAuth0Block(m))
            return [];
        const ap = m.serverConfig.entries.get('authProvider');
        const span = ap && (0,openmetadata_model/* stringValue */.r$)(ap) === 'auth0'
            ? (0,openmetadata_model/* valueSpan */.MK)(ap)
            : m.securityConfig
                ? (0,openmetadata_model/* keySpan */.UT)(m.securityConfig.entry)
                : (0,openmetadata_model/* keySpan */.UT)(m.serverConfig.entry);
        return [
            (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, span, `The Auth0 client-credentials block (\`authProvider: auth0\` with securityConfig clientId/secretKey/domain) ` +
                `does not work on ${om(m)}: OpenMetadata 1.3 removed every non-JWT auth path from the ingestion client, ` +
                'whose securityConfig now accepts only `jwtToken`, sent as `Authorization: Bearer`.', `Replace it with ${JWT_REPLACEMENT}. The JWT can be the Auth0 client-credentials access token (the server ` +
                `must list ${jwksUrlFor(m)} in publicKeyUrls and have a user named after the ` +
                'lower-cased client id) or an OpenMetadata bot token.')
        ];
    }
};
/** Names people use for the credential keys of the client configs. */
const SYNONYMS = {
    clientSecret: ['secretKey'],
    client_secret: ['secretKey', 'clientSecret'],
    secret: ['secretKey', 'clientSecret'],
    secretKey: ['clientSecret'],
    token: ['jwtToken'],
    jwt: ['jwtToken'],
    accessToken: ['jwtToken'],
    access_token: ['jwtToken']
};
function checkShape(m, rule, sc, shape, why) {
    const out = [];
    const props = Object.keys(shape.properties);
    for (const entry of sc.entries.values()) {
        const type = Object.hasOwn(shape.properties, entry.name) ? shape.properties[entry.name] : undefined;
        if (!type) {
            const synonym = Object.hasOwn(SYNONYMS, entry.name)
                ? SYNONYMS[entry.name].find(s => props.includes(s) && !sc.entries.has(s))
                : undefined;
            const guess = synonym ?? (0,openmetadata_model/* didYouMean */.au)(entry.name, props);
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, rule, (0,openmetadata_model/* keySpan */.UT)(entry), `\`securityConfig\` ${why} accepts only ${(0,openmetadata_model/* listOf */.c3)(props)} (${shape.title}); \`${(0,openmetadata_model/* quoted */.TL)(entry.name)}\` is not allowed.` +
                (guess ? ` Did you mean \`${guess}\`?` : ''), guess ? `Rename \`${(0,openmetadata_model/* quoted */.TL)(entry.name)}\` to \`${guess}\`.` : `Remove \`${(0,openmetadata_model/* quoted */.TL)(entry.name)}\`.`));
            continue;
        }
        const v = entry.value;
        const ok = type === 'array' ? (0,dist/* isSeq */.oP)(v) : (0,dist/* isScalar */.jn)(v) && typeof v.value === 'string' && v.value.trim().length > 0;
        if (!ok) {
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, rule, (0,openmetadata_model/* valueSpan */.MK)(entry), `\`securityConfig.${entry.name}\` must be ${type === 'array' ? 'a list of strings' : 'a non-empty string'}; it is ${(0,openmetadata_model/* describeValue */.bp)(v)}.`));
        }
    }
    const missing = shape.required.filter(k => !sc.entries.has(k));
    if (missing.length > 0) {
        out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, rule, (0,openmetadata_model/* keySpan */.UT)(sc.entry), `\`securityConfig\` ${why} is missing ${(0,openmetadata_model/* listOf */.c3)(missing)} (required by ${shape.title}).`, `Add ${missing.map(k => `\`${k}\``).join(', ')} under \`securityConfig\`.`));
    }
    return out;
}
const securityConfigShape = {
    id: 'security-config-shape',
    severity: 'error',
    description: '`securityConfig` must match the client config of the `authProvider` (< 1.3, e.g. auth0: exactly clientId, ' +
        'secretKey, domain) or be `{jwtToken}` (≥ 1.3); keys, required keys and string values are checked.',
    check(m) {
        const server = m.serverConfig;
        if (!server?.map)
            return [];
        if (m.jwtOnly && hasAuth0Block(m))
            return []; // auth0-removed-in-1.3 reports this block once
        const apEntry = server.entries.get('authProvider');
        const provider = (0,openmetadata_model/* stringValue */.r$)(apEntry);
        const sc = m.securityConfig;
        const shape = m.jwtOnly
            ? schema/* JWT_SHAPE */.mK
            : provider !== undefined && Object.hasOwn(schema/* SECURITY_CONFIG_SHAPES */.Px, provider)
                ? schema/* SECURITY_CONFIG_SHAPES */.Px[provider]
                : undefined;
        if (!sc) {
            const needs = m.jwtOnly ? provider === 'openmetadata' : !!shape;
            if (!needs || !apEntry || !shape)
                return [];
            return [
                (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(apEntry), `\`authProvider: ${(0,openmetadata_model/* quoted */.TL)(provider ?? '')}\` needs a \`securityConfig\` with ${(0,openmetadata_model/* listOf */.c3)(shape.required)} (${shape.title}).`, `Add \`securityConfig\` under \`openMetadataServerConfig\` with ${(0,openmetadata_model/* listOf */.c3)(shape.required)}.`)
            ];
        }
        if (!sc.map) {
            return [
                (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(sc.entry), `\`securityConfig\` must be a mapping; it is ${(0,openmetadata_model/* describeValue */.bp)(sc.entry.value)}.`)
            ];
        }
        const other = m.jwtOnly ? otherSsoProvider(m) : undefined;
        if (other && !sc.entries.has('jwtToken')) {
            // A whole SSO client config (okta, azure, google, custom-oidc) is one problem, not one per key.
            const own = schema/* SECURITY_CONFIG_SHAPES */.Px[other];
            return [
                (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* keySpan */.UT)(sc.entry), `\`securityConfig\` is the ${own.title} client config of \`authProvider: ${other}\`, which ${om(m)} no ` +
                    'longer accepts: since 1.3 the ingestion client authenticates only with `securityConfig.jwtToken` ' +
                    `(${schema/* JWT_SHAPE */.mK.title}), sent as \`Authorization: Bearer\`.`, `Replace it with ${JWT_REPLACEMENT} (a JWT of an OpenMetadata bot, or a token your SSO provider issues ` +
                    'that the server accepts).')
            ];
        }
        if (shape) {
            const why = m.jwtOnly ? `on ${om(m)}` : `for \`authProvider: ${(0,openmetadata_model/* quoted */.TL)(provider ?? '')}\``;
            return checkShape(m, this, sc, shape, why);
        }
        // < 1.3 with an authProvider that has no client config of its own (no-auth, basic, ldap, saml, aws-cognito,
        // or none given): the schema's oneOf still requires securityConfig to match one of the client configs.
        const present = [...sc.entries.keys()];
        const matches = Object.values(schema/* SECURITY_CONFIG_SHAPES */.Px).some(s => present.every(k => Object.hasOwn(s.properties, k)) && s.required.every(k => sc.entries.has(k)));
        if (matches)
            return [];
        return [
            (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* keySpan */.UT)(sc.entry), `\`securityConfig\` matches none of the client configs ${om(m)} accepts (${Object.values(schema/* SECURITY_CONFIG_SHAPES */.Px)
                .map(s => s.title)
                .join(', ')}).`, 'Use `authProvider: openmetadata` with `securityConfig: {jwtToken: …}`, or the complete client config of your SSO provider.')
        ];
    }
};
function enumRule(m, rule, entry, path, allowed, special) {
    if (!entry)
        return [];
    const value = (0,openmetadata_model/* stringValue */.r$)(entry);
    if (value !== undefined && allowed.includes(value))
        return [];
    const raw = (0,dist/* isScalar */.jn)(entry.value) ? entry.value.value : undefined;
    const guess = special(raw) ?? (value !== undefined ? (0,openmetadata_model/* didYouMean */.au)(value, allowed) : undefined);
    const shown = value !== undefined && value.length <= 40
        ? `\`${(0,openmetadata_model/* quoted */.TL)(value)}\` is not`
        : `it is ${(0,openmetadata_model/* describeValue */.bp)(entry.value)}`;
    return [
        (0,openmetadata_model/* makeDiagnostic */.kJ)(m, rule, (0,openmetadata_model/* valueSpan */.MK)(entry), `\`${path}\` must be one of ${(0,openmetadata_model/* listOf */.c3)(allowed)}; ${shown}.` +
            (guess ? ` Did you mean \`${guess}\`?` : ''), `Use ${guess ? `\`${guess}\`` : `one of ${(0,openmetadata_model/* listOf */.c3)(allowed)}`}.`)
    ];
}
const loggerLevel = {
    id: 'logger-level',
    severity: 'error',
    description: '`workflowConfig.loggerLevel` must be DEBUG, INFO, WARN or ERROR (`WARNING` is not accepted).',
    check(m) {
        return enumRule(m, this, m.workflowConfig?.entries.get('loggerLevel'), 'loggerLevel', schema/* LOG_LEVELS */.p_, v => typeof v === 'string' && v.toUpperCase() === 'WARNING' ? 'WARN' : undefined);
    }
};
const verifySsl = {
    id: 'verify-ssl',
    severity: 'error',
    description: '`openMetadataServerConfig.verifySSL` must be `no-ssl`, `ignore` or `validate`.',
    check(m) {
        return enumRule(m, this, m.serverConfig?.entries.get('verifySSL'), 'verifySSL', schema/* VERIFY_SSL */.du, v => v === true ? 'validate' : v === false ? 'no-ssl' : undefined);
    }
};
const hostPort = {
    id: 'host-port',
    severity: 'error',
    description: '`hostPort` must be an http(s) URL whose path ends in `/api`, e.g. `http://localhost:8585/api`.',
    check(m) {
        const entry = m.serverConfig?.entries.get('hostPort');
        if (!entry)
            return [];
        const value = (0,openmetadata_model/* stringValue */.r$)(entry);
        const example = 'http://localhost:8585/api';
        if (value === undefined || value.trim() === '') {
            return [
                (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(entry), `\`hostPort\` must be the server URL including the API path (e.g. ${example}); it is ${(0,openmetadata_model/* describeValue */.bp)(entry.value)}.`)
            ];
        }
        if (value.includes('$'))
            return []; // an environment reference: checked when the CLI expands it
        const problem = (message, fix) => [
            (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(entry), message, fix)
        ];
        if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
            const candidate = `http://${(0,openmetadata_model/* trimEndChar */.WP)(value, '/')}`;
            const withApi = candidate.endsWith('/api') ? candidate : `${candidate}/api`;
            return problem('`hostPort` must be an http(s) URL with a scheme, including the API path (e.g. http://localhost:8585/api).', shownUrl(withApi) ? `Use \`hostPort: ${withApi}\` (or https://).` : `Use a URL like ${example}.`);
        }
        let url;
        try {
            url = new URL(value);
        }
        catch {
            return problem(`\`hostPort\` is not a valid URL; use one like ${example}.`);
        }
        if (url.protocol !== 'http:' && url.protocol !== 'https:') {
            return problem(`\`hostPort\` must use http or https, not \`${(0,openmetadata_model/* quoted */.TL)(url.protocol.slice(0, -1))}\`.`);
        }
        if (url.search || url.hash) {
            return problem('`hostPort` must not have a query or fragment; the client appends `/v1/…` to it.');
        }
        const path = url.pathname;
        if (path.endsWith('/api'))
            return [];
        const base = `${url.protocol}//${url.host}`;
        const trimmed = `${base}${(0,openmetadata_model/* trimEndChar */.WP)(path, '/')}`;
        const show = !url.username && !url.password && shownUrl(trimmed) && shownUrl(`${trimmed}/api`) ? trimmed : undefined;
        if (path.endsWith('/api/')) {
            return problem('`hostPort` must end in `/api` without a trailing slash: the client appends `/v1/…`, which would give `//v1`.', show ? `Use \`hostPort: ${show}\`.` : 'Remove the trailing `/`.');
        }
        const fixed = show ? `${show}/api` : undefined;
        return problem('`hostPort` must include the API path: its path must end in `/api` (e.g. http://localhost:8585/api).', fixed ? `Use \`hostPort: ${fixed}\`.` : 'Append `/api` to the URL.');
    }
};
/**
 * True when a fix may show this URL whole: it parses, and {@link urlForMessage} (the one helper that decides what
 * of a URL a message shows, for these rules and the deployment rules) would show it unchanged, i.e. it has no
 * credentials, query or fragment and is short enough. Otherwise the fix says what to change without the URL.
 */
function shownUrl(s) {
    try {
        new URL(s);
    }
    catch {
        return false;
    }
    return (0,openmetadata_model/* urlForMessage */.Og)(s) === s;
}
/**
 * The tenant host a `securityConfig.domain` value names, normalised as domain-bare-host suggests it: without a
 * scheme, credentials, path or spaces. Undefined when it names none (empty, a `${VAR}` reference, only a scheme).
 */
function normalisedDomain(value) {
    if (value === undefined || openmetadata_model/* REFERENCE_ONLY */.pE.test(value))
        return undefined;
    let rest = value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
    const at = rest.lastIndexOf('@', rest.search(/[/?#]|$/));
    if (at >= 0)
        rest = rest.slice(at + 1);
    const cut = rest.search(/[/?#]/);
    if (cut >= 0)
        rest = rest.slice(0, cut);
    const host = rest.replace(/\s+/g, '').toLowerCase();
    return host === '' ? undefined : host;
}
/**
 * The tenant JWKS URL for a message: with the file's own domain, normalised (`https://acme.auth0.com/` gives
 * `https://acme.auth0.com/.well-known/jwks.json`, never `https:///…`), else with a `{domain}` placeholder. A
 * placeholder in angle brackets would vanish where the message is shown as HTML (the job summary).
 */
function jwksUrlFor(m) {
    const host = normalisedDomain((0,openmetadata_model/* stringValue */.r$)(m.securityConfig?.entries.get('domain')));
    return (0,openmetadata_model/* urlForMessage */.Og)(`https://${host ?? '{your-tenant-domain}'}/.well-known/jwks.json`);
}
const domainBareHost = {
    id: 'domain-bare-host',
    severity: 'error',
    description: 'The auth0 `securityConfig.domain` must be a bare host (`tenant.auth0.com` or `host:port`): the client builds ' +
        '`https://{domain}/oauth/token` and the audience `https://{domain}/api/v2/` from it.',
    check(m) {
        const entry = m.securityConfig?.entries.get('domain');
        const value = (0,openmetadata_model/* stringValue */.r$)(entry);
        if (!entry || value === undefined || value === '' || openmetadata_model/* REFERENCE_ONLY */.pE.test(value))
            return [];
        const problems = [];
        let rest = value.trim();
        if (rest !== value)
            problems.push('surrounding spaces');
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
        if (scheme) {
            problems.push(`the scheme \`${(0,openmetadata_model/* quoted */.TL)(scheme[1])}://\``);
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
        if (/\s/.test(rest))
            problems.push('spaces');
        if (problems.length === 0)
            return [];
        const host = rest.replace(/\s+/g, '');
        return [
            (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(entry), `\`securityConfig.domain\` must be a bare Auth0 host (no scheme, no \`/\`): it has ${problems.length > 1 ? `${problems.slice(0, -1).join(', ')} and ${problems[problems.length - 1]}` : problems[0]}. ` +
                'The ingestion client builds https://{domain}/oauth/token and the audience https://{domain}/api/v2/ from it.', host && !credentials
                ? `Use \`domain: ${(0,openmetadata_model/* quoted */.TL)(host)}\`.`
                : 'Use the bare tenant host, e.g. `domain: tenant.eu.auth0.com`.')
        ];
    }
};
const sslCaMissing = {
    id: 'ssl-ca-missing',
    severity: 'error',
    description: '`verifySSL: validate` needs `sslConfig.caCertificate` (the CA the client trusts).',
    check(m) {
        const entry = m.serverConfig?.entries.get('verifySSL');
        if ((0,openmetadata_model/* stringValue */.r$)(entry) !== 'validate' || !entry)
            return [];
        const keys = (0,schema/* caCertificateKeys */.M3)(m.version);
        const ssl = m.sslConfig;
        const has = keys.some(k => {
            const v = (0,openmetadata_model/* stringValue */.r$)(ssl?.entries.get(k));
            return v !== undefined && v.trim() !== '';
        });
        if (has)
            return [];
        return [
            (0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(entry), '`verifySSL: validate` without `sslConfig.caCertificate`: the ingestion client has no CA to validate the ' +
                'server certificate with and fails before connecting.', 'Add `sslConfig: {caCertificate: /path/to/ca.pem}` under `openMetadataServerConfig` (or `verifySSL: ignore`, for testing only).')
        ];
    }
};
/** A suggested variable name for a credential key (never derived from the value). */
function suggestedVar(name, inSecurityConfig, provider) {
    if (name === 'jwtToken')
        return 'OPENMETADATA_JWT_TOKEN';
    if (name === 'secretKey' && inSecurityConfig && provider === 'auth0')
        return 'AUTH0_CLIENT_SECRET';
    return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}
const literalSecret = {
    id: 'literal-secret',
    severity: 'error',
    description: 'A credential (`secretKey`, `jwtToken`, `clientSecret`, `password`) written in plain text instead of a ' +
        '`$VAR` / `${VAR}` reference. The message never contains the value.',
    check(m) {
        const provider = (0,openmetadata_model/* stringValue */.r$)(m.serverConfig?.entries.get('authProvider'));
        const out = [];
        for (const { entry, inSecurityConfig } of m.credentials) {
            if (inSecurityConfig && m.options.allowInlineSecurityConfig)
                continue;
            const v = entry.value;
            if (!(0,dist/* isScalar */.jn)(v) || v.value === null || v.value === '')
                continue;
            if (typeof v.value === 'string') {
                const s = v.value.trim();
                // A reference, or an unclosed one (`${NAME`), which env-var-name reports instead.
                if (s === '' || openmetadata_model/* REFERENCE_ONLY */.pE.test(s) || /^\$\{[^}]*$/.test(s))
                    continue;
                // Google's secretKey may be the path of a service-account key file, which is not itself a credential.
                if (inSecurityConfig && provider === 'google' && entry.name === 'secretKey' && /\.json$/i.test(s))
                    continue;
            }
            const name = suggestedVar(entry.name, inSecurityConfig, provider);
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, (0,openmetadata_model/* valueSpan */.MK)(entry), `\`${entry.name}\` holds a literal credential. A credential committed to a repository leaks to everyone ` +
                'who can read it and stays in its history; the value is not shown here.', `Use \`${entry.name}: \${${name}}\` and set ${name} from a secret where the \`metadata\` CLI runs ` +
                '(it expands environment variables); then rotate the exposed credential.'));
        }
        return out;
    }
};
/** May the text inside `${…}` be echoed? Not when it could be a pasted credential. */
function echoable(inner, credential) {
    if (inner.length > 40)
        return false;
    return credential ? /^[A-Z0-9_.\- ]*$/.test(inner) : /^[A-Za-z0-9_.\- ]*$/.test(inner);
}
const envVarName = {
    id: 'env-var-name',
    severity: 'error',
    description: 'A `${…}` reference whose variable name is invalid (or that is not closed): the `metadata` CLI leaves it ' +
        'unexpanded, so the literal text is used. Names match `[A-Za-z_][A-Za-z0-9_]*`.',
    check(m) {
        const out = [];
        for (const { node, credential } of m.dollarScalars) {
            const span = (0,openmetadata_model/* spanOf */.ee)(node);
            if (!span)
                continue;
            // The CLI expands the raw file text, so the raw source of the value is what matters.
            const raw = m.text.slice(span.start, span.end);
            const invalid = [];
            let unclosed = false;
            for (let i = raw.indexOf('${'); i >= 0;) {
                const close = raw.indexOf('}', i + 2);
                if (close < 0) {
                    unclosed = true;
                    break;
                }
                const inner = raw.slice(i + 2, close);
                if (!openmetadata_model/* ENV_VAR_NAME */.S0.test(inner))
                    invalid.push(inner);
                i = raw.indexOf('${', close + 1);
            }
            if (invalid.length === 0 && !unclosed)
                continue;
            const where = { start: span.start, end: span.end };
            if (invalid.length === 0) {
                out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, where, 'Unclosed `${` reference: the `metadata` CLI leaves it unexpanded and uses the literal text.', 'Close it with `}`, e.g. `${AUTH0_CLIENT_SECRET}`.'));
                continue;
            }
            const shown = invalid.every(inner => echoable(inner, credential))
                ? ` ${invalid.map(inner => `\`\${${inner}}\``).join(', ')}`
                : '';
            const fixed = invalid.map(inner => inner
                .trim()
                .replace(/[^A-Za-z0-9_]+/g, '_')
                .replace(/^(?=\d)/, '_'));
            const plural = invalid.length > 1 ? 's' : '';
            out.push((0,openmetadata_model/* makeDiagnostic */.kJ)(m, this, where, `Invalid environment variable name${plural} in the reference${plural}${shown}` +
                (unclosed ? ' (and an unclosed `${`)' : '') +
                ': names must match [A-Za-z_][A-Za-z0-9_]*, otherwise the variable cannot be set and the `metadata` ' +
                'CLI leaves the reference unexpanded.', shown && fixed.every(f => openmetadata_model/* ENV_VAR_NAME */.S0.test(f))
                ? `Use ${fixed.map(f => `\`\${${f}}\``).join(', ')} (and set ${fixed.join(', ')}).`
                : 'Use a name made of letters, digits and `_`, not starting with a digit.'));
        }
        return out;
    }
};
/** Every rule, in reporting order. */
const ALL_RULES = [
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
const YAML_SYNTAX = {
    id: 'yaml-syntax',
    severity: 'error',
    description: 'The file is not valid YAML (position from the parser; duplicate keys and several documents in one file ' +
        'included). Other rules run only on files that parse.'
};

;// CONCATENATED MODULE: ./src/openmetadata/lint.ts
/**
 * The lint rule engine for OpenMetadata ingestion YAML (`mode: validate`, and the renderer's self-check).
 *
 * One `yaml.parseDocument` per file with a LineCounter, one walk to build the model, then every rule of rules.ts
 * over that model. `prettyErrors` is off so that parser messages never quote source lines (which could hold a
 * credential).
 */



/**
 * How ingestion files are parsed: as YAML 1.1, like the `metadata` CLI (PyYAML `safe_load`), so that `no`, `on`,
 * `0123` or `1:20` have the types the CLI sees and `<<` merge keys work; no pretty errors (no source excerpts).
 */
const PARSE_OPTIONS = { version: '1.1', prettyErrors: false };
/**
 * How validate parses text from a pull request: as PARSE_OPTIONS, without the library's duplicate-key check, which
 * compares each key with every earlier key of its mapping (quadratic: 50,000 keys took minutes). The same errors come
 * from `duplicateKeyErrors`, in one pass.
 */
const LINT_PARSE_OPTIONS = { ...PARSE_OPTIONS, uniqueKeys: false };
/**
 * How deep mappings and lists may nest in a file that validate lints. The parser builds nodes recursively and runs
 * out of stack some 800 levels down (then it reports "Maximum call stack size exceeded"); real workflows and
 * deployment files nest a dozen levels. A deeper file is reported as such (see {@link NESTING_TOO_DEEP}), not linted.
 */
const MAX_NESTING_DEPTH = 200;
/** The parser error code lint.ts uses for a file nested deeper than {@link MAX_NESTING_DEPTH}. */
const TOO_DEEP = 'NESTING_TOO_DEEP';
/**
 * A file nested too deeply to lint: a warning, like validate's `file-too-large`, since the file was not looked at
 * (not a rule of RULES: it says what the linter could not do, not what is wrong with the file).
 */
const NESTING_TOO_DEEP = { id: 'nesting-too-deep', severity: 'warning' };
/**
 * `<<` merges cut short at a limit of MERGE_LIMITS: a warning on the `<<` key; the other rules still run, on the
 * keys read so far.
 */
const MERGE_LIMIT = { id: 'merge-limit', severity: 'warning' };
/**
 * In one iterative walk (a recursive one overflows the stack on a deep document): a DUPLICATE_KEY error, as the
 * `yaml` library reports it, for every scalar key that an earlier key of the same mapping already has (the library
 * compares keys the same way: scalar values with `===`; one Set per mapping), and the first node nested deeper than
 * MAX_NESTING_DEPTH, if any.
 */
function scanDocument(doc) {
    const duplicates = [];
    const stack = [{ node: doc.contents, depth: 0 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (!(0,dist/* isMap */.jh)(node) && !(0,dist/* isSeq */.oP)(node))
            continue;
        if (depth >= MAX_NESTING_DEPTH) {
            const at = node.range?.[0] ?? 0;
            return { duplicates, tooDeep: [at, at + 1] };
        }
        if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                stack.push({ node: item, depth: depth + 1 });
            continue;
        }
        const seen = new Set();
        for (const { key, value } of node.items) {
            stack.push({ node: key, depth: depth + 1 }, { node: value, depth: depth + 1 });
            if (!(0,dist/* isScalar */.jn)(key))
                continue;
            if (seen.has(key.value) && key.range) {
                duplicates.push({
                    code: 'DUPLICATE_KEY',
                    message: 'Map keys must be unique',
                    pos: [key.range[0], key.range[0] + 1]
                });
            }
            seen.add(key.value);
        }
    }
    return { duplicates };
}
/** The DUPLICATE_KEY errors of a document (see scanDocument). */
function duplicateKeyErrors(doc) {
    return scanDocument(doc).duplicates;
}
/**
 * Parses as LINT_PARSE_OPTIONS; the errors are the parser's and the duplicate keys, in text order. A document
 * nested deeper than MAX_NESTING_DEPTH (or so deep that the parser ran out of stack) gives one error alone, of
 * code NESTING_TOO_DEEP, which syntaxDiagnostics reports as `nesting-too-deep`.
 */
function parseForLint(text, lineCounter) {
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, ...LINT_PARSE_OPTIONS });
    const exhausted = doc.errors.find(e => e.code === 'RESOURCE_EXHAUSTION');
    const scan = exhausted ? undefined : scanDocument(doc);
    const deepAt = exhausted?.pos ?? scan?.tooDeep;
    if (deepAt) {
        return {
            doc,
            errors: [
                {
                    code: TOO_DEEP,
                    message: `Nested more than ${MAX_NESTING_DEPTH} levels deep (limit ${MAX_NESTING_DEPTH})`,
                    pos: deepAt
                }
            ]
        };
    }
    const errors = [...doc.errors, ...scan.duplicates];
    return { doc, errors: errors.sort((a, b) => a.pos[0] - b.pos[0]) };
}
/** Every rule id with its default severity and a description, for the README and the job summary. */
const RULES = [
    YAML_SYNTAX,
    ...ALL_RULES
].map(({ id, severity, description }) => ({ id, severity, description }));
/** Parser error codes whose messages are rewritten to say what to do. */
const SYNTAX_MESSAGES = {
    MULTIPLE_DOCS: 'The file contains more than one YAML document (`---`); an ingestion workflow or a settings file is a single document.',
    DUPLICATE_KEY: 'Duplicate key: YAML mapping keys must be unique.',
    TAB_AS_INDENT: 'Tabs are not allowed as indentation in YAML; indent with spaces.'
};
/** What to look for at the position of a syntax error, by parser error code (never quoting the source). */
const SYNTAX_FIXES = {
    TAB_AS_INDENT: 'Replace the tab at this position with spaces.',
    DUPLICATE_KEY: 'Keep one of the keys of this name in the mapping: remove or rename the one at this position, or merge their values.',
    MULTIPLE_DOCS: 'Remove the `---` at this position and keep one document per file; move any other document into its own file.',
    BLOCK_AS_IMPLICIT_KEY: 'The value at this position contains `: ` (colon and space): quote the value, or move the nested mapping to its own indented lines.',
    MULTILINE_IMPLICIT_KEY: 'A key at this position runs over several lines: look for a missing `:` after the key on the line above, or quote a value that spans lines.',
    BAD_SCALAR_START: 'Quote the value at this position: a plain YAML value cannot start with `@`, a backtick or `%` (e.g. `key: "@value"`).',
    BAD_DQ_ESCAPE: 'Fix the backslash escape in the double-quoted value at this position: write `\\\\` for a backslash, or use single quotes.',
    KEY_OVER_1024_CHARS: 'A key at this position is over 1024 characters long: look before it for an unclosed quote or a missing `:`.',
    UNEXPECTED_TOKEN: 'Remove or quote the unexpected character at this position; look on the line above for an unclosed bracket or quote.'
};
/** The fix for a syntax error: by code, and for some codes by what the parser says is missing. */
function syntaxFix(code, message) {
    if (code === 'BAD_INDENT' && /flow sequence/i.test(message))
        return 'Close the `[` opened at this position with `]` (on a line indented deeper than its key), or write the list in block style (`- item` lines).';
    if (code === 'BAD_INDENT' && /flow map/i.test(message))
        return 'Close the `{` opened at this position with `}` (on a line indented deeper than its key), or write the mapping in block style.';
    if (code === 'BAD_INDENT')
        return 'Line up the keys of this mapping at the same column, and indent nested values deeper than their key (spaces only).';
    if (code === 'MISSING_CHAR' && /quote/i.test(message))
        return "Close the quote opened at this position on the same value (inside single quotes, write a ' as '').";
    if (code === 'MISSING_CHAR')
        return 'Add the closing character the message names, at the end of the value opened at this position.';
    return (SYNTAX_FIXES[code] ??
        'Look at this position and the line before it for an unclosed quote or bracket, a missing `:` after a key, or indentation that does not line up.');
}
/**
 * A parser message without any piece of the source: some `yaml` messages quote the offending text (error tokens
 * as `message: "source"`, "Not a YAML token: …", "Invalid escape sequence …", "… extra characters: …"), and that
 * text could be part of a credential.
 */
function sanitizeParserMessage(message) {
    return message
        .replace(/:\s*"[\s\S]*$/, '')
        .replace(/(Not a YAML token|Invalid escape sequence|includes extra characters)[\s\S]*$/, '$1')
        .replace(/\s+/g, ' ')
        .trim();
}
/** Diagnostics for the parser's errors, with a fix each and no source text; shared with the deployment reader. */
function syntaxDiagnostics(text, lineCounter, errors) {
    return errors.map(err => {
        const start = Math.min(err.pos[0], text.length);
        const end = Math.min(Math.max(err.pos[1], start), text.length);
        if (err.code === TOO_DEEP) {
            return (0,openmetadata_model/* makeDiagnostic */.kJ)({ lineCounter }, NESTING_TOO_DEEP, { start, end }, `Too deeply nested to lint: mappings and lists nest more than ${MAX_NESTING_DEPTH} levels deep here ` +
                `(limit ${MAX_NESTING_DEPTH}); the file was not checked.`, 'An ingestion workflow or a deployment file nests a dozen levels: look here for a run of `[` or `{` or of ' +
                'ever deeper indentation; or exclude the file with a `!pattern` in validate-paths.');
        }
        const message = SYNTAX_MESSAGES[err.code] ?? `YAML syntax error: ${sanitizeParserMessage(err.message)}`;
        return (0,openmetadata_model/* makeDiagnostic */.kJ)({ lineCounter }, YAML_SYNTAX, { start, end }, message.endsWith('.') ? message : `${message}.`, syntaxFix(err.code, err.message));
    });
}
function mergeLimitDiagnostic(m, hit) {
    const what = hit.limit === 'depth'
        ? `merges of merges nest more than ${openmetadata_model/* MERGE_LIMITS */.AD.depth} levels deep (limit ${openmetadata_model/* MERGE_LIMITS */.AD.depth})`
        : `resolving them takes more than ${openmetadata_model/* MERGE_LIMITS */.AD.entries.toLocaleString('en-US')} steps (limit ` +
            `${openmetadata_model/* MERGE_LIMITS */.AD.entries.toLocaleString('en-US')} merged mappings and keys in all)`;
    return (0,openmetadata_model/* makeDiagnostic */.kJ)(m, MERGE_LIMIT, hit.span, `Too many \`<<\` merges to lint: ${what}; keys they would bring in beyond that were not checked.`, 'Write the keys out, or merge each anchor once (`<<: *base`): an ingestion workflow needs a few merges at most.');
}
function byPosition(a, b) {
    return a.line - b.line || a.column - b.column;
}
/**
 * Lints one file's text. Syntax errors are reported alone (other rules would only add noise on a broken
 * document). Diagnostics are sorted by position; rules keep their order for equal positions.
 */
function lintWorkflowText(source, options) {
    // A byte-order mark is no character of the first line: columns on line 1 are counted without it, as editors and
    // GitHub show them (PyYAML, which the `metadata` CLI uses, skips it too).
    const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
    const lineCounter = new dist/* LineCounter */.HN();
    const { doc, errors } = parseForLint(text, lineCounter);
    if (errors.length > 0)
        return syntaxDiagnostics(text, lineCounter, errors).sort(byPosition);
    const model = (0,openmetadata_model/* buildModel */.yK)(text, lineCounter, doc, options);
    const out = [];
    for (const rule of ALL_RULES)
        out.push(...rule.check(model));
    if (model.mergeLimit)
        out.push(mergeLimitDiagnostic(model, model.mergeLimit));
    return out.sort(byPosition);
}
const TOP_LEVEL_WORKFLOW_CONFIG = /^\uFEFF?(["']?)workflowConfig\1[ \t]*:/m;
/** The first line with content: not blank, not a comment, not a directive or a bare `---`. */
const FIRST_CONTENT_LINE = /^(?:\uFEFF)?(?:[ \t]*(?:#.*)?\r?\n|%.*\r?\n|---[ \t]*(?:#.*)?\r?\n)*(.*)/;
/**
 * True when the text has a top-level `workflowConfig` key. A line-anchored regular expression, no parse, for the
 * usual block style. The text is parsed to be sure only when it mentions `workflowConfig` and its top-level node
 * is not a block mapping at column 1: flow style (`{workflowConfig: …}`, JSON) or a block mapping that is indented
 * as a whole. A `workflowConfig` nested deeper (e.g. in a Helm values file) does not count.
 */
function isIngestionConfig(text) {
    if (TOP_LEVEL_WORKFLOW_CONFIG.test(text))
        return true;
    if (!text.includes('workflowConfig'))
        return false;
    const first = FIRST_CONTENT_LINE.exec(text)?.[1] ?? '';
    if (!/^(?:[ \t]|\{|---[ \t]+\{)/.test(first))
        return false;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text, LINT_PARSE_OPTIONS);
        return doc.errors.length === 0 && doc.has('workflowConfig');
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 29073:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KP: () => (/* binding */ renderWorkflowConfig),
/* harmony export */   UN: () => (/* binding */ doubleQuoted),
/* harmony export */   vH: () => (/* binding */ RenderError)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _lint_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(85342);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94324);
/* harmony import */ var _versions_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(57332);
/* harmony import */ var _yaml_style_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4770);
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





/** A problem with the render inputs; `input` names the action input to fix. */
class RenderError extends Error {
    input;
    constructor(message, input) {
        super(message);
        this.input = input;
        this.name = 'RenderError';
    }
}
const GENERATOR = 'openmetadata-auth0-action';
/** Escapes a string as a YAML double-quoted scalar, with `$` as `\x24` (see the module comment). */
function doubleQuoted(value) {
    let out = '"';
    for (const ch of value) {
        const code = ch.codePointAt(0);
        if (ch === '\\')
            out += '\\\\';
        else if (ch === '"')
            out += '\\"';
        else if (ch === '$')
            out += '\\x24';
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\t')
            out += '\\t';
        else if (ch === '\r')
            out += '\\r';
        else if (code < 0x20 || code === 0x7f)
            out += `\\x${code.toString(16).padStart(2, '0')}`;
        else if (code === 0x85 || code === 0x2028 || code === 0x2029 || code === 0xfeff) {
            out += `\\u${code.toString(16).padStart(4, '0')}`;
        }
        else
            out += ch;
    }
    return `${out}"`;
}
/** Sets `map[key]` to a string, reusing an existing scalar so its comments and quoting survive. */
function setScalar(doc, map, key, value, plain) {
    const existing = map.get(key, true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(existing)) {
        existing.value = value;
        if (plain || existing.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_FOLDED || existing.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.BLOCK_LITERAL) {
            existing.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN;
        }
        return;
    }
    const node = doc.createNode(value);
    if (plain)
        node.type = yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN;
    map.set(key, node);
}
/** Returns `map[key]` as a mapping, creating (or replacing a non-mapping value with) an empty one. */
function ensureMap(doc, map, key) {
    const existing = map.get(key, true);
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(existing))
        return { map: existing, created: false };
    const fresh = doc.createNode({});
    map.set(key, fresh);
    return { map: fresh, created: true };
}
function parseTemplate(template) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // As validate parses (linear: the library's own duplicate-key scan is quadratic in a mapping's size).
    const { doc, errors } = (0,_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .parseForLint */ .yF)(template.text, lineCounter);
    const name = `workflow-template (${template.path})`;
    if (errors.length > 0) {
        const err = errors[0];
        const pos = lineCounter.linePos(Math.min(err.pos[0], template.text.length));
        const what = err.code === 'MULTIPLE_DOCS'
            ? 'it contains more than one YAML document'
            : (0,_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .sanitizeParserMessage */ .Ku)(err.message);
        throw new RenderError(`${name} is not valid YAML: line ${pos.line}, column ${pos.col}: ${what}`, 'workflow-template');
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)) {
        throw new RenderError(`${name} must be an ingestion workflow file: a YAML mapping at the top level (source, sink, workflowConfig); ` +
            `it is ${doc.contents == null ? 'empty' : 'not a mapping'}.`, 'workflow-template');
    }
    return doc;
}
/** `${NAME}` references in the string values of a document, plus values that are a bare `$NAME`. */
function referencedVars(doc) {
    const names = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_key, node) {
            if (typeof node.value !== 'string' || !node.value.includes('$'))
                return;
            for (const m of node.value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g))
                names.push(m[1]);
            if (_model_js__WEBPACK_IMPORTED_MODULE_2__/* .REFERENCE_ONLY */ .pE.test(node.value)) {
                for (const m of node.value.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g))
                    names.push(m[1]);
            }
        }
    });
    return names;
}
/** Output diagnostics that the template already had (same rule and message), with template positions. */
function fromTemplate(templateDiags, output) {
    const remaining = new Map();
    for (const d of output) {
        const k = `${d.ruleId}\u0000${d.message}`;
        remaining.set(k, (remaining.get(k) ?? 0) + 1);
    }
    return templateDiags.filter(d => {
        const k = `${d.ruleId}\u0000${d.message}`;
        const n = remaining.get(k) ?? 0;
        if (n === 0)
            return false;
        remaining.set(k, n - 1);
        return true;
    });
}
function renderWorkflowConfig(input) {
    const jwt = input.credential === 'access-token';
    const v = input.version.text;
    if (!jwt && (0,_versions_js__WEBPACK_IMPORTED_MODULE_3__/* .usesJwtOnly */ .k9)(input.version)) {
        throw new RenderError(`ingestion-credential client-secret needs OpenMetadata < 1.3; ${v} accepts only a JWT (use access-token or auto).`, 'ingestion-credential');
    }
    // Inline secrets go in as unique plain placeholders and are substituted after stringifying (see doubleQuoted).
    const placeholders = new Map();
    const taken = input.template?.text ?? '';
    const credentialValue = (envVar, envInput, secret, secretInput) => {
        if (!input.inlineSecrets) {
            if (!_model_js__WEBPACK_IMPORTED_MODULE_2__/* .ENV_VAR_NAME */ .S0.test(envVar)) {
                throw new RenderError(`${envInput} must be an environment variable name ([A-Za-z_][A-Za-z0-9_]*) for the file to reference.`, envInput);
            }
            return { value: `\${${envVar}}`, plain: false };
        }
        if (!secret) {
            throw new RenderError(`inline-secrets needs the ${secretInput} value, and it is not available.`, secretInput);
        }
        let token;
        let n = placeholders.size;
        do
            token = `__OMA_INLINE_SECRET_${n++}__`;
        while (taken.includes(token));
        placeholders.set(token, secret);
        return { value: token, plain: true };
    };
    const security = [];
    let authVar;
    if (jwt) {
        security.push([
            'jwtToken',
            credentialValue(input.tokenEnvVar, 'token-env-var', input.accessToken, 'access token')
        ]);
        authVar = input.inlineSecrets ? undefined : input.tokenEnvVar;
    }
    else {
        if (!input.clientId)
            throw new RenderError('The client id of the ingestion app is empty.', 'client-id');
        if (!input.domain)
            throw new RenderError('auth0-domain is empty.', 'auth0-domain');
        security.push(['clientId', { value: input.clientId, plain: false }]);
        security.push([
            'secretKey',
            credentialValue(input.secretEnvVar, 'secret-env-var', input.clientSecret, 'client-secret')
        ]);
        security.push(['domain', { value: input.domain, plain: false }]);
        authVar = input.inlineSecrets ? undefined : input.secretEnvVar;
    }
    const authProvider = jwt ? 'openmetadata' : 'auth0';
    let doc;
    let style = { indent: 2, indentSeq: true };
    if (input.template) {
        doc = parseTemplate(input.template);
        style = (0,_yaml_style_js__WEBPACK_IMPORTED_MODULE_4__/* .detectIndent */ .o)(input.template.text);
        const root = doc.contents;
        const wc = ensureMap(doc, root, 'workflowConfig');
        if (wc.created)
            wc.map.set('loggerLevel', 'INFO');
        const server = ensureMap(doc, wc.map, 'openMetadataServerConfig').map;
        setScalar(doc, server, 'hostPort', input.hostPort, false);
        setScalar(doc, server, 'authProvider', authProvider, false);
        const sc = ensureMap(doc, server, 'securityConfig').map;
        // Keys of the previous shape (e.g. auth0's clientId/secretKey/domain when switching to jwtToken) are invalid
        // in the new one: additionalProperties is false in every client config.
        const wanted = new Set(security.map(([k]) => k));
        sc.items = sc.items.filter(pair => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && wanted.has(String(pair.key.value)));
        for (const [key, val] of security)
            setScalar(doc, sc, key, val.value, val.plain);
    }
    else {
        // YAML 1.1, as the CLI reads it: strings such as `no`, `on` or `1:20` get quoted.
        doc = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .Document */ .yo({
            workflowConfig: {
                loggerLevel: 'INFO',
                openMetadataServerConfig: { hostPort: input.hostPort, authProvider, securityConfig: {} }
            }
        }, { version: '1.1' });
        const sc = doc.getIn(['workflowConfig', 'openMetadataServerConfig', 'securityConfig'], true);
        for (const [key, val] of security)
            setScalar(doc, sc, key, val.value, val.plain);
        const credentialText = jwt ? 'securityConfig.jwtToken' : 'securityConfig {clientId, secretKey, domain}';
        const header = [
            ` Generated by ${GENERATOR} for OpenMetadata ${v}: authProvider ${authProvider}, ${credentialText}.`,
            ' Merge this workflowConfig into each ingestion workflow file (it has no source or sink).'
        ];
        if (authVar) {
            header.push(` Set ${authVar} where the metadata CLI runs: it expands environment variable references before parsing.`);
        }
        else {
            header.push(' It holds a credential in plain text (inline-secrets: true): keep it out of version control.');
        }
        doc.commentBefore = header.join('\n');
    }
    let yaml = doc.toString({ lineWidth: 0, indent: style.indent, indentSeq: style.indentSeq });
    for (const [token, secret] of placeholders)
        yaml = yaml.split(token).join(doubleQuoted(secret));
    const names = referencedVars(doc);
    const envVars = [...new Set([...(authVar ? [authVar] : []), ...names])];
    const diagnostics = (0,_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .lintWorkflowText */ .co)(yaml, {
        version: input.version,
        requireSource: !!input.template,
        allowInlineSecurityConfig: input.inlineSecrets
    });
    const templateDiagnostics = input.template
        ? fromTemplate((0,_lint_js__WEBPACK_IMPORTED_MODULE_1__/* .lintWorkflowText */ .co)(input.template.text, { version: input.version }), diagnostics)
        : [];
    return { yaml, envVars, diagnostics, templateDiagnostics };
}


/***/ }),

/***/ 10978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Vu: () => (/* reexport */ detectServerConfigKind),
  ss: () => (/* reexport */ lintServerSettings),
  jA: () => (/* reexport */ readServerSettings),
  J3: () => (/* reexport */ renderServerSettings)
});

// UNUSED EXPORTS: RenderError, SERVER_RULE_LIST, SETTINGS, desiredSettings

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/openmetadata/lint.ts + 1 modules
var lint = __webpack_require__(85342);
// EXTERNAL MODULE: ./src/openmetadata/model.ts
var model = __webpack_require__(94324);
// EXTERNAL MODULE: ./src/openmetadata/render.ts
var render = __webpack_require__(29073);
;// CONCATENATED MODULE: ./src/openmetadata/server-config/env-file.ts
/**
 * A small env-file model for the docker deployment: every line is kept (comments, blanks, lines that are no
 * assignment, `export KEY=…`), assignments know where their key and value are, and values are replaced in place.
 *
 * Two readers must agree on what the action writes (DESIGN.md "Rendered server settings"):
 * - `docker compose --env-file` (docs.docker.com/compose/env-file): `VAR=VAL`, optional single or double quotes,
 *   unquoted and double-quoted values are interpolated (`${VAR}` from the shell's environment), single-quoted
 *   values are literal (only `\'` is an escape), an inline comment needs a blank before `#`. Compose also accepts
 *   `KEY: value` and trims a blank after `=`;
 * - a POSIX shell (`set -a; . ./file`) and `docker run --env-file`: `KEY=value` only, no blank around `=`, and an
 *   unquoted blank ends the value (the shell runs the rest as a command; docker run keeps a leading blank).
 *
 * So the writer emits `KEY=value` only: unquoted when every character is safe for both readers (a variable
 * assignment undergoes no pathname expansion in sh, so `[a,b]` is fine), else single-quoted, and a value that
 * neither form can carry (a `'`, a backslash or a control character) is refused rather than written wrong.
 */
const ASSIGNMENT = /^([ \t]*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)([ \t]*)([=:])([ \t]*)(.*)$/;
/** Reads a quoted value starting at `rest[0]`; Compose's escapes (`\'` in single quotes, `\"` `\\` … in double). */
function readQuoted(rest) {
    const q = rest[0];
    let value = '';
    for (let i = 1; i < rest.length; i++) {
        const ch = rest[i];
        if (ch === '\\' && i + 1 < rest.length) {
            const next = rest[i + 1];
            if (q === "'") {
                if (next === "'") {
                    value += "'";
                    i++;
                    continue;
                }
                value += ch;
                continue;
            }
            const escapes = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '$' };
            value += escapes[next] ?? `\\${next}`;
            i++;
            continue;
        }
        if (ch === q)
            return { value, length: i + 1, unterminated: false };
        value += ch;
    }
    return { value, length: rest.length, unterminated: true };
}
/** Splits an unquoted value from an inline comment (a `#` after a blank) and trailing blanks. */
function readUnquoted(rest) {
    const comment = /[ \t]#/.exec(rest);
    const body = comment ? rest.slice(0, comment.index) : rest;
    // Trailing blanks dropped by a loop: `/[ \t]+$/` retries from each blank of an inner run (quadratic).
    let end = body.length;
    while (end > 0 && (body[end - 1] === ' ' || body[end - 1] === '\t'))
        end--;
    const value = body.slice(0, end);
    return { value, length: value.length };
}
function parseAssignment(raw, start, m) {
    const [, lead, exp = '', key, blankBefore, separator, blankAfter, rest] = m;
    const keyStart = start + lead.length + exp.length;
    const separatorStart = keyStart + key.length + blankBefore.length;
    const valueStart = separatorStart + 1 + blankAfter.length;
    const quoted = rest.startsWith("'") || rest.startsWith('"');
    const read = quoted ? readQuoted(rest) : { ...readUnquoted(rest), unterminated: false };
    return {
        type: 'assignment',
        raw,
        start,
        exportPrefix: exp ? 'export ' : '',
        key,
        keyStart,
        separator: separator,
        separatorStart,
        blankBefore,
        blankAfter,
        value: read.value,
        quote: quoted ? rest[0] : '',
        valueStart,
        valueEnd: valueStart + read.length,
        trailing: rest.slice(read.length),
        unterminated: read.unterminated
    };
}
function parseEnvFile(text) {
    const eol = /\r\n/.test(text) ? '\r\n' : '\n';
    const finalNewline = text.endsWith('\n');
    const body = finalNewline ? text.slice(0, text.endsWith('\r\n') ? -2 : -1) : text;
    const lines = [];
    if (text === '')
        return { lines, eol, finalNewline: false };
    let start = 0;
    for (const withCr of body.split('\n')) {
        const raw = withCr.endsWith('\r') ? withCr.slice(0, -1) : withCr;
        const m = ASSIGNMENT.exec(raw);
        if (m)
            lines.push(parseAssignment(raw, start, m));
        else if (/^[ \t]*$/.test(raw))
            lines.push({ type: 'blank', raw, start });
        else if (/^[ \t]*#/.test(raw))
            lines.push({ type: 'comment', raw, start });
        else
            lines.push({ type: 'other', raw, start });
        start += withCr.length + 1;
    }
    return { lines, eol, finalNewline };
}
function serializeEnvFile(file) {
    const text = file.lines.map(l => l.raw).join(file.eol);
    return file.finalNewline && file.lines.length > 0 ? text + file.eol : text;
}
/** A value that cannot be written so that Compose and a shell read the same thing. */
class EnvValueError extends Error {
}
/** Characters that mean the same to Compose and to sh in an unquoted assignment value. */
const SAFE_UNQUOTED = /^[A-Za-z0-9_@%+=:,./[\]-]+$/;
/** Exactly one `${NAME}` reference: meant to be expanded, and both readers do. */
const ENV_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;
/** The source text of a value (see the module comment); throws EnvValueError, whose message has no value. */
function formatEnvValue(value) {
    if (value === '' || SAFE_UNQUOTED.test(value) || ENV_REFERENCE.test(value))
        return value;
    // eslint-disable-next-line no-control-regex
    if (/['\\\x00-\x1f\x7f]/.test(value)) {
        throw new EnvValueError('contains a quote, a backslash or a control character, which an env file cannot carry the same way for ' +
            'docker compose and a shell');
    }
    return `'${value}'`;
}
/** An env-file list (`[a,b]`, the server's flow-list form); items must not need quoting inside the list. */
function formatEnvList(items) {
    for (const item of items) {
        if (item === '' || /[\s,[\]'"#\\$`]/.test(item)) {
            throw new EnvValueError('has an item that is empty or contains a blank, a comma, a bracket or a quote');
        }
    }
    return formatEnvValue(`[${items.join(',')}]`);
}
function assignmentLine(old, entry) {
    const prefix = old?.exportPrefix ?? '';
    // An inline comment survives; other trailing text (after a closing quote) would change the value for sh.
    const trailing = old && /^[ \t]+#/.test(old.trailing) ? old.trailing : '';
    return `${prefix}${entry.key}=${entry.text}${trailing}`;
}
const other = (type, raw) => ({ type, raw, start: -1 });
/**
 * Sets each entry in place at its key's first assignment (normalised to `KEY=value`, an inline comment kept) and
 * deletes the key's later assignments: Compose and sh both let the last one win, so a stale duplicate would undo
 * the setting. Missing keys are appended under `appendHeader`. Returns a new file; line offsets are stale after.
 */
function applyEnvEntries(file, entries, appendHeader) {
    const byKey = new Map(entries.map(e => [e.key, e]));
    const done = new Set();
    const lines = [];
    for (const line of file.lines) {
        const entry = line.type === 'assignment' ? byKey.get(line.key) : undefined;
        if (!entry || line.type !== 'assignment') {
            lines.push(line);
            continue;
        }
        if (done.has(entry.key))
            continue;
        done.add(entry.key);
        const comment = entry.comment ? `# ${entry.comment}` : undefined;
        if (comment && lines[lines.length - 1]?.raw !== comment)
            lines.push(other('comment', comment));
        lines.push({ ...line, raw: assignmentLine(line, entry) });
    }
    const missing = entries.filter(e => !done.has(e.key) && !e.onlyIfPresent);
    if (missing.length > 0) {
        if (lines.length > 0 && lines[lines.length - 1].type !== 'blank')
            lines.push(other('blank', ''));
        for (const h of appendHeader)
            lines.push(other('comment', h === '' ? '#' : `# ${h}`));
        for (const e of missing) {
            if (e.comment)
                lines.push(other('comment', `# ${e.comment}`));
            lines.push(other('other', assignmentLine(undefined, e)));
        }
    }
    return { lines, eol: file.eol, finalNewline: file.finalNewline || missing.length > 0 };
}

;// CONCATENATED MODULE: ./src/openmetadata/server-config/settings.ts
/**
 * The one table of the OpenMetadata server's login (SSO) settings, with a column per deployment shape, and the
 * values this action wants in them (DESIGN.md "Rendered server settings"). The renderer writes every shape from
 * this table and the reader (read.ts) finds the same settings in a file for the lint rules, so that a new shape is
 * one more column.
 *
 * Sources (OpenMetadata 1.7; 1.2–1.8 share these keys), read for the facts, nothing copied:
 * - open-metadata/OpenMetadata `conf/openmetadata.yaml`: `authorizerConfiguration.{className,
 *   containerRequestFilter, adminPrincipals, principalDomain, enforcePrincipalDomain}` fed by `AUTHORIZER_*`
 *   (`AUTHORIZER_ADMIN_PRINCIPALS`, `AUTHORIZER_PRINCIPAL_DOMAIN`, `AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN`) and
 *   `authenticationConfiguration.{provider, publicKeyUrls, authority, clientId, callbackUrl}` fed by
 *   `AUTHENTICATION_{PROVIDER, PUBLIC_KEYS, AUTHORITY, CLIENT_ID, CALLBACK_URL}`; the server substitutes
 *   `${VAR:-default}` in that file (default of publicKeyUrls: `[http://localhost:8585/api/v1/system/config/jwks]`,
 *   an unquoted flow list, which is why `[a,b]` is the env form of a list).
 * - open-metadata/OpenMetadata `docker/docker-compose-quickstart/docker-compose.yml` (openmetadata-server
 *   `environment`): the same names plus `AUTHENTICATION_CLIENT_TYPE` (default `public`) and, "when client is
 *   confidential", `OIDC_CLIENT_ID`, `OIDC_TYPE`, `OIDC_CLIENT_SECRET`, `OIDC_DISCOVERY_URI`, `OIDC_CALLBACK`,
 *   `OIDC_SERVER_URL` (default `OIDC_CLIENT_AUTH_METHOD`: client_secret_post).
 * - open-metadata/OpenMetadata `openmetadata-docs/content/v1.7.x/deployment/security/auth0/{docker,bare-metal,
 *   kubernetes}.md` and the OIDC configuration-parameters page: `authenticationConfiguration.clientType` and
 *   `authenticationConfiguration.oidcConfiguration.{id, type, secret, discoveryUri, callbackUrl, serverUrl}` fed by
 *   `AUTHENTICATION_CLIENT_TYPE` and `OIDC_*` above; Helm `oidcType: "Auth0"`, env/bare-metal `type: auth0`.
 * - open-metadata/openmetadata-helm-charts `charts/openmetadata/values.yaml`: `openmetadata.config.authorizer.
 *   {initialAdmins, principalDomain, enforcePrincipalDomain}`, `openmetadata.config.authentication.{clientType,
 *   provider, publicKeys, authority, clientId, callbackUrl}` and `…authentication.oidcConfiguration.{enabled (false
 *   by default), oidcType, clientId/clientSecret: {secretRef: oidc-secrets, secretKey:
 *   openmetadata-oidc-client-id / openmetadata-oidc-client-secret}, discoveryUri, callbackUrl, serverUrl}`.
 * - the same chart's `templates/config/authentication-secret.yaml` and `templates/_helpers.tpl`: the `OIDC_*`
 *   variables (the client id and secret from `secretKeyRef`) are rendered only when `clientType` is `confidential`
 *   AND `oidcConfiguration.enabled` is true; `initialAdmins` becomes `AUTHORIZER_ADMIN_PRINCIPALS`.
 */
/** The Secret the chart's `oidcConfiguration.clientId/clientSecret` refer to (chart defaults, kept). */
const HELM_OIDC_SECRET = 'oidc-secrets';
const AUTHZ = ['authorizerConfiguration'];
const AUTHN = ['authenticationConfiguration'];
const OIDC = [...AUTHN, 'oidcConfiguration'];
const H_AUTHZ = ['openmetadata', 'config', 'authorizer'];
const H_AUTHN = ['openmetadata', 'config', 'authentication'];
const H_OIDC = [...H_AUTHN, 'oidcConfiguration'];
/**
 * The table. Order matters: it is the order of keys in a file rendered without a template (the guide's order:
 * authorizer, authentication, then the OIDC block).
 */
const SETTINGS = [
    // The Helm chart and the compose file default these two to the same classes; openmetadata.yaml needs them.
    { name: 'authorizerClassName', kind: 'string', yaml: [...AUTHZ, 'className'] },
    { name: 'containerRequestFilter', kind: 'string', yaml: [...AUTHZ, 'containerRequestFilter'] },
    {
        name: 'adminPrincipals',
        kind: 'list',
        env: 'AUTHORIZER_ADMIN_PRINCIPALS',
        yaml: [...AUTHZ, 'adminPrincipals'],
        helm: [...H_AUTHZ, 'initialAdmins']
    },
    {
        name: 'principalDomain',
        kind: 'string',
        env: 'AUTHORIZER_PRINCIPAL_DOMAIN',
        yaml: [...AUTHZ, 'principalDomain'],
        helm: [...H_AUTHZ, 'principalDomain']
    },
    {
        name: 'enforcePrincipalDomain',
        kind: 'boolean',
        env: 'AUTHORIZER_ENFORCE_PRINCIPAL_DOMAIN',
        yaml: [...AUTHZ, 'enforcePrincipalDomain'],
        helm: [...H_AUTHZ, 'enforcePrincipalDomain']
    },
    {
        name: 'provider',
        kind: 'string',
        env: 'AUTHENTICATION_PROVIDER',
        yaml: [...AUTHN, 'provider'],
        helm: [...H_AUTHN, 'provider']
    },
    {
        name: 'publicKeyUrls',
        kind: 'list',
        env: 'AUTHENTICATION_PUBLIC_KEYS',
        yaml: [...AUTHN, 'publicKeyUrls'],
        helm: [...H_AUTHN, 'publicKeys']
    },
    {
        name: 'authority',
        kind: 'string',
        env: 'AUTHENTICATION_AUTHORITY',
        yaml: [...AUTHN, 'authority'],
        helm: [...H_AUTHN, 'authority']
    },
    {
        name: 'clientId',
        kind: 'string',
        env: 'AUTHENTICATION_CLIENT_ID',
        yaml: [...AUTHN, 'clientId'],
        helm: [...H_AUTHN, 'clientId']
    },
    {
        name: 'callbackUrl',
        kind: 'string',
        env: 'AUTHENTICATION_CALLBACK_URL',
        yaml: [...AUTHN, 'callbackUrl'],
        helm: [...H_AUTHN, 'callbackUrl']
    },
    {
        name: 'clientType',
        kind: 'string',
        env: 'AUTHENTICATION_CLIENT_TYPE',
        yaml: [...AUTHN, 'clientType'],
        helm: [...H_AUTHN, 'clientType']
    },
    // The chart renders no OIDC settings unless this is true (and clientType is confidential).
    { name: 'oidcEnabled', kind: 'boolean', helm: [...H_OIDC, 'enabled'] },
    {
        name: 'oidcClientId',
        kind: 'string',
        env: 'OIDC_CLIENT_ID',
        yaml: [...OIDC, 'id'],
        helm: [...H_OIDC, 'clientId'],
        helmSecretKey: 'openmetadata-oidc-client-id'
    },
    {
        name: 'oidcType',
        kind: 'string',
        env: 'OIDC_TYPE',
        yaml: [...OIDC, 'type'],
        helm: [...H_OIDC, 'oidcType']
    },
    {
        name: 'oidcSecret',
        kind: 'secret',
        env: 'OIDC_CLIENT_SECRET',
        yaml: [...OIDC, 'secret'],
        helm: [...H_OIDC, 'clientSecret'],
        helmSecretKey: 'openmetadata-oidc-client-secret'
    },
    {
        name: 'oidcDiscoveryUri',
        kind: 'string',
        env: 'OIDC_DISCOVERY_URI',
        yaml: [...OIDC, 'discoveryUri'],
        helm: [...H_OIDC, 'discoveryUri']
    },
    {
        name: 'oidcCallbackUrl',
        kind: 'string',
        env: 'OIDC_CALLBACK',
        yaml: [...OIDC, 'callbackUrl'],
        helm: [...H_OIDC, 'callbackUrl']
    },
    {
        name: 'oidcServerUrl',
        kind: 'string',
        env: 'OIDC_SERVER_URL',
        yaml: [...OIDC, 'serverUrl'],
        helm: [...H_OIDC, 'serverUrl']
    }
];
const SETTING_BY_NAME = new Map(SETTINGS.map(s => [s.name, s]));
function columnOf(setting, shape) {
    return shape === 'env' ? setting.env : shape === 'openmetadata-yaml' ? setting.yaml : setting.helm;
}
/** The tenant's JWKS: every Auth0 token is verified against it. */
const tenantJwks = (domain) => `https://${domain}/.well-known/jwks.json`;
/** The server's own JWKS: keeps OpenMetadata's bot tokens (ingestion-bot …) valid. */
const SERVER_JWKS_PATH = '/api/v1/system/config/jwks';
const serverJwks = (url) => `${url}${SERVER_JWKS_PATH}`;
const callbackOf = (url) => `${url}/callback`;
const discoveryOf = (domain) => `https://${domain}/.well-known/openid-configuration`;
const authorityOf = (domain) => `https://${domain}`;
const str = (value) => ({ kind: 'string', value });
const bool = (value) => ({ kind: 'boolean', value });
function oidcSettings(input) {
    if (input.clientType === 'public') {
        // The guide's SPA note: a public client with a secret fails to log in. Empty a secret a template carries, and
        // turn the chart's OIDC block off where a template turned it on.
        return [
            { name: 'oidcEnabled', value: bool(false), onlyIfPresent: true },
            { name: 'oidcSecret', value: str(''), onlyIfPresent: true }
        ];
    }
    const secret = input.inlineSecrets
        ? { kind: 'secret', envVar: input.oidcSecretEnvVar, inline: input.clientSecret }
        : { kind: 'secret', envVar: input.oidcSecretEnvVar };
    return [
        { name: 'oidcEnabled', value: bool(true) },
        { name: 'oidcClientId', value: str(input.clientId) },
        { name: 'oidcType', value: str('auth0'), helmValue: str('Auth0') },
        { name: 'oidcSecret', value: secret },
        { name: 'oidcDiscoveryUri', value: str(discoveryOf(input.auth0Domain)) },
        { name: 'oidcCallbackUrl', value: str(callbackOf(input.openmetadataUrl)) },
        { name: 'oidcServerUrl', value: str(input.openmetadataUrl) }
    ];
}
function authorizerSettings(input) {
    const out = [
        { name: 'authorizerClassName', value: str('org.openmetadata.service.security.DefaultAuthorizer') },
        { name: 'containerRequestFilter', value: str('org.openmetadata.service.security.JwtFilter') }
    ];
    // An empty list would remove every admin; without one the server (or the template) keeps its own.
    if (input.adminPrincipals.length > 0) {
        out.push({ name: 'adminPrincipals', value: { kind: 'list', value: [...input.adminPrincipals] } });
    }
    if (input.principalDomain)
        out.push({ name: 'principalDomain', value: str(input.principalDomain) });
    // Off unless asked: an Auth0 M2M token's principal is `{client_id}@clients`, outside the users' domain, so
    // enforcement can refuse the ingestion token. `false` only overwrites a template's key.
    out.push({
        name: 'enforcePrincipalDomain',
        value: bool(input.enforcePrincipalDomain),
        onlyIfPresent: !input.enforcePrincipalDomain
    });
    return out;
}
/** The values of every setting this action writes (pure; DESIGN.md "Rendered server settings"), in table order. */
function desiredSettings(input) {
    const entries = [
        ...authorizerSettings(input),
        { name: 'provider', value: str('auth0') },
        {
            name: 'publicKeyUrls',
            value: { kind: 'list', value: [tenantJwks(input.auth0Domain), serverJwks(input.openmetadataUrl)] }
        },
        { name: 'authority', value: str(authorityOf(input.auth0Domain)) },
        { name: 'clientId', value: str(input.clientId) },
        { name: 'callbackUrl', value: str(callbackOf(input.openmetadataUrl)) },
        { name: 'clientType', value: str(input.clientType) },
        ...oidcSettings(input)
    ];
    const byName = new Map(entries.map(e => [e.name, e]));
    const out = [];
    for (const setting of SETTINGS) {
        const e = byName.get(setting.name);
        if (!e)
            continue;
        const d = { setting, value: e.value };
        if (e.onlyIfPresent)
            d.onlyIfPresent = true;
        if (e.helmValue)
            d.helmValue = e.helmValue;
        out.push(d);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/openmetadata/server-config/read.ts
/**
 * Finds the settings of the table (settings.ts) in a file, with positions, for the lint rules: an env file, a
 * compose file (`services.*.environment`, map or list form: one group per service), `openmetadata.yaml` or Helm
 * values. Values are reported as written; the rules decide what a `${VAR}` reference means.
 */




const BY_ENV = new Map(SETTINGS.filter(s => s.env).map(s => [s.env, s]));
function envLineCounter(file) {
    const lc = new dist/* LineCounter */.HN();
    if (file.lines.length === 0)
        lc.addNewLine(0);
    for (const line of file.lines)
        lc.addNewLine(line.start);
    return lc;
}
function envFound(a, setting, offset = 0) {
    return {
        setting,
        keySpan: { start: offset + a.keyStart, end: offset + a.keyStart + a.key.length },
        value: { type: 'scalar', text: a.value, span: { start: offset + a.valueStart, end: offset + a.valueEnd } }
    };
}
/** An env file: the last assignment of a key is the one Compose and sh use. */
function readEnv(text) {
    const env = parseEnvFile(text);
    const found = new Map();
    for (const line of env.lines) {
        const setting = line.type === 'assignment' ? BY_ENV.get(line.key) : undefined;
        if (setting && line.type === 'assignment')
            found.set(setting.name, envFound(line, setting));
    }
    // A missing setting is reported at the first setting of the file (not at line 1, often a comment).
    const first = [...found.values()].sort((a, b) => a.keySpan.start - b.keySpan.start)[0];
    const groups = first ? [{ found, anchor: first.keySpan }] : [];
    return { kind: 'env', text, lineCounter: envLineCounter(env), groups, syntax: [], env };
}
function spanOf(node, fallback) {
    const r = node?.range;
    return r ? { start: r[0], end: r[1] } : fallback;
}
function pairOf(map, key) {
    return map.items.find(p => (0,dist/* isScalar */.jn)(p.key) && p.key.value === key);
}
function read_valueOf(node, fallback) {
    const span = spanOf(node, fallback);
    if ((0,dist/* isSeq */.oP)(node)) {
        const items = node.items.flatMap(item => (0,dist/* isScalar */.jn)(item) ? [{ text: item.value == null ? '' : String(item.value), span: spanOf(item, span) }] : []);
        return { type: 'list', items, span };
    }
    if ((0,dist/* isMap */.jh)(node)) {
        const entries = new Map();
        for (const p of node.items) {
            if ((0,dist/* isScalar */.jn)(p.key) && (0,dist/* isScalar */.jn)(p.value))
                entries.set(String(p.key.value), String(p.value.value ?? ''));
        }
        return { type: 'map', entries, span };
    }
    const text = (0,dist/* isScalar */.jn)(node) && node.value != null ? String(node.value) : '';
    return { type: 'scalar', text, span };
}
/** The mapping at `path` from the root, or undefined. */
function mapAt(doc, path) {
    let node = doc.contents;
    let keySpan;
    for (const key of path) {
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        const pair = pairOf(node, key);
        if (!pair)
            return undefined;
        keySpan = spanOf(pair.key, { start: 0, end: 0 });
        node = pair.value;
    }
    return (0,dist/* isMap */.jh)(node) ? { map: node, keySpan } : undefined;
}
function yamlGroup(doc, kind) {
    const found = new Map();
    let anchor;
    for (const setting of SETTINGS) {
        const path = columnOf(setting, kind);
        if (!path)
            continue;
        const parent = mapAt(doc, path.slice(0, -1));
        if (!parent)
            continue;
        anchor ??= parent.keySpan;
        const pair = pairOf(parent.map, path[path.length - 1]);
        if (!pair)
            continue;
        const keySpan = spanOf(pair.key, { start: 0, end: 0 });
        found.set(setting.name, { setting, keySpan, value: read_valueOf(pair.value ?? null, keySpan) });
    }
    return anchor ? { found, anchor } : undefined;
}
/** `KEY=value` items of a compose `environment` list (`KEY` alone passes the shell's value through). */
function composeListItem(item) {
    if (!(0,dist/* isScalar */.jn)(item) || typeof item.value !== 'string' || !item.range)
        return undefined;
    const env = parseEnvFile(item.value);
    const line = env.lines[0];
    const setting = line?.type === 'assignment' && line.separator === '=' ? BY_ENV.get(line.key) : undefined;
    if (!setting || line.type !== 'assignment')
        return undefined;
    // Positions inside a quoted item are off by the opening quote.
    const offset = item.range[0] + (item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE' ? 1 : 0);
    const found = envFound(line, setting, offset);
    // The value of a list item is literal (no quote removal in the item itself).
    found.value = { type: 'scalar', text: item.value.slice(line.separatorStart + 1), span: found.value.span };
    return found;
}
function composeGroups(doc) {
    const services = mapAt(doc, ['services']);
    if (!services)
        return [];
    const groups = [];
    for (const svc of services.map.items) {
        if (!(0,dist/* isScalar */.jn)(svc.key) || !(0,dist/* isMap */.jh)(svc.value))
            continue;
        const envPair = pairOf(svc.value, 'environment');
        const env = envPair?.value;
        const found = new Map();
        if ((0,dist/* isMap */.jh)(env)) {
            for (const p of env.items) {
                const setting = (0,dist/* isScalar */.jn)(p.key) ? BY_ENV.get(String(p.key.value)) : undefined;
                if (!setting)
                    continue;
                const keySpan = spanOf(p.key, { start: 0, end: 0 });
                found.set(setting.name, { setting, keySpan, value: read_valueOf(p.value ?? null, keySpan) });
            }
        }
        else if ((0,dist/* isSeq */.oP)(env)) {
            for (const item of env.items) {
                const f = composeListItem(item);
                if (f)
                    found.set(f.setting.name, f);
            }
        }
        if (found.size > 0) {
            const anchor = spanOf(svc.key, { start: 0, end: 0 });
            groups.push({ found, anchor, label: String(svc.key.value) });
        }
    }
    return groups;
}
function readYaml(text, kind) {
    const lineCounter = new dist/* LineCounter */.HN();
    const { doc, errors } = (0,lint/* parseForLint */.yF)(text, lineCounter);
    if (errors.length > 0) {
        return { kind, text, lineCounter, groups: [], syntax: (0,lint/* syntaxDiagnostics */.Sl)(text, lineCounter, errors) };
    }
    const groups = kind === 'compose' ? composeGroups(doc) : [yamlGroup(doc, kind)].filter(g => g !== undefined);
    return { kind, text, lineCounter, groups, syntax: [] };
}
/** Reads the settings of the table from a file of the given kind. */
function readServerSettings(text, kind) {
    // Columns on line 1 are counted without a byte-order mark, as editors show them.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    return kind === 'env' ? readEnv(body) : readYaml(body, kind);
}
const ENV_KEY_LINE = /^\uFEFF?[ \t]*(?:export[ \t]+)?(?:AUTHENTICATION|OIDC|AUTHORIZER)_[A-Z0-9_]*[ \t]*[=:]/m;
/**
 * The settings in a YAML file: a map key, or a compose list item (`- KEY=value`, quoted or not), after a blank or
 * a `-`. One such character, not a run: an unanchored `[ \t-]+` retries the run from each of its characters, which
 * is quadratic on a file of blanks (200,000 blanks took 100 s); a run before it matches whenever its last character
 * does.
 */
const YAML_ENV_KEY = /[ \t-]["']?(?:AUTHENTICATION|OIDC|AUTHORIZER)_[A-Z0-9_]*[=:]/;
/** A YAML mapping key alone on its line (`services:`, `env:`), but not a setting's `KEY:` with an empty value. */
const YAML_PARENT_KEY = /^[ \t]*(?!(?:AUTHENTICATION|OIDC|AUTHORIZER)_)[A-Za-z_][\w.-]*[ \t]*:[ \t]*$/m;
/**
 * The kind of a server-settings file, recognised by content (DESIGN.md "Validate mode reads deployment files
 * too"), or undefined. Cheap: regular expressions first; a YAML parse only for YAML candidates.
 */
function detectServerConfigKind(text) {
    if (/^\uFEFF?authenticationConfiguration[ \t]*:/m.test(text))
        return 'openmetadata-yaml';
    const mentionsEnv = ENV_KEY_LINE.test(text) || YAML_ENV_KEY.test(text);
    if (/^\uFEFF?services[ \t]*:/m.test(text) && mentionsEnv) {
        const r = readYaml(text, 'compose');
        return r.groups.length > 0 ? 'compose' : undefined;
    }
    if (/^\uFEFF?openmetadata[ \t]*:/m.test(text) && /^[ \t]+authentication[ \t]*:/m.test(text)) {
        const r = readYaml(text, 'helm-values');
        return r.groups.some(g => g.found.size > 0) ? 'helm-values' : undefined;
    }
    if (ENV_KEY_LINE.test(text) && !YAML_PARENT_KEY.test(text))
        return 'env';
    return undefined;
}

;// CONCATENATED MODULE: ./src/openmetadata/server-config/rules.ts
/**
 * Lint rules for the server's login settings in deployment files (DESIGN.md "Validate mode reads deployment files
 * too"). Each rule reads one group of settings found by read.ts and returns diagnostics with a position and a fix.
 * Values that are `${VAR}` references are unknown here (the environment decides) and pass every value check.
 * No message ever contains the value of a secret: a URL from the file (and every URL derived from one) is shown
 * through `urlForMessage` (user-info and query values masked, clipped), any other key through `quoted`.
 */


/** A whole-value environment reference: `$NAME`, `${NAME}` or `${NAME:-default}` (and the other operators). */
const REFERENCE = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*(?:(:?[-=?+])([^}]*))?\})$/;
function isReference(text) {
    return REFERENCE.test(text.trim());
}
/** True for a reference that is empty when its variable is unset: `${X:-}`, `${X:-""}`. */
function referenceDefaultsEmpty(text) {
    const m = REFERENCE.exec(text.trim());
    return !!m && (m[1] === ':-' || m[1] === '-') && /^(?:|""|'')$/.test(m[2] ?? '');
}
const get = (ctx, name) => ctx.group.found.get(name);
/** The literal text of a scalar setting; undefined when absent, not a scalar, or a reference. */
function literal(f) {
    if (!f || f.value.type !== 'scalar' || isReference(f.value.text))
        return undefined;
    return f.value.text.trim();
}
/** Value span, or the key's when the value is empty. */
function valueSpan(f) {
    return f.value.span.end > f.value.span.start ? f.value.span : f.keySpan;
}
/** The items of a list setting: a YAML list, or the server's `[a, b]` text (env files, quoted YAML strings). */
function listItems(f) {
    if (!f)
        return undefined;
    if (f.value.type === 'list')
        return f.value.items;
    const text = literal(f);
    if (text === undefined)
        return undefined;
    const span = f.value.span;
    const inner = /^\[(.*)\]$/s.exec(text)?.[1] ?? text;
    return inner
        .split(',')
        .map(s => s.trim().replace(/^(["'])(.*)\1$/, '$2'))
        .filter(s => s !== '')
        .map(t => ({ text: t, span }));
}
function diag(ctx, rule, span, message, fix, severity) {
    return (0,model/* makeDiagnostic */.kJ)({ lineCounter: ctx.read.lineCounter, text: ctx.read.text }, rule, span, message, fix, severity);
}
/** Where a setting is written in this kind of file, for messages: its env name or its YAML path. */
function nameIn(ctx, name) {
    const shape = ctx.read.kind === 'compose' ? 'env' : ctx.read.kind;
    const column = columnOf(SETTING_BY_NAME.get(name), shape);
    return typeof column === 'string' ? column : (column?.join('.') ?? name);
}
/**
 * The tenant domain: the option, else the host the authority names — also when written without `https://`, as the
 * guide's `{Domain}` placeholder invites, so that the JWKS and discovery fixes name the real URL.
 */
function tenantDomain(ctx) {
    if (ctx.options.auth0Domain)
        return ctx.options.auth0Domain;
    const a = literal(get(ctx, 'authority'));
    const host = a ? /^(?:https?:\/\/)?([^/?#\s{}]+)\/?$/.exec(a)?.[1] : undefined;
    return host === undefined ? undefined : withoutUserInfo(host);
}
/** A host (`user:pw@host:port`) without its user-info: what a URL derived from it for a fix names. */
function withoutUserInfo(host) {
    return host.slice(host.lastIndexOf('@') + 1);
}
const ORIGIN = /^(https?:\/\/)([^/?#\s{}]+)/;
/**
 * The OpenMetadata URL for a fix: the option, else the origin of a server URL or callback the file gives. Only
 * fixes use it; without the option no value is checked against it.
 */
function serverUrlHint(ctx) {
    if (ctx.options.openmetadataUrl)
        return ctx.options.openmetadataUrl;
    const names = ['oidcServerUrl', 'callbackUrl', 'oidcCallbackUrl'];
    for (const name of names) {
        const origin = ORIGIN.exec(literal(get(ctx, name)) ?? '');
        if (origin)
            return origin[1] + withoutUserInfo(origin[2]);
    }
    return undefined;
}
const isAuth0 = (ctx) => literal(get(ctx, 'provider')) === 'auth0';
/** `public`, `confidential`, or undefined when a reference decides. A missing client type is the default, public. */
function clientType(ctx) {
    const f = get(ctx, 'clientType');
    if (!f)
        return 'public';
    return literal(f);
}
/**
 * False when the OIDC block is known to be unused: a public client, or Helm values without
 * `oidcConfiguration.enabled: true` (the chart then renders none of it). Rules on its values stay quiet then.
 */
function oidcMayApply(ctx) {
    if (clientType(ctx) === 'public')
        return false;
    return ctx.read.kind !== 'helm-values' || literal(get(ctx, 'oidcEnabled')) === 'true';
}
/** Where to point at for the settings a confidential client needs. */
function clientTypeSpan(ctx) {
    const f = get(ctx, 'clientType');
    return f ? valueSpan(f) : ctx.group.anchor;
}
// ---------------------------------------------------------------------------------------------------------------
function envSyntaxProblem(a) {
    if (a.separator === ':')
        return '`KEY: value`';
    if (a.blankBefore)
        return 'a blank before `=`';
    if (a.blankAfter)
        return 'a blank after `=`';
    if (a.quote === '' && /\s/.test(a.value))
        return 'an unquoted blank in the value';
    return undefined;
}
const ENV_SYNTAX = {
    id: 'env-syntax',
    severity: 'warning',
    kinds: ['env'],
    description: 'Env-file lines that only docker compose reads as meant: `KEY: value`, blanks around `=`, an unquoted blank ' +
        'in a value. `docker run --env-file` keeps a leading blank in the value and a shell stops at the blank.',
    check(ctx) {
        const out = [];
        for (const a of ctx.read.env?.lines ?? []) {
            if (a.type !== 'assignment')
                continue;
            // `http://…` or `note: …` lines are no assignment for anyone; only upper-case keys are taken as meant.
            if (a.separator === ':' && !/^[A-Z_][A-Z0-9_]*$/.test(a.key))
                continue;
            const problem = envSyntaxProblem(a);
            if (!problem)
                continue;
            const span = { start: a.keyStart, end: Math.max(a.valueEnd, a.separatorStart + 1) };
            const key = (0,model/* quoted */.TL)(a.key);
            out.push(diag(ctx, this, span, `\`${key}\` is written with ${problem}: docker compose accepts it, but \`docker run --env-file\` ` +
                'and a shell read a different value (or none).', `Write \`${key}=value\` with no blank around \`=\`; quote a value that contains blanks ('…'), ` +
                'or for a list write `[a,b]` without blanks.'));
        }
        return out;
    }
};
const AUTH0_AUTHORITY = {
    id: 'auth0-authority',
    severity: 'error',
    description: 'With provider `auth0`, the authority must be `https://{tenant domain}`: no path, no trailing slash.',
    check(ctx) {
        const f = get(ctx, 'authority');
        if (!isAuth0(ctx) || (f && literal(f) === undefined))
            return [];
        const value = f ? literal(f) : '';
        // Without the option, the host written there (`acme.eu.auth0.com`, `https://acme.eu.auth0.com/`) is the hint.
        const domain = ctx.options.auth0Domain;
        const written = /^(?:https?:\/\/)?(?:[^/?#\s@]*@)?([A-Za-z0-9.-]+(?::\d+)?)\/?$/.exec(value)?.[1];
        const expected = `https://${domain ?? written ?? '{tenant domain}'}`;
        const want = (0,model/* urlForMessage */.Og)(expected);
        // User-info (`https://user:pw@tenant`) is no part of an authority: the login page would send it to the browser.
        const ok = domain ? value === expected : /^https:\/\/[^/?#\s@]+$/.test(value) && !value.includes('{');
        if (ok)
            return [];
        const what = f ? (value === '' ? 'is empty' : `is \`${(0,model/* urlForMessage */.Og)(value)}\``) : 'is missing';
        return [
            diag(ctx, this, f ? valueSpan(f) : (get(ctx, 'provider')?.keySpan ?? ctx.group.anchor), `The authority ${what}; with provider auth0 it must be \`${want}\` (the login page talks to the tenant there).`, `Set \`${nameIn(ctx, 'authority')}\` to \`${want}\`.`)
        ];
    }
};
/**
 * Any URL of the server's own JWKS path counts: the server may fetch it through an internal address (the chart's
 * default is the `openmetadata` service), so the public URL is only the suggestion.
 */
function hasServerJwks(items) {
    return items.some(i => i.text.endsWith(SERVER_JWKS_PATH));
}
const PUBLIC_KEY_URLS = {
    id: 'public-key-urls',
    severity: 'error',
    description: "With provider `auth0`, the public key URLs must hold the tenant's JWKS (else every Auth0 token is refused) " +
        "and the server's own `/api/v1/system/config/jwks` (else the bots' tokens are refused).",
    check(ctx) {
        const f = get(ctx, 'publicKeyUrls');
        if (!isAuth0(ctx))
            return [];
        const items = f ? listItems(f) : [];
        if (!items)
            return [];
        const span = f ? valueSpan(f) : (get(ctx, 'provider')?.keySpan ?? ctx.group.anchor);
        const name = f ? nameIn(ctx, 'publicKeyUrls') : 'the public key URLs';
        const domain = tenantDomain(ctx);
        const jwks = domain ? tenantJwks(domain) : 'https://{tenant domain}/.well-known/jwks.json';
        const shownJwks = (0,model/* urlForMessage */.Og)(jwks);
        const out = [];
        const tenantOk = domain
            ? items.some(i => i.text === jwks)
            : items.some(i => /^https:\/\/[^/{}]+\/\.well-known\/jwks\.json$/.test(i.text));
        if (!tenantOk) {
            out.push(diag(ctx, this, span, `${name} lacks the tenant's JWKS \`${shownJwks}\`: the server refuses every Auth0 token.`, `Add \`${shownJwks}\`.`));
        }
        if (!hasServerJwks(items)) {
            const own = (0,model/* urlForMessage */.Og)(`${serverUrlHint(ctx) ?? '{OpenMetadata URL}'}${SERVER_JWKS_PATH}`);
            const old = items.some(i => i.text.endsWith('/api/v1/config/jwks'))
                ? ' (`/api/v1/config/jwks` is the old path)'
                : '';
            out.push(diag(ctx, this, span, `${name} lacks the server's own JWKS${old}: tokens of OpenMetadata's bots (ingestion-bot …) are refused.`, `Add \`${own}\`.`));
        }
        return out;
    }
};
/** True when a secret is configured: a non-empty literal, or a reference that is not empty by default. */
function secretSet(f) {
    if (!f || f.value.type !== 'scalar')
        return false;
    const t = f.value.text.trim();
    return t !== '' && !referenceDefaultsEmpty(t);
}
const PUBLIC_CLIENT_SECRET = {
    id: 'public-client-secret',
    severity: 'error',
    kinds: ['env', 'compose', 'openmetadata-yaml'],
    description: "A public client (Auth0 Single Page Application) with an OIDC client secret: login fails (the guide's SPA note).",
    check(ctx) {
        const f = get(ctx, 'oidcSecret');
        if (clientType(ctx) !== 'public' || !f || !secretSet(f))
            return [];
        return [
            diag(ctx, this, valueSpan(f), `\`${nameIn(ctx, 'oidcSecret')}\` is set for a public client: a Single Page Application has no secret, and ` +
                'configuring one makes login fail.', `Remove the secret (or leave it empty), or make the client confidential: an Auth0 Regular Web Application ` +
                `and \`${nameIn(ctx, 'clientType')}\` confidential with the whole OIDC block.`)
        ];
    }
};
/** Names of the OIDC settings a confidential client needs that are absent or empty. */
function missingForConfidential(ctx) {
    const present = (name) => {
        const f = get(ctx, name);
        if (!f)
            return false;
        // The chart reads the client id and secret from a Secret: `{secretRef, secretKey}`.
        if (f.value.type === 'map')
            return ctx.read.kind === 'helm-values' && !!f.value.entries.get('secretRef');
        return f.value.type === 'scalar' && f.value.text.trim() !== '';
    };
    const needed = ['oidcClientId', 'oidcSecret', 'oidcDiscoveryUri', 'oidcCallbackUrl'];
    return needed.filter(name => !present(name)).map(name => nameIn(ctx, name));
}
const CONFIDENTIAL_INCOMPLETE = {
    id: 'confidential-incomplete',
    severity: 'error',
    description: 'A confidential client (Auth0 Regular Web Application) without its OIDC client id, secret (a value or a ' +
        '`${VAR}` reference), discovery URI or callback; in Helm values also without `oidcConfiguration.enabled: true`, ' +
        'without which the chart renders no OIDC settings.',
    check(ctx) {
        if (clientType(ctx) !== 'confidential')
            return [];
        const span = clientTypeSpan(ctx);
        const out = [];
        if (ctx.read.kind === 'helm-values' && literal(get(ctx, 'oidcEnabled')) !== 'true') {
            const enabled = get(ctx, 'oidcEnabled');
            if (!enabled || literal(enabled) !== undefined) {
                out.push(diag(ctx, this, enabled ? valueSpan(enabled) : span, 'clientType is confidential but `oidcConfiguration.enabled` is not true: the chart then renders no OIDC ' +
                    'settings and the server has no client secret (the 1.7 guide omits this flag).', 'Set `openmetadata.config.authentication.oidcConfiguration.enabled: true`.'));
            }
        }
        const missing = missingForConfidential(ctx);
        if (missing.length > 0) {
            out.push(diag(ctx, this, span, `A confidential client needs ${missing.map(m => `\`${m}\``).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} ` +
                'missing or empty: the authorization-code flow fails without them (a client id alone is not enough).', 'Set them (the secret as a reference, e.g. `${OIDC_CLIENT_SECRET}`), or make the client public: an Auth0 ' +
                'Single Page Application without a secret.'));
        }
        return out;
    }
};
const DISCOVERY_URI_HTTP = {
    id: 'discovery-uri-http',
    severity: 'error',
    description: 'The OIDC discovery URI uses `http://`; Auth0 serves it only over HTTPS. Quiet when the OIDC block is unused ' +
        '(a public client; Helm values without `oidcConfiguration.enabled: true`).',
    check(ctx) {
        const f = get(ctx, 'oidcDiscoveryUri');
        const v = literal(f);
        if (!f || !v || !/^http:\/\//i.test(v) || !oidcMayApply(ctx))
            return [];
        const domain = tenantDomain(ctx);
        const want = (0,model/* urlForMessage */.Og)(domain ? `https://${domain}/.well-known/openid-configuration` : v.replace(/^http:/i, 'https:'));
        return [
            diag(ctx, this, valueSpan(f), `\`${nameIn(ctx, 'oidcDiscoveryUri')}\` uses http://: the tenant's OpenID configuration is served over HTTPS only.`, `Use \`${want}\`.`)
        ];
    }
};
function callbackProblem(value, url) {
    const shown = (0,model/* urlForMessage */.Og)(value);
    if (url && value !== callbackOf(url))
        return `is \`${shown}\`, not \`${(0,model/* urlForMessage */.Og)(callbackOf(url))}\``;
    if (!value.endsWith('/callback'))
        return `is \`${shown}\`, which does not end in \`/callback\``;
    return undefined;
}
const CALLBACK_URL = {
    id: 'callback-url',
    severity: 'error',
    description: "The callback URL must be `{OpenMetadata URL}/callback`, and the OIDC block's callback must be the same URL.",
    check(ctx) {
        if (!isAuth0(ctx) && !oidcMayApply(ctx))
            return [];
        const out = [];
        const url = ctx.options.openmetadataUrl;
        const main = get(ctx, 'callbackUrl');
        const mainValue = literal(main);
        const want = (0,model/* urlForMessage */.Og)(callbackOf(serverUrlHint(ctx) ?? '{OpenMetadata URL}'));
        if (isAuth0(ctx) && (!main || mainValue === '')) {
            out.push(diag(ctx, this, main ? valueSpan(main) : (get(ctx, 'provider')?.keySpan ?? ctx.group.anchor), 'The callback URL is missing or empty: login cannot return to OpenMetadata.', `Set it to \`${want}\`.`));
        }
        else if (main && mainValue) {
            const p = callbackProblem(mainValue, url);
            if (p)
                out.push(diag(ctx, this, valueSpan(main), `\`${nameIn(ctx, 'callbackUrl')}\` ${p}.`, `Set it to \`${want}\`.`));
        }
        const oidc = get(ctx, 'oidcCallbackUrl');
        const oidcValue = literal(oidc);
        if (!oidcMayApply(ctx) || !oidc || !oidcValue)
            return out;
        const p = callbackProblem(oidcValue, url);
        if (p) {
            out.push(diag(ctx, this, valueSpan(oidc), `\`${nameIn(ctx, 'oidcCallbackUrl')}\` ${p}.`, `Set it to \`${want}\`.`));
        }
        else if (mainValue && oidcValue !== mainValue) {
            out.push(diag(ctx, this, valueSpan(oidc), `\`${nameIn(ctx, 'oidcCallbackUrl')}\` differs from \`${nameIn(ctx, 'callbackUrl')}\` ` +
                `(\`${(0,model/* urlForMessage */.Og)(mainValue)}\`): the login returns to one of them only.`, `Use the same URL in both places: \`${(0,model/* urlForMessage */.Og)(mainValue)}\`.`));
        }
        return out;
    }
};
const LITERAL_SECRET = {
    id: 'literal-secret',
    severity: 'error',
    description: 'The OIDC client secret written in plain text instead of a `${VAR}` reference (Helm: instead of a ' +
        '`secretRef`). The message never contains the value.',
    check(ctx) {
        const f = get(ctx, 'oidcSecret');
        if (ctx.options.allowLiteralSecret || !f || f.value.type !== 'scalar')
            return [];
        const t = f.value.text.trim();
        if (t === '' || isReference(t) || /^\$\{[^}]*$/.test(t))
            return [];
        const helm = ctx.read.kind === 'helm-values';
        return [
            diag(ctx, this, valueSpan(f), `\`${nameIn(ctx, 'oidcSecret')}\` holds a literal secret; a secret committed to a repository leaks to everyone ` +
                'who can read it and stays in its history. The value is not shown here.', helm
                ? 'Use `clientSecret: {secretRef: oidc-secrets, secretKey: openmetadata-oidc-client-secret}` and create that ' +
                    'Secret with kubectl; then rotate the exposed secret in Auth0.'
                : `Write \`\${OIDC_CLIENT_SECRET}\` and set OIDC_CLIENT_SECRET from a secret where the server starts; then ` +
                    'rotate the exposed secret in Auth0.')
        ];
    }
};
const ADMIN_PRINCIPAL = {
    id: 'admin-principal',
    severity: 'warning',
    description: '`admin` among the admin principals: the server maps a principal by the part of its email before `@` and ' +
        'checks neither issuer nor audience, so any tenant user named admin@… becomes that admin.',
    check(ctx) {
        const items = listItems(get(ctx, 'adminPrincipals')) ?? [];
        return items
            .filter(i => i.text.toLowerCase() === 'admin')
            .map(i => diag(ctx, this, i.span, '`admin` is an admin principal: any user of the tenant whose email starts with `admin@` logs in as this ' +
            'admin (the server checks neither issuer nor audience).', 'List your administrators by user name (john.doe for john.doe@example.com) instead, and delete the default ' +
            'admin account.'));
    }
};
const SERVER_RULES = [
    ENV_SYNTAX,
    AUTH0_AUTHORITY,
    PUBLIC_KEY_URLS,
    PUBLIC_CLIENT_SECRET,
    CONFIDENTIAL_INCOMPLETE,
    DISCOVERY_URI_HTTP,
    CALLBACK_URL,
    LITERAL_SECRET,
    ADMIN_PRINCIPAL
];

;// CONCATENATED MODULE: ./src/openmetadata/server-config/lint.ts


/** Every rule id with its severity and description, for the README and the job summary. */
const SERVER_RULE_LIST = SERVER_RULES.map(({ id, severity, description }) => ({ id, severity, description }));
function byPosition(a, b) {
    return a.line - b.line || a.column - b.column;
}
/**
 * Diagnostics for one file's text, sorted by position. YAML syntax errors are reported alone. A file without any
 * of the settings yields nothing.
 */
function lintServerSettings(text, kind, options = {}) {
    const read = readServerSettings(text, kind);
    if (read.syntax.length > 0)
        return [...read.syntax].sort(byPosition);
    const out = [];
    for (const group of read.groups) {
        for (const rule of SERVER_RULES) {
            if (rule.kinds && !rule.kinds.includes(kind))
                continue;
            out.push(...rule.check({ read, group, options }));
        }
    }
    return out.sort(byPosition);
}

// EXTERNAL MODULE: ./src/openmetadata/yaml-style.ts
var yaml_style = __webpack_require__(4770);
;// CONCATENATED MODULE: ./src/openmetadata/server-config/yaml-merge.ts
/**
 * Writing the table's settings into a `yaml` Document (openmetadata.yaml, Helm values): existing nodes are
 * reused where they can be, so that a template keeps its comments, quoting, flow or block style and key order;
 * missing keys are appended to their mapping.
 */


/** The mapping at `path`, created where missing; a non-mapping value on the way is refused, never overwritten. */
function ensureMapAt(doc, path, templateName) {
    let map = doc.contents;
    for (let i = 0; i < path.length; i++) {
        const key = path[i];
        const existing = map.get(key, true);
        if ((0,dist/* isMap */.jh)(existing)) {
            map = existing;
            continue;
        }
        if (existing != null && !((0,dist/* isScalar */.jn)(existing) && existing.value == null)) {
            throw new render/* RenderError */.vH(`${templateName}: \`${path.slice(0, i + 1).join('.')}\` must be a mapping to hold the login settings, and ` +
                'it is not; fix or remove it.', 'server-config-template');
        }
        const fresh = doc.createNode({});
        map.set(key, fresh);
        map = fresh;
    }
    return map;
}
/** The mapping at `path` when it exists, without creating anything. */
function findMapAt(doc, path) {
    let node = doc.contents;
    for (const key of path) {
        if (!(0,dist/* isMap */.jh)(node))
            return undefined;
        node = node.get(key, true);
    }
    return (0,dist/* isMap */.jh)(node) ? node : undefined;
}
/** Sets `map[key]` to a scalar, reusing an existing scalar so that its comments survive. */
function setScalar(doc, map, key, value, plain = false) {
    const existing = map.get(key, true);
    if ((0,dist/* isScalar */.jn)(existing)) {
        existing.value = value;
        // A block scalar (`|`, `>`) cannot hold a one-line value; a placeholder must stay plain to be found again.
        if (plain ||
            typeof value === 'boolean' ||
            existing.type === dist/* Scalar */.X5.BLOCK_FOLDED ||
            existing.type === dist/* Scalar */.X5.BLOCK_LITERAL) {
            existing.type = dist/* Scalar */.X5.PLAIN;
        }
        return;
    }
    const node = doc.createNode(value);
    if (plain)
        node.type = dist/* Scalar */.X5.PLAIN;
    keepComments(existing, node);
    map.set(key, node);
}
/** Sets `map[key]` to a list of strings: an existing list keeps its style and comments. */
function setList(doc, map, key, items) {
    const existing = map.get(key, true);
    if ((0,dist/* isSeq */.oP)(existing)) {
        existing.items = items.map(i => doc.createNode(i));
        return;
    }
    const node = doc.createNode([...items]);
    keepComments(existing, node);
    map.set(key, node);
}
/** Sets `map[key]` to `{secretRef, secretKey}` (the chart's reference to a key of a Kubernetes Secret). */
function setSecretRef(doc, map, key, secretRef, secretKey) {
    const existing = map.get(key, true);
    if ((0,dist/* isMap */.jh)(existing)) {
        setScalar(doc, existing, 'secretRef', secretRef);
        setScalar(doc, existing, 'secretKey', secretKey);
        return;
    }
    const node = doc.createNode({ secretRef, secretKey });
    keepComments(existing, node);
    map.set(key, node);
}
function keepComments(old, node) {
    if (!old || typeof old !== 'object')
        return;
    const o = old;
    if (o.comment)
        node.comment = o.comment;
    if (o.commentBefore)
        node.commentBefore = o.commentBefore;
}
/**
 * Moves a key just added to an existing mapping before the first of `laterKeys` the mapping has, so that it lands
 * where the table puts it (e.g. the chart's `enabled` at the top of `oidcConfiguration`) rather than at the end.
 */
function placeBefore(map, key, laterKeys) {
    const keyOf = (i) => {
        const k = map.items[i].key;
        return (0,dist/* isScalar */.jn)(k) ? k.value : k;
    };
    const from = map.items.findIndex((_, i) => keyOf(i) === key);
    const to = map.items.findIndex((_, i) => laterKeys.includes(String(keyOf(i))));
    if (from < 0 || to < 0 || to > from)
        return;
    const [pair] = map.items.splice(from, 1);
    map.items.splice(to, 0, pair);
}

;// CONCATENATED MODULE: ./src/openmetadata/server-config/render.ts
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










const GENERATOR = 'openmetadata-auth0-action';
const TEMPLATE_INPUT = 'server-config-template';
const SHAPE_OF = {
    docker: 'env',
    'bare-metal': 'openmetadata-yaml',
    kubernetes: 'helm-values'
};
// ---------------------------------------------------------------------------------------------------------------
// Inputs
function check(ok, message, input) {
    if (!ok)
        throw new render/* RenderError */.vH(message, input);
}
function checkInput(input) {
    check(/^[A-Za-z0-9.-]+(:\d{1,5})?$/.test(input.auth0Domain), 'auth0-domain must be a bare host or host:port.', 'auth0-domain');
    check(/^https?:\/\/[^/?#\s@]+$/.test(input.openmetadataUrl), 'openmetadata-url must be an http(s) origin without a path or trailing slash, e.g. https://openmetadata.example.com.', 'openmetadata-url');
    check(/^[^\s'"\\$`#]+$/.test(input.clientId), 'The client id of the login application is empty or malformed.', 'sso-client-id');
    for (const p of input.adminPrincipals) {
        check(/^[^\s,[\]'"\\$`#]+$/.test(p), 'admin-principals must be user names without blanks, commas, brackets or quotes.', 'admin-principals');
    }
    if (input.principalDomain !== undefined && input.principalDomain !== '') {
        check(/^[A-Za-z0-9.-]+$/.test(input.principalDomain), 'principal-domain must be a domain name, e.g. example.com.', 'principal-domain');
    }
    if (input.clientType !== 'confidential')
        return;
    if (input.inlineSecrets) {
        check(!!input.clientSecret, "inline-secrets needs the login application's client secret, and it is not available.", 'inline-secrets');
    }
    else {
        check(model/* ENV_VAR_NAME */.S0.test(input.oidcSecretEnvVar), 'oidc-secret-env-var must be an environment variable name ([A-Za-z_][A-Za-z0-9_]*) for the settings to reference.', 'oidc-secret-env-var');
    }
}
/** A template of the wrong kind is refused: merging an env file into YAML (or the reverse) would be nonsense. */
function checkTemplateKind(template, deployment) {
    const kind = detectServerConfigKind(template.text);
    const expected = {
        docker: 'env',
        'bare-metal': 'openmetadata-yaml',
        kubernetes: 'helm-values'
    };
    const names = {
        env: 'an env file',
        compose: 'a docker compose file',
        'openmetadata-yaml': 'an openmetadata.yaml',
        'helm-values': 'a Helm values file'
    };
    if (kind && kind !== expected[deployment]) {
        throw new render/* RenderError */.vH(`server-config-template (${template.path}) is ${names[kind]}, but deployment ${deployment} renders ` +
            `${names[expected[deployment]]}.`, TEMPLATE_INPUT);
    }
}
// ---------------------------------------------------------------------------------------------------------------
// Headers
function headerLines(input) {
    const what = `Auth0 login settings of the OpenMetadata server (${input.clientType} client ${input.clientId})`;
    const gen = `Generated by ${GENERATOR} for OpenMetadata 1.7 (1.2 to 1.8 read the same keys).`;
    const secretNote = input.inlineSecrets && input.clientType === 'confidential'
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
function envText(d) {
    const v = d.value;
    try {
        if (v.kind === 'list')
            return formatEnvList(v.value);
        if (v.kind === 'boolean')
            return String(v.value);
        if (v.kind === 'string')
            return formatEnvValue(v.value);
        return v.inline !== undefined ? formatEnvValue(v.inline) : `\${${v.envVar}}`;
    }
    catch (e) {
        if (!(e instanceof EnvValueError))
            throw e;
        // Other values were checked with the inputs; these two come from lists or from Auth0.
        if (d.setting.name === 'oidcSecret') {
            throw new render/* RenderError */.vH(`The login application's client secret ${e.message}; reference it instead (inline-secrets: false).`, 'inline-secrets');
        }
        throw new render/* RenderError */.vH(`\`${d.setting.env}\` ${e.message}.`, 'admin-principals');
    }
}
function envEntries(desired) {
    return desired.map(d => {
        const entry = { key: d.setting.env, text: envText(d) };
        if (d.onlyIfPresent)
            entry.onlyIfPresent = true;
        if (d.value.kind === 'secret' && d.value.inline === undefined) {
            entry.comment =
                `Export ${d.value.envVar} (the login application's client secret) where docker compose runs: ` +
                    'Compose substitutes ${…} in an env file from the shell environment.';
        }
        return entry;
    });
}
function renderEnv(input, desired) {
    const base = input.template
        ? parseEnvFile(input.template.text)
        : parseEnvFile(headerLines(input)
            .map(l => `# ${l}`)
            .join('\n') + '\n');
    const header = input.template ? [`Added by ${GENERATOR}: Auth0 login settings`] : [];
    return serializeEnvFile(applyEnvEntries(base, envEntries(desired), header));
}
// ---------------------------------------------------------------------------------------------------------------
// bare-metal and kubernetes: YAML
/** Inline secrets go in as unique plain placeholders, replaced by their double-quoted value after stringifying. */
class Placeholders {
    taken;
    values = new Map();
    constructor(taken) {
        this.taken = taken;
    }
    add(secret) {
        let token;
        let n = this.values.size;
        do
            token = `__OMA_INLINE_SECRET_${n++}__`;
        while (this.taken.includes(token));
        this.values.set(token, secret);
        return token;
    }
    apply(text) {
        for (const [token, secret] of this.values)
            text = text.split(token).join((0,render/* doubleQuoted */.UN)(secret));
        return text;
    }
}
function parseYamlTemplate(template) {
    // As validate parses (linear: the library's own duplicate-key scan is quadratic in a mapping's size).
    const { doc, errors } = (0,lint/* parseForLint */.yF)(template.text, new dist/* LineCounter */.HN());
    const name = `server-config-template (${template.path})`;
    if (errors.length > 0) {
        const what = errors[0].code === 'MULTIPLE_DOCS'
            ? 'it holds more than one YAML document'
            : (0,lint/* sanitizeParserMessage */.Ku)(errors[0].message);
        throw new render/* RenderError */.vH(`${name} is not valid YAML: ${what}`, TEMPLATE_INPUT);
    }
    if (doc.contents == null)
        doc.contents = doc.createNode({});
    if (!(0,dist/* isMap */.jh)(doc.contents))
        throw new render/* RenderError */.vH(`${name} must be a YAML mapping at the top level.`, TEMPLATE_INPUT);
    return doc;
}
function setYamlValue(doc, map, key, d, shape, ph) {
    const value = (shape === 'helm-values' && d.helmValue) || d.value;
    const secretKey = d.setting.helmSecretKey;
    if (shape === 'helm-values' && secretKey) {
        // The chart reads the OIDC client id and secret from a Secret; their values never enter the values file.
        if (value.kind === 'string' && value.value === '')
            return;
        setSecretRef(doc, map, key, HELM_OIDC_SECRET, secretKey);
        return;
    }
    if (value.kind === 'list')
        setList(doc, map, key, value.value);
    else if (value.kind === 'boolean')
        setScalar(doc, map, key, value.value);
    else if (value.kind === 'string')
        setScalar(doc, map, key, value.value);
    else if (value.inline !== undefined)
        setScalar(doc, map, key, ph.add(value.inline), true);
    else
        setScalar(doc, map, key, `\${${value.envVar}}`);
}
/** Keys of the table's settings that follow `setting` in the same mapping. */
function laterSiblings(setting, parentPath, pathOf) {
    const later = SETTINGS.slice(SETTINGS.indexOf(setting) + 1);
    const parent = parentPath.join('\u0000');
    return later.flatMap(s => {
        const p = pathOf(s);
        return p && p.slice(0, -1).join('\u0000') === parent ? [p[p.length - 1]] : [];
    });
}
function renderYaml(input, desired, shape) {
    const doc = input.template ? parseYamlTemplate(input.template) : new dist/* Document */.yo({}, { version: '1.1' });
    const name = input.template ? `server-config-template (${input.template.path})` : 'the rendered file';
    const ph = new Placeholders(input.template?.text ?? '');
    const pathOf = (s) => columnOf(s, shape);
    for (const d of desired) {
        const path = pathOf(d.setting);
        const parentPath = path.slice(0, -1);
        const key = path[path.length - 1];
        if (d.onlyIfPresent && !findMapAt(doc, parentPath)?.has(key))
            continue;
        const map = ensureMapAt(doc, parentPath, name);
        const added = !map.has(key);
        setYamlValue(doc, map, key, d, shape, ph);
        if (added)
            placeBefore(map, key, laterSiblings(d.setting, parentPath, pathOf));
    }
    if (!input.template)
        doc.commentBefore = headerLines(input)
            .map(l => ` ${l}`)
            .join('\n');
    const style = input.template ? (0,yaml_style/* detectIndent */.o)(input.template.text) : { indent: 2, indentSeq: true };
    return ph.apply(doc.toString({ lineWidth: 0, ...style }));
}
// ---------------------------------------------------------------------------------------------------------------
// Kubernetes Secret
const shellWord = (s) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);
function kubectlSecretCommand(input) {
    return (`kubectl create secret generic ${HELM_OIDC_SECRET} --namespace <namespace> ` +
        `--from-literal=openmetadata-oidc-client-id=${shellWord(input.clientId)} ` +
        '--from-literal=openmetadata-oidc-client-secret=<client secret>');
}
function secretManifest(input) {
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
        `  openmetadata-oidc-client-id: ${(0,render/* doubleQuoted */.UN)(input.clientId)}`,
        `  openmetadata-oidc-client-secret: ${(0,render/* doubleQuoted */.UN)(input.clientSecret ?? '')}`,
        ''
    ].join('\n');
}
// ---------------------------------------------------------------------------------------------------------------
const NO_DEFAULT_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;
/**
 * `${NAME}` references without a default in the file's values (not its comments; not single-quoted env values,
 * which are literal): each must be set where the file is used.
 */
function referencedVars(text, shape, first) {
    const values = [];
    if (shape === 'env') {
        for (const line of parseEnvFile(text).lines) {
            if (line.type === 'assignment' && line.quote !== "'")
                values.push(line.value);
        }
    }
    else {
        // The raw source, as the server substitutes the text before parsing it (an escaped `\x24{…}` is no reference).
        (0,dist/* visit */.YR)((0,dist/* parseDocument */.Tp)(text, lint/* LINT_PARSE_OPTIONS */.Ne), {
            Scalar(_key, node) {
                if (typeof node.value === 'string' && node.range)
                    values.push(text.slice(node.range[0], node.range[1]));
            }
        });
    }
    const names = [...first];
    for (const v of values)
        for (const m of v.matchAll(NO_DEFAULT_REFERENCE))
            names.push(m[1]);
    return [...new Set(names)];
}
/** Output diagnostics that the template already had (same rule and message), with template positions. */
function keptFromTemplate(templateDiags, output) {
    const remaining = new Map();
    for (const d of output)
        remaining.set(`${d.ruleId}\u0000${d.message}`, (remaining.get(`${d.ruleId}\u0000${d.message}`) ?? 0) + 1);
    return templateDiags.filter(d => {
        const k = `${d.ruleId}\u0000${d.message}`;
        const n = remaining.get(k) ?? 0;
        if (n > 0)
            remaining.set(k, n - 1);
        return n > 0;
    });
}
function renderServerSettings(input) {
    checkInput(input);
    if (input.template)
        checkTemplateKind(input.template, input.deployment);
    const shape = SHAPE_OF[input.deployment];
    const desired = desiredSettings(input).filter(d => columnOf(d.setting, shape) !== undefined);
    const text = shape === 'env' ? renderEnv(input, desired) : renderYaml(input, desired, shape);
    const confidential = input.clientType === 'confidential';
    const secretVar = confidential && !input.inlineSecrets && shape !== 'helm-values' ? [input.oidcSecretEnvVar] : [];
    // The chart does not substitute environment variables in values.
    const envVars = shape === 'helm-values' ? [] : referencedVars(text, shape, secretVar);
    const kind = shape;
    const lintOptions = { auth0Domain: input.auth0Domain, openmetadataUrl: input.openmetadataUrl };
    const diagnostics = lintServerSettings(text, kind, {
        ...lintOptions,
        allowLiteralSecret: input.inlineSecrets
    });
    const templateDiagnostics = input.template
        ? keptFromTemplate(lintServerSettings(input.template.text, kind, lintOptions), diagnostics)
        : [];
    const out = { text, envVars, diagnostics, templateDiagnostics };
    if (input.deployment === 'kubernetes' && confidential) {
        out.kubectlSecretCommand = kubectlSecretCommand(input);
        if (input.inlineSecrets)
            out.secretManifest = secretManifest(input);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/openmetadata/server-config/index.ts
/**
 * The OpenMetadata server's login settings for the Auth0 login application (DESIGN.md "The login application and
 * the server's authentication settings"): rendering for docker, bare metal and Kubernetes, and the lint rules that
 * `mode: validate` and the renderer share.
 */







/***/ }),

/***/ 4770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ detectIndent)
/* harmony export */ });
/** The look of a YAML file the action merges into, so that its output keeps that look. */
/** Indentation of a template, so that the merged file keeps its look. */
function detectIndent(text) {
    let indent = 0;
    let indentSeq = true;
    let prevKeyIndent;
    for (const line of text.split('\n')) {
        if (/^\s*(#|$)/.test(line))
            continue;
        const lead = /^ */.exec(line)[0].length;
        if (lead > 0 && (indent === 0 || lead < indent))
            indent = lead;
        if (prevKeyIndent === lead && line.slice(lead).startsWith('- '))
            indentSeq = false;
        prevKeyIndent = /^\s*[^\s#-][^#]*:\s*(#.*)?$/.test(line) ? lead : undefined;
    }
    indent = Math.min(Math.max(indent || 2, 2), 8);
    // yaml's indentSeq: false outdents a list by 2 columns, which matches the template only at indent 2.
    return { indent, indentSeq: indentSeq || indent !== 2 };
}


/***/ })

};
