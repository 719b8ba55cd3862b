/**
 * The lint rule engine for OpenMetadata ingestion YAML (`mode: validate`, and the renderer's self-check).
 *
 * One `yaml.parseDocument` per file with a LineCounter, one walk to build the model, then every rule of rules.ts
 * over that model. `prettyErrors` is off so that parser messages never quote source lines (which could hold a
 * credential).
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import {
  buildModel,
  type Diagnostic,
  type LintOptions,
  makeDiagnostic,
  MERGE_LIMITS,
  type MergeLimitHit,
  type RuleMeta,
  type Severity,
  type WorkflowModel
} from './model.js';
import { ALL_RULES, YAML_SYNTAX } from './rules.js';

export type { Diagnostic, LintOptions, Severity };

/**
 * How ingestion files are parsed: as YAML 1.1, like the `metadata` CLI (PyYAML `safe_load`), so that `no`, `on`,
 * `0123` or `1:20` have the types the CLI sees and `<<` merge keys work; no pretty errors (no source excerpts).
 */
export const PARSE_OPTIONS = { version: '1.1', prettyErrors: false } as const;

/**
 * How validate parses text from a pull request: as PARSE_OPTIONS, without the library's duplicate-key check, which
 * compares each key with every earlier key of its mapping (quadratic: 50,000 keys took minutes). The same errors come
 * from `duplicateKeyErrors`, in one pass.
 */
export const LINT_PARSE_OPTIONS = { ...PARSE_OPTIONS, uniqueKeys: false } as const;

type ParserError = { code: string; message: string; pos: [number, number] };

/**
 * How deep mappings and lists may nest in a file that validate lints. The parser builds nodes recursively and runs
 * out of stack some 800 levels down (then it reports "Maximum call stack size exceeded"); real workflows and
 * deployment files nest a dozen levels. A deeper file is reported as such (see {@link NESTING_TOO_DEEP}), not linted.
 */
export const MAX_NESTING_DEPTH = 200;

/** The parser error code lint.ts uses for a file nested deeper than {@link MAX_NESTING_DEPTH}. */
const TOO_DEEP = 'NESTING_TOO_DEEP';

/**
 * A file nested too deeply to lint: a warning, like validate's `file-too-large`, since the file was not looked at
 * (not a rule of RULES: it says what the linter could not do, not what is wrong with the file).
 */
export const NESTING_TOO_DEEP: RuleMeta = { id: 'nesting-too-deep', severity: 'warning' };

/**
 * `<<` merges cut short at a limit of MERGE_LIMITS: a warning on the `<<` key; the other rules still run, on the
 * keys read so far.
 */
export const MERGE_LIMIT: RuleMeta = { id: 'merge-limit', severity: 'warning' };

/**
 * In one iterative walk (a recursive one overflows the stack on a deep document): a DUPLICATE_KEY error, as the
 * `yaml` library reports it, for every scalar key that an earlier key of the same mapping already has (the library
 * compares keys the same way: scalar values with `===`; one Set per mapping), and the first node nested deeper than
 * MAX_NESTING_DEPTH, if any.
 */
function scanDocument(doc: Document): { duplicates: ParserError[]; tooDeep?: [number, number] } {
  const duplicates: ParserError[] = [];
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth >= MAX_NESTING_DEPTH) {
      const at = node.range?.[0] ?? 0;
      return { duplicates, tooDeep: [at, at + 1] };
    }
    if (isSeq(node)) {
      for (const item of node.items) stack.push({ node: item, depth: depth + 1 });
      continue;
    }
    const seen = new Set<unknown>();
    for (const { key, value } of node.items) {
      stack.push({ node: key, depth: depth + 1 }, { node: value, depth: depth + 1 });
      if (!isScalar(key)) continue;
      if (seen.has(key.value) && key.range) {
        duplicates.push({
          code: 'DUPLICATE_KEY',
          message: 'Map keys must be unique',
          pos: [key.range[0], key.range[0] + 1]
        });
      }
      seen.add(key.value);
    }
  }
  return { duplicates };
}

/** The DUPLICATE_KEY errors of a document (see scanDocument). */
export function duplicateKeyErrors(doc: Document): ParserError[] {
  return scanDocument(doc).duplicates;
}

/**
 * Parses as LINT_PARSE_OPTIONS; the errors are the parser's and the duplicate keys, in text order. A document
 * nested deeper than MAX_NESTING_DEPTH (or so deep that the parser ran out of stack) gives one error alone, of
 * code NESTING_TOO_DEEP, which syntaxDiagnostics reports as `nesting-too-deep`.
 */
