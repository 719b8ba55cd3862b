export const id = 211;
export const ids = [211];
export const modules = {

/***/ 3211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VALIDATE_LIMITS: () => (/* binding */ VALIDATE_LIMITS),
  runValidate: () => (/* binding */ runValidate)
});

// EXTERNAL MODULE: ./src/runner.ts
var runner = __webpack_require__(74813);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/read-file.ts
var read_file = __webpack_require__(89834);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/openmetadata/model.ts
var model = __webpack_require__(94324);
;// CONCATENATED MODULE: ./src/openmetadata/files.ts
/**
 * Finds the files `mode: validate` looks at (`validate-paths`). Globs are matched with picomatch against paths
 * relative to the workspace (forward slashes, dot files included); `node_modules` and `.git` directories are never
 * walked. A pattern without glob characters that names an existing file is "explicit": it is linted even without a
 * top-level `workflowConfig`. A pattern starting with `!` excludes what it matches from the glob results.
 *
 * The workspace is the boundary (a pull request can add symlinks): a file or directory whose real path is outside
 * it, through a symlink or named by an absolute or `../` path, is not read; it is listed in `outside`, as given.
 */




const NEVER_WALKED = new Set(['node_modules', '.git']);
/**
 * Files one run walks at most (every file under the globs' static prefixes, of any kind). Far above a large
 * repository's count; a checkout beyond it stops the walk, and the run says so, rather than running on.
 */
