// Checked by `tsc` in the typecheck (test/types/tsconfig.json), against the built package as an app sees it: importing
// define.js alone brings the tag's type and the types of its events. Each @ts-expect-error line must fail to compile.
import '@agency-portal/login-box/define.js';

const box = document.createElement('ap-login-box');
box.addEventListener('ap-login', (event) => event.detail.user.displayName satisfies string);
box.addEventListener('ap-logout', (event) => event.detail satisfies null);
document.addEventListener('ap-login', (event) => event.detail.user.id satisfies string);

// @ts-expect-error: sign-out carries no user.
box.addEventListener('ap-logout', (event) => event.detail.user);
