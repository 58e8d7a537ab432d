// Runs the component tests of the package in the current folder with the root configuration; under
// xvfb-run when WebKit is among the engines (MiniBrowser needs a display).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBrowsers, selectedEngines } from './browsers.mjs';

const engines = selectedEngines();
ensureBrowsers(engines);
const config = fileURLToPath(new URL('../web-test-runner.config.mjs', import.meta.url));
const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const command = [process.execPath, wtr, '--config', config, ...process.argv.slice(2)];
const useXvfb = engines.includes('webkit') && !process.env.DISPLAY;
const [bin, ...args] = useXvfb ? ['xvfb-run', '-a', ...command] : command;
const result = spawnSync(bin, args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
