// Server side: the widgets of the portal's pages rendered with Lit SSR, each with its shadow root written out as
// Declarative Shadow DOM (`<template shadowrootmode="open">`) and its data already in the HTML, so a page is complete
// before any script runs. In the browser the portal's script hydrates them (see client/main.ts).
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { createHash } from 'node:crypto';
import type { CSSResult, LitElement, TemplateResult } from 'lit';
// Registering the widgets here (in Node's custom element registry of Lit's DOM shim) is what lets SSR render them.
import '@agency-portal/ad-strip/define.js';
import '@agency-portal/article-list/define.js';
import '@agency-portal/banner-carousel/define.js';
import '@agency-portal/login-box/define.js';
import '@agency-portal/pagination/define.js';
import '@agency-portal/visit-counter/define.js';
import { ApAdStrip } from '@agency-portal/ad-strip';
import { ApArticleList } from '@agency-portal/article-list';
import { ApBannerCarousel } from '@agency-portal/banner-carousel';
import { ApLoginBox } from '@agency-portal/login-box';
import { ApPagination } from '@agency-portal/pagination';
import { ApVisitCounter } from '@agency-portal/visit-counter';
import { SafeHtml } from './html.js';

export { serverDataScript } from '@agency-portal/core';

/**
 * A Lit template (usually one widget element, its attributes, properties and light DOM) rendered to HTML with each
 * custom element's shadow root inside it. Lit's markers (`<!--lit-part-->`) stay: they are what hydration reads.
 */
export function renderWidget(template: TemplateResult): SafeHtml {
  return new SafeHtml(collectResultSync(render(template)));
}

/** Every widget the server renders. */
const RENDERED: readonly (typeof LitElement)[] = [ApAdStrip, ApArticleList, ApBannerCarousel, ApLoginBox, ApPagination, ApVisitCounter];

/**
 * The Content-Security-Policy sources (`'sha256-…'`) of the stylesheets Lit SSR writes into the widgets' shadow roots:
 * one `<style>` per widget holding its styles' text one after the other, the same on every page. The pages' policy
 * allows exactly those and no other inline style (a test checks every `<style>` of the pages against it).
 */
export function widgetStyleSources(): string[] {
  return RENDERED.map((widget) => {
    // What makes `elementStyles` (protected in the typings; SSR calls it when it first renders the widget).
    (widget as unknown as { finalize(): void }).finalize();
    return styleSource(widget.elementStyles.map((style) => (style as CSSResult).cssText).join(''));
  });
}

/** The CSP source (`'sha256-…'`) that allows a `<style>` element holding exactly `css`. */
export function styleSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}
