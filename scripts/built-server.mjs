// Starts a built portal server (a checkout's apps/server/dist/main.js) as a process of its own and waits for the line
// that names its address: the component tests' portal server and the look comparison both run one this way.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

/**
 * Runs `main` with `env` (its PORT, DATA_DIR and the rest) in `cwd`. Resolves once it prints "Agency Portal is running
 * at <url>", to `{ origin, stop }`: `stop` kills it and removes `dataDir`, as the end of this process does. Rejects with
 * what the server printed when it exits first or is not up within 60 s.
 *
 * @param {string} main
 * @param {{ env: Record<string, string | undefined>, dataDir: string, cwd?: string, label?: string }} options
 */
export async function startBuiltServer(main, { env, dataDir, cwd, label = 'The portal server' }) {
  const server = spawn(process.execPath, [main], { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
  const stop = () => {
    server.removeAllListeners('exit');
    server.kill();
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const origin = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${label} did not start within 60 s:\n${output}`)), 60_000);
    server.on('exit', (code) => reject(new Error(`${label} exited with code ${code}:\n${output}`)));
    server.stdout.setEncoding('utf8');
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /Agency Portal is running at (http:\/\/\S+?)\/?\s/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { origin, stop };
}
