/**
 * The PUBLIC half of the quickstart signing key OpenMetadata ships as conf/public_key.der (kid
 * `Gb389a-9f76-gdjs-a92j-0242bk94356`), as its `GET /api/v1/system/config/jwks` serves it: `n` is
 * `Base64.getUrlEncoder()` of `BigInteger.toByteArray()`, so base64url with `=` padding and a leading 0x00.
 *
 * Provenance: the key file itself is binary and not in the code index used for this project, so the
 * modulus was recovered from two public RS256 tokens signed with that key under that kid — the default
 * admin token in open-metadata/OpenMetadata's ingestion CLI (`DEFAULT_JWT_TOKEN`, sub admin, iat
 * 1663938462) and a default ingestion-bot token (iat 1741487085) — as gcd(s₁ᵉ − m₁, s₂ᵉ − m₂) with e = 65537.
 * It is the key DESIGN.md names: SHA-256 of the modulus bytes (leading zero removed) is
 * 1ab71a76c0ccd4851a58a20ab3e0140cd028a8c512168542e9cecabcc582c07f, and both tokens verify with it
 * (checked in __tests__/unit/openmetadata/server-auth-rules.test.ts). A public key only: no private key
 * is, or may ever be, in this repository.
 */
export const QUICKSTART_PUBLIC_JWK = {
  kty: 'RSA',
  kid: 'Gb389a-9f76-gdjs-a92j-0242bk94356',
  n:
    'ANl0x260vLmL_kx8Hhg4KkXIgk2SSFNDbmj1EE-N1e6EII9xBabVskXdEOsWY7H-jvM9s1mXdKjUGzJu6iHJ0pAXrZCSrKKoNao0' +
    '_hhCj9PRqEUCw6ZJewAoDK-jMYHu7hphNeUxUzgVBiW6CN28sfi0s4Oq2V6-Y3av_CKj-_zmokQLCw43nwvOQ2_jeyBPhbMXg1l_' +
    'I5codW3z_nCDq4fazWcbFybnOpZaGRNM_QiAdJJ4dZi7BcUH1PygYA3S_6SwcKvSpeZ0ur3k4he4KZS7K-tSjlUc8qMlG1e_kz2_' +
    'pV-HBhI8WjG9DLgqoqGcAf6sWVOnNmYrAYDLtqWsz2U=',
  e: 'AQAB',
  alg: 'RS256',
  use: 'sig'
} as const;

/**
 * OpenMetadata's own default admin token (ingestion CLI `DEFAULT_JWT_TOKEN`), public and signed with the
 * quickstart key: tests verify it against QUICKSTART_PUBLIC_JWK to prove the fixture is that key.
 */
export const QUICKSTART_SIGNED_ADMIN_TOKEN =
  'eyJraWQiOiJHYjM4OWEtOWY3Ni1nZGpzLWE5MmotMDI0MmJrOTQzNTYiLCJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9' +
  '.eyJzdWIiOiJhZG1pbiIsImlzQm90IjpmYWxzZSwiaXNzIjoib3Blbi1tZXRhZGF0YS5vcmciLCJpYXQiOjE2NjM5Mzg0NjIsImVtYWlsIjoiYWRtaW5Ab3Blbm1ldGFkYXRhLm9yZyJ9' +
  '.tS8um_5DKu7HgzGBzS1VTA5uUjKWOCU0B_j08WXBiEC0mr0zNREkqVfwFDD-d24HlNEbrqioLsBuFRiwIWKc1m_ZlVQbG7P36RUxhuv2vbSp80FKyNM-' +
  'Tj93FDzq91jsyNmsQhyNv_fNr3TXfzzSPjHt8Go0FMMP66weoKMgW2PbXlhVKwEuXUHyakLLzewm9UMeQaEiRzhiTMU3UkLXcKbYEJJvfNFcLwSl9W8JCO_l0Yj3ud-' +
  'qt_nQYEZwqW6u5nfdQllN133iikV4fM5QZsMCnm8Rq1mvLR0y9bmJiD7fwM1tmJ791TUWqmKaTnP49U493VanKpUAfzIiOiIbhg';
