// <ap-banner-carousel> rendered on the server with Lit SSR (the built package, as the portal's server renders it),
// and the real home page with that carousel in Chromium: without JavaScript, then hydrated.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Page, Request } from 'playwright-core';
import type { BannerList } from '@agency-portal/banner-carousel';
import { renderWidget, serverDataScript, widgetStyleSources } from '../src/ssr.js';
import { startPortal, watch, holdScripts, type Portal } from './browser.js';

const banners: BannerList = {
  items: [
    {
      id: 7,
      title: 'Đại hội',
      image: {
        url: 'https://tintuc.example.gov.vn/media/u/dai-hoi-1200.jpg',
        alt: 'Chào mừng Đại hội',
        width: 1200,
        height: 360,
        srcset: {
          webp: 'https://tintuc.example.gov.vn/media/u/dai-hoi-640.webp 640w, https://tintuc.example.gov.vn/media/u/dai-hoi-1200.webp 1200w',
          jpeg: 'https://tintuc.example.gov.vn/media/u/dai-hoi-640.jpg 640w, https://tintuc.example.gov.vn/media/u/dai-hoi-1200.jpg 1200w',
        },
      },
      url: 'https://tintuc.example.gov.vn/chuyen-muc/dai-hoi',
      clickUrl: 'https://tintuc.example.gov.vn/api/v1/banners/7/click',
      interval: null,
    },
    {
      id: 8,
      title: 'Chuyển đổi số',
      image: { url: '/media/banners/chuyen-doi-so.jpg', alt: 'Chuyển đổi số <toàn diện> & "nhanh"', width: 1200, height: 360 },
      url: null,
      clickUrl: null,
      interval: 8000,
    },
  ],
  impressionsUrl: 'https://tintuc.example.gov.vn/api/v1/banners/impressions',
};

const SIZES = '(min-width: 72rem) 70rem, calc(100vw - 2rem)';

const carousel = (lang: string, data: unknown, options: { picker?: boolean; src?: string } = {}): TemplateResult =>
  html`<ap-banner-carousel lang=${lang} src=${options.src ?? '/api/v1/banners'} autoplay ?picker=${options.picker ?? true} sizes=${SIZES} .initialData=${data}>${data === undefined ? nothing : unsafeHTML(serverDataScript(data))}</ap-banner-carousel>`;

/** The rendered element's shadow root (its declarative template's content) and light DOM. */
function parts(rendered: string): { shadow: string; light: string } {
  const match =
    /<ap-banner-carousel[^>]*><template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>([\s\S]*)<\/ap-banner-carousel>/.exec(
      rendered,
    );
  assert.ok(match, `no declarative shadow root in ${rendered.slice(0, 300)}`);
  return { shadow: match[1], light: match[2].replace(/<!--[^>]*-->/g, '') };
}

/** The opening tags of the elements with `part` containing `name` (attributes as Lit SSR writes them). */
const tags = (shadow: string, name: string) =>
  shadow.match(new RegExp(`<[a-z]+ part=(?:"[^"]*\\b${name}\\b[^"]*"|${name}\\b)[^>]*>`, 'g')) ?? [];

