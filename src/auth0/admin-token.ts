/**
 * The run's one Management API token: the `management-token` input, or a client-credentials token for
 * the management app. A refusal becomes a failed check (never an exception), so the request can start
 * before anything waits for it: flow.ts sends it while the auth0 SDK chunk is still loading.
 */
import type { Config } from '../inputs/index.js';
import type { RunReport } from '../report/run-report.js';
import { registerSecret } from '../secrets.js';
import { explainAuth0Error, toAuth0Error } from './errors.js';
import { requestManagementToken } from './token.js';

export async function requestAdminToken(
  config: Config,
  fetchFn: typeof fetch,
  report: RunReport
): Promise<string | undefined> {
  const management = config.management!;
  if (management.kind === 'token') return management.token;
  try {
    const { accessToken } = await requestManagementToken(
      config.auth0Domain,
      management.clientId,
      management.clientSecret,
      fetchFn
    );
    registerSecret(accessToken);
    return accessToken;
  } catch (error) {
    report.checks.push({
      id: 'auth0.management-token',
      status: 'fail',
      title: 'Management API access',
      ...explainAuth0Error(toAuth0Error(error, 'POST /oauth/token'), 'management-token')
    });
    return undefined;
  }
}
