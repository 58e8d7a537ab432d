import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Session } from '@agency-portal/core';
import { sessionContext } from '@agency-portal/core';
import '@agency-portal/core/define.js';
import '../src/define.js';
import type { ApLoginBox } from '../src/login-box.js';
import { ApLoginEvent, ApLogoutEvent } from '../src/events.js';

// The real portal server runs behind the test server (this package's test task depends on the server's build),
// which proxies /api/ to it, sign-in POSTs included. It has staff users made for the tests
// (scripts/test-portal-server.mjs): thu-<engine> and khoa-<engine>, one pair per browser engine, so that the
// engines running at once never share an account.
const PASSWORD = 'mật khẩu thử nghiệm 2026';
const engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';
const USER = `thu-${engine}`;

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const input = (el: ApLoginBox, name: string) => $<HTMLInputElement>(el, `input[name=${name}]`)!;

async function settled(el: ApLoginBox): Promise<void> {
  await waitUntil(() => el.state !== 'checking' && el.state !== 'busy', `the box stayed "${el.state}"`, { timeout: 8000 });
  await el.updateComplete;
}

async function signIn(el: ApLoginBox, username: string, password: string): Promise<void> {
  input(el, 'username').value = username;
  input(el, 'password').value = password;
  $<HTMLButtonElement>(el, '[part~=submit]')!.click();
  await el.updateComplete;
}

async function me(): Promise<{ user: { username: string } | null }> {
  return (await fetch('/api/v1/auth/me')).json();
}

/** Subscribes to the session context from `inside`, as any widget would. */
function consumeSession(inside: Element): Session[] {
  const seen: Session[] = [];
  const event = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: sessionContext,
    contextTarget: inside,
    subscribe: true,
    callback: (value: Session | undefined) => value && seen.push(value),
  });
  inside.dispatchEvent(event);
  return seen;
}

