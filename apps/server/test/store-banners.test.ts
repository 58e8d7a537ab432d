import assert from 'node:assert/strict';
import { addUser } from '../src/auth/users.js';
import { KeyTakenError, type Banner, type NewBanner, type NewPartner, type Partner, type Store } from '../src/store/types.js';
import { PASSWORD } from './auth-support.js';
import { describeStore, storeBackends } from './pg-support.js';

const at = (day: number, hour = 0) => new Date(Date.UTC(2026, 2, day, hour));
const IMAGE = { path: '/media/banners/a.jpg', alt: 'Ảnh', width: 1200, height: 360 };

function banner(key: string, overrides: Partial<NewBanner> = {}): NewBanner {
  return { key, title: `Banner ${key}`, image: IMAGE, url: null, interval: null, startsAt: null, endsAt: null, position: 0, ...overrides };
}

function partner(key: string, overrides: Partial<NewPartner> = {}): NewPartner {
  return {
    key,
    name: `Đối tác ${key}`,
    image: { ...IMAGE, path: `/media/partners/${key}.png`, width: 240, height: 80 },
    url: `https://${key}.example.vn/`,
    placement: 'sidebar',
    startsAt: null,
    endsAt: null,
    position: 0,
    pinned: false,
    paid: false,
    ...overrides,
  };
}

