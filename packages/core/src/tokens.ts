import { css, unsafeCSS } from 'lit';

/**
 * The shared design tokens: CSS custom properties that a page sets once (for example on `:root`) to
 * theme every widget. Each widget reads its own `--ap-<widget>-<prop>` first and falls back to these;
 * the defaults are the reference portal's red and gold. Each token is its own export, so a bundle
 * carries only the tokens its widgets use.
 *
 * Each token comes twice: as CSS text (`COLOR_PRIMARY`, a plain string constant) and as a Lit CSSResult
 * (`colorPrimary`) for `css` templates. A stylesheet written as one `unsafeCSS` string of constants (the article
 * list's and the pagination's) has the text inlined by the bundler and needs no token code at run time; in the
 * article list's self-contained embed bundle that is about 0.2 KB gzip less than interpolating the CSSResults.
 */
export const COLOR_PRIMARY = 'var(--ap-color-primary,#b3131b)';
export const COLOR_PRIMARY_HOVER = 'var(--ap-color-primary-hover,#8c0f15)';
export const COLOR_ON_PRIMARY = 'var(--ap-color-on-primary,#fff)';
export const COLOR_ACCENT = 'var(--ap-color-accent,#f2c230)';
export const COLOR_TEXT = 'var(--ap-color-text,#1f2328)';
export const COLOR_TEXT_MUTED = 'var(--ap-color-text-muted,#555d66)';
export const COLOR_SURFACE = 'var(--ap-color-surface,#fff)';
export const COLOR_BORDER = 'var(--ap-color-border,#c9ced6)';
export const COLOR_FOCUS = 'var(--ap-color-focus,#1f2328)';
export const RADIUS = 'var(--ap-radius,4px)';
export const SPACE = 'var(--ap-space,.5rem)';
export const FONT_FAMILY = 'var(--ap-font-family,inherit)';
export const FONT_SIZE = 'var(--ap-font-size,1rem)';
/** The focus ring every widget uses for its controls (declarations, without braces). */
export const FOCUS_RING = 'outline:3px solid var(--ap-color-focus,#1f2328);outline-offset:2px';

export const colorPrimary = /* @__PURE__ */ unsafeCSS(COLOR_PRIMARY);
export const colorPrimaryHover = /* @__PURE__ */ unsafeCSS(COLOR_PRIMARY_HOVER);
export const colorOnPrimary = /* @__PURE__ */ unsafeCSS(COLOR_ON_PRIMARY);
export const colorAccent = /* @__PURE__ */ unsafeCSS(COLOR_ACCENT);
export const colorText = /* @__PURE__ */ unsafeCSS(COLOR_TEXT);
export const colorTextMuted = /* @__PURE__ */ unsafeCSS(COLOR_TEXT_MUTED);
export const colorSurface = /* @__PURE__ */ unsafeCSS(COLOR_SURFACE);
export const colorBorder = /* @__PURE__ */ unsafeCSS(COLOR_BORDER);
export const colorFocus = /* @__PURE__ */ unsafeCSS(COLOR_FOCUS);
export const radius = /* @__PURE__ */ unsafeCSS(RADIUS);
export const space = /* @__PURE__ */ unsafeCSS(SPACE);
export const fontFamily = /* @__PURE__ */ unsafeCSS(FONT_FAMILY);
export const fontSize = /* @__PURE__ */ unsafeCSS(FONT_SIZE);

/** The focus ring every widget uses for its controls. */
export const focusRing = /* @__PURE__ */ css`
  outline: 3px solid ${colorFocus};
  outline-offset: 2px;
`;
