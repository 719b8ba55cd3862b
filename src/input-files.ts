/**
 * The files the inputs name, checked before any network call: templates and the CA are read (a missing
 * one is an input problem), and the output paths must be places a file can be written.
 */
import { constants } from 'node:fs';
import { access, lstat, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Config, InputFiles, InputProblem, Mode } from './inputs/index.js';

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
  const read = async (input: string, path: string | undefined, fix: string) => {
    if (!path) return undefined;
    try {
      return await readFile(path, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({ input, message: `cannot read ${path} (${code ?? 'error'}).`, fix });
      return undefined;
    }
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
    problems.push(...(await checkOutputPath('config-path', config.configPath)));
    if (config.login)
      problems.push(...(await checkOutputPath('server-config-path', config.serverConfig.path)));
  }
  return { files, problems };
}

/**
 * An output path is a problem when it is a directory, a device or other special file, or a symbolic link
 * (the action replaces files, and never writes through a link to somewhere else), or when its folder cannot
 * be written (the file is replaced by renaming a temporary file in that folder).
 */
export async function checkOutputPath(input: string, file: string): Promise<InputProblem[]> {
  const fix = `Set ${input} to a file path in a writable folder (e.g. under $RUNNER_TEMP), or leave it empty for the default.`;
  const problem = (message: string) => [{ input, message, fix }];
  const stat = await lstat(file).catch(() => undefined);
  if (stat?.isSymbolicLink())
    return problem(`${file} is a symbolic link; the action does not write through links.`);
  if (stat?.isDirectory()) return problem(`${file} is a directory, not a file.`);
  if (stat && !stat.isFile()) return problem(`${file} is not a regular file (a device, pipe or socket).`);
  // The nearest existing folder must be a writable folder: the action creates the missing ones below it.
  let dir = path.dirname(file);
  let dirStat = await lstat(dir).catch(() => undefined);
  while (!dirStat && path.dirname(dir) !== dir) {
    dir = path.dirname(dir);
    dirStat = await lstat(dir).catch(() => undefined);
  }
  if (dirStat && !dirStat.isDirectory() && !dirStat.isSymbolicLink()) {
    return problem(`${dir} is a file, so ${file} cannot be created below it.`);
  }
  const writable = await access(dir, constants.W_OK | constants.X_OK).then(
    () => true,
    () => false
  );
  return writable ? [] : problem(`the folder ${dir} is not writable.`);
}