const MAX_WALKED_FILES = 200_000;
function toPosix(p) {
    return p.split(external_node_path_.sep).join('/').replace(/\\/g, '/');
}
/** Normalises a pattern to be relative to the workspace: `./a` → `a`, absolute paths inside the workspace too. */
function normalise(workspace, pattern) {
    let p = pattern.trim();
    // Backslashes are separators on Windows and in plain paths; in a glob elsewhere they escape.
    if (external_node_path_.sep === '\\' || !picomatch_default().scan(p).isGlob)
        p = p.replace(/\\/g, '/');
    if (external_node_path_.isAbsolute(p))
        p = toPosix(external_node_path_.relative(workspace, p)) || '.';
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
async function isFile(p) {
    try {
        return (await (0,promises_.stat)(p)).isFile();
    }
    catch {
        return false;
    }
}
async function isDirectory(p) {
    try {
        return (await (0,promises_.stat)(p)).isDirectory();
    }
    catch {
        return false;
    }
}
/** True when the real path of `abs` (symlinks resolved) is inside the real workspace; false when it is missing. */
async function isInside(realWorkspace, abs) {
    try {
        const rel = external_node_path_.relative(realWorkspace, await (0,promises_.realpath)(abs));
        return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !external_node_path_.isAbsolute(rel));
    }
    catch {
        return false;
    }
}
/** Relative paths of the files under `dir` (itself relative), skipping node_modules/.git and symlinked dirs. */
async function walk(workspace, dir, out) {
    const abs = external_node_path_.join(workspace, dir);
    let entries;
    try {
        entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const e of entries) {
        if (out.files.size >= out.limit)
            return void (out.stopped = true);
        const rel = dir === '' ? e.name : `${dir}/${e.name}`;
        if (e.isDirectory()) {
            if (!NEVER_WALKED.has(e.name))
                await walk(workspace, rel, out);
        }
        else if (e.isFile()) {
            out.files.add(rel);
        }
        else if (e.isSymbolicLink()) {
            // Follow links to files, not to directories (no cycles); a dangling link is not a file. A link out of the
            // workspace is named, so that a file or folder that is not linted does not go unnoticed.
            const abs = external_node_path_.join(workspace, rel);
            const inside = await isInside(out.realWorkspace, abs);
            if ((await isFile(abs)) && inside)
                out.files.add(rel);
            else if (!inside && ((await isFile(abs)) || (await isDirectory(abs))))
                out.outside.add(rel);
        }
    }
}
/** True when a relative path goes through a directory that is never walked. */
function inIgnoredDir(rel) {
    return rel.split('/').some((seg, i, all) => i < all.length - 1 && NEVER_WALKED.has(seg));
}
async function findConfigFiles(workspace, patterns) {
    return (await findConfigFilesByPattern(workspace, patterns)).files;
}
/** The files the patterns select (as `findConfigFiles`), and what each pattern matched. */
async function findConfigFilesByPattern(workspace, patterns, maxWalkedFiles = MAX_WALKED_FILES) {
    const realWorkspace = await (0,promises_.realpath)(workspace).catch(() => external_node_path_.resolve(workspace));
    const walked = {
        realWorkspace,
        files: new Set(),
        outside: new Set(),
        limit: maxWalkedFiles,
        stopped: false
    };
    const found = new Map();
    const includes = [];
    const excludes = [];
    const matches = [];
    for (const raw of patterns) {
        if (raw.trim() === '')
            continue;
        const negated = raw.trim().startsWith('!');
        const p = normalise(workspace, negated ? raw.trim().slice(1) : raw);
        const match = { pattern: raw.trim(), exclude: negated, paths: [] };
        matches.push(match);
        if (p === '')
            continue;
        if (negated) {
            excludes.push({ glob: p, match });
            continue;
        }
        const scan = picomatch_default().scan(p);
        if (!scan.isGlob) {
            const abs = external_node_path_.resolve(workspace, p);
            const named = await (0,promises_.stat)(abs).catch(() => undefined);
            if (named && !(await isInside(realWorkspace, abs))) {
                walked.outside.add(match.pattern);
                continue;
            }
            // A directory stands for the YAML and env files under it (the kinds validate recognises).
            if (named?.isDirectory())
                includes.push({ glob: `${(0,model/* trimEndChar */.WP)(p, '/')}/**/*.{yaml,yml,env}`, match });
            else if (named) {
                // A file, or something named as one (a pipe, a device): reading it says which (never blocks).
                const rel = toPosix(external_node_path_.relative(workspace, abs));
                found.set(rel, true);
                match.paths.push(rel);
            }
            continue;
        }
        includes.push({ glob: p, match });
    }
    if (includes.length > 0) {
        const baseOf = (glob) => (0,model/* trimEndChar */.WP)(picomatch_default().scan(glob).base, '/');
        const included = includes.map(i => ({ test: picomatch_default()(i.glob, { dot: true }), match: i.match }));
        const excluded = excludes.map(e => ({ test: picomatch_default()(e.glob, { dot: true }), match: e.match }));
        // A file is tested only against the globs whose static prefix is one of its folders (`configs/*.yaml`
        // never tests `docs/a.yaml`): a long list of globs costs about one test per file and glob that can match.
        const byBase = new Map();
        includes.forEach((inc, n) => {
            const base = baseOf(inc.glob);
            byBase.set(base, [...(byBase.get(base) ?? []), included[n]]);
        });
        const globsFor = (rel) => {
            const out = [...(byBase.get('') ?? [])];
            for (let i = rel.indexOf('/'); i !== -1; i = rel.indexOf('/', i + 1))
                out.push(...(byBase.get(rel.slice(0, i)) ?? []));
            return out;
        };
        // Walk only from the static prefixes of the patterns (`configs/**/*.yaml` walks configs/).
        const bases = [...byBase.keys()].sort();
        const roots = bases.filter(b => !bases.some(o => o !== b && (o === '' || b.startsWith(`${o}/`))));
        for (const base of roots) {
            const abs = external_node_path_.join(workspace, base);
            if (base !== '' && (inIgnoredDir(`${base}/x`) || !(await isDirectory(abs))))
                continue;
            if (!(await isInside(realWorkspace, abs))) {
                // Named as the user wrote the patterns that walk from there.
                for (const i of includes)
                    if (i.glob === base || i.glob.startsWith(`${base}/`))
                        walked.outside.add(i.match.pattern);
                continue;
            }
            await walk(workspace, base, walked);
        }
        for (const rel of [...walked.files].sort()) {
            const by = globsFor(rel).filter(i => i.test(rel));
            if (by.length === 0)
                continue;
            const out = excluded.filter(e => e.test(rel));
            if (out.length > 0) {
                for (const e of out)
                    e.match.paths.push(rel);
                continue;
            }
            for (const i of by)
                i.match.paths.push(rel);
            if (!found.has(rel))
                found.set(rel, false);
        }
    }
    for (const m of matches)
        m.paths = [...new Set(m.paths)].sort(byPath);
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
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./src/openmetadata/lint.ts + 1 modules
var lint = __webpack_require__(85342);
// EXTERNAL MODULE: ./src/openmetadata/server-config/index.ts + 7 modules
var server_config = __webpack_require__(10978);
;// CONCATENATED MODULE: ./src/openmetadata/validate-file.ts


/** `.env`, `server.env`, `.env.local`: env files by name, which are never linted as YAML. */
const ENV_FILE_NAME = /(?:^|\/)(?:[^/]*\.env|\.env(?:\.[^/]*)?)$/;
/**
 * The deployment format of a text, or undefined. The content decides, not the name. An env file counts only when
 * it assigns one of the server's settings (an app's `OIDC_ISSUER=…` alone is somebody else's); an
 * `openmetadata.yaml` counts by its top-level key even when it does not parse (its syntax errors are reported).
 */
function deploymentFormat(text) {
    // A NUL byte: a binary file, whatever its name (no env file or YAML has one).
    if (text.includes('\0'))
        return undefined;
    const format = (0,server_config/* detectServerConfigKind */.Vu)(text);
    if (format !== 'env')
        return format;
    return (0,server_config/* readServerSettings */.jA)(text, 'env').groups.length > 0 ? 'env' : undefined;
}
/**
 * What a file is for validate: ingestion first (a workflow never holds the server's settings), then the
 * deployment formats. A file named explicitly is linted as an ingestion file even without `workflowConfig` (the
 * user said it is one), unless its name says it is an env file.
 */
function recogniseFile(file) {
    if ((0,lint/* isIngestionConfig */.lV)(file.text))
        return { kind: 'ingestion' };
    const format = deploymentFormat(file.text);
    if (format)
        return { kind: 'deployment', format };
    if (file.explicit && !ENV_FILE_NAME.test(file.path))
        return { kind: 'ingestion' };
    return undefined;
}
/** The diagnostics of one file, or undefined when validate does not lint it (see recogniseFile). */
function validateFile(file, options) {
    const recognised = recogniseFile(file);
    if (!recognised)
        return undefined;
    if (recognised.kind === 'ingestion') {
        return {
            file: file.path,
            kind: 'ingestion',
            diagnostics: (0,lint/* lintWorkflowText */.co)(file.text, { version: options.version })
        };
    }
    const diagnostics = (0,server_config/* lintServerSettings */.ss)(file.text, recognised.format, {
        auth0Domain: options.auth0Domain,
        openmetadataUrl: options.openmetadataUrl
    });
    return { file: file.path, kind: 'deployment', format: recognised.format, diagnostics };
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
// EXTERNAL MODULE: ./src/report/summary.ts
var summary = __webpack_require__(57994);
;// CONCATENATED MODULE: ./src/validate.ts
/**
 * Mode validate: offline lint of the repository's ingestion YAML files and of the deployment files that hold the
 * server's login settings (env, compose, openmetadata.yaml, Helm values). No network, no secrets, so it runs on
 * pull requests from forks. Every diagnostic becomes an annotation and a summary row.
 */








/**
 * What one run may cost, so that a pull request cannot stall the step (a killed step writes no summary): files
 * over `fileBytes` are named, not read; beyond `files` files or `totalBytes` in all, the rest are not read. The
 * README's "Validation rules" states them.
 */
const VALIDATE_LIMITS = {
    fileBytes: 1024 * 1024,
    files: 5000,
    totalBytes: 50 * 1024 * 1024,
    /** Annotations per run; the summary lists every diagnostic (as far as its own size limit allows). */
    annotations: 200
};
const MB = 1024 * 1024;
const megabytes = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
async function runValidate(config, report) {
    const { files: candidates, patterns, outside, walkStopped } = await findConfigFilesByPattern(config.workspace, config.validatePaths);
    warnOutside(outside, report);
    if (walkStopped) {
        const text = `validate-paths: the search stopped after ${MAX_WALKED_FILES.toLocaleString('en-US')} files (of any kind) under the globs' folders; files beyond them were not looked at. Point validate-paths at the folders that hold configs (e.g. ingestion/**/*.yaml).`;
        runner/* warning */.$e(text);
        report.notes.push(text);
    }
    const { toLint, tooLarge, notRead } = await applyLimits(config.workspace, candidates);
    const files = [...(await lintCandidates(config, toLint)), ...tooLarge.map(tooLargeDiagnostics)];
    files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    report.files = files;
    logMatches(patterns, files);
    logUnlintedExplicit(toLint, files);
    annotate(files);
    report.checks.push(files.length === 0 ? noFilesCheck(config, candidates.length) : resultCheck(config, files));
    if (notRead > 0)
        report.checks.push(limitsCheck(candidates.length, notRead));
    if (config.commentOnPr) {
        // A PR comment holds at most 65,536 characters: the comment gets a smaller budget than the job summary.
        // Octokit is loaded only for the comment: a plain validate run never pays for it.
        const { githubContextFromEnv, upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 97611));
        const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutMs);
        if (ctx?.prNumber)
            report.checks.push(await upsertPrComment(ctx, (0,summary/* renderSummaryMarkdown */.i$)(report, COMMENT_BYTES)));
        else
            report.notes.push('comment-on-pr: not a pull request run; no comment was written.');
    }
}
const COMMENT_BYTES = 60_000;
/** A path that leads out of the workspace is named (as given, never its content) and not read. */
function warnOutside(outside, report) {
    for (const given of outside) {
        const text = `validate-paths: \`${(0,markdown/* stripControlCharacters */.OH)(given)}\` is outside the workspace (GITHUB_WORKSPACE), directly or through a symlink; not read.`;
        runner/* warning */.$e(text);
        report.notes.push(text);
    }
}
/** Splits the candidates (sorted) by VALIDATE_LIMITS, by their size on disk: nothing is read yet. */
async function applyLimits(workspace, candidates) {
    const first = candidates.slice(0, VALIDATE_LIMITS.files);
    // A file that cannot even be looked at (no permission, gone meanwhile) is read below and named there.
    const sizes = await Promise.all(first.map(async (c) => (await (0,promises_.stat)(external_node_path_.join(workspace, c.path)).catch(() => undefined))?.size ?? 0));
    const out = { toLint: [], tooLarge: [], notRead: candidates.length - first.length };
    let total = 0;
    first.forEach((file, i) => {
        if (sizes[i] > VALIDATE_LIMITS.fileBytes)
            out.tooLarge.push({ file, bytes: sizes[i] });
        else if (total + sizes[i] > VALIDATE_LIMITS.totalBytes)
            out.notRead++;
        else {
            total += sizes[i];
            out.toLint.push(file);
        }
    });
    return out;
}
/** One warning on a file that was not looked at (not a silent pass), and why. */
function notLinted(file, ruleId, message, fix) {
    const diagnostic = {
        ruleId,
        severity: 'warning',
        message,
        fix,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1
    };
    return { file, diagnostics: [diagnostic] };
}
function tooLargeDiagnostics({ file, bytes }) {
    return notLinted(file.path, 'file-too-large', `Too large to lint: ${megabytes(bytes)}, limit ${megabytes(VALIDATE_LIMITS.fileBytes)}.`, 'Split the file: an ingestion workflow or a deployment file is a few kilobytes; or exclude it with a `!pattern` in validate-paths.');
}
/** The files matched beyond what one run reads: a warning that says how many were left out and why. */
function limitsCheck(matched, notRead) {
    const { files, totalBytes } = VALIDATE_LIMITS;
    return {
        id: 'validate.limits',
        status: 'warn',
        title: 'Files to validate',
        detail: `${plural(matched, 'file')} matched, ${notRead} of them not linted: a run reads at most ${files} files and ${megabytes(totalBytes)} in all (the first in path order are linted).`,
        fix: 'Narrow validate-paths to the folders that hold ingestion and deployment files, or split the check over several steps.'
    };
}
/** The linted files, in the sorted order of the candidates; files that are neither kind are left out. */
async function lintCandidates(config, candidates) {
    // Read in parallel (I/O), lint one after the other (CPU).
    const reads = await Promise.all(candidates.map(c => (0,read_file/* readRegularFile */.X)(external_node_path_.join(config.workspace, c.path), VALIDATE_LIMITS.fileBytes)));
    const options = {
        version: config.openmetadataVersion,
        // Without the tenant inputs the deployment rules compare only what each file says.
        auth0Domain: config.auth0Domain || undefined,
        openmetadataUrl: config.openmetadataUrl
    };
    return candidates.flatMap((c, i) => {
        const read = reads[i];
        if ('problem' in read)
            return notLinted(c.path, 'file-unreadable', `Not linted: the file ${read.problem}.`, 'Make the file readable by the runner, or exclude it with a `!pattern` in validate-paths.');
        return validateFile({ ...c, text: read.text }, options) ?? [];
    });
}
/**
 * One annotation per diagnostic, errors first, up to VALIDATE_LIMITS.annotations (GitHub shows 10 per level per
 * step, and thousands of workflow commands flood the log; the summary has them all). Control characters of a
 * file name (an ANSI escape) are taken out.
 */
