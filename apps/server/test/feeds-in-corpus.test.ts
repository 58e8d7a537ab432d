import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeFeed } from '../src/feeds-in/charset.js';
import { FeedError } from '../src/feeds-in/errors.js';
import { fetchFeed } from '../src/feeds-in/fetch.js';
import { parseFeed, type ParsedFeed } from '../src/feeds-in/parse.js';
import { FIXTURES_DIR, fakeResolver, startFixtureServer, type FixtureServer } from './feeds-in-fixture-server.js';

// Every fixture of the corpus goes through the whole pipeline (a real HTTP fetch from the local fixture server,
// charset decoding, parsing, normalising, sanitizing) and must give the result its README table states.

const readme = readFileSync(join(FIXTURES_DIR, 'README.md'), 'utf8');
/** Fixture path -> "N items" or "error <code>", from the corpus tables (before the detailed results). */
const expected = new Map<string, string>();
for (const line of readme.split('## Results in detail')[0].split('\n')) {
  const cells = line.split('|').map((cell) => cell.trim());
  if (/^(real|made)\//.test(cells[1] ?? '')) expected.set(cells[1], cells[cells.length - 2]);
}
const files = ['real', 'made'].flatMap((dir) => readdirSync(join(FIXTURES_DIR, dir)).map((name) => `${dir}/${name}`));

let server: FixtureServer;
before(async () => {
  server = await startFixtureServer();
});
after(() => server.close());

/** Fetches and reads a fixture the way the refresher does. */
async function read(fixture: string): Promise<ParsedFeed> {
  const answer = await fetchFeed(server.url(`/${fixture}`), { exemptions: [server.exemption], resolve: fakeResolver({}) });
  assert.equal(answer.notModified, false);
  if (answer.notModified) throw new Error('unreachable');
  return parseFeed(decodeFeed(answer.body, answer.contentType).text, answer.url);
}

async function outcome(fixture: string): Promise<string> {
  try {
    return `${(await read(fixture)).items.length} items`;
  } catch (error) {
    if (error instanceof FeedError) return `error ${error.code}`;
    throw error;
  }
}

// The allow-list again, written out on its own on purpose: a tag added to sanitize.ts by mistake must fail here.
const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'figure',
  'figcaption',
  'img',
  'a',
  'strong',
  'em',
  'b',
  'i',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
]);
const ALLOWED_ATTRIBUTES = new Set(['href', 'rel', 'src', 'alt', 'width', 'height']);