describe('<ap-login-box>', () => {
  beforeEach(async () => {
    await fetch('/api/v1/auth/logout', { method: 'POST' });
  });

  it('renders the signed-out form from the start: the session check changes nothing for a signed-out reader', async () => {
    const el = await fixture<ApLoginBox>(html`<ap-login-box></ap-login-box>`);
    // Before the session is known (what a server renders): the form itself, no "checking" placeholder.
    expect(el.state).to.equal('checking');
    const form = $<HTMLFormElement>(el, 'form')!;
    const text = el.shadowRoot!.textContent;
    const height = el.getBoundingClientRect().height;
    expect(form).to.not.equal(null);
    await expect(el).to.be.accessible();
    await settled(el);
    expect(el.state).to.equal('signed-out');
    expect($(el, 'form')).to.equal(form);
    expect(el.shadowRoot!.textContent).to.equal(text);
    expect(el.getBoundingClientRect().height).to.equal(height);
  });

  it("without a script to handle it, the form posts to the portal's sign-in page in the box's language", async () => {
    const vi = await fixture<ApLoginBox>(html`<ap-login-box api="/api/v1/"></ap-login-box>`);
    const form = $<HTMLFormElement>(vi, 'form')!;
    expect(form.method).to.equal('post');
    expect(form.getAttribute('action')).to.equal('/dang-nhap');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="en"><ap-login-box return-to="https://so-a.gov.vn/tin"></ap-login-box></div>`,
    );
    const en = wrapper.querySelector('ap-login-box')!;
    await en.updateComplete;
    expect($<HTMLFormElement>(en, 'form')!.getAttribute('action')).to.equal('/en/dang-nhap?return=https%3A%2F%2Fso-a.gov.vn%2Ftin');
    await settled(vi);
    await settled(en);
  });

  it('shows a labelled form for a signed-out visitor, without spellcheck, and is accessible', async () => {
    const el = await fixture<ApLoginBox>(html`<ap-login-box></ap-login-box>`);
    await settled(el);
    expect(el.state).to.equal('signed-out');
    expect(el.getAttribute('state')).to.equal('signed-out');
    const username = input(el, 'username');
    const password = input(el, 'password');
    expect(username.labels![0].textContent).to.equal('Tên đăng nhập');
    expect(password.labels![0].textContent).to.equal('Mật khẩu');
    expect(username.autocomplete).to.equal('username');
    expect(password.autocomplete).to.equal('current-password');
    expect(password.type).to.equal('password');
    for (const field of [username, password]) {
      expect(field.getAttribute('spellcheck')).to.equal('false');
      expect(field.getAttribute('autocapitalize')).to.equal('none');
      expect(field.required).to.equal(true);
    }
    expect($(el, 'h2')!.textContent).to.equal('Đăng nhập');
    await expect(el).to.be.accessible();
  });

  it('has a show-password toggle button that says whether it is pressed', async () => {
    const el = await fixture<ApLoginBox>(html`<ap-login-box></ap-login-box>`);
    await settled(el);
    const toggle = $<HTMLButtonElement>(el, '[part~=toggle]')!;
    expect(toggle.type).to.equal('button');
    expect(toggle.textContent).to.equal('Hiện mật khẩu');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(input(el, 'password').id);
    input(el, 'password').value = 'abc';
    toggle.click();
    await el.updateComplete;
    expect(input(el, 'password').type).to.equal('text');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(input(el, 'password').value).to.equal('abc');
    toggle.click();
    await el.updateComplete;
    expect(input(el, 'password').type).to.equal('password');
    await expect(el).to.be.accessible();
  });

  it('signs in: busy while it waits, then the display name, ap-login, the session in the context; and signs out', async () => {
    const portal = await fixture(html`<ap-portal api="/api/v1/"><div><ap-login-box></ap-login-box></div></ap-portal>`);
    const el = portal.querySelector('ap-login-box')!;
    await settled(el);
    const sessions = consumeSession(portal.querySelector('div')!);
    expect(sessions).to.deep.equal([{ user: null }]);

    const requests: string[] = [];
    const originalFetch = window.fetch;
    window.fetch = (request, init) => (requests.push(String(request)), originalFetch(request, init));
    try {
      const login = oneEvent(el, ApLoginEvent.eventName);
      await signIn(el, USER, PASSWORD);
      expect(el.state).to.equal('busy');
      expect($(el, 'form')!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part~=submit]')!.getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '[role=status]')!.textContent).to.equal('Đang đăng nhập…');
      // A second submit while busy sends nothing.
      $<HTMLButtonElement>(el, '[part~=submit]')!.click();
      const { detail } = await login;
      expect(requests.filter((url) => url.endsWith('/auth/login'))).to.have.length(1);
      expect(detail.user).to.include({ username: USER, role: 'editor' });
    } finally {
      window.fetch = originalFetch;
    }
    await settled(el);
    expect(el.state).to.equal('signed-in');
    expect(el.user?.username).to.equal(USER);
    const name = engine === 'chromium' ? 'Thử chromium' : engine === 'firefox' ? 'Thử firefox' : 'Thử webkit';
    expect($(el, '[part~=greeting]')!.textContent).to.equal(`Xin chào, ${name}`);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part~=signout]'));
    expect(sessions.at(-1)?.user?.username).to.equal(USER);
    expect((await me()).user?.username).to.equal(USER);
    await expect(el).to.be.accessible();

    // Another box on the page (or after a reload) finds the session.
    const other = await fixture<ApLoginBox>(html`<ap-login-box lang="en"></ap-login-box>`);
    await settled(other);
    expect(other.state).to.equal('signed-in');
    expect($(other, '[part~=greeting]')!.textContent).to.equal(`Hello, ${name}`);
    // Signed-in staff reach the newsroom from the box, in its language.
    expect($<HTMLAnchorElement>(el, '[part~=newsroom]')!.href).to.equal(new URL('/quan-tri/', location.href).href);
    expect($<HTMLAnchorElement>(other, '[part~=newsroom]')!.textContent).to.equal('Go to the newsroom');
    expect($<HTMLAnchorElement>(other, '[part~=newsroom]')!.href).to.equal(new URL('/admin/', location.href).href);

    const logout = oneEvent(el, ApLogoutEvent.eventName);
    $<HTMLButtonElement>(el, '[part~=signout]')!.click();
    await logout;
    await el.updateComplete;
    expect(el.state).to.equal('signed-out');
    expect(el.user).to.equal(null);
    expect(sessions.at(-1)).to.deep.equal({ user: null });
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'username'));
    expect((await me()).user).to.equal(null);
  });

  it('gives one generic message for a wrong password and for an unknown username', async () => {
    const el = await fixture<ApLoginBox>(html`<ap-login-box></ap-login-box>`);
    await settled(el);
    const messages: string[] = [];
    for (const [username, password] of [
      [USER, 'not the password at all'],
      [`khong-co-${engine}`, 'not the password at all'],
    ]) {
      await signIn(el, username, password);
      await settled(el);
      const error = $(el, '[part~=error]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(input(el, 'password').getAttribute('aria-invalid')).to.equal('true');
      expect(input(el, 'password').getAttribute('aria-describedby')).to.equal(error.id);
      messages.push(error.textContent!);
    }
    expect(messages).to.deep.equal(['Tên đăng nhập hoặc mật khẩu không đúng.', 'Tên đăng nhập hoặc mật khẩu không đúng.']);
    expect(el.state).to.equal('signed-out');
    await expect(el).to.be.accessible();
  });

  it('says how long to wait after too many failures', async () => {
    const el = await fixture<ApLoginBox>(html`<ap-login-box></ap-login-box>`);
    await settled(el);
    for (let i = 0; i < 5; i++) {
      await signIn(el, `khoa-${engine}`, `wrong password ${i}`);
      await settled(el);
    }
    expect($(el, '[part~=error]')!.textContent).to.equal('Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 1 phút.');
    // Even the right password waits now.
    await signIn(el, `khoa-${engine}`, PASSWORD);
    await settled(el);
    expect(el.state).to.equal('signed-out');
    expect($(el, '[part~=error]')!.textContent).to.match(/thử lại sau 1 phút/);
    await expect(el).to.be.accessible();
  });

  it('says when the portal cannot be reached', async () => {
    const el = await fixture<ApLoginBox>(html`<ap-login-box api="http://127.0.0.1:9/api/v1/" lang="en"></ap-login-box>`);
    await settled(el);
    expect(el.state).to.equal('signed-out');
    await signIn(el, USER, PASSWORD);
    await settled(el);
    expect($(el, '[part~=error]')!.textContent).to.equal('Could not reach the portal. Please try again.');
  });

  it('takes its texts from lang and from the strings property', async () => {
    const el = await fixture<ApLoginBox>(html`<ap-login-box lang="en" .strings=${{ submit: 'Log in' }}></ap-login-box>`);
    await settled(el);
    expect(input(el, 'username').labels![0].textContent).to.equal('Username');
    expect($(el, '[part~=toggle]')!.textContent).to.equal('Show password');
    expect($(el, '[part~=submit]')!.textContent).to.equal('Log in');
  });

  it('takes the session reported by the portal window (sign-in from another site), and only from the portal', async () => {
    const el = await fixture<ApLoginBox>(html`<ap-login-box></ap-login-box>`);
    await settled(el);
    const user = { id: '7', username: 'an', displayName: 'An', role: 'editor' };
    // From this page's own origin, which is the API's here: taken.
    const login = oneEvent(el, ApLoginEvent.eventName);
    window.postMessage({ type: 'ap-session', user }, '*');
    expect((await login).detail.user).to.deep.equal(user);
    await el.updateComplete;
    expect(el.state).to.equal('signed-in');
    // The same message from another origin is ignored.
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'ap-session', user: null }, origin: 'https://evil.example' }));
    await el.updateComplete;
    expect(el.state).to.equal('signed-in');
    const logout = oneEvent(el, ApLogoutEvent.eventName);
    window.postMessage({ type: 'ap-session', user: null }, '*');
    await logout;
    await el.updateComplete;
    // Signed out through the portal's window: the box keeps offering that window.
    expect(el.state).to.equal('blocked');
    expect($(el, '[part~=window]')!.textContent).to.equal('Đăng nhập trong cửa sổ mới');
    await expect(el).to.be.accessible();
  });
});
