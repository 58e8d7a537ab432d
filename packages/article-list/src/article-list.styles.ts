import { css } from 'lit';
import {
  colorBorder,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorText,
  colorTextMuted,
  focusRing,
  fontFamily,
  fontSize,
  radius,
  space,
} from '@agency-portal/core';

// One rule per line, without optional spaces: the text ships as it is written (no minifier touches it), and the
// widget has a tight size budget. Local --_ variables hold each value used more than once.
export const styles = css`
:host{display:block;font-family:${fontFamily};font-size:${fontSize};line-height:1.5;color:var(--ap-article-list-color,${colorText});--_gap:var(--ap-article-list-gap,calc(2*${space}));--_border:1px solid var(--ap-article-list-border-color,${colorBorder});--_radius:var(--ap-article-list-radius,${radius})}
:host([hidden]){display:none}
[role=status]{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
:focus-visible{${focusRing}}
ul{display:grid;gap:var(--_gap);margin:0 0 var(--_gap);padding:0;list-style:none}
li{display:flex;gap:var(--_gap);padding-bottom:var(--_gap);border-bottom:var(--_border);background:${colorSurface}}
[part~=image]{flex:none;width:var(--ap-article-list-thumbnail-width,10rem);max-width:35%;height:auto;aspect-ratio:3/2;object-fit:cover;border-radius:var(--_radius)}
[part~=body]{display:grid;flex:1;gap:calc(${space}/2);align-content:start}
p{margin:0}
[part~=title]{font-size:1.125em;font-weight:700;line-height:1.35}
a{color:var(--ap-article-list-link-color,${colorPrimary});text-decoration:none}
a:hover{text-decoration:underline}
[part~=meta],[part=stale]{display:flex;flex-wrap:wrap;gap:0 1em;color:${colorTextMuted};font-size:.875em}
[part=stale]{margin-bottom:var(--_gap)}
.grid{grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--ap-article-list-column-width,16rem)),1fr))}
.grid li{flex-direction:column;border:var(--_border);border-radius:var(--_radius);overflow:hidden}
.grid [part~=image]{width:100%;max-width:none;border-radius:0}
.grid [part~=body]{padding:0 var(--_gap)}
.grid [part~=body]:first-child{padding-top:var(--_gap)}
.compact [part~=title]{font-size:1em}
.skeleton span span,.skeleton [part~=image]{min-height:1em;border-radius:var(--_radius);background:${colorBorder};animation:pulse 1.5s infinite}
@keyframes pulse{50%{opacity:.4}}
@media (prefers-reduced-motion:reduce){.skeleton *{animation:none!important}}
button{min-height:2.75em;margin-top:${space};padding:0 1.25em;border:0;border-radius:var(--_radius);background:${colorPrimary};color:${colorOnPrimary};font:inherit;cursor:pointer}
`;
