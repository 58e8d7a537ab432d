import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { verifyPassword } from '../src/auth/passwords.js';
import { openStore } from '../src/store/index.js';
import { runCli } from './helpers.js';

const CLI = fileURLToPath(new URL('../src/auth/users-cli.ts', import.meta.url));
const PASSWORD = 'một mật khẩu đủ dài';

/** Runs the users CLI with `args`, `input` on standard input (a pipe, not a terminal). */
const run = (dataDir: string, args: string[], input: string) => runCli('src/auth/users-cli.ts', args, { DATA_DIR: dataDir }, input);

describe('user:add', () => {
  let dataDir: string;
  before(async () => (dataDir = await mkdtemp(join(tmpdir(), 'ap-users-'))));
  after(() => rm(dataDir, { recursive: true, force: true }));

  test('creates an editor with the password from standard input, stored as an Argon2id hash', async () => {
    const result = await run(dataDir, ['--username', 'Tran.Thi.B', '--role', 'editor', '--display-name', 'Trần Thị B'], `${PASSWORD}\n`);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'Created editor "tran.thi.b" (Trần Thị B).');
    assert.doesNotMatch(result.stdout + result.stderr, new RegExp(PASSWORD));
    const store = await openStore({ dataDir, databaseUrl: undefined });
    try {
      const user = await store.getUserByUsername('tran.thi.b');
      assert.equal(user?.displayName, 'Trần Thị B');
      assert.equal(user?.role, 'editor');
      assert.match(user!.passwordHash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      assert.equal(await verifyPassword(user!.passwordHash, PASSWORD), true);
    } finally {
      await store.close();
    }
  });

  test('creates a site editor with --site, and refuses a site editor without a site or an editor with one', async () => {
    const store = await openStore({ dataDir, databaseUrl: undefined });
    try {
      await store.upsertStatsSite({ id: 'so-gd', origins: ['https://sogd.example.vn'], timeZone: 'Asia/Ho_Chi_Minh' });
    } finally {
      await store.close();
    }
    const refusals: [string[], RegExp][] = [
      [['--username', 'web-a', '--role', 'site-editor'], /A site editor needs the member site/],
      [['--username', 'web-a', '--role', 'site-editor', '--site', 'khong-co'], /No member site "khong-co"/],
      [['--username', 'web-a', '--role', 'editor', '--site', 'so-gd'], /Only a site editor has a site/],
    ];
    for (const [args, message] of refusals) {
      const result = await run(dataDir, args, `${PASSWORD}\n`);
      assert.equal(result.code, 1, result.stdout);
      assert.match(result.stderr, message);
      assert.match(result.stderr, /No user was created\./);
    }
    const result = await run(dataDir, ['--username', 'web-a', '--role', 'site-editor', '--site', 'so-gd'], `${PASSWORD}\n`);
    assert.equal(result.code, 0, result.stderr);
    assert.equal(result.stdout.trim(), 'Created site-editor "web-a" (web-a) of site so-gd.');
    const reopened = await openStore({ dataDir, databaseUrl: undefined });
    try {
      const user = await reopened.getUserByUsername('web-a');
      assert.deepEqual([user?.role, user?.siteId], ['site-editor', 'so-gd']);
    } finally {
      await reopened.close();
    }
  });

  test('on a terminal it asks for the password twice without showing it', async () => {
    // `script` gives the command a pseudo-terminal; each answer is typed once its prompt is there.
    const command = [process.execPath, '--import', 'tsx', CLI, '--username', 'le.van.c', '--role', 'admin']
      .map((part) => `'${part}'`)
      .join(' ');
    const child = spawn('script', ['-qefc', command, '/dev/null'], {
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let screen = '';
    const answered = new Set<string>();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      screen += chunk;
      for (const prompt of ['Password (12 to 128 characters): ', 'Password again: ']) {
        if (screen.includes(prompt) && !answered.has(prompt)) {
          answered.add(prompt);
          child.stdin.write(`${PASSWORD}\r`);
        }
      }
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    assert.equal(code, 0, screen);
    assert.match(screen, /Created admin "le.van.c"/);
    assert.doesNotMatch(screen, new RegExp(PASSWORD), 'the password is never echoed');
  });

  test('refuses a common password, a short one, an unknown role, a taken username and missing options', async () => {
    const cases: [string[], string, RegExp, number][] = [
      [['--username', 'quan-tri', '--role', 'admin'], 'qwerty123456\n', /common passwords.*No user was created/, 1],
      [['--username', 'quan-tri', '--role', 'admin'], 'short\n', /at least 12 characters.*No user was created/, 1],
      [['--username', 'quan-tri', '--role', 'owner'], `${PASSWORD}\n`, /role must be one of editor, admin/, 1],
      [['--username', 'TRAN.THI.B', '--role', 'admin'], `${PASSWORD}\n`, /already a user "tran.thi.b"/, 1],
      [['--role', 'admin'], `${PASSWORD}\n`, /^Usage: npm run user:add/, 2],
      [['--username', 'x', '--role', 'admin', '--password', 'p'], '', /Unknown option '--password'/, 2],
    ];
    for (const [args, input, message, code] of cases) {
      const result = await run(dataDir, args, input);
      assert.equal(result.code, code, args.join(' '));
      assert.match(result.stderr, message, args.join(' '));
    }
    const store = await openStore({ dataDir, databaseUrl: undefined });
    try {
      assert.equal(await store.getUserByUsername('quan-tri'), undefined);
    } finally {
      await store.close();
    }
  });
});
