/**
 * A small env-file model for the docker deployment: every line is kept (comments, blanks, lines that are no
 * assignment, `export KEY=…`), assignments know where their key and value are, and values are replaced in place.
 *
 * Two readers must agree on what the action writes (DESIGN.md "Rendered server settings"):
 * - `docker compose --env-file` (docs.docker.com/compose/env-file): `VAR=VAL`, optional single or double quotes,
 *   unquoted and double-quoted values are interpolated (`${VAR}` from the shell's environment), single-quoted
 *   values are literal (only `\'` is an escape), an inline comment needs a blank before `#`. Compose also accepts
 *   `KEY: value` and trims a blank after `=`;
 * - a POSIX shell (`set -a; . ./file`) and `docker run --env-file`: `KEY=value` only, no blank around `=`, and an
 *   unquoted blank ends the value (the shell runs the rest as a command; docker run keeps a leading blank).
 *
 * So the writer emits `KEY=value` only: unquoted when every character is safe for both readers (a variable
 * assignment undergoes no pathname expansion in sh, so `[a,b]` is fine), else single-quoted, and a value that
 * neither form can carry (a `'`, a backslash or a control character) is refused rather than written wrong.
 */

/** Offsets are into the whole text; `end` is exclusive. */
export interface EnvAssignment {
  type: 'assignment';
  /** The line without its line break. */
  raw: string;
  /** Offset of the line's first character. */
  start: number;
  /** `export ` when the line has that prefix (kept on replacement). */
  exportPrefix: string;
  key: string;
  keyStart: number;
  /** `=`, or `:` for the YAML-like `KEY: value` that only Compose reads. */
  separator: '=' | ':';
  separatorStart: number;
  /** Blanks between the key and the separator, and after the separator. */
  blankBefore: string;
  blankAfter: string;
  /** The value as Compose reads it: quotes removed, escapes resolved. */
  value: string;
  quote: '' | "'" | '"';
  /** The value's source, quotes included (valueStart === valueEnd for `KEY=`). */
  valueStart: number;
  valueEnd: number;
  /** What follows the value: blanks and an inline comment. */
  trailing: string;
  /** A quoted value without its closing quote. */
  unterminated: boolean;
}

export interface EnvOtherLine {
  type: 'blank' | 'comment' | 'other';
  raw: string;
  start: number;
}

export type EnvLine = EnvAssignment | EnvOtherLine;

export interface EnvFile {
  lines: EnvLine[];
  eol: '\n' | '\r\n';
  /** True when the text ends with a line break. */
  finalNewline: boolean;
}

const ASSIGNMENT = /^([ \t]*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)([ \t]*)([=:])([ \t]*)(.*)$/;

/** Reads a quoted value starting at `rest[0]`; Compose's escapes (`\'` in single quotes, `\"` `\\` … in double). */
function readQuoted(rest: string): { value: string; length: number; unterminated: boolean } {
  const q = rest[0];
  let value = '';
  for (let i = 1; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '\\' && i + 1 < rest.length) {
      const next = rest[i + 1];
      if (q === "'") {
        if (next === "'") {
          value += "'";
          i++;
          continue;
        }
        value += ch;
        continue;
      }
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"', $: '$' };
      value += escapes[next] ?? `\\${next}`;
      i++;
      continue;
    }
    if (ch === q) return { value, length: i + 1, unterminated: false };
    value += ch;
  }
  return { value, length: rest.length, unterminated: true };
}

/** Splits an unquoted value from an inline comment (a `#` after a blank) and trailing blanks. */
function readUnquoted(rest: string): { value: string; length: number } {
  const comment = /[ \t]#/.exec(rest);
  const body = comment ? rest.slice(0, comment.index) : rest;
  // Trailing blanks dropped by a loop: `/[ \t]+$/` retries from each blank of an inner run (quadratic).
  let end = body.length;
  while (end > 0 && (body[end - 1] === ' ' || body[end - 1] === '\t')) end--;
  const value = body.slice(0, end);
  return { value, length: value.length };
}

function parseAssignment(raw: string, start: number, m: RegExpExecArray): EnvAssignment {
  const [, lead, exp = '', key, blankBefore, separator, blankAfter, rest] = m;
  const keyStart = start + lead.length + exp.length;
  const separatorStart = keyStart + key.length + blankBefore.length;
  const valueStart = separatorStart + 1 + blankAfter.length;
  const quoted = rest.startsWith("'") || rest.startsWith('"');
  const read = quoted ? readQuoted(rest) : { ...readUnquoted(rest), unterminated: false };
  return {
    type: 'assignment',
    raw,
    start,
    exportPrefix: exp ? 'export ' : '',
    key,
    keyStart,
    separator: separator as '=' | ':',
    separatorStart,
    blankBefore,
    blankAfter,
    value: read.value,
    quote: quoted ? (rest[0] as "'" | '"') : '',
    valueStart,
    valueEnd: valueStart + read.length,
    trailing: rest.slice(read.length),
    unterminated: read.unterminated
  };
}

