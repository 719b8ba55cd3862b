/**
 * What `mode: validate` does with one file: recognise it by content — an ingestion workflow (top-level
 * `workflowConfig`), a deployment file holding the server's login settings (DESIGN.md "Validate mode reads
 * deployment files too"), or neither — and lint it with the rules of its kind. A file that is neither is never
 * linted, so nothing of it (an app's `.env` full of secrets) can reach a message.
 */
import type { FileDiagnostics } from '../report/run-report.js';
import { isIngestionConfig, lintWorkflowText } from './lint.js';
import {
  detectServerConfigKind,
  lintServerSettings,
  readServerSettings,
  type ServerConfigKind
} from './server-config/index.js';
import type { OmVersion } from './versions.js';

export interface ValidateFileOptions {
  /** Selects the ingestion rules. */
  version: OmVersion;
  /** The tenant (`auth0-domain`); without it, deployment rules compare only what the file itself says. */
  auth0Domain?: string;
  /** The address people open (`openmetadata-url`); with it, callbacks must be exactly `{url}/callback`. */
  openmetadataUrl?: string;
}

export interface CandidateFile {
  /** Relative to the workspace, forward slashes. */
  path: string;
  text: string;
  /** Named by a pattern without glob characters. */
  explicit: boolean;
}

export type Recognised = { kind: 'ingestion' } | { kind: 'deployment'; format: ServerConfigKind };

/** `.env`, `server.env`, `.env.local`: env files by name, which are never linted as YAML. */
const ENV_FILE_NAME = /(?:^|\/)(?:[^/]*\.env|\.env(?:\.[^/]*)?)$/;

/**
 * The deployment format of a text, or undefined. The content decides, not the name. An env file counts only when
 * it assigns one of the server's settings (an app's `OIDC_ISSUER=…` alone is somebody else's); an
 * `openmetadata.yaml` counts by its top-level key even when it does not parse (its syntax errors are reported).
 */
export function deploymentFormat(text: string): ServerConfigKind | undefined {
  // A NUL byte: a binary file, whatever its name (no env file or YAML has one).
  if (text.includes('\0')) return undefined;
  const format = detectServerConfigKind(text);
  if (format !== 'env') return format;
  return readServerSettings(text, 'env').groups.length > 0 ? 'env' : undefined;
}

/**
 * What a file is for validate: ingestion first (a workflow never holds the server's settings), then the
 * deployment formats. A file named explicitly is linted as an ingestion file even without `workflowConfig` (the
 * user said it is one), unless its name says it is an env file.
 */
export function recogniseFile(file: CandidateFile): Recognised | undefined {
  if (isIngestionConfig(file.text)) return { kind: 'ingestion' };
  const format = deploymentFormat(file.text);
  if (format) return { kind: 'deployment', format };
  if (file.explicit && !ENV_FILE_NAME.test(file.path)) return { kind: 'ingestion' };
  return undefined;
}

/** The diagnostics of one file, or undefined when validate does not lint it (see recogniseFile). */
export function validateFile(file: CandidateFile, options: ValidateFileOptions): FileDiagnostics | undefined {
  const recognised = recogniseFile(file);
  if (!recognised) return undefined;
  if (recognised.kind === 'ingestion') {
    return {
      file: file.path,
      kind: 'ingestion',
      diagnostics: lintWorkflowText(file.text, { version: options.version })
    };
  }
  const diagnostics = lintServerSettings(file.text, recognised.format, {
    auth0Domain: options.auth0Domain,
    openmetadataUrl: options.openmetadataUrl
  });
  return { file: file.path, kind: 'deployment', format: recognised.format, diagnostics };
}
