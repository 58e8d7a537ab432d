import { expect, fixture, html } from '@open-wc/testing';
import { define } from '@agency-portal/core';
import '../src/client/define.js';
import type { NrUserList } from '../src/client/nr-user-list.js';
import { NrApp } from '../src/client/nr-app.js';
import { ADMIN, api, engine, SITE_EDITOR, SITE_EDITOR_SITE, signIn, waitUntil } from './support.js';

define('nr-app', NrApp);

const $ = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const row = (el: NrUserList, username: string) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('td')!.textContent === username);

/** Fills and sends the new-account form; resolves to the temporary password shown. */
async function createAccount(el: NrUserList, username: string, displayName: string): Promise<string> {
  const form = $<HTMLFormElement>(el, 'form');
  form.querySelector<HTMLInputElement>('[name=username]')!.value = username;
  form.querySelector<HTMLInputElement>('[name=displayName]')!.value = displayName;
  form.requestSubmit();
  await waitUntil(
    () => el.shadowRoot!.querySelector('.notice .secret') && row(el, username),
    'the account and its temporary password show',
  );
  return $(el, '.notice .secret').textContent!;
}

describe('nr-user-list and nr-password-change', () => {
  const start = location.href;
  afterEach(() => history.replaceState(null, '', start));
  after(() => signIn());

  it('an admin invites a site editor: the site picker shows for that role only, and the list shows each user’s site', async () => {
    await signIn(ADMIN);
    const el = await fixture<NrUserList>(html`<nr-user-list lang="vi" api="/api/v1/"></nr-user-list>`);
    await waitUntil(() => row(el, SITE_EDITOR), 'the accounts load');
    const { items: sites } = await api('GET', 'newsroom/sites');
    const siteName = sites.find((site: { id: string }) => site.id === SITE_EDITOR_SITE).name;
    // The seeded site editor's row: their site, as a picker to move them; an editor's row has none.
    const picker = row(el, SITE_EDITOR)!.querySelector<HTMLSelectElement>('select[aria-label^="Trang thành viên"]')!;
    expect(picker.value).to.equal(SITE_EDITOR_SITE);
    expect(picker.selectedOptions[0].textContent!.trim()).to.equal(siteName);
    expect(row(el, `thu-${engine}`)!.textContent).to.contain('Không có');

    const form = $<HTMLFormElement>(el, 'form');
    const role = form.querySelector<HTMLSelectElement>('[name=role]')!;
    expect([...role.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'Biên tập viên',
      'Quản trị viên',
      'Quản trị trang thành viên',
    ]);
    expect(form.querySelector('[name=siteId]')).to.equal(null, 'no site picker for an editor');
    role.value = 'site-editor';
    role.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const site = form.querySelector<HTMLSelectElement>('[name=siteId]')!;
    const choices = [...site.options].map((option) => option.value);
    expect(choices).to.include(SITE_EDITOR_SITE);
    expect(choices).not.to.include('portal');
    await expect(el).to.be.accessible();
    site.value = SITE_EDITOR_SITE;
    const username = `trang-${engine}-${Date.now().toString(36)}`;
    const temporary = await createAccount(el, username, 'Người Trang');
    expect(temporary).to.match(/^[\w-]{24}$/);
    const created = (await api('GET', 'users')).items.find((user: { username: string }) => user.username === username);
    expect([created.role, created.siteId]).to.deep.equal(['site-editor', SITE_EDITOR_SITE]);
    expect(row(el, username)!.querySelector<HTMLSelectElement>('select[aria-label^="Vai trò"]')!.value).to.equal('site-editor');
    await waitUntil(() => !form.querySelector('[name=siteId]'), 'the form is reset to an editor, without the site picker');
  });

  it('an admin creates an account; its user must set their own password before anything else', async () => {
    await signIn(ADMIN);
    const el = await fixture<NrUserList>(html`<nr-user-list lang="vi" api="/api/v1/"></nr-user-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'the accounts load');
    const username = `moi-${engine}-${Date.now().toString(36)}`;
    const temporary = await createAccount(el, username, 'Người Mới');
    expect($(el, '.notice').textContent).to.contain(`Mật khẩu tạm của ${username}`);
    expect(row(el, username)!.textContent).to.contain('Chờ đổi mật khẩu tạm');
    await expect(el).to.be.accessible();

    // The new user signs in with the temporary password: the newsroom asks for a new one first.
    await signIn(username, temporary);
    history.replaceState(null, '', '/quan-tri/');
    const app = await fixture<NrApp>(html`<nr-app lang="vi" base="/quan-tri/" api="/api/v1/"></nr-app>`);
    await waitUntil(() => app.shadowRoot!.querySelector('nr-password-change'), 'the password form shows');
    const change = $(app, 'nr-password-change');
    await expect(change).to.be.accessible();
    const fill = async (current: string, next: string, repeat: string) => {
      const form = $<HTMLFormElement>(change, 'form');
      form.querySelector<HTMLInputElement>('[name=current]')!.value = current;
      form.querySelector<HTMLInputElement>('[name=next]')!.value = next;
      form.querySelector<HTMLInputElement>('[name=repeat]')!.value = repeat;
      form.requestSubmit();
    };
    await fill(temporary, 'một mật khẩu mới rất dài', 'một mật khẩu khác hẳn');
    await waitUntil(() => change.shadowRoot!.querySelector('.problem'), 'the mismatch is said');
    expect($(change, '.problem').textContent).to.equal('Hai lần nhập mật khẩu mới không giống nhau.');
    await fill('không phải mật khẩu tạm', 'một mật khẩu mới rất dài', 'một mật khẩu mới rất dài');
    await waitUntil(
      () => change.shadowRoot!.querySelector('.problem')?.textContent === 'Mật khẩu hiện tại không đúng.',
      'a wrong password is said',
    );
    await fill(temporary, 'một mật khẩu mới rất dài', 'một mật khẩu mới rất dài');
    await waitUntil(() => app.shadowRoot!.querySelector('nr-article-list'), 'the newsroom opens');
    expect((await api('GET', 'auth/me')).user.mustChangePassword).to.equal(false);
  });

  it('an admin disables and enables an account, resets its password, and cannot disable themselves', async () => {
    await signIn(ADMIN);
    const el = await fixture<NrUserList>(html`<nr-user-list lang="vi" api="/api/v1/"></nr-user-list>`);
    await waitUntil(() => el.shadowRoot!.querySelector('tbody tr'), 'the accounts load');
    const username = `khoa-tk-${engine}-${Date.now().toString(36)}`;
    await createAccount(el, username, 'Sẽ Bị Khoá');
    await waitUntil(() => !el.shadowRoot!.querySelector('button:disabled'), 'the screen is ready');
    const button = (name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
    // Buttons are disabled while a change is on its way: wait for the screen to be ready again.
    const ready = () => waitUntil(() => !el.shadowRoot!.querySelector('button:disabled'), 'the screen is ready');

    button(`Khoá tài khoản ${username}`).click();
    await waitUntil(() => row(el, username)!.textContent!.includes('Đã khoá'), 'it is disabled');
    await ready();
    button(`Mở khoá tài khoản ${username}`).click();
    await waitUntil(() => !row(el, username)!.textContent!.includes('Đã khoá'), 'it is enabled again');
    await ready();
    button(`Đặt lại mật khẩu của ${username}`).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.notice .secret'), 'a new temporary password shows');
    expect($(el, '.notice').textContent).to.contain(username);
    await ready();

    button(`Khoá tài khoản ${ADMIN}`).click();
    await waitUntil(() => el.shadowRoot!.querySelector('.problem'), 'the refusal shows');
    expect($(el, '.problem').getAttribute('role')).to.equal('alert');
    // In the newsroom's language, not the API's.
    expect($(el, '.problem').textContent).to.contain('Bạn không thể tự khoá tài khoản của mình');
    expect(row(el, ADMIN)!.textContent).to.contain('Đang hoạt động');
  });
});
