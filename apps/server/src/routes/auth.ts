import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { allowedOrigins, fromAllowedOrigin, UNSAFE_METHODS } from '../auth/origin.js';
import { checkCredentials } from '../auth/login.js';
import { dummyHash, hashPassword, normalizePassword, passwordProblem } from '../auth/passwords.js';
import {
  cookieSettings,
  endSession,
  hashSessionId,
  readCookie,
  serializeCookie,
  sessionUser,
  startSession,
  type CookieSettings,
} from '../auth/sessions.js';
import { ACCOUNT_THROTTLE, accountKey, IP_THROTTLE, ipKey, recordFailure, retryAfter } from '../auth/throttle.js';
import { normalizeUsername } from '../auth/users.js';
import type { Config } from '../config.js';
import type { Locks } from '../shared/locks.js';
import { html } from '@agency-portal/portal/html.js';
import { NEWSROOM_BASE } from '@agency-portal/newsroom/shell.js';
import type { Store, User } from '../store/types.js';

export interface AuthOptions {
  config: Config;
  store: Store;
  /** Sign-ins of one account or address run one at a time, across instances when they share Redis. */
  locks: Locks;
}

/** Where the API's auth routes live. */
export const AUTH_PREFIX = '/api/v1/auth';
/** The portal's sign-in page, also opened in a top-level window by login boxes on other sites. */
export const SIGN_IN_PATH = '/dang-nhap';
/** The sign-in page in English: the same structure under /en/, as every page. */
export const SIGN_IN_PATH_EN = '/en/dang-nhap';

type SignInLang = 'vi' | 'en';
/** The sign-in page in `lang`, leading back to `back` (an absolute URL) once signed in. */
export const signInUrl = (lang: SignInLang, back: string) =>
  `${lang === 'en' ? SIGN_IN_PATH_EN : SIGN_IN_PATH}?return=${encodeURIComponent(back)}`;
/** The sign-in page's own words; the form's are the login box's (`loginBoxStrings`), which it shows without JavaScript. */
const SIGN_IN_TEXT: Record<
  SignInLang,
  {
    title: string;
    badReturn: string;
    username: string;
    password: string;
    submit: string;
    failed: string;
    throttled: (minutes: number) => string;
  }
> = {
  vi: {
    title: 'Đăng nhập',
    badReturn: 'Trang quay lại không thuộc một trang được đăng ký với cổng thông tin.',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    submit: 'Đăng nhập',
    failed: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    throttled: (minutes) => `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
  },
  en: {
    title: 'Sign in',
    badReturn: 'The page to return to is not on a site registered with the portal.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    failed: 'The username or password is incorrect.',
    throttled: (minutes) => `Too many failed attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  },
};

const GENERIC_FAILURE = 'The username or password is incorrect.';

interface LoginBody {
  username: string;
  password: string;
}

/** The sign-in body, checked by hand: the schema validator would turn a number into a string. */
function loginProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'The body must be a JSON object { "username", "password" }.';
  const extra = Object.keys(body).filter((key) => key !== 'username' && key !== 'password');
  if (extra.length > 0) return `Unknown field "${extra[0]}": send only "username" and "password".`;
  const { username, password } = body as Record<string, unknown>;
  if (typeof username !== 'string' || username.length === 0 || username.length > 100)
    return 'username must be a string of 1 to 100 characters.';
  // Longer than any password that can be set (128 characters, up to 2 UTF-16 units each), so none is cut.
  if (typeof password !== 'string' || password.length === 0 || password.length > 1024)
    return 'password must be a string of 1 to 1024 characters.';
  return undefined;
}

/** The passwords of a password change, checked by hand like the sign-in body. */
function passwordChangeProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return 'The body must be a JSON object { "currentPassword", "newPassword" }.';
  const extra = Object.keys(body).filter((key) => key !== 'currentPassword' && key !== 'newPassword');
  if (extra.length > 0) return `Unknown field "${extra[0]}": send only "currentPassword" and "newPassword".`;
  const { currentPassword, newPassword } = body as Record<string, unknown>;
  if (typeof currentPassword !== 'string' || currentPassword.length === 0 || currentPassword.length > 1024)
    return 'currentPassword must be a string of 1 to 1024 characters.';
  if (typeof newPassword !== 'string' || newPassword.length === 0 || newPassword.length > 1024)
    return 'newPassword must be a string of 1 to 1024 characters.';
  return undefined;
}

/**
 * The user as the API and the widgets see it (core's SessionUser), with `mustChangePassword` set after a sign-in
 * with a temporary password.
 */
