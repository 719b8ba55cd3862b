/**
 * Lint rules for the server's login settings in deployment files (DESIGN.md "Validate mode reads deployment files
 * too"). Each rule reads one group of settings found by read.ts and returns diagnostics with a position and a fix.
 * Values that are `${VAR}` references are unknown here (the environment decides) and pass every value check.
 * No message ever contains the value of a secret: a URL from the file (and every URL derived from one) is shown
 * through `urlForMessage` (user-info and query values masked, clipped), any other key through `quoted`.
 */
import {
  type Diagnostic,
  makeDiagnostic,
  quoted,
  type RuleMeta,
  type Severity,
  type Span,
  urlForMessage
} from '../model.js';
import type { EnvAssignment } from './env-file.js';
import type { Found, ListItem, ReadResult, ServerConfigKind, SettingsGroup } from './read.js';
import {
  callbackOf,
  columnOf,
  SERVER_JWKS_PATH,
  SETTING_BY_NAME,
  type SettingName,
  tenantJwks
} from './settings.js';

export interface ServerLintOptions {
  /** The tenant (bare host[:port]); without it, the host of a well-formed `authority` stands in. */
  auth0Domain?: string;
  /** The address people open; with it, callbacks must be exactly `{url}/callback`. */
  openmetadataUrl?: string;
  /** The renderer's own output with inline-secrets: the literal OIDC secret is there on purpose. */
  allowLiteralSecret?: boolean;
}

export interface Ctx {
  read: ReadResult;
  group: SettingsGroup;
  options: ServerLintOptions;
}

export interface ServerRule extends RuleMeta {
  description: string;
  /** Kinds the rule applies to; all when absent. */
  kinds?: readonly ServerConfigKind[];
  check(ctx: Ctx): Diagnostic[];
}

/** A whole-value environment reference: `$NAME`, `${NAME}` or `${NAME:-default}` (and the other operators). */
const REFERENCE = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*(?:(:?[-=?+])([^}]*))?\})$/;

export function isReference(text: string): boolean {
  return REFERENCE.test(text.trim());
}

/** True for a reference that is empty when its variable is unset: `${X:-}`, `${X:-""}`. */
function referenceDefaultsEmpty(text: string): boolean {
  const m = REFERENCE.exec(text.trim());
  return !!m && (m[1] === ':-' || m[1] === '-') && /^(?:|""|'')$/.test(m[2] ?? '');
}

const get = (ctx: Ctx, name: SettingName) => ctx.group.found.get(name);

/** The literal text of a scalar setting; undefined when absent, not a scalar, or a reference. */
function literal(f: Found | undefined): string | undefined {
  if (!f || f.value.type !== 'scalar' || isReference(f.value.text)) return undefined;
  return f.value.text.trim();
}

/** Value span, or the key's when the value is empty. */
function valueSpan(f: Found): Span {
  return f.value.span.end > f.value.span.start ? f.value.span : f.keySpan;
}

