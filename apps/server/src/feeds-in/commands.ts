import { parseArgs } from 'node:util';
import type { Store } from '../store/types.js';
import { FeedScheduler, type RefreshOptions } from './refresh.js';
import { checkNewSource, isStale } from './sources.js';

export const USAGE = `Usage:
  npm run feeds:add -- <id> <url> [--name "Display name"] [--every <minutes>]
  npm run feeds:list
  npm run feeds:remove -- <id>
  npm run feeds:refresh [-- <id> ...]

  add      Configures a sibling site's feed (RSS, RDF, Atom or JSON Feed). <id> is what the widget's
           feed attribute names: lowercase letters, digits and hyphens. --every sets the refresh interval
           (default 30 minutes). The running server fetches it within a minute. A member site's feed
           is not added here: it follows the site's feed URL (site:add --feed-url, or the newsroom).
  list     Shows every source with its last fetch, item count and last error.
  remove   Removes a source and its stored items (a member site's: clear the site's feed URL instead).
  refresh  Fetches every source (or the given ones) once now, 4 at a time, showing progress.`;

export interface CliContext {
  store: Store;
  out: (line: string) => void;
  /** Fetch settings for `refresh` (tests inject a resolver and guard exemptions). */
  refresh?: Omit<RefreshOptions, 'signal'>;
  now?: () => Date;
}

/** Runs one feeds command; returns the process exit code. Problems are reported through `out`. */
export async function runFeedsCommand(args: string[], { store, out, refresh, now = () => new Date() }: CliContext): Promise<number> {
  const [command, ...rest] = args;
  let parsed: ReturnType<typeof parseArgs<{ options: { name: { type: 'string' }; every: { type: 'string' } }; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: rest, options: { name: { type: 'string' }, every: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    out(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;

  switch (command) {
    case 'add': {
      if (positionals.length !== 2) {
        out(`add takes an id and a URL.\n\n${USAGE}`);
        return 2;
      }
      let source;
      try {
        const every = values.every === undefined ? undefined : /^\d+$/.test(values.every) ? Number(values.every) : NaN;
        source = checkNewSource({ id: positionals[0], url: positionals[1], name: values.name, refreshMinutes: every });
      } catch (error) {
        out((error as Error).message);
        return 1;
      }
      if (await store.getSite(source.id)) {
        out(siteOwned(source.id, 'add one'));
        return 1;
      }
      if (!(await store.addFeedSource(source, now()))) {
        out(`A feed "${source.id}" already exists; remove it first to change it.`);
        return 1;
      }
      out(`Added feed "${source.id}" (${source.name}): ${source.url}, every ${source.refreshMinutes} minutes.`);
      out(`Widget: <ap-article-list feed="${source.id}"></ap-article-list>`);
      return 0;
    }

    case 'list': {
      const sources = await store.listFeedSources();
      if (sources.length === 0) {
        out('No feed sources. Add one with: npm run feeds:add -- <id> <url>');
        return 0;
      }
      for (const source of sources) {
        const state = source.fetchedAt ? `fetched ${source.fetchedAt.toISOString()}` : 'never fetched';
        const stale = isStale(source, now()) ? ', STALE' : '';
        const disabled = source.siteDisabled ? '; SITE DISABLED, not fetched' : '';
        out(`${source.id}  ${source.name}  ${source.url}`);
        out(
          `    every ${source.refreshMinutes} min; ${state}; ${source.itemCount} items${stale}; next ${source.nextFetchAt.toISOString()}${disabled}`,
        );
        if (source.error) out(`    last error (${source.failures} in a row): ${source.error.code}: ${source.error.message}`);
      }
      return 0;
    }

    case 'remove': {
      if (positionals.length !== 1) {
        out(`remove takes one id.\n\n${USAGE}`);
        return 2;
      }
      if (await store.getSite(positionals[0])) {
        out(siteOwned(positionals[0], 'clear it'));
        return 1;
      }
      if (!(await store.removeFeedSource(positionals[0]))) {
        out(`No feed "${positionals[0]}".`);
        return 1;
      }
      out(`Removed feed "${positionals[0]}" and its items.`);
      return 0;
    }

    case 'refresh': {
      const sources = await store.listFeedSources();
      const known = new Set(sources.map((source) => source.id));
      const unknown = positionals.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        out(`No feed ${unknown.map((id) => `"${id}"`).join(', ')}.`);
        return 1;
      }
      const disabled = sources.filter((source) => source.siteDisabled && (positionals.length === 0 || positionals.includes(source.id)));
      if (disabled.length > 0) out(`Not fetched, their site is disabled: ${disabled.map((source) => source.id).join(', ')}.`);
      if (known.size === 0) {
        out('No feed sources to refresh.');
        return 0;
      }
      const scheduler = new FeedScheduler(store, { ...refresh, now });
      const outcomes = await scheduler.refreshAll({
        ids: positionals.length > 0 ? positionals : undefined,
        onResult(outcome, done, total) {
          const detail =
            outcome.status === 'updated'
              ? `updated, ${outcome.items} items`
              : outcome.status === 'not-modified'
                ? 'not modified'
                : `FAILED ${outcome.error?.code}: ${outcome.error?.message}`;
          out(`[${done}/${total}] ${outcome.sourceId}: ${detail}`);
        },
      });
      const count = (status: string) => outcomes.filter((outcome) => outcome.status === status).length;
      out(`Done: ${count('updated')} updated, ${count('not-modified')} not modified, ${count('failed')} failed.`);
      // A failing source is that source's problem (recorded, backed off): the pass itself succeeded.
      return 0;
    }

    default:
      out(command && command !== 'help' && command !== '--help' ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
      return command && command !== 'help' && command !== '--help' ? 2 : 0;
  }
}

/** Why `feeds:add`/`feeds:remove` leave a member site's feed alone: the site registry owns it (its feed URL). */
function siteOwned(id: string, what: string): string {
  return (
    `"${id}" is a member site: its feed source follows the site's feed URL. To ${what}, set the site's feed URL in the ` +
    `newsroom (Member sites) or with: npm run site:add -- --id ${id} ${what === 'add one' ? '--feed-url <url>' : '--no-feed-url'}`
  );
}
