// An article's English version through the newsroom's article API, on the real server, on SQLite and on PostgreSQL:
// set on create and on a change, replaced, removed with null, left alone when absent; sanitized like the Vietnamese
// body; refused with a clear 400 that changes nothing; the version check; the audit trail; the OpenAPI document.
import assert from 'node:assert/strict';
import { storeBackends, describeStore } from './pg-support.js';
import { startNewsroomServer, type NewsroomServer, type Who } from './newsroom-support.js';

const ENGLISH = {
  title: 'Provincial Party Committee reviews its work in 2026',
  summary: 'The committee met in Hà Nội to review the year.',
  body: '<p>The committee <strong>met</strong> on Monday.</p>',
};

for (const backend of await storeBackends()) {
  describeStore(backend, 'newsroom articles API: the English version', ({ test, before, after }) => {
    let server: NewsroomServer;
    before(async () => (server = await startNewsroomServer(backend)));
    after(() => server.close());

    const create = (body: Record<string, unknown>, who: Who = 'editor') => server.call(who, 'POST', '/api/v1/articles', body);
    const patch = (id: number, body: Record<string, unknown>, who: Who = 'editor') =>
      server.call(who, 'PATCH', `/api/v1/articles/${id}`, body);
    const read = async (id: number) => (await server.call('editor', 'GET', `/api/v1/newsroom/articles/${id}`)).body;
    /** Everything the store holds about articles and the audit log, to show that a refused request changed nothing. */
    const snapshot = async () => ({
      articles: await server.store.listStaffArticles({ offset: 0, limit: 1000, now: server.clock.now() }),
      audit: (await server.store.listAudit({ offset: 0, limit: 1 })).total,
    });
    const auditOf = async (id: number) =>
      [...(await server.call('admin', 'GET', `/api/v1/audit?targetType=article&targetId=${id}`)).body.items].reverse();

    test('an article is created with its English version (title and summary trimmed), which the newsroom reads back', async () => {
      const { status, body } = await create({
        title: 'Đảng bộ tỉnh tổng kết công tác năm 2026',
        category: 'xay-dung-dang',
        english: { ...ENGLISH, title: `  ${ENGLISH.title} `, summary: ` ${ENGLISH.summary}  ` },
      });
      assert.equal(status, 201, JSON.stringify(body));
      assert.deepEqual(body.english, ENGLISH);
      assert.deepEqual((await read(body.id)).english, ENGLISH);
      assert.deepEqual((await server.store.getStaffArticle(body.id))?.english, ENGLISH);
      const listed = await server.call('editor', 'GET', '/api/v1/newsroom/articles?q=tong+ket+cong+tac');
      assert.deepEqual(listed.body.items[0].english, ENGLISH);

      const plain = await create({ title: 'Bài chỉ có tiếng Việt', category: 'tin-hoat-dong' });
      assert.equal(plain.status, 201);
      assert.equal(plain.body.english, null, 'no English version: null');
      const explicit = await create({ title: 'Bài chỉ có tiếng Việt nữa', category: 'tin-hoat-dong', english: null });
      assert.equal(explicit.body.english, null);
    });

    test('a change sets, replaces and (with null) removes the English version; a change without it leaves it', async () => {
      const article = (await create({ title: 'Bài sẽ có bản tiếng Anh', category: 'tin-hoat-dong' })).body;
      const added = await patch(article.id, { version: 1, english: { title: 'An article in English', summary: '', body: '<p>One.</p>' } });
      assert.equal(added.status, 200, JSON.stringify(added.body));
      assert.deepEqual(added.body.english, { title: 'An article in English', summary: '', body: '<p>One.</p>' });
      assert.equal(added.body.version, 2);

      const untouched = await patch(article.id, { version: 2, title: 'Bài đã có bản tiếng Anh' });
      assert.deepEqual(untouched.body.english, added.body.english, 'absent: left as it was');

      const replaced = await patch(article.id, {
        version: 3,
        english: { title: 'The English title', summary: 'Short.', body: '<p>Two.</p>' },
      });
      assert.deepEqual(replaced.body.english, { title: 'The English title', summary: 'Short.', body: '<p>Two.</p>' });

      const removed = await patch(article.id, { version: 4, english: null });
      assert.equal(removed.status, 200);
      assert.equal(removed.body.english, null);
      assert.equal((await server.store.getStaffArticle(article.id))?.english, null);
      assert.equal(removed.body.title, 'Bài đã có bản tiếng Anh', 'the Vietnamese article stays');

      const again = await patch(article.id, { version: 5, english: null });
      assert.equal(again.status, 200, 'removing what is not there is no error');
      assert.equal(again.body.english, null);
    });

    test('the English body is sanitized on save with the Vietnamese body’s allow-list', async () => {
      const dirty =
        '<h1>Heading</h1><p style="color:red" onclick="x()">A <b>bold</b> word<script>alert(1)</script></p>' +
        '<p><a href="javascript:alert(1)">bad</a> <a href="https://tinhuy.example.vn/">good</a></p><iframe src="https://evil.example"></iframe>';
      const { body } = await create({
        title: 'Bài có bản tiếng Anh bẩn',
        category: 'tin-hoat-dong',
        body: dirty,
        english: { ...ENGLISH, body: dirty },
      });
      assert.doesNotMatch(body.english.body, /script|alert|onclick|javascript:|iframe|style=/);
      assert.match(body.english.body, /<a href="https:\/\/tinhuy.example.vn\/">good<\/a>/);
      assert.equal(body.english.body, body.body, 'the same allow-list as the Vietnamese body');
      assert.equal((await server.store.getStaffArticle(body.id))?.english?.body, body.english.body);
    });

    test('a bad English version gets a clear 400 and changes nothing', async () => {
      const article = (
        await create({
          title: 'Bài để thử bản tiếng Anh sai',
          category: 'tin-hoat-dong',
          english: { title: 'Kept', summary: '', body: '' },
        })
      ).body;
      const before = await snapshot();
      const bad: [string, string, unknown, RegExp][] = [
        [
          'POST',
          '/api/v1/articles',
          { title: 'x', category: 'tin-hoat-dong', english: { ...ENGLISH, title: '   ' } },
          /English title must not be empty/,
        ],
        [
          'PATCH',
          `/api/v1/articles/${article.id}`,
          { version: 1, english: { ...ENGLISH, title: ' \t ' } },
          /English title must not be empty/,
        ],
        [
          'PATCH',
          `/api/v1/articles/${article.id}`,
          { version: 1, english: { ...ENGLISH, title: '' } },
          /title must NOT have fewer than 1 characters/,
        ],
        [
          'PATCH',
          `/api/v1/articles/${article.id}`,
          { version: 1, english: { title: 'x', summary: '' } },
          /must have required property 'body'/,
        ],
        [
          'PATCH',
          `/api/v1/articles/${article.id}`,
          { version: 1, english: { ...ENGLISH, lang: 'fr' } },
          /must NOT have additional properties/,
        ],
        [
          'PATCH',
          `/api/v1/articles/${article.id}`,
          { version: 1, english: { ...ENGLISH, title: 'x'.repeat(301) } },
          /title must NOT have more than 300/,
        ],
        [
          'PATCH',
          `/api/v1/articles/${article.id}`,
          { version: 1, english: { ...ENGLISH, summary: 'x'.repeat(1001) } },
          /summary must NOT have more than 1000/,
        ],
        [
          'PATCH',
          `/api/v1/articles/${article.id}`,
          { version: 1, english: { ...ENGLISH, body: 'x'.repeat(1_000_001) } },
          /body must NOT have more than 1000000/,
        ],
        ['PATCH', `/api/v1/articles/${article.id}`, { version: 1, english: 'An article' }, /english must be object/],
      ];
      for (const [method, path, body, message] of bad) {
        const answer = await server.call('editor', method, path, body);
        assert.equal(answer.status, 400, `${method} ${path} ${JSON.stringify(body).slice(0, 200)}: ${JSON.stringify(answer.body)}`);
        assert.deepEqual(Object.keys(answer.body), ['error']);
        assert.match(answer.body.error.message, message);
        assert.equal(answer.body.error.code, 'validation_failed');
      }
      assert.deepEqual(await snapshot(), before);
    });

    test('a change of the English version made on a stale version is refused with 409 and loses nothing', async () => {
      const article = (await create({ title: 'Bài hai người cùng dịch', category: 'tin-hoat-dong' })).body;
      const first = await patch(
        article.id,
        { version: 1, english: { title: 'First translator', summary: '', body: '<p>First.</p>' } },
        'editor',
      );
      assert.equal(first.status, 200);
      const second = await patch(
        article.id,
        { version: 1, english: { title: 'Second translator', summary: '', body: '<p>Second.</p>' } },
        'editor2',
      );
      assert.equal(second.status, 409);
      assert.equal(second.body.error.code, 'version_conflict');
      assert.equal(second.body.error.current.english.title, 'First translator', 'the answer carries what is stored');
      const stale = await patch(article.id, { version: 1, english: null }, 'editor2');
      assert.equal(stale.status, 409);
      const stored = await server.store.getStaffArticle(article.id);
      assert.equal(stored?.english?.title, 'First translator');
      assert.equal(stored?.version, 2);
    });

    test('the audit log says whether the English version was added, changed or removed', async () => {
      const article = (await create({ title: 'Bài để kiểm tra nhật ký bản dịch', category: 'tin-hoat-dong' })).body;
      await patch(article.id, { version: 1, english: { title: 'Audit', summary: 'S', body: '<p>Body</p>' } });
      await patch(article.id, { version: 2, english: { title: 'Audit', summary: 'S', body: '<p>Bodz</p>' } });
      await patch(article.id, { version: 3, title: 'Bài để kiểm tra nhật ký bản dịch (sửa)' });
      await patch(article.id, { version: 4, english: null }, 'editor2');
      const entries = await auditOf(article.id);
      assert.deepEqual(
        entries.map((entry) => `${entry.actor.username} ${entry.action} ${Object.keys(entry.changes).includes('english')}`),
        [
          'bientap article.create false',
          'bientap article.update true',
          'bientap article.update true',
          'bientap article.update false',
          'bientap2 article.update true',
        ],
      );
      const version = { title: 'Audit', summary: 'S', body: '11 characters' };
      assert.deepEqual(entries[1].changes.english, { before: null, after: version }, 'added');
      assert.deepEqual(entries[2].changes.english, { before: version, after: version }, 'changed: the body’s text, not its length');
      assert.deepEqual(entries[4].changes.english, { before: version, after: null }, 'removed');
      assert.deepEqual(Object.keys(entries[4].changes), ['english']);

      const created = (
        await create({ title: 'Bài mới có bản dịch', category: 'tin-hoat-dong', english: { title: 'New', summary: '', body: '' } })
      ).body;
      assert.deepEqual((await auditOf(created.id))[0].changes.english, {
        before: null,
        after: { title: 'New', summary: '', body: '0 characters' },
      });
    });

    test('the OpenAPI document describes the English version of a write and of an article', async () => {
      const doc = (await server.call('anonymous', 'GET', '/api/v1/openapi.json')).body;
      for (const method of ['post', 'patch']) {
        const path = method === 'post' ? '/api/v1/articles' : '/api/v1/articles/{id}';
        const schema = doc.paths[path][method].requestBody.content['application/json'].schema;
        const english = JSON.stringify(schema.properties.english);
        assert.match(english, /"title"/, method);
        assert.match(english, /"additionalProperties":false/, method);
        assert.match(english, /"nullable":true/, method);
        assert.ok(!(schema.required ?? []).includes('english'), `${method}: optional`);
      }
      const answer = JSON.stringify(doc.paths['/api/v1/newsroom/articles/{id}'].get.responses['200']);
      assert.match(answer, /"english"/);
    });
  });
}
