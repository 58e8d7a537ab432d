import { css } from 'lit';
import { focusRing, radius, space } from '@agency-portal/core';

// One rule per line, without optional spaces: the text ships as written, and the widget has a tight budget.
export const styles = css`
:host{display:block;--_gap:var(--ap-ad-strip-gap,${space});--_radius:var(--ap-ad-strip-radius,${radius})}
:host([hidden]){display:none}
ul{display:grid;gap:var(--_gap);margin:0;padding:0;list-style:none}
:host([orientation=horizontal]) ul{display:flex;flex-wrap:wrap}
:host([orientation=horizontal]) li{flex:0 1 var(--ap-ad-strip-item-width,12rem)}
a,::slotted(a){display:block;border-radius:var(--_radius)}
a:focus-visible{${focusRing}}
img,::slotted(a){max-width:100%}
img{display:block;width:100%;height:auto;border-radius:var(--_radius)}
`;
