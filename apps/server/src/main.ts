import type { AddressInfo } from 'node:net';
import { buildApp } from './app.js';
import { loadConfig, type Config } from './config.js';

/** How long open requests get to finish after SIGINT/SIGTERM before the process exits anyway. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const app = buildApp(config);
try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  console.error(`Could not listen on ${config.host}:${config.port}: ${(error as Error).message}`);
  process.exit(1);
}

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
