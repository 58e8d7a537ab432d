import { expect, fixture, html } from '@open-wc/testing';
import type { EmbedCatalog } from '@agency-portal/portal/embed-catalog.js';
import '../src/client/define.js';
import '../src/client/embed/define.js';
import { define } from '@agency-portal/core';
import { NrApp, route } from '../src/client/nr-app.js';
import type { NrEmbedBuilder } from '../src/client/embed/nr-embed-builder.js';
import { choose, options, root, snippetOf, text } from './embed-builder-support.js';
import { ADMIN, USER, api, engine, followNavigation, signIn, waitUntil } from './support.js';

// The embed builder against the real test portal server, as an admin: the snippet pins the version with the hash that
// /embed/versions.json gives, each option changes it, free text is escaped, the copy button copies (or selects the
// text where the clipboard is not available), the preview is a sandboxed frame of its own origin, and an older version
// says a newer one exists. This engine's site has a feed URL, so the portal fetches it as the feed source of the site's id.

define('nr-app', NrApp);

const SITE = `so-nhung-${engine}`;
const FEED_URL = 'https://stttt.example.gov.vn/rss';
let versions: { latest: string; versions: Record<string, { files: Record<string, string> }> };

before(async () => {
  await signIn(ADMIN);
  const existing = (await api('GET', 'newsroom/sites')).items as { id: string }[];
  if (!existing.some((site) => site.id === SITE)) {
    await api('POST', 'newsroom/sites', {
      id: SITE,
      name: `Sở Nhúng ${engine}`,
      homeUrl: `https://${SITE}.example.vn`,
      origins: [`https://${SITE}.example.vn`],
      feedUrl: FEED_URL,
    });
  }
  versions = await (await fetch('/embed/versions.json')).json();
});

async function open(catalog?: EmbedCatalog): Promise<NrEmbedBuilder> {
  const el = await fixture<NrEmbedBuilder>(html`<nr-embed-builder lang="vi" .catalog=${catalog}></nr-embed-builder>`);
  await waitUntil(() => text(el) !== '', 'the snippet is made').catch(() => {
    throw new Error(`No snippet; the builder shows: ${root(el).textContent}`);
  });
  return el;
}