/** Problems in sanitized HTML: tags or attributes off the allow-list, or a URL that is not http(s). */
function problems(html: string): string[] {
  const found: string[] = [];
  // Text is escaped ("&lt;script&gt;" is text): only real tags count.
  for (const [tag, name, attributes] of html.matchAll(/<\/?([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    if (!ALLOWED_TAGS.has(name.toLowerCase())) found.push(`tag ${tag}`);
    for (const [, attribute, value] of attributes.matchAll(/\s([^\s=/]+)(?:="([^"]*)")?/g)) {
      if (!ALLOWED_ATTRIBUTES.has(attribute.toLowerCase())) found.push(`attribute ${attribute} in ${tag}`);
      if ((attribute === 'href' || attribute === 'src') && !/^https?:\/\//.test(value ?? '')) found.push(`URL ${value} in ${tag}`);
    }
  }
  return found;
}

describe('the corpus', () => {
  test('has at least 20 real-world feeds and lists every fixture in its README', () => {
    assert.ok(files.filter((file) => file.startsWith('real/')).length >= 20);
    assert.deepEqual(
      files.filter((file) => !expected.has(file)),
      [],
      'fixtures missing from the README tables',
    );
    assert.deepEqual(
      [...expected.keys()].filter((file) => !files.includes(file)),
      [],
      'README rows without a fixture file',
    );
  });

  for (const file of files) {
    test(`${file}: ${expected.get(file)}`, async () => {
      assert.equal(await outcome(file), expected.get(file));
    });
  }

  test('no fixture lets a script, an event handler, a style or a dangerous URL through', async () => {
    let checked = 0;
    for (const file of files) {
      let feed: ParsedFeed;
      try {
        feed = await read(file);
      } catch {
        continue;
      }
      for (const item of feed.items) {
        checked++;
        assert.deepEqual(problems(item.html), [], `${file}: ${item.html}`);
        for (const url of [item.url, item.image?.url]) {
          if (url !== null && url !== undefined) assert.match(url, /^https?:\/\//, `${file}: ${url}`);
        }
        for (const match of item.html.matchAll(/\s(?:href|src)="([^"]*)"/g)) assert.match(match[1], /^https?:\/\//, `${file}: ${match[1]}`);
      }
    }
    assert.ok(checked > 50, `only ${checked} items checked`);
  });
});

describe('what the corpus items contain', () => {
  const VI_TITLE = 'Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2026';

  test('charsets: windows-1258, NFD UTF-8, UTF-16 LE and BE all give the same NFC Vietnamese text', async () => {
    assert.equal(VI_TITLE, VI_TITLE.normalize('NFC'));
    for (const file of ['made/vi-windows-1258.rss', 'made/vi-nfd-utf8.rss', 'made/utf16le-bom.atom', 'made/utf16be-bom.json']) {
      const [item] = (await read(file)).items;
      assert.equal(item.title, VI_TITLE, file);
      assert.equal(item.summary, 'Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị trực tuyến với các sở, ngành và địa phương.', file);
    }
  });

  test('charsets: windows-1252, ISO-8859-1, ISO-8859-2, windows-1251 (declared or only in HTTP)', async () => {
    assert.equal((await read('made/windows-1252.rss')).items[0].title, 'Café “Smart City” – €5 million for the façade');
    assert.equal((await read('made/iso-8859-1.rss')).items[0].summary, 'Crème brûlée, garçon, señor, Größe');
    assert.equal((await read('real/rbren-latin2.rss')).items[0].title, 'ZAŻÓŁĆ GĘSLĄ JAŹŃ');
    assert.equal((await read('real/rbren-encoding.rss')).items[0].title, 'Mãe de utente é a nova presidente da Raríssimas');
    assert.equal((await read('made/windows-1251.rss')).items[0].title, 'Новости министерства связи');
    assert.equal((await read('made/windows-1251-http-only.rss')).items[0].title, 'Новости министерства связи');
    assert.equal((await read('real/gofeed-json-utf8-bom.json')).items[0].summary, 'beforeafter 𨮓');
  });

  test('junk before the XML declaration and out-of-range character references are tolerated', async () => {
    assert.equal((await read('made/leading-junk.rss')).items.length, 1);
    assert.equal((await read('real/rbren-rss091.rss')).title, 'Folha.com - Colunas - Futebol na Rede');
    assert.equal((await read('real/feedparser-charref_out_of_range.xml')).title, 'a \ufffd b \ufffd c \ufffd d');
  });

  test('markup in titles is literal text; Atom HTML titles become their text', async () => {
    const rss = await read('made/xss.rss');
    assert.equal(rss.items[0].title, '<script>alert("title")</script> Tiêu đề có thẻ script');
    const atom = await read('made/xss.atom');
    assert.equal(atom.items[0].title, 'HTML title');
    assert.equal(atom.items[1].title, 'Escaped <b>markup</b> stays literal');
    assert.equal((await read('made/xss.json')).items[0].title, '<script>alert(2)</script>');
    assert.equal((await read('made/html-entities.rss')).items[0].title, 'Q&A: R&D news today été …');
  });

  test('dangerous links are dropped, the item link falls back to the site', async () => {
    const rss = await read('made/xss.rss');
    assert.equal(rss.items.find((item) => item.title === 'javascript: item link')?.url, 'https://xss.example/');
    assert.match(rss.items[1].html, /<a href="https:\/\/xss\.example\/ok" rel="nofollow noopener noreferrer">relative ok<\/a>/);
    assert.equal(rss.items[2].html, '<p>styled</p>');
    const json = await read('made/xss.json');
    assert.equal(json.items[0].url, 'https://xss.example/json/');
    assert.equal(json.items[0].image, null);
    assert.equal(json.items[1].html, '<p>&lt;b&gt;text content is not HTML&lt;/b&gt;</p>');
  });

  test('external entities and entity expansion are never processed', async () => {
    const feed = await read('made/xxe.rss');
    const text = JSON.stringify(feed);
    assert.doesNotMatch(text, /root:|lollollol/);
    assert.equal(feed.items[0].title, 'Laughs &lol3;');
  });

  test('relative URLs: xml:base on feed, entry and content, the feed link, the document URL', async () => {
    const base = await read('made/relative-xml-base.atom');
    assert.equal(base.items[0].url, 'https://base.example/news/2026/11/article-1.html');
    assert.equal(base.items[0].image?.url, 'https://base.example/media/photo.jpg');
    assert.match(base.items[0].html, /href="https:\/\/base\.example\/about"/);
    assert.equal(base.items[1].url, 'https://base.example/news/article-2.html');
    assert.match(base.items[1].html, /href="https:\/\/base\.example\/news\/more\.html"/);

    const rss = await read('made/relative-rss-link.rss');
    assert.deepEqual(
      rss.items.map((item) => item.url),
      ['https://site.example/portal/tin/1.html', 'https://site.example/tin/2.html'],
    );
    assert.equal(rss.items[0].image?.url, 'https://site.example/media/a.jpg');

    assert.equal((await read('real/rbren-gulp-atom.atom')).items[0].url, 'https://github.com/gulpjs/gulp/releases/tag/v3.9.0');
    assert.match(
      (await read('real/feedparser-entry_content_xml_base.xml')).items[0].html,
      /href="http:\/\/example\.com\/test\/test\.html"/,
    );
    assert.match(
      (await read('real/feedparser-entry_content_xml_base_inherit.xml')).items[0].html,
      /href="http:\/\/example\.com\/test\/test\.html"/,
    );
    assert.equal((await read('real/feedparser-http_entry_link_base_docuri.xml')).items[0].url, server.url('/relative/link'));
  });

  test('missing titles and dates: a title from the text, unreadable dates become null', async () => {
    const items = (await read('made/missing-titles-dates.rss')).items;
    const byUrl = new Map(items.map((item) => [item.url, item]));
    assert.equal(byUrl.get('https://site.example/no-title')?.title, 'Một bản tin không có tiêu đề nhưng có nội dung.');
    assert.equal(byUrl.get('https://site.example/no-date')?.publishedAt, null);
    assert.equal(byUrl.get('https://site.example/bad-date')?.publishedAt, null);
    assert.equal(byUrl.get('https://site.example/impossible')?.publishedAt, null);
    assert.equal(byUrl.get('https://site.example/dmy')?.publishedAt?.toISOString(), '2026-11-25T07:05:00.000Z');
    assert.equal(byUrl.get('https://site.example/gmt7')?.publishedAt?.toISOString(), '2026-11-24T02:00:00.000Z');
    assert.ok(items.every((item) => item.title !== '' && (item.publishedAt === null || !Number.isNaN(item.publishedAt.getTime()))));
  });

  test('thumbnails: enclosure, then media:thumbnail, then media:content, then the first real image', async () => {
    const items = (await read('made/thumbnails.rss')).items;
    assert.deepEqual(
      items.map((item) => item.image),
      [
        { url: 'https://img.example/enclosure.jpg', alt: '' },
        { url: 'https://img.example/thumbnail.jpg', alt: '' },
        { url: 'https://img.example/content.jpg', alt: '' },
        { url: 'https://img.example/first.jpg', alt: 'Ảnh đầu' },
        null,
      ],
    );
    assert.equal(
      (await read('real/rbren-craigslist.rdf')).items[0].image?.url,
      'http://images.craigslist.org/00r0r_7EYzNDucOQn_300x300.jpg',
    );
    assert.equal((await read('real/rbren-gulp-atom.atom')).items[0].image?.url, 'https://avatars3.githubusercontent.com/u/425716?v=3&s=60');
  });

  test('JSON Feed fields', async () => {
    const [item] = (await read('real/gofeed-json-sample.json')).items;
    assert.equal(item.url, 'https://sample-json-feed.com/id');
    assert.equal(item.image?.url, 'https://sample-json-feed.com/image.png');
    assert.equal(item.publishedAt?.toISOString(), '2019-10-12T07:20:50.520Z');
    assert.equal(item.summary, 'summary');
    assert.equal(item.html, '<p>content_html</p>');
    assert.equal(item.author, 'author_name');
  });
});

describe('choosing the charset', () => {
  const xml = (encoding: string, text: string) =>
    `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${text}</title></channel></rss>`;

  test('a BOM wins over the header and the declaration', () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('windows-1252', 'Việt'))]);
    assert.deepEqual(
      { ...decodeFeed(body, 'text/xml; charset=windows-1251'), text: undefined },
      { text: undefined, charset: 'utf-8', source: 'bom' },
    );
  });

  test('the header wins over the declaration', () => {
    const decoded = decodeFeed(iconv.encode(xml('utf-8', 'Новости'), 'windows-1251'), 'application/rss+xml; charset="Windows-1251"');
    assert.equal(decoded.charset, 'windows-1251');
    assert.match(decoded.text, /Новости/);
  });

  test('a header claiming UTF-8 for bytes that are not falls back to the declaration', () => {
    const decoded = decodeFeed(readFileSync(join(FIXTURES_DIR, 'made/vi-windows-1258.rss')), 'text/xml; charset=utf-8');
    assert.deepEqual([decoded.charset, decoded.source], ['windows-1258', 'declaration']);
    assert.match(decoded.text.normalize('NFC'), /Hội nghị/);
  });

  test('a header claiming ISO-8859-1 for UTF-8 bytes is not believed', () => {
    const decoded = decodeFeed(Buffer.from(xml('utf-8', 'Hội nghị')), 'text/xml; charset=ISO-8859-1');
    assert.equal(decoded.charset, 'utf-8');
    assert.match(decoded.text, /Hội nghị/);
  });

  test('no label at all: UTF-8 when valid, else windows-1252', () => {
    assert.equal(decodeFeed(Buffer.from('<rss>Hội</rss>')).charset, 'utf-8');
    const latin = decodeFeed(iconv.encode('<rss>Café “x”</rss>', 'windows-1252'));
    assert.deepEqual([latin.charset, latin.text], ['windows-1252', '<rss>Café “x”</rss>']);
  });

  test('an unknown charset is a clear error', () => {
    assert.throws(
      () => decodeFeed(Buffer.from(xml('x-klingon', 'a')), undefined),
      (error: unknown) => error instanceof FeedError && error.code === 'unsupported_charset',
    );
  });
});
