/**
 * The files the inputs name, checked before any network call: templates and the CA are read (a missing
 * one is an input problem), and the output paths must be places a file can be written.
 *
 * The workspace holds what a pull request changed, so a path in it is taken as the path it really is: a
 * template or output path inside the workspace whose real path (through a symlink the checkout holds)
 * leads out of it is refused. A path outside the workspace was written into the workflow by its author
 * (e.g. under $RUNNER_TEMP), and is used as given.
 */
import { constants } from 'node:fs';
import { access, lstat, realpath } from 'node:fs/promises';
import * as path from 'node:path';
import type { Config, InputFiles, InputProblem, Mode } from './inputs/index.js';
import { readRegularFile } from './read-file.js';
import { isWithin } from './openmetadata/files.js';

/** Templates and the CA are a few KiB; a larger file is refused unread (and never waited on, like a pipe). */
export const MAX_INPUT_FILE_BYTES = 1024 * 1024;
/** Room for the temporary name next to the output (`.<name>.<12 hex>.tmp`) within a 255-byte file name. */
const MAX_OUTPUT_NAME_BYTES = 255 - 20;
const MAX_PATH_BYTES = 4000;

/**
 * Reads the files the inputs name, so a missing file is an input problem reported before any network call. With an
 * invalid mode (`mode` undefined) the templates, which only some modes use, are not read.
 */
export async function readInputFiles(
  config: Config,
  mode: Mode | undefined
): Promise<{ files: InputFiles; problems: InputProblem[] }> {
  const problems: InputProblem[] = [];
  const files: InputFiles = {};
  const read = async (input: string, file: string | undefined, fix: string) => {
    if (!file) return undefined;
    const result = await readInputFile(file, config.workspace);
    if (typeof result === 'string') return result;
    problems.push({ input, message: result.problem, fix });
    return undefined;
  };
  const [template, serverTemplate, ca] = await Promise.all([
    mode === undefined || mode === 'validate'
      ? undefined
      : read(
          'workflow-template',
          config.workflowTemplate,
          'Point workflow-template at an ingestion YAML in the repository (checked out), or leave it empty.'
        ),
    mode === undefined || mode === 'validate' || !config.login
      ? undefined
      : read(
          'server-config-template',
          config.serverConfig.templatePath,
          'Point server-config-template at an env file, openmetadata.yaml or Helm values file in the repository (checked out), or leave it empty.'
        ),
    config.openmetadataCheck
      ? read(
          'openmetadata-ca-certificate',
          config.openmetadataCaCertificate,
          'Point openmetadata-ca-certificate at a PEM file, or leave it empty.'
        )
      : undefined
  ]);
  if (template !== undefined && config.workflowTemplate)
    files.template = { path: config.workflowTemplate, text: template };
  if (serverTemplate !== undefined && config.serverConfig.templatePath)
    files.serverTemplate = { path: config.serverConfig.templatePath, text: serverTemplate };
  if (ca !== undefined) {
    if (!ca.includes('-----BEGIN CERTIFICATE-----')) {
      problems.push({
        input: 'openmetadata-ca-certificate',
        message: `${config.openmetadataCaCertificate} is not a PEM certificate.`,
        fix: 'Use a PEM file (-----BEGIN CERTIFICATE-----).'
      });
    } else files.caCertificatePem = ca;
  }
  if (mode !== undefined && mode !== 'validate') {
    problems.push(...(await checkOutputPath('config-path', config.configPath, config.workspace)));
    if (config.login) {
      problems.push(
        ...(await checkOutputPath('server-config-path', config.serverConfig.path, config.workspace))
      );
      // The same path is an input problem already (inputs/files.ts); here, two paths to one file.
      const [server, workflow] = [config.serverConfig.path, config.configPath];
      if (
        path.resolve(server) !== path.resolve(workflow) &&
        (await realTarget(server)) === (await realTarget(workflow))
      )
        problems.push({
          input: 'server-config-path',
          message: `is the same file as config-path (${config.configPath}), through a link; one would overwrite the other.`,
          fix: 'Set server-config-path and config-path to different files, or leave them empty for the defaults.'
        });
    }
  }
  return { files, problems };
}

