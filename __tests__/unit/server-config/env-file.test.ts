import {
  applyEnvEntries,
  type EnvAssignment,
  EnvValueError,
  formatEnvList,
  formatEnvValue,
  parseEnvFile,
  serializeEnvFile
} from '../../../src/openmetadata/server-config/env-file.js';

const assignment = (text: string, i = 0) => {
  const line = parseEnvFile(text).lines[i];
  if (line.type !== 'assignment') throw new Error(`line ${i} is ${line.type}`);
  return line;
};
const at = (text: string, start: number, end: number) => text.slice(start, end);

describe('parseEnvFile', () => {
  it('classifies every line and keeps it', () => {
    const text = '# comment\n\nKEY=value\nexport OTHER=1\nnot an assignment\n   \n';
    const file = parseEnvFile(text);
    expect(file.lines.map(l => l.type)).toEqual([
      'comment',
      'blank',
      'assignment',
      'assignment',
      'other',
      'blank'
    ]);
    expect(file.lines.map(l => l.raw)).toEqual([
      '# comment',
      '',
      'KEY=value',
      'export OTHER=1',
      'not an assignment',
      '   '
    ]);
    expect(file.finalNewline).toBe(true);
  });

  it('records positions of key and value', () => {
    const text = 'A=1\n  export KEY=some-value # note\n';
    const a = assignment(text, 1);
    expect(a.key).toBe('KEY');
    expect(a.exportPrefix).toBe('export ');
    expect(at(text, a.keyStart, a.keyStart + 3)).toBe('KEY');
    expect(at(text, a.valueStart, a.valueEnd)).toBe('some-value');
    expect(a.value).toBe('some-value');
    expect(a.trailing).toBe(' # note');
    expect(a.start).toBe(4);
  });

  it("reads the guide's non-portable forms as Compose does", () => {
    const colon = assignment('AUTHENTICATION_PROVIDER: auth0');
    expect(colon).toMatchObject({ separator: ':', blankAfter: ' ', value: 'auth0' });
    const blank = assignment('OIDC_CLIENT_ID= abc');
    expect(blank).toMatchObject({ separator: '=', blankAfter: ' ', blankBefore: '', value: 'abc' });
    expect(at('OIDC_CLIENT_ID= abc', blank.valueStart, blank.valueEnd)).toBe('abc');
    expect(assignment('K =v')).toMatchObject({ blankBefore: ' ', value: 'v' });
  });

  it('reads quoted values, inline comments and an unterminated quote', () => {
    expect(assignment("K='a # b' # c")).toMatchObject({ value: 'a # b', quote: "'", trailing: ' # c' });
    expect(assignment("K='it\\'s'")).toMatchObject({ value: "it's" });
    expect(assignment('K="x\\"y\\\\z\\n"')).toMatchObject({ value: 'x"y\\z\n', quote: '"' });
    expect(assignment('K=a#b')).toMatchObject({ value: 'a#b', trailing: '' });
    expect(assignment('K=a b # c')).toMatchObject({ value: 'a b', trailing: ' # c' });
    expect(assignment('K="open')).toMatchObject({ value: 'open', unterminated: true });
    expect(assignment('K=')).toMatchObject({ value: '', valueStart: 2, valueEnd: 2 });
  });

  it.each([
    ['LF with final newline', '# c\nA=1\n\nB=2\n'],
    ['no final newline', 'A=1\nB=2'],
    ['CRLF', '# c\r\nA=1\r\nB="x y"\r\n'],
    ['only comments', '# just a note\n'],
    ['empty', ''],
    ['odd lines', 'http://example.com\n  indented: yes\nexport\n=\n']
  ])('round-trips %s unchanged', (_name, text) => {
    expect(serializeEnvFile(parseEnvFile(text))).toBe(text);
  });
});

