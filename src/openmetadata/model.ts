/**
 * The parsed view of one ingestion file that every lint rule reads. It is built once per file, in a single walk of
 * the `yaml` document, so that rules never re-parse or scan the whole text again (issue 3: validating 1,000 files
 * must cost about as much as parsing them).
 */
import {
  type Alias,
  type Document,
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Pair,
  type Scalar,
  type YAMLMap
} from 'yaml';
import { CREDENTIAL_KEYS } from './schema.js';
import { type OmVersion, usesJwtOnly } from './versions.js';

export type Severity = 'error' | 'warning';

/** One finding. Positions are 1-based; `endColumn` is exclusive (the column just after the last character). */
export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  fix?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface LintOptions {
  version: OmVersion;
  /** Default true: a file without `source` gets a `source-missing` warning. False for snippets. */
  requireSource?: boolean;
  /**
   * Default false. True exempts `openMetadataServerConfig.securityConfig` from `literal-secret`: for the renderer's
   * own output with `inline-secrets`, where that credential is there on purpose (credentials elsewhere, e.g. a
   * template's source password, are still reported).
   */
  allowInlineSecurityConfig?: boolean;
}

/** A `key: value` entry of a mapping whose key is a plain string. */
export interface Entry {
  pair: Pair;
  key: Scalar;
  name: string;
  /** The value node; null for `key:` with nothing after it. */
  value: Node | null;
}

/** A mapping found at a known path, with its entries by key. */
export interface Section {
  entry: Entry;
  map: YAMLMap | null;
  entries: Map<string, Entry>;
}

export interface CredentialEntry {
  entry: Entry;
  /** True when the entry is `openMetadataServerConfig.securityConfig.<key>`. */
  inSecurityConfig: boolean;
}

export interface DollarScalar {
  node: Scalar;
  /** True when the scalar is the value of a credential key (its text must not be echoed). */
  credential: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export interface WorkflowModel {
  text: string;
  lineCounter: LineCounter;
  version: OmVersion;
  jwtOnly: boolean;
  options: Required<Omit<LintOptions, 'version'>>;
  /** The document's top-level node when it is a mapping. */
  root: YAMLMap | null;
  /** Offset where the top-level content starts (0 for an empty document). */
  rootStart: number;
  top: Map<string, Entry>;
  workflowConfig?: Section;
  serverConfig?: Section;
  securityConfig?: Section;
  sslConfig?: Section;
  /** Every `secretKey|jwtToken|clientSecret|password: …` entry in the document. */
  credentials: CredentialEntry[];
  /** Every string scalar whose source contains `${`. */
  dollarScalars: DollarScalar[];
  /** Set when `<<` merges were cut short at a limit: the sections may lack keys that merges bring in. */
  mergeLimit?: MergeLimitHit;
}

/** A `<<` merge key (YAML 1.1, which the `metadata` CLI's PyYAML reads). */
function isMergePair(pair: Pair): boolean {
  return isScalar(pair.key) && typeof pair.key.value === 'symbol';
}

/**
 * What resolving the `<<` merge keys of one ingestion file may cost. A merge of a merge of … is followed `depth`
 * levels deep; `entries` bounds the work in all (each merge source named and each key it brings in counts one), so
 * that fan-out (`<<: [*a, *a, …]` where `a` merges eight others, and so on) stays linear. Real files use a few.
 */
export const MERGE_LIMITS = { depth: 8, entries: 10_000 } as const;

/** Where and why merge resolution stopped at a limit of {@link MERGE_LIMITS}. */
export interface MergeLimitHit {
  limit: 'depth' | 'entries';
  /** The `<<` key whose merge was cut short. */
  span: Span;
}

/**
 * The alias → anchored node table of a document, built in one iterative walk in document order: an alias names the
 * last node with its anchor before it, as `Alias.resolve` finds it (which walks the whole document on each call).
 */
function aliasTargets(doc: Document): Map<Alias, Node> {
  const targets = new Map<Alias, Node>();
  const anchors = new Map<string, Node>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) targets.set(node, target);
      continue;
    }
    if (!isNode(node)) continue;
    if (node.anchor) anchors.set(node.anchor, node);
    if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i].value, node.items[i].key);
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    }
  }
  return targets;
}

