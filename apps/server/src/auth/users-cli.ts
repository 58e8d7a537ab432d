// `npm run user:add -- --username NAME --role editor [--display-name "Full Name"]`, or `--role site-editor --site ID`
// for the webmaster of member site ID: creates a staff user in the configured store (DATABASE_URL, or the SQLite file in DATA_DIR). The password is asked twice on a terminal
// without being shown, or read from standard input (its first line) when that is not a terminal. No account and
// no password ship with the portal.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openStore } from '../store/index.js';
import { addUser, UserInputError } from './users.js';

const USAGE =
  'Usage: npm run user:add -- --username NAME --role editor|admin|site-editor [--site SITE_ID] [--display-name "Full Name"]\n' +
  '(--site: the member site of a site editor, required with that role only)';

/** Reads one line from a terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  // Echo off before the prompt shows: whatever is typed once it is there must not appear.
  stdin.setRawMode(true);
  process.stderr.write(prompt);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let value = '';
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return done();
        if (char === '\u0003') return done(new UserInputError('Cancelled.'));
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of standard input. */
async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0];
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { username: { type: 'string' }, role: { type: 'string' }, site: { type: 'string' }, 'display-name': { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.username === undefined || values.role === undefined) {
    console.error(USAGE);
    return 2;
  }
  let password: string;
  if (process.stdin.isTTY) {
    password = await askHidden('Password (12 to 128 characters): ');
    if ((await askHidden('Password again: ')) !== password) {
      console.error('The two passwords differ; no user was created.');
      return 1;
    }
  } else {
    password = await readStdin();
  }

  const config = loadConfig();
  const store = await openStore(config);
  try {
    const user = await addUser(
      store,
      { username: values.username, role: values.role, siteId: values.site, displayName: values['display-name'], password },
      new Date(),
    );
    console.log(`Created ${user.role} "${user.username}" (${user.displayName})${user.siteId === null ? '' : ` of site ${user.siteId}`}.`);
    return 0;
  } catch (error) {
    if (error instanceof UserInputError) {
      console.error(`${error.message} No user was created.`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
