import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startServer, type TestServer } from './helpers.js';

const SECRET = 'database password is hunter2';

interface ApiError {
  error: { code: string; message: string };
}

describe('health and API errors', () => {
  let server: TestServer;
  before(async () => {
    // Routes that fail on purpose, to reach the error handler; the application itself has none.
    server = await startServer(
      {},
      {
        beforeListen(app) {
          app.get('/api/v1/test-failure', () => {
            throw new Error(SECRET);
          });
          app.get('/test-failure', () => {
            throw new Error(SECRET);
          });
        },
      },
    );
  });
  after(() => server.close());

  test('GET /healthz answers ok and is not cached', async () => {
    const response = await fetch(server.url('/healthz'));
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  test('an unknown API route answers a 404 JSON error', async () => {
    for (const [path, shown] of [
      ['/api/v1/nope?x=1', '/api/v1/nope'],
      ['/api', '/api'],
    ]) {
      const response = await fetch(server.url(path));
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
      assert.deepEqual(await response.json(), { error: { code: 'not_found', message: `No route for GET ${shown}.` } });
    }
  });

  test('a body over 64 KiB answers 413 before routing, a smaller one reaches the 404', async () => {
    const post = (size: number) =>
      fetch(server.url('/api/v1/nope'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: 'a'.repeat(size) }),
      });

    const large = await post(64 * 1024);
    assert.equal(large.status, 413);
    const { error } = (await large.json()) as ApiError;
    assert.equal(error.code, 'payload_too_large');
    assert.match(error.message, /too large/);

    const small = await post(60 * 1024);
    assert.equal(small.status, 404);
    assert.equal(((await small.json()) as ApiError).error.code, 'not_found');
  });

  test('malformed JSON answers a 400 JSON error', async () => {
    const response = await fetch(server.url('/api/v1/nope'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"title": ',
    });
    assert.equal(response.status, 400);
    const { error } = (await response.json()) as ApiError;
    assert.equal(error.code, 'bad_request');
    assert.equal(typeof error.message, 'string');
  });

  test('a malformed URL under /api/ answers a 400 JSON error', async () => {
    const response = await fetch(server.url('/api/%zz'));
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as ApiError).error.code, 'bad_request');
  });

  test('a failing API route answers 500 with a generic message and no details', async () => {
    const response = await fetch(server.url('/api/v1/test-failure'));
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.deepEqual(JSON.parse(text), { error: { code: 'internal_error', message: 'Internal server error.' } });
    assert.ok(!text.includes('hunter2'));
  });

  test('a failing page answers the HTML 500 page without details', async () => {
    const response = await fetch(server.url('/test-failure'));
    assert.equal(response.status, 500);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const text = await response.text();
    assert.match(text, /<h1>Lỗi máy chủ<\/h1>/);
    assert.ok(!text.includes('hunter2'));
    assert.doesNotMatch(text, /\n\s+at /, 'no stack trace');
  });
});
