import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ApBannerCarousel } from '../src/banner-carousel.js';
import type { ApBannerCarouselErrorEvent, ApBannerCarouselLoadEvent, ApSlideChangeEvent, ApViewsSentEvent } from '../src/events.js';
import type { BannerList } from '../src/banners.js';

/** Records the view batches the carousel posts, as they are sent (the requests still go to the real server). */
function watchPosts() {
  const original = window.fetch;
  const posts: { url: string; body: string; status?: number }[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const post = init?.method === 'POST' ? { url: String(input), body: String(init.body) } : undefined;
    if (post) posts.push(post);
    const response = await original(input, init);
    if (post) Object.assign(post, { status: response.status });
    return response;
  };
  return { posts, restore: () => (window.fetch = original) };
}

/** Answers GETs of `url` with `body` (as another site's banners list would), and everything else as usual. */
function serve(url: string, body: unknown) {
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
    String(input).endsWith(url)
      ? new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
      : original(input, init);
  return () => (window.fetch = original);
}

/** Waits until the carousel shows its slides from `src` (they may have arrived before this is called). */
async function loaded(el: ApBannerCarousel): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="slide"]'), 'the slides did not load', { timeout: 8000 });
  await el.updateComplete;
}

/** Resolves once the browser has looked at `target`'s visibility again (after a scroll or a slide change). */
async function observed(target: Element): Promise<void> {
  await new Promise<void>((resolve) => {
    const probe = new IntersectionObserver(() => {
      probe.disconnect();
      resolve();
    });
    probe.observe(target);
  });
  // The carousel's own observer may report in the same frame, after the probe: one more frame for it.
  await nextFrame();
}

const part = (el: ApBannerCarousel, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: ApBannerCarousel, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const focused = (el: ApBannerCarousel) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Three slotted slides, as a page writes them (they show as plain links without JavaScript). */
const slotted = (attrs: { autoplay?: boolean; picker?: boolean; interval?: number; firstInterval?: number } = {}) =>
  fixture<ApBannerCarousel>(html`<ap-banner-carousel
    ?autoplay=${attrs.autoplay}
    ?picker=${attrs.picker}
    interval=${attrs.interval ?? 600000}
  >
    <a href="#one" data-interval=${attrs.firstInterval ?? ''}><img src="/media/banners/chao-mung-dai-hoi.jpg" alt="Một" width="1200" height="360" /></a>
    <a href="#two"><img src="/media/banners/cai-cach-hanh-chinh.jpg" alt="Hai" width="1200" height="360" loading="lazy" /></a>
    <a href="#three"><img src="/media/banners/chuyen-doi-so.jpg" alt="Ba" width="1200" height="360" loading="lazy" /></a>
  </ap-banner-carousel>`);

/** Puts keyboard focus on a button before the carousel, so that Tab goes into it. */
async function tabInto(el: ApBannerCarousel): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  before.remove();
}

let reducedMotion: 'native' | 'stub' = 'native';
/** Asks for reduced motion: the browser's media emulation where the runner has it, else a matchMedia stand-in. */
async function setReducedMotion(on: boolean): Promise<() => void> {
  // Only the Chromium runner (Playwright) emulates media features; the others answer "not supported".
  if (/Chrome\//.test(navigator.userAgent)) {
    await emulateMedia({ reducedMotion: on ? 'reduce' : 'no-preference' });
    reducedMotion = 'native';
    return () => {};
  }
  {
    reducedMotion = 'stub';
    const original = window.matchMedia;
    // Firefox (WebDriver BiDi) and WebKit (WebDriver) runners cannot emulate media features: the carousel then
    // gets a media query list that says "reduce", through the same matchMedia call it always makes.
    window.matchMedia = ((query: string) => {
      if (!query.includes('prefers-reduced-motion')) return original.call(window, query);
      return { matches: on, media: query, onchange: null, addEventListener() {}, removeEventListener() {} } as unknown as MediaQueryList;
    }) as typeof window.matchMedia;
    return () => (window.matchMedia = original);
  }
}

