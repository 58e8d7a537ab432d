import { expect, fixture, html, waitUntil as baseWaitUntil } from '@open-wc/testing';
// What the newsroom's component tests share: the engine running them, its own staff account on the test portal
// server (scripts/test-portal-server.mjs starts it and proxies /api/ to it), and calls to its API.

export const engine = /Firefox\//.test(navigator.userAgent) ? 'firefox' : /Chrome\//.test(navigator.userAgent) ? 'chromium' : 'webkit';
/** An editor account per engine, so that engines testing at once never share a session. */
export const USER = `thu-${engine}`;
const PASSWORD = 'mật khẩu thử nghiệm 2026';

/** The engine's admin account. */
export const ADMIN = `qt-${engine}`;

/** The engine's site editor: the webmaster of SITE_EDITOR_SITE (scripts/test-portal-server.mjs). */
export const SITE_EDITOR = `te-${engine}`;
/** The member site of SITE_EDITOR, with the traffic seed's visits. */
export const SITE_EDITOR_SITE = 'so-thu-nghiem';

/** Signs the test's account (or `username` with `password`) in: the session cookie then goes with every request of the page. */
export async function signIn(username = USER, password = PASSWORD): Promise<void> {
  const response = await fetch('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`);
}

/** A JSON call to the API as the signed-in account; rejects on an error status. */
// Answers are read as JSON; tests check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function api(method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`/api/v1/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

/** A title no other test run or engine uses. */
export const uniqueTitle = (words: string) => `${words} ${engine} ${Date.now().toString(36)}`;

/**
 * `waitUntil` with 10 s instead of 1 s: what these tests wait for is the real server's answer (a sign-in hashes a
 * password), and a loaded test machine can take more than a second. It resolves as soon as the condition holds.
 */
export function waitUntil(condition: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}) {
  return baseWaitUntil(condition, message, { timeout: 10000, ...options });
}

/**
 * Opens the newsroom (`<nr-app>`, defined by the test) on its article list and follows a link like the server-rendered
 * navigation's to `path`, as a person would; resolves to the app, and puts the page's address back after `use`.
 */
export async function followNavigation(path: string, label: string, use: (app: HTMLElement) => Promise<void>): Promise<void> {
  const start = location.href;
  history.replaceState(null, '', '/quan-tri/');
  try {
    const app = await fixture<HTMLElement>(html`<nr-app lang="vi" base="/quan-tri/" api="/api/v1/"></nr-app>`);
    await waitUntil(() => app.shadowRoot!.querySelector('nr-article-list'), 'the list shows');
    const link = document.createElement('a');
    link.href = path;
    link.textContent = label;
    document.body.append(link);
    link.click();
    link.remove();
    expect(location.pathname).to.equal(path);
    await use(app);
  } finally {
    history.replaceState(null, '', start);
  }
}

/** Every element under `root`, inside the shadow roots of its parts too. */
export const allElements = (root: ParentNode): Element[] =>
  [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? allElements(node.shadowRoot) : [])]);

/** The element's parent, or its shadow root's host. */
const parentOf = (node: Element): Element | undefined => node.parentElement ?? (node.getRootNode() as ShadowRoot).host;

/**
 * What sticks out of `box` on the right, under `el` and its shadow roots, as the start of its markup: what would make a
 * phone's screen scroll sideways. What a scrolling box holds (a wide table in its own box) scrolls there, and is left out.
 */
export function overflowing(el: HTMLElement, box: Element = el.parentElement!): string[] {
  const right = box.getBoundingClientRect().right + 0.5;
  const scrolls = (node: Element) => getComputedStyle(node).overflowX !== 'visible';
  const inScroller = (node: Element): boolean => {
    for (let up = parentOf(node); up && up !== el; up = parentOf(up)) if (scrolls(up)) return true;
    return false;
  };
  return [el, ...allElements(el.shadowRoot ?? el)]
    .filter((node) => node.getBoundingClientRect().right > right && !inScroller(node))
    .map((node) => node.outerHTML.slice(0, 80));
}
