/**
 * Paths the inputs name (resolved against the workspace, as the runner's working directory is) and the
 * workflow artifact.
 */
import * as path from 'node:path';
import * as os from 'node:os';
import type { Config, Deployment, Mode, ServerConfigOptions } from './index.js';
import type { Reader } from './reader.js';

export interface Paths {
  workspace: string;
  runnerTemp: string;
  /** Absolute paths stay; relative ones are taken from the workspace. */
  resolve(p: string): string;
}

export function workspacePaths(env: NodeJS.ProcessEnv): Paths {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return {
    workspace,
    runnerTemp: env.RUNNER_TEMP || os.tmpdir(),
    resolve: p => (path.isAbsolute(p) ? p : path.resolve(workspace, p))
  };
}

export type FileInputs = Pick<
  Config,
  | 'workspace'
  | 'configPath'
  | 'workflowTemplate'
  | 'openmetadataCaCertificate'
  | 'uploadArtifact'
  | 'artifactName'
  | 'retentionDays'
>;

export function readFiles(r: Reader, paths: Paths, mode: Mode | undefined): FileInputs {
  const optional = (name: string) => (r.get(name) ? paths.resolve(r.get(name)) : undefined);
  const artifactName = r.get('artifact-name') || 'openmetadata-workflow-config';
  // actions/upload-artifact rejects these characters in names.
  if (/["':<>|*?\\/\r\n]/.test(artifactName)) {
    r.problem(
      'artifact-name',
      'contains a character artifact names may not hold (" : < > | * ? \\ / or a newline).',
      'Use letters, digits, - , _ and . only.'
    );
  }
  return {
    workspace: paths.workspace,
    configPath: paths.resolve(
      r.get('config-path') || path.join(paths.runnerTemp, 'openmetadata', 'workflow.yaml')
    ),
    workflowTemplate: optional('workflow-template'),
    openmetadataCaCertificate: optional('openmetadata-ca-certificate'),
    // On by default only where the rendered file is the deliverable (provision): a scheduled verify would
    // otherwise store a new artifact every run. Set explicitly, it applies in every mode.
    uploadArtifact: r.bool('upload-artifact', mode === 'provision'),
    artifactName,
    retentionDays: readRetentionDays(r)
  };
}

function readRetentionDays(r: Reader): number | undefined {
  const raw = r.get('retention-days');
  if (!raw) return undefined;
  const days = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (days >= 1 && days <= 90) return days;
  r.problem(
    'retention-days',
    `\`${raw}\` is not a whole number of days from 1 to 90.`,
    'Set retention-days between 1 and 90, or leave it empty for the repository default.'
  );
  return undefined;
}

/** `server-config-template` and `server-config-path` (an env file for docker, YAML otherwise). */
export function readServerConfigFiles(
  r: Reader,
  paths: Paths,
  deployment: Deployment,
  configPath: string
): Pick<ServerConfigOptions, 'templatePath' | 'path'> {
  const template = r.get('server-config-template');
  const fileName = deployment === 'docker' ? 'server-auth.env' : 'server-auth.yaml';
  const serverPath = paths.resolve(
    r.get('server-config-path') || path.join(paths.runnerTemp, 'openmetadata', fileName)
  );
  if (path.resolve(serverPath) === path.resolve(configPath)) {
    r.problem(
      'server-config-path',
      `is the same file as config-path (${serverPath}); one would overwrite the other.`,
      'Set server-config-path and config-path to different files, or leave them empty for the defaults.'
    );
  }
  return { templatePath: template ? paths.resolve(template) : undefined, path: serverPath };
}
