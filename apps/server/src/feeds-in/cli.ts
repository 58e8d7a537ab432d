// `npm run feeds:<command> -w @agency-portal/server` (or `npm run feeds:refresh` at the root): manages the
// sibling feeds in the configured store (DATABASE_URL, or the SQLite file in DATA_DIR). See USAGE in commands.ts.
import { loadConfig } from '../config.js';
import { describeStore, openStore } from '../store/index.js';
import { runFeedsCommand } from './commands.js';

try {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    // A relative DATA_DIR depends on the working directory: say which store this is.
    console.log(`Store: ${describeStore(config)}`);
    process.exitCode = await runFeedsCommand(process.argv.slice(2), { store, out: (line) => console.log(line) });
  } finally {
    await store.close();
  }
} catch (error) {
  console.error((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' '));
  process.exitCode = 1;
}
