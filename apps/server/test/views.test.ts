import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Database from 'better-sqlite3';
import { SQLITE_FILE } from '../src/store/index.js';
import { portalDay } from '../src/views.js';
import { startServer, type TestServer } from './helpers.js';

describe('portalDay', () => {
  test('is the calendar day in Asia/Ho_Chi_Minh (UTC+7), as YYYY-MM-DD', () => {
    assert.equal(portalDay(new Date('2026-11-26T16:59:59.999Z')), '2026-11-26');
    assert.equal(portalDay(new Date('2026-11-26T17:00:00Z')), '2026-11-27');
    assert.equal(portalDay(new Date('2026-12-31T17:00:00Z')), '2027-01-01');
    assert.equal(portalDay(new Date('2026-03-01T00:00:00Z')), '2026-03-01');
  });
});

describe('view counting on the real server', () => {
  const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0 marker-7f3a';
  let server: TestServer;
  let clock = new Date('2026-11-26T03:00:00Z');
  let slug: string;
  before(async () => {
    server = await startServer({}, { now: () => clock });
    slug = (await server.store.listArticles({ now: new Date(), offset: 0, limit: 1 })).items[0].slug;
  });
  after(() => server.close());

  const view = async () => {
    const response = await fetch(server.url(`/api/v1/articles/${slug}/views`), { method: 'POST', headers: { 'user-agent': USER_AGENT } });
    assert.equal(response.status, 200);
    return ((await response.json()) as { views: number }).views;
  };
  /** The stored visitor hashes, read through a second connection. */
  const visitors = () => {
    const db = new Database(join(server.config.dataDir, SQLITE_FILE), { readonly: true });
    try {
      return db.prepare('SELECT day, visitor FROM article_views').all() as { day: string; visitor: string }[];
    } finally {
      db.close();
    }
  };

  test('a request without a User-Agent header is not counted', async () => {
    const before = (await server.store.getArticle(slug, new Date()))!.views;
    const { port } = new URL(server.url('/'));
    const body = await new Promise<string>((resolve, reject) => {
      // fetch() always sends a User-Agent; node:http sends none unless told.
      request({ host: '127.0.0.1', port, method: 'POST', path: `/api/v1/articles/${slug}/views` }, (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve(text));
      })
        .on('error', reject)
        .end();
    });
    assert.deepEqual(JSON.parse(body), { views: before });
    assert.deepEqual(visitors(), []);
  });

  test('stores a hash per visitor and day: no IP and no user agent, and a new hash the next day', async () => {
    await view();
    const [first] = visitors();
    assert.equal(first.day, '2026-11-26');
    assert.match(first.visitor, /^[0-9a-f]{64}$/);

    clock = new Date('2026-11-27T03:00:00Z');
    await view();
    const [second] = visitors();
    assert.equal(second.day, '2026-11-27');
    assert.match(second.visitor, /^[0-9a-f]{64}$/);
    assert.notEqual(second.visitor, first.visitor, 'a new daily salt makes a new hash');
    assert.equal(visitors().length, 1, "yesterday's records are gone");

    // Nothing in the database files holds the client's address or user agent (the media folder is there too, and empty).
    for (const file of readdirSync(server.config.dataDir, { withFileTypes: true }).flatMap((entry) =>
      entry.isFile() ? [entry.name] : [],
    )) {
      const bytes = readFileSync(join(server.config.dataDir, file)).toString('latin1');
      assert.ok(!bytes.includes('marker-7f3a'), file);
      assert.ok(!bytes.includes('127.0.0.1'), file);
    }
  });
});
