// <ap-ad-strip> rendered on the server with Lit SSR (the built package, as the portal's server renders it), and the
// real sidebar's partner strip in Chromium: without JavaScript, then hydrated.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Page, Request } from 'playwright-core';
import type { PartnerList } from '@agency-portal/ad-strip';
import { renderWidget, serverDataScript, widgetStyleSources } from '../src/ssr.js';
import { startPortal, watch, holdScripts, type Portal } from './browser.js';

const partner = (id: number, name: string, options: Partial<PartnerList['items'][number]> = {}): PartnerList['items'][number] => ({
  id,
  name,
  image: { url: `https://tintuc.example.gov.vn/media/partners/p${id}.png`, alt: name, width: 240, height: 80 },
  url: `https://p${id}.example.gov.vn/`,
  clickUrl: `https://tintuc.example.gov.vn/api/v1/partners/${id}/click`,
  placement: 'sidebar',
  pinned: false,
  paid: false,
  startsAt: null,
  endsAt: null,
  ...options,
});

const partners: PartnerList = {
  items: [
    partner(1, 'Cổng Dịch vụ công', {
      pinned: true,
      image: {
        url: 'https://tintuc.example.gov.vn/media/u/dvc-480.jpg',
        alt: 'Cổng Dịch vụ công',
        width: 480,
        height: 160,
        srcset: {
          webp: 'https://tintuc.example.gov.vn/media/u/dvc-240.webp 240w, https://tintuc.example.gov.vn/media/u/dvc-480.webp 480w',
          jpeg: 'https://tintuc.example.gov.vn/media/u/dvc-240.jpg 240w, https://tintuc.example.gov.vn/media/u/dvc-480.jpg 480w',
        },
      },
    }),
    partner(2, 'Báo tỉnh <điện tử>', { paid: true }),
    // Ended a while ago: the server rendered it at its time, so the browser's first render keeps it too.
    partner(3, 'Sở Tư pháp', { endsAt: '2020-01-01T00:00:00.000Z' }),
  ],
  impressionsUrl: 'https://tintuc.example.gov.vn/api/v1/partners/impressions',
};

const SIZES = '(min-width: 60rem) 18rem, calc(100vw - 4rem)';

const strip = (lang: string, data: unknown, attributes: { order?: string } = {}): TemplateResult =>
  html`<ap-ad-strip lang=${lang} src="/api/v1/partners" placement="sidebar" order=${attributes.order ?? nothing} sizes=${SIZES} .initialData=${data}>${data === undefined ? nothing : unsafeHTML(serverDataScript(data))}</ap-ad-strip>`;

/** The rendered element's shadow root (its declarative template's content) and light DOM (without Lit's markers). */
function parts(rendered: string): { shadow: string; light: string } {
  const match = /<ap-ad-strip[^>]*><template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>([\s\S]*)<\/ap-ad-strip>/.exec(
    rendered,
  );
  assert.ok(match, `no declarative shadow root in ${rendered.slice(0, 300)}`);
  return { shadow: match[1], light: match[2].replace(/<!--[^>]*-->/g, '') };
}

const links = (shadow: string) => shadow.match(/<a part=link [^>]*>/g) ?? [];
const images = (shadow: string) => shadow.match(/<img part=image [^>]*>/g) ?? [];