function annotate(files) {
    const all = files.flatMap(f => f.diagnostics.map(d => ({ file: f.file, d })));
    const bySeverity = [
        ...all.filter(a => a.d.severity === 'error'),
        ...all.filter(a => a.d.severity !== 'error')
    ];
    const shown = bySeverity.slice(0, VALIDATE_LIMITS.annotations);
    for (const { file, d } of shown) {
        const props = {
            title: d.ruleId,
            file: (0,markdown/* stripControlCharacters */.OH)(file),
            startLine: d.line,
            startColumn: d.column,
            endLine: d.endLine,
            endColumn: d.endColumn
        };
        // GitHub drops columns on multi-line ranges: keep them only for one-line annotations.
        if (d.endLine !== d.line) {
            delete props.startColumn;
            delete props.endColumn;
        }
        // Cut: a message may quote a huge key or value of the file (the summary's table cuts it too).
        const text = shorten((0,markdown/* stripControlCharacters */.OH)(d.fix ? `${d.message} Fix: ${d.fix}` : d.message), 2000);
        if (d.severity === 'error')
            runner/* error */.z3(text, props);
        else
            runner/* warning */.$e(text, props);
    }
    const left = all.length - shown.length;
    if (left > 0)
        runner/* info */.pq(`${plural(left, 'more diagnostic')} not annotated (at most ${VALIDATE_LIMITS.annotations} annotations per run, errors first); the job summary lists them.`);
}
const shorten = (text, max) => (text.length > max ? `${text.slice(0, max)}…` : text);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** Files of each kind; a file too large to lint is neither. */
function countKinds(files) {
    const deployment = files.filter(f => f.kind === 'deployment').length;
    return { ingestion: files.filter(f => f.kind === 'ingestion').length, deployment };
}
/** The `validate` check: how many files of each kind, how many diagnostics, and whether fail-on fails it. */
function resultCheck(config, files) {
    const all = files.flatMap(f => f.diagnostics);
    const errors = all.filter(d => d.severity === 'error').length;
    const warnings = all.length - errors;
    const failing = config.failOn === 'error' ? errors > 0 : config.failOn === 'warning' ? errors + warnings > 0 : false;
    const kinds = countKinds(files);
    const what = kinds.deployment === 0
        ? 'Ingestion configs'
        : kinds.ingestion === 0
            ? 'Deployment configs'
            : 'Ingestion and deployment configs';
    const counts = `${plural(kinds.ingestion, 'ingestion file')}, ${plural(kinds.deployment, 'deployment file')} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    return {
        id: 'validate',
        status: failing ? 'fail' : errors + warnings > 0 ? 'warn' : 'pass',
        title: `${what} (OpenMetadata ${config.openmetadataVersion.text})`,
        detail: `${counts} (fail-on: ${config.failOn}).`,
        fix: failing ? 'See the annotations and the diagnostics table; each row names the fix.' : undefined
    };
}
/** The globs as the user wrote them, for messages: `a`, `b`. */
function globList(config) {
    return config.validatePaths.length > 0 ? config.validatePaths.map(p => `\`${p}\``).join(', ') : '(none)';
}
/**
 * No lintable file is a failed check unless `allow-empty` says configs are optional here: a mistyped glob must not
 * pass as "nothing wrong" (a green check that checked nothing).
 */