export function parseEnvFile(text: string): EnvFile {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const finalNewline = text.endsWith('\n');
  const body = finalNewline ? text.slice(0, text.endsWith('\r\n') ? -2 : -1) : text;
  const lines: EnvLine[] = [];
  if (text === '') return { lines, eol, finalNewline: false };
  let start = 0;
  for (const withCr of body.split('\n')) {
    const raw = withCr.endsWith('\r') ? withCr.slice(0, -1) : withCr;
    const m = ASSIGNMENT.exec(raw);
    if (m) lines.push(parseAssignment(raw, start, m));
    else if (/^[ \t]*$/.test(raw)) lines.push({ type: 'blank', raw, start });
    else if (/^[ \t]*#/.test(raw)) lines.push({ type: 'comment', raw, start });
    else lines.push({ type: 'other', raw, start });
    start += withCr.length + 1;
  }
  return { lines, eol, finalNewline };
}

export function serializeEnvFile(file: EnvFile): string {
  const text = file.lines.map(l => l.raw).join(file.eol);
  return file.finalNewline && file.lines.length > 0 ? text + file.eol : text;
}

/** A value that cannot be written so that Compose and a shell read the same thing. */
export class EnvValueError extends Error {}

/** Characters that mean the same to Compose and to sh in an unquoted assignment value. */
const SAFE_UNQUOTED = /^[A-Za-z0-9_@%+=:,./[\]-]+$/;
/** Exactly one `${NAME}` reference: meant to be expanded, and both readers do. */
const ENV_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*\}$/;

/** The source text of a value (see the module comment); throws EnvValueError, whose message has no value. */
export function formatEnvValue(value: string): string {
  if (value === '' || SAFE_UNQUOTED.test(value) || ENV_REFERENCE.test(value)) return value;
  // eslint-disable-next-line no-control-regex
  if (/['\\\x00-\x1f\x7f]/.test(value)) {
    throw new EnvValueError(
      'contains a quote, a backslash or a control character, which an env file cannot carry the same way for ' +
        'docker compose and a shell'
    );
  }
  return `'${value}'`;
}

/** An env-file list (`[a,b]`, the server's flow-list form); items must not need quoting inside the list. */
export function formatEnvList(items: readonly string[]): string {
  for (const item of items) {
    if (item === '' || /[\s,[\]'"#\\$`]/.test(item)) {
      throw new EnvValueError('has an item that is empty or contains a blank, a comma, a bracket or a quote');
    }
  }
  return formatEnvValue(`[${items.join(',')}]`);
}

export interface EnvEntry {
  key: string;
  /** Source text of the value (already formatted). */
  text: string;
  /** A comment line written above the assignment (once). */
  comment?: string;
  /** Replace an existing assignment only; never append. */
  onlyIfPresent?: boolean;
}

function assignmentLine(old: EnvAssignment | undefined, entry: EnvEntry): string {
  const prefix = old?.exportPrefix ?? '';
  // An inline comment survives; other trailing text (after a closing quote) would change the value for sh.
  const trailing = old && /^[ \t]+#/.test(old.trailing) ? old.trailing : '';
  return `${prefix}${entry.key}=${entry.text}${trailing}`;
}

const other = (type: EnvOtherLine['type'], raw: string): EnvOtherLine => ({ type, raw, start: -1 });

/**
 * Sets each entry in place at its key's first assignment (normalised to `KEY=value`, an inline comment kept) and
 * deletes the key's later assignments: Compose and sh both let the last one win, so a stale duplicate would undo
 * the setting. Missing keys are appended under `appendHeader`. Returns a new file; line offsets are stale after.
 */
export function applyEnvEntries(
  file: EnvFile,
  entries: readonly EnvEntry[],
  appendHeader: string[]
): EnvFile {
  const byKey = new Map(entries.map(e => [e.key, e]));
  const done = new Set<string>();
  const lines: EnvLine[] = [];
  for (const line of file.lines) {
    const entry = line.type === 'assignment' ? byKey.get(line.key) : undefined;
    if (!entry || line.type !== 'assignment') {
      lines.push(line);
      continue;
    }
    if (done.has(entry.key)) continue;
    done.add(entry.key);
    const comment = entry.comment ? `# ${entry.comment}` : undefined;
    if (comment && lines[lines.length - 1]?.raw !== comment) lines.push(other('comment', comment));
    lines.push({ ...line, raw: assignmentLine(line, entry) });
  }
  const missing = entries.filter(e => !done.has(e.key) && !e.onlyIfPresent);
  if (missing.length > 0) {
    if (lines.length > 0 && lines[lines.length - 1].type !== 'blank') lines.push(other('blank', ''));
    for (const h of appendHeader) lines.push(other('comment', h === '' ? '#' : `# ${h}`));
    for (const e of missing) {
      if (e.comment) lines.push(other('comment', `# ${e.comment}`));
      lines.push(other('other', assignmentLine(undefined, e)));
    }
  }
  return { lines, eol: file.eol, finalNewline: file.finalNewline || missing.length > 0 };
}
