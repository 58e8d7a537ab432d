export { ApLoginBox } from './login-box.js';
export type { LoginBoxState } from './login-box.js';
export { ApLoginEvent, ApLogoutEvent } from './events.js';
export type { LoginDetail } from './events.js';
export { loginBoxStrings } from './strings.js';
export type { LoginBoxStrings } from './strings.js';
