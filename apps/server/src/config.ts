import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  /** Absolute path of the folder that holds the SQLite file. */
  dataDir: string;
  /**
   * Absolute path of the folder of uploaded images (MEDIA_DIR; `${DATA_DIR}/media` by default), served under
   * /media/u/. Several instances must share it (a network file system), or an image is missing on the others.
   */
  mediaDir: string;
  /** Absolute base URL of the portal as seen by browsers, without a trailing slash. */
  publicUrl: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  /** What every Redis key and channel of this portal starts with (REDIS_PREFIX), so portals can share a Redis. */
  redisPrefix: string;
  logLevel: LogLevel;
  /** Absolute path of the widget embed bundles served under /embed/. */
  embedDir: string;
  /**
   * Origins (besides PUBLIC_URL's) whose pages may make credentialed requests to the API: sign in, sign out,
   * read the session. From AUTH_ALLOWED_ORIGINS, comma-separated, e.g. `https://so-a.gov.vn,https://so-b.gov.vn`.
   */
  authAllowedOrigins: string[];
  /**
   * Addresses of the load balancers or proxies in front of the server (TRUST_PROXY, comma-separated addresses or
   * CIDR ranges, e.g. `127.0.0.1,10.0.0.0/8`): requests from them are taken to be for the client that
   * X-Forwarded-For names, so visitors and sign-in throttling see the real client. Empty: nobody is trusted.
   */
  trustProxy: string[];
}

/** The Vite build output of apps/embed; the same relative path from src/ (tsx) and dist/ (built). */
const DEFAULT_EMBED_DIR = fileURLToPath(new URL('../../embed/dist', import.meta.url));

/**
 * Reads the server settings from environment variables. Unset or empty variables take their defaults;
 * an invalid value throws an Error naming the variable and the value.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = (name: string): string | undefined => env[name]?.trim() || undefined;

  const port = parsePort(read('PORT') ?? '8080');
  const host = read('HOST') ?? '127.0.0.1';
  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!isLogLevel(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`);
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;

  const dataDir = resolve(read('DATA_DIR') ?? './data');

  return {
    port,
    host,
    dataDir,
    mediaDir: resolve(read('MEDIA_DIR') ?? join(dataDir, 'media')),
    publicUrl: parseUrl('PUBLIC_URL', read('PUBLIC_URL') ?? `http://${urlHost}:${port}`, ['http:', 'https:']).replace(/\/+$/, ''),
    databaseUrl: optionalUrl('DATABASE_URL', read('DATABASE_URL'), ['postgres:', 'postgresql:']),
    redisUrl: optionalUrl('REDIS_URL', read('REDIS_URL'), ['redis:', 'rediss:']),
    redisPrefix: parsePrefix(read('REDIS_PREFIX') ?? 'ap:'),
    logLevel,
    embedDir: resolve(read('EMBED_DIR') ?? DEFAULT_EMBED_DIR),
    authAllowedOrigins: parseOrigins('AUTH_ALLOWED_ORIGINS', read('AUTH_ALLOWED_ORIGINS')),
    trustProxy: parseAddresses('TRUST_PROXY', read('TRUST_PROXY')),
  };
}

function parsePort(value: string): number {
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new Error(`PORT must be a whole number from 1 to 65535; got "${value}".`);
  }
  return port;
}

function parsePrefix(value: string): string {
  if (!/^[\w:.-]{1,64}$/.test(value)) {
    throw new Error(`REDIS_PREFIX must be 1 to 64 letters, digits or the characters _ : . -; got "${value}".`);
  }
  return value;
}

/** The items of a comma-separated list, trimmed, empty ones left out. */
function listItems(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A comma-separated list of IP addresses or CIDR ranges. */
function parseAddresses(name: string, value: string | undefined): string[] {
  return listItems(value).map((item) => {
    const [address, bits, extra] = item.split('/');
    const version = isIP(address);
    const maxBits = version === 6 ? 128 : 32;
    if (version === 0 || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`${name} must list IP addresses or CIDR ranges such as 10.0.0.0/8, comma-separated; got "${item}".`);
    }
    return item;
  });
}

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function parseUrl(name: string, value: string, protocols: string[]): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !protocols.includes(url.protocol)) {
    const schemes = protocols.map((protocol) => `${protocol}//`).join(' or ');
    // Connection URLs may carry a password: leave the credentials out of the message.
    const shown = value.replace(/\/\/[^/@]*@/, '//***@');
    throw new Error(`${name} must be an absolute ${schemes} URL; got "${shown}".`);
  }
  return value;
}

function optionalUrl(name: string, value: string | undefined, protocols: string[]): string | undefined {
  return value === undefined ? undefined : parseUrl(name, value, protocols);
}

/** A comma-separated list of origins (scheme, host and port only), each normalized as URL#origin gives it. */
function parseOrigins(name: string, value: string | undefined): string[] {
  return listItems(value).map((item) => {
    const url = URL.canParse(item) ? new URL(item) : undefined;
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== item.replace(/\/$/, '')) {
      throw new Error(
        `${name} must list origins such as https://so-a.gov.vn (scheme, host and port only), comma-separated; got "${item}".`,
      );
    }
    return url.origin;
  });
}