export function parseForLint(
  text: string,
  lineCounter: LineCounter
): { doc: Document; errors: ParserError[] } {
  const doc = parseDocument(text, { lineCounter, ...LINT_PARSE_OPTIONS });
  const exhausted = doc.errors.find(e => e.code === 'RESOURCE_EXHAUSTION');
  const scan = exhausted ? undefined : scanDocument(doc);
  const deepAt = exhausted?.pos ?? scan?.tooDeep;
  if (deepAt) {
    return {
      doc,
      errors: [
        {
          code: TOO_DEEP,
          message: `Nested more than ${MAX_NESTING_DEPTH} levels deep (limit ${MAX_NESTING_DEPTH})`,
          pos: deepAt
        }
      ]
    };
  }
  const errors: ParserError[] = [...doc.errors, ...scan!.duplicates];
  return { doc, errors: errors.sort((a, b) => a.pos[0] - b.pos[0]) };
}

/** Every rule id with its default severity and a description, for the README and the job summary. */
export const RULES: ReadonlyArray<{ id: string; severity: Severity; description: string }> = [
  YAML_SYNTAX,
  ...ALL_RULES
].map(({ id, severity, description }) => ({ id, severity, description }));

/** Parser error codes whose messages are rewritten to say what to do. */
const SYNTAX_MESSAGES: Record<string, string> = {
  MULTIPLE_DOCS:
    'The file contains more than one YAML document (`---`); an ingestion workflow or a settings file is a single document.',
  DUPLICATE_KEY: 'Duplicate key: YAML mapping keys must be unique.',
  TAB_AS_INDENT: 'Tabs are not allowed as indentation in YAML; indent with spaces.'
};

/** What to look for at the position of a syntax error, by parser error code (never quoting the source). */
const SYNTAX_FIXES: Record<string, string> = {
  TAB_AS_INDENT: 'Replace the tab at this position with spaces.',
  DUPLICATE_KEY:
    'Keep one of the keys of this name in the mapping: remove or rename the one at this position, or merge their values.',
  MULTIPLE_DOCS:
    'Remove the `---` at this position and keep one document per file; move any other document into its own file.',
  BLOCK_AS_IMPLICIT_KEY:
    'The value at this position contains `: ` (colon and space): quote the value, or move the nested mapping to its own indented lines.',
  MULTILINE_IMPLICIT_KEY:
    'A key at this position runs over several lines: look for a missing `:` after the key on the line above, or quote a value that spans lines.',
  BAD_SCALAR_START:
    'Quote the value at this position: a plain YAML value cannot start with `@`, a backtick or `%` (e.g. `key: "@value"`).',
  BAD_DQ_ESCAPE:
    'Fix the backslash escape in the double-quoted value at this position: write `\\\\` for a backslash, or use single quotes.',
  KEY_OVER_1024_CHARS:
    'A key at this position is over 1024 characters long: look before it for an unclosed quote or a missing `:`.',
  UNEXPECTED_TOKEN:
    'Remove or quote the unexpected character at this position; look on the line above for an unclosed bracket or quote.'
};

/** The fix for a syntax error: by code, and for some codes by what the parser says is missing. */
function syntaxFix(code: string, message: string): string {
  if (code === 'BAD_INDENT' && /flow sequence/i.test(message))
    return 'Close the `[` opened at this position with `]` (on a line indented deeper than its key), or write the list in block style (`- item` lines).';
  if (code === 'BAD_INDENT' && /flow map/i.test(message))
    return 'Close the `{` opened at this position with `}` (on a line indented deeper than its key), or write the mapping in block style.';
  if (code === 'BAD_INDENT')
    return 'Line up the keys of this mapping at the same column, and indent nested values deeper than their key (spaces only).';
  if (code === 'MISSING_CHAR' && /quote/i.test(message))
    return "Close the quote opened at this position on the same value (inside single quotes, write a ' as '').";
  if (code === 'MISSING_CHAR')
    return 'Add the closing character the message names, at the end of the value opened at this position.';
  return (
    SYNTAX_FIXES[code] ??
    'Look at this position and the line before it for an unclosed quote or bracket, a missing `:` after a key, or indentation that does not line up.'
  );
}

/**
 * A parser message without any piece of the source: some `yaml` messages quote the offending text (error tokens
 * as `message: "source"`, "Not a YAML token: …", "Invalid escape sequence …", "… extra characters: …"), and that
 * text could be part of a credential.
 */