const publicUser = (user: User) => ({
  id: String(user.id),
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  siteId: user.siteId,
  mustChangePassword: user.mustChangePassword,
});

/**
 * Sign-in for the whole app: the origin check on every state-changing request that could act for a user, the
 * auth API under /api/v1/auth, and the sign-in page. Call it on the root instance (its hook is global).
 */
export function registerAuth(app: FastifyInstance, { config, store, locks }: AuthOptions): void {
  const isAllowed = allowedOrigins(config);
  const cookies = cookieSettings(config);

  // CSRF: a state-changing request that carries the session cookie, or goes to the auth API (sign-in included),
  // must come from an allowed origin. Anonymous requests elsewhere carry no authority for another site to borrow.
  app.addHook('onRequest', async (request, reply) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const path = request.url.split('?')[0];
    const targeted =
      request.url.startsWith(`${AUTH_PREFIX}/`) ||
      path === SIGN_IN_PATH ||
      path === SIGN_IN_PATH_EN ||
      readCookie(request.headers.cookie, cookies.name) !== undefined;
    if (!targeted || fromAllowedOrigin(request, isAllowed)) return;
    request.log.warn(
      { event: 'auth_origin_refused', origin: request.headers.origin ?? null, site: request.headers['sec-fetch-site'] ?? null },
      'cross-origin request refused',
    );
    return sendError(reply, 403, 'forbidden_origin', 'This request must come from a page of the portal or of a registered site.');
  });

  const signIn = signInWith(app, { store, locks, cookies });
  app.register(authApi, { prefix: AUTH_PREFIX, config, store, locks, isAllowed, cookies, signIn });
  app.register(signInPage, { config, isAllowed, signIn });
}

/** How a sign-in ended: the user (the session cookie is set on the reply), a wrong username or password, or a wait. */
type SignInResult = { user: User } | { failed: 'invalid' } | { failed: 'throttled'; retryAfter: number };
type SignIn = (request: FastifyRequest, reply: FastifyReply, body: LoginBody) => Promise<SignInResult>;

/** The one sign-in of the API and of the sign-in page's form: throttled, one at a time per account and address. */
function signInWith(app: FastifyInstance, { store, locks, cookies }: Pick<AuthApiOptions, 'store' | 'locks' | 'cookies'>): SignIn {
  return (request, reply, body) => {
    const username = normalizeUsername(body.username);
    // One sign-in at a time per address and per account: a burst of parallel guesses cannot all pass the
    // throttling check before the first failure is counted.
    return locks.exclusive(ipKey(request.ip), () =>
      locks.exclusive(accountKey(username), async (): Promise<SignInResult> => {
        const now = app.now();
        const keys = [
          { key: accountKey(username), policy: ACCOUNT_THROTTLE },
          { key: ipKey(request.ip), policy: IP_THROTTLE },
        ];
        const wait = async () => Math.max(...(await Promise.all(keys.map(({ key, policy }) => retryAfter(store, key, policy, now)))));

        const before = await wait();
        if (before > 0) {
          request.log.warn({ event: 'login_throttled', username, retryAfter: before }, 'sign-in throttled');
          app.metrics.signInThrottled();
          return { failed: 'throttled', retryAfter: before };
        }

        const user = await checkCredentials(store, username, body.password);
        if (user === undefined) {
          for (const { key } of keys) await recordFailure(store, key, now);
          const after = await wait();
          request.log.warn({ event: 'login_failed', username, retryAfter: after }, 'sign-in failed');
          app.metrics.signInFailed();
          return after > 0 ? { failed: 'throttled', retryAfter: after } : { failed: 'invalid' };
        }

        await store.clearLoginFailures(accountKey(username));
        // A new id at every sign-in: a session id planted before sign-in is worth nothing after it.
        await endSession(store, readCookie(request.headers.cookie, cookies.name));
        const id = await startSession(store, user.id, now);
        reply.header('set-cookie', serializeCookie(cookies.name, id, cookies));
        request.log.info({ event: 'login', username }, 'signed in');
        return { user };
      }),
    );
  };
}

interface AuthApiOptions extends AuthOptions {
  isAllowed: (origin: string) => boolean;
  cookies: CookieSettings;
  signIn: SignIn;
}

