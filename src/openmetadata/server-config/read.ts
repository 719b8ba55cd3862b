/**
 * Finds the settings of the table (settings.ts) in a file, with positions, for the lint rules: an env file, a
 * compose file (`services.*.environment`, map or list form: one group per service), `openmetadata.yaml` or Helm
 * values. Values are reported as written; the rules decide what a `${VAR}` reference means.
 */
import { type Document, isMap, isScalar, isSeq, LineCounter, type Node, type YAMLMap } from 'yaml';
import { parseForLint, syntaxDiagnostics } from '../lint.js';
import type { Diagnostic, Span } from '../model.js';
import { type EnvAssignment, type EnvFile, parseEnvFile } from './env-file.js';
import { columnOf, type Setting, type SettingName, SETTINGS } from './settings.js';

export type ServerConfigKind = 'env' | 'compose' | 'openmetadata-yaml' | 'helm-values';

export interface ListItem {
  text: string;
  span: Span;
}

export type FoundValue =
  /** A string, number or boolean as text; `''` for an empty value. */
  | { type: 'scalar'; text: string; span: Span }
  | { type: 'list'; items: ListItem[]; span: Span }
  /** A mapping: its scalar entries as text (e.g. the chart's `{secretRef, secretKey}`). */
  | { type: 'map'; entries: Map<string, string>; span: Span };

export interface Found {
  setting: Setting;
  keySpan: Span;
  value: FoundValue;
}

/** The settings of one server: the file, or one compose service. */
export interface SettingsGroup {
  found: Map<SettingName, Found>;
  /** Where to report a missing setting when no related one is there. */
  anchor: Span;
  /** The compose service's name. */
  label?: string;
}

export interface ReadResult {
  kind: ServerConfigKind;
  text: string;
  lineCounter: LineCounter;
  groups: SettingsGroup[];
  /** YAML syntax errors; no groups then. */
  syntax: Diagnostic[];
  /** The parsed env file (env kind). */
  env?: EnvFile;
}

const BY_ENV = new Map(SETTINGS.filter(s => s.env).map(s => [s.env!, s]));

function envLineCounter(file: EnvFile): LineCounter {
  const lc = new LineCounter();
  if (file.lines.length === 0) lc.addNewLine(0);
  for (const line of file.lines) lc.addNewLine(line.start);
  return lc;
}

function envFound(a: EnvAssignment, setting: Setting, offset = 0): Found {
  return {
    setting,
    keySpan: { start: offset + a.keyStart, end: offset + a.keyStart + a.key.length },
    value: { type: 'scalar', text: a.value, span: { start: offset + a.valueStart, end: offset + a.valueEnd } }
  };
}

/** An env file: the last assignment of a key is the one Compose and sh use. */
function readEnv(text: string): ReadResult {
  const env = parseEnvFile(text);
  const found = new Map<SettingName, Found>();
  for (const line of env.lines) {
    const setting = line.type === 'assignment' ? BY_ENV.get(line.key) : undefined;
    if (setting && line.type === 'assignment') found.set(setting.name, envFound(line, setting));
  }
  // A missing setting is reported at the first setting of the file (not at line 1, often a comment).
  const first = [...found.values()].sort((a, b) => a.keySpan.start - b.keySpan.start)[0];
  const groups = first ? [{ found, anchor: first.keySpan }] : [];
  return { kind: 'env', text, lineCounter: envLineCounter(env), groups, syntax: [], env };
}

function spanOf(node: Node | null | undefined, fallback: Span): Span {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : fallback;
}

function pairOf(map: YAMLMap, key: string) {
  return map.items.find(p => isScalar(p.key) && p.key.value === key);
}

function valueOf(node: Node | null, fallback: Span): FoundValue {
  const span = spanOf(node, fallback);
  if (isSeq(node)) {
    const items = node.items.flatMap(item =>
      isScalar(item) ? [{ text: item.value == null ? '' : String(item.value), span: spanOf(item, span) }] : []
    );
    return { type: 'list', items, span };
  }
  if (isMap(node)) {
    const entries = new Map<string, string>();
    for (const p of node.items) {
      if (isScalar(p.key) && isScalar(p.value)) entries.set(String(p.key.value), String(p.value.value ?? ''));
    }
    return { type: 'map', entries, span };
  }
  const text = isScalar(node) && node.value != null ? String(node.value) : '';
  return { type: 'scalar', text, span };
}

/** The mapping at `path` from the root, or undefined. */
function mapAt(doc: Document, path: readonly string[]): { map: YAMLMap; keySpan?: Span } | undefined {
  let node: unknown = doc.contents;
  let keySpan: Span | undefined;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    const pair = pairOf(node, key);
    if (!pair) return undefined;
    keySpan = spanOf(pair.key as Node, { start: 0, end: 0 });
    node = pair.value;
  }
  return isMap(node) ? { map: node, keySpan } : undefined;
}

function yamlGroup(doc: Document, kind: 'openmetadata-yaml' | 'helm-values'): SettingsGroup | undefined {
  const found = new Map<SettingName, Found>();
  let anchor: Span | undefined;
  for (const setting of SETTINGS) {
    const path = columnOf(setting, kind);
    if (!path) continue;
    const parent = mapAt(doc, path.slice(0, -1));
    if (!parent) continue;
    anchor ??= parent.keySpan;
    const pair = pairOf(parent.map, path[path.length - 1]);
    if (!pair) continue;
    const keySpan = spanOf(pair.key as Node, { start: 0, end: 0 });
    found.set(setting.name, { setting, keySpan, value: valueOf((pair.value as Node) ?? null, keySpan) });
  }
  return anchor ? { found, anchor } : undefined;
}