/** The items of a list setting: a YAML list, or the server's `[a, b]` text (env files, quoted YAML strings). */
function listItems(f: Found | undefined): ListItem[] | undefined {
  if (!f) return undefined;
  if (f.value.type === 'list') return f.value.items;
  const text = literal(f);
  if (text === undefined) return undefined;
  const span = f.value.span;
  const inner = /^\[(.*)\]$/s.exec(text)?.[1] ?? text;
  return inner
    .split(',')
    .map(s => s.trim().replace(/^(["'])(.*)\1$/, '$2'))
    .filter(s => s !== '')
    .map(t => ({ text: t, span }));
}

function diag(ctx: Ctx, rule: RuleMeta, span: Span, message: string, fix: string, severity?: Severity) {
  return makeDiagnostic(
    { lineCounter: ctx.read.lineCounter, text: ctx.read.text },
    rule,
    span,
    message,
    fix,
    severity
  );
}

/** Where a setting is written in this kind of file, for messages: its env name or its YAML path. */
function nameIn(ctx: Ctx, name: SettingName): string {
  const shape = ctx.read.kind === 'compose' ? 'env' : ctx.read.kind;
  const column = columnOf(SETTING_BY_NAME.get(name)!, shape);
  return typeof column === 'string' ? column : (column?.join('.') ?? name);
}

/**
 * The tenant domain: the option, else the host the authority names — also when written without `https://`, as the
 * guide's `{Domain}` placeholder invites, so that the JWKS and discovery fixes name the real URL.
 */
function tenantDomain(ctx: Ctx): string | undefined {
  if (ctx.options.auth0Domain) return ctx.options.auth0Domain;
  const a = literal(get(ctx, 'authority'));
  const host = a ? /^(?:https?:\/\/)?([^/?#\s{}]+)\/?$/.exec(a)?.[1] : undefined;
  return host === undefined ? undefined : withoutUserInfo(host);
}

/** A host (`user:pw@host:port`) without its user-info: what a URL derived from it for a fix names. */
function withoutUserInfo(host: string): string {
  return host.slice(host.lastIndexOf('@') + 1);
}

const ORIGIN = /^(https?:\/\/)([^/?#\s{}]+)/;

/**
 * The OpenMetadata URL for a fix: the option, else the origin of a server URL or callback the file gives. Only
 * fixes use it; without the option no value is checked against it.
 */
function serverUrlHint(ctx: Ctx): string | undefined {
  if (ctx.options.openmetadataUrl) return ctx.options.openmetadataUrl;
  const names: SettingName[] = ['oidcServerUrl', 'callbackUrl', 'oidcCallbackUrl'];
  for (const name of names) {
    const origin = ORIGIN.exec(literal(get(ctx, name)) ?? '');
    if (origin) return origin[1] + withoutUserInfo(origin[2]);
  }
  return undefined;
}

const isAuth0 = (ctx: Ctx) => literal(get(ctx, 'provider')) === 'auth0';

/** `public`, `confidential`, or undefined when a reference decides. A missing client type is the default, public. */
function clientType(ctx: Ctx): string | undefined {
  const f = get(ctx, 'clientType');
  if (!f) return 'public';
  return literal(f);
}

/**
 * False when the OIDC block is known to be unused: a public client, or Helm values without
 * `oidcConfiguration.enabled: true` (the chart then renders none of it). Rules on its values stay quiet then.
 */
function oidcMayApply(ctx: Ctx): boolean {
  if (clientType(ctx) === 'public') return false;
  return ctx.read.kind !== 'helm-values' || literal(get(ctx, 'oidcEnabled')) === 'true';
}

/** Where to point at for the settings a confidential client needs. */
function clientTypeSpan(ctx: Ctx): Span {
  const f = get(ctx, 'clientType');
  return f ? valueSpan(f) : ctx.group.anchor;
}

// ---------------------------------------------------------------------------------------------------------------

function envSyntaxProblem(a: EnvAssignment): string | undefined {
  if (a.separator === ':') return '`KEY: value`';
  if (a.blankBefore) return 'a blank before `=`';
  if (a.blankAfter) return 'a blank after `=`';
  if (a.quote === '' && /\s/.test(a.value)) return 'an unquoted blank in the value';
  return undefined;
}

export const ENV_SYNTAX: ServerRule = {
  id: 'env-syntax',
  severity: 'warning',
  kinds: ['env'],
  description:
    'Env-file lines that only docker compose reads as meant: `KEY: value`, blanks around `=`, an unquoted blank ' +
    'in a value. `docker run --env-file` keeps a leading blank in the value and a shell stops at the blank.',
  check(ctx) {
    const out: Diagnostic[] = [];
    for (const a of ctx.read.env?.lines ?? []) {
      if (a.type !== 'assignment') continue;
      // `http://…` or `note: …` lines are no assignment for anyone; only upper-case keys are taken as meant.
      if (a.separator === ':' && !/^[A-Z_][A-Z0-9_]*$/.test(a.key)) continue;
      const problem = envSyntaxProblem(a);
      if (!problem) continue;
      const span = { start: a.keyStart, end: Math.max(a.valueEnd, a.separatorStart + 1) };
      const key = quoted(a.key);
      out.push(
        diag(
          ctx,
          this,
          span,
          `\`${key}\` is written with ${problem}: docker compose accepts it, but \`docker run --env-file\` ` +
            'and a shell read a different value (or none).',
          `Write \`${key}=value\` with no blank around \`=\`; quote a value that contains blanks ('…'), ` +
            'or for a list write `[a,b]` without blanks.'
        )
      );
    }
    return out;
  }
};

export const AUTH0_AUTHORITY: ServerRule = {
  id: 'auth0-authority',
  severity: 'error',
  description:
    'With provider `auth0`, the authority must be `https://{tenant domain}`: no path, no trailing slash.',
  check(ctx) {
    const f = get(ctx, 'authority');
    if (!isAuth0(ctx) || (f && literal(f) === undefined)) return [];
    const value = f ? literal(f)! : '';
    // Without the option, the host written there (`acme.eu.auth0.com`, `https://acme.eu.auth0.com/`) is the hint.
    const domain = ctx.options.auth0Domain;
    const written = /^(?:https?:\/\/)?(?:[^/?#\s@]*@)?([A-Za-z0-9.-]+(?::\d+)?)\/?$/.exec(value)?.[1];
    const expected = `https://${domain ?? written ?? '{tenant domain}'}`;
    const want = urlForMessage(expected);
    // User-info (`https://user:pw@tenant`) is no part of an authority: the login page would send it to the browser.
    const ok = domain ? value === expected : /^https:\/\/[^/?#\s@]+$/.test(value) && !value.includes('{');
    if (ok) return [];
    const what = f ? (value === '' ? 'is empty' : `is \`${urlForMessage(value)}\``) : 'is missing';
    return [
      diag(
        ctx,
        this,
        f ? valueSpan(f) : (get(ctx, 'provider')?.keySpan ?? ctx.group.anchor),
        `The authority ${what}; with provider auth0 it must be \`${want}\` (the login page talks to the tenant there).`,
        `Set \`${nameIn(ctx, 'authority')}\` to \`${want}\`.`
      )
    ];
  }
};

/**
 * Any URL of the server's own JWKS path counts: the server may fetch it through an internal address (the chart's
 * default is the `openmetadata` service), so the public URL is only the suggestion.
 */
function hasServerJwks(items: ListItem[]): boolean {
  return items.some(i => i.text.endsWith(SERVER_JWKS_PATH));
}

export const PUBLIC_KEY_URLS: ServerRule = {
  id: 'public-key-urls',
  severity: 'error',
  description:
    "With provider `auth0`, the public key URLs must hold the tenant's JWKS (else every Auth0 token is refused) " +
    "and the server's own `/api/v1/system/config/jwks` (else the bots' tokens are refused).",
  check(ctx) {
    const f = get(ctx, 'publicKeyUrls');
    if (!isAuth0(ctx)) return [];
    const items = f ? listItems(f) : [];
    if (!items) return [];
    const span = f ? valueSpan(f) : (get(ctx, 'provider')?.keySpan ?? ctx.group.anchor);
    const name = f ? nameIn(ctx, 'publicKeyUrls') : 'the public key URLs';
    const domain = tenantDomain(ctx);
    const jwks = domain ? tenantJwks(domain) : 'https://{tenant domain}/.well-known/jwks.json';
    const shownJwks = urlForMessage(jwks);
    const out: Diagnostic[] = [];
    const tenantOk = domain
      ? items.some(i => i.text === jwks)
      : items.some(i => /^https:\/\/[^/{}]+\/\.well-known\/jwks\.json$/.test(i.text));
    if (!tenantOk) {
      out.push(
        diag(
          ctx,
          this,
          span,
          `${name} lacks the tenant's JWKS \`${shownJwks}\`: the server refuses every Auth0 token.`,
          `Add \`${shownJwks}\`.`
        )
      );
    }
    if (!hasServerJwks(items)) {
      const own = urlForMessage(`${serverUrlHint(ctx) ?? '{OpenMetadata URL}'}${SERVER_JWKS_PATH}`);
      const old = items.some(i => i.text.endsWith('/api/v1/config/jwks'))
        ? ' (`/api/v1/config/jwks` is the old path)'
        : '';
      out.push(
        diag(
          ctx,
          this,
          span,
          `${name} lacks the server's own JWKS${old}: tokens of OpenMetadata's bots (ingestion-bot …) are refused.`,
          `Add \`${own}\`.`
        )
      );
    }
    return out;
  }
};

/** True when a secret is configured: a non-empty literal, or a reference that is not empty by default. */
function secretSet(f: Found | undefined): boolean {
  if (!f || f.value.type !== 'scalar') return false;
  const t = f.value.text.trim();
  return t !== '' && !referenceDefaultsEmpty(t);
}

export const PUBLIC_CLIENT_SECRET: ServerRule = {
  id: 'public-client-secret',
  severity: 'error',
  kinds: ['env', 'compose', 'openmetadata-yaml'],
  description:
    "A public client (Auth0 Single Page Application) with an OIDC client secret: login fails (the guide's SPA note).",
  check(ctx) {
    const f = get(ctx, 'oidcSecret');
    if (clientType(ctx) !== 'public' || !f || !secretSet(f)) return [];
    return [
      diag(
        ctx,
        this,
        valueSpan(f),
        `\`${nameIn(ctx, 'oidcSecret')}\` is set for a public client: a Single Page Application has no secret, and ` +
          'configuring one makes login fail.',
        `Remove the secret (or leave it empty), or make the client confidential: an Auth0 Regular Web Application ` +
          `and \`${nameIn(ctx, 'clientType')}\` confidential with the whole OIDC block.`
      )
    ];
  }
};

/** Names of the OIDC settings a confidential client needs that are absent or empty. */
function missingForConfidential(ctx: Ctx): string[] {
  const present = (name: SettingName) => {
    const f = get(ctx, name);
    if (!f) return false;
    // The chart reads the client id and secret from a Secret: `{secretRef, secretKey}`.
    if (f.value.type === 'map') return ctx.read.kind === 'helm-values' && !!f.value.entries.get('secretRef');
    return f.value.type === 'scalar' && f.value.text.trim() !== '';
  };
  const needed: SettingName[] = ['oidcClientId', 'oidcSecret', 'oidcDiscoveryUri', 'oidcCallbackUrl'];
  return needed.filter(name => !present(name)).map(name => nameIn(ctx, name));
}

export const CONFIDENTIAL_INCOMPLETE: ServerRule = {
  id: 'confidential-incomplete',
  severity: 'error',
  description:
    'A confidential client (Auth0 Regular Web Application) without its OIDC client id, secret (a value or a ' +
    '`${VAR}` reference), discovery URI or callback; in Helm values also without `oidcConfiguration.enabled: true`, ' +
    'without which the chart renders no OIDC settings.',
  check(ctx) {
    if (clientType(ctx) !== 'confidential') return [];
    const span = clientTypeSpan(ctx);
    const out: Diagnostic[] = [];
    if (ctx.read.kind === 'helm-values' && literal(get(ctx, 'oidcEnabled')) !== 'true') {
      const enabled = get(ctx, 'oidcEnabled');
      if (!enabled || literal(enabled) !== undefined) {
        out.push(
          diag(
            ctx,
            this,
            enabled ? valueSpan(enabled) : span,
            'clientType is confidential but `oidcConfiguration.enabled` is not true: the chart then renders no OIDC ' +
              'settings and the server has no client secret (the 1.7 guide omits this flag).',
            'Set `openmetadata.config.authentication.oidcConfiguration.enabled: true`.'
          )
        );
      }
    }
    const missing = missingForConfidential(ctx);
    if (missing.length > 0) {
      out.push(
        diag(
          ctx,
          this,
          span,
          `A confidential client needs ${missing.map(m => `\`${m}\``).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} ` +
            'missing or empty: the authorization-code flow fails without them (a client id alone is not enough).',
          'Set them (the secret as a reference, e.g. `${OIDC_CLIENT_SECRET}`), or make the client public: an Auth0 ' +
            'Single Page Application without a secret.'
        )
      );
    }
    return out;
  }
};

export const DISCOVERY_URI_HTTP: ServerRule = {
  id: 'discovery-uri-http',
  severity: 'error',
  description:
    'The OIDC discovery URI uses `http://`; Auth0 serves it only over HTTPS. Quiet when the OIDC block is unused ' +
    '(a public client; Helm values without `oidcConfiguration.enabled: true`).',
  check(ctx) {
    const f = get(ctx, 'oidcDiscoveryUri');
    const v = literal(f);
    if (!f || !v || !/^http:\/\//i.test(v) || !oidcMayApply(ctx)) return [];
    const domain = tenantDomain(ctx);
    const want = urlForMessage(
      domain ? `https://${domain}/.well-known/openid-configuration` : v.replace(/^http:/i, 'https:')
    );
    return [
      diag(
        ctx,
        this,
        valueSpan(f),
        `\`${nameIn(ctx, 'oidcDiscoveryUri')}\` uses http://: the tenant's OpenID configuration is served over HTTPS only.`,
        `Use \`${want}\`.`
      )
    ];
  }
};

function callbackProblem(value: string, url: string | undefined): string | undefined {
  const shown = urlForMessage(value);
  if (url && value !== callbackOf(url)) return `is \`${shown}\`, not \`${urlForMessage(callbackOf(url))}\``;
  if (!value.endsWith('/callback')) return `is \`${shown}\`, which does not end in \`/callback\``;
  return undefined;
}

export const CALLBACK_URL: ServerRule = {
  id: 'callback-url',
  severity: 'error',
  description:
    "The callback URL must be `{OpenMetadata URL}/callback`, and the OIDC block's callback must be the same URL.",
  check(ctx) {
    if (!isAuth0(ctx) && !oidcMayApply(ctx)) return [];
    const out: Diagnostic[] = [];
    const url = ctx.options.openmetadataUrl;
    const main = get(ctx, 'callbackUrl');
    const mainValue = literal(main);
    const want = urlForMessage(callbackOf(serverUrlHint(ctx) ?? '{OpenMetadata URL}'));
    if (isAuth0(ctx) && (!main || mainValue === '')) {
      out.push(
        diag(
          ctx,
          this,
          main ? valueSpan(main) : (get(ctx, 'provider')?.keySpan ?? ctx.group.anchor),
          'The callback URL is missing or empty: login cannot return to OpenMetadata.',
          `Set it to \`${want}\`.`
        )
      );
    } else if (main && mainValue) {
      const p = callbackProblem(mainValue, url);
      if (p)
        out.push(
          diag(
            ctx,
            this,
            valueSpan(main),
            `\`${nameIn(ctx, 'callbackUrl')}\` ${p}.`,
            `Set it to \`${want}\`.`
          )
        );
    }
    const oidc = get(ctx, 'oidcCallbackUrl');
    const oidcValue = literal(oidc);
    if (!oidcMayApply(ctx) || !oidc || !oidcValue) return out;
    const p = callbackProblem(oidcValue, url);
    if (p) {
      out.push(
        diag(
          ctx,
          this,
          valueSpan(oidc),
          `\`${nameIn(ctx, 'oidcCallbackUrl')}\` ${p}.`,
          `Set it to \`${want}\`.`
        )
      );
    } else if (mainValue && oidcValue !== mainValue) {
      out.push(
        diag(
          ctx,
          this,
          valueSpan(oidc),
          `\`${nameIn(ctx, 'oidcCallbackUrl')}\` differs from \`${nameIn(ctx, 'callbackUrl')}\` ` +
            `(\`${urlForMessage(mainValue)}\`): the login returns to one of them only.`,
          `Use the same URL in both places: \`${urlForMessage(mainValue)}\`.`
        )
      );
    }
    return out;
  }
};

export const LITERAL_SECRET: ServerRule = {
  id: 'literal-secret',
  severity: 'error',
  description:
    'The OIDC client secret written in plain text instead of a `${VAR}` reference (Helm: instead of a ' +
    '`secretRef`). The message never contains the value.',
  check(ctx) {
    const f = get(ctx, 'oidcSecret');
    if (ctx.options.allowLiteralSecret || !f || f.value.type !== 'scalar') return [];
    const t = f.value.text.trim();
    if (t === '' || isReference(t) || /^\$\{[^}]*$/.test(t)) return [];
    const helm = ctx.read.kind === 'helm-values';
    return [
      diag(
        ctx,
        this,
        valueSpan(f),
        `\`${nameIn(ctx, 'oidcSecret')}\` holds a literal secret; a secret committed to a repository leaks to everyone ` +
          'who can read it and stays in its history. The value is not shown here.',
        helm
          ? 'Use `clientSecret: {secretRef: oidc-secrets, secretKey: openmetadata-oidc-client-secret}` and create that ' +
              'Secret with kubectl; then rotate the exposed secret in Auth0.'
          : `Write \`\${OIDC_CLIENT_SECRET}\` and set OIDC_CLIENT_SECRET from a secret where the server starts; then ` +
              'rotate the exposed secret in Auth0.'
      )
    ];
  }
};

export const ADMIN_PRINCIPAL: ServerRule = {
  id: 'admin-principal',
  severity: 'warning',
  description:
    '`admin` among the admin principals: the server maps a principal by the part of its email before `@` and ' +
    'checks neither issuer nor audience, so any tenant user named admin@… becomes that admin.',
  check(ctx) {
    const items = listItems(get(ctx, 'adminPrincipals')) ?? [];
    return items
      .filter(i => i.text.toLowerCase() === 'admin')
      .map(i =>
        diag(
          ctx,
          this,
          i.span,
          '`admin` is an admin principal: any user of the tenant whose email starts with `admin@` logs in as this ' +
            'admin (the server checks neither issuer nor audience).',
          'List your administrators by user name (john.doe for john.doe@example.com) instead, and delete the default ' +
            'admin account.'
        )
      );
  }
};

export const SERVER_RULES: readonly ServerRule[] = [
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
