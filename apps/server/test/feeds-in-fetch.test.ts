import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { blockedReason, isPublicAddress } from '../src/feeds-in/address.js';
import { FeedError } from '../src/feeds-in/errors.js';
import { fetchFeed, type FetchFeedOptions } from '../src/feeds-in/fetch.js';
import { fakeResolver, startFixtureServer, type FixtureServer } from './feeds-in-fixture-server.js';

/** Runs `promise` and returns the FeedError it must fail with. */
async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof FeedError, `expected a FeedError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the fetch to fail');
}

describe('the address guard', () => {
  const refused = [
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '169.254.0.1',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '224.0.0.251',
    '239.255.255.250',
    '255.255.255.255',
    '192.0.2.1',
    '198.18.0.1',
    '::',
    '::1',
    '[::1]',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '[::ffff:127.0.0.1]',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
    'fe80::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    'fec0::1',
    '2001:db8::1',
    '2002:7f00:1::1',
    '2001::1',
    '100::1',
  ];
  for (const address of refused) {
    test(`refuses ${address}`, () => {
      assert.equal(isPublicAddress(address), false);
      assert.match(blockedReason(address) ?? '', /not a public address/);
    });
  }

  for (const address of [
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '2606:4700:4700::1111',
    '2a00:1450:4001::1',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ]) {
    test(`lets the public address ${address} through`, () => {
      assert.equal(blockedReason(address), undefined);
    });
  }

  test('something that is not an address is refused', () => {
    assert.equal(isPublicAddress('example.com'), false);
    assert.equal(isPublicAddress('1::2::3'), false);
  });
});

describe('fetching a feed', () => {
  let fixtures: FixtureServer;
  let other: FixtureServer;
  /** The guard with only the fixture server exempted; names resolve only as the test says. */
  let allowed: FetchFeedOptions;
  before(async () => {
    fixtures = await startFixtureServer();
    other = await startFixtureServer();
    allowed = { exemptions: [fixtures.exemption], resolve: fakeResolver({}) };
  });
  after(async () => {
    await fixtures.close();
    await other.close();
  });

  test('fetches a fixture, with validators, and then answers a conditional GET with "not modified"', async () => {
    const first = await fetchFeed(fixtures.url('/made/vn-portal.rss'), allowed);
    assert.equal(first.notModified, false);
    if (first.notModified) return;
    assert.match(first.body.toString('utf8'), /Sở Thông tin và Truyền thông/);
    assert.equal(first.contentType, 'application/rss+xml');
    assert.ok(first.etag);
    assert.equal(first.lastModified, 'Wed, 25 Nov 2026 10:00:00 GMT');

    const byEtag = await fetchFeed(fixtures.url('/made/vn-portal.rss'), { ...allowed, etag: first.etag });
    assert.equal(byEtag.notModified, true);
    const byDate = await fetchFeed(fixtures.url('/made/vn-portal.rss'), { ...allowed, lastModified: first.lastModified });
    assert.equal(byDate.notModified, true);
  });

  test('decompresses gzip', async () => {
    const answer = await fetchFeed(fixtures.url('/gzip/made/vn-portal.rss'), allowed);
    assert.equal(answer.notModified, false);
    if (!answer.notModified) assert.match(answer.body.toString('utf8'), /^<\?xml/);
  });

  test('follows redirects up to the limit, and reports the final URL', async () => {
    const answer = await fetchFeed(fixtures.url('/chain/5'), { ...allowed, maxRedirects: 5 });
    assert.equal(answer.url, fixtures.url('/made/vn-portal.rss'));
    const error = await failure(fetchFeed(fixtures.url('/chain/6'), { ...allowed, maxRedirects: 5 }));
    assert.equal(error.code, 'too_many_redirects');
  });

  test('an HTTP error status is an error', async () => {
    assert.equal((await failure(fetchFeed(fixtures.url('/status/500'), allowed))).code, 'http_status');
    assert.equal((await failure(fetchFeed(fixtures.url('/status/404'), allowed))).code, 'http_status');
  });

  test('a server that never answers times out', async () => {
    const error = await failure(fetchFeed(fixtures.url('/no-answer'), { ...allowed, timeoutMs: 300 }));
    assert.equal(error.code, 'timeout');
  });

  test('a body that trickles in forever times out', async () => {
    const error = await failure(fetchFeed(fixtures.url('/slow-body'), { ...allowed, timeoutMs: 400 }));
    assert.equal(error.code, 'timeout');
  });

  test('an endless body is cut off at the size limit', async () => {
    const error = await failure(fetchFeed(fixtures.url('/endless'), { ...allowed, maxBytes: 256 * 1024 }));
    assert.equal(error.code, 'too_large');
  });

  test('a declared oversized body is refused before reading it', async () => {
    const error = await failure(fetchFeed(fixtures.url('/declared-huge'), { ...allowed, maxBytes: 1024 * 1024 }));
    assert.equal(error.code, 'too_large');
    assert.match(error.message, /52428800 bytes/);
  });

  test('a gzip bomb is cut off at the size limit after decompression', async () => {
    const error = await failure(fetchFeed(fixtures.url('/gzip-bomb'), { ...allowed, maxBytes: 1024 * 1024 }));
    assert.equal(error.code, 'too_large');
  });

  test('only http and https URLs are fetched', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/feed.xml', 'gopher://example.com/', 'data:text/xml,<rss/>', 'not a url']) {
      assert.equal((await failure(fetchFeed(url, allowed))).code, 'bad_url', url);
    }
  });

  describe('server-side request forgery: every case refused with the guard fully on', () => {
    // No exemption at all here: even the fixture server (on 127.0.0.1) is out of reach.
    const guarded = (names: Record<string, string[]> = {}): FetchFeedOptions => ({ resolve: fakeResolver(names) });

    test('the loopback fixture server itself, by IP', async () => {
      const before = fixtures.hits.get('/made/vn-portal.rss') ?? 0;
      const error = await failure(fetchFeed(fixtures.url('/made/vn-portal.rss'), guarded()));
      assert.equal(error.code, 'blocked_address');
      assert.match(error.message, /127\.0\.0\.1.*loopback/);
      assert.equal(fixtures.hits.get('/made/vn-portal.rss') ?? 0, before, 'no request reached the server');
    });

    test('a name that resolves to 127.0.0.1', async () => {
      const error = await failure(
        fetchFeed(`http://feeds.sibling.test:${other.port}/made/vn-portal.rss`, guarded({ 'feeds.sibling.test': ['127.0.0.1'] })),
      );
      assert.equal(error.code, 'blocked_address');
      assert.match(error.message, /feeds\.sibling\.test.*127\.0\.0\.1/);
      assert.equal(other.hits.size, 0);
    });

    test('a name that resolves to 10.0.0.1 (refused before any connection is attempted)', async () => {
      assert.equal(isPublicAddress('10.0.0.1'), false, 'precondition: the guard must classify 10.0.0.1 as private');
      const error = await failure(fetchFeed('http://intranet.sibling.test/feed.rss', guarded({ 'intranet.sibling.test': ['10.0.0.1'] })));
      assert.equal(error.code, 'blocked_address');
      assert.match(error.message, /10\.0\.0\.1/);
    });

    test('a name with one public and one private address', async () => {
      // Refused as a whole, so nothing is connected to, not even the public address.
      const error = await failure(
        fetchFeed('http://mixed.sibling.test/feed.rss', guarded({ 'mixed.sibling.test': ['93.184.216.34', '10.0.0.1'] })),
      );
      assert.equal(error.code, 'blocked_address');
    });

    test('IPv4-mapped IPv6: [::ffff:127.0.0.1]', async () => {
      const error = await failure(fetchFeed(`http://[::ffff:127.0.0.1]:${other.port}/made/vn-portal.rss`, guarded()));
      assert.equal(error.code, 'blocked_address');
      assert.equal(other.hits.size, 0);
    });

    test('[::1], 0x7f.1, 2130706433 and localhost', async () => {
      for (const host of [`[::1]:${other.port}`, `0x7f.1:${other.port}`, `2130706433:${other.port}`]) {
        assert.equal((await failure(fetchFeed(`http://${host}/made/vn-portal.rss`, guarded()))).code, 'blocked_address', host);
      }
      const error = await failure(fetchFeed(`http://localhost:${other.port}/`, guarded({ localhost: ['127.0.0.1', '::1'] })));
      assert.equal(error.code, 'blocked_address');
      assert.equal(other.hits.size, 0);
    });

    test('the cloud metadata address 169.254.169.254', async () => {
      const error = await failure(fetchFeed('http://169.254.169.254/latest/meta-data/', guarded()));
      assert.equal(error.code, 'blocked_address');
      assert.match(error.message, /169\.254\.169\.254/);
      const byName = await failure(fetchFeed('http://metadata.sibling.test/', guarded({ 'metadata.sibling.test': ['169.254.169.254'] })));
      assert.equal(byName.code, 'blocked_address');
    });

    test('a redirect to 127.0.0.1 on another port', async () => {
      const target = other.url('/made/vn-portal.rss');
      const error = await failure(
        fetchFeed(fixtures.url(`/redirect?to=${encodeURIComponent(target)}`), {
          exemptions: [fixtures.exemption],
          resolve: fakeResolver({}),
        }),
      );
      assert.equal(error.code, 'blocked_address');
      assert.equal(other.hits.size, 0, 'the redirect target was never contacted');
    });

    test('a redirect to a name that resolves to 127.0.0.1', async () => {
      const target = `http://evil.sibling.test:${other.port}/made/vn-portal.rss`;
      const error = await failure(
        fetchFeed(fixtures.url(`/redirect?status=307&to=${encodeURIComponent(target)}`), {
          exemptions: [fixtures.exemption],
          resolve: fakeResolver({ 'evil.sibling.test': ['127.0.0.1'] }),
        }),
      );
      assert.equal(error.code, 'blocked_address');
      assert.equal(other.hits.size, 0);
    });

    test('a redirect to a name that resolves to 10.0.0.1', async () => {
      assert.equal(isPublicAddress('10.0.0.1'), false, 'precondition: the guard must classify 10.0.0.1 as private');
      const error = await failure(
        fetchFeed(fixtures.url(`/redirect?to=${encodeURIComponent('http://intranet.sibling.test/feed.rss')}`), {
          exemptions: [fixtures.exemption],
          resolve: fakeResolver({ 'intranet.sibling.test': ['10.0.0.1'] }),
        }),
      );
      assert.equal(error.code, 'blocked_address');
    });

    test('redirects to [::ffff:127.0.0.1], 169.254.169.254 and file:', async () => {
      for (const target of [
        `http://[::ffff:127.0.0.1]:${other.port}/made/vn-portal.rss`,
        'http://169.254.169.254/latest/meta-data/',
        'file:///etc/passwd',
      ]) {
        const error = await failure(
          fetchFeed(fixtures.url(`/redirect?to=${encodeURIComponent(target)}`), {
            exemptions: [fixtures.exemption],
            resolve: fakeResolver({}),
          }),
        );
        assert.equal(error.code, target.startsWith('file:') ? 'bad_url' : 'blocked_address', target);
      }
      assert.equal(other.hits.size, 0);
    });

    test('an exemption covers one address and port only', async () => {
      // The fixture server's exemption does not open 127.0.0.1 on any other port.
      const error = await failure(
        fetchFeed(other.url('/made/vn-portal.rss'), { exemptions: [fixtures.exemption], resolve: fakeResolver({}) }),
      );
      assert.equal(error.code, 'blocked_address');
    });

    test('a name that does not resolve', async () => {
      const error = await failure(fetchFeed('http://nowhere.sibling.test/feed.rss', guarded()));
      assert.equal(error.code, 'dns_failed');
    });
  });
});
