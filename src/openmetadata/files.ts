/**
 * Finds the files `mode: validate` looks at (`validate-paths`). Globs are matched with picomatch against paths
 * relative to the workspace (forward slashes, dot files included); `node_modules` and `.git` directories are never
 * walked. A pattern without glob characters that names an existing file is "explicit": it is linted even without a
 * top-level `workflowConfig`. A pattern starting with `!` excludes what it matches from the glob results.
 *
 * The workspace is the boundary (a pull request can add symlinks): a file or directory whose real path is outside
 * it, through a symlink or named by an absolute or `../` path, is not read; it is listed in `outside`, as given.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import * as path from 'node:path';
import picomatch from 'picomatch';
import { trimEndChar } from './model.js';

export interface ConfigFile {
  /** Relative to the workspace, forward slashes. */
  path: string;
  /** Named by a pattern without glob characters. */
  explicit: boolean;
}

const NEVER_WALKED = new Set(['node_modules', '.git']);

/**
 * Files one run walks at most (every file under the globs' static prefixes, of any kind). Far above a large
 * repository's count; a checkout beyond it stops the walk, and the run says so, rather than running on.
 */
export const MAX_WALKED_FILES = 200_000;

function toPosix(p: string): string {
  return p.split(path.sep).join('/').replace(/\\/g, '/');
}

/** Normalises a pattern to be relative to the workspace: `./a` → `a`, absolute paths inside the workspace too. */
function normalise(workspace: string, pattern: string): string {
  let p = pattern.trim();
  // Backslashes are separators on Windows and in plain paths; in a glob elsewhere they escape.
  if (path.sep === '\\' || !picomatch.scan(p).isGlob) p = p.replace(/\\/g, '/');
  if (path.isAbsolute(p)) p = toPosix(path.relative(workspace, p)) || '.';
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isDirectory();
  } catch {
    return false;
  }
}

/** True when the real path of `abs` (symlinks resolved) is inside the real workspace; false when it is missing. */
async function isInside(realWorkspace: string, abs: string): Promise<boolean> {
  try {
    return isWithin(realWorkspace, await realpath(abs));
  } catch {
    return false;
  }
}

/** The real path of `abs` relative to the real workspace, with forward slashes. */
async function realRelative(realWorkspace: string, abs: string): Promise<string> {
  return toPosix(path.relative(realWorkspace, await realpath(abs).catch(() => abs)));
}

/** True when path `p` is `root` or below it (by the paths alone; no link is followed). */
export function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** Where the walk puts what it finds: files inside the workspace, and the symlinks that lead out of it. */
interface WalkResult {
  realWorkspace: string;
  files: Set<string>;
  outside: Set<string>;
  /** The walk's bound (MAX_WALKED_FILES); reached, the files beyond it are not looked at. */
  limit: number;
  stopped: boolean;
}

/** Relative paths of the files under `dir` (itself relative), skipping node_modules/.git and symlinked dirs. */
async function walk(workspace: string, dir: string, out: WalkResult): Promise<void> {
  const abs = path.join(workspace, dir);
  let entries;
  try {
    entries = await readdir(abs, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.files.size >= out.limit) return void (out.stopped = true);
    const rel = dir === '' ? e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (!NEVER_WALKED.has(e.name)) await walk(workspace, rel, out);
    } else if (e.isFile()) {
      out.files.add(rel);
    } else if (e.isSymbolicLink()) {
      // Follow links to files, not to directories (no cycles); a dangling link is not a file. A link out of the
      // workspace is named, so that a file or folder that is not linted does not go unnoticed.
      const abs = path.join(workspace, rel);
      const inside = await isInside(out.realWorkspace, abs);
      // A link into a folder that is never walked (.git holds checkout's token in its config) is not read.
      if (inside && inIgnoredDir(await realRelative(out.realWorkspace, abs))) continue;
      if ((await isFile(abs)) && inside) out.files.add(rel);
      else if (!inside && ((await isFile(abs)) || (await isDirectory(abs)))) out.outside.add(rel);
    }
  }
}

/** True when a relative path goes through a directory that is never walked. */
function inIgnoredDir(rel: string): boolean {
  return rel.split('/').some((seg, i, all) => i < all.length - 1 && NEVER_WALKED.has(seg));
}

/** What one `validate-paths` pattern matched, for the step log (how many files each glob matched). */
export interface PatternMatch {
  /** As the user wrote it. */
  pattern: string;
  /** A `!pattern`: `paths` are the files it took out of the others' matches. */
  exclude: boolean;
  /** Relative to the workspace, forward slashes, sorted. */
  paths: string[];
}

export async function findConfigFiles(workspace: string, patterns: string[]): Promise<ConfigFile[]> {
  return (await findConfigFilesByPattern(workspace, patterns)).files;
}

