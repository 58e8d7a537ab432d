import type { AddressInfo } from 'node:net';
import { buildApp } from './app.js';
import { backupSchedule, type BackupScheduler } from './backup/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { FeedScheduler } from './feeds-in/refresh.js';
import { demoArticles, seedDemoContent } from './seed/index.js';
import { seedDemoTraffic } from './seed/traffic.js';
import { RedisShared } from './shared/redis.js';
import { openStore, type Store } from './store/index.js';

/** How long a feed fetch is left to the instance that claimed it (a fetch gives up after 15 s). */
const FEED_CLAIM_MS = 60_000;
/** How long open requests get to finish after SIGINT/SIGTERM before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  // Every problem of the environment, one line each.
  console.error(error instanceof ConfigError ? error.message : oneLine(error));
  process.exit(1);
}

let store: Store;
try {
  store = await openStore(config);
} catch (error) {
  console.error(`Could not open the store: ${oneLine(error)}`);
  process.exit(1);
}
try {
  // First start: a new, empty store (not even a category) gets the demo content, and a year of demo visits, as SEED_DEMO
  // says (nothing in production unless it asks). A portal whose staff have unpublished or deleted every article is not empty.
  if (config.seedDemo !== 'none' && (await store.listCategories()).length === 0) {
    const inserted = await seedDemoContent(store, console.log, config);
    // Only the instance that wrote every article (several may start together on one new database) writes the visits.
    if (config.seedDemo === 'all' && inserted === demoArticles().length) await seedDemoTraffic(store, console.log);
  }
} catch (error) {
  console.error(`Could not seed the demo content: ${oneLine(error)}`);
  process.exit(1);
}

let shared: RedisShared | undefined;
if (config.redisUrl !== undefined) {
  try {
    shared = await RedisShared.connect(config.redisUrl, config.redisPrefix);
  } catch (error) {
    console.error(oneLine(error));
    process.exit(1);
  }
}

const app = buildApp(config, store, { shared });
// Sibling feeds are refreshed in the background (nothing happens while no source is configured); with several
// instances, each due source is fetched by whichever instance claims it first.
const feeds = new FeedScheduler(store, {
  log: app.log,
  claim: shared && ((id) => shared.claim(`feed:${id}`, FEED_CLAIM_MS)),
  onOutcome: (outcome) => app.metrics.feedFetch(outcome),
});
app.addHook('preClose', () => feeds.stop());
// BACKUP_SCHEDULE: the daily backup, taken by one instance (docs/deploy.md).
const backups: BackupScheduler | undefined = backupSchedule(config, app.log, shared && ((key, ms) => shared.claim(key, ms)));
app.addHook('preClose', async () => backups?.stop());
try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  console.error(`Could not listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  process.exit(1);
}

feeds.start();
backups?.start();

const { address, port } = app.server.address() as AddressInfo;
console.log(`Agency Portal is running at http://${address.includes(':') ? `[${address}]` : address}:${port}/`);

let closing = false;
const shutdown = (signal: NodeJS.Signals) => {
  // `npm start` delivers a Ctrl+C more than once (terminal, npm, scripts/start.mjs): close only once.
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  setTimeout(() => {
    console.error(`Open requests did not finish within ${SHUTDOWN_TIMEOUT_MS / 1000} s; exiting.`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
  app.close().then(
    () => process.exit(0),
    (error: unknown) => {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

/** An error's message on one line, for the console. */
function oneLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' ');
}
