/** Tenant states the tests and benches start from. */
import type { Auth0Emulator, EmuClient } from './auth0-emulator.js';

export const MANAGED_MARK = { managed_by: 'openmetadata-auth0-action' };

/** The ingestion app in the desired state, as provision leaves it (with its grant, no scopes). */
export function addDesiredIngestionApp(emu: Auth0Emulator, overrides: Partial<EmuClient> = {}): EmuClient {
  const app = emu.addClient({
    name: 'OpenMetadata Ingestion',
    app_type: 'non_interactive',
    grant_types: ['client_credentials'],
    token_endpoint_auth_method: 'client_secret_basic',
    client_metadata: { ...MANAGED_MARK },
    ...overrides
  });
  emu.addGrant(app.client_id, emu.managementAudience, []);
  return app;
}
