/**
 * The desired state of the ingestion app (DESIGN.md "Desired state") and the diff against what Auth0
 * holds. Pure: no network, so every drift case is unit-tested.
 */
import type { AuthMethod } from '../inputs.js';

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
  'client_metadata'
] as const;

export interface AppState {
  client_id: string;
  name: string;
  app_type?: string | null;
  grant_types?: string[] | null;
  token_endpoint_auth_method?: string | null;
  client_metadata?: Record<string, unknown> | null;
}

export interface GrantState {
  id: string;
  client_id: string;
  audience: string;
  scope: string[];
}

export interface DesiredApp {
  name: string;
  authMethod: AuthMethod;
  audience: string;
  scopes: string[];
}

export interface Change {
  resource: 'client' | 'client_grant';
  field: string;
  from: unknown;
  to: unknown;
}

export function isManagedByAction(app: AppState): boolean {
  return app.client_metadata?.[MANAGED_BY_KEY] === MANAGED_BY_VALUE;
}

/** The body of `POST /api/v2/clients` for a new ingestion app. */
export function createAppBody(desired: DesiredApp) {
  return {
    name: desired.name,
    description:
      'OpenMetadata ingestion (machine-to-machine). Managed by the openmetadata-auth0 GitHub Action.',
    app_type: 'non_interactive' as const,
    grant_types: ['client_credentials'],
    token_endpoint_auth_method: desired.authMethod,
    client_metadata: { [MANAGED_BY_KEY]: MANAGED_BY_VALUE }
  };
}

/**
 * The changes that bring `app` and its `grant` for the audience to the desired state. An absent app
 * yields the create changes; nothing is ever deleted (extra grant types are kept, extra scopes removed
 * from the grant only because the grant's scope list is the thing we own).
 */
export function diffApp(
  app: AppState | undefined,
  grant: GrantState | undefined,
  desired: DesiredApp
): Change[] {
  if (!app) {
    return [
      { resource: 'client', field: 'app', from: null, to: desired.name },
      {
        resource: 'client_grant',
        field: 'grant',
        from: null,
        to: { audience: desired.audience, scope: desired.scopes }
      }
    ];
  }
  const changes: Change[] = [];
  if (app.app_type !== 'non_interactive') {
    changes.push({
      resource: 'client',
      field: 'app_type',
      from: app.app_type ?? null,
      to: 'non_interactive'
    });
  }
  const grantTypes = app.grant_types ?? [];
  if (!grantTypes.includes('client_credentials')) {
    changes.push({
      resource: 'client',
      field: 'grant_types',
      from: grantTypes,
      to: [...grantTypes, 'client_credentials']
    });
  }
  if (app.token_endpoint_auth_method !== desired.authMethod) {
    changes.push({
      resource: 'client',
      field: 'token_endpoint_auth_method',
      from: app.token_endpoint_auth_method ?? null,
      to: desired.authMethod
    });
  }
  if (!grant) {
    changes.push({
      resource: 'client_grant',
      field: 'grant',
      from: null,
      to: { audience: desired.audience, scope: desired.scopes }
    });
  } else {
    const { missing, extra } = scopeDifference(grant.scope, desired.scopes);
    if (missing.length > 0 || extra.length > 0) {
      changes.push({
        resource: 'client_grant',
        field: 'scope',
        from: [...grant.scope].sort(),
        to: desired.scopes
      });
    }
  }
  return changes;
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

/** The `PATCH /api/v2/clients/{id}` body for the client changes (undefined when none). */
export function clientPatchBody(changes: readonly Change[], adopt: boolean, app: AppState | undefined) {
  const body: Record<string, unknown> = {};
  for (const c of changes) {
    if (c.resource === 'client' && c.field !== 'app') body[c.field] = c.to;
  }
  // Adopting an app takes ownership: mark it so later runs know this action manages it.
  if (adopt && app && !isManagedByAction(app)) {
    // Keep the app's other metadata whether Auth0 merges or replaces client_metadata on PATCH.
    body.client_metadata = { ...(app.client_metadata ?? {}), [MANAGED_BY_KEY]: MANAGED_BY_VALUE };
  }
  return Object.keys(body).length > 0 ? body : undefined;
}
