// A TCP port that is free now, for the tests and benchmarks that start servers.
import { createServer } from 'node:net';

/** A TCP port on 127.0.0.1 that is free now (the kernel's pick for port 0). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}
