/** nginx's path (NGINX_PATH, the PATH, /usr/sbin, or Debian's package unpacked into node_modules/.cache/nginx), or undefined. */
export function ensureNginx(): string | undefined;
