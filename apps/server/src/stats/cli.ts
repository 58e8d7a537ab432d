// `npm run site:add -w @agency-portal/server -- --id so-gd --origin https://sogd.example.vn [--origin ...] [--time-zone Asia/Ho_Chi_Minh]
// [--feed-url https://sogd.example.vn/rss | --no-feed-url]` registers a site for visit statistics (or adds origins to it,
// changes its time zone, sets or clears its feed URL, which is its feed source) in the configured store
// (DATABASE_URL, or the SQLite file in DATA_DIR), with an entry in the audit log; `npm run site:list -w @agency-portal/server`
// lists the sites. These are the member sites of the site registry (`/api/v1/newsroom/sites`): running servers pick up
// a change within SITES_TTL_MS (10 s).
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openStore } from '../store/index.js';
import type { StatsSite } from '../store/types.js';
import { DEFAULT_TIME_ZONE, isTimeZone } from './clock.js';
import { MAX_SITE_ID_LENGTH, SITE_ID } from './engine.js';
import { parseOrigin, parseWebAddress } from '../sites/input.js';
import { MAX_NEW_SITE_ID, MIN_NEW_SITE_ID } from '../sites/schemas.js';

/** Who the audit log names for a change made here. */
const ACTOR = { id: null, username: '(command line)' };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      id: { type: 'string' },
      origin: { type: 'string', multiple: true },
      'time-zone': { type: 'string' },
      'feed-url': { type: 'string' },
      'no-feed-url': { type: 'boolean' },
    },
    strict: true,
  });
  const config = loadConfig();
  if (command === 'list') {
    const store = await openStore(config);
    try {
      for (const site of await store.listSites()) {
        console.log(`${site.id}\t${site.timeZone}\t${site.origins.join(' ')}${site.disabledAt ? '\tdisabled' : ''}`);
      }
    } finally {
      await store.close();
    }
    return 0;
  }
  if (command !== 'add') {
    console.error(
      'Usage: site add --id <site> --origin <https://...> [--origin ...] [--time-zone <IANA zone>] [--feed-url <https://...> | --no-feed-url] | site list',
    );
    return 2;
  }
  const id = values.id ?? '';
  if (!(id.length <= MAX_SITE_ID_LENGTH && SITE_ID.test(id))) {
    console.error(
      `--id must be lowercase letters and digits in words joined by hyphens, at most ${MAX_SITE_ID_LENGTH} characters; got "${id}".`,
    );
    return 2;
  }
  const origins: string[] = [];
  for (const value of values.origin ?? []) {
    const origin = parseOrigin(value, '--origin');
    if (typeof origin !== 'string') {
      console.error(origin.error);
      return 2;
    }
    origins.push(origin);
  }
  const timeZone = values['time-zone'];
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    console.error(`--time-zone must be an IANA time zone such as ${DEFAULT_TIME_ZONE}; got "${timeZone}".`);
    return 2;
  }
  if (values['feed-url'] !== undefined && values['no-feed-url']) {
    console.error('Give --feed-url or --no-feed-url, not both.');
    return 2;
  }
  // The site's feed: set (its feed source is created or moved), cleared (the source removed), or left as it is.
  let feedUrl: string | null | undefined = values['no-feed-url'] ? null : undefined;
  if (values['feed-url'] !== undefined) {
    const parsed = parseWebAddress(values['feed-url'], '--feed-url');
    if (typeof parsed !== 'string') {
      console.error(parsed.error);
      return 2;
    }
    feedUrl = parsed;
  }
  const store = await openStore(config);
  try {
    const existing = (await store.listStatsSites()).find((site) => site.id === id);
    if (!existing && origins.length === 0) {
      console.error(`A new site needs at least one --origin.`);
      return 2;
    }
    if (!existing && !(id.length >= MIN_NEW_SITE_ID && id.length <= MAX_NEW_SITE_ID)) {
      console.error(`The id of a new site is ${MIN_NEW_SITE_ID} to ${MAX_NEW_SITE_ID} characters long; got "${id}".`);
      return 2;
    }
    const site: StatsSite = {
      id,
      origins: [...new Set([...(existing?.origins ?? []), ...origins])],
      timeZone: timeZone ?? existing?.timeZone ?? DEFAULT_TIME_ZONE,
    };
    await store.upsertStatsSite({ ...site, feedUrl }, { actor: ACTOR, at: new Date() });
    const feed = (await store.getSite(id))?.feedUrl;
    console.log(
      `${existing ? 'Updated' : 'Added'} site ${site.id} (${site.timeZone}): ${site.origins.join(' ')}${feed ? `; feed ${feed}` : ''}`,
    );
  } finally {
    await store.close();
  }
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, ' '));
  process.exitCode = 1;
}
