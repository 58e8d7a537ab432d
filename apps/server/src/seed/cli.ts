// `npm run seed -w @agency-portal/server`: writes the demo content (and a year of demo visits) into the configured store (DATABASE_URL, or the
// SQLite file in DATA_DIR), creating and migrating it if needed. Articles already there are left alone, so it is safe to run again.
import { loadConfig } from '../config.js';
import { describeStore, openStore } from '../store/index.js';
import { seedDemoContent } from './index.js';
import { seedDemoTraffic } from './traffic.js';

try {
  const config = loadConfig();
  const store = await openStore(config);
  try {
    // A relative DATA_DIR depends on the working directory: say which store this is.
    console.log(`Store: ${describeStore(config)}`);
    await seedDemoContent(store, console.log, config);
    // A year of demo visits too where SEED_DEMO allows them (its default outside production), unless there are visits already.
    if (config.seedDemo === 'all') await seedDemoTraffic(store, console.log);
  } finally {
    await store.close();
  }
} catch (error) {
  console.error((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' '));
  process.exitCode = 1;
}
