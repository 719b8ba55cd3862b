import { Auth0Error, explainAuth0Error, readJsonBody, toAuth0Error } from '../../src/auth0/errors.js';
import { HttpFault } from '../../src/http.js';
import { registerSecret, resetSecretsForTests } from '../../src/secrets.js';

afterEach(() => resetSecretsForTests());

const sdkError = (statusCode: number, body: unknown) =>
  Object.assign(new Error('sdk message with body'), { statusCode, body });

describe('explainAuth0Error', () => {
  it.each([
    [
      sdkError(403, {
        statusCode: 403,
        error: 'Forbidden',
        message: 'Insufficient scope, expected any of: read:client_grants',
        errorCode: 'insufficient_scope'
      }),
      'management',
      /scope read:client_grants/
    ],
    [
      sdkError(401, { statusCode: 401, error: 'Unauthorized', message: 'Invalid token' }),
      'management',
      /management-token/
    ],
    [
      new Auth0Error('POST /oauth/token answered 403: Grant type', 403, 'unauthorized_client'),
      'ingestion-token',
      /not None\) and enable the Client Credentials grant/
    ],
    [
      new Auth0Error('POST /oauth/token answered 403: Client is not authorized', 403, 'access_denied'),
      'ingestion-token',
      /no client grant for the audience/
    ],
    [
      new Auth0Error(
        'POST /oauth/token answered 403: Service not enabled within domain',
        403,
        'access_denied'
      ),
      'ingestion-token',
      /not an API of this tenant/
    ],
    [
      new Auth0Error('POST /oauth/token answered 401: Unauthorized', 401, 'access_denied'),
      'ingestion-token',
      /client-id and client-secret/
    ],
    [
      new Auth0Error('POST /oauth/token answered 401: Unauthorized', 401, 'access_denied'),
      'management-token',
      /management-client-id and management-client-secret/
    ],
    [
      sdkError(429, { statusCode: 429, message: 'Global limit has been reached' }),
      'management',
      /Management API rate limit/
    ],
    [
      new Auth0Error('POST /oauth/token answered 429', 429, 'too_many_requests'),
      'ingestion-token',
      /token endpoint rate limit/
    ],
    [sdkError(503, { message: 'down' }), 'management', /status\.auth0\.com/],
    [
      new HttpFault(
        'GET /api/v2/clients: no answer within 30 s after 4 attempts',
        'timeout',
        'GET',
        '/api/v2/clients',
        4,
        true
      ),
      'management',
      /timeout-seconds/
    ]
  ] as const)('%#: explains with the right fix', (error, context, fix) => {
    const explained = explainAuth0Error(toAuth0Error(error, 'where'), context);
    expect(explained.fix).toMatch(fix);
    expect(explained.detail).not.toContain('sdk message with body');
  });

  it('builds its text from the body, redacted, never from the SDK message', () => {
    registerSecret('the-admin-secret-value');
    const e = toAuth0Error(
      sdkError(400, { message: 'bad client_secret the-admin-secret-value', errorCode: 'invalid_body' }),
      'GET /api/v2/clients'
    );
    expect(e.message).toBe('GET /api/v2/clients answered 400: bad client_secret ***');
  });

  it('ends the detail with a full stop, so that a sentence appended to it reads right', () => {
    const explained = explainAuth0Error(
      toAuth0Error(
        sdkError(403, {
          statusCode: 403,
          message: 'Insufficient scope, expected any of: update:clients',
          errorCode: 'insufficient_scope'
        }),
        'Management API'
      ),
      'management'
    );
    expect(explained.detail).toBe(
      'Management API answered 403: Insufficient scope, expected any of: update:clients.'
    );
    // As reconcile.ts appends it after a failed apply:
    expect(explained.detail + ' Nothing was changed.').toMatch(/update:clients\. Nothing was changed\.$/);
    expect(explained.fix).toContain('update:clients');
    const limited = explainAuth0Error(
      new Auth0Error('POST /oauth/token answered 429', 429, undefined, '', 3),
      'ingestion-token'
    );
    expect(limited.detail).toMatch(/\)\.$/);
    expect(
      explainAuth0Error(new Auth0Error('x: no answer in time.', undefined, 'timeout'), 'management').detail
    ).toBe('x: no answer in time.');
  });

  it.each(['timeout', 'network'])('gives a fix for a %s fault that holds in read-only verify', code => {
    const { fix } = explainAuth0Error(
      new Auth0Error('GET /api/v2/clients: no answer', undefined, code),
      'management'
    );
    expect(fix).not.toMatch(/converge/i);
    expect(fix).toMatch(/auth0-domain/);
    expect(fix).toMatch(/timeout-seconds/);
  });

  it('promises convergence in no fix (verify and plan change nothing)', () => {
    for (const error of [
      new Auth0Error('x answered 503', 503, undefined),
      new Auth0Error('x answered 418', 418, 'teapot')
    ])
      expect(explainAuth0Error(error, 'management').fix).not.toMatch(/converge/i);
  });
});

describe('redacted before cut', () => {
  // A secret no pattern of secrets.ts matches: only its registration can hide it.
  const SECRET = 'Qm4tXw9RkLp2VnB7cHd5';

  it('a non-JSON error body of the token endpoint keeps no first characters of a secret at the cut', async () => {
    registerSecret(SECRET);
    const page = `${'x'.repeat(190)}${SECRET}${'y'.repeat(100)}`;
    const response = new Response(page, { status: 403, headers: { 'content-type': 'text/html' } });
    const body = await readJsonBody(response, 'POST /oauth/token');
    const e = Auth0Error.fromResponse(response, body, 'POST /oauth/token');
    expect(e.message).not.toContain(SECRET.slice(0, 6));
    expect(e.message).toContain('***');
  });

  it('a text body from the Management API keeps no first characters of a secret at the cut', () => {
    registerSecret(SECRET);
    const e = toAuth0Error(sdkError(400, `${'x'.repeat(290)}${SECRET}`), 'GET /api/v2/clients');
    expect(e.message).not.toContain(SECRET.slice(0, 6));
    expect(e.message).toMatch(/\*\*\*/);
  });
});

describe('rate limits, oversized answers and redirects', () => {
  it('names the wait X-RateLimit-Reset asked for when there is no Retry-After', () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    const response = new Response('{}', { status: 429, headers: { 'x-ratelimit-reset': String(reset) } });
    const e = Auth0Error.fromResponse(response, { error: 'too_many_requests' }, 'POST /oauth/token');
    expect(explainAuth0Error(e, 'ingestion-token').detail).toMatch(/Auth0 asked to wait 3[56]\d\d s/);
  });

  it('explains an oversized answer and a redirect with their own fixes', () => {
    const oversized = toAuth0Error(
      new HttpFault('GET /api/v2/clients answered more than 1 MiB', 'oversized', 'GET', '/x', 1, true),
      'GET /api/v2/clients'
    );
    expect(explainAuth0Error(oversized, 'management').fix).toMatch(/proxy/);
    const redirect = new Auth0Error('POST /oauth/token answered 302, a redirect', 302, 'redirect');
    expect(explainAuth0Error(redirect, 'ingestion-token').fix).toMatch(/canonical domain.*never follows/);
  });
});
