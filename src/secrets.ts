/**
 * Every secret the action sees (inputs, read from Auth0, minted) is registered here the moment it is
 * known: masked in the runner log with `core.setSecret`, and scrubbed from any text we show ourselves
 * (error bodies, summary, annotations) even where the runner's masking does not apply (files, outputs).
 */
import * as core from '@actions/core';

const known = new Set<string>();

export function registerSecret(value: string | undefined): void {
  if (!value || value.length < 4 || known.has(value)) return;
  known.add(value);
  core.setSecret(value);
  // The runner masks per line; a secret with a newline is masked line by line too.
  for (const line of value.split(/\r?\n/)) if (line.length >= 4 && line !== value) core.setSecret(line);
}

const PATTERNS: Array<[RegExp, string]> = [
  // JWTs (header.payload.signature, base64url)
  [/eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, '***'],
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
  for (const secret of known) out = out.split(secret).join('***');
  for (const [re, replacement] of PATTERNS) out = out.replace(re, replacement);
  return out;
}

/** For tests: forget what was registered. */
export function resetSecretsForTests(): void {
  known.clear();
}
