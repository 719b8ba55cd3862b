/**
 * Every spelling of a registered secret is scrubbed and masked, text is redacted before it is cut, and a
 * secret input too short to mask safely is an input problem.
 */
import { jest } from '@jest/globals';
import {
  MIN_SECRET_LENGTH,
  redact,
  redactAndShorten,
  registerSecret,
  resetSecretsForTests,
  tooShortSecrets
} from '../../src/secrets.js';

// No pattern of secrets.ts matches these (no JWT, no Bearer/Basic prefix, no secret-named field).
const SECRET = 'Zq7/w+Ux&<mK>"p q\'9!vR~e';
const PLAIN = 'Qm4tXw9RkLp2VnB7cHd5';

let stdout: ReturnType<typeof jest.spyOn>;
beforeEach(() => {
  stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  stdout.mockRestore();
  resetSecretsForTests();
});

const b64 = (s: string) => Buffer.from(s).toString('base64');
const b64url = (s: string) => Buffer.from(s).toString('base64url');
const formEncoded = (s: string) => new URLSearchParams({ s }).toString().slice(2);
const basic = (id: string, secret: string) =>
  b64(`${encodeURIComponent(id).replace(/%20/g, '+')}:${encodeURIComponent(secret).replace(/%20/g, '+')}`);

describe('redact', () => {
  it.each([
    ['as is', SECRET],
    ['URL-encoded', encodeURIComponent(SECRET)],
    ['form-encoded', formEncoded(SECRET)],
    ['base64', b64(SECRET)],
    ['base64 without padding', b64(SECRET).replace(/=+$/, '')],
    ['base64url', b64url(SECRET)],
    ['JSON-escaped', JSON.stringify(SECRET).slice(1, -1)],
    [
      'HTML-escaped',
      SECRET.replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
    ]
  ])('scrubs the secret %s', (_, form) => {
    registerSecret(SECRET);
    const out = redact(`Auth0 said: ${form} (echoed)`);
    expect(out).toBe('Auth0 said: *** (echoed)');
  });

  it.each(['a', 'ab', 'abc', 'client-id-0123'])(
    'scrubs the secret inside base64(id:secret) as HTTP Basic sends it (id %p: every offset)',
    id => {
      registerSecret(PLAIN);
      const pair = basic(id, PLAIN);
      for (const form of [pair, pair.replace(/\+/g, '-').replace(/\//g, '_')]) {
        const out = redact(`credentials ${form} refused`);
        // What is left around the mask is at most the id's part and a group boundary, never the secret.
        const left = out.replace('credentials ', '').replace(' refused', '');
        expect(left).toContain('***');
        const visible = left.split('***').join('');
        expect(visible.length).toBeLessThanOrEqual(b64(`${id}:`).length + 4);
      }
    }
  );

  it('masks the spellings for the runner too (::add-mask::)', () => {
    registerSecret(SECRET);
    // The runner protocol escapes `%` in command data as %25.
    const masks = stdout.mock.calls.map((c: unknown[]) => String(c[0]).trim().replace(/%25/g, '%'));
    for (const form of [SECRET, encodeURIComponent(SECRET), b64(SECRET), b64url(SECRET)])
      expect(masks).toContain(`::add-mask::${form}`);
  });
});

describe('redact on hostile text', () => {
  it('finds JWTs where a run starts, so a long run of eyJ costs linear time (it took minutes at 300,000)', () => {
    const hostile = 'eyJ'.repeat(300_000);
    expect(redact(hostile)).toBe(hostile);
    expect(redact('Bearer eyJhbGciOi.eyJzdWIiOi.c2ln x="eyJabcdef.ghijklm.no"')).toBe('Bearer *** x="***"');
  });

  it('scrubs a piece of 12 or more characters of a secret (an answer that quotes what it was sent, cut)', () => {
    registerSecret(SECRET);
    const piece = SECRET.slice(3, 17);
    expect(redact(`client_secret starts ${piece}.`)).toBe('client_secret starts ***.');
    expect(redact(`short ${SECRET.slice(0, 8)} stays`)).toBe(`short ${SECRET.slice(0, 8)} stays`);
  });

  it('scrubs lower-case percent-encoding, Go-style JSON escapes and numeric character references', () => {
    registerSecret(SECRET);
    const lower = encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, m => m.toLowerCase());
    const go = JSON.stringify(SECRET)
      .slice(1, -1)
      .replace(/[<>&]/g, c => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const decimal = SECRET.replace(/[^A-Za-z0-9]/g, c => `&#${c.charCodeAt(0)};`);
    for (const form of [lower, go, decimal]) expect(redact(`x ${form} y`)).toBe('x *** y');
  });
});

describe('redactAndShorten', () => {
  it('redacts the whole text before it cuts: no first characters of a secret survive the cut', () => {
    registerSecret(PLAIN);
    const text = `${'x'.repeat(195)}${PLAIN} and more`;
    const out = redactAndShorten(text, 200);
    expect(out).not.toContain(PLAIN.slice(0, 5));
    expect(out).toBe(`${'x'.repeat(195)}*** a…`);
    // Cut first, then redacted (the old order), the first five characters would have stayed:
    expect(redact(text.slice(0, 200))).toContain(PLAIN.slice(0, 5));
  });

  it('leaves a short text as it is', () => {
    expect(redactAndShorten('short', 200)).toBe('short');
  });
});

describe('tooShortSecrets', () => {
  it(`names every secret input under ${MIN_SECRET_LENGTH} characters, with a fix; empty ones are fine`, () => {
    const problems = tooShortSecrets({
      'client-secret': 'abc',
      'management-client-secret': 'x'.repeat(MIN_SECRET_LENGTH - 1),
      'management-token': '',
      'github-token': 'ghs_0123456789abcdef'
    });
    expect(problems.map(p => p.input)).toEqual(['client-secret', 'management-client-secret']);
    expect(problems[0].message).toMatch(/^is 3 characters long: .*cannot be masked/);
    expect(problems[0].fix).toContain('client-secret');
    // The message never holds the value.
    expect(JSON.stringify(problems)).not.toContain('abc');
  });

  it('accepts secrets of the minimum length', () => {
    expect(tooShortSecrets({ 'client-secret': 'x'.repeat(MIN_SECRET_LENGTH) })).toEqual([]);
  });
});