/** `KEY=value` items of a compose `environment` list (`KEY` alone passes the shell's value through). */
function composeListItem(item: unknown): Found | undefined {
  if (!isScalar(item) || typeof item.value !== 'string' || !item.range) return undefined;
  const env = parseEnvFile(item.value);
  const line = env.lines[0];
  const setting = line?.type === 'assignment' && line.separator === '=' ? BY_ENV.get(line.key) : undefined;
  if (!setting || line.type !== 'assignment') return undefined;
  // Positions inside a quoted item are off by the opening quote.
  const offset = item.range[0] + (item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE' ? 1 : 0);
  const found = envFound(line, setting, offset);
  // The value of a list item is literal (no quote removal in the item itself).
  found.value = { type: 'scalar', text: item.value.slice(line.separatorStart + 1), span: found.value.span };
  return found;
}

function composeGroups(doc: Document): SettingsGroup[] {
  const services = mapAt(doc, ['services']);
  if (!services) return [];
  const groups: SettingsGroup[] = [];
  for (const svc of services.map.items) {
    if (!isScalar(svc.key) || !isMap(svc.value)) continue;
    const envPair = pairOf(svc.value, 'environment');
    const env = envPair?.value;
    const found = new Map<SettingName, Found>();
    if (isMap(env)) {
      for (const p of env.items) {
        const setting = isScalar(p.key) ? BY_ENV.get(String(p.key.value)) : undefined;
        if (!setting) continue;
        const keySpan = spanOf(p.key as Node, { start: 0, end: 0 });
        found.set(setting.name, { setting, keySpan, value: valueOf((p.value as Node) ?? null, keySpan) });
      }
    } else if (isSeq(env)) {
      for (const item of env.items) {
        const f = composeListItem(item);
        if (f) found.set(f.setting.name, f);
      }
    }
    if (found.size > 0) {
      const anchor = spanOf(svc.key as Node, { start: 0, end: 0 });
      groups.push({ found, anchor, label: String(svc.key.value) });
    }
  }
  return groups;
}

function readYaml(text: string, kind: Exclude<ServerConfigKind, 'env'>): ReadResult {
  const lineCounter = new LineCounter();
  const { doc, errors } = parseForLint(text, lineCounter);
  if (errors.length > 0) {
    return { kind, text, lineCounter, groups: [], syntax: syntaxDiagnostics(text, lineCounter, errors) };
  }
  const groups =
    kind === 'compose' ? composeGroups(doc) : [yamlGroup(doc, kind)].filter(g => g !== undefined);
  return { kind, text, lineCounter, groups, syntax: [] };
}

/** Reads the settings of the table from a file of the given kind. */
export function readServerSettings(text: string, kind: ServerConfigKind): ReadResult {
  // Columns on line 1 are counted without a byte-order mark, as editors show them.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return kind === 'env' ? readEnv(body) : readYaml(body, kind);
}

const ENV_KEY_LINE =
  /^\uFEFF?[ \t]*(?:export[ \t]+)?(?:AUTHENTICATION|OIDC|AUTHORIZER)_[A-Z0-9_]*[ \t]*[=:]/m;
/**
 * The settings in a YAML file: a map key, or a compose list item (`- KEY=value`, quoted or not), after a blank or
 * a `-`. One such character, not a run: an unanchored `[ \t-]+` retries the run from each of its characters, which
 * is quadratic on a file of blanks (200,000 blanks took 100 s); a run before it matches whenever its last character
 * does.
 */
const YAML_ENV_KEY = /[ \t-]["']?(?:AUTHENTICATION|OIDC|AUTHORIZER)_[A-Z0-9_]*[=:]/;
/** A YAML mapping key alone on its line (`services:`, `env:`), but not a setting's `KEY:` with an empty value. */
const YAML_PARENT_KEY = /^[ \t]*(?!(?:AUTHENTICATION|OIDC|AUTHORIZER)_)[A-Za-z_][\w.-]*[ \t]*:[ \t]*$/m;

/**
 * The kind of a server-settings file, recognised by content (DESIGN.md "Validate mode reads deployment files
 * too"), or undefined. Cheap: regular expressions first; a YAML parse only for YAML candidates.
 */
export function detectServerConfigKind(text: string): ServerConfigKind | undefined {
  if (/^\uFEFF?authenticationConfiguration[ \t]*:/m.test(text)) return 'openmetadata-yaml';
  const mentionsEnv = ENV_KEY_LINE.test(text) || YAML_ENV_KEY.test(text);
  if (/^\uFEFF?services[ \t]*:/m.test(text) && mentionsEnv) {
    const r = readYaml(text, 'compose');
    return r.groups.length > 0 ? 'compose' : undefined;
  }
  if (/^\uFEFF?openmetadata[ \t]*:/m.test(text) && /^[ \t]+authentication[ \t]*:/m.test(text)) {
    const r = readYaml(text, 'helm-values');
    return r.groups.some(g => g.found.size > 0) ? 'helm-values' : undefined;
  }
  if (ENV_KEY_LINE.test(text) && !YAML_PARENT_KEY.test(text)) return 'env';
  return undefined;
}
