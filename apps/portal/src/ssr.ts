// Server side: the widgets of the portal's pages rendered with Lit SSR, each with its shadow root written out as
// Declarative Shadow DOM (`<template shadowrootmode="open">`) and its data already in the HTML, so a page is complete
// before any script runs. In the browser the portal's script hydrates them (see client/main.ts).
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement, TemplateResult } from 'lit';
// Registering the widgets here (in Node's custom element registry of Lit's DOM shim) is what lets SSR render them.
import '@agency-portal/ad-strip/define.js';
import '@agency-portal/article-list/define.js';
import '@agency-portal/banner-carousel/define.js';
import '@agency-portal/login-box/define.js';
import '@agency-portal/pagination/define.js';
import '@agency-portal/visit-counter/define.js';
import { SafeHtml } from './html.js';

export { serverDataScript } from '@agency-portal/core';

/** Every widget a page may render on the server. */
const WIDGET_TAGS = ['ap-ad-strip', 'ap-article-list', 'ap-banner-carousel', 'ap-login-box', 'ap-pagination', 'ap-visit-counter'];

/**
 * The Content-Security-Policy sources (`'sha256-…'`) of the `<style>` element Lit SSR writes into each widget's shadow
 * root: the widget's stylesheets, one after the other. The pages allow no other inline style; in the browser the
 * widgets' constructable stylesheets need none.
 */
export const WIDGET_STYLE_SOURCES: readonly string[] = WIDGET_TAGS.map((tag) => {
  // Lit SSR's DOM shim gives Node a `customElements` registry; the portal's types have no DOM.
  const widget = (globalThis as unknown as { customElements: { get(tag: string): typeof LitElement } }).customElements.get(tag);
  void widget.observedAttributes; // finalizes the class: its elementStyles are set from then on
  const text = widget.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('');
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
});

/**
 * A Lit template (usually one widget element, its attributes, properties and light DOM) rendered to HTML with each
 * custom element's shadow root inside it. Lit's markers (`<!--lit-part-->`) stay: they are what hydration reads.
 */
export function renderWidget(template: TemplateResult): SafeHtml {
  return new SafeHtml(collectResultSync(render(template)));
}