describe('<ap-ad-strip> rendered on the server', () => {
  test('in Vietnamese: the partners from initialData in the shadow root, as links through the click counter', () => {
    const { shadow, light } = parts(renderWidget(strip('vi', partners)).value);
    assert.match(shadow, /^<style>/);
    assert.match(shadow, /<ul part=list role=list aria-label="Liên kết website">/);
    assert.deepEqual(
      links(shadow).map((link) => [/href="([^"]+)"/.exec(link)?.[1], /rel="([^"]+)"/.exec(link)?.[1]]),
      [
        ['https://tintuc.example.gov.vn/api/v1/partners/1/click', 'noopener'],
        ['https://tintuc.example.gov.vn/api/v1/partners/2/click', 'sponsored noopener'],
        ['https://tintuc.example.gov.vn/api/v1/partners/3/click', 'noopener'],
      ],
    );
    const [first = '', second = ''] = images(shadow);
    // A logo in several widths: a <picture> (WebP, then JPEG) with the sidebar's sizes; every logo lazy, with its size.
    assert.ok(shadow.includes(`<source type=image/webp srcset="${partners.items[0].image.srcset!.webp}" sizes="${SIZES}">`), shadow);
    assert.ok(first.includes(`srcset="${partners.items[0].image.srcset!.jpeg}" sizes="${SIZES}"`), first);
    assert.match(first, /data-id="1" src="https:\/\/tintuc\.example\.gov\.vn\/media\/u\/dvc-480\.jpg"/);
    assert.match(first, /width="480" height="160" loading=lazy decoding=async/);
    assert.match(
      second,
      /src="https:\/\/tintuc\.example\.gov\.vn\/media\/partners\/p2\.png"\s+alt="Báo tỉnh &lt;điện tử&gt;" width="240" height="80" loading=lazy/,
    );
    assert.ok(!second.includes('srcset'), second);
    assert.equal((shadow.match(/<picture>/g) ?? []).length, 1);
    assert.equal(light.trim(), serverDataScript(partners));
    assert.deepEqual(JSON.parse(/<script type="application\/json">([\s\S]*)<\/script>/.exec(light)![1]), partners);
  });

  test('in English: the language’s label', () => {
    assert.match(parts(renderWidget(strip('en', partners)).value).shadow, /<ul part=list role=list aria-label="Partner links">/);
  });

  test('the answer as it is, pinned first: not shuffled, so the browser renders the same', () => {
    const mixed = { ...partners, items: [partner(4, 'Bốn'), partner(5, 'Năm', { pinned: true }), partner(6, 'Sáu'), partner(7, 'Bảy')] };
    for (let i = 0; i < 5; i++) {
      const ids = images(parts(renderWidget(strip('vi', mixed, { order: 'shuffle' })).value).shadow).map(
        (img) => /data-id="(\d+)"/.exec(img)?.[1],
      );
      assert.deepEqual(ids, ['5', '4', '6', '7']);
    }
  });

  test('never throws: missing, malformed or hostile data renders the empty list and the fallback slot', () => {
    const hostile = structuredClone(partners);
    hostile.items[1].clickUrl = 'javascript:alert(1)';
    const badSources = structuredClone(partners);
    badSources.items[0].image.srcset = { webp: 'https://ok.example/a.webp 1x', jpeg: 'data:text/html,x 1x' };
    for (const data of [
      undefined,
      null,
      'partners',
      7,
      {},
      { items: [] },
      { items: [{ id: 1 }] },
      { items: partners.items },
      hostile,
      badSources,
    ]) {
      const { shadow } = parts(renderWidget(strip('vi', data)).value);
      assert.equal(links(shadow).length, 0, JSON.stringify(data));
      assert.match(shadow, /<ul part=list role=list aria-label="Liên kết website">/);
      assert.ok(!shadow.includes('javascript:') && !shadow.includes('data:text'));
    }
    // No src: the children are the links, which the server does not read (the browser slots them).
    const rendered = renderWidget(html`<ap-ad-strip lang="vi" order="shuffle"><a href="/a"><img alt="A"></a></ap-ad-strip>`).value;
    assert.match(parts(rendered).shadow, /<slot\s*><\/slot>/);
  });

  test('the portal’s CSP source for the strip is the hash of the stylesheet its shadow root starts with', () => {
    const { shadow } = parts(renderWidget(strip('vi', partners)).value);
    const style = /^<style>([\s\S]*?)<\/style>/.exec(shadow)![1];
    assert.ok(widgetStyleSources().includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`));
  });
});

/** Serialises the strip's shadow root as a reader and assistive technology meet it. */
function shadowState(page: Page): Promise<string[]> {
  return page
    .locator('ap-ad-strip')
    .evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll('*')].map((el) =>
        [
          el.localName,
          ...['part', 'role', 'aria-label', 'href', 'rel', 'src', 'alt', 'width', 'height', 'loading', 'data-id']
            .filter((name) => el.hasAttribute(name))
            .map((name) => `${name}=${el.getAttribute(name)}`),
        ].join(' '),
      ),
    );
}

const isListRequest = (request: Request) => new URL(request.url()).pathname === '/api/v1/partners';

describe('the sidebar’s partner strip', () => {
  let portal: Portal;
  let api: PartnerList;
  before(async () => {
    portal = await startPortal();
    api = (await (await fetch(`${portal.origin}/api/v1/partners?placement=sidebar`)).json()) as PartnerList;
  });
  after(() => portal?.close());

  test('without JavaScript: every partner logo in the shadow root, shown at its size, linked through the click counter', async () => {
    const context = await portal.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(portal.origin + '/');
    const logos = page.locator('ap-ad-strip [part~="image"]');
    assert.deepEqual(
      await logos.evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt'))),
      api.items.map((item) => item.image.alt),
    );
    assert.deepEqual(
      await page.locator('ap-ad-strip [part~="link"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      api.items.map((item) => item.clickUrl),
    );
    // The sidebar box's width (20rem less its margins), each logo in its own shape, one under another.
    const strip = (await page.locator('ap-ad-strip').boundingBox())!;
    assert.ok(Math.abs(strip.width - (20 * 16 - 2 - 32)) < 1, JSON.stringify(strip));
    const first = (await logos.first().boundingBox())!;
    assert.equal(first.width, strip.width);
    assert.ok(Math.abs(first.height - (first.width * api.items[0].image.height) / api.items[0].image.width) < 1, JSON.stringify(first));
    const second = (await logos.nth(1).boundingBox())!;
    assert.ok(second.y > first.y + first.height, 'one under another');
    await context.close();
  });

  test('with JavaScript: no request for the partners, the same shadow root and size after hydration, views counted', async () => {
    const context = await portal.visitor();
    const page = await context.newPage();
    const problems = watch(page);
    const requests: string[] = [];
    page.on('request', (request) => isListRequest(request) && requests.push(request.url()));
    const release = await holdScripts(page);
    // (The page's module script holds back DOMContentLoaded: wait for the parsed strip instead.)
    await page.goto(portal.origin + '/', { waitUntil: 'commit' });
    await page.locator('ap-ad-strip [part~="item"]').last().waitFor({ state: 'attached' });
    const server = await shadowState(page);
    const serverSize = await page.locator('ap-ad-strip').evaluate((host) => [host.clientWidth, host.clientHeight]);
    release();
    await page.waitForFunction(() => customElements.get('ap-ad-strip') !== undefined);
    await page.locator('ap-ad-strip').evaluate(async (host) => {
      await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    });
    assert.deepEqual(await shadowState(page), server, 'hydration changed nothing the server rendered');
    assert.deepEqual(await page.locator('ap-ad-strip').evaluate((host) => [host.clientWidth, host.clientHeight]), serverSize);
    // Hydrated, the strip counts the logos a reader sees, as before: scrolled into view, they are sent in a batch.
    const sent = page.waitForRequest((request) => request.url().endsWith('/api/v1/partners/impressions') && request.method() === 'POST');
    await page.locator('ap-ad-strip').scrollIntoViewIfNeeded();
    const ids = (JSON.parse((await sent).postData()!) as { ids: number[] }).ids;
    assert.ok(ids.length > 0 && ids.every((id) => api.items.some((item) => item.id === id)), String(ids));
    await page.waitForLoadState('networkidle');
    assert.deepEqual(requests, [], 'the strip asked for the partners the page already had');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
