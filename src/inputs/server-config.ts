/**
 * The server's authentication and authorizer settings to render (`deployment`, admins, principal
 * domain). Their file paths are read in files.ts.
 */
import type { Deployment, ServerConfigOptions } from './index.js';
import { envVarName, HOST_RE } from './formats.js';
import type { Reader } from './reader.js';

export type ServerConfigInputs = Omit<ServerConfigOptions, 'templatePath' | 'path'>;

export function readServerConfig(r: Reader): ServerConfigInputs {
  const deployment =
    r.oneOf<Deployment>('deployment', ['docker', 'bare-metal', 'kubernetes'], 'docker') ?? 'docker';
  const principalDomain = readPrincipalDomain(r);
  const enforcePrincipalDomain = r.bool('enforce-principal-domain', false);
  if (enforcePrincipalDomain && !r.get('principal-domain')) {
    r.problem(
      'enforce-principal-domain',
      'is true, but principal-domain is empty: there is no domain to enforce.',
      'Set principal-domain to your users’ email domain (e.g. example.com), or set enforce-principal-domain to false.'
    );
  }
  return {
    deployment,
    adminPrincipals: readAdminPrincipals(r),
    principalDomain,
    enforcePrincipalDomain,
    oidcSecretEnvVar: envVarName(r, 'oidc-secret-env-var', 'OIDC_CLIENT_SECRET', 'OIDC_CLIENT_SECRET')
  };
}

/** User names (the part of the email before @), de-duplicated, in the order given. */
function readAdminPrincipals(r: Reader): string[] {
  const principals = [
    ...new Set(
      r
        .get('admin-principals')
        .split(/[\s,]+/)
        .filter(Boolean)
    )
  ];
  const emails = principals.filter(p => p.includes('@'));
  if (emails.length > 0) {
    r.problem(
      'admin-principals',
      `lists email address(es) ${emails.map(e => `\`${e}\``).join(', ')}; OpenMetadata names a user by the part of the email before @.`,
      `Use the user name, the part before @ (e.g. john.doe for john.doe@example.com): ${emails.map(e => e.slice(0, e.indexOf('@'))).join(', ')}.`
    );
  }
  // OpenMetadata user names; anything else would be written into an env file or YAML list as it is.
  const malformed = principals.filter(p => !p.includes('@') && !/^[A-Za-z0-9._+-]+$/.test(p));
  if (malformed.length > 0) {
    r.problem(
      'admin-principals',
      `lists ${malformed.map(p => `\`${p}\``).join(', ')}, not user names (letters, digits, . _ + - only).`,
      'List the admins’ user names, separated by commas or spaces, e.g. john.doe, jane.roe.'
    );
  }
  if (principals.some(p => p.toLowerCase() === 'admin')) {
    // OpenMetadata checks neither `iss` nor `aud` and maps a principal by its email's part before @.
    r.warnings.push(
      'admin-principals lists `admin`: OpenMetadata checks neither the issuer nor the audience of a token and maps a principal by the part of its email before @, so any user of the Auth0 tenant named admin@… becomes that admin. Name your admins instead.'
    );
  }
  return principals;
}

/** Lower-cased bare domain, or undefined when empty or bad. */
function readPrincipalDomain(r: Reader): string | undefined {
  const raw = r.get('principal-domain');
  if (!raw) return undefined;
  const value = raw.toLowerCase();
  if (/[@/:\s]/.test(value) || !HOST_RE.test(value)) {
    r.problem(
      'principal-domain',
      `\`${raw}\` is not an email domain (no @, scheme, path, port or spaces).`,
      'Set principal-domain to the bare email domain of your users, e.g. example.com.'
    );
    return undefined;
  }
  return value;
}