async function type(el: NrEmbedBuilder, name: string, value: string): Promise<void> {
  const input = options(el).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

describe('nr-embed-builder', () => {
  it('pins the latest version with the hash of /embed/versions.json, and each option changes the snippet', async () => {
    const el = await open();
    const { latest } = versions;
    const files = versions.versions[latest]!.files;
    const origin = location.origin;
    expect(text(el)).to.equal(
      `<script type="module" src="${origin}/embed/v${latest}/article-list.js" integrity="${files['article-list.js']}" crossorigin="anonymous"></script>\n` +
        `<ap-article-list src="${origin}/api/v1/articles" lang="vi"></ap-article-list>`,
    );

    await type(el, 'page-size', '5');
    await choose(el, options(el), 'layout', 'grid');
    await choose(el, options(el), 'category', 'tin-hoat-dong');
    await choose(el, root(el), 'lang', 'en');
    expect(text(el)).to.contain(
      `<ap-article-list src="${origin}/api/v1/articles" category="tin-hoat-dong" page-size="5" layout="grid" lang="en"></ap-article-list>`,
    );
    // A page size the widget does not take leaves the snippet as it was.
    await type(el, 'page-size', '500');
    expect(text(el)).to.contain('page-size="5"');

    // The site's feed: the list reads the feed's items from the portal; a category is of the portal's articles only.
    await choose(el, root(el), 'site', SITE);
    const feedRadio = options(el).querySelector<HTMLInputElement>(`input[name="feed"][value="${SITE}"]`)!;
    expect(feedRadio.disabled).to.equal(false);
    feedRadio.click();
    await el.updateComplete;
    await waitUntil(() => text(el).includes('feed='), 'the feed is in the snippet');
    expect(text(el)).to.contain(
      `<ap-article-list src="${origin}/api/v1/feeds/${SITE}/items" feed="${SITE}" page-size="5" layout="grid" lang="en">`,
    );
    expect(options(el).querySelector('select[name="category"]')).to.equal(null);

    // The counter: its own file and hash, the chosen site; the npm usage names its package.
    await choose(el, root(el), 'widget', 'visit-counter');
    expect(text(el)).to.equal(
      `<script type="module" src="${origin}/embed/v${latest}/visit-counter.js" integrity="${files['visit-counter.js']}" crossorigin="anonymous"></script>\n` +
        `<ap-visit-counter api="${origin}/api/v1/" site="${SITE}" lang="en"></ap-visit-counter>`,
    );
    options(el).querySelector<HTMLInputElement>('input[name="track"]')!.click();
    await el.updateComplete;
    expect(text(el)).to.contain(`site="${SITE}" track lang="en"`);
    const npm = snippetOf(el).shadowRoot!.querySelector('pre')!.textContent!;
    expect(npm).to.equal(
      `npm install @agency-portal/visit-counter\n\nimport '@agency-portal/visit-counter/define.js';\n\n<ap-visit-counter api="${origin}/api/v1/" site="${SITE}" track lang="en"></ap-visit-counter>`,
    );
  });

  it('escapes what is typed into an attribute value', async () => {
    const el = await open();
    await type(el, 'label', 'Tin "mới" <b>&</b> \'x\'');
    expect(text(el)).to.contain(`label="Tin &quot;mới&quot; &lt;b&gt;&amp;&lt;/b&gt; &#39;x&#39;"`);
    expect(text(el)).not.to.contain('<b>');
  });

  it('copies the snippet, or selects it where the clipboard is not available, and says which', async () => {
    const el = await open();
    const snippet = snippetOf(el);
    const said = () => snippet.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
    const area = snippet.shadowRoot!.querySelector('textarea')!;
    const button = snippet.shadowRoot!.querySelector('button')!;
    button.click();
    await waitUntil(() => said() !== '', 'the copy is announced');
    if (said() === 'Đã chép mã nhúng.') {
      // Where the browser lets the test read the clipboard, it holds the snippet.
      const read = await navigator.clipboard.readText().catch(() => undefined);
      if (read !== undefined) expect(read).to.equal(area.value);
    } else {
      expect(said()).to.equal('Đã chọn mã nhúng: nhấn Ctrl+C (hoặc ⌘+C) để chép.');
    }

    // A browser without the clipboard API (a page that is not a secure context): the text is selected instead.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      await choose(el, root(el), 'widget', 'banner-carousel');
      expect(said()).to.equal('');
      button.click();
      await waitUntil(() => said() !== '', 'the selection is announced');
      expect(said()).to.equal('Đã chọn mã nhúng: nhấn Ctrl+C (hoặc ⌘+C) để chép.');
      expect(snippet.shadowRoot!.activeElement).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect(area.value).to.contain('banner-carousel.js');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('previews in a sandboxed frame of an opaque origin, from the server’s preview page', async () => {
    const el = await open();
    const frame = root(el).querySelector('nr-embed-preview')!.shadowRoot!.querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts');
    expect(frame.title).to.equal('Xem trước: Danh sách tin bài');
    const src = new URL(frame.src);
    expect(src.pathname).to.equal('/embed/preview');
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({
      widget: 'article-list',
      version: versions.latest,
      lang: 'vi',
      'page-size': '10',
      layout: 'list',
    });
    // The page cannot reach into the frame: its document is of another (opaque) origin.
    await waitUntil(() => {
      try {
        return frame.contentDocument === null;
      } catch {
        return true;
      }
    }, 'the frame is not readable');
    const answer = await fetch(frame.src);
    expect(answer.status).to.equal(200);
    expect(answer.headers.get('content-security-policy')).to.match(/^sandbox allow-scripts; /);
    await choose(el, options(el), 'layout', 'compact');
    await waitUntil(() => new URL(frame.src).searchParams.get('layout') === 'compact', 'the preview follows the options');
  });

  it('says when the chosen version is not the latest, and names the latest', async () => {
    const real = (await api('GET', 'embed/catalog')) as EmbedCatalog;
    const newer = { version: '99.0.0', files: real.versions[0]!.files };
    const el = await open({ ...real, latest: newer.version, versions: [newer, ...real.versions] });
    const notice = () => root(el).querySelector('.notice')!.textContent!.trim();
    expect(notice()).to.equal('');
    const option = root(el).querySelector<HTMLOptionElement>('select[name="version"] option[value="99.0.0"]')!;
    expect(option.textContent!.trim()).to.equal('99.0.0 (mới nhất)');
    await choose(el, root(el), 'version', real.latest!);
    expect(notice()).to.contain('Đã có phiên bản mới hơn: 99.0.0.');
    expect(text(el)).to.contain(`/embed/v${real.latest}/article-list.js`);
  });

  it('in English: the screen’s words and the catalog’s', async () => {
    const el = await fixture<NrEmbedBuilder>(html`<nr-embed-builder lang="en"></nr-embed-builder>`);
    await waitUntil(() => text(el) !== '', 'the snippet is made');
    expect(root(el).querySelector('h2')!.textContent).to.equal('Embed code');
    expect(root(el).querySelector<HTMLSelectElement>('select[name="widget"]')!.selectedOptions[0]!.textContent!.trim()).to.equal(
      'Article list',
    );
    expect(options(el).querySelector('select[name="category"]')!.closest('label')!.textContent).to.contain('Category');
    expect(options(el).querySelector('legend')!.textContent).to.equal('Options');
    expect(text(el)).to.contain('lang="en"');
  });

  it('is the view at /quan-tri/ma-nhung, its heading focused when moved to', async () => {
    expect(route('/quan-tri/ma-nhung', '/quan-tri/')).to.deep.equal({ view: 'embed' });
    expect(route('/admin/ma-nhung/', '/admin/')).to.deep.equal({ view: 'embed' });
    await followNavigation('/quan-tri/ma-nhung', 'Mã nhúng', async (app) => {
      const builder = () => app.shadowRoot!.querySelector('nr-embed-builder');
      await waitUntil(() => builder()?.shadowRoot?.activeElement?.tagName === 'H2', 'the builder opens, its heading focused');
      await waitUntil(() => text(builder()!) !== '', 'and makes a snippet');
    });
  });

  it('with a siteId (a site’s own editor), the site is fixed to it', async () => {
    const el = await fixture<NrEmbedBuilder>(html`<nr-embed-builder lang="vi" .siteId=${SITE}></nr-embed-builder>`);
    await waitUntil(() => text(el) !== '', 'the snippet is made');
    expect(root(el).querySelector('select[name="site"]')).to.equal(null);
    expect(root(el).querySelector('.fixed')!.textContent).to.equal(`Trang: Sở Nhúng ${engine}`);
    await choose(el, root(el), 'widget', 'visit-counter');
    expect(text(el)).to.contain(`site="${SITE}"`);
  });

  it('says what went wrong when the server refuses, in the staff’s language, and tries again', async () => {
    // An editor may not list the member sites.
    await signIn(USER);
    try {
      const el = await fixture<NrEmbedBuilder>(html`<nr-embed-builder lang="vi"></nr-embed-builder>`);
      await waitUntil(() => root(el).querySelector('[role="alert"]'), 'the refusal shows');
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Không tải được:');
      expect(root(el).querySelector('nr-embed-snippet')).to.equal(null);
      await signIn(ADMIN);
      root(el).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await waitUntil(() => text(el) !== '', 'the retry loads');
    } finally {
      await signIn(ADMIN);
    }
  });

  it('passes axe, also at a phone’s width', async () => {
    const el = await open();
    await expect(el).to.be.accessible();
    el.style.width = '360px';
    await expect(el).to.be.accessible();
  });
});
