// <ap-login-box> rendered in Node with Lit SSR, as the portal's sidebar renders it: the signed-out state (the sign-in
// form, which posts to the portal's sign-in page without JavaScript) in Declarative Shadow DOM, in each language.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '@agency-portal/login-box/define.js';

const renderBox = (template: ReturnType<typeof html>) => collectResultSync(render(template));

/** The shadow root's text, without markup or Lit's comments. */
function shadowText(markup: string): string {
  const shadow = /<template [^>]*shadowrootmode="open"[^>]*>([\s\S]*)<\/template>/.exec(markup)?.[1] ?? '';
  return shadow
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('ap-login-box on the server', () => {
  test('renders the Vietnamese sign-in form into a declarative shadow root, posting to /dang-nhap', () => {
    const markup = renderBox(html`<ap-login-box lang="vi" api="/api/v1/"></ap-login-box>`);
    assert.match(
      markup,
      /<ap-login-box[^>]* lang="vi" api="\/api\/v1\/" state="checking"><template shadowroot="open" shadowrootmode="open">/,
    );
    assert.equal(shadowText(markup), 'Đăng nhập Tên đăng nhập Mật khẩu Hiện mật khẩu Đăng nhập');
    assert.match(markup, /<form part=form method=post action="\/dang-nhap"/);
    assert.match(markup, /<input id=u part=input name=username /);
    assert.match(markup, /<input id=p part=input name=password type="password" /);
    // Nothing of a signed-in state: the server never knows the reader.
    assert.doesNotMatch(markup, /part=(greeting|signout|newsroom)/);
  });

  test('in English: English labels, posting to /en/dang-nhap', () => {
    const markup = renderBox(html`<ap-login-box lang="en" api="/api/v1/"></ap-login-box>`);
    assert.equal(shadowText(markup), 'Sign in Username Password Show password Sign in');
    assert.match(markup, /action="\/en\/dang-nhap"/);
  });

  test("with an API on another origin, the form posts to that portal's sign-in page, with the page to return to", () => {
    const markup = renderBox(
      html`<ap-login-box lang="vi" api="https://portal.example.vn/api/v1/" return-to="https://so-a.gov.vn/tin?x=1"></ap-login-box>`,
    );
    assert.match(markup, /action="https:\/\/portal\.example\.vn\/dang-nhap\?return=https%3A%2F%2Fso-a\.gov\.vn%2Ftin%3Fx%3D1"/);
  });

  test('without lang or api, or with odd values, renders the Vietnamese form and does not throw', () => {
    for (const template of [
      html`<ap-login-box></ap-login-box>`,
      html`<ap-login-box lang="xx" api=""></ap-login-box>`,
      html`<ap-login-box api="not a url" .strings=${{ title: 'Cán bộ' }}></ap-login-box>`,
    ]) {
      const markup = renderBox(template);
      assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/);
      assert.match(shadowText(markup), /^(Đăng nhập|Cán bộ) Tên đăng nhập Mật khẩu Hiện mật khẩu Đăng nhập$/);
      assert.match(markup, /action="\/dang-nhap"|action="\/not%20a%20url|action="\/api\/v1\//);
    }
  });
});
