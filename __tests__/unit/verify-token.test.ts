import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { TokenVerificationError, verifyIngestionToken } from '../../src/auth0/token.js';

const domain = 'acme.eu.auth0.com';
const audience = `https://${domain}/api/v2/`;
const clientId = 'AbCdEf123';
let privateKey: Parameters<SignJWT['sign']>[0];
let jwk: JWK;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256');
  privateKey = pair.privateKey;
  jwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
});

function token(
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = { alg: 'RS256', kid: 'k1' },
  omit: string[] = []
) {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    iss: `https://${domain}/`,
    sub: `${clientId}@clients`,
    aud: audience,
    iat: now,
    exp: now + 3600,
    azp: clientId,
    gty: 'client-credentials',
    scope: 'read:users',
    ...claims
  };
  for (const k of omit) delete payload[k];
  return new SignJWT(payload).setProtectedHeader(header as { alg: string }).sign(privateKey);
}

const verify = async (t: string, requestedScopes = ['read:users']) =>
  verifyIngestionToken(t, { keys: [jwk] }, { domain, audience, clientId, requestedScopes });

describe('verifyIngestionToken', () => {
  it('accepts a genuine token and reports its facts', async () => {
    const v = await verify(await token());
    expect(v).toMatchObject({
      kid: 'k1',
      scopes: ['read:users'],
      subject: `${clientId}@clients`,
      lifetimeSeconds: 3600
    });
  });

  it.each([
    ['no exp', {}, undefined, ['exp'], /exp/],
    ['no kid', {}, { alg: 'RS256' }, [], /no kid/],
    [
      'an unknown kid',
      {},
      { alg: 'RS256', kid: 'other' },
      [],
      /not in https:\/\/acme\.eu\.auth0\.com\/\.well-known\/jwks\.json/
    ],
    ['another issuer', { iss: 'https://evil.example/' }, undefined, [], /iss claim is wrong/],
    ['another audience', { aud: 'https://other/api' }, undefined, [], /aud claim is wrong/],
    ['another subject', { sub: 'someone@clients' }, undefined, [], /sub claim is wrong/],
    ['another azp', { azp: 'x' }, undefined, [], /azp/],
    ['a user token (gty password)', { gty: 'password' }, undefined, [], /gty/],
    ['an expired exp', { exp: Math.floor(Date.now() / 1000) - 600 }, undefined, [], /expired/],
    ['missing scopes', { scope: '' }, undefined, [], /lacks the scope\(s\) read:users/]
  ])('rejects a token with %s', async (_label, claims, header, omit, message) => {
    const t = await token(claims, header as Record<string, unknown> | undefined, omit);
    const error = await verify(t).catch(e => e);
    expect(error).toBeInstanceOf(TokenVerificationError);
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain(t);
  });

  it('rejects alg none and HS256 before looking at keys', async () => {
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', kid: 'k1' })).toString('base64url')}.${Buffer.from('{}').toString('base64url')}.`;
    await expect(verify(unsigned)).rejects.toThrow(/signed with none, not RS256/);
    const hs = await new SignJWT({ sub: 'x' })
      .setProtectedHeader({ alg: 'HS256', kid: 'k1' })
      .sign(new TextEncoder().encode('0123456789abcdef0123456789abcdef'));
    await expect(verify(hs)).rejects.toThrow(/HS256, not RS256/);
  });
});
