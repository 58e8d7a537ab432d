import { css } from 'lit';
import {
  colorBorder,
  colorOnPrimary,
  colorPrimary,
  colorSurface,
  colorText,
  focusRing,
  fontFamily,
  fontSize,
  radius,
  space,
} from '@agency-portal/core';

// One rule per line, without optional spaces: the text ships as it is written and the widget has a tight size budget.
export const styles = css`
:host{display:block;font-family:${fontFamily};font-size:${fontSize};line-height:1.5;color:var(--ap-login-box-color,${colorText});--_border:1px solid var(--ap-login-box-border-color,${colorBorder})}
:host([hidden]){display:none}
section{display:grid;gap:${space};padding:calc(2*${space});border:var(--_border);border-radius:${radius};background:var(--ap-login-box-background,${colorSurface})}
h2{margin:0;font-size:1.125em}
p{margin:0}
form,[part~=field]{display:grid;gap:calc(${space}/2)}
form{gap:${space}}
[part~=field]{grid-template-columns:1fr auto}
label{grid-column:1/-1;font-weight:600}
input{min-width:0;padding:${space};border:var(--_border);border-radius:${radius};font:inherit;color:inherit;background:${colorSurface}}
button{padding:${space} calc(2*${space});border:1px solid var(--ap-login-box-button-background,${colorPrimary});border-radius:${radius};font:inherit;cursor:pointer;color:var(--ap-login-box-button-color,${colorOnPrimary});background:var(--ap-login-box-button-background,${colorPrimary})}
[part~=toggle]{color:inherit;background:none;border-color:var(--ap-login-box-border-color,${colorBorder})}
[aria-disabled=true]{opacity:.7;cursor:progress}
[part~=error]{color:var(--ap-login-box-error-color,${colorPrimary});font-weight:600}
[role=status]{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%)}
:focus-visible{${focusRing}}
`;
