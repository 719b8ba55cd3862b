/**
 * The shapes of the Management API answers the action reads, checked once, where each answer is read:
 * one small check per resource (application, client grant, API). The auth0 SDK returns whatever JSON
 * came back, typed but unchecked; an answer of another shape (a proxy's page, a changed API, a broken
 * gateway) is named as malformed with its request, never read as "no app" (provision would then create
 * a duplicate) and never left to fail later as a TypeError far from its cause. Pure: no network.
 */
import type { AppState, GrantState } from './desired.js';
import { Auth0Error } from './errors.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every(s => typeof s === 'string');

/** The failure for an answer of the wrong shape; `problem` says what is wrong, for the user. */
export function malformedAnswer(where: string, problem: string): Auth0Error {
  return new Auth0Error(
    `${where} answered with a malformed body (${problem}).`,
    undefined,
    'malformed',
    where
  );
}

/** The SDK's stand-in for a 2xx body that is not JSON (an HTML page from a proxy, plain text). */
const isNonJson = (value: unknown) =>
  isObject(value) && value.ok === false && isObject(value.error) && value.error.reason === 'non-json';

/** `value` as a JSON object, or why it is not the object `what` ("null instead of an application"). */
function asObject(value: unknown, what: string): Json | string {
  if (isObject(value) && !isNonJson(value)) return value;
  const kind =
    value === undefined
      ? 'an empty body'
      : value === null
        ? 'null'
        : Array.isArray(value)
          ? 'a list'
          : isNonJson(value)
            ? 'a body that is not JSON'
            : `a ${typeof value}`;
  return `${kind} instead of ${what}`;
}

const APP_LISTS = ['grant_types', 'callbacks', 'web_origins'] as const;
const APP_OBJECTS = ['client_metadata', 'jwt_configuration'] as const;

/** What is wrong with an application as Auth0 answered it (undefined: nothing). */
function appProblem(value: unknown): string | undefined {
  const app = asObject(value, 'an application');
  if (typeof app === 'string') return app;
  if (typeof app.client_id !== 'string' || app.client_id === '') return 'an application without client_id';
  const id = app.client_id.slice(0, 64); // shown in the message: a broken answer may be long
  if (typeof app.name !== 'string') return `application ${id} without a name`;
  const list = APP_LISTS.find(f => app[f] != null && !isStringList(app[f]));
  if (list) return `application ${id}: ${list} is not a list of strings`;
  const object = APP_OBJECTS.find(f => app[f] != null && !isObject(app[f]));
  if (object) return `application ${id}: ${object} is not an object`;
  return undefined;
}

/** One application (GET /clients/{id}, the answer of a create or an update). */
export function readApp(body: unknown, where: string): AppState {
  const problem = appProblem(body);
  if (problem) throw malformedAnswer(where, problem);
  return body as AppState;
}

/** The items of a client list; one malformed item makes the whole answer malformed. */
export function readAppList(items: readonly unknown[], where: string): AppState[] {
  items.forEach((item, i) => {
    const problem = appProblem(item);
    if (problem) throw malformedAnswer(where, `item ${i + 1}: ${problem}`);
  });
  return items as AppState[];
}

/** What is wrong with a client grant as Auth0 answered it (undefined: nothing). */
function grantProblem(value: unknown): string | undefined {
  const grant = asObject(value, 'a client grant');
  if (typeof grant === 'string') return grant;
  if (typeof grant.id !== 'string' || grant.id === '') return 'a client grant without id';
  const id = grant.id.slice(0, 64);
  if (typeof grant.client_id !== 'string' || typeof grant.audience !== 'string')
    return `client grant ${id} without client_id or audience`;
  if (grant.scope !== undefined && !isStringList(grant.scope))
    return `client grant ${id}: scope is not a list of strings`;
  return undefined;
}

/** One client grant (an item of GET /client-grants, the answer of a create or an update). */
export function readGrant(value: unknown, where: string): GrantState {
  const problem = grantProblem(value);
  if (problem) throw malformedAnswer(where, problem);
  const grant = value as Json;
  return {
    id: grant.id as string,
    client_id: grant.client_id as string,
    audience: grant.audience as string,
    scope: (grant.scope as string[] | undefined) ?? []
  };
}

/** An API as the grant's checks need it. */
export interface ApiInfo {
  identifier: string;
  name?: string;
  scopes: string[];
}

/** GET /resource-servers/{audience}: its scopes (permissions) are objects with a `value`. */
export function readApi(body: unknown, where: string, audience: string): ApiInfo {
  const api = asObject(body, 'an API');
  if (typeof api === 'string') throw malformedAnswer(where, api);
  const scopes = api.scopes ?? [];
  if (!Array.isArray(scopes) || !scopes.every(s => isObject(s) && typeof s.value === 'string'))
    throw malformedAnswer(where, 'scopes is not a list of permissions with a value');
  return {
    identifier: typeof api.identifier === 'string' ? api.identifier : audience,
    name: typeof api.name === 'string' ? api.name : undefined,
    scopes: scopes.map(s => (s as { value: string }).value)
  };
}

/** GET /clients/{id}?fields=client_secret: the secret, or undefined when the answer has none. */
export function readSecretField(body: unknown, where: string): string | undefined {
  const app = asObject(body, 'an application');
  if (typeof app === 'string') throw malformedAnswer(where, app);
  const secret = app.client_secret;
  if (secret === undefined || secret === null || secret === '') return undefined;
  if (typeof secret !== 'string') throw malformedAnswer(where, 'client_secret is not a string');
  return secret;
}

/** The `client_secret` of an answer, if it holds one as a string (read before its shape is checked). */
export function secretIn(body: unknown): string | undefined {
  return isObject(body) && typeof body.client_secret === 'string' ? body.client_secret : undefined;
}
