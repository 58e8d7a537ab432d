import { isServer, type LitElement } from 'lit';

/**
 * Where a widget rendered on the server (Lit SSR into Declarative Shadow DOM) finds, in the browser, the data the
 * server rendered it with: the answer of its first API request, as JSON in a `<script type="application/json">`
 * child. With it the widget hydrates the server's markup as it is, without asking the API again.
 */
const SELECTOR = ':scope > script[type="application/json"]';

/** The data the server wrote into `host` (undefined when there is none or it is not JSON). */
export function readServerData(host: Element): unknown {
  if (isServer) return undefined;
  const text = host.querySelector(SELECTOR)?.textContent;
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The `<script type="application/json">` a server writes as a widget's child for `readServerData`. `<` is escaped
 * (as are U+2028 and U+2029), so no text inside the data can close the script element or start markup. Data that JSON
 * cannot hold (undefined, a function) gives no script: the widget then loads its data itself.
 */
export function serverDataScript(data: unknown): string {
  const json = JSON.stringify(data) as string | undefined;
  if (json === undefined) return '';
  return `<script type="application/json">${json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}</script>`;
}

/**
 * For a widget's `createRenderRoot`, before Lit's: a widget that arrives server-rendered (its shadow root already in the
 * page as Declarative Shadow DOM) on a page without Lit's hydration support for this copy of Lit, such as a member
 * site with the one-script-tag embeds, renders the same content again from the same data; the server's copy is removed
 * first, in the same task, so nothing flashes. With hydration support (which adds `defer-hydration` to the observed
 * attributes) the markup stays, for hydration to take over.
 */
export function clearServerMarkup(host: LitElement): void {
  const root = host.shadowRoot;
  if (root?.firstChild && !(host.constructor as typeof LitElement).observedAttributes.includes('defer-hydration')) root.replaceChildren();
}
