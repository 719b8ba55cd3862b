import {
  checkKnownVersion,
  KNOWN_MINOR_VERSIONS,
  NEWEST_KNOWN_MINOR,
  parseOmVersion,
  usesJwtOnly,
  yamlShortenedFrom
} from '../../src/openmetadata/versions.js';
import { actionYml } from '../../test-support/run-action.js';

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

describe('known OpenMetadata versions', () => {
  it('lists the released 1.x minors, oldest first, and action.yml states the same list', () => {
    expect(KNOWN_MINOR_VERSIONS.slice(0, 11)).toEqual([
      '1.0',
      '1.1',
      '1.2',
      '1.3',
      '1.4',
      '1.5',
      '1.6',
      '1.7',
      '1.8',
      '1.9',
      '1.10'
    ]);
    expect(NEWEST_KNOWN_MINOR).toBe(KNOWN_MINOR_VERSIONS[KNOWN_MINOR_VERSIONS.length - 1]);
    const description = (actionYml.inputs['openmetadata-version'] as { description: string }).description;
    expect(description).toContain(`Known releases: ${KNOWN_MINOR_VERSIONS.join(', ')} `);
    expect(description).toContain(`after ${NEWEST_KNOWN_MINOR}`);
  });

  it.each([
    ['1.1', '1.10'],
    ['1', '1.0'],
    ['1.2', undefined], // no 1.20
    ['1.10', undefined],
    ['1.1.0', undefined],
    ['v1.1', undefined],
    ['2', undefined] // 2.0 is no version the action knows
  ])('%p may have been shortened by YAML from %p', (text, longer) => {
    expect(yamlShortenedFrom(text)).toBe(longer);
  });

  it('warns that 1.1 may be an unquoted 1.10, with the fix, and goes on with 1.1', () => {
    const finding = checkKnownVersion('1.1')!;
    expect(finding.severity).toBe('warning');
    expect(finding.fix).toContain("quote it: '1.10'");
    expect(finding.message).toMatch(/YAML/);
    expect(finding.message).toMatch(/auth0 client-credentials block/);
    expect(finding.use).toMatchObject({ major: 1, minor: 1 });
  });

  it('reads a bare 1 as an unquoted 1.0, with a warning', () => {
    const finding = checkKnownVersion('1')!;
    expect(finding.severity).toBe('warning');
    expect(finding.fix).toContain("'1.0'");
    expect(finding.use).toMatchObject({ major: 1, minor: 0, text: '1.0' });
  });

  it.each(['2.0', '2', '2.1.3', 'v3.0'])('refuses %p: a major version the action does not know', text => {
    const finding = checkKnownVersion(text)!;
    expect(finding.severity).toBe('error');
    expect(finding.message).toMatch(/\d\.x/);
    expect(finding.fix).toMatch(/1\.x version, quoted/);
  });

  it('refuses a 1.x after the newest known, naming the newest', () => {
    const next = `1.${Number(NEWEST_KNOWN_MINOR.split('.')[1]) + 1}`;
    const finding = checkKnownVersion(next)!;
    expect(finding.severity).toBe('error');
    expect(finding.message).toContain(
      `newest OpenMetadata release this action knows (${NEWEST_KNOWN_MINOR})`
    );
    expect(checkKnownVersion(`${next}.2`)?.severity).toBe('error');
  });

  it.each(['1.7', '1.7.1', '1.10', '1.10.3', '1.2', '1.0.0', '1.13', '0.13', 'latest'])(
    'has nothing to say about %p',
    text => {
      expect(checkKnownVersion(text)).toBeUndefined();
    }
  );
});
