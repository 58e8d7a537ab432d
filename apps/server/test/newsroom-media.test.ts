// The newsroom's image uploads on the real server, on SQLite and on PostgreSQL, with images made here by sharp:
// EXIF orientation applied, metadata gone, alpha flattened for JPEG, CMYK to sRGB, the widths in WebP and JPEG
// served with immutable caching, the same picture stored once; and files that must be refused (a script named
// .jpg, SVG, GIF, a decompression bomb, a truncated JPEG, an oversized body) refused fast, storing nothing.
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { readdir } from 'node:fs/promises';
import { test } from 'node:test';
import sharp from 'sharp';
import { mediaSources } from '../src/media/sources.js';
import { storeBackends, describeStore } from './pg-support.js';
import { startNewsroomServer, type NewsroomServer, type Who, EVIL } from './newsroom-support.js';

/**
 * A landscape 1600 x 1200 JPEG stored sideways (EXIF orientation 6: turn 90° clockwise to show), left half red, right half blue,
 * with a description and a GPS position in its EXIF.
 */
const exifPhoto = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#0000ff' } })
  .composite([{ input: { create: { width: 800, height: 1200, channels: 3, background: '#ff0000' } }, left: 0, top: 0 }])
  .jpeg({ quality: 90 })
  .withExif({
    IFD0: { ImageDescription: 'Ghi chu bi mat', Copyright: 'Chu so huu' },
    IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 51/1 0/1' },
  })
  .withMetadata({ orientation: 6 })
  .toBuffer();
