/**
 * Text from a pull request (file names, keys, values quoted in messages) made inert for the places it is shown:
 * Markdown table cells of the job summary and the PR comment, and the step log. GitHub renders Markdown and some
 * HTML, and a terminal acts on ANSI escapes, so neither may come through as written.
 */

/** An ANSI escape sequence: CSI (`ESC [ … letter`), OSC (`ESC ] … BEL` or `ESC \`), or ESC and one character. */
// eslint-disable-next-line no-control-regex
const ANSI_ESCAPE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-_])/g;

/** C0 and C1 control characters but tab and newline, and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** For log lines and annotations: ANSI escapes and control characters removed (tab and newline kept). */
export function stripControlCharacters(text: string): string {
  return text.replace(ANSI_ESCAPE, '').replace(CONTROL, '');
}

/**
 * Markdown punctuation outside code spans, as HTML entities: no link, image, HTML tag, emphasis or table cell
 * can start (CommonMark reads a character reference as literal text, never as structure).
 */
const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '|': '\\|'
};

/**
 * GitHub also turns bare text into links after parsing: URLs (`https://…`, `www.…`), e-mail addresses,
 * `@user` mentions (which notify) and `#123` references. A WORD JOINER (U+2060, invisible) after the
 * character that starts each of them keeps the text as it reads and the link from forming.
 */
const WORD_JOINER = '\u2060';
const WORD_CHAR = /[\p{L}\p{N}]/u;
const AUTOLINK_STARTS = /(?<=:)(?=\/\/)|(?<=\bwww)(?=\.)|(?<=[@#])(?=[\p{L}\p{N}_-])/giu;

function escapeText(text: string): string {
  // Joiners first: the entities below hold `#`, which must stay as written.
  return text
    .replace(AUTOLINK_STARTS, WORD_JOINER)
    .replace(/[&<>[\]\\`*_~|]/g, (c, at: number, all: string) =>
      // An underscore inside a word (AUTHENTICATION_PROVIDER) can neither open nor close emphasis.
      c === '_' && WORD_CHAR.test(all[at - 1] ?? '') && WORD_CHAR.test(all[at + 1] ?? '')
        ? c
        : TEXT_ENTITIES[c]
    )
    .replace(/\n/g, '<br>');
}

/**
 * Text for a table cell. Code spans are found as GitHub finds them (a run of n backticks up to the next run of
 * exactly n) and kept, since GitHub shows their content as written (only `|` needs `\|` in a table); everything
 * else is escaped, backticks without a partner too. So a key with a backtick can shift a code span, never open
 * markup.
 */
export function markdownCell(text: string): string {
  const clean = stripControlCharacters(text).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
  const out: string[] = [];
  let at = 0;
  for (const run of clean.matchAll(/`+/g)) {
    const start = run.index;
    if (start < at) continue;
    const closer = new RegExp(`(?<!\`)${run[0]}(?!\`)`, 'g');
    closer.lastIndex = start + run[0].length;
    const end = closer.exec(clean);
    if (!end) continue;
    out.push(escapeText(clean.slice(at, start)));
    const content = clean.slice(start, end.index + run[0].length);
    out.push(content.replace(/\n/g, ' ').replace(/\|/g, '\\|'));
    at = end.index + run[0].length;
  }
  out.push(escapeText(clean.slice(at)));
  return out.join('');
}

/** A value as a code span of its own, shown exactly (a fence longer than any backtick run in it), one line. */
export function markdownCode(value: string): string {
  const text = stripControlCharacters(value)
    .replace(/[\r\n\t]/g, '\uFFFD')
    .replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(longestRun + 1);
  // GitHub strips one space on each side when both are there: pad when the text starts or ends with ` or space.
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A fenced code block that the text cannot close: the fence is longer than any backtick run in the text
 * (CommonMark closes a block only with a fence at least as long as the opening one). For files whose
 * content comes from a template in the repository.
 */
export function markdownCodeBlock(language: string, text: string): string {
  const body = stripControlCharacters(text).trimEnd();
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map(r => r.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${body}\n${fence}`;
}
