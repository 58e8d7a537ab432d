// The embed catalog (GET /api/v1/embed/catalog), the builder's sandboxed preview (GET /embed/preview) and the
// embedding guide pages, on the real server with the real embed build (apps/embed/dist), on SQLite and PostgreSQL:
// the catalog's options follow the widgets' Custom Elements Manifests, its versions and hashes are /embed/versions.json's,
// the preview runs in a sandbox and never counts a visit, bad input gets the one error shape and changes nothing,
// and the guide's snippet pins the latest version with its hash in both languages.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { EmbedCatalog } from '@agency-portal/portal/embed-catalog.js';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { DEMO_CATEGORIES } from '../src/seed/index.js';
import type { Store } from '../src/store/types.js';
import { freePort } from '../../../scripts/free-port.mjs';
import { describeStore, storeBackends } from './pg-support.js';

const EMBED_DIR = fileURLToPath(new URL('../../embed/dist/', import.meta.url));
if (!existsSync(`${EMBED_DIR}integrity.json`)) throw new Error(`${EMBED_DIR} is not built: npm run build -w @agency-portal/embed.`);

/** The article list's attributes in its manifest, by name. */
const listManifest = new Map(
  (
    JSON.parse(readFileSync(new URL('../../../packages/article-list/custom-elements.json', import.meta.url), 'utf8')) as {
      modules: { declarations?: { customElement?: boolean; attributes?: { name: string; default?: string; description?: string }[] }[] }[];
    }
  ).modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement)!
    .attributes!.map((attribute) => [attribute.name, attribute]),
);

