// A real local HTTP server for the feeds-in tests: it serves the fixture corpus (test/fixtures/feeds) and the
// misbehaviours a feed server can show (redirects, no answer, endless or oversized bodies, errors).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { GuardExemption, Resolver } from '../src/feeds-in/fetch.js';

export const FIXTURES_DIR = fileURLToPath(new URL('./fixtures/feeds/', import.meta.url));

const TYPES: Record<string, string> = {
  '.rss': 'application/rss+xml',
  '.rdf': 'application/rdf+xml',
  '.atom': 'application/atom+xml',
  '.xml': 'application/xml',
  '.json': 'application/feed+json',
  '.html': 'text/html',
};

/** Fixtures whose charset is only given by the HTTP header. */
const HEADER_CHARSETS: Record<string, string> = { 'made/windows-1251-http-only.rss': 'windows-1251' };

export interface FixtureServer {
  port: number;
  /** `http://127.0.0.1:<port><path>` */
  url(path: string): string;
  /** The guard exemption for this server only (every other loopback or private address stays refused). */
  exemption: GuardExemption;
  /** Requests received, by path (without the query). */
  hits: Map<string, number>;
  /** Paths answered with HTTP 500 while listed here. */
  failing: Set<string>;
  /** For the concurrency test: requests to /hold/ are held until `holdUntil(inFlight)` is true. */
  hold: { inFlight: number; maxInFlight: number; releaseWhen: (inFlight: number) => boolean; waiting: Array<() => void> };
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const failing = new Set<string>();
  const hold: FixtureServer['hold'] = { inFlight: 0, maxInFlight: 0, releaseWhen: () => true, waiting: [] };
  const open = new Set<ServerResponse>();

  const server: Server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    handle(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  async function serveFixture(req: IncomingMessage, res: ServerResponse, relative: string, gzip = false) {
    const file = normalize(relative);
    if (file.startsWith('..')) return notFound(res);
    let body: Buffer;
    try {
      body = await readFile(join(FIXTURES_DIR, file));
    } catch {
      return notFound(res);
    }
    const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
    const lastModified = 'Wed, 25 Nov 2026 10:00:00 GMT';
    const charset = HEADER_CHARSETS[file];
    res.setHeader('content-type', (TYPES[extname(file)] ?? 'application/octet-stream') + (charset ? `; charset=${charset}` : ''));
    res.setHeader('etag', etag);
    res.setHeader('last-modified', lastModified);
    if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
      res.statusCode = 304;
      return res.end();
    }
    if (gzip) {
      res.setHeader('content-encoding', 'gzip');
      return res.end(gzipSync(body));
    }
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://fixture.invalid');
    const path = url.pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (failing.has(path)) {
      res.statusCode = 500;
      return res.end('failing on purpose');
    }

    if (path.startsWith('/real/') || path.startsWith('/made/')) return serveFixture(req, res, path.slice(1));
    if (path.startsWith('/gzip/')) return serveFixture(req, res, path.slice('/gzip/'.length), true);
    if (path.startsWith('/hold/')) {
      hold.inFlight++;
      hold.maxInFlight = Math.max(hold.maxInFlight, hold.inFlight);
      await new Promise<void>((release) => {
        hold.waiting.push(release);
        if (hold.releaseWhen(hold.inFlight)) for (const next of hold.waiting.splice(0)) next();
      });
      hold.inFlight--;
      return serveFixture(req, res, path.slice('/hold/'.length));
    }
    if (path === '/redirect') {
      res.statusCode = Number(url.searchParams.get('status') ?? 302);
      res.setHeader('location', url.searchParams.get('to') ?? '/');
      return res.end();
    }
    const chain = /^\/chain\/(\d+)$/.exec(path);
    if (chain) {
      const left = Number(chain[1]);
      res.statusCode = 301;
      res.setHeader('location', left > 1 ? `/chain/${left - 1}` : '/made/vn-portal.rss');
      return res.end();
    }
    if (path === '/no-answer') return; // Never answers; closed when the server closes.
    if (path === '/slow-body') {
      res.setHeader('content-type', 'application/rss+xml');
      res.write('<?xml version="1.0"?><rss version="2.0"><channel><title>slow</title>');
      const timer = setInterval(() => res.write(' '), 50);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (path === '/endless') {
      // No Content-Length: the size is only known by counting.
      res.setHeader('content-type', 'application/rss+xml');
      const chunk = Buffer.alloc(16 * 1024, 0x20);
      const write = () => {
        while (res.write(chunk));
      };
      res.on('drain', write);
      write();
      return;
    }
    if (path === '/declared-huge') {
      res.setHeader('content-type', 'application/rss+xml');
      res.setHeader('content-length', String(50 * 1024 * 1024));
      return res.write('<rss>');
    }
    if (path === '/gzip-bomb') {
      res.setHeader('content-type', 'application/rss+xml');
      res.setHeader('content-encoding', 'gzip');
      return res.end(gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20)));
    }
    const status = /^\/status\/(\d{3})$/.exec(path);
    if (status) {
      res.statusCode = Number(status[1]);
      return res.end('status');
    }
    return notFound(res);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: (path) => `http://127.0.0.1:${port}${path}`,
    exemption: { address: '127.0.0.1', port },
    hits,
    failing,
    hold,
    async close() {
      for (const release of hold.waiting.splice(0)) release();
      for (const res of open) res.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function notFound(res: ServerResponse) {
  res.statusCode = 404;
  res.end('not found');
}

/**
 * A resolver for tests: names resolve only as listed here (nothing is ever looked up for real). Unknown names
 * fail like an unknown host.
 */
export function fakeResolver(names: Record<string, string[]>): Resolver {
  return async (hostname) => {
    const addresses = names[hostname];
    if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}
