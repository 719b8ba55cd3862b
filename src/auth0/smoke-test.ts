/**
 * The smoke test of a run: one client-credentials token for the ingestion app, verified against the
 * tenant's JWKS (fetched in parallel earlier). On success the token facts go into the report and, for
 * OpenMetadata >= 1.3, the token is handed to later steps.
 */
import * as runner from '../runner.js';
import type { JSONWebKeySet } from 'jose';
import type { Config } from '../inputs/index.js';
import { registerSecret } from '../secrets.js';
import { addFailure, type RunReport } from '../report/run-report.js';
import { Auth0Error, explainAuth0Error, toAuth0Error } from './errors.js';
import type { Credentials } from './reconcile.js';
import { requestClientCredentialsToken, TokenVerificationError, verifyIngestionToken } from './token.js';

export async function smokeTestToken(
  config: Config,
  creds: Credentials,
  fetchFn: typeof fetch,
  jwksPromise: Promise<JSONWebKeySet | Auth0Error>,
  report: RunReport
): Promise<string | undefined> {
  if (!creds.clientId || !creds.clientSecret) {
    report.checks.push({
      id: 'token.request',
      status: 'skip',
      title: 'Client-credentials token',
      detail: 'Not requested: the app or its secret is not available.'
    });
    return undefined;
  }
  let accessToken: string;
  const method = creds.authMethod === 'client_secret_post' ? 'client_secret_post' : 'client_secret_basic';
  try {
    const response = await requestClientCredentialsToken(
      {
        domain: config.auth0Domain,
        clientId: creds.clientId,
        clientSecret: creds.clientSecret,
        audience: config.audience,
        method
      },
      fetchFn
    );
    accessToken = response.accessToken;
    registerSecret(accessToken);
  } catch (error) {
    const e = toAuth0Error(error, 'POST /oauth/token');
    addFailure(report, {
      id: 'token.request',
      title: 'Client-credentials token',
      ...explainAuth0Error(e, 'ingestion-token')
    });
    return undefined;
  }
  report.checks.push({
    id: 'token.request',
    status: 'pass',
    title: 'Client-credentials token',
    detail: `Issued for ${config.audience} (${method}).`
  });

  const jwks = await jwksPromise;
  if (jwks instanceof Auth0Error) {
    addFailure(report, {
      id: 'token.verify',
      title: 'Token verification',
      ...explainAuth0Error(jwks, 'ingestion-token')
    });
    return undefined;
  }
  try {
    const verified = await verifyIngestionToken(accessToken, jwks, {
      domain: config.auth0Domain,
      audience: config.audience,
      clientId: creds.clientId,
      requestedScopes: config.scopes
    });
    report.token = { ...verified, authMethod: method };
    if (config.credential === 'access-token') {
      // OpenMetadata >= 1.3 uses this very token as securityConfig.jwtToken: hand it to later steps (masked).
      runner.exportVariable(config.tokenEnvVar, accessToken);
      runner.setOutput('access-token', accessToken);
    }
    report.checks.push({
      id: 'token.verify',
      status: 'pass',
      title: 'Token verification',
      detail: `RS256, key ${verified.kid ?? '?'}, sub ${verified.subject}, expires ${verified.expiresAt.toISOString()}${verified.scopes.length ? `, scopes ${verified.scopes.join(' ')}` : ', no scopes'}.`
    });
    return accessToken;
  } catch (error) {
    const e =
      error instanceof TokenVerificationError ? error : new TokenVerificationError(String(error), 'Re-run.');
    addFailure(report, { id: 'token.verify', title: 'Token verification', detail: e.message, fix: e.fix });
    return undefined;
  }
}
