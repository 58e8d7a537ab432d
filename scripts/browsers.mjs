// Finds the browser engines the component tests run in, and installs Debian's packages for the
// missing ones when running as root on Debian (test tools cannot download browsers of their own here).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const debianPackages = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};

const which = (cmd) => {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
};
const firstExisting = (...paths) => paths.find((p) => p && existsSync(p));

/** Where each engine lives on this machine, or undefined when it is missing. */
export function findBrowsers() {
  return {
    chromium: firstExisting(
      process.env.CHROME_PATH,
      '/usr/bin/chromium',
      which('chromium'),
      which('chromium-browser'),
      which('google-chrome'),
    ),
    firefox: firstExisting(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', which('firefox-esr'), which('firefox')),
    webkit:
      firstExisting(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver') && which('xvfb-run')
        ? firstExisting(process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver')
        : undefined,
  };
}

export const ALL_ENGINES = Object.keys(debianPackages);

/** Parses AP_BROWSERS (comma separated) into a list of engines; all three by default. */
export function selectedEngines(value = process.env.AP_BROWSERS) {
  if (!value) return ALL_ENGINES;
  const list = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = list.filter((e) => !ALL_ENGINES.includes(e));
  if (unknown.length) throw new Error(`Unknown browser engine ${unknown.join(', ')}; use ${ALL_ENGINES.join(', ')}.`);
  return list;
}

/** Makes sure every selected engine is installed; exits with a one-line instruction when it cannot. */
export function ensureBrowsers(engines = selectedEngines()) {
  const missing = () => engines.filter((e) => !findBrowsers()[e]);
  if (missing().length === 0) return findBrowsers();
  const packages = missing().flatMap((e) => debianPackages[e]);
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && which('apt-get');
  if (!isRoot || !isDebian) {
    console.error(
      `Missing browser engines (${missing().join(', ')}): run "sudo apt-get install -y ${packages.join(' ')}" or set CHROME_PATH / FIREFOX_PATH / WEBKIT_DRIVER_PATH.`,
    );
    process.exit(1);
  }
  console.log(`Installing Debian packages for ${missing().join(', ')}: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missing();
  if (still.length) {
    console.error(`Installed ${packages.join(' ')} but still cannot find ${still.join(', ')}.`);
    process.exit(1);
  }
  return findBrowsers();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureBrowsers(selectedEngines(process.argv[2])));
}