describe('<ap-banner-carousel> rendered on the server', () => {
  test('in Vietnamese: the slides from initialData in the shadow root, a tabbed carousel (tab panels named by their tabs)', () => {
    const { shadow, light } = parts(renderWidget(carousel('vi', banners)).value);
    assert.match(shadow, /^<style>/);
    assert.match(shadow, /<section part=base aria-roledescription=carousel aria-label="Ảnh nổi bật">/);
    const slides = tags(shadow, 'slide');
    assert.equal(slides.length, 2);
    assert.match(slides[0], /id="slide-0" data-id="7" role="tabpanel"\s+aria-labelledby="tab-0"\s*>$/);
    assert.match(slides[1], /id="slide-1" data-id="8" role="tabpanel"\s+aria-labelledby="tab-1" inert>$/);
    assert.ok(!slides.some((slide) => slide.includes('aria-roledescription')), 'tab panels have no role description');
    const tabs = tags(shadow, 'tab');
    assert.deepEqual(
      tabs.map((tab) => [/id="([^"]+)"/.exec(tab)?.[1], /aria-controls="([^"]+)"/.exec(tab)?.[1], /aria-label="([^"]+)"/.exec(tab)?.[1]]),
      [
        ['tab-0', 'slide-0', 'Ảnh 1'],
        ['tab-1', 'slide-1', 'Ảnh 2'],
      ],
    );
    assert.match(shadow, /aria-label="Chọn ảnh để xem"/);
    // The slide show shows as on (autoplay), as the browser's first render will: "Stop", not announced.
    assert.match(shadow, /<button part=rotation type=button aria-label="Dừng tự động chuyển ảnh"/);
    assert.match(shadow, /part=slides aria-live="off"/);
    // The first slide: through the click counter, a <picture> (WebP, then JPEG) with sizes, loaded first of all.
    assert.ok(shadow.includes('<a href="https://tintuc.example.gov.vn/api/v1/banners/7/click"><!--lit-part'), shadow);
    const [first = '', second = ''] = tags(shadow, 'image');
    assert.ok(
      shadow.includes(`<source type=image/webp srcset="${banners.items[0].image.srcset!.webp}" sizes="${SIZES}">`),
      'the WebP source',
    );
    assert.match(first, /src="https:\/\/tintuc\.example\.gov\.vn\/media\/u\/dai-hoi-1200\.jpg"/);
    assert.ok(first.includes(`srcset="${banners.items[0].image.srcset!.jpeg}" sizes="${SIZES}"`), first);
    assert.match(first, /alt="Chào mừng Đại hội" width="1200" height="360" loading="eager" fetchpriority="high"/);
    // The second: no link, one size, lazy, its alt text escaped.
    assert.match(
      second,
      /src="\/media\/banners\/chuyen-doi-so\.jpg"\s+alt="Chuyển đổi số &lt;toàn diện&gt; &amp; &quot;nhanh&quot;" width="1200" height="360" loading="lazy"\s+draggable/,
    );
    assert.ok(!second.includes('fetchpriority'), second);
    assert.equal((shadow.match(/<picture>/g) ?? []).length, 1);
    // The data for hydration, as JSON no text can break out of.
    assert.equal(light.trim(), serverDataScript(banners));
    assert.ok(!light.includes('<toàn'), light);
    assert.deepEqual(JSON.parse(/<script type="application\/json">([\s\S]*)<\/script>/.exec(light)![1]), banners);
  });

  test('in English: the language’s strings', () => {
    const { shadow } = parts(renderWidget(carousel('en', banners)).value);
    assert.match(shadow, /aria-label="Featured"/);
    assert.match(shadow, /aria-label="Stop automatic slide show"/);
    assert.match(shadow, /aria-label="Previous slide"/);
    assert.match(shadow, /aria-label="Choose slide to display"/);
    assert.deepEqual(
      tags(shadow, 'tab').map((tab) => /aria-label="([^"]+)"/.exec(tab)?.[1]),
      ['Slide 1', 'Slide 2'],
    );
  });

  test('without the picker: slides are groups with the "slide" role description and "N of M" names', () => {
    const { shadow } = parts(renderWidget(carousel('en', banners, { picker: false })).value);
    const slides = tags(shadow, 'slide');
    assert.match(slides[0] ?? '', /role="group" aria-roledescription="slide" aria-label="1 of 2"\s*>$/);
    assert.match(slides[1] ?? '', /role="group" aria-roledescription="slide" aria-label="2 of 2"\s+inert>$/);
    assert.equal(tags(shadow, 'picker').length, 0);
    assert.ok(!shadow.includes('aria-labelledby'));
  });

  test('never throws: missing, malformed or hostile data renders the empty carousel (its fallback slot)', () => {
    const hostile = structuredClone(banners);
    hostile.items[0].clickUrl = 'javascript:alert(1)';
    const badSources = structuredClone(banners);
    badSources.items[0].image.srcset = { webp: 'javascript:alert(1) 640w', jpeg: 'x' } as never;
    for (const data of [undefined, null, 'banners', 42, {}, { items: 'no' }, { items: [{ id: 1 }] }, hostile, badSources]) {
      const { shadow } = parts(renderWidget(carousel('vi', data)).value);
      assert.equal(tags(shadow, 'slide').length, 0, JSON.stringify(data));
      assert.match(shadow, /<slot\s*><\/slot>/);
      assert.ok(!shadow.includes('javascript:'));
    }
    // No src: the children are the slides, which the server does not read (the browser slots them).
    const { shadow } = parts(renderWidget(html`<ap-banner-carousel lang="vi"><a href="/a"><img alt="A"></a></ap-banner-carousel>`).value);
    assert.match(shadow, /<slot\s*><\/slot>/);
    // A list without items: nothing to show, nothing thrown.
    assert.equal(tags(parts(renderWidget(carousel('vi', { items: [] })).value).shadow, 'slide').length, 0);
  });

  test('one slide: no buttons, no picker, a group', () => {
    const { shadow } = parts(renderWidget(carousel('vi', { ...banners, items: banners.items.slice(0, 1) })).value);
    assert.equal(tags(shadow, 'controls').length, 0);
    assert.equal(tags(shadow, 'picker').length, 0);
    assert.match(tags(shadow, 'slide')[0] ?? '', /role="group" aria-roledescription="slide" aria-label="1 \/ 1"/);
  });

  test('the portal’s CSP source for the carousel is the hash of the stylesheet its shadow root starts with', () => {
    const { shadow } = parts(renderWidget(carousel('vi', banners)).value);
    const style = /^<style>([\s\S]*?)<\/style>/.exec(shadow)![1];
    assert.ok(widgetStyleSources().includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`));
  });
});

/** Serialises a shadow root as a reader and assistive technology meet it: names, roles, states, images. */
function shadowState(page: Page): Promise<string[]> {
  return page
    .locator('ap-banner-carousel')
    .evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('*')].map((el) =>
        [
          el.localName,
          ...[
            'part',
            'role',
            'aria-label',
            'aria-labelledby',
            'aria-controls',
            'aria-selected',
            'aria-live',
            'inert',
            'href',
            'src',
            'alt',
            'loading',
            'tabindex',
          ]
            .filter((name) => el.hasAttribute(name))
            .map((name) => `${name}=${el.getAttribute(name)}`),
        ].join(' '),
      ),
    );
}

const isListRequest = (request: Request) => new URL(request.url()).pathname === '/api/v1/banners';

describe('the home page’s carousel', () => {
  let portal: Portal;
  let api: BannerList;
  before(async () => {
    portal = await startPortal();
    api = (await (await fetch(`${portal.origin}/api/v1/banners`)).json()) as BannerList;
  });
  after(() => portal?.close());

  test('without JavaScript: the first slide’s image in the shadow root, in its final box, no buttons', async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(portal.origin + '/');
    const first = page.locator('ap-banner-carousel [part~="image"]').first();
    assert.equal(await first.getAttribute('alt'), api.items[0].image.alt);
    assert.equal(await first.getAttribute('fetchpriority'), 'high');
    await first.evaluate((img: HTMLImageElement) => img.decode());
    assert.ok(await first.isVisible());
    assert.equal(
      await page.locator('ap-banner-carousel').evaluate((host) => host.shadowRoot!.querySelectorAll('[part~="slide"]').length),
      api.items.length,
    );
    // The slides' box has the banners' shape (10 / 3), the first fills it, the others are out of view.
    const box = (await page.locator('ap-banner-carousel [part~="slides"]').boundingBox())!;
    assert.ok(Math.abs(box.height - (box.width * 3) / 10) < 1, JSON.stringify(box));
    assert.deepEqual(await first.boundingBox(), box);
    for (const name of ['rotation', 'previous', 'next', 'picker']) {
      assert.equal(await page.locator(`ap-banner-carousel [part~="${name}"]`).isVisible(), false, `${name} is hidden without JavaScript`);
    }
    // The link goes through the click counter.
    assert.equal(await page.locator('ap-banner-carousel [part~="slide"] a').first().getAttribute('href'), api.items[0].clickUrl);
    await context.close();
  });

  test('with JavaScript: no request for the banners, the same shadow root after hydration, then it works', async () => {
    const context = await portal.visitor();
    const page = await context.newPage();
    const problems = watch(page);
    const requests: string[] = [];
    page.on('request', (request) => isListRequest(request) && requests.push(request.url()));
    // Hold the portal's script until the server's markup has been read.
    const release = await holdScripts(page);
    // (The page's module script holds back DOMContentLoaded: wait for the parsed carousel instead.)
    await page.goto(portal.origin + '/', { waitUntil: 'commit' });
    await page.locator('ap-banner-carousel [part~="slide"]').last().waitFor({ state: 'attached' });
    const server = await shadowState(page);
    const serverBox = await page.locator('ap-banner-carousel').boundingBox();
    assert.ok(server.some((line) => line.startsWith('img ') && line.includes(`alt=${api.items[0].image.alt}`)));
    release();
    await page.waitForFunction(() => customElements.get('ap-banner-carousel') !== undefined);
    await page.locator('ap-banner-carousel').evaluate(async (host) => {
      await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    assert.deepEqual(await shadowState(page), server, 'hydration changed nothing the server rendered');
    assert.deepEqual(await page.locator('ap-banner-carousel').boundingBox(), serverBox);
    // Hydrated: the buttons show and work.
    const next = page.locator('ap-banner-carousel [part~="next"]');
    await next.click();
    const slides = page.locator('ap-banner-carousel [part~="slide"]');
    await page.waitForFunction(
      () => !document.querySelector('ap-banner-carousel')!.shadowRoot!.querySelector('#slide-1')!.hasAttribute('inert'),
    );
    assert.equal(await slides.nth(0).getAttribute('inert'), '');
    assert.equal(await page.locator('ap-banner-carousel [part~="tab"]').nth(1).getAttribute('aria-selected'), 'true');
    assert.equal(await page.locator('ap-banner-carousel').evaluate((host) => (host as HTMLElement & { index: number }).index), 1);
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requests, [], 'the carousel asked for the banners the page already had');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