function noFilesCheck(config, candidates) {
    const why = candidates === 0
        ? `no file matched ${globList(config)}`
        : `no file matched ${globList(config)} that validate lints: ${candidates} file${candidates === 1 ? '' : 's'} matched, none with a top-level workflowConfig (name a file explicitly to lint it anyway) or with OpenMetadata's login settings (AUTHENTICATION_*, OIDC_* or AUTHORIZER_* keys, authenticationConfiguration, Helm openmetadata.config.authentication)`;
    const where = `globs are space/newline separated and relative to the workspace (${config.workspace})`;
    if (config.allowEmpty) {
        return {
            id: 'validate.no-files',
            status: 'skip',
            title: 'Files to validate',
            detail: `Nothing to validate: ${why} (allow-empty: true).`
        };
    }
    return {
        id: 'validate.no-files',
        status: 'fail',
        title: 'Files to validate',
        detail: `Nothing was validated: ${why}; ${where}.`,
        fix: 'Point validate-paths at your ingestion YAML files (e.g. `ingestion/**/*.yaml`) or deployment files (e.g. `deploy/**/*.env`), or set allow-empty: true where this repository may have none.'
    };
}
/** The step log says how many files each glob matched, and how many of them are linted, of each kind. */
function logMatches(patterns, files) {
    const byPath = new Map(files.map(f => [f.file, f]));
    for (const m of patterns) {
        const n = m.paths.length;
        if (m.exclude) {
            runner/* info */.pq(`validate-paths: \`${(0,markdown/* stripControlCharacters */.OH)(m.pattern)}\` excluded ${plural(n, 'file')}.`);
            continue;
        }
        const linted = countKinds(m.paths.flatMap(p => byPath.get(p) ?? []));
        // The ingestion-only wording stays as it was; deployment files are named when there are any.
        const ingestion = `${linted.ingestion} of them ingestion file${linted.ingestion === 1 ? '' : 's'}`;
        const deployment = linted.deployment > 0 ? ` and ${plural(linted.deployment, 'deployment file')}` : '';
        const of = n > 0 ? `, ${ingestion}${deployment} (linted)` : '';
        runner/* info */.pq(`validate-paths: \`${(0,markdown/* stripControlCharacters */.OH)(m.pattern)}\` matched ${plural(n, 'file')}${of}.`);
    }
}
/** A file named explicitly that is not linted (an app's `.env`) is named in the log, never its content. */
function logUnlintedExplicit(candidates, files) {
    const linted = new Set(files.map(f => f.file));
    for (const c of candidates) {
        if (c.explicit && !linted.has(c.path))
            runner/* info */.pq(`validate-paths: \`${(0,markdown/* stripControlCharacters */.OH)(c.path)}\` is neither an ingestion workflow nor a file with OpenMetadata's login settings; not linted.`);
    }
}


/***/ })

};