for (const backend of await storeBackends()) {
  describeStore(backend, 'banners and partners', ({ test, beforeEach, afterEach }) => {
    let store: Store;
    beforeEach(async () => {
      store = await backend.open();
    });
    afterEach(() => store.close());

    /** The audit context of a newsroom editor's write (the editor made in this store). */
    async function editorContext() {
      const user = await store.createUser({
        username: 'bientap',
        displayName: 'Biên tập',
        role: 'editor',
        passwordHash: 'h',
        createdAt: at(1),
      });
      return { actor: { id: user.id, username: user.username }, at: at(1) };
    }

    test('banners: shown from their start until (not at) their end, by position then id; a key is inserted once', async () => {
      assert.equal(await store.insertBanner(banner('b', { position: 1, url: '/tin-tuc', interval: 8000 })), true);
      assert.equal(await store.insertBanner(banner('a', { position: 1 })), true);
      assert.equal(await store.insertBanner(banner('first', { position: 0, startsAt: at(5), endsAt: at(10) })), true);
      assert.equal(await store.insertBanner(banner('later', { position: -1, startsAt: at(20) })), true);
      assert.equal(await store.insertBanner(banner('a', { title: 'Khác', position: -5 })), false);

      const keys = async (now: Date) => (await store.listBanners(now)).map((b) => b.key);
      assert.deepEqual(await keys(at(1)), ['b', 'a']);
      assert.deepEqual(await keys(at(5)), ['first', 'b', 'a'], 'shown from its start');
      assert.deepEqual(await keys(new Date(at(10).getTime() - 1)), ['first', 'b', 'a']);
      assert.deepEqual(await keys(at(10)), ['b', 'a'], 'not at its end');
      assert.deepEqual(await keys(at(25)), ['later', 'b', 'a']);

      const [first, b, a] = await store.listBanners(at(6));
      assert.deepEqual(first, { id: first.id, ...banner('first', { position: 0, startsAt: at(5), endsAt: at(10) }), set: 'trang-chu' });
      assert.deepEqual(b, { id: b.id, ...banner('b', { position: 1, url: '/tin-tuc', interval: 8000 }), set: 'trang-chu' });
      assert.equal(a.title, 'Banner a', 'the second insert changed nothing');
      assert.ok(b.id < a.id);
    });

    test('an image from an upload keeps its media item, and every read gives its renditions', async () => {
      const files = [
        { name: 'aaaaaaaaaaaaaaaa-320.webp', width: 320, height: 96, type: 'image/webp' as const, bytes: 1000 },
        { name: 'aaaaaaaaaaaaaaaa-320.jpg', width: 320, height: 96, type: 'image/jpeg' as const, bytes: 2000 },
        { name: 'aaaaaaaaaaaaaaaa-1200.webp', width: 1200, height: 360, type: 'image/webp' as const, bytes: 9000 },
        { name: 'aaaaaaaaaaaaaaaa-1200.jpg', width: 1200, height: 360, type: 'image/jpeg' as const, bytes: 20000 },
      ];
      const actor = { id: null, username: '(demo content)' };
      const { media } = await store.addMedia({ hash: 'aaaaaaaaaaaaaaaa', width: 1200, height: 360, files }, { actor, at: at(1) });
      const uploaded = { path: '/media/u/aaaaaaaaaaaaaaaa-1200.jpg', alt: 'Ảnh tải lên', width: 1200, height: 360, mediaId: media.id };
      assert.equal(await store.insertBanner(banner('tai-len', { image: uploaded })), true);
      assert.equal(await store.insertBanner(banner('mot-tep')), true);
      assert.equal(await store.insertPartner(partner('logo', { image: uploaded })), true);

      const stored = { ...uploaded, files };
      const [withMedia, plain] = await store.listBanners(at(2));
      assert.deepEqual(withMedia.image, stored);
      assert.deepEqual(plain.image, IMAGE, 'an image of one file has no media item');
      assert.deepEqual((await store.listAllBanners())[0].image, stored);
      assert.deepEqual((await store.getBanner(withMedia.id))?.image, stored);
      const [logo] = await store.listPartners(at(2), 'sidebar');
      assert.deepEqual(logo.image, stored);
      assert.deepEqual((await store.getPartner(logo.id))?.image, stored);
      assert.deepEqual((await store.listAllPartners())[0].image, stored);
    });

    test("the newsroom's creation refuses a key that is taken, and writes nothing", async () => {
      const context = await editorContext();
      const { key: _key, position: _position, ...fields } = banner('taken');
      await store.createBanner({ ...fields, key: 'taken' }, context);
      const before = { banners: await store.listAllBanners(), audit: (await store.listAudit({ offset: 0, limit: 1 })).total };
      await assert.rejects(store.createBanner({ ...fields, key: 'taken' }, context), KeyTakenError);
      const { key: _pkey, position: _pposition, ...partnerFields } = partner('p');
      await store.createPartner({ ...partnerFields, key: 'p' }, context);
      await assert.rejects(store.createPartner({ ...partnerFields, key: 'p' }, context), KeyTakenError);
      assert.deepEqual(await store.listAllBanners(), before.banners);
      assert.equal((await store.listAllPartners()).length, 1);
      assert.equal((await store.listAudit({ offset: 0, limit: 1 })).total, before.audit + 1, "only the partner's creation is audited");
    });

    test('banner sets: each set lists its own banners in its own order; a new or moved banner goes last in its set; sets in use with their shown banners', async () => {
      const context = await editorContext();
      const { key: _key, position: _position, ...fields } = banner('x');
      const create = (key: string, set?: string, more: Partial<NewBanner> = {}) =>
        store.createBanner({ ...fields, title: key, key, ...(set === undefined ? {} : { set }), ...more }, context);
      const home1 = await create('home-1');
      const home2 = await create('home-2', 'trang-chu');
      const so1 = await create('so-1', 'so-gd');
      const so2 = await create('so-2', 'so-gd');
      await create('so-later', 'so-gd', { startsAt: at(20) });
      await store.insertBanner(banner('seeded', { position: 5, set: 'su-kien' }));
      assert.deepEqual([home1.set, home1.position, home2.position], ['trang-chu', 0, 1]);
      assert.deepEqual([so1.set, so1.position, so2.position], ['so-gd', 0, 1], 'positions count within the set');

      const keys = async (set?: string) => (await store.listBanners(at(2), set)).map((b) => b.key);
      assert.deepEqual(await keys(), ['home-1', 'home-2'], 'the home page’s set when none is named');
      assert.deepEqual(await keys('so-gd'), ['so-1', 'so-2']);
      assert.deepEqual(await keys('khong-co'), []);
      assert.deepEqual(await store.bannerSets(at(2)), [
        { set: 'so-gd', count: 2 },
        { set: 'su-kien', count: 1 },
        { set: 'trang-chu', count: 2 },
      ]);

      assert.equal(await store.reorderBanners('so-gd', [so1.id, home1.id], context), false, 'a banner of another set');
      assert.equal(await store.reorderBanners('so-gd', [so2.id, so1.id], context), false, 'not every banner of the set');
      assert.deepEqual(await keys('so-gd'), ['so-1', 'so-2'], 'nothing changed');
      const later = (await store.listAllBanners()).find((b) => b.key === 'so-later')!;
      assert.equal(await store.reorderBanners('so-gd', [so2.id, later.id, so1.id], context), true);
      assert.deepEqual(await keys('so-gd'), ['so-2', 'so-1']);
      assert.deepEqual(await keys(), ['home-1', 'home-2'], 'the other sets keep their order');
      const [reorder] = (await store.listAudit({ offset: 0, limit: 1, action: 'banner.reorder' })).items;
      assert.deepEqual(reorder.target, { type: 'banner', id: 'so-gd' });

      const moved = await store.updateBanner(home1.id, { set: 'so-gd' }, context);
      assert.deepEqual([moved?.set, moved?.position], ['so-gd', 3], 'after the set’s banners');
      assert.deepEqual(await keys('so-gd'), ['so-2', 'so-1', 'home-1']);
      assert.deepEqual(await keys(), ['home-2']);
      const [update] = (await store.listAudit({ offset: 0, limit: 1, action: 'banner.update' })).items;
      assert.deepEqual(update.changes, { set: { before: 'trang-chu', after: 'so-gd' } });
      const same = await store.updateBanner(so1.id, { set: 'so-gd', title: 'so-1b' }, context);
      assert.equal(same?.position, 2, 'the same set keeps its place');
    });

    test('two servers moving banners between sets, reordering, editing, creating and deleting at once: every write succeeds, each set a permutation', async () => {
      const context = await editorContext();
      const SETS = ['so-gd', 'so-yt'] as const;
      const { key: _key, position: _position, ...fields } = banner('x');
      const { key: _pkey, position: _pposition, ...partnerFields } = partner('x');
      for (const set of SETS) {
        for (let i = 0; i < 4; i++) await store.createBanner({ ...fields, key: `${set}-${i}`, title: `${set} ${i}`, set }, context);
      }
      for (let i = 0; i < 3; i++) await store.createPartner({ ...partnerFields, key: `p-${i}`, name: `Đối tác ${i}` }, context);
      const original = (await store.listAllBanners()).map((b) => b.id);
      const other = await backend.openAgain(store);
      /** The ids of a set's banners, in its order. */
      const inSet = async (set: string) => (await store.listAllBanners()).filter((b) => b.set === set).map((b) => b.id);
      const partnerIds = async () => (await store.listAllPartners()).map((p) => p.id);
      try {
        let extra: number | undefined;
        for (let round = 0; round < 30; round++) {
          const [from, to] = round % 2 === 0 ? SETS : [SETS[1], SETS[0]];
          const [leaving, entering, partners] = await Promise.all([inSet(from), inSet(to), partnerIds()]);
          const moving = leaving[round % leaving.length]!;
          // The move starts first, so that it often holds its row while the other server reorders the set it leaves.
          const move = store.updateBanner(moving, { set: to }, context);
          const reorders: [string, Promise<boolean>][] = [
            [from, other.reorderBanners(from, [...leaving].reverse(), context)],
            [to, store.reorderBanners(to, [...entering].reverse(), context)],
          ];
          const settled = await Promise.allSettled([
            move,
            other.updateBanner(
              entering.find((id) => id !== extra)!,
              { title: `round ${round}` },
              context,
            ),
            other.createBanner({ ...fields, key: `extra-${round}`, title: `extra ${round}`, set: from }, context),
            extra === undefined ? Promise.resolve(true) : store.deleteBanner(extra, context),
            store.updatePartner(partners[round % partners.length]!, { name: `round ${round}` }, context),
            other.reorderPartners([...partners].reverse(), context),
            ...reorders.map(([, done]) => done),
          ]);
          const failed = settled.flatMap((result) => (result.status === 'rejected' ? [String(result.reason)] : []));
          assert.deepEqual(failed, [], `round ${round}: no write fails`);
          const [moved, edited, created, deleted, partnerEdited, partnersReordered, ...reordered] = settled.map(
            (result) => (result as PromiseFulfilledResult<unknown>).value,
          );
          assert.deepEqual([(moved as Banner).set, (edited as Banner).title], [to, `round ${round}`]);
          assert.deepEqual([deleted, (partnerEdited as Partner).name, partnersReordered], [true, `round ${round}`, true]);
          extra = (created as Banner).id;
          // A reorder that finds its set changed by a write before it answers false (the API's 400), changing nothing;
          // sent again with the set as it is now, it is applied.
          for (const [i, [set]] of reorders.entries()) {
            if (reordered[i] === true) continue;
            assert.equal(await other.reorderBanners(set, (await inSet(set)).reverse(), context), true, `round ${round}: ${set} again`);
          }
        }
        // Every banner once, none lost; within a set, no two in one place.
        const all = await store.listAllBanners();
        assert.deepEqual(
          all.map((b) => b.id).sort((a, b) => a - b),
          [...original, extra!].sort((a, b) => a - b),
        );
        for (const set of SETS) {
          const positions = all.filter((b) => b.set === set).map((b) => b.position);
          assert.equal(new Set(positions).size, positions.length, `${set}: ${positions}`);
        }
        assert.deepEqual(
          (await store.listAllPartners()).map((p) => p.position),
          [0, 1, 2],
          'the partners were only reordered',
        );
      } finally {
        await other.close();
      }
    });

    test('partners: pinned first, then by position and id; by placement; shown in their time window; one by id', async () => {
      await store.insertPartner(partner('c', { position: 2 }));
      await store.insertPartner(partner('b', { position: 1, paid: true }));
      await store.insertPartner(partner('pinned', { position: 9, pinned: true }));
      await store.insertPartner(partner('a', { position: 1 }));
      await store.insertPartner(partner('footer', { placement: 'footer' }));
      await store.insertPartner(partner('ended', { endsAt: at(3) }));
      await store.insertPartner(partner('future', { startsAt: at(20) }));
      assert.equal(await store.insertPartner(partner('a', { position: -1, pinned: true })), false);

      const keys = async (now: Date, placement?: string) => (await store.listPartners(now, placement)).map((p) => p.key);
      assert.deepEqual(await keys(at(10)), ['pinned', 'footer', 'b', 'a', 'c']);
      assert.deepEqual(await keys(at(10), 'sidebar'), ['pinned', 'b', 'a', 'c']);
      assert.deepEqual(await keys(at(10), 'footer'), ['footer']);
      assert.deepEqual(await keys(at(10), 'header'), []);
      assert.deepEqual(await keys(at(1), 'sidebar'), ['pinned', 'ended', 'b', 'a', 'c']);
      assert.deepEqual(await keys(at(20), 'sidebar'), ['pinned', 'future', 'b', 'a', 'c']);

      const [pinned, b] = await store.listPartners(at(10), 'sidebar');
      assert.deepEqual(b, { id: b.id, ...partner('b', { position: 1, paid: true }) });
      assert.equal(pinned.pinned, true);
      const ended = (await store.listPartners(at(1))).find((p) => p.key === 'ended')!;
      assert.deepEqual(await store.getPartner(ended.id), { id: ended.id, ...partner('ended', { endsAt: at(3) }) }, 'shown or not');
      assert.equal(await store.getPartner(ended.id + 1000), undefined);
    });

    test('clicks and impressions count per partner and day; partnerCounts sums a range of days, by id', async () => {
      await store.insertPartner(partner('a'));
      await store.insertPartner(partner('b'));
      await store.insertPartner(partner('c'));
      const [a, b, c] = (await store.listPartners(at(1))).map((p) => p.id);
      await store.recordPartnerClick(a, '2026-03-01');
      await store.recordPartnerClick(a, '2026-03-01');
      await store.recordPartnerClick(a, '2026-03-02');
      await store.recordPartnerClick(b, '2026-03-03');
      assert.equal(await store.recordPartnerImpressions([a, b], '2026-03-01'), true);
      assert.equal(await store.recordPartnerImpressions([a, a, c], '2026-03-02'), true, 'a partner listed twice counts twice');
      assert.equal(await store.recordPartnerImpressions([], '2026-03-02'), true);

      const counts = (clicks: number[], impressions: number[]) =>
        [a, b, c].map((id, i) => ({
          id,
          name: `Đối tác ${'abc'[i]}`,
          placement: 'sidebar',
          clicks: clicks[i],
          impressions: impressions[i],
        }));
      assert.deepEqual(await store.partnerCounts(), counts([3, 1, 0], [3, 1, 1]));
      assert.deepEqual(await store.partnerCounts({}), counts([3, 1, 0], [3, 1, 1]));
      assert.deepEqual(await store.partnerCounts({ from: '2026-03-02' }), counts([1, 1, 0], [2, 0, 1]));
      assert.deepEqual(await store.partnerCounts({ to: '2026-03-01' }), counts([2, 0, 0], [1, 1, 0]));
      assert.deepEqual(await store.partnerCounts({ from: '2026-03-02', to: '2026-03-02' }), counts([1, 0, 0], [2, 0, 1]));
      assert.deepEqual(await store.partnerCounts({ from: '2026-04-01' }), counts([0, 0, 0], [0, 0, 0]));
    });

    test('impressions are all or none: one unknown partner and nothing is counted; a click on an unknown partner fails', async () => {
      await store.insertPartner(partner('a'));
      const [a] = (await store.listPartners(at(1))).map((p) => p.id);
      assert.equal(await store.recordPartnerImpressions([a, a + 1000], '2026-03-01'), false);
      assert.equal(await store.recordPartnerImpressions([a, 1.5], '2026-03-01'), false);
      assert.deepEqual(await store.partnerCounts(), [{ id: a, name: 'Đối tác a', placement: 'sidebar', clicks: 0, impressions: 0 }]);
      await assert.rejects(store.recordPartnerClick(a + 1000, '2026-03-01'));
      assert.deepEqual(await backend.rows(store, 'SELECT * FROM partner_counts'), []);
    });

    test('banners count clicks and impressions per day, apart from the partners; bannerDailyCounts reads a range', async () => {
      await store.insertBanner(banner('a', { position: 0, url: '/tin-tuc' }));
      await store.insertBanner(banner('b', { position: 1 }));
      await store.insertPartner(partner('p'));
      const [a, b] = (await store.listBanners(at(1))).map((item) => item.id);
      const [p] = (await store.listPartners(at(1))).map((item) => item.id);
      await store.recordBannerClick(a, '2026-03-01');
      await store.recordBannerClick(a, '2026-03-01');
      await store.recordBannerClick(b, '2026-03-03');
      assert.equal(await store.recordBannerImpressions([a, b], '2026-03-01'), true);
      assert.equal(await store.recordBannerImpressions([a, a], '2026-03-02'), true, 'a banner listed twice counts twice');
      assert.equal(await store.recordBannerImpressions([], '2026-03-02'), true);
      await store.recordPartnerClick(p, '2026-03-01');

      const all = [
        { id: a, day: '2026-03-01', clicks: 2, impressions: 1 },
        { id: a, day: '2026-03-02', clicks: 0, impressions: 2 },
        { id: b, day: '2026-03-01', clicks: 0, impressions: 1 },
        { id: b, day: '2026-03-03', clicks: 1, impressions: 0 },
      ];
      assert.deepEqual(await store.bannerDailyCounts({ from: '2026-03-01', to: '2026-03-31' }), all);
      assert.deepEqual(await store.bannerDailyCounts({ from: '2026-03-02', to: '2026-03-02' }), [all[1]]);
      assert.deepEqual(await store.bannerDailyCounts({ from: '2026-03-01', to: '2026-03-31', id: b }), all.slice(2));
      assert.deepEqual(await store.bannerDailyCounts({ from: '2026-04-01', to: '2026-04-30' }), []);
      assert.deepEqual(await store.bannerDailyCounts({ from: '2026-03-01', to: '2026-03-31', id: b + 1000 }), []);
      assert.deepEqual(await store.bannerDailyCounts({ from: '2026-03-01', to: '2026-03-31', id: 2 ** 40 }), []);
      assert.deepEqual(await store.partnerDailyCounts({ from: '2026-03-01', to: '2026-03-31' }), [
        { id: p, day: '2026-03-01', clicks: 1, impressions: 0 },
      ]);
    });

    test('banner impressions are all or none: one unknown banner and nothing is counted; a click on an unknown banner fails', async () => {
      await store.insertBanner(banner('a'));
      await store.insertPartner(partner('p'));
      const [a] = (await store.listBanners(at(1))).map((item) => item.id);
      const [p] = (await store.listPartners(at(1))).map((item) => item.id);
      const unknown = Math.max(a, p) + 1000;
      assert.equal(await store.recordBannerImpressions([a, unknown], '2026-03-01'), false);
      assert.equal(await store.recordBannerImpressions([a, 1.5], '2026-03-01'), false);
      assert.equal(await store.recordBannerImpressions([a, 2 ** 40], '2026-03-01'), false);
      await assert.rejects(store.recordBannerClick(unknown, '2026-03-01'));
      assert.deepEqual(await backend.rows(store, 'SELECT * FROM banner_counts'), []);
      assert.deepEqual(await backend.rows(store, 'SELECT * FROM partner_counts'), []);
    });

    test('deleting a banner deletes its counts, and only its', async () => {
      const user = await addUser(store, { username: 'bientap', role: 'editor', password: PASSWORD }, at(1));
      const context = { actor: { id: user.id, username: user.username }, at: at(2) };
      const fields = { image: IMAGE, url: null, interval: null, startsAt: null, endsAt: null };
      const a = await store.createBanner({ key: 'a', title: 'A', ...fields }, context);
      const b = await store.createBanner({ key: 'b', title: 'B', ...fields }, context);
      await store.recordBannerClick(a.id, '2026-03-01');
      assert.equal(await store.recordBannerImpressions([a.id, b.id], '2026-03-01'), true);
      assert.equal(await store.deleteBanner(a.id, context), true);
      assert.deepEqual(await store.bannerDailyCounts({ from: '2026-03-01', to: '2026-03-01' }), [
        { id: b.id, day: '2026-03-01', clicks: 0, impressions: 1 },
      ]);
      assert.equal((await backend.rows(store, 'SELECT * FROM banner_counts')).length, 1);
      assert.equal(await store.recordBannerImpressions([a.id], '2026-03-01'), false, 'a deleted banner counts nothing');
    });

    test('two servers counting at once: every click and impression counts', async () => {
      await store.insertPartner(partner('a'));
      await store.insertPartner(partner('b'));
      const [a, b] = (await store.listPartners(at(1))).map((p) => p.id);
      const other = await backend.openAgain(store);
      try {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) => {
            const server = i % 2 ? other : store;
            return Promise.all([
              server.recordPartnerClick(a, '2026-03-01'),
              server.recordPartnerImpressions(i % 2 ? [a, b] : [b, a], '2026-03-01'),
            ]);
          }),
        );
        assert.deepEqual(
          (await store.partnerCounts()).map((row) => [row.clicks, row.impressions]),
          [
            [10, 10],
            [0, 10],
          ],
        );
      } finally {
        await other.close();
      }
    });

    test('two servers counting banners at once: every click and impression counts', async () => {
      await store.insertBanner(banner('a', { position: 0 }));
      await store.insertBanner(banner('b', { position: 1 }));
      const [a, b] = (await store.listBanners(at(1))).map((item) => item.id);
      const other = await backend.openAgain(store);
      try {
        await Promise.all(
          Array.from({ length: 10 }, (_, i) => {
            const server = i % 2 ? other : store;
            return Promise.all([
              server.recordBannerClick(a, '2026-03-01'),
              server.recordBannerImpressions(i % 2 ? [a, b] : [b, a], '2026-03-01'),
            ]);
          }),
        );
        assert.deepEqual(
          (await store.bannerDailyCounts({ from: '2026-03-01', to: '2026-03-01' })).map((row) => [row.id, row.clicks, row.impressions]),
          [
            [a, 10, 10],
            [b, 0, 10],
          ],
        );
      } finally {
        await other.close();
      }
    });
  });
}
