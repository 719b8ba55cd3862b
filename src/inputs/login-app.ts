/**
 * The login application people sign in to OpenMetadata with (the guide's "Create Server Credentials").
 * A Single Page Application is a public client (client id only); a Regular Web Application is a
 * confidential client (client id and secret). Either way the callback is `{openmetadata-url}/callback`.
 */
import type { LoginAppConfig, Mode } from './index.js';
import { appNameInput, clientIdInput } from './formats.js';
import type { Reader } from './reader.js';

/** Undefined when `sso-client-type` is `none`, or in `validate` (which touches no application). */
export function readLoginApp(
  r: Reader,
  /** Undefined when the mode input is invalid: then only checks that hold in every mode run. */
  mode: Mode | undefined,
  ingestion: { appName: string; clientId?: string }
): LoginAppConfig | undefined {
  const clientType =
    r.oneOf('sso-client-type', ['none', 'public', 'confidential'] as const, 'none') ?? 'none';
  const appName = appNameInput(r, 'sso-app-name', 'OpenMetadata');
  const clientId = clientIdInput(r, 'sso-client-id');
  if (clientType === 'none' || mode === undefined) return undefined;
  if (mode === 'validate') {
    r.warnings.push(
      `sso-client-type ${clientType} applies to modes provision, plan and verify; ignored in validate.`
    );
    return undefined;
  }
  if (!r.get('openmetadata-url')) {
    r.problem(
      'openmetadata-url',
      `is required with sso-client-type ${clientType}: the login callback is {openmetadata-url}/callback.`,
      'Set openmetadata-url to the address people open, e.g. https://openmetadata.example.com.'
    );
  }
  if (!clientId && !ingestion.clientId && appName === ingestion.appName) {
    // One app cannot be both: the ingestion app is machine-to-machine, the login app is not.
    r.problem(
      'sso-app-name',
      `is the same as app-name ("${appName}"); the login app and the ingestion app are two different Auth0 applications.`,
      'Give them different names (the defaults are OpenMetadata and OpenMetadata Ingestion), or set client-id and sso-client-id.'
    );
  }
  return { clientType, appName, clientId };
}
