import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { Writable, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { blockedReason } from './address.js';
import { FeedError } from './errors.js';

/** Resolves a host name to all its addresses, like `dns.lookup(name, { all: true })`. */
export type Resolver = (hostname: string) => Promise<Array<{ address: string; family: number }>>;

/** One address and port that the guard lets through although it is not public. Only code can pass these. */
export interface GuardExemption {
  address: string;
  port: number;
}

export interface FetchFeedOptions {
  /** Name resolution; the system resolver by default. Tests make names resolve where they need. */
  resolve?: Resolver;
  /**
   * Non-public address:port pairs that may be fetched from all the same. Never read from configuration: it
   * exists so that tests can reach their local fixture server while every other address stays guarded.
   */
  exemptions?: readonly GuardExemption[];
  /** The whole fetch, redirects and body included, must finish within this many milliseconds. */
  timeoutMs?: number;
  /** The largest body accepted, in bytes, after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Validators from the previous answer, for a conditional GET. */
  etag?: string | null;
  lastModified?: string | null;
  userAgent?: string;
  /** Cancels the fetch (it then fails with a timeout error). */
  signal?: AbortSignal;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  userAgent: 'AgencyPortal-FeedReader/1.0',
} as const;

export type FetchResult =
  | { notModified: true; url: string }
  | {
      notModified: false;
      /** The URL the body came from (after redirects). */
      url: string;
      body: Buffer;
      contentType: string | undefined;
      etag: string | null;
      lastModified: string | null;
    };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * GETs a feed URL: http and https only; the name is resolved here and every address is checked (and then
 * connected to: the check and the connection use the same address); redirects are followed by hand, each
 * one checked the same way; the time, body size and redirect count are capped. Throws a FeedError.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  if (options.signal?.aborted) controller.abort();
  try {
    let current = checkUrl(url);
    for (let redirects = 0; ; redirects++) {
      const answer = await request(current, options, controller.signal).catch((error: unknown) => {
        if (controller.signal.aborted)
          throw new FeedError('timeout', `No complete answer from ${current.host} within ${timeoutMs / 1000} s.`);
        throw error;
      });
      if (answer.kind === 'redirect') {
        if (redirects >= maxRedirects)
          throw new FeedError('too_many_redirects', `More than ${maxRedirects} redirects (last to ${answer.location}).`);
        current = checkUrl(answer.location, current);
        continue;
      }
      return answer.kind === 'not-modified' ? { notModified: true, url: current.href } : { ...answer.result, url: current.href };
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** An absolute http(s) URL without credentials, resolved against `base` (a redirect's Location may be relative). */
function checkUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FeedError('bad_url', `"${text}" is not a valid URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FeedError('bad_url', `Only http and https URLs are fetched; got ${url.protocol.replace(/:$/, '')} (${url.href}).`);
  }
  if (url.username || url.password) throw new FeedError('bad_url', 'Feed URLs may not carry a user name or password.');
  return url;
}

function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
}

/** The reason an address may not be connected to, taking the exemptions into account. */
function refusal(address: string, port: number, exemptions: readonly GuardExemption[]): string | undefined {
  const reason = blockedReason(address);
  if (reason === undefined) return undefined;
  return exemptions.some((exemption) => exemption.address === address && exemption.port === port) ? undefined : reason;
}

type Answer =
  | { kind: 'redirect'; location: string }
  | { kind: 'not-modified' }
  | { kind: 'body'; result: Omit<Extract<FetchResult, { notModified: false }>, 'url'> };

function request(url: URL, options: FetchFeedOptions, signal: AbortSignal): Promise<Answer> {
  const port = portOf(url);
  const exemptions = options.exemptions ?? [];
  const resolve = options.resolve ?? systemResolver;
  const hostname = url.hostname.replace(/^\[|\]$/g, '');

  // An IP literal is connected to without any lookup, so it is checked here.
  if (isIP(hostname)) {
    const reason = refusal(hostname, port, exemptions);
    if (reason) return Promise.reject(new FeedError('blocked_address', `Refused ${url.host}: ${reason}.`));
  }

  // The connection asks this function for the address: it resolves, checks every address, and hands over
  // only checked ones, so what was checked is what is connected to (no second lookup in between).
  const lookup: LookupFunction = (name, lookupOptions, callback) => {
    const checked = async () => {
      let addresses: Awaited<ReturnType<Resolver>>;
      try {
        addresses = await resolve(name);
      } catch (error) {
        throw new FeedError('dns_failed', `Could not resolve ${name}: ${(error as Error).message ?? error}.`);
      }
      if (addresses.length === 0) throw new FeedError('dns_failed', `${name} has no address.`);
      for (const { address } of addresses) {
        const reason = refusal(address, port, exemptions);
        if (reason) throw new FeedError('blocked_address', `Refused ${name}: it resolves to ${address}, and ${reason}.`);
      }
      const family = lookupOptions.family;
      const wanted = family === 4 || family === 6 ? addresses.filter((a) => a.family === family) : addresses;
      if (wanted.length === 0) throw new FeedError('dns_failed', `${name} has no IPv${family} address.`);
      return wanted;
    };
    checked().then(
      (wanted) => (lookupOptions.all ? callback(null, wanted) : callback(null, wanted[0].address, wanted[0].family)),
      (error: FeedError) => callback(error, '', 0),
    );
  };

  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? FETCH_DEFAULTS.userAgent,
    accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;

  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Answer>((resolvePromise, reject) => {
    const req = client.request(
      url,
      { method: 'GET', headers, lookup, signal, agent: false, timeout: options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs },
      (res) => {
        const status = res.statusCode ?? 0;
        if (REDIRECTS.has(status)) {
          res.resume();
          const location = res.headers.location;
          if (!location) return reject(new FeedError('http_status', `HTTP ${status} redirect without a Location header.`));
          return resolvePromise({ kind: 'redirect', location });
        }
        if (status === 304 && (options.etag || options.lastModified)) {
          res.resume();
          return resolvePromise({ kind: 'not-modified' });
        }
        if (status < 200 || status > 299) {
          res.resume();
          return reject(new FeedError('http_status', `HTTP ${status} ${res.statusMessage ?? ''}`.trim() + ` from ${url.href}.`));
        }
        readBody(res, options.maxBytes ?? FETCH_DEFAULTS.maxBytes).then(
          (body) =>
            resolvePromise({
              kind: 'body',
              result: {
                notModified: false,
                body,
                contentType: res.headers['content-type'],
                etag: res.headers.etag ?? null,
                lastModified: res.headers['last-modified'] ?? null,
              },
            }),
          reject,
        );
      },
    );
    req.on('timeout', () => req.destroy(new FeedError('timeout', `No answer from ${url.host}.`)));
    req.on('error', (error) => reject(error instanceof FeedError ? error : networkError(error, url)));
    req.end();
  });
}

function networkError(error: Error, url: URL): FeedError {
  if (error.name === 'AbortError') return new FeedError('timeout', `No complete answer from ${url.host} in time.`);
  const code = (error as NodeJS.ErrnoException).code;
  return new FeedError('network', `Could not fetch ${url.href}: ${code ? `${code} ` : ''}${error.message}`);
}

/** The body, decompressed, refused as soon as it passes `maxBytes` (declared or counted). */
async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new FeedError('too_large', `The feed is ${declared} bytes; at most ${maxBytes} are read.`);
  }
  const decoders: Record<string, () => NodeJS.ReadWriteStream> = {
    gzip: () => zlib.createGunzip(),
    'x-gzip': () => zlib.createGunzip(),
    deflate: () => zlib.createInflate(),
    br: () => zlib.createBrotliDecompress(),
  };
  if (encoding !== 'identity' && !(encoding in decoders)) {
    res.destroy();
    throw new FeedError('parse_failed', `Unsupported content encoding "${encoding}".`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new FeedError('too_large', `The feed is larger than ${maxBytes} bytes.`));
      chunks.push(chunk);
      done();
    },
  });
  const streams: Array<Readable | NodeJS.ReadWriteStream | Writable> = [res];
  if (encoding !== 'identity') streams.push(decoders[encoding]());
  streams.push(sink);
  try {
    await pipeline(streams as unknown as [Readable, Writable]);
  } catch (error) {
    res.destroy();
    if (error instanceof FeedError) throw error;
    if ((error as Error).name === 'AbortError') throw error;
    throw new FeedError('network', `The feed's body could not be read: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks);
}
