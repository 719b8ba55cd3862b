// Entry point of the action (bundled by ncc into dist/index.js).
import { run } from './main.js';

/**
 * Resolves once everything written to the stream so far has reached the reader. The runner reads stdout
 * through a pipe: when the reader is slower than the writer, Node queues the rest in memory, and
 * `process.exit()` would drop it (annotations, the closing `::error` line). A write callback runs after
 * every earlier write has been flushed; an error (the reader went away) ends the wait too.
 */
function drained(stream: NodeJS.WriteStream): Promise<void> {
  if (stream.writableLength === 0) return Promise.resolve();
  return new Promise(resolve => stream.write('', () => resolve()));
}

await run();
await Promise.all([drained(process.stdout), drained(process.stderr)]);
// Exit now that everything is reported and flushed: when a request fails without an answer, the auth0
// SDK leaves its own per-request timeout timer running (core/fetcher/makeRequest clears it only on
// success), which would keep the step alive for minutes. run() awaits all of its work, and
// the runner module writes its files synchronously, so nothing is lost. runner.setFailed has set
// process.exitCode.
process.exit();
