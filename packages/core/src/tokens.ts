/**
 * The shared design tokens: CSS custom properties that a page sets once (for example on `:root`) to
 * theme every widget. Each widget reads its own `--ap-<widget>-<prop>` first and falls back to these;
 * the defaults are the reference portal's red and gold. Each token is its own export, so a bundle
 * carries only the tokens its widgets use.
 *
 * The widgets' stylesheets write each token as it is, with its default as the fallback
 * (`color: var(--ap-pagination-color, var(--ap-color-primary, #b3131b))`), so that the CSS reads as CSS and tools
 * can check it; their lint (scripts/check-stylesheets.mjs) checks every fallback against the defaults below.
 * These constants are the same text, for CSS that an app writes in TypeScript.
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
