// GET /api/v1/search on the real server with the demo content: ranked results with highlights, paging, filters, and
// bad input answered with a clear 4xx (never a 5xx, never the engine's own error).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => {
  server = await startServer();
  await server.store.insertArticle({
    slug: 'bai-co-ma',
    title: '<script>alert("x")</script> Cải cách thủ tục',
    summary: 'Tóm tắt <img src=x onerror=alert(1)>',
    body: '<p>Nội dung &lt;script&gt;alert(2)&lt;/script&gt; về thủ tục một cửa.</p><script>alert(3)</script>',
    image: null,
    categorySlug: 'tin-hoat-dong',
    author: 'A',
    publishedAt: new Date('2026-01-01T00:00:00Z'),
  });
});
after(() => server?.close());

interface Results {
  q: string;
  items: {
    type: string;
    slug: string | null;
    title: string;
    url: string;
    category: { slug: string };
    highlight: { title: string; snippet: string };
  }[];
  page: number;
  pageSize: number;
  total: number;
  totalPages: number;
}

const search = (query: string) => fetch(server.url(`/api/v1/search?${query}`));

test('"cai cach hanh chinh" finds the demo articles on administrative reform, best first, with marked snippets', async () => {
  const response = await search('q=cai%20cach%20hanh%20chinh');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('access-control-allow-origin'), '*');
  assert.equal(response.headers.get('cache-control'), 'public, max-age=60');
  const body = (await response.json()) as Results;
  assert.equal(body.q, 'cai cach hanh chinh');
  assert.ok(body.total >= 3, `${body.total} results`);
  assert.deepEqual([body.page, body.pageSize, body.totalPages], [1, 10, Math.ceil(body.total / 10)]);
  const [first, second, third] = body.items;
  for (const item of [first, second, third]) {
    assert.equal(item.type, 'article');
    assert.match(item.title, /cải cách hành chính/i, 'the phrase in the title ranks first');
    assert.match(item.highlight.title, /<mark>cải cách hành chính<\/mark>/i);
    assert.equal(item.url, `${server.config.publicUrl}/bai-viet/${item.slug}`);
  }
  assert.ok(body.items.every((item) => item.highlight.snippet.includes('<mark>')));
});

test('paging, source and category: the same ranking cut into pages; feeds alone find nothing here', async () => {
  const all = (await (await search('q=cai%20cach&pageSize=50')).json()) as Results;
  const second = (await (await search('q=cai%20cach&pageSize=2&page=2')).json()) as Results;
  assert.deepEqual(
    second.items.map((item) => item.slug),
    all.items.slice(2, 4).map((item) => item.slug),
  );
  assert.equal(second.total, all.total);
  const feeds = (await (await search('q=cai%20cach&source=feeds')).json()) as Results;
  assert.deepEqual([feeds.total, feeds.items], [0, []]);
  const portal = (await (await search('q=cai%20cach&source=portal&pageSize=50')).json()) as Results;
  assert.equal(portal.total, all.total);
  const reform = (await (await search('q=cai%20cach&category=cai-cach-hanh-chinh&pageSize=50')).json()) as Results;
  assert.ok(reform.total > 0 && reform.total < all.total);
  assert.ok(reform.items.every((item) => item.category.slug === 'cai-cach-hanh-chinh'));
  const beyond = (await (await search('q=cai%20cach&page=999')).json()) as Results;
  assert.deepEqual(beyond.items, []);
});

test('stored markup and the query come back as text: only <mark> is markup in a highlight', async () => {
  const body = (await (await search(`q=${encodeURIComponent('<script> thu tuc')}`)).json()) as Results;
  const item = body.items.find((found) => found.slug === 'bai-co-ma');
  assert.ok(item, 'the article is found');
  assert.equal(
    item.highlight.title,
    '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; Cải cách <mark>thủ tục</mark>',
  );
  for (const text of [item.highlight.title, item.highlight.snippet]) {
    assert.doesNotMatch(text.replace(/<\/?mark>/g, ''), /[<>]/, text);
  }
  assert.match(item.highlight.snippet, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.doesNotMatch(item.highlight.snippet, /alert\(3\)/, 'the sanitizer dropped the script element before it was indexed');
});

test('bad input: a clear 400 with the one error shape, never a 5xx or an engine error', async () => {
  const refused: [string, RegExp][] = [
    ['', /q/],
    ['q=', /q/],
    [`q=${'a'.repeat(1000)}`, /200/],
    ['q=x&page=0', /page/],
    ['q=x&page=abc', /page/],
    ['q=x&pageSize=51', /pageSize/],
    ['q=x&source=web', /source/],
    ['q=x&category=Tin%20tuc', /category/],
    ['q=x&q=y', /q/],
    ['q=x&sort=new', /sort|additional/],
  ];
  for (const [query, message] of refused) {
    const response = await search(query);
    assert.equal(response.status, 400, query);
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    const body = (await response.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'validation_failed', query);
    assert.match(body.error.message, message, query);
  }
  const unknown = await search('q=x&category=khong-co');
  assert.equal(unknown.status, 404);
  assert.equal(((await unknown.json()) as { error: { code: string } }).error.code, 'not_found');
});

test('engine syntax and punctuation-only queries answer 200: words found, or nothing', async () => {
  for (const q of [
    '"',
    '"""',
    '*',
    '***',
    'NEAR',
    'NEAR(cai cach)',
    '-cai',
    'cai:',
    ':',
    '(',
    ')',
    '{x}',
    "'",
    '\\',
    '&|!',
    'a OR b',
    '   ',
    '.',
  ]) {
    const response = await search(`q=${encodeURIComponent(q)}`);
    assert.equal(response.status, 200, q);
    const body = (await response.json()) as Results;
    assert.equal(body.q, q);
    assert.ok(Array.isArray(body.items), q);
    assert.doesNotMatch(JSON.stringify(body), /fts5|syntax error|tsquery/i, q);
  }
  const phrase = (await (await search(`q=${encodeURIComponent('NEAR("cai cach" -hanh: chinh*)')}`)).json()) as Results;
  assert.equal(phrase.total, 0, '"near" is a word like any other: no article has it');
  const words = (await (await search(`q=${encodeURIComponent('-"cai cach": hanh* chinh')}`)).json()) as Results;
  assert.ok(words.total > 0, 'the words of a query full of syntax are still found');
});

test('the OpenAPI document describes the search route', async () => {
  const doc = (await (await fetch(server.url('/api/v1/openapi.json'))).json()) as {
    paths: Record<string, Record<string, { tags: string[]; summary: string; responses: Record<string, unknown> }>>;
  };
  const operation = doc.paths['/api/v1/search'].get;
  assert.deepEqual(operation.tags, ['Search']);
  assert.ok(operation.summary);
  assert.deepEqual(Object.keys(operation.responses).sort(), ['200', '400', '404']);
});
