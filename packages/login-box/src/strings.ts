import type { Locale } from '@agency-portal/core';

/** Every text `<ap-login-box>` shows or announces; override any of them with the `strings` property. */
export interface LoginBoxStrings {
  /** The box's heading and accessible name. */
  title: string;
  username: string;
  password: string;
  /** The show-password toggle (a pressed/unpressed button). */
  showPassword: string;
  submit: string;
  /** Announced while the sign-in request runs. */
  busy: string;
  /** The one message for an unknown username or a wrong password. */
  failed: string;
  /** Too many failed tries: `minutes` until the next one. */
  throttled: (minutes: number) => string;
  /** The portal could not be reached. */
  offline: string;
  /** The signed-in state: "Xin chào, {name}". */
  greeting: (name: string) => string;
  signOut: string;
  /** The signed-in state's link to the portal's newsroom. */
  newsroom: string;
  /** On another site whose pages the portal's cookies do not reach. */
  blocked: string;
  /** The button that opens the portal's sign-in window. */
  openWindow: string;
}

export const loginBoxStrings: Record<Locale, LoginBoxStrings> = {
  vi: {
    title: 'Đăng nhập',
    username: 'Tên đăng nhập',
    password: 'Mật khẩu',
    showPassword: 'Hiện mật khẩu',
    submit: 'Đăng nhập',
    busy: 'Đang đăng nhập…',
    failed: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    throttled: (minutes) => `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`,
    offline: 'Không kết nối được với cổng thông tin. Vui lòng thử lại.',
    greeting: (name) => `Xin chào, ${name}`,
    signOut: 'Đăng xuất',
    newsroom: 'Vào trang quản trị',
    blocked: 'Trình duyệt không cho đăng nhập ngay trên trang này.',
    openWindow: 'Đăng nhập trong cửa sổ mới',
  },
  en: {
    title: 'Sign in',
    username: 'Username',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    busy: 'Signing in…',
    failed: 'The username or password is incorrect.',
    throttled: (minutes) => `Too many failed attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    offline: 'Could not reach the portal. Please try again.',
    greeting: (name) => `Hello, ${name}`,
    signOut: 'Sign out',
    newsroom: 'Go to the newsroom',
    blocked: 'Your browser does not allow signing in on this page.',
    openWindow: 'Sign in in a new window',
  },
};
