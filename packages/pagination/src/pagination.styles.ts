import { css } from 'lit';
import {
  colorBorder,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorTextMuted,
  focusRing,
  fontFamily,
  fontSize,
  radius,
  space,
} from '@agency-portal/core';

// One rule per line, without optional spaces: the text ships as it is written (no minifier touches it), and the
// widget has a tight size budget (it is also part of the article list's).
export const styles = css`
:host{display:block;font-family:${fontFamily};font-size:var(--ap-pagination-font-size,${fontSize});color:var(--ap-pagination-color,${colorPrimary})}
:host([hidden]){display:none}
ul{display:flex;flex-wrap:wrap;align-items:center;gap:var(--ap-pagination-gap,${space});margin:0;padding:0;list-style:none}
a,button{box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;min-width:2.75em;min-height:2.75em;padding:0 .75em;border:1px solid var(--ap-pagination-border-color,${colorBorder});border-radius:var(--ap-pagination-radius,${radius});background:var(--ap-pagination-background,${colorSurface});color:inherit;font:inherit;line-height:1;text-decoration:none;cursor:pointer}
:is(a,button):not([aria-current],[aria-disabled]):hover{border-color:currentColor;text-decoration:underline}
:focus-visible{${focusRing}}
[aria-current=page]{border-color:var(--ap-pagination-current-background,${colorPrimary});background:var(--ap-pagination-current-background,${colorPrimary});color:var(--ap-pagination-current-color,${colorOnPrimary});font-weight:700;cursor:default}
[aria-disabled=true]{border-color:transparent;background:transparent;color:${colorTextMuted};cursor:not-allowed}
.ellipsis{min-width:1.5em;text-align:center;color:${colorTextMuted}}
@media (forced-colors:active){[aria-current=page]{border:2px solid CanvasText}}
`;