describe('ap-banner-carousel', () => {
  describe('roles and names (WAI-ARIA APG carousel)', () => {
    it('is a labelled region with the carousel role description, and without the picker each slide a group "N / M"', async () => {
      const el = await slotted();
      const base = part(el, 'base')!;
      expect(base.localName).to.equal('section');
      expect(base.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(base.getAttribute('aria-label')).to.equal('Ảnh nổi bật');
      const slides = parts(el, 'slide');
      expect(
        slides.map((s) => [s.getAttribute('role'), s.getAttribute('aria-roledescription'), s.getAttribute('aria-label')]),
      ).to.deep.equal([
        ['group', 'slide', '1 / 3'],
        ['group', 'slide', '2 / 3'],
        ['group', 'slide', '3 / 3'],
      ]);
      expect(part(el, 'previous')!.getAttribute('aria-label')).to.equal('Ảnh trước');
      expect(part(el, 'next')!.getAttribute('aria-controls')).to.equal('slides');
      await expect(el).to.be.accessible();
    });

    it('with the picker, is a tabbed carousel: each slide a tab panel labelled by its tab, without a role description', async () => {
      const el = await slotted({ picker: true, autoplay: true });
      const slides = parts(el, 'slide');
      const tabs = parts(el, 'tab');
      expect(
        slides.map((s) => [
          s.getAttribute('role'),
          s.getAttribute('aria-labelledby'),
          s.hasAttribute('aria-roledescription'),
          s.hasAttribute('aria-label'),
        ]),
      ).to.deep.equal([
        ['tabpanel', 'tab-0', false, false],
        ['tabpanel', 'tab-1', false, false],
        ['tabpanel', 'tab-2', false, false],
      ]);
      // Each tab controls its panel, and names it.
      expect(tabs.map((t) => [t.id, t.getAttribute('aria-controls'), t.getAttribute('aria-label')])).to.deep.equal([
        ['tab-0', 'slide-0', 'Ảnh 1'],
        ['tab-1', 'slide-1', 'Ảnh 2'],
        ['tab-2', 'slide-2', 'Ảnh 3'],
      ]);
      for (const [i, slide] of slides.entries())
        expect(el.shadowRoot!.getElementById(slide.getAttribute('aria-labelledby')!)).to.equal(tabs[i]);
      expect(part(el, 'base')!.getAttribute('aria-roledescription')).to.equal('carousel');
      await expect(el).to.be.accessible();
      tabs[2].click();
      await el.updateComplete;
      expect(slides.map((s) => s.hasAttribute('inert'))).to.deep.equal([true, true, false]);
      await expect(el).to.be.accessible();
    });

    it('speaks English under lang="en", and takes a label and string overrides', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
        <ap-banner-carousel autoplay label="Campaigns" .strings=${{ next: 'Forward' }}><a href="#a"><img alt="A" /></a><a href="#b"><img alt="B" /></a></ap-banner-carousel>
      </div>`);
      const el = wrapper.querySelector('ap-banner-carousel')!;
      await el.updateComplete;
      expect(part(el, 'base')!.getAttribute('aria-label')).to.equal('Campaigns');
      expect(parts(el, 'slide').map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 2', '2 of 2']);
      expect(part(el, 'next')!.getAttribute('aria-label')).to.equal('Forward');
      expect(part(el, 'rotation')!.getAttribute('aria-label')).to.equal(
        el.playing ? 'Stop automatic slide show' : 'Start automatic slide show',
      );
    });

    it('slots each child into its slide, and leaves one slide without controls', async () => {
      const el = await slotted();
      expect([...el.children].map((c) => c.getAttribute('slot'))).to.deep.equal(['slide-0', 'slide-1', 'slide-2']);
      const one = await fixture<ApBannerCarousel>(html`<ap-banner-carousel autoplay><a href="#a"><img alt="A" /></a></ap-banner-carousel>`);
      expect(part(one, 'controls')).to.equal(null);
      await expect(one).to.be.accessible();
    });
  });

  describe('rotation', () => {
    it('puts the rotation control first in tab order, labelled Stop while playing and Start when stopped', async () => {
      const el = await slotted({ autoplay: true, picker: true });
      expect(el.playing).to.equal(true);
      const button = part(el, 'rotation')!;
      expect(button.getAttribute('aria-label')).to.equal('Dừng tự động chuyển ảnh');
      button.click();
      await el.updateComplete;
      expect(el.playing).to.equal(false);
      expect(button.getAttribute('aria-label')).to.equal('Bật tự động chuyển ảnh');
      await tabInto(el);
      expect(focused(el)).to.equal(button);
      await expect(el).to.be.accessible();
    });

    it('is aria-live="off" while rotating and "polite" when not', async () => {
      const el = await slotted({ autoplay: true });
      expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('off');
      part(el, 'rotation')!.click();
      await el.updateComplete;
      expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('polite');
      part(el, 'rotation')!.click();
      await el.updateComplete;
      expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('off');
      const still = await slotted();
      expect(part(still, 'slides')!.getAttribute('aria-live')).to.equal('polite');
      expect(part(still, 'rotation')).to.equal(null);
    });

    it('moves on by itself, after each slide’s own interval', async () => {
      // The carousel's interval is ten minutes: only the first slide's data-interval can move it on in time.
      const el = await slotted({ autoplay: true, firstInterval: 30 });
      const event = (await oneEvent(el, 'ap-slide-change')) as ApSlideChangeEvent;
      expect(event.detail).to.deep.equal({ index: 1, previousIndex: 0, cause: 'rotation' });
    });

    it('stops when keyboard focus enters, and does not start again when focus leaves', async () => {
      const el = await slotted({ autoplay: true });
      expect(el.rotating).to.equal(true);
      const changed = oneEvent(el, 'ap-rotation-change');
      await tabInto(el);
      expect((await changed).detail).to.deep.equal({ playing: false });
      expect(el.playing).to.equal(false);
      expect(el.rotating).to.equal(false);
      await el.updateComplete;
      expect(part(el, 'rotation')!.getAttribute('aria-label')).to.equal('Bật tự động chuyển ảnh');
      expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('polite');
      (document.activeElement as HTMLElement).blur();
      await nextFrame();
      expect(el.playing).to.equal(false);
      // The user may start it again from the focused button.
      part(el, 'rotation')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.playing).to.equal(true);
    });

    it('pauses while the pointer is over it, and goes on when it leaves', async () => {
      const el = await slotted({ autoplay: true });
      el.dispatchEvent(new MouseEvent('mouseenter'));
      expect(el.rotating).to.equal(false);
      expect(el.playing).to.equal(true);
      el.dispatchEvent(new MouseEvent('mouseleave'));
      expect(el.rotating).to.equal(true);
    });

    it('pauses while the page is hidden', async () => {
      const el = await slotted({ autoplay: true });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      try {
        document.dispatchEvent(new Event('visibilitychange'));
        expect(el.rotating).to.equal(false);
        expect(el.playing).to.equal(true);
      } finally {
        delete (document as { visibilityState?: string }).visibilityState;
      }
      document.dispatchEvent(new Event('visibilitychange'));
      expect(el.rotating).to.equal(true);
    });

    it('pauses while off-screen', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <div style="height:300vh"></div>
        <ap-banner-carousel autoplay><a href="#a"><img alt="A" width="100" height="30" /></a><a href="#b"><img alt="B" width="100" height="30" /></a></ap-banner-carousel>
      </div>`);
      const el = wrapper.querySelector('ap-banner-carousel')!;
      await waitUntil(() => !el.rotating, 'the rotation did not pause off-screen', { timeout: 5000 });
      expect(el.playing).to.equal(true);
      el.scrollIntoView();
      await waitUntil(() => el.rotating, 'the rotation did not go on once on screen', { timeout: 5000 });
      window.scrollTo(0, 0);
    });

    it('does not rotate under prefers-reduced-motion: reduce', async () => {
      const restore = await setReducedMotion(true);
      try {
        const el = await slotted({ autoplay: true });
        expect(matchMedia('(prefers-reduced-motion: reduce)').matches, reducedMotion).to.equal(true);
        expect(el.playing).to.equal(false);
        expect(el.rotating).to.equal(false);
        expect(part(el, 'rotation')!.getAttribute('aria-label')).to.equal('Bật tự động chuyển ảnh');
        expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('polite');
        // The stylesheet's own media query follows only real emulation.
        if (reducedMotion === 'native')
          expect(getComputedStyle(el.shadowRoot!.querySelector('.track')!).transitionDuration).to.match(/^0s/);
      } finally {
        restore();
        await setReducedMotion(false);
      }
      const el = await slotted({ autoplay: true });
      expect(el.playing).to.equal(true);
    });
  });

  describe('slides, buttons, keys and swipes', () => {
    it('makes every slide but the shown one inert, and previous/next wrap around', async () => {
      const el = await slotted();
      const inert = () => parts(el, 'slide').map((s) => s.hasAttribute('inert'));
      expect(inert()).to.deep.equal([false, true, true]);
      part(el, 'previous')!.click();
      await el.updateComplete;
      expect(el.index).to.equal(2);
      expect(inert()).to.deep.equal([true, true, false]);
      const change = oneEvent(el, 'ap-slide-change');
      part(el, 'next')!.click();
      expect((await change).detail).to.deep.equal({ index: 0, previousIndex: 2, cause: 'user' });
      await el.updateComplete;
      expect(inert()).to.deep.equal([false, true, true]);
    });

    it('has a picker of tabs: arrows, Home and End move the selection and the focus', async () => {
      const el = await slotted({ picker: true });
      const tabs = () => parts(el, 'tab');
      const picker = part(el, 'picker')!;
      expect(picker.getAttribute('role')).to.equal('tablist');
      expect(picker.getAttribute('aria-label')).to.equal('Chọn ảnh để xem');
      expect(
        tabs().map((t) => [t.getAttribute('role'), t.getAttribute('aria-selected'), t.tabIndex, t.getAttribute('aria-controls')]),
      ).to.deep.equal([
        ['tab', 'true', 0, 'slide-0'],
        ['tab', 'false', -1, 'slide-1'],
        ['tab', 'false', -1, 'slide-2'],
      ]);
      tabs()[0].focus();
      const steps: [string, number][] = [
        ['ArrowRight', 1],
        ['End', 2],
        ['ArrowRight', 0],
        ['ArrowLeft', 2],
        ['Home', 0],
      ];
      for (const [key, index] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(el.index, key).to.equal(index);
        expect(focused(el), key).to.equal(tabs()[index]);
        expect(tabs()[index].getAttribute('aria-selected')).to.equal('true');
      }
      tabs()[1].click();
      await el.updateComplete;
      expect(el.index).to.equal(1);
      await expect(el).to.be.accessible();
    });

    it('changes slide on a swipe or drag, ignores a short one, and does not follow the link after a drag', async () => {
      const el = await slotted();
      const slides = part(el, 'slides')!;
      const swipe = (from: number, to: number) => {
        slides.dispatchEvent(new PointerEvent('pointerdown', { clientX: from, button: 0, bubbles: true }));
        slides.dispatchEvent(new PointerEvent('pointerup', { clientX: to, button: 0, bubbles: true }));
      };
      swipe(300, 100);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      el.children[1].dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      swipe(100, 300);
      await el.updateComplete;
      expect(el.index).to.equal(0);
      swipe(100, 120);
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });
  });

  describe('views of slides', () => {
    /** Every batch the carousel reports as sent, from its first. */
    const batches = (el: ApBannerCarousel) => {
      const sent: number[][] = [];
      el.addEventListener('ap-views-sent', (event) => sent.push((event as ApViewsSentEvent).detail.ids));
      return sent;
    };
    const ids = (el: ApBannerCarousel) => parts(el, 'slide').map((slide) => Number(slide.dataset.id));

    it('counts the current slide once it is in view, each slide once per page, and a slide only while it is the current one', async function () {
      // Batches are sent a second after their first view: more than the default time on a busy machine.
      this.timeout(30000);
      const watch = watchPosts();
      try {
        const el = await fixture<ApBannerCarousel>(html`<ap-banner-carousel src="/api/v1/banners" picker></ap-banner-carousel>`);
        const sent = batches(el);
        const batch = (count: number) => waitUntil(() => sent.length >= count, `batch ${count} was not sent`, { timeout: 12000 });
        await loaded(el);
        const [first, second, third, fourth] = ids(el);
        expect([first, second, third, fourth].every(Number.isSafeInteger)).to.equal(true);
        await batch(1);
        expect(sent[0]).to.deep.equal([first], 'only the slide shown');
        expect(watch.posts.length).to.equal(1);
        expect(new URL(watch.posts[0].url).pathname).to.equal('/api/v1/banners/impressions');
        expect(JSON.parse(watch.posts[0].body)).to.deep.equal({ ids: [first] });
        expect(watch.posts[0].status).to.equal(204);

        // The next slide counts once it is shown; going back to the first counts nothing again.
        el.show(1);
        await batch(2);
        expect(sent[1]).to.deep.equal([second]);
        el.show(0);
        await el.updateComplete;
        await observed(parts(el, 'slide')[0]);
        el.show(1);
        await el.updateComplete;
        await observed(parts(el, 'slide')[1]);
        el.flushViews();
        expect(watch.posts.length).to.equal(2);

        // From the second slide straight to the fourth: the third passes through the viewport, but is never shown.
        const track = el.shadowRoot!.querySelector('.track')!;
        const moved = getComputedStyle(track).transitionDuration.startsWith('0s') ? undefined : oneEvent(track, 'transitionend');
        el.show(3);
        await el.updateComplete;
        await moved;
        await observed(parts(el, 'slide')[3]);
        el.flushViews();
        await batch(3);
        expect(sent[2]).to.deep.equal([fourth]);
        expect(sent.flat()).to.not.include(third);
      } finally {
        watch.restore();
      }
    });

    it('counts only the current slide, also when the others are in view', async function () {
      this.timeout(30000);
      const watch = watchPosts();
      try {
        // The page lets the slides overflow the carousel: the next ones are in view beside the current one.
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <style>
            .wide::part(slides) {
              overflow: visible;
            }
          </style>
          <ap-banner-carousel class="wide" src="/api/v1/banners" style="width:200px"></ap-banner-carousel>
        </div>`);
        const el = wrapper.querySelector('ap-banner-carousel')!;
        const sent = batches(el);
        await loaded(el);
        const slides = parts(el, 'slide');
        expect(slides[1].getBoundingClientRect().right).to.be.lessThan(innerWidth, 'the second slide is in view');
        await observed(slides[1]);
        el.flushViews();
        await waitUntil(() => sent.length === 1, 'the view was not sent', { timeout: 12000 });
        expect(sent).to.deep.equal([[ids(el)[0]]]);
      } finally {
        watch.restore();
      }
    });

    it('counts nothing while the carousel is off-screen or the page hidden, and counts once it is seen', async function () {
      this.timeout(30000);
      const watch = watchPosts();
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      let hidden = true;
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div>
          <div style="height:300vh"></div>
          <ap-banner-carousel src="/api/v1/banners"></ap-banner-carousel>
        </div>`);
        const el = wrapper.querySelector('ap-banner-carousel')!;
        const sent = batches(el);
        await loaded(el);
        const slide = parts(el, 'slide')[0];
        await observed(slide);
        el.flushViews();
        expect(watch.posts.length, 'off-screen').to.equal(0);

        // In view, but on a hidden page.
        el.scrollIntoView();
        await observed(slide);
        el.flushViews();
        expect(watch.posts.length, 'hidden page').to.equal(0);

        // The page shows again.
        delete (document as { visibilityState?: string }).visibilityState;
        hidden = false;
        document.dispatchEvent(new Event('visibilitychange'));
        await observed(slide);
        el.flushViews();
        await waitUntil(() => sent.length === 1, 'the view was not sent', { timeout: 12000 });
        expect(sent[0]).to.deep.equal([Number(slide.dataset.id)]);
        window.scrollTo(0, 0);
      } finally {
        if (hidden) delete (document as { visibilityState?: string }).visibilityState;
        watch.restore();
      }
    });

    it('counts written-in slides by their data-id when it has impressions-url, and not without it', async function () {
      this.timeout(30000);
      const banners = (await (await fetch('/api/v1/banners')).json()) as { items: { id: number }[] };
      const [first, second] = banners.items.map((item) => item.id);
      const watch = watchPosts();
      try {
        const written = (url?: string) =>
          fixture<ApBannerCarousel>(html`<ap-banner-carousel impressions-url=${url ?? nothing}>
            <a href=${`/api/v1/banners/${first}/click`} data-id=${first}><img src="/media/banners/chao-mung-dai-hoi.jpg" alt="Một" width="1200" height="360" /></a>
            <a href=${`/api/v1/banners/${second}/click`} data-id=${second}><img src="/media/banners/chuyen-doi-so.jpg" alt="Hai" width="1200" height="360" /></a>
          </ap-banner-carousel>`);
        const quiet = await written();
        await observed(parts(quiet, 'slide')[0]);
        quiet.flushViews();
        expect(watch.posts.length, 'without impressions-url').to.equal(0);
        quiet.remove();

        const el = await written('/api/v1/banners/impressions');
        const sent = batches(el);
        expect(ids(el)).to.deep.equal([first, second]);
        await observed(parts(el, 'slide')[0]);
        el.flushViews();
        await waitUntil(() => sent.length === 1, 'the view was not sent', { timeout: 12000 });
        expect(sent[0]).to.deep.equal([first]);
        expect(new URL(watch.posts[0].url, location.href).pathname).to.equal('/api/v1/banners/impressions');
        expect(watch.posts[0].status).to.equal(204);
      } finally {
        watch.restore();
      }
    });

    it('sends the views waiting when the page is hidden', async function () {
      this.timeout(30000);
      const watch = watchPosts();
      try {
        const el = await fixture<ApBannerCarousel>(html`<ap-banner-carousel src="/api/v1/banners"></ap-banner-carousel>`);
        await loaded(el);
        await observed(parts(el, 'slide')[0]);
        expect(watch.posts.length, 'waiting for its second').to.equal(0);
        Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
        try {
          document.dispatchEvent(new Event('visibilitychange'));
        } finally {
          delete (document as { visibilityState?: string }).visibilityState;
        }
        expect(watch.posts.length).to.equal(1);
        expect(JSON.parse(watch.posts[0].body)).to.deep.equal({ ids: [ids(el)[0]] });
      } finally {
        watch.restore();
      }
    });

    it('counts nothing and links to the slides’ own addresses for a list without counting, or slotted slides', async () => {
      const watch = watchPosts();
      const restore = serve('/sibling/banners.json', {
        items: [
          {
            id: 1,
            title: 'A',
            image: { url: '/media/banners/chuyen-doi-so.jpg', alt: 'A', width: 1200, height: 360 },
            url: 'https://a.example/',
            interval: null,
          },
          { title: 'B', image: { url: '/media/banners/chuyen-doi-so.jpg', alt: 'B', width: 1200, height: 360 }, url: null, interval: null },
        ],
      });
      try {
        const el = await fixture<ApBannerCarousel>(html`<ap-banner-carousel src="/sibling/banners.json"></ap-banner-carousel>`);
        await loaded(el);
        expect(parts(el, 'slide')[0].querySelector('a')!.getAttribute('href')).to.equal('https://a.example/');
        expect(parts(el, 'slide').map((slide) => slide.hasAttribute('data-id'))).to.deep.equal([false, false]);
        await observed(parts(el, 'slide')[0]);
        el.flushViews();
        const own = await slotted();
        await observed(parts(own, 'slide')[0]);
        own.flushViews();
        expect(watch.posts).to.deep.equal([]);
        await expect(el).to.be.accessible();
      } finally {
        restore();
        watch.restore();
      }
    });

    it('refuses a list whose click or views address is not http(s), and keeps its children', async () => {
      for (const body of [
        {
          items: [
            {
              id: 1,
              title: 'A',
              image: { url: '/a.jpg', alt: 'A', width: 1, height: 1 },
              url: '/a',
              clickUrl: 'javascript:alert(1)',
              interval: null,
            },
          ],
        },
        { items: [], impressionsUrl: 'javascript:alert(1)' },
      ]) {
        const restore = serve('/bad/banners.json', body);
        try {
          // The answer comes at once: the error may come before fixture() returns.
          const errors: ApBannerCarouselErrorEvent[] = [];
          const failed = (event: ApBannerCarouselErrorEvent) => {
            event.preventDefault();
            errors.push(event);
          };
          const el = await fixture<ApBannerCarousel>(
            html`<ap-banner-carousel src="/bad/banners.json" @ap-banner-carousel-error=${failed}><a href="#x">Xem</a></ap-banner-carousel>`,
          );
          await waitUntil(() => errors.length > 0, 'no ap-banner-carousel-error', { timeout: 8000 });
          expect(errors[0].detail.error.code).to.equal('invalid_response');
          expect(part(el, 'base')).to.equal(null);
        } finally {
          restore();
        }
      }
    });
  });

  describe('initialData: the banners a server rendered the carousel with', () => {
    /** Counts the GET requests the page makes for `path` from now on (other requests pass as usual). */
    function countGets(path: string) {
      const original = window.fetch;
      const gets: string[] = [];
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
        if ((init?.method ?? 'GET') === 'GET' && url.pathname === path) gets.push(url.href);
        return original(input, init);
      };
      return { gets, restore: () => (window.fetch = original) };
    }

    let api: BannerList;
    before(async () => {
      api = (await (await fetch('/api/v1/banners')).json()) as BannerList;
    });

    it('shows the given banners at once, fetches nothing, counts their views as the list says, and is accessible', async function () {
      this.timeout(30000);
      const requests = countGets('/api/v1/banners');
      const watch = watchPosts();
      try {
        const loads: Event[] = [];
        const el = await fixture<ApBannerCarousel>(
          html`<ap-banner-carousel src="/api/v1/banners" picker .initialData=${api} @ap-banner-carousel-load=${(e: Event) => loads.push(e)}></ap-banner-carousel>`,
        );
        // Already rendered by the first update: no loading, no waiting.
        expect(parts(el, 'slide').map((slide) => Number(slide.dataset.id))).to.deep.equal(api.items.map((item) => item.id));
        const images = parts(el, 'image') as HTMLImageElement[];
        expect(images.map((img) => img.alt)).to.deep.equal(api.items.map((item) => item.image.alt));
        expect(images.map((img) => [img.getAttribute('loading'), img.getAttribute('fetchpriority')])).to.deep.equal(
          api.items.map((_, i) => (i === 0 ? ['eager', 'high'] : ['lazy', null])),
        );
        expect(parts(el, 'slide')[0].querySelector('a')!.getAttribute('href')).to.equal(api.items[0].clickUrl);
        await expect(el).to.be.accessible();
        // Views are counted as with a list it loaded: the first slide's, to the list's impressionsUrl.
        await waitUntil(() => watch.posts.length > 0, 'no views were sent', { timeout: 12000 });
        expect(watch.posts[0].url).to.equal(api.impressionsUrl);
        expect(JSON.parse(watch.posts[0].body)).to.deep.equal({ ids: [api.items[0].id] });
        expect(requests.gets).to.deep.equal([]);
        expect(loads).to.deep.equal([], 'nothing was loaded');
      } finally {
        requests.restore();
        watch.restore();
      }
    });

    it('reads them from a <script type="application/json"> child, and loads a later src from the API as usual', async () => {
      const requests = countGets('/api/v1/banners');
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
        // As the server's HTML has it (the data child is in the element before it upgrades).
        wrapper.innerHTML = `<ap-banner-carousel src="/api/v1/banners" picker><script type="application/json">${JSON.stringify(api).replace(/</g, '\\u003c')}</script></ap-banner-carousel>`;
        const el = wrapper.querySelector('ap-banner-carousel')!;
        await el.updateComplete;
        expect(parts(el, 'image').map((img) => img.getAttribute('alt'))).to.deep.equal(api.items.map((item) => item.image.alt));
        expect(parts(el, 'tab')[1].getAttribute('aria-label')).to.equal('Slide 2');
        expect(requests.gets).to.deep.equal([]);
        // The next page of banners (another src) is a request like any other; the data was for the first only.
        el.src = '/api/v1/banners?again';
        const loaded = (await oneEvent(el, 'ap-banner-carousel-load')) as ApBannerCarouselLoadEvent;
        expect(loaded.detail.count).to.equal(api.items.length);
        expect(requests.gets.length).to.equal(1);
        el.src = '/api/v1/banners';
        await oneEvent(el, 'ap-banner-carousel-load');
        expect(requests.gets.length).to.equal(2);
      } finally {
        requests.restore();
      }
    });

    it('asks the API when the data is missing or not a banners list (a bad JSON child too)', async () => {
      const requests = countGets('/api/v1/banners');
      try {
        for (const bad of ['{"items": "none"}', 'not json', '']) {
          const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
          wrapper.innerHTML = `<ap-banner-carousel src="/api/v1/banners"><script type="application/json">${bad}</script></ap-banner-carousel>`;
          const el = wrapper.querySelector('ap-banner-carousel')!;
          await oneEvent(el, 'ap-banner-carousel-load');
          await el.updateComplete;
          expect(parts(el, 'slide').length).to.equal(api.items.length);
        }
        const hostile = structuredClone(api);
        hostile.items[0].image.srcset = { webp: 'javascript:alert(1) 1x', jpeg: '/a.jpg 1x' };
        const el = await fixture<ApBannerCarousel>(
          html`<ap-banner-carousel src="/api/v1/banners" .initialData=${hostile}></ap-banner-carousel>`,
        );
        await oneEvent(el, 'ap-banner-carousel-load');
        expect(requests.gets.length).to.equal(4);
        expect(el.shadowRoot!.innerHTML).to.not.contain('javascript:');
      } finally {
        requests.restore();
      }
    });

    it('shows a banner in several widths as a <picture>: WebP and JPEG sources with the carousel’s sizes', async () => {
      const [first, second] = api.items;
      // The second in one size only (the demo banners are uploads, with widths of their own).
      const { srcset: _widths, ...oneSize } = second.image;
      const data: BannerList = {
        items: [
          {
            ...first,
            image: {
              ...first.image,
              srcset: {
                webp: `${first.image.url}?w=640&f=webp 640w, ${first.image.url}?w=1200&f=webp 1200w`,
                jpeg: `${first.image.url}?w=640 640w, ${first.image.url} 1200w`,
              },
            },
          },
          { ...second, image: oneSize },
        ],
      };
      const el = await fixture<ApBannerCarousel>(
        html`<ap-banner-carousel src="/api/v1/banners" sizes="(min-width: 72rem) 70rem, 100vw" .initialData=${data}></ap-banner-carousel>`,
      );
      const [picture] = [...el.shadowRoot!.querySelectorAll('picture')];
      expect(el.shadowRoot!.querySelectorAll('picture').length).to.equal(1);
      const source = picture.querySelector('source')!;
      expect([source.type, source.srcset, source.sizes]).to.deep.equal([
        'image/webp',
        data.items[0].image.srcset!.webp,
        '(min-width: 72rem) 70rem, 100vw',
      ]);
      const img = picture.querySelector('img')!;
      expect([img.srcset, img.sizes, img.getAttribute('fetchpriority')]).to.deep.equal([
        data.items[0].image.srcset!.jpeg,
        '(min-width: 72rem) 70rem, 100vw',
        'high',
      ]);
      await img.decode();
      // The picture sizes as a lone image does: the whole slide.
      expect(img.getBoundingClientRect().height).to.be.closeTo(part(el, 'slides')!.getBoundingClientRect().height, 1);
      expect(parts(el, 'slide')[1].querySelector('picture')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders the slide show as on at first with autoplay, as a server does, and starts it after that render', async () => {
      const el = document.createElement('ap-banner-carousel');
      Object.assign(el, { src: '/api/v1/banners', autoplay: true, initialData: api, interval: 600000 });
      const first: string[] = [];
      // What the first render wrote, before anything after it could change it.
      el.addEventListener('ap-rotation-change', () => first.push('event'));
      document.body.append(el);
      await el.updateComplete;
      try {
        expect(part(el, 'rotation')!.getAttribute('aria-label')).to.equal('Dừng tự động chuyển ảnh');
        expect(part(el, 'slides')!.getAttribute('aria-live')).to.equal('off');
        expect(el.playing).to.equal(true);
        expect(el.rotating).to.equal(true);
        expect(first).to.deep.equal([], 'the slide show was on from the start: no change to announce');
      } finally {
        el.remove();
      }
    });
  });

  describe('banners from the API', () => {
    it('loads the slides from src, the first image eager and the others lazy', async () => {
      const el = await fixture<ApBannerCarousel>(html`<ap-banner-carousel src="/api/v1/banners" autoplay picker></ap-banner-carousel>`);
      const loaded = (await oneEvent(el, 'ap-banner-carousel-load')) as ApBannerCarouselLoadEvent;
      await el.updateComplete;
      expect(loaded.detail.count).to.equal(4);
      const images = parts(el, 'image') as HTMLImageElement[];
      expect(images.map((img) => img.getAttribute('loading'))).to.deep.equal(['eager', 'lazy', 'lazy', 'lazy']);
      expect(images[0].alt).to.contain('Đại hội');
      // Links go through the click counter, which redirects to the slide's own link.
      expect(parts(el, 'slide')[0].querySelector('a')!.getAttribute('href')).to.match(/\/api\/v1\/banners\/\d+\/click$/);
      // The last demo banner has no link.
      expect(parts(el, 'slide')[3].querySelector('a')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('links each slide through its click URL, and a slide without a link has none', async () => {
      const el = await fixture<ApBannerCarousel>(html`<ap-banner-carousel src="/api/v1/banners"></ap-banner-carousel>`);
      await loaded(el);
      const links = parts(el, 'slide').map((slide) => slide.querySelector('a')?.getAttribute('href') ?? null);
      expect(links.slice(0, 3).every((href) => /^http:\/\/localhost:\d+\/api\/v1\/banners\/\d+\/click$/.test(href!))).to.equal(
        true,
        String(links),
      );
      expect(links[3]).to.equal(null);
    });

    it('keeps the fallback children when the banners cannot be loaded', async () => {
      const el = await fixture<ApBannerCarousel>(
        html`<ap-banner-carousel src="/api/v1/no-such-thing" @ap-banner-carousel-error=${(e: Event) => e.preventDefault()}><a href="#x">Xem các chương trình</a></ap-banner-carousel>`,
      );
      const failed = (await oneEvent(el, 'ap-banner-carousel-error')) as ApBannerCarouselErrorEvent;
      expect(failed.detail.error.status).to.equal(404);
      await el.updateComplete;
      expect(part(el, 'base')).to.equal(null);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.hidden).to.equal(false);
      expect(slot.assignedElements()[0].textContent).to.equal('Xem các chương trình');
    });
  });
});
