import { Auth0Error, explainAuth0Error, toAuth0Error } from '../../src/auth0/errors.js';
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
