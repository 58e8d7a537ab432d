// Checks of a site's addresses that a JSON schema cannot make, shared by the API and the command line.

/** The origin of `value` when it is an http(s) origin with nothing after it, else an error message naming `field`. */
export function parseOrigin(value: string, field: string): string | { error: string } {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    return { error: `${field} must be an http:// or https:// origin such as https://sogd.example.vn; got "${value}".` };
  }
  if (value.replace(/\/$/, '') !== url.origin) {
    return { error: `${field} must be an origin only (scheme, host and port), without a path: ${url.origin}; got "${value}".` };
  }
  return url.origin;
}

/** `value` as a normalized absolute http(s) address without user or password, else an error message naming `field`. */
export function parseWebAddress(value: string, field: string): string | { error: string } {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.username || url.password) {
    return { error: `${field} must be an absolute http:// or https:// address without a user name or password; got "${value}".` };
  }
  return url.href;
}
