/**
 * Reads a file the inputs or the globs name, without trusting what it is: opened without waiting on a
 * pipe (O_NONBLOCK; a FIFO would block the step until the job times out), checked on the open handle
 * (so what is checked is what is read, even if the path changes meanwhile), and bounded in size.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

export type ReadResult = { text: string } | { problem: string };

export async function readRegularFile(file: string, maxBytes: number): Promise<ReadResult> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { problem: 'is not a regular file (a directory, device, pipe or socket)' };
    if (stat.size > maxBytes)
      return {
        problem: `is ${(stat.size / 1024 / 1024).toFixed(1)} MB; at most ${maxBytes / 1024 / 1024} MB is read`
      };
    return { text: await handle.readFile('utf8') };
  } catch (error) {
    return { problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  } finally {
    await handle.close();
  }
}
