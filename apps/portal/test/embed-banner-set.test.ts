// The carousel's banner set end to end in Chromium against the built server: an admin puts a banner in a new set,
// picks that set in the embed builder's "Bộ banner" option, and the preview's carousel and the snippet pasted into a
// page of another origin show that set's banner and none of the home page's.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { startStaticServer } from '../../../scripts/static-server.mjs';
import { assertAccessible, openNewsroom, previewFrame, startPortal, watch, type Portal } from './browser.js';

const PASSWORD = 'bộ banner cho các sở 2026';
const SET = 'so-thu-nghiem-bo';
const ALT = 'Ngày hội chuyển đổi số của Sở';

let portal: Portal;
let site: Awaited<ReturnType<typeof startStaticServer>>;
const pages = new Map<string, string>();

before(async () => {
  portal = await startPortal();
  site = await startStaticServer('/nonexistent', { pages });
  portal.addStaff({ username: 'quantri', role: 'admin', displayName: 'Lê Quản Trị', password: PASSWORD });
});
after(async () => {
  await site?.close();
  await portal?.close();
});

/** The alt texts of the slides a carousel of `scope` shows, once it shows any. */
async function slides(scope: Page | Frame): Promise<string[]> {
  await scope.waitForFunction(
    () => (document.querySelector('ap-banner-carousel')?.shadowRoot?.querySelectorAll('img[part~="image"]').length ?? 0) > 0,
  );
  return scope.evaluate(() =>
    [...document.querySelector('ap-banner-carousel')!.shadowRoot!.querySelectorAll('img[part~="image"]')].map((img) =>
      img.getAttribute('alt')!,
    ),
  );
}

test('a banner put in a new set shows in the preview and the snippet’s carousel of that set, and the home page’s do not', async () => {
  const context = await portal.visitor();
  const page = await context.newPage();
  const problems = watch(page);
  await openNewsroom(portal, page, 'quantri', PASSWORD);

  // The banner, in a set of its own, through the newsroom's API with the admin's session.
  const created = await page.evaluate(
    async ({ set, alt }) => {
      const canvas = document.createElement('canvas');
      canvas.width = 800;
      canvas.height = 300;
      canvas.getContext('2d')!.fillRect(0, 0, 800, 300);
      const png = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
      const media = await (await fetch('/api/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body: png })).json();
      const answer = await fetch('/api/v1/newsroom/banners', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Ngày hội chuyển đổi số', image: { mediaId: media.id, alt }, set }),
      });
      return { status: answer.status, body: await answer.json() };
    },
    { set: SET, alt: ALT },
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  assert.equal(created.body.set, SET);
  const home = (await (await fetch(`${portal.origin}/api/v1/banners`)).json()) as { items: { image: { alt: string } }[] };
  assert.ok(home.items.length > 0, 'the home page has banners of its own');

  await page.getByRole('link', { name: 'Mã nhúng' }).click();
  await page.waitForURL(`${portal.origin}/quan-tri/ma-nhung`);
  await page.getByRole('combobox', { name: 'Tiện ích' }).selectOption('banner-carousel');
  await page.getByRole('combobox', { name: /^Bộ banner/ }).selectOption(SET);
  const area = page.getByRole('textbox', { name: 'Mã nhúng' });
  await page.waitForFunction(
    (set) =>
      document
        .querySelector('nr-app')
        ?.shadowRoot?.querySelector('nr-embed-builder')
        ?.shadowRoot?.querySelector('nr-embed-snippet')
        ?.shadowRoot?.querySelector('textarea')
        ?.value.includes(`/api/v1/banners?set=${set}"`),
    SET,
  );
  const snippet = await area.inputValue();
  assert.match(
    snippet,
    new RegExp(`\\n<ap-banner-carousel src="${portal.origin}/api/v1/banners\\?set=${SET}" lang="vi"></ap-banner-carousel>$`),
  );

  // The preview's carousel: the set's one slide, none of the home page's.
  const frame = await previewFrame(page, `set=${SET}`);
  assert.deepEqual(await slides(frame), [ALT]);
  await assertAccessible(page);
  assert.deepEqual(problems, []);

  // The snippet pasted into a page of another origin.
  pages.set(
    '/bo-banner.html',
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Sở thử nghiệm</title></head><body>\n${snippet}\n</body></html>`,
  );
  const pasted = await context.newPage();
  await pasted.goto(`${site.origin}/bo-banner.html`, { waitUntil: 'load' });
  const shown = await slides(pasted);
  assert.deepEqual(shown, [ALT]);
  for (const item of home.items) assert.ok(!shown.includes(item.image.alt), item.image.alt);
  await context.close();
});
