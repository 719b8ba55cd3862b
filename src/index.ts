// Entry point of the action (bundled by ncc into dist/index.js).
import { run } from './main.js';

await run();
// Exit now that everything is reported: when a request fails without an answer, the auth0 SDK leaves its
// own per-request timeout timer running (core/fetcher/makeRequest clears it only on success), which
// would keep the step alive for minutes. run() awaits all of its work, and @actions/core writes its
// files synchronously, so nothing is lost. core.setFailed has set process.exitCode.
process.exit();
