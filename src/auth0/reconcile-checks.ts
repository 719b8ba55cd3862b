/** The check records of reconcile.ts that take more than a line to word. Pure. */
import type { Check } from '../report/checks.js';
import { APP_TYPE_LABELS, type DesiredApp, type DesiredGrant } from './applications.js';
import { dangerousScopes, scopeDifference, type AppState, type Conflict } from './desired.js';
import { explainAuth0Error } from './errors.js';
import type { ApiInfo, ApplyError } from './management.js';

/** A failed check when the grant's API is missing or lacks a requested scope; undefined when it is fine. */
export function missingApiCheck(grant: DesiredGrant, api: ApiInfo | undefined): Check | undefined {
  if (!api) {
    return {
      id: 'auth0.api',
      status: 'fail',
      title: 'Audience API',
      detail: `${grant.audience} is not an API of this tenant.`,
      fix: 'Set audience to the Identifier of an API in Auth0 (APIs tab), or leave it empty for the Management API.'
    };
  }
  const undefinedScopes = grant.scopes.filter(s => !api.scopes.includes(s));
  if (undefinedScopes.length === 0) return undefined;
  return {
    id: 'auth0.api',
    status: 'fail',
    title: 'Audience API',
    detail: `${api.name ?? grant.audience} does not define the scope(s) ${undefinedScopes.join(', ')}.`,
    fix: 'Fix the scopes input (typo?) or add the permissions to the API in Auth0.'
  };
}

/** A warning when the grant holds scopes beyond the input (write/delete ones are named). */
export function leastPrivilegeCheck(actual: readonly string[], wanted: readonly string[]): Check | undefined {
  const extra = scopeDifference(actual, wanted).extra;
  if (extra.length === 0) return undefined;
  const dangerous = dangerousScopes(extra);
  return {
    id: 'auth0.grant.least-privilege',
    status: 'warn',
    title: 'Least privilege',
    detail: `The ingestion app's grant holds scope(s) beyond the scopes input: ${extra.join(', ')}${dangerous.length > 0 ? `; ${dangerous.join(', ')} can change the tenant` : ''}. OpenMetadata needs none of them.`,
    fix: 'mode provision reduces the grant to the scopes input (see the changes); or add them to scopes if they are really needed.'
  };
}

const label = (type: unknown) => APP_TYPE_LABELS[String(type)] ?? `\`${String(type)}\``;

/** The failed check for an app of the wrong type: both types, and the two ways out. */
export function describeConflict(spec: DesiredApp, app: AppState, conflicts: readonly Conflict[]): Check {
  const type = conflicts.find(c => c.field === 'app_type');
  const detail = type
    ? `"${app.name}" (${app.client_id}) is a ${label(type.actual)}; ${spec.title.toLowerCase()} needs a ${label(type.wanted)}. The action never changes an app's type; nothing was written to it.`
    : `"${app.name}" (${app.client_id}) has ${conflicts.map(c => `${c.field} ${JSON.stringify(c.actual)} (needs ${JSON.stringify(c.wanted)})`).join(', ')}; nothing was written to it.`;
  const otherType =
    type?.actual === 'spa' ? 'public' : type?.actual === 'regular_web' ? 'confidential' : undefined;
  const fix =
    spec.role === 'login'
      ? `Create a ${label(type?.wanted)} in Auth0 (or let mode provision create one under another ${spec.nameInput})${otherType ? `, or set sso-client-type: ${otherType} to use this app as it is` : ''}.`
      : `Create the app with the right type in Auth0, or point ${spec.idInput}/${spec.nameInput} at another app.`;
  return { id: `${spec.checkId}.type`, status: 'fail', title: `${spec.title} type`, detail, fix };
}

/**
 * The failed check of an apply step (provision): the cause and its fix, then what the tenant now holds —
 * the writes done before the failure, and whether the failed write may have been applied. "Nothing was
 * changed." only when that is known: a write that got no usable answer may have happened.
 */
export function applyFailureCheck(spec: DesiredApp, failure: ApplyError): Check {
  const explained = explainAuth0Error(failure.error, 'management');
  const before = failure.done.length > 0 ? ` Applied before the failure: ${failure.done.join(', ')}` : '';
  const outcome = failure.uncertain
    ? `${before ? `${before}.` : ''} The outcome of ${failure.error.where || 'the write'} is unknown: ${failure.outcome}. A re-run reads the tenant again and converges.`
    : before
      ? `${before}; ${failure.outcome}. A re-run converges.`
      : ' Nothing was changed.';
  return {
    id: spec.applyCheckId,
    status: 'fail',
    title: `Apply changes (${spec.title.toLowerCase()})`,
    ...explained,
    detail: explained.detail + outcome
  };
}
