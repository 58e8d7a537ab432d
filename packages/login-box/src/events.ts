import type { SessionUser } from '@agency-portal/core';

export interface LoginDetail {
  /** The user now signed in. */
  user: SessionUser;
}

/** Fired when the user has signed in (in the box, or in the portal's window for a box on another site). */
export class ApLoginEvent extends CustomEvent<LoginDetail> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-login';

  constructor(detail: LoginDetail) {
    super(ApLoginEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

/** Fired when the user has signed out. */
export class ApLogoutEvent extends CustomEvent<null> {
  /** The event's name, as listeners give it to `addEventListener`. */
  static readonly eventName = 'ap-logout';

  constructor() {
    super(ApLogoutEvent.eventName, { detail: null, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ap-login': ApLoginEvent;
    'ap-logout': ApLogoutEvent;
  }
  interface HTMLElementEventMap {
    'ap-login': ApLoginEvent;
    'ap-logout': ApLogoutEvent;
  }
}
