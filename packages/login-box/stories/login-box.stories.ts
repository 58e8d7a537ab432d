import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '@agency-portal/login-box/define.js';
import type { ApLoginBox } from '../src/login-box.js';

// Storybook has no portal server: each story's box talks to its own made-up API base, whose answers a stand-in
// for fetch gives from the table below (the portal's real answers, as the server tests check them).
const PORTAL = 'https://portal.example.gov.vn';
const USER = { id: '1', username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'editor' };

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}
const SIGNED_OUT: Answer = { status: 200, body: { user: null, cookies: true } };
const ANSWERS: Record<string, { me: Answer; login: Answer | 'pending' | 'offline' }> = {
  'signed-out': { me: SIGNED_OUT, login: { status: 200, body: { user: USER } } },
  'signed-in': { me: { status: 200, body: { user: USER, cookies: true } }, login: 'pending' },
  busy: { me: SIGNED_OUT, login: 'pending' },
  failed: {
    me: SIGNED_OUT,
    login: { status: 401, body: { error: { code: 'invalid_credentials', message: 'The username or password is incorrect.' } } },
  },
  throttled: {
    me: SIGNED_OUT,
    login: {
      status: 429,
      body: { error: { code: 'too_many_attempts', message: 'Too many failed sign-ins.', retryAfter: 300 } },
      headers: { 'retry-after': '300' },
    },
  },
  offline: { me: SIGNED_OUT, login: 'offline' },
  blocked: { me: { status: 200, body: { user: null, cookies: false } }, login: 'pending' },
};

const realFetch = window.fetch.bind(window);
window.fetch = async (input, init) => {
  const url = String(input instanceof Request ? input.url : input);
  const match = /^https:\/\/portal\.example\.gov\.vn\/([a-z-]+)\/api\/v1\/auth\/(me|login|logout)$/.exec(url);
  if (!match) return realFetch(input, init);
  const story = ANSWERS[match[1]];
  const answer = match[2] === 'me' ? story.me : match[2] === 'logout' ? SIGNED_OUT : story.login;
  if (answer === 'pending') return new Promise<Response>(() => {});
  if (answer === 'offline') throw new TypeError('Failed to fetch');
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json', ...answer.headers },
  });
};

interface LoginBoxArgs {
  answers: keyof typeof ANSWERS;
  lang: string;
  /** Fill in and send the form once the box is ready. */
  submit: boolean;
}

const meta: Meta<LoginBoxArgs> = {
  title: 'Widgets/Login box',
  component: 'ap-login-box',
  decorators: [withActions],
  parameters: { actions: { handles: ['ap-login', 'ap-logout'] } },
  argTypes: {
    answers: { control: 'select', options: Object.keys(ANSWERS), description: 'Which answers the made-up portal gives (stories only).' },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    submit: { control: 'boolean' },
  },
  args: { answers: 'signed-out', lang: 'vi', submit: false },
  render: ({ answers, lang }) => html`<div style="max-width:20rem">
    <ap-login-box api=${`${PORTAL}/${answers}/api/v1/`} lang=${lang}></ap-login-box>
  </div>`,
  play: async ({ canvasElement, args }) => {
    if (!args.submit) return;
    const box = canvasElement.querySelector<ApLoginBox>('ap-login-box')!;
    while (box.state === 'checking') await new Promise((resolve) => setTimeout(resolve, 10));
    await box.updateComplete;
    const field = (name: string) => box.shadowRoot!.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    field('username').value = 'lan.nguyen';
    field('password').value = 'một câu mật khẩu dài';
    box.shadowRoot!.querySelector<HTMLButtonElement>('[part~=submit]')!.click();
  },
};
export default meta;

type Story = StoryObj<LoginBoxArgs>;

/** The form, for a visitor who is not signed in. */
export const SignedOut: Story = {};

/** Signed in: the display name and sign-out. */
export const SignedIn: Story = { args: { answers: 'signed-in' } };

/** While the portal checks the password: the button is unavailable and "Đang đăng nhập…" is announced. */
export const Busy: Story = { args: { answers: 'busy', submit: true } };

/** A wrong password or an unknown username: one message for both. */
export const WrongPassword: Story = { args: { answers: 'failed', submit: true } };

/** Too many failures: the wait, from the portal's Retry-After (here 5 minutes). */
export const Throttled: Story = { args: { answers: 'throttled', submit: true } };

/** The portal cannot be reached. */
export const Offline: Story = { args: { answers: 'offline', submit: true } };

/** On another site whose pages the portal's cookies do not reach: sign-in in the portal's window. */
export const OtherSite: Story = { args: { answers: 'blocked' } };

/** English texts, from the `lang` attribute. */
export const English: Story = { args: { lang: 'en' } };

/** After a sign-in (the form sent, the portal says yes). */
export const AfterSignIn: Story = { args: { submit: true } };
