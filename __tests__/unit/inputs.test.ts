import { formatProblems, parseInputs } from '../../src/inputs/index.js';
import { DEFAULT_VALIDATE_PATHS, splitGlobs } from '../../src/inputs/validate.js';
import { actionYml } from '../../test-support/run-action.js';

const base = {
  mode: 'provision',
  'auth0-domain': 'acme.eu.auth0.com',
  'management-client-id': 'adminid',
  'management-client-secret': 'admin-secret-value'
};

function parse(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = { GITHUB_WORKSPACE: '/ws', RUNNER_TEMP: '/rt' }
) {
  return parseInputs(name => inputs[name] ?? '', env);
}

describe('parseInputs', () => {
  it('applies the documented defaults', () => {
    const { config, problems } = parse(base);
    expect(problems).toEqual([]);
    expect(config).toMatchObject({
      mode: 'provision',
      auth0Domain: 'acme.eu.auth0.com',
      appName: 'OpenMetadata Ingestion',
      audience: 'https://acme.eu.auth0.com/api/v2/',
      scopes: [],
      tokenEndpointAuthMethod: 'client_secret_basic',
      credential: 'access-token',
      hostPort: 'http://localhost:8585/api',
      secretEnvVar: 'AUTH0_CLIENT_SECRET',
      tokenEnvVar: 'OPENMETADATA_JWT_TOKEN',
      configPath: '/rt/openmetadata/workflow.yaml',
      uploadArtifact: true,
      artifactName: 'openmetadata-workflow-config',
      failOn: 'error',
      timeoutSeconds: 30,
      validatePaths: ['**/*.yaml', '**/*.yml', '**/*.env']
    });
    expect(config!.management).toEqual({
      kind: 'client',
      clientId: 'adminid',
      clientSecret: 'admin-secret-value'
    });
  });

  it('defaults the mode to verify', () => {
    expect(
      parse({ 'auth0-domain': 'a.auth0.com', 'client-id': 'abc', 'client-secret': 's3cr3t' }).config?.mode
    ).toBe('verify');
  });

  it('strips https:// and a trailing slash from the domain, with a warning each', () => {
    const { config, warnings } = parse({ ...base, 'auth0-domain': 'https://acme.eu.auth0.com/' });
    expect(config?.auth0Domain).toBe('acme.eu.auth0.com');
    expect(warnings).toHaveLength(2);
    expect(warnings.join(' ')).toMatch(/https:\/\//);
  });

  it('keeps a port in the domain', () => {
    expect(parse({ ...base, 'auth0-domain': '127.0.0.1:8443' }).config?.audience).toBe(
      'https://127.0.0.1:8443/api/v2/'
    );
  });

  it.each([
    ['acme.auth0.com/api/v2', /path/],
    ['acme.auth0.com?x=1', /path, query/],
    ['http://acme.auth0.com', /scheme http/],
    ['ftp://acme.auth0.com', /scheme ftp/],
    ['user:pw@acme.auth0.com', /credentials/],
    ['acme auth0.com', /not a host/],
    ['acme.auth0.com:99999', /not a host/]
  ])('rejects the domain %p', (domain, message) => {
    const { config, problems } = parse({ ...base, 'auth0-domain': domain });
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0].input).toBe('auth0-domain');
    expect(problems[0].message).toMatch(message);
    expect(problems[0].fix).toMatch(/bare tenant host/);
  });

  it('reports every problem at once, each naming its input', () => {
    const { config, problems } = parse({
      mode: 'provision',
      'auth0-domain': 'acme.auth0.com/x',
      scopes: 'read:users "write:users"',
      'token-endpoint-auth-method': 'none',
      'openmetadata-host-port': 'http://localhost:8585',
      'openmetadata-version': 'latest',
      'timeout-seconds': '0',
      'adopt-existing': 'yes'
    });
    expect(config).toBeUndefined();
    expect(problems.map(p => p.input).sort()).toEqual(
      [
        'adopt-existing',
        'auth0-domain',
        'management-client-id',
        'openmetadata-host-port',
        'openmetadata-version',
        'scopes',
        'timeout-seconds',
        'token-endpoint-auth-method'
      ].sort()
    );
    const text = formatProblems(problems);
    expect(text).toMatch(/8 problems/);
    expect(text).toMatch(/none` makes the Client Credentials grant impossible/);
  });

  it('rejects an unknown mode', () => {
    const { problems } = parse({ ...base, mode: 'apply' });
    expect(problems[0]).toMatchObject({ input: 'mode' });
    expect(problems[0].fix).toMatch(/provision, plan, verify, validate/);
  });

  it('rejects client-secret as credential on OpenMetadata >= 1.3', () => {
    const { problems } = parse({
      ...base,
      'ingestion-credential': 'client-secret',
      'openmetadata-version': '1.3.1'
    });
    expect(problems).toEqual([expect.objectContaining({ input: 'ingestion-credential' })]);
    expect(problems[0].message).toMatch(/jwtToken/);
  });

  it('picks the credential by version with auto', () => {
    expect(parse({ ...base, 'openmetadata-version': '1.2.4' }).config?.credential).toBe('client-secret');
    expect(parse({ ...base, 'openmetadata-version': '1.3' }).config?.credential).toBe('access-token');
  });

  it('requires management credentials in provision and plan', () => {
    const { problems } = parse({ mode: 'plan', 'auth0-domain': 'a.auth0.com' });
    expect(problems).toEqual([expect.objectContaining({ input: 'management-client-id' })]);
  });

  it('names the missing half of the admin pair', () => {
    const { problems } = parse({ mode: 'plan', 'auth0-domain': 'a.auth0.com', 'management-client-id': 'x' });
    expect(problems).toEqual([expect.objectContaining({ input: 'management-client-secret' })]);
  });

  it('lets verify run with only client-id and client-secret', () => {
    const { config, problems } = parse({
      mode: 'verify',
      'auth0-domain': 'a.auth0.com',
      'client-id': 'abc',
      'client-secret': 'sec'
    });
    expect(problems).toEqual([]);
    expect(config?.management).toBeUndefined();
  });

  it('needs no Auth0 input in validate', () => {
    const { config, problems } = parse({ mode: 'validate', 'validate-paths': 'configs/*.yaml, other.yml' });
    expect(problems).toEqual([]);
    expect(config?.validatePaths).toEqual(['configs/*.yaml', 'other.yml']);
  });

  it('splits scopes on spaces, commas and newlines, sorted and unique', () => {
    expect(
      parse({ ...base, scopes: 'read:users,read:clients\nread:users  read:roles' }).config?.scopes
    ).toEqual(['read:clients', 'read:roles', 'read:users']);
  });

  it('prefers a management token over the pair, with a warning', () => {
    const { config, warnings } = parse({ ...base, 'management-token': 'tok' });
    expect(config?.management).toEqual({ kind: 'token', token: 'tok' });
    expect(warnings[0]).toMatch(/ignored/);
  });

  it('resolves relative paths against the workspace', () => {
    const { config } = parse({
      ...base,
      'config-path': 'out/wf.yaml',
      'workflow-template': 'ingestion/mysql.yaml'
    });
    expect(config?.configPath).toBe('/ws/out/wf.yaml');
    expect(config?.workflowTemplate).toBe('/ws/ingestion/mysql.yaml');
  });

  it.each([
    ['retention-days', '0'],
    ['retention-days', '3.5'],
    ['secret-env-var', 'MY-SECRET'],
    ['token-env-var', '1TOKEN'],
    ['fail-on', 'info'],
    ['ingestion-credential', 'password'],
    ['openmetadata-host-port', 'localhost:8585/api'],
    ['openmetadata-host-port', 'ftp://x/api'],
    ['audience', 'not a uri'],
    ['artifact-name', 'a/b'],
    ['timeout-seconds', 'abc'],
    ['client-id', 'abc def']
  ])('rejects %s=%p', (input, value) => {
    const { problems } = parse({ ...base, [input]: value });
    expect(problems.map(p => p.input)).toEqual([input]);
    expect(problems[0].fix.length).toBeGreaterThan(10);
  });
});

describe('parseInputs: the login application and the server settings', () => {
  const sso = {
    ...base,
    'sso-client-type': 'public',
    'openmetadata-url': 'https://openmetadata.example.com'
  };

  it('leaves the login application alone by default, with server settings for docker', () => {
    const { config, problems, warnings } = parse(base);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config?.login).toBeUndefined();
    expect(config?.openmetadataUrl).toBeUndefined();
    expect(config?.serverConfig).toEqual({
      deployment: 'docker',
      templatePath: undefined,
      path: '/rt/openmetadata/server-auth.env',
      adminPrincipals: [],
      principalDomain: undefined,
      enforcePrincipalDomain: false,
      oidcSecretEnvVar: 'OIDC_CLIENT_SECRET'
    });
  });

  it('refuses one name for both apps (one app cannot be both machine-to-machine and a login app)', () => {
    const { problems } = parse({ ...sso, 'app-name': 'OpenMetadata' });
    expect(problems.map(p => p.input)).toEqual(['sso-app-name']);
    expect(problems[0].fix).toContain('different names');
    expect(parse({ ...sso, 'app-name': 'OpenMetadata', 'sso-client-id': 'abc' }).problems).toEqual([]);
  });

  it('reads every login and server input', () => {
    const { config, problems, warnings } = parse({
      ...base,
      'sso-client-type': 'Confidential',
      'sso-app-name': 'OpenMetadata (prod)',
      'sso-client-id': 'AbC_12-x',
      'openmetadata-url': 'https://OpenMetadata.example.com/',
      deployment: 'kubernetes',
      'server-config-template': 'deploy/values.yaml',
      'server-config-path': 'out/auth-values.yaml',
      'admin-principals': 'john.doe, jane.roe\njohn.doe  ops',
      'principal-domain': 'Example.COM',
      'enforce-principal-domain': 'true',
      'oidc-secret-env-var': 'MY_OIDC_SECRET'
    });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config?.openmetadataUrl).toBe('https://openmetadata.example.com');
    expect(config?.login).toEqual({
      clientType: 'confidential',
      appName: 'OpenMetadata (prod)',
      clientId: 'AbC_12-x'
    });
    expect(config?.serverConfig).toEqual({
      deployment: 'kubernetes',
      templatePath: '/ws/deploy/values.yaml',
      path: '/ws/out/auth-values.yaml',
      adminPrincipals: ['john.doe', 'jane.roe', 'ops'],
      principalDomain: 'example.com',
      enforcePrincipalDomain: true,
      oidcSecretEnvVar: 'MY_OIDC_SECRET'
    });
  });

  it('defaults sso-app-name to OpenMetadata', () => {
    expect(parse(sso).config?.login).toEqual({ clientType: 'public', appName: 'OpenMetadata' });
  });

  it.each([
    ['docker', '/rt/openmetadata/server-auth.env'],
    ['bare-metal', '/rt/openmetadata/server-auth.yaml'],
    ['kubernetes', '/rt/openmetadata/server-auth.yaml']
  ])('defaults server-config-path for deployment %s to %s', (deployment, expected) => {
    const { config } = parse({ ...base, deployment });
    expect(config?.serverConfig.deployment).toBe(deployment);
    expect(config?.serverConfig.path).toBe(expected);
  });

  it('keeps an absolute server-config-path', () => {
    expect(parse({ ...base, 'server-config-path': '/etc/om/auth.env' }).config?.serverConfig.path).toBe(
      '/etc/om/auth.env'
    );
  });

  it.each([
    ['https://openmetadata.example.com', 'https://openmetadata.example.com'],
    ['https://openmetadata.example.com/', 'https://openmetadata.example.com'],
    ['HTTPS://OpenMetadata.Example.com:443/', 'https://openmetadata.example.com'],
    ['http://localhost:8585', 'http://localhost:8585']
  ])('normalises openmetadata-url %p to the origin %p', (url, origin) => {
    const { config, problems, warnings } = parse({ ...sso, 'openmetadata-url': url });
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config?.openmetadataUrl).toBe(origin);
  });

  it.each([
    ['https://openmetadata.example.com/api', /ends in \/api/],
    ['https://openmetadata.example.com/api/', /ends in \/api/],
    ['http://localhost:8585/openmetadata/api', /ends in \/api/],
    ['https://example.com/openmetadata', /path "\/openmetadata"/],
    ['https://openmetadata.example.com/?x=1', /query or fragment/],
    ['https://openmetadata.example.com#top', /query or fragment/],
    ['https://user:pw@openmetadata.example.com', /credentials/],
    ['ftp://openmetadata.example.com', /http or https/],
    ['openmetadata example', /blank or a control character/],
    ['openmetadata.example', /not a URL/],
    ['https://openmetadata.exa\tmple.com', /blank or a control character/]
  ])('rejects openmetadata-url %p', (url, message) => {
    const { config, problems } = parse({ ...sso, 'openmetadata-url': url });
    expect(config).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0].input).toBe('openmetadata-url');
    expect(problems[0].message).toMatch(message);
    expect(problems[0].fix).toMatch(/without \/api, e\.g\. https:\/\/openmetadata\.example\.com/);
  });

  it('checks openmetadata-url also without a login application', () => {
    expect(parse({ ...base, 'openmetadata-url': 'https://om.example.com/api' }).problems).toEqual([
      expect.objectContaining({ input: 'openmetadata-url' })
    ]);
    expect(parse({ ...base, 'openmetadata-url': 'https://om.example.com' }).config?.openmetadataUrl).toBe(
      'https://om.example.com'
    );
  });

  it.each(['public', 'confidential'])('requires openmetadata-url with sso-client-type %s', clientType => {
    const { config, problems } = parse({ ...base, 'sso-client-type': clientType });
    expect(config).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ input: 'openmetadata-url' })]);
    expect(problems[0].message).toMatch(/required/);
    expect(problems[0].fix).toMatch(/https:\/\/openmetadata\.example\.com/);
  });

  it('ignores sso-client-type in validate, with a warning', () => {
    const { config, problems, warnings } = parse({ mode: 'validate', 'sso-client-type': 'public' });
    expect(problems).toEqual([]);
    expect(config?.login).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/sso-client-type .*ignored in validate/)]);
  });

  it('warns when admin is an admin principal', () => {
    const { config, problems, warnings } = parse({ ...base, 'admin-principals': 'admin,john.doe' });
    expect(problems).toEqual([]);
    expect(config?.serverConfig.adminPrincipals).toEqual(['admin', 'john.doe']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/admin-principals/);
    expect(warnings[0]).toMatch(/neither the issuer nor the audience/);
    expect(warnings[0]).toMatch(/admin@/);
  });

  it('refuses email addresses as admin principals, naming the user names to use', () => {
    const { problems } = parse({
      ...base,
      'admin-principals': 'john.doe@example.com ops jane@example.com'
    });
    expect(problems).toHaveLength(1);
    expect(problems[0].input).toBe('admin-principals');
    expect(problems[0].message).toMatch(/john\.doe@example\.com.*jane@example\.com/);
    expect(problems[0].fix).toMatch(/part before @/);
    expect(problems[0].fix).toMatch(/john\.doe, jane\.$/);
  });

  it('refuses enforce-principal-domain without principal-domain', () => {
    const { problems } = parse({ ...base, 'enforce-principal-domain': 'true' });
    expect(problems).toEqual([expect.objectContaining({ input: 'enforce-principal-domain' })]);
    expect(problems[0].fix).toMatch(/principal-domain/);
  });

  it.each([
    '@example.com',
    'john@example.com',
    'https://example.com',
    'example.com/x',
    'example.com:443',
    'exa mple.com',
    'ex_ample!.com'
  ])('rejects principal-domain %p', domain => {
    const { problems } = parse({ ...base, 'principal-domain': domain });
    expect(problems).toEqual([expect.objectContaining({ input: 'principal-domain' })]);
    expect(problems[0].fix).toMatch(/bare email domain.*example\.com/);
  });

  it('refuses a server-config-path that is the config-path', () => {
    const { problems } = parse({
      ...base,
      'config-path': 'out/om.yaml',
      'server-config-path': '/ws/out/./om.yaml'
    });
    expect(problems).toEqual([expect.objectContaining({ input: 'server-config-path' })]);
    expect(problems[0].fix).toMatch(/different files/);
  });

  it.each([
    ['sso-client-type', 'spa', /none, public, confidential/],
    ['deployment', 'helm', /docker, bare-metal, kubernetes/],
    ['sso-app-name', 'Open<Metadata>', /without < and >/],
    ['sso-client-id', 'abc/def', /Client ID/],
    ['oidc-secret-env-var', 'OIDC-SECRET', /OIDC_CLIENT_SECRET/],
    ['enforce-principal-domain', 'yes', /true or false/]
  ])('rejects %s=%p', (input, value, fix) => {
    const { problems } = parse({ ...base, [input]: value });
    expect(problems.map(p => p.input)).toEqual([input]);
    expect(problems[0].fix).toMatch(fix);
  });

  it('reports every login and server problem at once, each naming its input and the fix', () => {
    const { config, problems } = parse({
      ...base,
      'sso-client-type': 'confidential',
      'sso-app-name': '<OM>',
      'sso-client-id': 'a b',
      deployment: 'swarm',
      'admin-principals': 'root@example.com',
      'principal-domain': 'mail:example.com',
      'oidc-secret-env-var': '1SECRET',
      'config-path': '/rt/openmetadata/server-auth.env'
    });
    expect(config).toBeUndefined();
    expect(problems.map(p => p.input).sort()).toEqual(
      [
        'admin-principals',
        'deployment',
        'oidc-secret-env-var',
        'openmetadata-url',
        'principal-domain',
        'server-config-path',
        'sso-app-name',
        'sso-client-id'
      ].sort()
    );
    for (const p of problems) expect(p.fix.length).toBeGreaterThan(10);
    expect(formatProblems(problems)).toMatch(/8 problems/);
  });
});

describe('parseInputs: the YAML traps and typos', () => {
  it.each(['Validate', 'VALIDATE', 'validate'])('matches the mode %p case-insensitively', mode => {
    const { config, problems } = parse({ mode });
    expect(problems).toEqual([]);
    expect(config?.mode).toBe('validate');
  });

  it.each([
    ['validtae', 'validate'],
    ['verfy', 'verify'],
    ['Provison', 'provision'],
    ['val', 'validate'],
    ['plna', 'plan']
  ])('answers the mode %p with "did you mean `%s`?"', (mode, meant) => {
    const { problems } = parse({ mode });
    expect(problems).toHaveLength(1);
    expect(problems[0].input).toBe('mode');
    expect(problems[0].message).toContain(`did you mean \`${meant}\`?`);
    expect(problems[0].fix).toContain(`Set mode to ${meant}`);
  });

  it('reports an invalid mode alone, without problems that assume another mode', () => {
    // verify would require auth0-domain and credentials; provision the management pair; sso-client-type the URL.
    const { config, problems, mode } = parse({ mode: 'validtae', 'sso-client-type': 'public' });
    expect(config).toBeUndefined();
    expect(mode).toBeUndefined();
    expect(problems.map(p => p.input)).toEqual(['mode']);
  });

  it('still reports the problems that hold in every mode next to an invalid mode', () => {
    const { problems, warnings } = parse({
      mode: 'apply',
      'auth0-domain': 'ftp://acme.auth0.com',
      'management-client-id': 'only-the-id',
      'timeout-seconds': '0',
      'fail-on': 'eror',
      'issue-on-failure': 'true'
    });
    expect(problems.map(p => p.input).sort()).toEqual(
      ['auth0-domain', 'fail-on', 'management-client-secret', 'mode', 'timeout-seconds'].sort()
    );
    expect(problems.find(p => p.input === 'fail-on')?.message).toContain('did you mean `error`?');
    expect(warnings).toEqual([]); // no "ignored in mode …" for a mode that is not known
  });

  it.each([
    ['fail-on', 'Warning', 'warning'],
    ['ingestion-credential', 'Access-Token', 'access-token'],
    ['token-endpoint-auth-method', 'CLIENT_SECRET_POST', 'client_secret_post'],
    ['sso-client-type', 'None', 'none'],
    ['deployment', 'Kubernetes', 'kubernetes']
  ])('matches %s=%p case-insensitively', (input, value, expected) => {
    const { config, problems } = parse({ ...base, [input]: value });
    expect(problems).toEqual([]);
    const read = {
      'fail-on': config?.failOn,
      'ingestion-credential': config?.credential,
      'token-endpoint-auth-method': config?.tokenEndpointAuthMethod,
      'sso-client-type': config?.login?.clientType ?? 'none',
      deployment: config?.serverConfig.deployment
    }[input];
    expect(read).toBe(expected);
  });

  it.each([
    ['fail-on', 'warnings', 'warning'],
    ['ingestion-credential', 'client_secret', 'client-secret'],
    ['token-endpoint-auth-method', 'client-secret-post', 'client_secret_post'],
    ['sso-client-type', 'confidental', 'confidential'],
    ['deployment', 'k8s-kubernetes', undefined],
    ['deployment', 'baremetal', 'bare-metal']
  ])('answers the typo %s=%p with did you mean %p', (input, value, meant) => {
    const { problems } = parse({ ...base, [input]: value, 'openmetadata-url': 'https://om.example.com' });
    const problem = problems.find(p => p.input === input)!;
    expect(problem).toBeDefined();
    if (meant) expect(problem.message).toContain(`did you mean \`${meant}\`?`);
    else expect(problem.message).not.toContain('did you mean');
  });

  it('keeps the special message for token-endpoint-auth-method none, also as None', () => {
    const { problems } = parse({ ...base, 'token-endpoint-auth-method': 'None' });
    expect(problems[0].message).toMatch(/Client Credentials grant impossible/);
  });

  it('warns that openmetadata-version 1.1 may be an unquoted 1.10, and uses 1.1', () => {
    const { config, problems, warnings } = parse({ ...base, 'openmetadata-version': '1.1' });
    expect(problems).toEqual([]);
    expect(config?.openmetadataVersion).toMatchObject({ major: 1, minor: 1 });
    expect(config?.credential).toBe('client-secret');
    expect(warnings).toEqual([expect.stringContaining("quote it: '1.10'")]);
  });

  it.each(['2.0', '2', '1.99'])(
    'refuses openmetadata-version %p with the fix, and nothing that follows from it',
    v => {
      const { problems } = parse({
        ...base,
        'openmetadata-version': v,
        'ingestion-credential': 'client-secret'
      });
      expect(problems.map(p => p.input)).toEqual(['openmetadata-version']);
      expect(problems[0].fix).toMatch(/quoted/);
    }
  );

  it('splits validate-paths on newlines, spaces and commas, keeping braces and quoted paths whole', () => {
    const paths = (value: string) =>
      parse({ mode: 'validate', 'validate-paths': value }).config?.validatePaths;
    expect(paths('**/*.yaml **/*.yml')).toEqual(['**/*.yaml', '**/*.yml']);
    expect(paths('**/*.yaml\n**/*.yml\n')).toEqual(['**/*.yaml', '**/*.yml']);
    expect(paths('a/*.yaml,b/*.yml')).toEqual(['a/*.yaml', 'b/*.yml']);
    expect(paths('ingestion/**/*.{yaml,yml} !ingestion/old/**')).toEqual([
      'ingestion/**/*.{yaml,yml}',
      '!ingestion/old/**'
    ]);
    expect(paths('"my configs/*.yaml" other.yml')).toEqual(['my configs/*.yaml', 'other.yml']);
  });

  it.each([
    ['http://localhost:8585/a\npi', /blank or a control character/],
    ['http://local\thost:8585/api', /blank or a control character/],
    ['http://localhost:8585/api?', /must end with the API path/],
    ['http://localhost:8585/api#', /must end with the API path/],
    ['http://localhost:8585/x/../api', /not written in its normal form/],
    ['HTTP://LocalHost:8585/api', /not written in its normal form/]
  ])('refuses openmetadata-host-port %p: the file would hold the text as given', (value, message) => {
    const { problems } = parse({ ...base, 'openmetadata-host-port': value });
    expect(problems).toEqual([
      expect.objectContaining({ input: 'openmetadata-host-port', message: expect.stringMatching(message) })
    ]);
  });

  it('names the normal form of a host-port that is written otherwise', () => {
    const { problems } = parse({ ...base, 'openmetadata-host-port': 'http://localhost:8585/x/../api' });
    expect(problems[0].fix).toBe('Set openmetadata-host-port to http://localhost:8585/api.');
  });

  it.each(['2.01', '8.05', '0.001', '1.5'])(
    'keeps timeout-seconds %p as whole milliseconds for the timers',
    value => {
      const { config } = parse({ ...base, 'timeout-seconds': value });
      expect(Number.isInteger(config!.timeoutMs)).toBe(true);
      expect(config!.timeoutMs).toBe(Math.round(Number(value) * 1000));
    }
  );

  it.each(['0x1E', '1e3', 'Infinity', '-1', '0', '0.0004', '10s', ' ', '601'])(
    'refuses timeout-seconds %p',
    value => {
      expect(parse({ ...base, 'timeout-seconds': value }).problems.map(p => p.input)).toEqual(
        value.trim() === '' ? [] : ['timeout-seconds']
      );
    }
  );

  it.each(['0x10', '1e1', '10.0'])('refuses retention-days %p (whole decimal days only)', value => {
    expect(parse({ ...base, 'retention-days': value }).problems.map(p => p.input)).toEqual([
      'retention-days'
    ]);
  });

  it.each([
    'PATH',
    'HOME',
    'NODE_OPTIONS',
    'GITHUB_ENV',
    'GITHUB_OUTPUT',
    'RUNNER_TEMP',
    'INPUT_MODE',
    'ld_preload'
  ])('refuses token-env-var %p, a variable the runner, Node or the shell use', name => {
    const { problems } = parse({ ...base, 'token-env-var': name });
    expect(problems).toEqual([
      expect.objectContaining({ input: 'token-env-var', message: expect.stringContaining('already use') })
    ]);
  });

  it('refuses one variable for two values (token-env-var equal to secret-env-var)', () => {
    const { problems } = parse({ ...base, 'token-env-var': 'AUTH0_CLIENT_SECRET' });
    expect(problems).toEqual([
      expect.objectContaining({
        input: 'token-env-var',
        message: 'is `AUTH0_CLIENT_SECRET`, the same variable as secret-env-var; it cannot hold both values.'
      })
    ]);
  });

  it.each(['v1.7', '01.07', '1.3.0.0', '1.7.0-rc1', '0.13', '1.07', ' latest'])(
    'refuses openmetadata-version %p: not a release number this action knows',
    value => {
      expect(parse({ ...base, 'openmetadata-version': value }).problems.map(p => p.input)).toEqual([
        'openmetadata-version'
      ]);
    }
  );

  it.each(['2130706433', '2130706433:443', '1.2.3'])(
    'refuses auth0-domain %p, a number rather than a host',
    value => {
      expect(parse({ ...base, 'auth0-domain': value }).problems.map(p => p.input)).toEqual(['auth0-domain']);
    }
  );

  it.each([
    ['verify\u200b', 'U+200B'],
    ['v\u0435rify', 'U+0435']
  ])('names the invisible or look-alike character in mode %p', (value, code) => {
    const { problems } = parse({ ...base, mode: value });
    expect(problems[0].message).toContain(`It holds ${code}`);
  });

  it.each(['a'.repeat(51), 'a,b', 'a\nb'])('refuses issue-label %p (not a usable GitHub label)', label => {
    expect(parse({ ...base, 'issue-label': label }).problems.map(p => p.input)).toEqual(['issue-label']);
  });

  it('warns that an http openmetadata-url other than localhost sends logins unencrypted', () => {
    const sso = { 'sso-client-type': 'public', 'openmetadata-url': 'http://om.example.com' };
    expect(parse({ ...base, ...sso }).warnings).toEqual([
      'openmetadata-url is http://om.example.com: Auth0 then returns logins to OpenMetadata unencrypted. Use https outside a local test.'
    ]);
    expect(parse({ ...base, ...sso, 'openmetadata-url': 'http://localhost:8585' }).warnings).toEqual([]);
  });

  it('refuses more than 1,000 globs in validate-paths, naming the count and the fix', () => {
    const globs = (n: number) => Array.from({ length: n }, (_, i) => `configs/f${i}.yaml`).join('\n');
    expect(parse({ mode: 'validate', 'validate-paths': globs(1000) }).problems).toEqual([]);
    expect(parse({ mode: 'validate', 'validate-paths': globs(1001) }).problems).toEqual([
      {
        input: 'validate-paths',
        message: '1001 globs; at most 1000 are read.',
        fix: expect.stringContaining('Name directories or use ** globs')
      }
    ]);
  });

  it('defaults validate-paths to the globs action.yml lists, one a line', () => {
    const yml = (actionYml.inputs['validate-paths'] as { default: string }).default;
    expect(yml.trim().split('\n')).toEqual(['**/*.yaml', '**/*.yml', '**/*.env']);
    expect(splitGlobs(yml)).toEqual(parse({ mode: 'validate' }).config?.validatePaths);
    expect(DEFAULT_VALIDATE_PATHS).toBe(yml.trim());
  });

  it('reads allow-empty (false by default), and says it applies to validate only', () => {
    expect(parse({ mode: 'validate' }).config?.allowEmpty).toBe(false);
    expect(parse({ mode: 'validate', 'allow-empty': 'true' }).config?.allowEmpty).toBe(true);
    expect(parse({ ...base, 'allow-empty': 'true' }).warnings).toEqual([
      'allow-empty applies to mode validate only; ignored in provision.'
    ]);
  });

  it('uploads the artifact by default in provision only; an explicit value applies in every mode', () => {
    const verify = {
      mode: 'verify',
      'auth0-domain': 'a.auth0.com',
      'client-id': 'abc',
      'client-secret': 'sec'
    };
    expect(parse(base).config?.uploadArtifact).toBe(true);
    expect(parse(verify).config?.uploadArtifact).toBe(false);
    expect(parse({ ...base, mode: 'plan' }).config?.uploadArtifact).toBe(false);
    expect(parse({ ...verify, 'upload-artifact': 'true' }).config?.uploadArtifact).toBe(true);
    expect(parse({ ...base, 'upload-artifact': 'false' }).config?.uploadArtifact).toBe(false);
    expect((actionYml.inputs['upload-artifact'] as { default: string }).default).toBe('');
  });
});
