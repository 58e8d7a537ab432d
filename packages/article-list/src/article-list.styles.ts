import { unsafeCSS } from 'lit';
import {
  COLOR_BORDER,
  COLOR_ON_PRIMARY,
  COLOR_PRIMARY,
  COLOR_SURFACE,
  COLOR_TEXT,
  COLOR_TEXT_MUTED,
  FOCUS_RING,
  FONT_FAMILY,
  FONT_SIZE,
  RADIUS,
  SPACE,
} from '@agency-portal/core';

// One rule per line, without optional spaces: the text ships as it is written (no minifier touches it), and the
// widget has a tight size budget. Local --_ variables hold each value used more than once.
export const styles = unsafeCSS(`
:host{display:block;font-family:${FONT_FAMILY};font-size:${FONT_SIZE};line-height:1.5;color:var(--ap-article-list-color,${COLOR_TEXT});--_gap:var(--ap-article-list-gap,calc(2*${SPACE}));--_border:1px solid var(--ap-article-list-border-color,${COLOR_BORDER});--_radius:var(--ap-article-list-radius,${RADIUS})}
:host([hidden]){display:none}
[role=status]{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
:focus-visible{${FOCUS_RING}}
ul{display:grid;gap:var(--_gap);margin:0 0 var(--_gap);padding:0;list-style:none}
li{display:flex;gap:var(--_gap);padding-bottom:var(--_gap);border-bottom:var(--_border);background:${COLOR_SURFACE}}
[part~=image]{flex:none;width:var(--ap-article-list-thumbnail-width,10rem);max-width:35%;height:auto;aspect-ratio:3/2;object-fit:cover;border-radius:var(--_radius)}
[part~=body]{display:grid;flex:1;gap:calc(${SPACE}/2);align-content:start}
p{margin:0}
[part~=title]{font-size:1.125em;font-weight:700;line-height:1.35}
a{color:var(--ap-article-list-link-color,${COLOR_PRIMARY});text-decoration:none}
a:hover{text-decoration:underline}
[part~=meta],[part=stale]{display:flex;flex-wrap:wrap;gap:0 1em;color:${COLOR_TEXT_MUTED};font-size:.875em}
[part=stale]{margin-bottom:var(--_gap)}
.grid{grid-template-columns:repeat(auto-fill,minmax(min(100%,var(--ap-article-list-column-width,16rem)),1fr))}
.grid li{flex-direction:column;border:var(--_border);border-radius:var(--_radius);overflow:hidden}
.grid [part~=image]{width:100%;max-width:none;border-radius:0}
.grid [part~=body]{padding:0 var(--_gap)}
.grid [part~=body]:first-child{padding-top:var(--_gap)}
.compact [part~=title]{font-size:1em}
.skeleton span span,.skeleton [part~=image]{min-height:1em;border-radius:var(--_radius);background:${COLOR_BORDER};animation:pulse 1.5s infinite}
@keyframes pulse{50%{opacity:.4}}
@media (prefers-reduced-motion:reduce){.skeleton *{animation:none!important}}
button{min-height:2.75em;margin-top:${SPACE};padding:0 1.25em;border:0;border-radius:var(--_radius);background:${COLOR_PRIMARY};color:${COLOR_ON_PRIMARY};font:inherit;cursor:pointer}
`);
