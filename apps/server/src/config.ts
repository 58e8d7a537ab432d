import { isIP } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBackupSettings, type BackupSettings } from './backup/schedule.js';

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
   * Absolute path of the folder holding earlier releases' embed bundles, one folder per version (EMBED_VERSIONS_DIR;
   * `${DATA_DIR}/embed-versions` by default), served under /embed/v<version>/ beside the current build's.
   */
  embedVersionsDir: string;
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
  /** NODE_ENV is `production`: insecure settings are refused, and nothing is seeded unless SEED_DEMO asks for it. */
  production: boolean;
  /**
   * What a new, empty store gets on first start (SEED_DEMO): `all`, the demo content and a year of demo visits (the
   * default outside production); `content`, the demo content alone; `none` (the production default).
   */
  seedDemo: SeedDemo;
  /** The bearer token that opens `/metrics` on the main listener (METRICS_TOKEN); without it, 404 there. */
  metricsToken: string | undefined;
  /** A separate listener for `/metrics` alone (METRICS_PORT, on METRICS_HOST, 127.0.0.1 by default), or none. */
  metricsListen: { host: string; port: number } | undefined;
  /** Where backups go, when the server takes one by itself and how many it keeps (BACKUP_*, docs/deploy.md). */
  backup: BackupSettings;
}

export const SEED_DEMO_VALUES = ['all', 'content', 'none'] as const;
export type SeedDemo = (typeof SEED_DEMO_VALUES)[number];