export function sanitizeParserMessage(message: string): string {
  return message
    .replace(/:\s*"[\s\S]*$/, '')
    .replace(/(Not a YAML token|Invalid escape sequence|includes extra characters)[\s\S]*$/, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Diagnostics for the parser's errors, with a fix each and no source text; shared with the deployment reader. */
export function syntaxDiagnostics(
  text: string,
  lineCounter: LineCounter,
  errors: ReadonlyArray<{ code: string; message: string; pos: [number, number] }>
): Diagnostic[] {
  return errors.map(err => {
    const start = Math.min(err.pos[0], text.length);
    const end = Math.min(Math.max(err.pos[1], start), text.length);
    if (err.code === TOO_DEEP) {
      return makeDiagnostic(
        { lineCounter },
        NESTING_TOO_DEEP,
        { start, end },
        `Too deeply nested to lint: mappings and lists nest more than ${MAX_NESTING_DEPTH} levels deep here ` +
          `(limit ${MAX_NESTING_DEPTH}); the file was not checked.`,
        'An ingestion workflow or a deployment file nests a dozen levels: look here for a run of `[` or `{` or of ' +
          'ever deeper indentation; or exclude the file with a `!pattern` in validate-paths.'
      );
    }
    const message = SYNTAX_MESSAGES[err.code] ?? `YAML syntax error: ${sanitizeParserMessage(err.message)}`;
    return makeDiagnostic(
      { lineCounter },
      YAML_SYNTAX,
      { start, end },
      message.endsWith('.') ? message : `${message}.`,
      syntaxFix(err.code, err.message)
    );
  });
}

function mergeLimitDiagnostic(m: WorkflowModel, hit: MergeLimitHit): Diagnostic {
  const what =
    hit.limit === 'depth'
      ? `merges of merges nest more than ${MERGE_LIMITS.depth} levels deep (limit ${MERGE_LIMITS.depth})`
      : `resolving them takes more than ${MERGE_LIMITS.entries.toLocaleString('en-US')} steps (limit ` +
        `${MERGE_LIMITS.entries.toLocaleString('en-US')} merged mappings and keys in all)`;
  return makeDiagnostic(
    m,
    MERGE_LIMIT,
    hit.span,
    `Too many \`<<\` merges to lint: ${what}; keys they would bring in beyond that were not checked.`,
    'Write the keys out, or merge each anchor once (`<<: *base`): an ingestion workflow needs a few merges at most.'
  );
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Lints one file's text. Syntax errors are reported alone (other rules would only add noise on a broken
 * document). Diagnostics are sorted by position; rules keep their order for equal positions.
 */
export function lintWorkflowText(source: string, options: LintOptions): Diagnostic[] {
  // A byte-order mark is no character of the first line: columns on line 1 are counted without it, as editors and
  // GitHub show them (PyYAML, which the `metadata` CLI uses, skips it too).
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineCounter = new LineCounter();
  const { doc, errors } = parseForLint(text, lineCounter);
  if (errors.length > 0) return syntaxDiagnostics(text, lineCounter, errors).sort(byPosition);
  const model = buildModel(text, lineCounter, doc, options);
  const out: Diagnostic[] = [];
  for (const rule of ALL_RULES) out.push(...rule.check(model));
  if (model.mergeLimit) out.push(mergeLimitDiagnostic(model, model.mergeLimit));
  return out.sort(byPosition);
}

const TOP_LEVEL_WORKFLOW_CONFIG = /^\uFEFF?(["']?)workflowConfig\1[ \t]*:/m;

/** The first line with content: not blank, not a comment, not a directive or a bare `---`. */
const FIRST_CONTENT_LINE = /^(?:\uFEFF)?(?:[ \t]*(?:#.*)?\r?\n|%.*\r?\n|---[ \t]*(?:#.*)?\r?\n)*(.*)/;

/**
 * True when the text has a top-level `workflowConfig` key. A line-anchored regular expression, no parse, for the
 * usual block style. The text is parsed to be sure only when it mentions `workflowConfig` and its top-level node
 * is not a block mapping at column 1: flow style (`{workflowConfig: …}`, JSON) or a block mapping that is indented
 * as a whole. A `workflowConfig` nested deeper (e.g. in a Helm values file) does not count.
 */
export function isIngestionConfig(text: string): boolean {
  if (TOP_LEVEL_WORKFLOW_CONFIG.test(text)) return true;
  if (!text.includes('workflowConfig')) return false;
  const first = FIRST_CONTENT_LINE.exec(text)?.[1] ?? '';
  if (!/^(?:[ \t]|\{|---[ \t]+\{)/.test(first)) return false;
  try {
    const doc = parseDocument(text, LINT_PARSE_OPTIONS);
    return doc.errors.length === 0 && doc.has('workflowConfig');
  } catch {
    return false;
  }
}
