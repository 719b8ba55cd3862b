export const id = 443;
export const ids = [443];
export const modules = {

/***/ 43443:
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
// EXTERNAL MODULE: ./src/openmetadata/files.ts
var openmetadata_files = __webpack_require__(36614);
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
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
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
    const { files: candidates, patterns, outside, walkStopped } = await (0,openmetadata_files/* findConfigFilesByPattern */.C0)(config.workspace, config.validatePaths);
    warnOutside(outside, report);
    if (walkStopped) {
        const text = `validate-paths: the search stopped after ${openmetadata_files/* MAX_WALKED_FILES */.Op.toLocaleString('en-US')} files (of any kind) under the globs' folders; files beyond them were not looked at. Point validate-paths at the folders that hold configs (e.g. ingestion/**/*.yaml).`;
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
        // Octokit is loaded only for the comment: a plain validate run never pays for it.
        const { githubContextFromEnv, upsertPrComment } = await Promise.all(/* import() */[__webpack_require__.e(351), __webpack_require__.e(611)]).then(__webpack_require__.bind(__webpack_require__, 97611));
        const ctx = githubContextFromEnv(process.env, config.githubToken, config.timeoutMs);
        if (ctx?.prNumber)
            report.checks.push(await upsertPrComment(ctx, (0,summary/* renderSummaryMarkdown */.i$)(report, summary/* COMMENT_BYTES */.GJ)));
        else
            report.notes.push('comment-on-pr: not a pull request run; no comment was written.');
    }
}
/** A path that leads out of the workspace is named (as given, never its content) and not read. */
function warnOutside(outside, report) {
    // Named one by one up to a few: a pull request full of such links must not flood the log or crowd the
    // diagnostics out of the summary.
    for (const given of outside.slice(0, MAX_OUTSIDE_NAMED)) {
        const text = `validate-paths: \`${(0,markdown/* stripControlCharacters */.OH)(given)}\` is outside the workspace (GITHUB_WORKSPACE), directly or through a symlink; not read.`;
        runner/* warning */.$e(text);
        report.notes.push(text);
    }
    const more = outside.length - MAX_OUTSIDE_NAMED;
    if (more > 0) {
        const text = `validate-paths: ${plural(more, 'more path')} outside the workspace, not read and not named.`;
        runner/* warning */.$e(text);
        report.notes.push(text);
    }
}
const MAX_OUTSIDE_NAMED = 20;
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
        const text = (0,secrets/* redactAndShorten */.w_)((0,markdown/* stripControlCharacters */.OH)(d.fix ? `${d.message} Fix: ${d.fix}` : d.message), 2000);
        if (d.severity === 'error')
            runner/* error */.z3(text, props);
        else
            runner/* warning */.$e(text, props);
    }
    const left = all.length - shown.length;
    if (left > 0)
        runner/* info */.pq(`${plural(left, 'more diagnostic')} not annotated (at most ${VALIDATE_LIMITS.annotations} annotations per run, errors first); the job summary lists them.`);
}
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
