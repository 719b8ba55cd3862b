// Entry point of the action (bundled by ncc into dist/index.js).
import { run } from './main.js';

await run();
