/**
 * The diff between an Auth0 application as the tenant holds it and its desired state (applications.ts),
 * and the request bodies that close it. Pure: no network, so every drift case is unit-tested.
 */
import type { AppRole, DesiredApp, DesiredGrant, FieldRule } from './applications.js';

/** `client_metadata` key/value marking an app this action created (Auth0 allows string values ≤ 255). */
export const MANAGED_BY_KEY = 'managed_by';
export const MANAGED_BY_VALUE = 'openmetadata-auth0-action';

/** Fields of an Auth0 client the action reads; also the `fields` it asks for (least data over the wire). */
export const APP_FIELDS = [
  'client_id',
  'name',
  'app_type',
  'grant_types',
  'token_endpoint_auth_method',
  'client_metadata',
  'callbacks',
  'web_origins',
  'oidc_conformant',
  'jwt_configuration'
] as const;

export interface AppState {
  client_id: string;
  name: string;
  app_type?: string | null;
  grant_types?: string[] | null;
  token_endpoint_auth_method?: string | null;
  client_metadata?: Record<string, unknown> | null;
  callbacks?: string[] | null;
  web_origins?: string[] | null;
  oidc_conformant?: boolean | null;
  jwt_configuration?: Record<string, unknown> | null;
}

export interface GrantState {
  id: string;
  client_id: string;
  audience: string;
  scope: string[];
}

export interface Change {
  /** Which application the change belongs to. */
  app: AppRole;
  resource: 'client' | 'client_grant';
  /** A client property (dotted for nested ones), `app` for a create, `grant`/`scope` for the grant. */
  field: string;
  from: unknown;
  to: unknown;
}

/** A property the action must not change (the app's type): reported with its fix instead. */
export interface Conflict {
  field: string;
  actual: unknown;
  wanted: unknown;
}

export interface AppDiff {
  changes: Change[];
  conflicts: Conflict[];
}

export function isManagedByAction(app: AppState): boolean {
  return app.client_metadata?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
}

/** The value at a dotted path of a client (`jwt_configuration.alg`). */
export function fieldValue(app: object, field: string): unknown {
  let value: unknown = app;
  for (const key of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The change one rule asks for, or a conflict for an immutable property, or nothing. */
function diffField(app: AppState, rule: FieldRule, role: AppRole): Change | Conflict | undefined {
  const actual = fieldValue(app, rule.field);
  if (rule.kind === 'equals') {
    if (actual === rule.value) return undefined;
    if (rule.immutable) return { field: rule.field, actual: actual ?? null, wanted: rule.value };
    return { app: role, resource: 'client', field: rule.field, from: actual ?? null, to: rule.value };
  }
  const list = Array.isArray(actual) ? (actual as string[]) : [];
  const missing = rule.values.filter(v => !list.includes(v));
  if (missing.length === 0) return undefined;
  return { app: role, resource: 'client', field: rule.field, from: list, to: [...list, ...missing] };
}

function grantChange(role: AppRole, grant: GrantState | undefined, wanted: DesiredGrant): Change[] {
  if (!grant) {
    return [
      {
        app: role,
        resource: 'client_grant',
        field: 'grant',
        from: null,
        to: { audience: wanted.audience, scope: wanted.scopes }
      }
    ];
  }
  const { missing, extra } = scopeDifference(grant.scope, wanted.scopes);
  if (missing.length === 0 && extra.length === 0) return [];
  return [
    { app: role, resource: 'client_grant', field: 'scope', from: [...grant.scope].sort(), to: wanted.scopes }
  ];
}

/**
 * What brings `app` (and its grant) to the desired state. An absent app yields the create changes.
 * Nothing is ever deleted: lists only gain entries; the grant's scope list is replaced because the
 * grant is the thing this action owns.
 */
export function diffApp(
  app: AppState | undefined,
  grant: GrantState | undefined,
  desired: DesiredApp
): AppDiff {
  const role = desired.role;
  if (!app) {
    return {
      changes: [
        { app: role, resource: 'client', field: 'app', from: null, to: desired.name },
        ...(desired.grant ? grantChange(role, undefined, desired.grant) : [])
      ],
      conflicts: []
    };
  }
  const changes: Change[] = [];
  const conflicts: Conflict[] = [];
  for (const rule of desired.fields) {
    const found = diffField(app, rule, role);
    if (found && 'wanted' in found) conflicts.push(found);
    else if (found) changes.push(found);
  }
  if (desired.grant) changes.push(...grantChange(role, grant, desired.grant));
  return { changes, conflicts };
}

export function scopeDifference(actual: readonly string[], wanted: readonly string[]) {
  return {
    missing: wanted.filter(s => !actual.includes(s)),
    extra: actual.filter(s => !wanted.includes(s)).sort()
  };
}

/** Scopes that let the holder change or delete tenant data: dangerous on an ingestion bot. */
export function dangerousScopes(scopes: readonly string[]): string[] {
  return scopes.filter(s => /^(create|update|delete|write|blacklist):/.test(s) || s === 'read:client_keys');
}

/** Sets a dotted path in a request body, copying the app's current object so its other keys survive. */
function setPath(body: Record<string, unknown>, app: AppState | undefined, field: string, value: unknown) {
  const [head, ...rest] = field.split('.');
  if (rest.length === 0) {
    body[head] = value;
    return;
  }
  // Send the whole object: whether Auth0 merges or replaces it on PATCH, its other keys are kept.
  const current = body[head] ?? fieldValue(app ?? {}, head);
  const copy = current && typeof current === 'object' ? { ...(current as Record<string, unknown>) } : {};
  body[head] = copy;
  setPath(copy, undefined, rest.join('.'), value);
}

/** The body of `POST /api/v2/clients` for a new app: every rule's value, and the managed-by mark. */
export function createAppBody(desired: DesiredApp): Record<string, unknown> {
  const body: Record<string, unknown> = { name: desired.name, description: desired.description };
  for (const rule of desired.fields) {
    setPath(body, undefined, rule.field, rule.kind === 'equals' ? rule.value : [...rule.values]);
  }
  body.client_metadata = { [MANAGED_BY_KEY]: MANAGED_BY_VALUE };
  return body;
}

/** The `PATCH /api/v2/clients/{id}` body for the client changes (undefined when none). */
export function clientPatchBody(changes: readonly Change[], adopt: boolean, app: AppState | undefined) {
  const body: Record<string, unknown> = {};
  for (const c of changes) {
    if (c.resource === 'client' && c.field !== 'app') setPath(body, app, c.field, c.to);
  }
  // Adopting an app takes ownership: mark it so later runs know this action manages it.
  if (adopt && app && !isManagedByAction(app)) {
    // Keep the app's other metadata whether Auth0 merges or replaces client_metadata on PATCH.
    body.client_metadata = { ...(app.client_metadata ?? {}), [MANAGED_BY_KEY]: MANAGED_BY_VALUE };
  }
  return Object.keys(body).length > 0 ? body : undefined;
}
