import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CHUNK_SOURCE, ENTRY_SOURCE, startServer, type TestServer } from './helpers.js';

describe('/embed/', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer();
  });
  after(() => server.close());

  test('serves an entry bundle as JavaScript, cached for 5 minutes, to any origin', async () => {
    const response = await fetch(server.url('/embed/pagination.js'), { headers: { origin: 'https://so-ban-nganh.example.vn' } });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=300');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(await response.text(), ENTRY_SOURCE);
  });

  test('serves hashed chunks as immutable for a year', async () => {
    const response = await fetch(server.url('/embed/chunks/x-abc123.js'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/javascript; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(await response.text(), CHUNK_SOURCE);
  });

  test('answers 404 for a bundle that does not exist', async () => {
    const response = await fetch(server.url('/embed/khong-co.js'));
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('cache-control'), null);
  });
});

describe('/embed/ without an embed build', () => {
  test('the server still starts; bundles answer 404', async () => {
    const server = await startServer({ EMBED_DIR: '/nonexistent/embed/dist' });
    try {
      assert.equal((await fetch(server.url('/healthz'))).status, 200);
      assert.equal((await fetch(server.url('/embed/pagination.js'))).status, 404);
    } finally {
      await server.close();
    }
  });
});
