// What the member sites' usage tests share: a site and an origin of the test's own on the test portal server, and
// requests made as a page of that origin would make them (scripts/test-portal-server.mjs, /__test-portal/load and hit).
import { api, engine, waitUntil } from './support.js';

/** A person's browser: headless engines are bots to the statistics, which count only people. */
export const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';

/** A short name no other test run or engine uses (ids are at most 32 characters). */
export const unique = (word: string) => `${word}-${engine.slice(0, 2)}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** Registers a member site (as the signed-in admin) with one origin of its own; resolves to it. */
export async function createSite(word: string): Promise<{ id: string; name: string; origin: string; version: number }> {
  const id = unique(word);
  const origin = `https://${id}.example.org`;
  const site = await api('POST', 'newsroom/sites', { id, name: `Trang ${id}`, homeUrl: `${origin}/`, origins: [origin] });
  return { id, name: site.name, origin, version: site.version };
}

/** The article list's data request from a page of `origin`, as an embedded widget makes it. */
export async function loadFrom(origin: string, path = '/api/v1/articles'): Promise<void> {
  const response = await fetch(`/__test-portal/load?origin=${encodeURIComponent(origin)}&path=${encodeURIComponent(path)}`, {
    method: 'POST',
  });
  if (!response.ok) throw new Error(`load ${path} from ${origin}: ${response.status}`);
}

/** A page-view hit naming `site` from a page of `origin` (refused unless the origin is the site's). */
export async function hitFrom(origin: string, site: string): Promise<number> {
  const response = await fetch(`/__test-portal/hit?ua=${encodeURIComponent(FIREFOX)}&origin=${encodeURIComponent(origin)}`, {
    method: 'POST',
    body: JSON.stringify({ site, path: '/' }),
  });
  return response.status;
}

/** Waits for the server's next flush of what it counted (every 5 s) to show `origin` in the unregistered ones. */
export async function waitForOrigin(origin: string, status: 'new' | 'ignored' = 'new'): Promise<void> {
  let items: { origin: string }[] = [];
  await waitUntil(
    async () => {
      items = (await api('GET', `newsroom/origins?status=${status}`)).items;
      return items.some((item) => item.origin === origin);
    },
    `${origin} is listed`,
    { interval: 500 },
  );
}
