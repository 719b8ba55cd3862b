/**
 * The OpenMetadata server's login settings for the Auth0 login application (DESIGN.md "The login application and
 * the server's authentication settings"): rendering for docker, bare metal and Kubernetes, and the lint rules that
 * `mode: validate` and the renderer share.
 */
export {
  type Deployment,
  renderServerSettings,
  type ServerSettingsInput,
  type ServerSettingsOutput
} from './render.js';
export { lintServerSettings, SERVER_RULE_LIST, type ServerLintOptions } from './lint.js';
export { detectServerConfigKind, readServerSettings, type ServerConfigKind } from './read.js';
export { desiredSettings, SETTINGS, type Setting, type SettingName, type Shape } from './settings.js';
export { RenderError } from '../render.js';
