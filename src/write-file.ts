/**
 * Writes a rendered file the way an editor saves one: into a temporary file in the same folder, then
 * renamed over the target. A reader never sees half a file, a failed write leaves the old file intact,
 * and a symbolic link at the target is replaced rather than followed (rename acts on the name).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';

/** `mode` 0o600 for a file holding a secret; the temporary file has it from the start. */
export async function writeFileAtomic(file: string, text: string, mode: number): Promise<void> {
  const dir = path.dirname(file);
  await mkdir(dir, { recursive: true });
  const temporary = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 'wx': never reuse an existing name (a link planted at the temporary name is not followed).
    await writeFile(temporary, text, { mode, flag: 'wx' });
    await chmod(temporary, mode); // the umask may have narrowed or widened nothing else: make it exact
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}
