import { expect, fixture, html } from '@open-wc/testing';
import '../src/client/sites/define.js';
import type { NrSiteForm } from '../src/client/sites/nr-site-form.js';
import type { NrSites } from '../src/client/sites/nr-sites.js';
import { api, engine, signIn, USER, waitUntil } from './support.js';

// The member sites screen as a site editor (role 'site-editor', with the siteId of their site on the session user):
// the server answers the list with their site alone and refuses registering, disabling and enabling. The test server
// seeds a site editor per engine, `te-<engine>`, on one of its member sites.
// The engines' site editors share that site, so a test that saves it takes the test server's lock first (the engines
// run at once: another engine's save between this one's load and save would be a version conflict).

const SITE_EDITOR = `te-${engine}`;

const shadow = (el: Element) => el.shadowRoot!;
const formOf = (el: NrSites) => shadow(el).querySelector<NrSiteForm>('nr-site-form');

/** A POST as the signed-in account; resolves to the status and error code. */
async function post(path: string, body?: unknown): Promise<{ status: number; code?: string }> {
  const response = await fetch(`/api/v1/${path}`, {
    method: 'POST',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, code: (await response.json()).error?.code };
}

describe('nr-sites as a site editor', () => {
  let siteId: string;
  before(async () => {
    await signIn(SITE_EDITOR);
    const { user } = await api('GET', 'auth/me');
    expect(user.role).to.equal('site-editor');
    siteId = user.siteId;
  });
  after(() => signIn(USER));

  it('the server lists only their site and refuses registering, disabling and enabling', async () => {
    const { items } = await api('GET', 'newsroom/sites');
    expect(items.map((site: { id: string }) => site.id)).to.deep.equal([siteId]);
    const id = `te-moi-${engine}-${Date.now().toString(36)}`;
    expect(
      await post('newsroom/sites', { id, name: 'Không được', homeUrl: 'https://x.example.vn', origins: ['https://x.example.vn'] }),
    ).to.deep.equal({
      status: 403,
      code: 'forbidden',
    });
    expect(await post(`newsroom/sites/${siteId}/disable`)).to.deep.equal({ status: 403, code: 'forbidden' });
    expect(await post(`newsroom/sites/${siteId}/enable`)).to.deep.equal({ status: 403, code: 'forbidden' });
    expect((await api('GET', `newsroom/sites/${siteId}`)).disabled).to.equal(false);
  });

  it('shows just their site’s edit form: no id, no disable, no New site; a save applies', async () => {
    await fetch('/__test-portal/lock?name=site-editor-site', { method: 'POST' });
    try {
      await ownSiteForm();
    } finally {
      await fetch('/__test-portal/lock?name=site-editor-site', { method: 'DELETE' });
    }
  });

  async function ownSiteForm(): Promise<void> {
    const el = await fixture<NrSites>(html`<nr-sites lang="vi" api="/api/v1/" userRole="site-editor"></nr-sites>`);
    await waitUntil(() => formOf(el)?.shadowRoot?.querySelector('#name'), 'their site’s form shows');
    const form = formOf(el)!;
    const stored = await api('GET', `newsroom/sites/${siteId}`);
    expect(form.shadowRoot!.querySelector<HTMLInputElement>('#name')!.value).to.equal(stored.name);
    expect(form.shadowRoot!.querySelector('#id')).to.equal(null);
    expect(shadow(el).querySelector('button.new, button.disable, button.enable, table')).to.equal(null);
    // No Cancel: the form is the screen.
    expect([...form.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.not.include('Huỷ');
    await expect(el).to.be.accessible();

    const contact = `Biên tập ${engine} ${Date.now().toString(36)}`;
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('#contactName')!;
    input.value = contact;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    form.shadowRoot!.querySelector('form')!.requestSubmit();
    await waitUntil(() => shadow(el).querySelector('[role=status].status')!.textContent!.includes('Đã lưu trang'), 'the save is said');
    expect((await api('GET', `newsroom/sites/${siteId}`)).contact.name).to.equal(contact);
  }
});
