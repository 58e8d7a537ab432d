import { css } from 'lit';
import { focusRing, radius } from '@agency-portal/core';

// One rule per line, without optional spaces: the text ships as written, and the widget has a tight budget.
export const styles = css`
:host{display:block;position:relative;--_radius:var(--ap-banner-carousel-radius,${radius});--_bg:var(--ap-banner-carousel-control-background,rgb(0 0 0/.6));--_fg:var(--ap-banner-carousel-control-color,#fff)}
:host([hidden]),[hidden]{display:none!important}
section{position:relative}
:focus-visible{${focusRing}}
[part~=slides]{overflow:hidden;border-radius:var(--_radius);touch-action:pan-y;aspect-ratio:var(--ap-banner-carousel-aspect-ratio,10/3)}
.track{display:flex;height:100%;transition:transform var(--ap-banner-carousel-duration,.4s) ease}
[part~=slide]{flex:0 0 100%;height:100%}
[part~=slide] ::slotted(*),[part~=slide] a{display:block;height:100%}
[part~=image],[part~=slide] ::slotted(img){display:block;width:100%;height:100%;object-fit:cover}
[part~=controls]{position:absolute;z-index:1;left:.5rem;bottom:.5rem;display:flex;gap:.25rem}
[part~=picker]{position:absolute;z-index:1;right:.5rem;bottom:.5rem;display:flex;gap:.25rem;padding:.25rem;border-radius:1rem;background:var(--_bg)}
button{display:grid;place-items:center;width:2.75rem;height:2.75rem;padding:0;border:0;border-radius:50%;background:var(--_bg);color:var(--_fg);cursor:pointer}
[part~=tab]{width:1.5rem;height:1.5rem;background:none}
[part~=tab]::after{content:"";width:.75rem;height:.75rem;border:2px solid var(--_fg);border-radius:50%;box-sizing:border-box}
[part~=current]::after{background:var(--ap-banner-carousel-tab-color,var(--ap-color-accent,#f2c230));border-color:var(--ap-banner-carousel-tab-color,var(--ap-color-accent,#f2c230))}
@media (prefers-reduced-motion:reduce){.track{transition:none}}
`;
