// <ap-article-list> rendered in Node with Lit SSR (the built packages), as the portal's list pages render it: its first
// page from `initialData` in Declarative Shadow DOM, with the inner pagination, in Vietnamese and English; bad or
// missing data never throws.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { serverDataScript } from '@agency-portal/core';
import '@agency-portal/article-list/define.js';

const ORIGIN = 'https://tintuc.example.gov.vn';

/** One page in the articles API's shape: a cover with every width, a picture without, a hostile title. */
function apiPage(page = 1) {
  return {
    items: [
      {
        id: 2,
        slug: 'hoi-nghi',
        title: 'Hội nghị tổng kết <b>năm</b> & "bầu cử" </script>',
        summary: 'Đảng ủy Khối tổ chức hội nghị.',
        image: {
          url: `${ORIGIN}/media/u/hoi-nghi-1200.jpg`,
          alt: 'Hội trường',
          width: 1200,
          height: 675,
          srcset: {
            webp: `${ORIGIN}/media/u/hoi-nghi-320.webp 320w`,
            jpeg: `${ORIGIN}/media/u/hoi-nghi-320.jpg 320w, ${ORIGIN}/media/u/hoi-nghi-640.jpg 640w`,
          },
          sizes: '(min-width: 60rem) 24rem, 100vw',
        },
        category: { slug: 'tin-hoat-dong', name: 'Tin hoạt động' },
        author: 'Văn phòng',
        publishedAt: '2026-01-15T03:00:00.000Z',
        views: 12345,
        url: `${ORIGIN}/bai-viet/hoi-nghi`,
      },
      {
        id: 1,
        slug: 'chuyen-doi-so',
        title: 'Chuyển đổi số',
        summary: 'Tóm tắt.',
        image: { url: `${ORIGIN}/media/chuyen-doi-so.jpg`, alt: 'Mạch số', width: 800, height: 450 },
        category: { slug: 'chuyen-doi-so', name: 'Chuyển đổi số' },
        author: 'Sở',
        publishedAt: '2026-01-10T03:00:00.000Z',
        views: 7,
        url: `${ORIGIN}/bai-viet/chuyen-doi-so`,
      },
    ],
    page,
    pageSize: 2,
    total: 9,
    totalPages: 5,
  };
}

/** The list rendered as the portal renders it, without Lit's hydration markers and the stylesheets. */
function ssr(lang: string | undefined, data: unknown, { links = true } = {}): string {
  // No data, no JSON child (JSON has no undefined).
  const child = data === undefined ? nothing : unsafeHTML(serverDataScript(data));
  const markup = collectResultSync(
    render(
      html`<ap-article-list lang=${lang ?? nothing} src=${`${ORIGIN}/api/v1/articles`} page-size="2" layout="grid" heading-level="2" sync-url href-template=${links ? '?page={page}' : nothing} label="Tin tức" .initialData=${data}>${child}</ap-article-list>`,
    ),
  );
  return markup.replace(/<!--\/?lit-[^>]*-->|<\?>/g, '').replace(/<style>[\s\S]*?<\/style>/g, '<style/>');
}

/** The list's own shadow root (up to its pagination), the pagination's, and the JSON child. */
function parts(markup: string) {
  const [list, rest = ''] = markup.split('<ap-pagination ');
  const [pagination, after = ''] = rest.split('</ap-pagination>');
  return { list, pagination, json: /<script type="application\/json">(.*)<\/script><\/ap-article-list>$/.exec(after)?.[1] };
}

