/** The admin app's Management API credentials, and which modes need them. */
import type { ManagementCredentials, Mode } from './index.js';
import type { Reader } from './reader.js';

/**
 * `management-token`, or the `management-client-id`/`-secret` pair. `verify` can do without them when
 * the ingestion app's own `client-id` and `client-secret` are given (a token-only check).
 */
export function readManagement(
  r: Reader,
  /** Undefined when the mode input is invalid: then no mode's requirement applies. */
  mode: Mode | undefined,
  app: { clientId?: string; clientSecret?: string }
): ManagementCredentials | undefined {
  const clientId = r.get('management-client-id');
  const clientSecret = r.get('management-client-secret');
  const token = r.get('management-token');
  let management: ManagementCredentials | undefined;
  if (token) {
    management = { kind: 'token', token };
    if (clientId || clientSecret) {
      r.warnings.push(
        'management-token is set: management-client-id and management-client-secret are ignored.'
      );
    }
  } else if (clientId && clientSecret) {
    management = { kind: 'client', clientId, clientSecret };
  } else if (clientId || clientSecret) {
    const missing = clientId ? 'management-client-secret' : 'management-client-id';
    r.problem(
      missing,
      'is missing: the admin app needs both its client id and its secret.',
      `Set ${missing} (from a secret), or use management-token instead.`
    );
  }

  const none = !management && !(clientId || clientSecret);
  if ((mode === 'provision' || mode === 'plan') && none) {
    r.problem(
      'management-client-id',
      `Management API credentials are required in mode ${mode}.`,
      'Set management-client-id and management-client-secret (an admin M2M app), or management-token.'
    );
  } else if (mode === 'verify' && none && (!app.clientId || !app.clientSecret)) {
    r.problem(
      'management-client-id',
      'verify needs Management API credentials, or client-id with client-secret for a token-only check.',
      'Set management-client-id and management-client-secret (or management-token), or set both client-id and client-secret.'
    );
  }
  return management;
}