for (const backend of await storeBackends()) {
  describeStore(backend, 'embed catalog, preview and guide', ({ test, before, after }) => {
    let app: FastifyInstance;
    let store: Store;
    let origin: string;
    let versions: { latest: string; versions: Record<string, { files: Record<string, string> }> };
    const url = (path: string) => origin + path;
    const hits = async () => Number((await backend.rows(store, 'SELECT COUNT(*) AS n FROM stats_hits'))[0]!.n);

    before(async () => {
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      store = await backend.open();
      for (const { slug, name } of DEMO_CATEGORIES) await store.upsertCategory({ slug, name });
      await store.addFeedSource(
        { id: 'tin-so-gd', name: 'Sở Giáo dục', url: 'https://sogd.example.vn/rss', refreshMinutes: 30 },
        new Date(),
      );
      await store.upsertStatsSite({ id: 'so-gd', origins: ['https://sogd.example.vn'], timeZone: 'Asia/Ho_Chi_Minh' });
      app = buildApp(loadConfig({ LOG_LEVEL: 'silent', EMBED_DIR, PUBLIC_URL: origin, EMBED_VERSIONS_DIR: '/nonexistent' }), store);
      await app.listen({ port, host: '127.0.0.1' });
      versions = (await (await fetch(url('/embed/versions.json'))).json()) as typeof versions;
    });
    after(() => app?.close());

    test('the catalog: public and cacheable, options from the manifests, versions and hashes as /embed/versions.json', async () => {
      const response = await fetch(url('/api/v1/embed/catalog'), { headers: { origin: 'https://sogd.example.vn' } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), '*');
      assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+/);
      const catalog = (await response.json()) as EmbedCatalog;
      assert.equal(catalog.publicUrl, origin);
      assert.equal(catalog.latest, versions.latest);
      assert.deepEqual(
        catalog.versions.map(({ version, files }) => [version, files]),
        Object.entries(versions.versions).map(([version, { files }]) => [version, files]),
      );
      assert.deepEqual(
        catalog.widgets.map((widget) => [widget.id, widget.tag, widget.file, widget.package]),
        [
          ['article-list', 'ap-article-list', 'article-list.js', '@agency-portal/article-list'],
          ['banner-carousel', 'ap-banner-carousel', 'banner-carousel.js', '@agency-portal/banner-carousel'],
          ['visit-counter', 'ap-visit-counter', 'visit-counter.js', '@agency-portal/visit-counter'],
        ],
      );
      for (const widget of catalog.widgets) assert.ok(versions.versions[versions.latest]!.files[widget.file], `${widget.file} is served`);
      const list = catalog.widgets[0]!;
      const option = (name: string) => list.options.find((known) => known.attribute === name)!;
      // Types, defaults and the English help are the manifest's; every layout value is one its description names.
      assert.deepEqual([option('page-size').type, option('page-size').default, option('page-size').max], ['number', 10, 50]);
      assert.equal(option('layout').default, 'list');
      for (const value of option('layout').values!) assert.match(listManifest.get('layout')!.description!, new RegExp(`\`${value}\``));
      assert.equal(option('category').help.en, listManifest.get('category')!.description!.replace(/\s+/g, ' '));
      assert.deepEqual(
        list.options.map((known) => known.source ?? null),
        ['feeds', 'categories', null, null, null],
      );
      assert.ok(list.name.vi && list.name.en && list.description.vi && list.description.en);
      // The carousel's set is a parameter of its `src`, not an attribute: its default and help are the catalog's own.
      const carousel = catalog.widgets[1]!;
      assert.deepEqual(
        carousel.options.map((known) => [known.attribute, known.type, known.default, known.source ?? null, known.query ?? false]),
        [
          ['picker', 'boolean', false, null, false],
          ['autoplay', 'boolean', false, null, false],
          ['set', 'string', 'trang-chu', 'banner-sets', true],
          ['label', 'string', null, null, false],
        ],
      );
      const set = carousel.options[2]!;
      assert.deepEqual(set.label, { vi: 'Bộ banner', en: 'Banner set' });
      assert.ok(set.help.vi && set.help.en);
      const counter = catalog.widgets[2]!;
      assert.deepEqual(
        counter.options.map((known) => [known.attribute, known.type, known.default]),
        [
          ['site', 'string', null],
          ['track', 'boolean', false],
          ['label', 'string', null],
        ],
      );
    });

    test('the preview: the pinned bundle with its hash and the chosen attributes, in a sandbox, counting nothing', async () => {
      const before = await hits();
      const hash = versions.versions[versions.latest]!.files['article-list.js']!;
      const response = await fetch(
        url(
          `/embed/preview?widget=article-list&version=${versions.latest}&lang=en&layout=grid&page-size=3&category=${DEMO_CATEGORIES[0]!.slug}`,
        ),
      );
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /^sandbox allow-scripts; /);
      assert.doesNotMatch(csp, /allow-same-origin/);
      assert.match(csp, new RegExp(`script-src ${origin}/embed/;`));
      assert.match(csp, new RegExp(`connect-src ${origin}/api/;`));
      assert.match(csp, new RegExp(`frame-ancestors ${origin}$`));
      assert.equal(response.headers.get('cache-control'), 'no-store');
      const body = await response.text();
      assert.match(body, /^<!doctype html>\n<html lang="en">/);
      assert.ok(
        body.includes(
          `<script type="module" src="${origin}/embed/v${versions.latest}/article-list.js" integrity="${hash}" crossorigin="anonymous"></script>`,
        ),
        body,
      );
      assert.ok(
        body.includes(
          `<ap-article-list src="${origin}/api/v1/articles" category="${DEMO_CATEGORIES[0]!.slug}" page-size="3" layout="grid" lang="en"></ap-article-list>`,
        ),
        body,
      );
      // Every inline style is allowed by its hash; no inline script.
      assert.doesNotMatch(body, /<script>/);

      // The counter's preview shows the counts but never sends a visit, even with `track` chosen.
      const counter = await (
        await fetch(url(`/embed/preview?widget=visit-counter&version=${versions.latest}&site=so-gd&track=true`))
      ).text();
      assert.ok(counter.includes(`<ap-visit-counter api="${origin}/api/v1/" site="so-gd" lang="vi"></ap-visit-counter>`), counter);
      // The feed mode reads the feed's items from the portal.
      const feed = await (await fetch(url(`/embed/preview?widget=article-list&version=${versions.latest}&feed=tin-so-gd`))).text();
      assert.ok(feed.includes(`<ap-article-list src="${origin}/api/v1/feeds/tin-so-gd/items" feed="tin-so-gd" lang="vi">`), feed);
      // Free text is escaped where it goes into the element.
      const label = await (
        await fetch(
          url(
            `/embed/preview?widget=banner-carousel&version=${versions.latest}&label=${encodeURIComponent('"><script>alert(1)</script>')}`,
          ),
        )
      ).text();
      assert.ok(label.includes(`label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`), label);
      // The carousel's set goes into its `src`, left out at its default.
      const carousel = async (query: string) =>
        (await (await fetch(url(`/embed/preview?widget=banner-carousel&version=${versions.latest}${query}`))).text()).match(
          /<ap-banner-carousel[^>]*>/,
        )?.[0];
      assert.equal(
        await carousel('&set=so-gd&picker=true'),
        `<ap-banner-carousel src="${origin}/api/v1/banners?set=so-gd" picker lang="vi">`,
      );
      assert.equal(await carousel('&set=trang-chu'), `<ap-banner-carousel src="${origin}/api/v1/banners" lang="vi">`);
      assert.equal(await carousel(''), `<ap-banner-carousel src="${origin}/api/v1/banners" lang="vi">`);
      assert.equal(await hits(), before);
    });

    test('the preview refuses bad input with the one error shape', async () => {
      const v = versions.latest;
      const cases: [string, number, RegExp][] = [
        [`widget=login-box&version=${v}`, 400, /^widget must be one of article-list, banner-carousel, visit-counter/],
        ['widget=article-list&version=9.9.9', 400, /Version "9\.9\.9" is not served/],
        [`widget=article-list&version=${v}&layout=table`, 400, /^layout must be one of list, grid, compact/],
        [`widget=article-list&version=${v}&page-size=0`, 400, /^page-size must be a whole number from 1 to 50/],
        [`widget=article-list&version=${v}&page-size=51`, 400, /^page-size must be a whole number/],
        [`widget=article-list&version=${v}&onclick=x`, 400, /has no option "onclick"/],
        [`widget=article-list&version=${v}&category=%22%3E%3Cscript%3E`, 400, /^category must be an id/],
        [`widget=article-list&version=${v}&category=khong-co`, 404, /^No category "khong-co"/],
        [`widget=visit-counter&version=${v}&site=khong-co`, 404, /^No site "khong-co"/],
        [`widget=visit-counter&version=${v}&track=yes`, 400, /^track must be true or false/],
        [`widget=article-list&version=${v}&lang=fr`, 400, /lang/],
        [`widget=banner-carousel&version=${v}&set=Trang_Chu`, 400, /^set must be an id/],
        [`widget=banner-carousel&version=${v}&set=${'a'.repeat(33)}`, 400, /^set must be at most 32 characters/],
        [`widget=article-list&version=${v}&set=so-gd`, 400, /has no option "set"/],
        [`widget=article-list&version=${v}&label=${'x'.repeat(121)}`, 400, /^label must be at most 120 characters/],
        ['version=1.0.0', 400, /widget/],
      ];
      for (const [query, status, message] of cases) {
        const response = await fetch(url(`/embed/preview?${query}`));
        assert.equal(response.status, status, query);
        const body = (await response.json()) as { error: { code: string; message: string } };
        assert.deepEqual(Object.keys(body), ['error'], query);
        assert.equal(
          body.error.code,
          status === 404 ? 'not_found' : body.error.code === 'validation_failed' ? 'validation_failed' : 'invalid_parameter',
          query,
        );
        assert.match(body.error.message, message, query);
      }
    });

    test('the embedding guide in Vietnamese and English: alternates, the pinned snippet with the hash of versions.json', async () => {
      const hash = versions.versions[versions.latest]!.files;
      const pages = { vi: '/huong-dan-nhung', en: '/en/embedding-guide' };
      for (const [lang, path] of Object.entries(pages)) {
        const response = await fetch(url(path));
        assert.equal(response.status, 200, path);
        assert.match(response.headers.get('content-security-policy') ?? '', /^default-src 'self'; script-src 'self';/);
        const body = await response.text();
        assert.match(body, new RegExp(`^<!doctype html>\\n<html lang="${lang}">`));
        assert.ok(body.includes(`<link rel="canonical" href="${origin}${path}">`), path);
        assert.ok(body.includes(`<link rel="alternate" hreflang="vi" href="${origin}/huong-dan-nhung">`), path);
        assert.ok(body.includes(`<link rel="alternate" hreflang="en" href="${origin}/en/embedding-guide">`), path);
        assert.ok(body.includes(`<link rel="alternate" hreflang="x-default" href="${origin}/huong-dan-nhung">`), path);
        for (const file of ['article-list.js', 'banner-carousel.js', 'visit-counter.js']) {
          // The snippet as the page shows it (HTML-escaped inside <code>).
          const tag = `&lt;script type=&quot;module&quot; src=&quot;${origin}/embed/v${versions.latest}/${file}&quot; integrity=&quot;${hash[file]}&quot; crossorigin=&quot;anonymous&quot;&gt;&lt;/script&gt;`;
          assert.ok(body.includes(tag), `${path}: ${file}`);
        }
        assert.ok(body.includes('npm install @agency-portal/article-list'), path);
        assert.ok(body.includes(`import &#39;@agency-portal/article-list/define.js&#39;;`), path);
        assert.ok(body.includes(`lang=&quot;${lang}&quot;`), path);
        // The carousel's banner set is a parameter of its src, as the guide's table says.
        assert.match(
          body,
          /<tr><th scope="row"><code>src=&quot;…\?set=&quot;<\/code><\/th><td>[^<]*<\/td><td>[^<]*\?set=…<\/td><td>trang-chu<\/td><\/tr>/,
          path,
        );
      }
      // Linked from every page's footer, and listed in the sitemap in both languages.
      assert.ok((await (await fetch(url('/'))).text()).includes('<p><a href="/huong-dan-nhung">Hướng dẫn nhúng tiện ích</a></p>'));
      assert.ok((await (await fetch(url('/en/'))).text()).includes('<p><a href="/en/embedding-guide">Embedding guide</a></p>'));
      const sitemap = await (await fetch(url('/sitemap.xml'))).text();
      assert.ok(sitemap.includes(`<loc>${origin}/huong-dan-nhung</loc>`));
      assert.ok(sitemap.includes(`<loc>${origin}/en/embedding-guide</loc>`));
    });

    test('the OpenAPI document lists the catalog and the preview', async () => {
      const doc = (await (await fetch(url('/api/v1/openapi.json'))).json()) as { paths: Record<string, Record<string, unknown>> };
      assert.ok(doc.paths['/api/v1/embed/catalog']?.get);
      assert.ok(doc.paths['/embed/preview']?.get);
    });
  });
}
