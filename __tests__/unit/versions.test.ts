import { parseOmVersion, usesJwtOnly } from '../../src/openmetadata/versions.js';

describe('parseOmVersion', () => {
  it.each([
    ['1.7', { major: 1, minor: 7, patch: 0 }],
    ['1.2.3', { major: 1, minor: 2, patch: 3 }],
    ['v1.3.0', { major: 1, minor: 3, patch: 0 }],
    ['1.5.0-release', { major: 1, minor: 5, patch: 0 }]
  ])('parses %s', (text, expected) => {
    expect(parseOmVersion(text)).toMatchObject(expected);
  });

  it.each(['', 'latest', '1', '1.x', 'one.two'])('rejects %p', text => {
    expect(parseOmVersion(text)).toBeUndefined();
  });

  it('switches to JWT-only at 1.3', () => {
    expect(usesJwtOnly(parseOmVersion('1.2.5')!)).toBe(false);
    expect(usesJwtOnly(parseOmVersion('1.3')!)).toBe(true);
    expect(usesJwtOnly(parseOmVersion('2.0')!)).toBe(true);
  });
});