/**
 * Entries of mappings with their `<<` merges, each mapping resolved once (memoised), aliases through one table
 * built on first use, and the whole work bounded by {@link MERGE_LIMITS}.
 */
class MergeResolver {
  private targets: Map<Alias, Node> | undefined;
  private readonly memo = new Map<YAMLMap, Map<string, Entry>>();
  private readonly resolving = new Set<YAMLMap>();
  private work = 0;
  /** The first limit hit, if any. */
  hit: MergeLimitHit | undefined;

  constructor(private readonly doc: Document) {}

  /** The mapping a node stands for, through an alias. */
  asMap(node: unknown): YAMLMap | null {
    let target = node;
    if (isAlias(node)) {
      this.targets ??= aliasTargets(this.doc);
      target = this.targets.get(node);
    }
    return isMap(target) ? target : null;
  }

  /** Counts `n` steps of work; false (and the limit recorded) once the budget is spent. */
  private charge(n: number, at: Pair): boolean {
    this.work += n;
    if (this.work <= MERGE_LIMITS.entries) return true;
    this.stop('entries', at);
    return false;
  }

  private stop(limit: MergeLimitHit['limit'], at: Pair): void {
    const r = (at.key as Node | null)?.range;
    this.hit ??= { limit, span: r ? { start: r[0], end: r[1] } : { start: 0, end: 0 } };
  }

  /** Entries by key; keys brought in by `<<: *anchor` merges are included (own keys win, as in YAML 1.1). */
  entries(map: YAMLMap, depth = 0): Map<string, Entry> {
    const cached = this.memo.get(map);
    if (cached) return cached;
    const out = new Map<string, Entry>();
    const merges: Pair[] = [];
    for (const pair of map.items) {
      const key = pair.key;
      if (isMergePair(pair)) {
        merges.push(pair);
        continue;
      }
      if (!isScalar(key)) continue;
      const name = key.value;
      if (typeof name !== 'string' || out.has(name)) continue;
      out.set(name, { pair, key, name, value: (pair.value as Node | null) ?? null });
    }
    if (merges.length > 0) {
      this.resolving.add(map);
      this.merge(out, merges, depth);
      this.resolving.delete(map);
    }
    this.memo.set(map, out);
    return out;
  }

  private merge(out: Map<string, Entry>, merges: readonly Pair[], depth: number): void {
    const seen = new Set<YAMLMap>();
    for (const pair of merges) {
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const node of sources) {
        if (!this.charge(1, pair)) return;
        const source = this.asMap(node);
        // A source merged before adds nothing (earlier merges win); one being resolved is a cycle.
        if (!source || seen.has(source) || this.resolving.has(source)) continue;
        seen.add(source);
        if (depth >= MERGE_LIMITS.depth) {
          this.stop('depth', pair);
          continue;
        }
        const inherited = this.entries(source, depth + 1);
        if (!this.charge(inherited.size, pair)) return;
        for (const [name, entry] of inherited) if (!out.has(name)) out.set(name, entry);
      }
    }
  }
}

function section(
  merges: MergeResolver,
  parent: Map<string, Entry> | undefined,
  name: string
): Section | undefined {
  const entry = parent?.get(name);
  if (!entry) return undefined;
  const map = merges.asMap(entry.value);
  return { entry, map, entries: map ? merges.entries(map) : new Map() };
}

/**
 * Collects credential entries and `${`-containing string scalars in one pass over the whole document
 * (sources' `password`s included), iteratively to stay safe on deep documents.
 */
