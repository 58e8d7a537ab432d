import { css } from 'lit';
import { colorBorder, colorPrimary, colorText, colorTextMuted, focusRing, fontFamily, fontSize, space } from '@agency-portal/core';

// One rule per line, without optional spaces: the text ships as it is written, and the widget has a tight size budget.
export const styles = css`
:host{display:block;font-family:${fontFamily};font-size:${fontSize};line-height:1.5;color:var(--ap-visit-counter-color,${colorText});--_gap:var(--ap-visit-counter-gap,${space})}
:host([hidden]){display:none}
[role=status]{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
:focus-visible{${focusRing}}
dl,p{margin:0}
[part~=item]{display:flex;justify-content:space-between;gap:var(--_gap);padding:var(--_gap) 0;border-bottom:1px solid var(--ap-visit-counter-border-color,${colorBorder})}
dd{margin:0;font-weight:700;font-variant-numeric:tabular-nums;color:var(--ap-visit-counter-value-color,${colorPrimary})}
.skeleton{display:inline-block;width:3em;height:1em;vertical-align:middle;background:${colorBorder};animation:pulse 1.5s infinite}
@keyframes pulse{50%{opacity:.4}}
@media (prefers-reduced-motion:reduce){.skeleton{animation:none}}
details{margin-top:var(--_gap);color:${colorTextMuted};font-size:.875em}
summary{cursor:pointer}
ul{margin:calc(${space}/2) 0 0;padding-left:1.25em}
button{font:inherit;cursor:pointer}
`;
