// Server side: the widgets of the portal's pages rendered with Lit SSR, each with its shadow root written out as
// Declarative Shadow DOM (`<template shadowrootmode="open">`) and its data already in the HTML, so a page is complete
// before any script runs. In the browser the portal's script hydrates them (see client/main.ts).
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