function walk(
  root: Node | null,
  text: string,
  credentials: CredentialEntry[],
  dollars: DollarScalar[],
  sc?: YAMLMap
) {
  if (!root) return;
  const stack: Node[] = [root];
  // The decoded value is checked first (cheap, no allocation); the raw source decides, as the CLI expands raw text.
  const scalarHasDollar = (s: Scalar) =>
    typeof s.value === 'string' &&
    s.value.includes('${') &&
    s.range != null &&
    text.slice(s.range[0], s.range[1]).includes('${');
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key;
        const value = (pair.value as Node | null) ?? null;
        if (isScalar(key) && typeof key.value === 'string' && CREDENTIAL_KEYS.has(key.value)) {
          credentials.push({ entry: { pair, key, name: key.value, value }, inSecurityConfig: node === sc });
          if (isScalar(value) && scalarHasDollar(value)) dollars.push({ node: value, credential: true });
          continue;
        }
        if (isScalar(value)) {
          if (scalarHasDollar(value)) dollars.push({ node: value, credential: false });
        } else if (value) stack.push(value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (isScalar(item)) {
          if (scalarHasDollar(item)) dollars.push({ node: item, credential: false });
        } else if (item) stack.push(item as Node);
      }
    } else if (isScalar(node) && scalarHasDollar(node)) {
      dollars.push({ node, credential: false });
    }
  }
}

export function buildModel(
  text: string,
  lineCounter: LineCounter,
  doc: Document,
  options: LintOptions
): WorkflowModel {
  const contents = doc.contents as Node | null;
  const root = isMap(contents) ? contents : null;
  const merges = new MergeResolver(doc);
  const top = root ? merges.entries(root) : new Map<string, Entry>();
  const workflowConfig = section(merges, top, 'workflowConfig');
  const serverConfig = section(merges, workflowConfig?.entries, 'openMetadataServerConfig');
  const securityConfig = section(merges, serverConfig?.entries, 'securityConfig');
  const sslConfig = section(merges, serverConfig?.entries, 'sslConfig');
  const credentials: CredentialEntry[] = [];
  const dollarScalars: DollarScalar[] = [];
  walk(contents, text, credentials, dollarScalars, securityConfig?.map ?? undefined);
  return {
    text,
    lineCounter,
    version: options.version,
    jwtOnly: usesJwtOnly(options.version),
    options: {
      requireSource: options.requireSource ?? true,
      allowInlineSecurityConfig: options.allowInlineSecurityConfig ?? false
    },
    root,
    rootStart: contents?.range?.[0] ?? 0,
    top,
    workflowConfig,
    serverConfig,
    securityConfig,
    sslConfig,
    credentials,
    dollarScalars,
    mergeLimit: merges.hit
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Positions and diagnostics

/** The source span of a node (without trailing comments); undefined when the node has none. */
export function spanOf(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  if (!r) return undefined;
  return { start: r[0], end: r[1] };
}

/** Span of an entry's key. */
export function keySpan(entry: Entry): Span {
  return spanOf(entry.key) ?? { start: 0, end: 0 };
}

/** Span of an entry's value, or of its key when the value is empty (`key:` with nothing after it). */
export function valueSpan(entry: Entry): Span {
  const v = spanOf(entry.value);
  if (v && v.end > v.start) return v;
  return keySpan(entry);
}

export interface RuleMeta {
  id: string;
  severity: Severity;
}

/**
 * Positions of a diagnostic. With the source text, trailing line breaks and blanks are left out of the range: the
 * `yaml` range of a block scalar (`|`, `>-`) ends after its last line break, which would put the end on the next
 * line at column 1 rather than after the last character of the value.
 */
export function makeDiagnostic(
  m: Pick<WorkflowModel, 'lineCounter'> & { text?: string },
  rule: RuleMeta,
  span: Span,
  message: string,
  fix?: string,
  severity: Severity = rule.severity
): Diagnostic {
  let endOffset = Math.max(span.end, span.start);
  if (m.text !== undefined) {
    while (endOffset > span.start && /\s/.test(m.text[endOffset - 1] ?? '')) endOffset--;
  }
  const start = m.lineCounter.linePos(span.start);
  const end = m.lineCounter.linePos(endOffset);
  const d: Diagnostic = {
    ruleId: rule.id,
    severity,
    message,
    line: start.line,
    column: start.col,
    endLine: end.line,
    endColumn: end.col
  };
  if (fix !== undefined) d.fix = fix;
  return d;
}

/** The string value of an entry, or undefined when it is not a string scalar. */
export function stringValue(entry: Entry | undefined): string | undefined {
  if (!entry || !isScalar(entry.value)) return undefined;
  return typeof entry.value.value === 'string' ? entry.value.value : undefined;
}

/** A short, value-free description of a scalar's type for messages. */
export function describeValue(node: Node | null): string {
  if (node == null) return 'empty';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'empty';
    if (typeof v === 'boolean') return `the boolean ${String(v)}`;
    if (typeof v === 'number' || typeof v === 'bigint') return 'a number';
    if (typeof v === 'string') return v === '' ? 'an empty string' : 'a string';
  }
  return 'not a string';
}

// ---------------------------------------------------------------------------------------------------------------
// "Did you mean"

/** Levenshtein distance with an early exit above `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two typed rows, reused: this runs for every unknown key against every allowed key (hot on a hostile file).
  let prev = new Int32Array(b.length + 1).map((_, i) => i);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

const normaliseKey = (s: string) => s.toLowerCase().replace(/[-_\s]/g, '');

/** The candidates are schema keys (a few hundred at most): normalised once, not once per unknown key. */
const normalisedCandidates = new Map<string, string>();
function norm(candidate: string): string {
  let n = normalisedCandidates.get(candidate);
  if (n === undefined) normalisedCandidates.set(candidate, (n = normaliseKey(candidate)));
  return n;
}

/**
 * The closest candidate to `input` (case-insensitive, separators `-`/`_` ignored first), when it is close enough
 * to be a plausible typo: distance ≤ max(2, a third of the longer word).
 */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  const ni = normaliseKey(input);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === input) continue;
    const nc = norm(c);
    if (nc === ni) return c;
    const limit = Math.max(2, Math.floor(Math.max(nc.length, ni.length) / 3));
    const d = editDistance(ni, nc, limit);
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Formats "`a`, `b` or `c`". */
export function listOf(values: readonly string[]): string {
  const q = values.map(v => `\`${v}\``);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

/** Environment variable names the `metadata` CLI (os.path.expandvars) and shells can set. */
export const ENV_VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A value made only of `$VAR` / `${…}` references (an invalid `${…}` name is env-var-name's business). */
export const REFERENCE_ONLY = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\{[^}]*\})+$/;

