// <ap-pagination> rendered in Node with Lit SSR (the built package), as the portal's pages render it: Declarative
// Shadow DOM with the pages, in Vietnamese and English, one markup for every width, never throwing.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@agency-portal/pagination/define.js';

/** The element rendered to HTML, without Lit's hydration markers and its stylesheet. */
function ssr(template: ReturnType<typeof html>): string {
  return collectResultSync(render(template))
    .replace(/<!--\/?lit-[^>]*-->|<\?>/g, '')
    .replace(/<style>[\s\S]*?<\/style>/, '<style/>');
}

/** The controls as `text -> href` (or `text` for buttons), previous and next by their words, the current one `[n]`. */
function controls(markup: string): string[] {
  return [...markup.matchAll(/<(a|button) ([^>]*)>(.*?)<\/\1>/g)].map(([, , attributes, text]) => {
    const words = /<span class=words>(.*?)<\/span>/.exec(text)?.[1] ?? text;
    const shown = attributes.includes('aria-current="page"') ? `[${words}]` : words;
    const href = /href="([^"]*)"/.exec(attributes)?.[1];
    return href === undefined ? shown : `${shown} -> ${href}`;
  });
}

describe('<ap-pagination> rendered on the server', () => {
  test('links in Vietnamese: a nav in a DSD shadow root with its stylesheet, the pages of both layouts, prev/next', () => {
    const markup = ssr(
      html`<ap-pagination lang="vi" total-pages="10" current="5" href-template="?page={page}" label="Phân trang tin tức"></ap-pagination>`,
    );
    assert.match(
      markup,
      /^<ap-pagination\s+lang="vi" total-pages="10" current="5" href-template="\?page=\{page\}" label="Phân trang tin tức"><template shadowroot="open" shadowrootmode="open"><style\/>/,
    );
    assert.match(markup, /<nav part=nav aria-label="Phân trang tin tức"><ul part=list role=list>/);
    assert.deepEqual(controls(markup), [
      'Trang trước -> ?page=4',
      '1 -> ?page=1',
      '4 -> ?page=4',
      '[5] -> ?page=5',
      '6 -> ?page=6',
      '10 -> ?page=10',
      'Trang sau -> ?page=6',
    ]);
    assert.match(markup, /aria-label="Trang 5" aria-current="page"/);
    assert.match(markup, /rel="prev"/);
    // 4 and 6 are for wide containers only; the narrow layout's ellipses are there for CSS to show instead.
    assert.equal(markup.match(/<li part=item class="wide">/g)?.length, 2);
    assert.equal(markup.match(/<li part="item ellipsis" class="narrow">…<\/li>/g)?.length, 1);
    assert.match(markup, /<span class=arrow aria-hidden=true>‹<\/span><span class=words>Trang trước<\/span>/);
  });

  test('the stylesheet holds the narrow layout as a container query: nothing depends on a measured width', () => {
    const markup = collectResultSync(render(html`<ap-pagination lang="vi" total-pages="3"></ap-pagination>`));
    const style = /<style>([\s\S]*?)<\/style>/.exec(markup)?.[1] ?? '';
    assert.match(style, /container-type:\s*inline-size/);
    assert.match(style, /@container \(width < 480px\)/);
  });

  test('buttons in English, previous disabled on the first page', () => {
    const markup = ssr(html`<ap-pagination lang="en" total-pages="3" current="1"></ap-pagination>`);
    assert.match(markup, /<nav part=nav aria-label="Pagination">/);
    assert.deepEqual(controls(markup), ['Previous page', '[1]', '2', '3', 'Next page']);
    assert.match(markup, /aria-label="Page 2"/);
    assert.match(markup, /part="link previous"\s+aria-disabled="true"/);
  });

  test('sync-url renders the page it is given: the server has no URL to read', () => {
    const markup = ssr(html`<ap-pagination lang="vi" total-pages="4" current="3" sync-url href-template="?page={page}"></ap-pagination>`);
    assert.ok(controls(markup).includes('[3] -> ?page=3'));
  });

  test('bad or missing input renders without throwing: nothing for no pages, a clamped page otherwise', () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      assert.doesNotMatch(ssr(html`<ap-pagination lang="vi"></ap-pagination>`), /<nav/);
      assert.doesNotMatch(ssr(html`<ap-pagination lang="vi" total-pages="many"></ap-pagination>`), /<nav/);
      assert.ok(controls(ssr(html`<ap-pagination lang="vi" total-pages="5" current="99"></ap-pagination>`)).includes('[5]'));
      assert.ok(controls(ssr(html`<ap-pagination lang="fr" total-pages="2" current="abc"></ap-pagination>`)).includes('Trang sau'));
      assert.ok(controls(ssr(html`<ap-pagination .totalPages=${2} .current=${2} siblings="9"></ap-pagination>`)).includes('[2]'));
    } finally {
      console.warn = warn;
    }
  });
});
