import { formatProblems, parseInputs } from '../../src/inputs.js';

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
      validatePaths: ['**/*.yaml', '**/*.yml']
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