// ---------------------------------------------------------------------------------------------------------------
// Text from the file in messages

/** How many characters of a key or value from the file a message quotes (a pull request may hold megabytes). */
export const MAX_QUOTED = 120;

/**
 * A key or value from the file as a message quotes it: at most {@link MAX_QUOTED} characters, cut with `…` (never
 * inside a surrogate pair). Every key or value a message or fix shows goes through here (or {@link urlForMessage}).
 */
export function quoted(text: string, max = MAX_QUOTED): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/**
 * A URL (or host) from a file as a message may show it: credentials never, so the user-info (`user:pw@`) becomes
 * `***@` and every query value (and the fragment) `***`; then {@link quoted}. Plain string work, linear, for text
 * that may not parse as a URL (`acme.auth0.com/x?token=…`, `{Domain}`).
 */
export function urlForMessage(text: string): string {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(text)?.[0] ?? '';
  const rest = text.slice(scheme.length);
  const hostEnd = endOfAuthority(rest);
  const authority = rest.slice(0, hostEnd);
  const at = authority.lastIndexOf('@');
  let out = scheme + (at >= 0 ? `***@${authority.slice(at + 1)}` : authority);
  const tail = rest.slice(hostEnd);
  const q = tail.indexOf('?');
  const h = tail.indexOf('#');
  const pathEnd = Math.min(q < 0 ? tail.length : q, h < 0 ? tail.length : h);
  out += tail.slice(0, pathEnd);
  if (q >= 0 && (h < 0 || q < h)) {
    const query = tail.slice(q + 1, h < 0 ? tail.length : h);
    const masked = query.split('&').map(part => {
      const eq = part.indexOf('=');
      return eq < 0 ? (part === '' ? '' : '***') : `${part.slice(0, eq)}=***`;
    });
    out += `?${masked.join('&')}`;
  }
  if (h >= 0) out += '#***';
  return quoted(out);
}

/** Index of the first `/`, `?` or `#` (the end of a URL's authority), or the length. */
function endOfAuthority(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23) return i;
  }
  return s.length;
}

/** Trailing `ch` characters removed, in linear time (a `/+$/` pattern backtracks quadratically). */
export function trimEndChar(text: string, ch: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === ch) end--;
  return text.slice(0, end);
}
