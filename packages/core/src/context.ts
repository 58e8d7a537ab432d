import type { Context } from '@lit/context';

/** What `<ap-portal>` gives every widget inside it. */
export interface PortalConfig {
  /** Base URL of the portal's JSON API, for example `https://portal.example.vn/api/v1/`. */
  api: string;
  /** The site id that statistics and feeds are recorded for. */
  site: string;
  /** The portal's language (`vi` or `en`), when `<ap-portal>` has a `lang` attribute. */
  lang?: string;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  /** `site-editor`: the webmaster of one member site (`siteId`), who sees and changes only that site. */
  role: 'editor' | 'admin' | 'site-editor';
  /** The member site of a `site-editor`; null (or absent, from an older server) for the other roles. */
  siteId?: string | null;
}

/** The signed-in user, shared by the login box with every widget that cares. */
export interface Session {
  user: SessionUser | null;
}

// Context keys are strings, not symbols, so a provider and a consumer from different bundles still meet. Typed as
// `createContext` would make them, without calling it: `createContext` returns the key itself, and a string needs no code.
export const portalConfigContext = 'ap-portal-config' as Context<'ap-portal-config', PortalConfig | undefined>;
export const sessionContext = 'ap-session' as Context<'ap-session', Session | undefined>;
