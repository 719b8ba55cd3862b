export const id = 542;
export const ids = [542];
export const modules = {

/***/ 94542:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   preflightTemplates: () => (/* binding */ preflightTemplates)
/* harmony export */ });
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29073);
/* harmony import */ var _render_problems_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(57406);
/* harmony import */ var _server_config_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(10978);



/** Shaped like an Auth0 client id, so only the template can make the dry run fail. */
const PLACEHOLDER_CLIENT_ID = 'PreflightClientId0000000000000000';
function preflightTemplates(config, files) {
    const problems = [];
    const attempt = (input, fix, render) => {
        try {
            // Only the template's own problems count here; the real render checks its output again.
            const message = (0,_render_problems_js__WEBPACK_IMPORTED_MODULE_2__/* .templateProblem */ .M)(render(), { input, path: templatePath(input, files) });
            if (message)
                problems.push({ input, message, fix });
        }
        catch (error) {
            if (!(error instanceof _render_js__WEBPACK_IMPORTED_MODULE_0__/* .RenderError */ .vH))
                throw error;
            problems.push({ input: error.input, message: error.message, fix: `Fix the ${error.input} input.` });
        }
    };
    if (files.template)
        attempt('workflow-template', 'Fix the template (mode validate annotates it), or leave workflow-template empty.', () => (0,_render_js__WEBPACK_IMPORTED_MODULE_0__/* .renderWorkflowConfig */ .KP)({
            version: config.openmetadataVersion,
            credential: config.credential,
            hostPort: config.hostPort,
            domain: config.auth0Domain,
            clientId: config.clientId ?? PLACEHOLDER_CLIENT_ID,
            secretEnvVar: config.secretEnvVar,
            tokenEnvVar: config.tokenEnvVar,
            inlineSecrets: false,
            template: files.template
        }));
    const login = config.login;
    if (files.serverTemplate && login && config.openmetadataUrl)
        attempt('server-config-template', 'Fix the template, or leave server-config-template empty.', () => (0,_server_config_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderServerSettings */ .J3)({
            deployment: config.serverConfig.deployment,
            clientType: login.clientType,
            auth0Domain: config.auth0Domain,
            openmetadataUrl: config.openmetadataUrl,
            clientId: login.clientId ?? PLACEHOLDER_CLIENT_ID,
            adminPrincipals: config.serverConfig.adminPrincipals,
            principalDomain: config.serverConfig.principalDomain,
            enforcePrincipalDomain: config.serverConfig.enforcePrincipalDomain,
            oidcSecretEnvVar: config.serverConfig.oidcSecretEnvVar,
            inlineSecrets: false,
            template: files.serverTemplate
        }));
    return problems;
}
function templatePath(input, files) {
    return input === 'workflow-template' ? files.template?.path : files.serverTemplate?.path;
}


/***/ }),

/***/ 57406:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ templateProblem),
/* harmony export */   y: () => (/* binding */ renderProblem)
/* harmony export */ });
const where = (d) => `${d.ruleId} at ${d.line}:${d.column}: ${d.message}`;
/** The template's own errors, as one sentence; undefined when it has none. */
function templateProblem(output, template) {
    const errors = output.templateDiagnostics.filter(d => d.severity === 'error');
    if (errors.length === 0)
        return undefined;
    return `The ${template.input} ${template.path ?? ''} has ${errors.length} problem(s) the rendered file would keep: ${errors.map(where).join('; ')}.`;
}
/** The failed check's detail and fix, or undefined when the file may be written. */
function renderProblem(output, template) {
    const inTemplate = templateProblem(output, template);
    if (inTemplate) {
        return {
            detail: `${inTemplate} Nothing was written.`,
            fix: 'Fix the template (mode validate annotates it), then re-run.'
        };
    }
    const defects = output.diagnostics.filter(d => d.severity === 'error');
    if (defects.length > 0) {
        return {
            detail: `The rendered file does not pass the action's own validation: ${defects.map(where).join('; ')}. It was not written.`,
            fix: 'This is a defect of the action: please report it with the job summary.'
        };
    }
    return undefined;
}


/***/ })

};
