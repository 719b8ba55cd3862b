/**
 * Every secret the action sees (inputs, read from Auth0, minted) is registered here the moment it is
 * known: masked in the runner log with `runner.setSecret`, and scrubbed from any text we show ourselves
 * (error bodies, summary, annotations) even where the runner's masking does not apply (files, outputs).
 *
 * A secret travels in more than one spelling, and a server may echo any of them: URL-encoded (a form
 * body, a query), base64 (HTTP Basic sends `base64(id:secret)`, id and secret form-urlencoded first, RFC
 * 6749 §2.3.1), JSON- or HTML-escaped (an error page). Each registered secret is scrubbed in all of them.
 * Base64 depends on where the secret starts within the encoded bytes (offset mod 3), so for each offset
 * the run of base64 characters that the secret alone decides is scrubbed: it is found inside
 * `base64(id:secret)` without knowing the id, in the standard and the URL-safe alphabet.
 */
import * as runner from './runner.js';

/** Shorter values are not masked at all: a mask that short would blank unrelated text everywhere. */
const MIN_MASK_LENGTH = 4;
/**
 * A secret input shorter than this cannot be masked safely: its base64 runs would be a few characters
 * that occur in unrelated text, and so short a secret is guessable anyway. See `tooShortSecrets`.
 */
export const MIN_SECRET_LENGTH = 8;

/** Every spelling to scrub, longest first (a spelling may contain a shorter one). */
let forms: string[] = [];
const known = new Set<string>();
/**
 * A piece of a secret is scrubbed too (an error page that quotes the first characters of what it was
 * sent, a body cut mid-secret): any run of at least PIECE characters of the secret (raw or URL-encoded)
 * at least MIN_PIECE_SOURCE long. Secrets are random: a run that long does not occur in other text by chance.
 */
const PIECE = 12;
const MIN_PIECE_SOURCE = 16;
/** Each PIECE-character window of the spellings → the spellings holding it. */
const pieces = new Map<string, string[]>();

export function registerSecret(value: string | undefined): void {
  if (!value || value.length < MIN_MASK_LENGTH || known.has(value)) return;
  known.add(value);
  const added = spellings(value).filter(f => f.length >= MIN_MASK_LENGTH && !forms.includes(f));
  forms = [...forms, ...added].sort((a, b) => b.length - a.length);
  // Pieces of what a server could quote back cut: the secret as sent, raw or URL-encoded.
  const quotable = [value, encodeURIComponent(value)].filter(f => f.length >= MIN_PIECE_SOURCE);
  for (const form of new Set(quotable))
    for (let i = 0; i + PIECE <= form.length; i++) {
      const window = form.slice(i, i + PIECE);
      pieces.set(window, [...(pieces.get(window) ?? []), form]);
    }
  // The runner masks per line; a secret with a newline is masked line by line too.
  for (const form of added) runner.setSecret(form);
  for (const line of value.split(/\r?\n/))
    if (line.length >= MIN_MASK_LENGTH && line !== value) runner.setSecret(line);
}