/** The same with a JPEG comment (a COM segment after the start marker). */
const comment = Buffer.from('Binh luan an trong anh');
const sideways = Buffer.concat([
  exifPhoto.subarray(0, 2),
  Buffer.from([0xff, 0xfe, (comment.length + 2) >> 8, (comment.length + 2) & 0xff]),
  comment,
  exifPhoto.subarray(2),
]);
/** A 500 x 400 PNG, transparent but for a black square in the middle. */
const transparent = await sharp({ create: { width: 500, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
  .composite([{ input: { create: { width: 100, height: 100, channels: 4, background: '#000000' } }, left: 200, top: 150 }])
  .png()
  .toBuffer();
/** A red CMYK JPEG, as print shops send them. */
const cmyk = await sharp({ create: { width: 700, height: 300, channels: 3, background: '#ff0000' } })
  .toColourspace('cmyk')
  .jpeg()
  .toBuffer();
/** A WebP narrower than the smallest width. */
const small = await sharp({ create: { width: 200, height: 150, channels: 3, background: '#30a050' } })
  .webp()
  .toBuffer();
/** A noisy JPEG (so its data is long), cut off at 60 %. */
const noisy = await sharp({
  create: { width: 1200, height: 900, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 50 } },
})
  .jpeg()
  .toBuffer();
const truncated = noisy.subarray(0, Math.floor(noisy.length * 0.6));
/** 16000 x 16000 white pixels (256 megapixels, a gigabyte decoded) in a few hundred KB of PNG. */
const bomb = await sharp(Buffer.from([255]), { raw: { width: 1, height: 1, channels: 1 } })
  .resize(16000, 16000, { kernel: 'nearest' })
  .toColourspace('b-w')
  .png({ compressionLevel: 9, adaptiveFiltering: false })
  .toBuffer();
const gif = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#ff0000' } })
  .gif()
  .toBuffer();
const php = Buffer.from('<?php system($_GET["cmd"]); ?>\n');
const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>');

for (const backend of await storeBackends()) {
  describeStore(backend, 'newsroom media API', ({ test, before, after }) => {
    let server: NewsroomServer;
    before(async () => (server = await startNewsroomServer(backend)));
    after(() => server.close());

    const upload = (body: Buffer, type: string, who: Who = 'editor', headers: Record<string, string> = {}) =>
      server.call(who, 'POST', '/api/v1/media', body, { 'content-type': type, ...headers });
    /** The files in the media folder, the media rows and the audit entries: a refused upload changes none of them. */
    const snapshot = async () => ({
      files: (await readdir(server.config.mediaDir)).sort(),
      media: (await server.store.listMedia({ offset: 0, limit: 1 })).total,
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const fetchImage = async (url: string) => {
      const response = await fetch(url);
      assert.equal(response.status, 200, url);
      return { response, data: Buffer.from(await response.arrayBuffer()) };
    };

    test('a sideways phone photo is stored upright, in the widths it has, as WebP and JPEG, without its EXIF', async () => {
      assert.ok(sideways.includes(comment) && (await sharp(sideways).metadata()).exif !== undefined, 'the upload has them');
      const { status, body, headers } = await upload(sideways, 'image/jpeg');
      assert.equal(status, 201, JSON.stringify(body));
      assert.equal(headers.get('location'), `/api/v1/media/${body.id}`);
      assert.equal(headers.get('cache-control'), 'no-store');
      assert.deepEqual([body.width, body.height], [1200, 1600], 'portrait, as the camera meant it');
      assert.equal(body.uploadedBy, 'bientap');
      const widths = (type: string) =>
        body.files.filter((file: { type: string }) => file.type === type).map((file: { width: number }) => file.width);
      // The standard widths under its own, then its own: the sharpest rendition is the picture itself.
      assert.deepEqual(widths('image/webp'), [320, 640, 960, 1200]);
      assert.deepEqual(widths('image/jpeg'), [320, 640, 960, 1200]);
      assert.match(body.url, new RegExp(`^${server.origin}/media/u/[0-9a-f]{16}-1200\\.jpg$`));
      assert.equal(body.srcset.webp, [320, 640, 960, 1200].map((w) => body.url.replace('-1200.jpg', `-${w}.webp ${w}w`)).join(', '));
      assert.equal(body.srcset.jpeg, [320, 640, 960, 1200].map((w) => body.url.replace('-1200.jpg', `-${w}.jpg ${w}w`)).join(', '));
      assert.equal(body.sizes, '(max-width: 1200px) 100vw, 1200px');

      for (const file of body.files) {
        const { response, data } = await fetchImage(file.url);
        assert.equal(response.headers.get('content-type'), file.type);
        assert.equal(response.headers.get('cache-control'), 'public, max-age=31536000, immutable');
        assert.equal(data.length, file.bytes);
        const meta = await sharp(data).metadata();
        assert.equal(meta.format, file.type === 'image/webp' ? 'webp' : 'jpeg');
        assert.deepEqual([meta.width, meta.height], [file.width, Math.round((file.width * 4) / 3)]);
        assert.equal(meta.exif, undefined, `${file.url} has no EXIF`);
        assert.equal(meta.xmp, undefined);
        assert.equal(meta.orientation, undefined);
        assert.ok(!data.includes('Ghi chu bi mat') && !data.includes('Chu so huu'), 'the EXIF text is gone');
        assert.ok(!data.includes(comment), 'the comment is gone');
      }
      // Upright: the left (red) half of the stored pixels is now the top.
      const { data } = await fetchImage(body.url);
      const { data: pixels, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [...pixels.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3)];
      assert.ok(at(480, 100)[0] > 200 && at(480, 100)[2] < 60, `top is red: ${at(480, 100)}`);
      assert.ok(at(480, 1180)[2] > 200 && at(480, 1180)[0] < 60, `bottom is blue: ${at(480, 1180)}`);

      const [entry] = (await server.store.listAudit({ offset: 0, limit: 1, action: 'media.upload' })).items;
      assert.equal(entry.target.id, String(body.id));
      assert.equal(entry.actor.username, 'bientap');
    });

    test('the same picture uploaded again is the stored one: no new files, row or audit entry', async () => {
      const first = await upload(transparent, 'image/png');
      assert.equal(first.status, 201);
      const before = await snapshot();
      const again = await upload(transparent, 'image/png', 'admin');
      assert.equal(again.status, 200);
      assert.equal(again.body.id, first.body.id);
      assert.equal(again.body.uploadedBy, 'bientap');
      assert.deepEqual(await snapshot(), before);
    });

    test('a PNG with transparency is flattened onto white in JPEG and keeps its alpha in WebP', async () => {
      const { body } = await upload(transparent, 'image/png');
      assert.deepEqual([body.width, body.height], [500, 400]);
      assert.deepEqual(
        body.files.map((file: { width: number; type: string }) => `${file.width} ${file.type}`),
        ['320 image/webp', '320 image/jpeg', '500 image/webp', '500 image/jpeg'],
      );
      const jpeg = await sharp((await fetchImage(body.url)).data)
        .raw()
        .toBuffer({ resolveWithObject: true });
      assert.equal(jpeg.info.channels, 3);
      assert.deepEqual([...jpeg.data.subarray(0, 3)], [255, 255, 255], 'a transparent corner is white, not black');
      const webp = body.files.find((file: { type: string }) => file.type === 'image/webp');
      assert.equal((await sharp((await fetchImage(webp.url)).data).metadata()).hasAlpha, true);
    });

    test('a CMYK JPEG becomes sRGB; a WebP narrower than 320 keeps its own width', async () => {
      const { status, body } = await upload(cmyk, 'image/jpeg');
      assert.equal(status, 201, JSON.stringify(body));
      const { data, info } = await sharp((await fetchImage(body.url)).data)
        .raw()
        .toBuffer({ resolveWithObject: true });
      assert.equal((await sharp((await fetchImage(body.url)).data).metadata()).space, 'srgb');
      assert.equal(info.channels, 3);
      assert.ok(data[0] > 200 && data[1] < 80 && data[2] < 80, `red stays red: ${[...data.subarray(0, 3)]}`);

      const narrow = await upload(small, 'image/webp');
      assert.equal(narrow.status, 201);
      assert.deepEqual(
        narrow.body.files.map((file: { width: number; height: number }) => [file.width, file.height]),
        [
          [200, 150],
          [200, 150],
        ],
      );
    });

    test('a JPEG with a script appended is stored re-encoded: the script is not in any file', async () => {
      const polyglot = Buffer.concat([noisy, php]);
      const { status, body } = await upload(polyglot, 'image/jpeg');
      assert.equal(status, 201);
      for (const file of body.files) assert.ok(!(await fetchImage(file.url)).data.includes('<?php'));
      const names = await readdir(server.config.mediaDir);
      assert.ok(
        names.every((name) => /^[0-9a-f]{16}-\d+\.(webp|jpg)$/.test(name)),
        `only renditions: ${names.join(', ')}`,
      );
    });

    const refusals: [name: string, body: () => Buffer, type: string, status: number, code: string, message: RegExp][] = [
      ['a PHP script named .jpg', () => php, 'image/jpeg', 415, 'unsupported_media_type', /PHP script, not a JPEG, PNG or WebP/],
      ['an SVG with a script, as image/jpeg', () => svg, 'image/jpeg', 415, 'unsupported_media_type', /SVG drawing/],
      ['an SVG as image/svg+xml', () => svg, 'image/svg+xml', 415, 'unsupported_media_type', /not image\/svg\+xml/],
      ['a GIF', () => gif, 'image/png', 415, 'unsupported_media_type', /GIF image/],
      ['JSON', () => Buffer.from('{"url":"http://x"}'), 'application/json', 415, 'unsupported_media_type', /image file itself/],
      [
        'a script behind JPEG magic bytes',
        () => Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), php]),
        'image/jpeg',
        422,
        'invalid_image',
        /cannot be read/,
      ],
      ['a truncated JPEG', () => truncated, 'image/jpeg', 422, 'invalid_image', /damaged or incomplete/],
      ['an empty body', () => Buffer.alloc(0), 'image/jpeg', 422, 'invalid_image', /no file/],
    ];
    for (const [name, body, type, status, code, message] of refusals) {
      test(`${name} is refused with ${status} ${code} and nothing is stored`, async () => {
        const before = await snapshot();
        const answer = await upload(body(), type);
        assert.equal(answer.status, status, JSON.stringify(answer.body));
        assert.equal(answer.body.error.code, code);
        assert.match(answer.body.error.message, message);
        assert.deepEqual(await snapshot(), before);
      });
    }

    test('a decompression bomb (16000 x 16000 PNG) is refused at once with 413, never decoded', async () => {
      assert.ok(bomb.length < 1024 * 1024, `the bomb is small: ${bomb.length} bytes`);
      const before = await snapshot();
      const started = performance.now();
      const answer = await upload(bomb, 'image/png');
      const ms = performance.now() - started;
      assert.equal(answer.status, 413);
      assert.equal(answer.body.error.code, 'image_too_large');
      assert.match(answer.body.error.message, /16000 x 16000 pixels \(256 megapixels\); at most 40 megapixels/);
      assert.ok(ms < 1000, `refused in ${Math.round(ms)} ms`);
      assert.deepEqual(await snapshot(), before);
    });

    test('a 50 MB body is refused with 413 from its Content-Length, before it is read', async () => {
      const before = await snapshot();
      const size = 50 * 1024 * 1024;
      let sent = 0;
      const cookie = await server.cookie('editor');
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        let answered = false;
        const request = httpRequest(server.url('/api/v1/media'), {
          method: 'POST',
          headers: { origin: server.origin, 'content-type': 'image/jpeg', 'content-length': String(size), cookie },
        });
        request.on('response', (response) => {
          answered = true;
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        });
        request.on('error', (error) => (answered ? undefined : reject(error)));
        const chunk = Buffer.alloc(1024 * 1024);
        const write = () => {
          while (!answered && sent < size) {
            sent += chunk.length;
            if (!request.write(chunk)) return void request.once('drain', write);
          }
          if (!answered) request.end();
        };
        write();
      });
      assert.equal(answer.status, 413, answer.body);
      assert.equal(JSON.parse(answer.body).error.code, 'payload_too_large');
      assert.ok(sent < size, `the answer came before the whole body was sent (${sent} of ${size} bytes)`);
      assert.deepEqual(await snapshot(), before);
    });

    test('a body without Content-Length is refused with 413 once it passes 20 MB', async () => {
      const before = await snapshot();
      const cookie = await server.cookie('editor');
      const chunk = Buffer.alloc(1024 * 1024);
      // Sent in chunks (no Content-Length) until the server answers or cuts the connection. Whether the client reads
      // the 413 before its next write fails is a race of the two sockets: a cut after more than 20 MB is the same refusal.
      const outcome = await new Promise<{ status?: number; code?: string; error?: string; sent: number }>((resolve) => {
        let sent = 0;
        let done = false;
        const finish = (result: { status?: number; code?: string; error?: string }) => {
          if (!done) resolve({ ...result, sent });
          done = true;
        };
        const req = httpRequest(server.url('/api/v1/media'), {
          method: 'POST',
          headers: { origin: server.origin, 'content-type': 'image/png', cookie, 'transfer-encoding': 'chunked' },
        });
        req.on('response', (response) => {
          let text = '';
          response.on('data', (data) => (text += data));
          response.on('end', () =>
            finish({ status: response.statusCode, code: (JSON.parse(text) as { error: { code: string } }).error.code }),
          );
        });
        req.on('error', (error: NodeJS.ErrnoException) => finish({ error: error.code }));
        const write = () => {
          while (!done && sent < 30 * chunk.length) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', write);
          }
          if (!done) req.end();
        };
        write();
      });
      if (outcome.status !== undefined) {
        assert.equal(outcome.status, 413);
        assert.equal(outcome.code, 'payload_too_large');
      } else {
        assert.ok(['EPIPE', 'ECONNRESET'].includes(outcome.error ?? ''), `unexpected error ${outcome.error}`);
        assert.ok(outcome.sent > 20 * chunk.length, `cut after ${outcome.sent} bytes only`);
      }
      assert.deepEqual(await snapshot(), before);
    });

    test('only staff: anonymous 401 (before the body is read), editors and admins upload and list; a foreign Origin 403', async () => {
      const before = await snapshot();
      const anonymous = await upload(small, 'image/webp', 'anonymous');
      assert.equal(anonymous.status, 401);
      assert.equal(anonymous.body.error.code, 'unauthenticated');
      assert.equal((await server.call('anonymous', 'GET', '/api/v1/media')).status, 401);
      assert.equal((await server.call('anonymous', 'GET', '/api/v1/media/1')).status, 401);
      const foreign = await upload(sideways, 'image/jpeg', 'editor', { origin: EVIL });
      assert.equal(foreign.status, 403);
      assert.equal(foreign.body.error.code, 'forbidden_origin');
      assert.deepEqual(await snapshot(), before);

      for (const who of ['editor', 'admin'] as const) {
        const list = await server.call(who, 'GET', '/api/v1/media');
        assert.equal(list.status, 200, who);
        assert.equal(list.headers.get('cache-control'), 'no-store');
      }
    });

    test('the list is newest first and paginated; one image by id; 404 and 400 for unknown and malformed ids', async () => {
      const all = (await server.call('editor', 'GET', '/api/v1/media?pageSize=100')).body;
      assert.ok(all.total >= 5);
      const ids = all.items.map((item: { id: number }) => item.id);
      assert.deepEqual(
        ids,
        [...ids].sort((a: number, b: number) => b - a),
        'newest first (same clock: by id)',
      );
      const second = (await server.call('editor', 'GET', '/api/v1/media?page=2&pageSize=2')).body;
      assert.deepEqual(
        second.items.map((item: { id: number }) => item.id),
        ids.slice(2, 4),
      );
      assert.equal(second.totalPages, Math.ceil(all.total / 2));
      const one = await server.call('admin', 'GET', `/api/v1/media/${ids[0]}`);
      assert.deepEqual(one.body, all.items[0]);
      assert.equal((await server.call('editor', 'GET', '/api/v1/media/999999')).status, 404);
      assert.equal((await server.call('editor', 'GET', '/api/v1/media/abc')).status, 400);
      assert.equal((await server.call('editor', 'GET', '/api/v1/media?pageSize=1000')).status, 400);
    });
  });
}

test('mediaSources builds srcset and sizes from a record, smallest first', () => {
  const file = (width: number, type: 'image/webp' | 'image/jpeg') => ({
    name: `abc-${width}.${type === 'image/webp' ? 'webp' : 'jpg'}`,
    width,
    height: width / 2,
    type,
    bytes: 1,
  });
  const sources = mediaSources(
    { files: [file(640, 'image/jpeg'), file(320, 'image/webp'), file(320, 'image/jpeg'), file(640, 'image/webp')] },
    'https://x.vn',
  );
  assert.deepEqual(sources, {
    url: 'https://x.vn/media/u/abc-640.jpg',
    width: 640,
    height: 320,
    srcset: {
      webp: 'https://x.vn/media/u/abc-320.webp 320w, https://x.vn/media/u/abc-640.webp 640w',
      jpeg: 'https://x.vn/media/u/abc-320.jpg 320w, https://x.vn/media/u/abc-640.jpg 640w',
    },
    sizes: '(max-width: 640px) 100vw, 640px',
  });
});