describe('formatEnvValue', () => {
  it.each([
    ['auth0', 'auth0'],
    ['https://acme.eu.auth0.com', 'https://acme.eu.auth0.com'],
    ['[a,b]', '[a,b]'],
    ['${OIDC_CLIENT_SECRET}', '${OIDC_CLIENT_SECRET}'],
    ['', ''],
    ['a b', "'a b'"],
    ['a#b', "'a#b'"],
    ['x$y', "'x$y'"],
    ['${A}${B}', "'${A}${B}'"],
    ['say "hi"', `'say "hi"'`],
    ['~home', "'~home'"]
  ])('%j → %s', (value, text) => {
    expect(formatEnvValue(value)).toBe(text);
  });

  it.each(["it's", 'back\\slash', 'two\nlines', 'tab\there'])('refuses %j without echoing it', value => {
    expect(() => formatEnvValue(value)).toThrow(EnvValueError);
    try {
      formatEnvValue(value);
    } catch (e) {
      expect((e as Error).message).not.toContain(value);
    }
  });

  it('writes lists as [a,b] and refuses items that would break them', () => {
    expect(formatEnvList(['john.doe', 'jane'])).toBe('[john.doe,jane]');
    expect(formatEnvList([])).toBe('[]');
    for (const bad of ['a b', 'a,b', '', 'x]', "o'k"])
      expect(() => formatEnvList([bad])).toThrow(EnvValueError);
  });
});

describe('applyEnvEntries', () => {
  const apply = (text: string, entries: Parameters<typeof applyEnvEntries>[1], header = ['Added']) =>
    serializeEnvFile(applyEnvEntries(parseEnvFile(text), entries, header));

  it('replaces in place, keeps export and inline comments, normalises the syntax', () => {
    const text = [
      '# top',
      'AUTHORIZER_ADMIN_PRINCIPALS=[admin]   # john.doe from john.doe@example.com',
      'export AUTHENTICATION_PROVIDER: basic',
      'OTHER=keep',
      'AUTHENTICATION_CLIENT_TYPE= public',
      ''
    ].join('\n');
    const out = apply(text, [
      { key: 'AUTHORIZER_ADMIN_PRINCIPALS', text: '[john.doe]' },
      { key: 'AUTHENTICATION_PROVIDER', text: 'auth0' },
      { key: 'AUTHENTICATION_CLIENT_TYPE', text: 'confidential' }
    ]);
    expect(out).toBe(
      [
        '# top',
        'AUTHORIZER_ADMIN_PRINCIPALS=[john.doe]   # john.doe from john.doe@example.com',
        'export AUTHENTICATION_PROVIDER=auth0',
        'OTHER=keep',
        'AUTHENTICATION_CLIENT_TYPE=confidential',
        ''
      ].join('\n')
    );
  });

  it('removes later duplicates of a managed key (the last one would win) and keeps others', () => {
    const out = apply('OIDC_TYPE=google\nX=1\nOIDC_TYPE=azure\nX=2\n', [{ key: 'OIDC_TYPE', text: 'auth0' }]);
    expect(out).toBe('OIDC_TYPE=auth0\nX=1\nX=2\n');
  });

  it('appends missing keys under the header, after a blank line, with their comment', () => {
    const out = apply('A=1', [
      { key: 'A', text: '2' },
      { key: 'OIDC_CLIENT_SECRET', text: '${OIDC_CLIENT_SECRET}', comment: 'Export it' },
      { key: 'SKIPPED', text: 'x', onlyIfPresent: true }
    ]);
    expect(out).toBe('A=2\n\n# Added\n# Export it\nOIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET}\n');
  });

  it('writes an onlyIfPresent entry over an existing key', () => {
    expect(
      apply('OIDC_CLIENT_SECRET=abc\n', [{ key: 'OIDC_CLIENT_SECRET', text: '', onlyIfPresent: true }])
    ).toBe('OIDC_CLIENT_SECRET=\n');
  });

  it('adds a comment above an in-place value once, so re-running changes nothing', () => {
    const entries = [{ key: 'S', text: '${S}', comment: 'Export S' }];
    const once = apply('A=1\nS=old\n', entries);
    expect(once).toBe('A=1\n# Export S\nS=${S}\n');
    expect(apply(once, entries)).toBe(once);
  });

  it('keeps CRLF line breaks', () => {
    expect(
      apply(
        'A=1\r\nB=2\r\n',
        [
          { key: 'B', text: '3' },
          { key: 'C', text: '4' }
        ],
        []
      )
    ).toBe('A=1\r\nB=3\r\n\r\nC=4\r\n');
  });

  it('drops text after a closing quote, which a shell would run', () => {
    const a: EnvAssignment = assignment("K='v' junk");
    expect(a.trailing).toBe(' junk');
    expect(apply("K='v' junk\n", [{ key: 'K', text: 'w' }])).toBe('K=w\n');
  });
});
