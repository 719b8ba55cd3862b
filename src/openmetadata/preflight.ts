/**
 * The templates, rendered once before any request: a template the renderers cannot use (not YAML, not a
 * mapping, a literal secret, the wrong kind of file for the deployment) is an input problem, reported with
 * the other inputs while nothing has been written — not a failure after provision has created the apps.
 *
 * The dry run uses a placeholder client id and references instead of secrets; the real render, after
 * Auth0 answered, repeats it with the real values (and its own checks). Loaded only when a template is
 * given: the renderers are not part of every run's start.
 */
import type { Config, InputFiles, InputProblem } from '../inputs/index.js';
import { renderWorkflowConfig, RenderError } from './render.js';
import { templateProblem } from './render-problems.js';
import { renderServerSettings } from './server-config/index.js';

/** Shaped like an Auth0 client id, so only the template can make the dry run fail. */
const PLACEHOLDER_CLIENT_ID = 'PreflightClientId0000000000000000';

export function preflightTemplates(config: Config, files: InputFiles): InputProblem[] {
  const problems: InputProblem[] = [];
  const attempt = (input: string, fix: string, render: () => Parameters<typeof templateProblem>[0]) => {
    try {
      // Only the template's own problems count here; the real render checks its output again.
      const message = templateProblem(render(), { input, path: templatePath(input, files) });
      if (message) problems.push({ input, message, fix });
    } catch (error) {
      if (!(error instanceof RenderError)) throw error;
      problems.push({ input: error.input, message: error.message, fix: `Fix the ${error.input} input.` });
    }
  };
  if (files.template)
    attempt(
      'workflow-template',
      'Fix the template (mode validate annotates it), or leave workflow-template empty.',
      () =>
        renderWorkflowConfig({
          version: config.openmetadataVersion,
          credential: config.credential,
          hostPort: config.hostPort,
          domain: config.auth0Domain,
          clientId: config.clientId ?? PLACEHOLDER_CLIENT_ID,
          secretEnvVar: config.secretEnvVar,
          tokenEnvVar: config.tokenEnvVar,
          inlineSecrets: false,
          template: files.template
        })
    );
  const login = config.login;
  if (files.serverTemplate && login && config.openmetadataUrl)
    attempt('server-config-template', 'Fix the template, or leave server-config-template empty.', () =>
      renderServerSettings({
        deployment: config.serverConfig.deployment,
        clientType: login.clientType,
        auth0Domain: config.auth0Domain,
        openmetadataUrl: config.openmetadataUrl!,
        clientId: login.clientId ?? PLACEHOLDER_CLIENT_ID,
        adminPrincipals: config.serverConfig.adminPrincipals,
        principalDomain: config.serverConfig.principalDomain,
        enforcePrincipalDomain: config.serverConfig.enforcePrincipalDomain,
        oidcSecretEnvVar: config.serverConfig.oidcSecretEnvVar,
        inlineSecrets: false,
        template: files.serverTemplate
      })
    );
  return problems;
}

function templatePath(input: string, files: InputFiles): string | undefined {
  return input === 'workflow-template' ? files.template?.path : files.serverTemplate?.path;
}
