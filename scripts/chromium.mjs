// Launch options for Debian's Chromium under Playwright, shared by every test that drives a whole page.
import { ensureBrowsers } from './browsers.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Options for playwright's `chromium.launch()`: Debian's binary (installed if missing) and flags for this network. */
export function chromiumLaunchOptions() {
  const { chromium } = ensureBrowsers(['chromium']);
  return { executablePath: chromium, headless: true, args: CHROMIUM_ARGS };
}