/** All the problems of an environment, one line each; its message is those lines. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** The Vite build output of apps/embed; the same relative path from src/ (tsx) and dist/ (built). */
const DEFAULT_EMBED_DIR = fileURLToPath(new URL('../../embed/dist', import.meta.url));
const NODE_ENVS = ['production', 'development', 'test'];
/** SEED_DEMO's spellings: 1/true/yes/all, content, 0/false/no/none. */
const SEED_DEMO_WORDS: Record<string, SeedDemo> = {
  '1': 'all',
  true: 'all',
  yes: 'all',
  all: 'all',
  content: 'content',
  '0': 'none',
  false: 'none',
  no: 'none',
  none: 'none',
};
/** The shortest METRICS_TOKEN accepted in production. */
const MIN_PRODUCTION_TOKEN_LENGTH = 32;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/**
 * Reads the server settings from environment variables. Unset or empty variables take their defaults. Every
 * invalid value, and with NODE_ENV=production every insecure setting, is a problem: a ConfigError lists them all,
 * one line each, naming the variable (and the value, passwords masked).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const read = (name: string): string | undefined => env[name]?.trim() || undefined;
  const problems: string[] = [];
  /** `parse()`, or `fallback` when it throws: its message is one more problem. */
  const check = <T>(parse: () => T, fallback: T): T => {
    try {
      return parse();
    } catch (error) {
      problems.push((error as Error).message);
      return fallback;
    }
  };

  const nodeEnv = read('NODE_ENV');
  if (nodeEnv !== undefined && !NODE_ENVS.includes(nodeEnv)) {
    problems.push(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (or unset); got "${nodeEnv}".`);
  }
  const production = nodeEnv === 'production';

  const port = check(() => parsePort('PORT', read('PORT') ?? '8080'), 8080);
  const host = read('HOST') ?? '127.0.0.1';
  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!isLogLevel(logLevel)) problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}; got "${logLevel}".`);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const dataDir = resolve(read('DATA_DIR') ?? './data');

  const publicUrlValue = read('PUBLIC_URL');
  const publicUrl = check(
    () => parseUrl('PUBLIC_URL', publicUrlValue ?? `http://${urlHost}:${port}`, ['http:', 'https:']).replace(/\/+$/, ''),
    `http://${urlHost}:${port}`,
  );
  const redisUrl = check(() => optionalUrl('REDIS_URL', read('REDIS_URL'), ['redis:', 'rediss:']), undefined);
  const authAllowedOrigins = check(() => parseOrigins('AUTH_ALLOWED_ORIGINS', read('AUTH_ALLOWED_ORIGINS')), []);

  const seedValue = read('SEED_DEMO')?.toLowerCase();
  let seedDemo: SeedDemo = production ? 'none' : 'all';
  if (seedValue !== undefined) {
    if (seedValue in SEED_DEMO_WORDS) seedDemo = SEED_DEMO_WORDS[seedValue];
    else problems.push(`SEED_DEMO must be 1 (demo content and visits), content (demo content only) or 0 (nothing); got "${seedValue}".`);
  }

  const metricsToken = read('METRICS_TOKEN');
  if (metricsToken !== undefined && !/^[\x21-\x7e]{16,256}$/.test(metricsToken)) {
    problems.push('METRICS_TOKEN must be 16 to 256 printable characters without spaces (its value is not shown).');
  }
  const metricsPort = check(() => optionalPort('METRICS_PORT', read('METRICS_PORT')), undefined);
  const metricsHost = read('METRICS_HOST');
  if (metricsHost !== undefined && metricsPort === undefined)
    problems.push('METRICS_HOST needs METRICS_PORT: the port of the metrics listener.');
  if (metricsPort !== undefined && metricsPort === port && (metricsHost ?? '127.0.0.1') === host) {
    problems.push(`METRICS_PORT must differ from PORT (${port}): /metrics gets a listener of its own.`);
  }

  if (production) {
    // Session cookies are Secure, and browsers keep them, only over https: a plain-http portal cannot sign anyone in safely.
    if (publicUrlValue === undefined) {
      problems.push('PUBLIC_URL must be set in production: the absolute https URL of the portal as browsers see it.');
    } else if (URL.canParse(publicUrlValue) && new URL(publicUrlValue).protocol === 'http:') {
      problems.push(
        `PUBLIC_URL must be an absolute https URL in production (session cookies are sent over https only); got "${publicUrl}".`,
      );
    }
    for (const origin of authAllowedOrigins.filter((item) => item.startsWith('http:'))) {
      problems.push(`AUTH_ALLOWED_ORIGINS must list https origins in production; got "${origin}".`);
    }
    if (metricsToken !== undefined && metricsToken.length < MIN_PRODUCTION_TOKEN_LENGTH) {
      problems.push(`METRICS_TOKEN must be at least ${MIN_PRODUCTION_TOKEN_LENGTH} characters in production (e.g. openssl rand -hex 32).`);
    }
    if (redisUrl !== undefined && URL.canParse(redisUrl)) {
      const redis = new URL(redisUrl);
      if (redis.password === '' && !LOOPBACK_HOSTS.has(redis.hostname)) {
        problems.push('REDIS_URL must carry a password (redis://:PASSWORD@host) for a Redis on another host in production.');
      }
    }
  }

  const config: Config = {
    port,
    host,
    dataDir,
    mediaDir: resolve(read('MEDIA_DIR') ?? join(dataDir, 'media')),
    publicUrl,
    databaseUrl: check(() => optionalUrl('DATABASE_URL', read('DATABASE_URL'), ['postgres:', 'postgresql:']), undefined),
    redisUrl,
    redisPrefix: check(() => parsePrefix(read('REDIS_PREFIX') ?? 'ap:'), 'ap:'),
    logLevel: logLevel as LogLevel,
    embedDir: resolve(read('EMBED_DIR') ?? DEFAULT_EMBED_DIR),
    embedVersionsDir: resolve(read('EMBED_VERSIONS_DIR') ?? join(dataDir, 'embed-versions')),
    authAllowedOrigins,
    trustProxy: check(() => parseAddresses('TRUST_PROXY', read('TRUST_PROXY')), []),
    production,
    seedDemo,
    metricsToken,
    metricsListen: metricsPort === undefined ? undefined : { host: metricsHost ?? '127.0.0.1', port: metricsPort },
    backup: check(() => loadBackupSettings(env), loadBackupSettings({})),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

function parsePort(name: string, value: string): number {
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new Error(`${name} must be a whole number from 1 to 65535; got "${value}".`);
  }
  return port;
}

function optionalPort(name: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : parsePort(name, value);
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