const authApi: FastifyPluginAsync<AuthApiOptions> = async (app, { store, locks, isAllowed, cookies, signIn }) => {
  // Started now (without holding up the start), so that the first sign-in with an unknown username takes no
  // longer than the others.
  void dummyHash();

  // Credentialed CORS for the allowed origins only.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('vary', 'Origin');
    const origin = request.headers.origin;
    if (origin !== undefined && isAllowed(origin)) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-allow-credentials', 'true');
      reply.header('access-control-expose-headers', 'Retry-After');
    }
  });

  app.options('/*', async (request, reply) => {
    const origin = request.headers.origin;
    if (origin !== undefined && isAllowed(origin)) {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', 'content-type');
      reply.header('access-control-max-age', '600');
    }
    return reply.code(204).send();
  });

  app.get('/me', async (request, reply) => {
    const id = readCookie(request.headers.cookie, cookies.name);
    const cookiesArrive = id !== undefined || readCookie(request.headers.cookie, cookies.probeName) !== undefined;
    const user = await sessionUser(store, id, app.now());
    if (id !== undefined && user === undefined) reply.header('set-cookie', serializeCookie(cookies.name, '', cookies));
    // Lets a login box on another site find out whether the browser sends the portal's cookies to it.
    if (!cookiesArrive) reply.header('set-cookie', serializeCookie(cookies.probeName, '1', cookies));
    return { user: user ? publicUser(user) : null, cookies: cookiesArrive };
  });

  app.post<{ Body: LoginBody }>('/login', async (request, reply) => {
    const problem = loginProblem(request.body);
    if (problem !== undefined) return sendError(reply, 400, 'validation_failed', problem);
    const result = await signIn(request, reply, request.body);
    if ('user' in result) return { user: publicUser(result.user) };
    if (result.failed === 'throttled') return sendThrottled(reply, result.retryAfter);
    return sendError(reply, 401, 'invalid_credentials', GENERIC_FAILURE);
  });

  // A signed-in user sets a new password (a temporary one must be replaced before staff routes open): the
  // current session stays, the user's other sessions end.
  app.post<{ Body: { currentPassword: string; newPassword: string } }>('/password', async (request, reply) => {
    const id = readCookie(request.headers.cookie, cookies.name);
    const user = await sessionUser(store, id, app.now());
    if (id === undefined || user === undefined)
      return sendError(reply, 401, 'unauthenticated', 'Sign in first: this needs a staff session.');
    const problem = passwordChangeProblem(request.body);
    if (problem !== undefined) return sendError(reply, 400, 'validation_failed', problem);
    const { currentPassword, newPassword } = request.body;
    const key = accountKey(user.username);
    return locks.exclusive(key, async () => {
      const now = app.now();
      // Guesses of the current password count against the account like failed sign-ins.
      const wait = await retryAfter(store, key, ACCOUNT_THROTTLE, now);
      if (wait > 0) return sendThrottled(reply, wait);
      if ((await checkCredentials(store, user.username, currentPassword)) === undefined) {
        await recordFailure(store, key, now);
        request.log.warn({ event: 'password_change_failed', username: user.username }, 'password change refused');
        return sendError(reply, 400, 'wrong_password', 'The current password is incorrect.');
      }
      const weak = await passwordProblem(newPassword, user.username);
      if (weak !== undefined) return sendError(reply, 400, 'validation_failed', weak);
      if (normalizePassword(newPassword) === normalizePassword(currentPassword))
        return sendError(reply, 400, 'validation_failed', 'The new password must differ from the current one.');
      await store.setPassword(
        user.id,
        await hashPassword(newPassword),
        { mustChangePassword: false, action: 'user.password-change', keepSession: hashSessionId(id) },
        { actor: user, at: now },
      );
      await store.clearLoginFailures(key);
      request.log.info({ event: 'password_changed', username: user.username }, 'password changed');
      return { user: publicUser({ ...user, mustChangePassword: false }) };
    });
  });

  app.post('/logout', async (request, reply) => {
    const id = readCookie(request.headers.cookie, cookies.name);
    if (await endSession(store, id)) request.log.info({ event: 'logout' }, 'signed out');
    reply.header('set-cookie', serializeCookie(cookies.name, '', cookies));
    return { user: null };
  });
};

interface SignInPageOptions {
  config: Config;
  isAllowed: (origin: string) => boolean;
  signIn: SignIn;
}

/**
 * The sign-in page, `GET /dang-nhap` (`/en/dang-nhap`): the login box, and a plain form in `<noscript>` for a browser
 * without JavaScript (so the page never holds two forms). That form, and the login box's own form on a page without JavaScript, post to the same address
 * (`POST`, form-encoded): signed in, the reader goes back to `?return=` or else to the newsroom; otherwise the page
 * comes back with the box's message (401, or 429 with the wait).
 */
