import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The shared design tokens: CSS custom properties that a page sets once (for example on `:root`) to
 * theme every widget. Each widget reads its own `--ap-<widget>-<prop>` first and falls back to these.
 * The defaults are the reference portal's red and gold.
 */
export const tokenDefaults = {
  'color-primary': '#b3131b',
  'color-primary-hover': '#8c0f15',
  'color-on-primary': '#ffffff',
  'color-accent': '#f2c230',
  'color-text': '#1f2328',
  'color-text-muted': '#555d66',
  'color-surface': '#ffffff',
  'color-border': '#c9ced6',
  'color-focus': '#1f2328',
  radius: '4px',
  space: '0.5rem',
  'font-family': 'inherit',
  'font-size': '1rem',
} as const;

export type TokenName = keyof typeof tokenDefaults;

/** `var(--ap-<name>, <default>)`, for use inside a widget's `css` template. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--ap-${name}, ${tokenDefaults[name]})`);
}

/** The focus ring every widget uses for its controls. */
export const focusRing = css`
  outline: 3px solid ${token('color-focus')};
  outline-offset: 2px;
`;