/** The secret as it may appear in a request or an answer. */
function spellings(secret: string): string[] {
  const html = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const code = (c: string) => c.codePointAt(0)!;
  const notAlnum = /[^A-Za-z0-9]/gu;
  const lowerHex = (s: string) => s.replace(/%[0-9A-F]{2}/g, m => m.toLowerCase());
  const jsonEscaped = JSON.stringify(secret).slice(1, -1);
  const encoded = encodeURIComponent(secret);
  const formEncoded = new URLSearchParams({ s: secret }).toString().slice(2);
  // What a request carries, also inside base64 (HTTP Basic sends base64 of the form-encoded id:secret).
  const sent = new Set([secret, encoded, formEncoded, encoded.replace(/%20/g, '+')]);
  const texts = new Set([
    ...sent,
    lowerHex(encoded),
    lowerHex(formEncoded),
    jsonEscaped,
    // JSON as Go and others write it: <, > and & as \u003c, \u003e, \u0026
    jsonEscaped.replace(/[<>&]/g, c => `\\u${code(c).toString(16).padStart(4, '0')}`),
    html(secret).replace(/'/g, '&#39;'),
    html(secret).replace(/'/g, '&#x27;'),
    // every punctuation character as a numeric character reference
    secret.replace(notAlnum, c => `&#${code(c)};`),
    secret.replace(notAlnum, c => `&#x${code(c).toString(16)};`)
  ]);
  const out = new Set(texts);
  for (const text of sent) {
    const whole = Buffer.from(text).toString('base64');
    for (const b64 of [whole, whole.replace(/=+$/, ''), ...base64Runs(text)]) {
      out.add(b64);
      out.add(b64.replace(/\+/g, '-').replace(/\//g, '_'));
    }
  }
  return [...out];
}

/**
 * For each offset of the secret within the encoded bytes, the base64 characters that depend on the
 * secret's bytes alone (whole 3-byte groups). Runs under MIN_SECRET_LENGTH characters are left out.
 */
function base64Runs(text: string): string[] {
  const bytes = Buffer.from(text);
  const runs: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const first = Math.ceil(offset / 3); // first group made of secret bytes only
    const end = Math.floor((offset + bytes.length) / 3); // groups before this one are whole
    const run = encoded.slice(4 * first, 4 * end);
    if (run.length >= MIN_SECRET_LENGTH) runs.push(run);
  }
  return runs;
}

/**
 * Secret inputs too short to mask safely, as input problems (empty inputs are not a problem here).
 * `values` maps an input name (e.g. `client-secret`) to its value.
 */
export function tooShortSecrets(
  values: Readonly<Record<string, string | undefined>>
): Array<{ input: string; message: string; fix: string }> {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value.length > 0 && value.length < MIN_SECRET_LENGTH)
    .map(([input, value]) => ({
      input,
      message: `is ${value!.length} character${value!.length === 1 ? '' : 's'} long: a secret under ${MIN_SECRET_LENGTH} characters cannot be masked in the log and error text without hiding unrelated text, and is easy to guess.`,
      fix: `Pass the real credential in ${input} (Auth0 client secrets are 64 characters), from a repository secret.`
    }));
}

const PATTERNS: Array<[RegExp, string]> = [
  // JWTs (header.payload.signature, base64url), where a run of base64url characters starts: tried at every
  // `eyJ` instead, a long run of them (`eyJeyJ…`) would cost the square of its length.
  [/(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '***'],
  // Bearer / Basic credentials
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ***'],
  // JSON, YAML or form fields that carry secrets (but not `${VAR}` references, which are the safe form)
  [
    /("?(?:client_secret|access_token|id_token|refresh_token|password|secretKey|jwtToken)"?\s*[:=]\s*"?)(?!\$)[^"&\s,}]+/gi,
    '$1***'
  ]
];

export function redact(text: string): string {
  let out = text;
  for (const form of forms) out = out.split(form).join('***');
  out = redactPieces(out);
  for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement);
  return out;
}

/** Runs of PIECE or more characters of a secret's spelling, left after the whole spellings went. */
function redactPieces(text: string): string {
  if (pieces.size === 0) return text;
  let out = '';
  let kept = 0;
  for (let i = 0; i + PIECE <= text.length;) {
    const holders = pieces.get(text.slice(i, i + PIECE));
    if (!holders) {
      i++;
      continue;
    }
    // Extend the run while it is still part of one spelling.
    let end = i + PIECE;
    while (end < text.length && holders.some(f => f.includes(text.slice(i, end + 1)))) end++;
    out += `${text.slice(kept, i)}***`;
    kept = i = end;
  }
  return out + text.slice(kept);
}

/**
 * The text redacted, then cut to `max` characters (with `…`). Always in this order: a text cut first
 * could keep the first characters of a secret, which no longer match it.
 */
export function redactAndShorten(text: string, max: number): string {
  const clean = redact(text);
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** For tests: forget what was registered. */
export function resetSecretsForTests(): void {
  known.clear();
  forms = [];
  pieces.clear();
}
