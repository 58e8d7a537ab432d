import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The shared design tokens: CSS custom properties that a page sets once (for example on `:root`) to
 * theme every widget. Each widget reads its own `--ap-<widget>-<prop>` first and falls back to these;
 * the defaults are the reference portal's red and gold. Each token is its own export, so a bundle
 * carries only the tokens its widgets use.
 */
const token = (name: string, fallback: string): CSSResult => unsafeCSS(`var(--ap-${name}, ${fallback})`);

export const colorPrimary = /* @__PURE__ */ token('color-primary', '#b3131b');
export const colorPrimaryHover = /* @__PURE__ */ token('color-primary-hover', '#8c0f15');
export const colorOnPrimary = /* @__PURE__ */ token('color-on-primary', '#ffffff');
export const colorAccent = /* @__PURE__ */ token('color-accent', '#f2c230');
export const colorText = /* @__PURE__ */ token('color-text', '#1f2328');
export const colorTextMuted = /* @__PURE__ */ token('color-text-muted', '#555d66');
export const colorSurface = /* @__PURE__ */ token('color-surface', '#ffffff');
export const colorBorder = /* @__PURE__ */ token('color-border', '#c9ced6');
export const colorFocus = /* @__PURE__ */ token('color-focus', '#1f2328');
export const radius = /* @__PURE__ */ token('radius', '4px');
export const space = /* @__PURE__ */ token('space', '0.5rem');
export const fontFamily = /* @__PURE__ */ token('font-family', 'inherit');
export const fontSize = /* @__PURE__ */ token('font-size', '1rem');

/** The focus ring every widget uses for its controls. */
export const focusRing = /* @__PURE__ */ css`
  outline: 3px solid ${colorFocus};
  outline-offset: 2px;
`;
