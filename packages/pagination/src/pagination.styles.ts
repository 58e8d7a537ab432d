import { unsafeCSS } from 'lit';
import {
  COLOR_BORDER,
  COLOR_ON_PRIMARY,
  COLOR_PRIMARY,
  COLOR_SURFACE,
  COLOR_TEXT_MUTED,
  FOCUS_RING,
  FONT_FAMILY,
  FONT_SIZE,
  RADIUS,
  SPACE,
} from '@agency-portal/core';

// One rule per line, without optional spaces: the text ships as it is written (no minifier touches it), and the
// widget has a tight size budget (it is also part of the article list's).
export const styles = unsafeCSS(`
:host{display:block;font-family:${FONT_FAMILY};font-size:var(--ap-pagination-font-size,${FONT_SIZE});color:var(--ap-pagination-color,${COLOR_PRIMARY})}
:host([hidden]){display:none}
ul{display:flex;flex-wrap:wrap;align-items:center;gap:var(--ap-pagination-gap,${SPACE});margin:0;padding:0;list-style:none}
a,button{box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;min-width:2.75em;min-height:2.75em;padding:0 .75em;border:1px solid var(--ap-pagination-border-color,${COLOR_BORDER});border-radius:var(--ap-pagination-radius,${RADIUS});background:var(--ap-pagination-background,${COLOR_SURFACE});color:inherit;font:inherit;line-height:1;text-decoration:none;cursor:pointer}
:is(a,button):not([aria-current],[aria-disabled]):hover{border-color:currentColor;text-decoration:underline}
:focus-visible{${FOCUS_RING}}
[aria-current=page]{border-color:var(--ap-pagination-current-background,${COLOR_PRIMARY});background:var(--ap-pagination-current-background,${COLOR_PRIMARY});color:var(--ap-pagination-current-color,${COLOR_ON_PRIMARY});font-weight:700;cursor:default}
[aria-disabled=true]{border-color:transparent;background:transparent;color:${COLOR_TEXT_MUTED};cursor:not-allowed}
[part~=ellipsis]{min-width:1.5em;text-align:center;color:${COLOR_TEXT_MUTED}}
@media (forced-colors:active){[aria-current=page]{border:2px solid CanvasText}}
`);