describe('<ap-article-list> rendered on the server', () => {
  test('in Vietnamese: the page of articles in DSD, pictures with size and srcset, dates, views, headings, status', () => {
    const markup = ssr('vi', apiPage());
    assert.match(markup, /^<ap-article-list [^>]*lang="vi"[^>]*><template shadowroot="open" shadowrootmode="open"><style\/>/);
    const { list } = parts(markup);
    assert.match(list, /<div role=status aria-live=polite>Trang 1 \/ 5<\/div>/);
    assert.match(list, /<section part=region aria-label="Tin tức" aria-busy="false" tabindex=-1>/);
    assert.match(list, /<ul part=list class="grid" role=list>/);
    assert.equal(list.match(/<li part=item>/g)?.length, 2);
    // The title is text, escaped: no markup of the API's reaches the page.
    assert.ok(
      list.includes(
        `<a part=link href="${ORIGIN}/bai-viet/hoi-nghi">Hội nghị tổng kết &lt;b&gt;năm&lt;/b&gt; &amp; &quot;bầu cử&quot; &lt;/script&gt;</a>`,
      ),
    );
    assert.match(list, /<div part=title role=heading aria-level="2">/);
    const [cover = '', plain = ''] = list.match(/<img [^>]*>/g) ?? [];
    for (const attribute of [
      `src="${ORIGIN}/media/u/hoi-nghi-1200.jpg"`,
      `srcset="${ORIGIN}/media/u/hoi-nghi-320.jpg 320w, ${ORIGIN}/media/u/hoi-nghi-640.jpg 640w"`,
      'sizes="24rem"',
      'width="1200"',
      'height="675"',
      'alt="Hội trường"',
    ]) {
      assert.ok(cover.includes(attribute), `${attribute} in ${cover}`);
    }
    assert.ok(!plain.includes('srcset'), 'a picture in one size has no srcset');
    assert.ok(plain.includes('width="800"') && plain.includes('height="450"'));
    assert.match(list, /<time datetime="2026-01-15T03:00:00.000Z">15\/01\/2026<\/time>/);
    assert.match(list, /<span>Lượt xem: 12\.345<\/span>/);
    assert.match(list, /<p part=summary>Đảng ủy Khối tổ chức hội nghị.<\/p>/);
  });

  test("with its pagination: links of the given page in the list's language, hydrated after the list", () => {
    const { pagination } = parts(ssr('vi', apiPage(2)));
    assert.match(pagination, /^\s*part="pagination" lang="vi" defer-hydration><template shadowroot="open" shadowrootmode="open"><style\/>/);
    assert.match(pagination, /<nav part=nav aria-label="Phân trang Tin tức">/);
    assert.match(pagination, /<a part="link current" href="\?page=2"\s+aria-label="Trang 2" aria-current="page"/);
    assert.match(
      pagination,
      /<a part="link previous" href="\?page=1" rel="prev"\s*><span class=arrow aria-hidden=true>‹<\/span><span class=words>Trang trước<\/span><\/a>/,
    );
    assert.match(pagination, /<a part="link next" href="\?page=3" rel="next"/);
  });

  test('in English: the status, view counts and the pagination speak English', () => {
    const markup = ssr('en', apiPage());
    const { list, pagination } = parts(markup);
    assert.match(list, /<div role=status aria-live=polite>Page 1 of 5<\/div>/);
    assert.match(list, /<span>Views: 12,345<\/span>/);
    assert.match(pagination, /lang="en" defer-hydration/);
    assert.match(pagination, /<nav part=nav aria-label="Tin tức: pages">/);
    assert.match(pagination, /<span class=words>Next page<\/span>/);
    assert.match(pagination, /aria-label="Page 1" aria-current="page"/);
  });

  test('carries its data as a JSON child that no text inside can close', () => {
    const data = apiPage();
    const { json } = parts(ssr('vi', data));
    assert.ok(json, 'the JSON child follows the shadow root');
    assert.ok(!json.includes('</script>') && !json.includes('<b>'));
    assert.deepEqual(JSON.parse(json), data);
  });

  test('without href-template the pagination is buttons', () => {
    const { pagination } = parts(ssr('vi', apiPage(), { links: false }));
    assert.match(pagination, /<button type=button part="link current"\s+aria-label="Trang 1" aria-current="page"/);
    assert.doesNotMatch(pagination, /<a /);
  });

  test('an empty page shows the empty state and no pagination links', () => {
    const markup = ssr('vi', { items: [], page: 1, pageSize: 10, total: 0, totalPages: 0 });
    assert.match(parts(markup).list, /<p part=empty>Chưa có bài viết nào.<\/p>/);
    assert.doesNotMatch(markup, /<nav/);
  });

  test('bad or missing data never throws: the server renders the loading state the browser starts with', () => {
    const page = apiPage();
    const bad = [
      undefined,
      null,
      'text',
      { items: 'none' },
      { ...page, totalPages: 'five' },
      { ...page, items: [{ ...page.items[0], url: 'javascript:alert(1)' }] },
      { ...page, items: [{ ...page.items[0], image: { ...page.items[0].image, url: 'data:x' } }] },
    ];
    for (const [lang, status] of [
      ['vi', 'Đang tải…'],
      ['en', 'Loading…'],
      [undefined, 'Đang tải…'],
    ]) {
      for (const data of bad) {
        const markup = ssr(lang, data);
        const { list } = parts(markup);
        assert.ok(list.includes(`<div role=status aria-live=polite>${status}</div>`), `${lang} ${JSON.stringify(data)}`);
        assert.match(list, /aria-busy="true"/);
        assert.match(list, /<ul part=list class="grid skeleton" aria-hidden="?true"?>/);
        assert.doesNotMatch(markup, /href="javascript:/);
        assert.doesNotMatch(markup, /<nav/);
      }
    }
  });
});