const signInPage: FastifyPluginAsync<SignInPageOptions> = async (app, { isAllowed, signIn }) => {
  // Only here (this plugin's scope): a form's body, small, as a plain object of strings.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  /** The checked `?return=` (undefined when absent), or false when it is not a page of an allowed site. */
  const returnOf = (request: FastifyRequest<{ Querystring: { return?: unknown } }>): string | undefined | false => {
    const back = request.query.return;
    if (back === undefined) return undefined;
    // Only back to a page of an allowed site: no open redirect, and the session goes to no one else.
    const url = typeof back === 'string' && URL.canParse(back) ? new URL(back) : undefined;
    return url && isAllowed(url.origin) ? url.href : false;
  };

  const send = (reply: FastifyReply, lang: SignInLang, returnTo: string | undefined, message?: string) => {
    reply.header('cache-control', 'no-store');
    const action = `${lang === 'en' ? SIGN_IN_PATH_EN : SIGN_IN_PATH}${returnTo === undefined ? '' : `?return=${encodeURIComponent(returnTo)}`}`;
    return reply.type('text/html; charset=utf-8').send(
      page(
        lang,
        html`${
          message &&
          html`<p class="sign-in-error" role="alert">${message}</p>
`
        }<ap-login-box api="/api/v1/"${returnTo === undefined ? '' : html` return-to="${returnTo}"`}></ap-login-box>
<noscript>${plainForm(lang, action)}</noscript>`,
      ),
    );
  };

  /** A `?return=` that is not a path of this site: the page says so (400). */
  const badReturn = (reply: FastifyReply, lang: SignInLang) =>
    reply
      .code(400)
      .type('text/html; charset=utf-8')
      .send(page(lang, html`<p>${SIGN_IN_TEXT[lang].badReturn}</p>`));

  const route = (lang: SignInLang) => async (request: FastifyRequest<{ Querystring: { return?: unknown } }>, reply: FastifyReply) => {
    const returnTo = returnOf(request);
    if (returnTo === false) return badReturn(reply, lang);
    return send(reply, lang, returnTo);
  };

  const post =
    (lang: SignInLang) => async (request: FastifyRequest<{ Querystring: { return?: unknown }; Body: unknown }>, reply: FastifyReply) => {
      const returnTo = returnOf(request);
      if (returnTo === false) return badReturn(reply, lang);
      const t = SIGN_IN_TEXT[lang];
      const body = request.body;
      if (loginProblem(body) !== undefined) return send(reply.code(400), lang, returnTo, t.failed);
      const result = await signIn(request, reply, body as LoginBody);
      if ('user' in result) return reply.header('cache-control', 'no-store').redirect(returnTo ?? NEWSROOM_BASE[lang], 303);
      if (result.failed === 'invalid') return send(reply.code(401), lang, returnTo, t.failed);
      reply.header('retry-after', String(result.retryAfter));
      return send(reply.code(429), lang, returnTo, t.throttled(Math.ceil(result.retryAfter / 60)));
    };

  for (const lang of ['vi', 'en'] as const) {
    const path = lang === 'en' ? SIGN_IN_PATH_EN : SIGN_IN_PATH;
    app.get(path, route(lang));
    app.post(path, post(lang));
  }
};

/** The sign-in page's form without JavaScript (in `<noscript>`: with JavaScript the login box is the form). */
function plainForm(lang: SignInLang, action: string) {
  const t = SIGN_IN_TEXT[lang];
  return html`<form method="post" action="${action}">
<p><label for="sign-in-username">${t.username}</label><br><input id="sign-in-username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="100"></p>
<p><label for="sign-in-password">${t.password}</label><br><input id="sign-in-password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></p>
<p><button type="submit">${t.submit}</button></p>
</form>`;
}

/** The sign-in page: the login box alone, in the page's language (the box takes it from `<html lang>`). */
function page(lang: SignInLang, main: ReturnType<typeof html>): string {
  const { title } = SIGN_IN_TEXT[lang];
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/assets/site.css">
<script type="module" src="/embed/login-box.js"></script>
</head>
<body>
<main id="main">
<h1>${title}</h1>
${main}
</main>
</body>
</html>
`.value;
}

function sendThrottled(reply: FastifyReply, seconds: number) {
  const minutes = Math.ceil(seconds / 60);
  reply.header('retry-after', String(seconds));
  return reply.code(429).send({
    error: {
      code: 'too_many_attempts',
      message: `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      retryAfter: seconds,
    },
  });
}

function sendError(reply: FastifyReply, status: number, code: string, message: string) {
  return reply.code(status).send({ error: { code, message } });
}