/** The files the patterns select (as `findConfigFiles`), and what each pattern matched. */
export async function findConfigFilesByPattern(
  workspace: string,
  patterns: string[],
  maxWalkedFiles = MAX_WALKED_FILES
): Promise<{ files: ConfigFile[]; patterns: PatternMatch[]; outside: string[]; walkStopped: boolean }> {
  const realWorkspace = await realpath(workspace).catch(() => path.resolve(workspace));
  const walked: WalkResult = {
    realWorkspace,
    files: new Set(),
    outside: new Set(),
    limit: maxWalkedFiles,
    stopped: false
  };
  const found = new Map<string, boolean>();
  const includes: Array<{ glob: string; match: PatternMatch }> = [];
  const excludes: Array<{ glob: string; match: PatternMatch }> = [];
  const matches: PatternMatch[] = [];
  for (const raw of patterns) {
    if (raw.trim() === '') continue;
    const negated = raw.trim().startsWith('!');
    const p = normalise(workspace, negated ? raw.trim().slice(1) : raw);
    const match: PatternMatch = { pattern: raw.trim(), exclude: negated, paths: [] };
    matches.push(match);
    if (p === '') continue;
    if (negated) {
      excludes.push({ glob: p, match });
      continue;
    }
    const scan = picomatch.scan(p);
    if (!scan.isGlob) {
      const abs = path.resolve(workspace, p);
      const named = await stat(abs).catch(() => undefined);
      if (named && !(await isInside(realWorkspace, abs))) {
        walked.outside.add(match.pattern);
        continue;
      }
      // A directory stands for the YAML and env files under it (the kinds validate recognises).
      if (named?.isDirectory()) includes.push({ glob: `${trimEndChar(p, '/')}/**/*.{yaml,yml,env}`, match });
      else if (named) {
        // A file, or something named as one (a pipe, a device): reading it says which (never blocks).
        const rel = toPosix(path.relative(workspace, abs));
        found.set(rel, true);
        match.paths.push(rel);
      }
      continue;
    }
    includes.push({ glob: p, match });
  }

  if (includes.length > 0) {
    const baseOf = (glob: string) => trimEndChar(picomatch.scan(glob).base, '/');
    const included = includes.map(i => ({ test: picomatch(i.glob, { dot: true }), match: i.match }));
    const excluded = excludes.map(e => ({ test: picomatch(e.glob, { dot: true }), match: e.match }));
    // A file is tested only against the globs whose static prefix is one of its folders (`configs/*.yaml`
    // never tests `docs/a.yaml`): a long list of globs costs about one test per file and glob that can match.
    const byBase = new Map<string, typeof included>();
    includes.forEach((inc, n) => {
      const base = baseOf(inc.glob);
      byBase.set(base, [...(byBase.get(base) ?? []), included[n]]);
    });
    const globsFor = (rel: string) => {
      const out = [...(byBase.get('') ?? [])];
      for (let i = rel.indexOf('/'); i !== -1; i = rel.indexOf('/', i + 1))
        out.push(...(byBase.get(rel.slice(0, i)) ?? []));
      return out;
    };
    // Walk only from the static prefixes of the patterns (`configs/**/*.yaml` walks configs/).
    const bases = [...byBase.keys()].sort();
    const roots = bases.filter(b => !bases.some(o => o !== b && (o === '' || b.startsWith(`${o}/`))));
    for (const base of roots) {
      const abs = path.join(workspace, base);
      if (base !== '' && (inIgnoredDir(`${base}/x`) || !(await isDirectory(abs)))) continue;
      if (!(await isInside(realWorkspace, abs))) {
        // Named as the user wrote the patterns that walk from there.
        for (const i of includes)
          if (i.glob === base || i.glob.startsWith(`${base}/`)) walked.outside.add(i.match.pattern);
        continue;
      }
      await walk(workspace, base, walked);
    }
    for (const rel of [...walked.files].sort()) {
      const by = globsFor(rel).filter(i => i.test(rel));
      if (by.length === 0) continue;
      const out = excluded.filter(e => e.test(rel));
      if (out.length > 0) {
        for (const e of out) e.match.paths.push(rel);
        continue;
      }
      for (const i of by) i.match.paths.push(rel);
      if (!found.has(rel)) found.set(rel, false);
    }
  }

  for (const m of matches) m.paths = [...new Set(m.paths)].sort(byPath);
  const files = [...found.entries()]
    .map(([p, explicit]) => ({ path: p, explicit }))
    .sort((a, b) => byPath(a.path, b.path));
  return {
    files,
    patterns: matches,
    outside: [...walked.outside].sort(byPath),
    walkStopped: walked.stopped
  };
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