/** A regular file of at most MAX_INPUT_FILE_BYTES inside its boundary, as text; or why not. */
async function readInputFile(file: string, workspace: string): Promise<string | { problem: string }> {
  if (await leavesWorkspace(file, workspace))
    return { problem: `${file} leads out of the workspace through a symbolic link; it is not read.` };
  const read = await readRegularFile(file, MAX_INPUT_FILE_BYTES);
  return 'text' in read ? read.text : { problem: `${file} ${read.problem}.` };
}

/** True when `file` is inside the workspace by its path but not by its real path (a symlink leads out). */
async function leavesWorkspace(file: string, workspace: string): Promise<boolean> {
  const root = path.resolve(workspace);
  if (!isWithin(root, path.resolve(file))) return false;
  const realRoot = await realpath(root).catch(() => root);
  return !isWithin(realRoot, await realTarget(file));
}

/** The nearest existing path at or above `file`, and the names below it that do not exist yet. */
async function nearestExisting(file: string): Promise<{ at: string; rest: string[] }> {
  const rest: string[] = [];
  let at = path.resolve(file);
  while ((await lstat(at).catch(() => undefined)) === undefined && path.dirname(at) !== at) {
    rest.unshift(path.basename(at));
    at = path.dirname(at);
  }
  return { at, rest };
}

/** The real path of `file`, or of its nearest existing folder joined with the rest (for a file to create). */
async function realTarget(file: string): Promise<string> {
  const { at, rest } = await nearestExisting(file);
  const real = await realpath(at).catch(() => undefined);
  return real === undefined ? path.resolve(file) : path.join(real, ...rest);
}

/**
 * An output path is a problem when it is a directory, a device or other special file, or a symbolic link
 * (the action replaces files, and never writes through a link to somewhere else), or when its folder cannot
 * be written (the file is replaced by renaming a temporary file in that folder).
 */
export async function checkOutputPath(
  input: string,
  file: string,
  workspace: string
): Promise<InputProblem[]> {
  const fix = `Set ${input} to a file path in a writable folder (e.g. under $RUNNER_TEMP), or leave it empty for the default.`;
  const problem = (message: string) => [{ input, message, fix }];
  if (
    Buffer.byteLength(path.basename(file)) > MAX_OUTPUT_NAME_BYTES ||
    Buffer.byteLength(file) > MAX_PATH_BYTES
  )
    return problem(
      `${file.slice(0, 80)}… is too long a path (file names up to ${MAX_OUTPUT_NAME_BYTES} bytes).`
    );
  // The runner's own files: replacing one would lose or forge the step's outputs, environment or summary.
  for (const name of [
    'GITHUB_OUTPUT',
    'GITHUB_ENV',
    'GITHUB_PATH',
    'GITHUB_STATE',
    'GITHUB_STEP_SUMMARY',
    'GITHUB_EVENT_PATH'
  ]) {
    const own = process.env[name];
    if (own && (await realTarget(own)) === (await realTarget(file)))
      return problem(`${file} is the runner's ${name} file.`);
  }
  if (await leavesWorkspace(file, workspace))
    return problem(
      `${file} leads out of the workspace through a symbolic link; the action does not write through links.`
    );
  const stat = await lstat(file).catch(() => undefined);
  if (stat?.isSymbolicLink())
    return problem(`${file} is a symbolic link; the action does not write through links.`);
  if (stat?.isDirectory()) return problem(`${file} is a directory, not a file.`);
  if (stat && !stat.isFile()) return problem(`${file} is not a regular file (a device, pipe or socket).`);
  // The nearest existing folder must be a writable folder: the action creates the missing ones below it.
  const dir = (await nearestExisting(path.dirname(file))).at;
  const dirStat = await lstat(dir).catch(() => undefined);
  if (dirStat && !dirStat.isDirectory() && !dirStat.isSymbolicLink()) {
    return problem(`${dir} is a file, so ${file} cannot be created below it.`);
  }
  const writable = await access(dir, constants.W_OK | constants.X_OK).then(
    () => true,
    () => false
  );
  return writable ? [] : problem(`the folder ${dir} is not writable.`);
}
