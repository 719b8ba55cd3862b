/**
 * Writing the table's settings into a `yaml` Document (openmetadata.yaml, Helm values): existing nodes are
 * reused where they can be, so that a template keeps its comments, quoting, flow or block style and key order;
 * missing keys are appended to their mapping.
 */
import { type Document, isMap, isScalar, isSeq, type Node, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { RenderError } from '../render.js';

/** The mapping at `path`, created where missing; a non-mapping value on the way is refused, never overwritten. */
export function ensureMapAt(doc: Document, path: readonly string[], templateName: string): YAMLMap {
  let map = doc.contents as YAMLMap;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const existing = map.get(key, true) as Node | null | undefined;
    if (isMap(existing)) {
      map = existing;
      continue;
    }
    if (existing != null && !(isScalar(existing) && existing.value == null)) {
      throw new RenderError(
        `${templateName}: \`${path.slice(0, i + 1).join('.')}\` must be a mapping to hold the login settings, and ` +
          'it is not; fix or remove it.',
        'server-config-template'
      );
    }
    const fresh = doc.createNode({}) as YAMLMap;
    map.set(key, fresh);
    map = fresh;
  }
  return map;
}

/** The mapping at `path` when it exists, without creating anything. */
export function findMapAt(doc: Document, path: readonly string[]): YAMLMap | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isMap(node)) return undefined;
    node = node.get(key, true);
  }
  return isMap(node) ? node : undefined;
}

/** Sets `map[key]` to a scalar, reusing an existing scalar so that its comments survive. */
export function setScalar(
  doc: Document,
  map: YAMLMap,
  key: string,
  value: string | boolean,
  plain = false
): void {
  const existing = map.get(key, true);
  if (isScalar(existing)) {
    existing.value = value;
    // A block scalar (`|`, `>`) cannot hold a one-line value; a placeholder must stay plain to be found again.
    if (
      plain ||
      typeof value === 'boolean' ||
      existing.type === Scalar.BLOCK_FOLDED ||
      existing.type === Scalar.BLOCK_LITERAL
    ) {
      existing.type = Scalar.PLAIN;
    }
    return;
  }
  const node = doc.createNode(value) as Scalar;
  if (plain) node.type = Scalar.PLAIN;
  keepComments(existing, node);
  map.set(key, node);
}

/** Sets `map[key]` to a list of strings: an existing list keeps its style and comments. */
export function setList(doc: Document, map: YAMLMap, key: string, items: readonly string[]): void {
  const existing = map.get(key, true);
  if (isSeq(existing)) {
    (existing as YAMLSeq).items = items.map(i => doc.createNode(i));
    return;
  }
  const node = doc.createNode([...items]) as YAMLSeq;
  keepComments(existing, node);
  map.set(key, node);
}

/** Sets `map[key]` to `{secretRef, secretKey}` (the chart's reference to a key of a Kubernetes Secret). */
export function setSecretRef(
  doc: Document,
  map: YAMLMap,
  key: string,
  secretRef: string,
  secretKey: string
): void {
  const existing = map.get(key, true);
  if (isMap(existing)) {
    setScalar(doc, existing, 'secretRef', secretRef);
    setScalar(doc, existing, 'secretKey', secretKey);
    return;
  }
  const node = doc.createNode({ secretRef, secretKey }) as YAMLMap;
  keepComments(existing, node);
  map.set(key, node);
}

function keepComments(old: unknown, node: Node): void {
  if (!old || typeof old !== 'object') return;
  const o = old as { comment?: string | null; commentBefore?: string | null };
  if (o.comment) node.comment = o.comment;
  if (o.commentBefore) node.commentBefore = o.commentBefore;
}

/**
 * Moves a key just added to an existing mapping before the first of `laterKeys` the mapping has, so that it lands
 * where the table puts it (e.g. the chart's `enabled` at the top of `oidcConfiguration`) rather than at the end.
 */
export function placeBefore(map: YAMLMap, key: string, laterKeys: readonly string[]): void {
  const keyOf = (i: number) => {
    const k = map.items[i].key;
    return isScalar(k) ? k.value : k;
  };
  const from = map.items.findIndex((_, i) => keyOf(i) === key);
  const to = map.items.findIndex((_, i) => laterKeys.includes(String(keyOf(i))));
  if (from < 0 || to < 0 || to > from) return;
  const [pair] = map.items.splice(from, 1);
  map.items.splice(to, 0, pair);
}
