import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/embed/define.js';
import type { NrEmbedBuilder } from '../src/client/embed/nr-embed-builder.js';
import { choose, options, root, text } from './embed-builder-support.js';
import { ADMIN, api, engine, signIn, uniqueTitle, waitUntil } from './support.js';

// The embed builder's "Banner set" option of the carousel, against the real test portal server: a select of the sets
// in use (the home page's first), left out of the snippet at its default, `?set=` in the snippet's `src` and in the
// preview otherwise. The set is this engine's own, so the engines running at once never share it.

const SET = `nhung-${engine}-${Date.now().toString(36)}`;
let title: string;

before(async () => {
  await signIn(ADMIN);
  const canvas = document.createElement('canvas');
  canvas.width = 600;
  canvas.height = 200;
  canvas.getContext('2d')!.fillRect(0, 0, 600, 200);
  const body = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  const upload = await fetch('/api/v1/media', { method: 'POST', headers: { 'content-type': 'image/png' }, body });
  expect(upload.ok, `upload: ${upload.status}`).to.equal(true);
  title = uniqueTitle('Banner để nhúng');
  await api('POST', 'newsroom/banners', { title, image: { mediaId: (await upload.json()).id, alt: title }, set: SET });
});

describe('nr-embed-builder: the carousel’s banner set', () => {
  it('offers the sets in use, leaves the default out of the snippet, and puts another in the src and the preview; axe', async () => {
    const el = await fixture<NrEmbedBuilder>(html`<nr-embed-builder lang="vi"></nr-embed-builder>`);
    await waitUntil(() => text(el) !== '', 'the snippet is made');
    await choose(el, root(el), 'widget', 'banner-carousel');
    const origin = location.origin;
    expect(text(el)).to.contain(`<ap-banner-carousel src="${origin}/api/v1/banners" lang="vi"></ap-banner-carousel>`);

    const select = options(el).querySelector<HTMLSelectElement>('select[name="set"]')!;
    expect(select.labels![0].textContent).to.contain('Bộ banner');
    expect(select.getAttribute('aria-describedby')).to.equal('help-set');
    const offered = [...select.options].map((option) => [option.value, option.textContent!.trim()]);
    expect(offered[0]![0]).to.equal('trang-chu');
    expect(offered[0]![1]).to.match(/^Trang chủ \(đang hiện \d+ banner\)$/);
    expect(select.value).to.equal('trang-chu');
    expect(offered).to.deep.include([SET, `${SET} (đang hiện 1 banner)`]);
    await expect(el).to.be.accessible();

    await choose(el, options(el), 'set', SET);
    expect(text(el)).to.contain(`<ap-banner-carousel src="${origin}/api/v1/banners?set=${SET}" lang="vi"></ap-banner-carousel>`);
    const frame = root(el).querySelector('nr-embed-preview')!.shadowRoot!.querySelector('iframe')!;
    await waitUntil(() => new URL(frame.src).searchParams.get('set') === SET, 'the preview shows the set');
    // The preview page (a sandbox the test cannot look into) loads the carousel from that set's list.
    const preview = await (await fetch(frame.src)).text();
    expect(preview).to.contain(`<ap-banner-carousel src="${origin}/api/v1/banners?set=${SET}" lang="vi">`);
    const carousel = await (await fetch(`/api/v1/banners?set=${SET}`, { cache: 'no-store' })).json();
    expect(carousel.items.map((item: { title: string }) => item.title)).to.deep.equal([title]);

    await choose(el, options(el), 'set', 'trang-chu');
    expect(text(el)).to.contain(`<ap-banner-carousel src="${origin}/api/v1/banners" lang="vi">`);
    await waitUntil(
      () => (new URL(frame.src).searchParams.get('set') ?? 'trang-chu') === 'trang-chu',
      'the preview is back on the home page’s set',
    );
  });
});
