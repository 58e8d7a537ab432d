// Server side: the widgets of the portal's pages rendered with Lit SSR, each with its shadow root written out as
// Declarative Shadow DOM (`<template shadowrootmode="open">`) and its data already in the HTML, so a page is complete
// before any script runs. In the browser the portal's script hydrates them (see client/main.ts).
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
// Registering the widgets here (in Node's custom element registry of Lit's DOM shim) is what lets SSR render them.
import '@agency-portal/ad-strip/define.js';
import '@agency-portal/article-list/define.js';
import '@agency-portal/banner-carousel/define.js';
import '@agency-portal/login-box/define.js';
import '@agency-portal/pagination/define.js';
import '@agency-portal/visit-counter/define.js';
import { SafeHtml } from './html.js';

export { serverDataScript } from '@agency-portal/core';

/**
 * A Lit template (usually one widget element, its attributes, properties and light DOM) rendered to HTML with each
 * custom element's shadow root inside it. Lit's markers (`<!--lit-part-->`) stay: they are what hydration reads.
 */
export function renderWidget(template: TemplateResult): SafeHtml {
  return new SafeHtml(collectResultSync(render(template)));
}

/** The widgets the portal's pages render on the server (each registered above). */
const WIDGETS = ['ap-ad-strip', 'ap-article-list', 'ap-banner-carousel', 'ap-login-box', 'ap-pagination', 'ap-visit-counter'];

/** What SSR reads of a widget's class (`finalize` is Lit's, protected in its types): its styles, once finalized. */
type Finalizable = { finalize(): void; elementStyles: { cssText: string }[] };
/** The registry of Lit's DOM shim in Node (the server build has no DOM types). */
declare const customElements: { get(tag: string): unknown };

/**
 * The Content-Security-Policy sources (`'sha256-…'`) of the `<style>` that starts each widget's server-rendered
 * shadow root: its stylesheet, the same for every instance, written as Lit SSR writes it (each style's `cssText`, in
 * order). A page whose `style-src` lists them shows its widgets styled before and after hydration (which keeps that
 * `<style>`), and still refuses every other inline style.
 */
export function widgetStyleSources(): string[] {
  return WIDGETS.map((tag) => {
    const widget = customElements.get(tag) as unknown as Finalizable;
    widget.finalize();
    const text = widget.elementStyles.map((style) => style.cssText).join('');
    return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  });
}
