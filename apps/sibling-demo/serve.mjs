// Serves the sibling demo site: index.html with the portal's origin written in, its stylesheet and its own
// script (dist/site.js), under a strict Content-Security-Policy (no inline script, no eval, no inline style but the
// server-rendered widgets' own stylesheets by hash; scripts, images and API calls only from itself and the portal).
// A block `<!--#render WIDGET?QUERY--> … <!--#end-->` is replaced by the portal's server-rendered fragment of the
// widget (`GET /embed/render/WIDGET?QUERY`), a server-side include; when the portal cannot render it, the block's
// own client-only element stays. `node serve.mjs` starts it on SIBLING_PORT (8081) for the portal at PORTAL_URL
// (http://127.0.0.1:8080); tests import startSiblingDemo().
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const FILES = {
  '/': { path: here('index.html'), type: 'text/html; charset=utf-8' },
  '/site.css': { path: here('site.css'), type: 'text/css; charset=utf-8' },
  '/site.js': { path: here('dist/site.js'), type: 'text/javascript; charset=utf-8' },
};

/**
 * The policy of the sibling page: everything from itself or the portal, no eval, nothing inline but the stylesheets
 * of the server-rendered widgets, by their hashes (`styleHashes`, from the fragments' `X-Style-Hashes`).
 */
export function contentSecurityPolicy(portal, styleHashes = []) {
  return [
    "default-src 'none'",
    `script-src 'self' ${portal}`,
    ["style-src 'self'", ...styleHashes].join(' '),
    `img-src 'self' ${portal} data:`,
    `connect-src ${portal}`,
    `form-action 'self' ${portal}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Starts the site for the portal at `portal` (an origin); resolves to `{ origin, close }`. */
export async function startSiblingDemo({ portal, port = 0, host = '127.0.0.1' }) {
  const server = createServer(async (request, response) => {
    const file = FILES[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    let body = await readFile(file.path, 'utf8').catch(() => undefined);
    if (body === undefined) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`${file.path} is missing: run npm run build first.`);
      return;
    }
    const styleHashes = new Set();
    if (request.url === '/' || request.url?.startsWith('/?'))
      body = await include(body.replaceAll('{{PORTAL}}', portal), portal, styleHashes);
    response.writeHead(200, {
      'content-type': file.type,
      'content-security-policy': contentSecurityPolicy(portal, [...styleHashes]),
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(port, host, resolve));
  const origin = `http://${host}:${server.address().port}`;
  return { origin, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Replaces each `<!--#render …-->…<!--#end-->` block by the portal's fragment, adding its style hashes to `hashes`. */
async function include(page, portal, hashes) {
  const blocks = [...page.matchAll(/<!--#render ([a-z-]+\?[^>]*?)-->[\s\S]*?<!--#end-->/g)];
  const fragments = await Promise.all(
    blocks.map(async ([block, what]) => {
      try {
        const response = await fetch(`${portal}/embed/render/${what}`, { signal: AbortSignal.timeout(3000) });
        if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
        for (const hash of (response.headers.get('x-style-hashes') ?? '').split(' ').filter(Boolean)) hashes.add(hash);
        return [block, await response.text()];
      } catch (error) {
        console.warn(`The portal could not render ${what}: ${error.message}; the page keeps its client-only element.`);
        return [block, block];
      }
    }),
  );
  for (const [block, fragment] of fragments) page = page.replace(block, () => fragment);
  return page;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const portal = (process.env.PORTAL_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
  const { origin } = await startSiblingDemo({
    portal,
    port: Number(process.env.SIBLING_PORT ?? 8081),
    host: process.env.HOST ?? '127.0.0.1',
  });
  console.log(`Sibling demo site (embeds the widgets of ${portal}) is running at ${origin}/`);
}
