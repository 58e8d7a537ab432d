// What the embed builder's tests read and do: its shadow root, its options' root, the snippet's text, and choosing in
// one of its selects as a person would.
import type { NrEmbedBuilder } from '../src/client/embed/nr-embed-builder.js';

export const root = (el: HTMLElement) => el.shadowRoot!;
export const options = (el: NrEmbedBuilder) => root(el).querySelector('nr-embed-options')!.shadowRoot!;
export const snippetOf = (el: NrEmbedBuilder) => root(el).querySelector('nr-embed-snippet')!;
/** The snippet's text now ('' before the builder has made one). */
export const text = (el: NrEmbedBuilder) => snippetOf(el)?.shadowRoot?.querySelector('textarea')?.value ?? '';

/** Sets a select of `scope` (by name) to `value` and tells the page, as a person choosing it would. */
export async function choose(el: NrEmbedBuilder, scope: ShadowRoot, name: string, value: string): Promise<void> {
  const select = scope.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  await root(el).querySelector('nr-embed-options')!.updateComplete;
}
