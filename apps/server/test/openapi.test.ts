// The OpenAPI document is made from the route schemas: it lists what the newsroom can do, with the statuses the
// routes answer, and the schemas it shows are the ones that validate requests.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startServer, type TestServer } from './helpers.js';

let server: TestServer;
before(async () => (server = await startServer({}, { seed: false })));
after(() => server.close());

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<
      string,
      {
        responses: Record<string, unknown>;
        requestBody?: { content: Record<string, { schema: { required?: string[]; additionalProperties?: boolean } }> };
      }
    >
  >;
  components: { securitySchemes: Record<string, unknown> };
}

test('GET /api/v1/openapi.json documents the newsroom routes with their statuses', async () => {
  const response = await fetch(server.url('/api/v1/openapi.json'));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /application\/json/);
  const doc = (await response.json()) as OpenApi;
  assert.match(doc.openapi, /^3\./);
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
  );
  for (const operation of [
    'GET /api/v1/newsroom/articles',
    'GET /api/v1/newsroom/articles/{id}',
    'POST /api/v1/articles',
    'PATCH /api/v1/articles/{id}',
    'DELETE /api/v1/articles/{id}',
    'POST /api/v1/articles/{id}/restore',
    'GET /api/v1/categories',
    'GET /api/v1/audit',
    'GET /api/v1/users',
    'POST /api/v1/users',
    'PATCH /api/v1/users/{id}',
    'POST /api/v1/users/{id}/password-reset',
    'POST /api/v1/media',
    'GET /api/v1/media',
    'GET /api/v1/media/{id}',
    'GET /api/v1/newsroom/banners',
    'POST /api/v1/newsroom/banners',
    'PATCH /api/v1/newsroom/banners/{id}',
    'DELETE /api/v1/newsroom/banners/{id}',
    'PUT /api/v1/newsroom/banners/order',
    'GET /api/v1/newsroom/partners',
    'POST /api/v1/newsroom/partners',
    'PATCH /api/v1/newsroom/partners/{id}',
    'DELETE /api/v1/newsroom/partners/{id}',
    'PUT /api/v1/newsroom/partners/order',
    'GET /api/v1/newsroom/partners/counts',
    'GET /api/v1/newsroom/partners/{id}/counts',
    'GET /api/v1/newsroom/traffic',
    'GET /api/v1/newsroom/banners/counts',
    'GET /api/v1/newsroom/banners/{id}/counts',
    'GET /api/v1/newsroom/sites',
    'POST /api/v1/newsroom/sites',
    'GET /api/v1/newsroom/sites/{id}',
    'PATCH /api/v1/newsroom/sites/{id}',
    'POST /api/v1/newsroom/sites/{id}/disable',
    'POST /api/v1/newsroom/sites/{id}/enable',
    'GET /api/v1/embed/catalog',
    'GET /embed/preview',
    'GET /api/v1/newsroom/sites/usage',
    'GET /api/v1/newsroom/origins',
    'POST /api/v1/newsroom/origins/approve',
    'POST /api/v1/newsroom/origins/ignore',
    'POST /api/v1/newsroom/origins/unignore',
  ]) {
    assert.ok(operations.includes(operation), `${operation} is documented (documented: ${operations.join(', ')})`);
  }
  assert.ok(
    !operations.some((operation) => operation.includes('/bai-viet') || operation.includes('/feeds/')),
    'pages and feeds are not API',
  );
  const patch = doc.paths['/api/v1/articles/{id}'].patch;
  assert.deepEqual(Object.keys(patch.responses).sort(), ['200', '400', '401', '403', '404', '409']);
  const schema = patch.requestBody?.content['application/json'].schema;
  assert.deepEqual(schema?.required, ['version']);
  assert.equal(schema?.additionalProperties, false);
  const patchSite = doc.paths['/api/v1/newsroom/sites/{id}'].patch;
  assert.deepEqual(Object.keys(patchSite.responses).sort(), ['200', '400', '401', '403', '404', '409']);
  assert.deepEqual(patchSite.requestBody?.content['application/json'].schema.required, ['version']);
  assert.equal(patchSite.requestBody?.content['application/json'].schema.additionalProperties, false);
  const patchUser = doc.paths['/api/v1/users/{id}'].patch;
  assert.deepEqual(Object.keys(patchUser.responses).sort(), ['200', '400', '401', '403', '404', '409']);
  assert.equal(patchUser.requestBody?.content['application/json'].schema.additionalProperties, false);
  const createUser = doc.paths['/api/v1/users'].post;
  assert.deepEqual(createUser.requestBody?.content['application/json'].schema.required, ['username', 'displayName', 'role']);
  const uploadMedia = doc.paths['/api/v1/media'].post;
  assert.deepEqual(Object.keys(uploadMedia.requestBody?.content ?? {}).sort(), ['image/jpeg', 'image/png', 'image/webp']);
  assert.deepEqual(Object.keys(uploadMedia.responses).sort(), ['200', '201', '401', '403', '413', '415', '422', '503']);
  const createBanner = doc.paths['/api/v1/newsroom/banners'].post;
  assert.deepEqual(createBanner.requestBody?.content['application/json'].schema.required, ['title', 'image']);
  assert.equal(createBanner.requestBody?.content['application/json'].schema.additionalProperties, false);
  assert.deepEqual(Object.keys(createBanner.responses).sort(), ['201', '400', '401', '403']);
  const createPartner = doc.paths['/api/v1/newsroom/partners'].post;
  assert.deepEqual(createPartner.requestBody?.content['application/json'].schema.required, ['name', 'image', 'url', 'placement']);
  const patchPartner = doc.paths['/api/v1/newsroom/partners/{id}'].patch;
  assert.deepEqual(Object.keys(patchPartner.responses).sort(), ['200', '400', '401', '403', '404']);
  assert.deepEqual(Object.keys(doc.paths['/api/v1/newsroom/banners/{id}'].delete.responses).sort(), ['204', '400', '401', '403', '404']);
  const tags = (doc.paths['/api/v1/newsroom/partners/{id}/counts'].get as unknown as { tags: string[] }).tags;
  assert.deepEqual(tags, ['Banners and partners']);
  const traffic = doc.paths['/api/v1/newsroom/traffic'].get as unknown as {
    tags: string[];
    summary: string;
    description: string;
    parameters: { name: string; in: string; schema: { enum?: number[]; default?: unknown } }[];
    responses: Record<string, unknown>;
  };
  assert.deepEqual(traffic.tags, ['Traffic']);
  assert.ok(traffic.summary);
  assert.match(traffic.description, /all time/, 'says what the article views are');
  assert.deepEqual(Object.keys(traffic.responses).sort(), ['200', '400', '401', '403']);
  const days = traffic.parameters.find((parameter) => parameter.name === 'days');
  assert.deepEqual([days?.in, days?.schema.enum, days?.schema.default], ['query', [30, 90, 365], 30]);
  assert.ok(traffic.parameters.some((parameter) => parameter.name === 'site' && parameter.in === 'query'));
  // The banners' counts answer is the partners' with `title` in place of `name` (banners have no placement).
  const countsItem = (path: string) => {
    const ok = doc.paths[path].get.responses['200'] as {
      content: { 'application/json': { schema: { properties: { items: { items: { properties: object; required: string[] } } } } } };
    };
    const item = ok.content['application/json'].schema.properties.items.items;
    return { properties: Object.keys(item.properties), required: [...item.required].sort() };
  };
  assert.deepEqual(countsItem('/api/v1/newsroom/partners/counts').properties, ['id', 'name', 'placement', 'clicks', 'impressions', 'days']);
  assert.deepEqual(countsItem('/api/v1/newsroom/banners/counts').properties, ['id', 'title', 'clicks', 'impressions', 'days']);
  assert.deepEqual(countsItem('/api/v1/newsroom/banners/{id}/counts'), countsItem('/api/v1/newsroom/banners/counts'));
  assert.deepEqual(Object.keys(doc.paths['/api/v1/newsroom/banners/{id}/counts'].get.responses).sort(), [
    '200',
    '400',
    '401',
    '403',
    '404',
  ]);
  assert.ok('session' in doc.components.securitySchemes);
});

test('the public banners and partners lists are documented, with the optional image.srcset of an upload', async () => {
  const doc = (await (await fetch(server.url('/api/v1/openapi.json'))).json()) as {
    paths: Record<string, { get: { security?: unknown; parameters?: { name: string; in: string }[]; responses: Record<string, unknown> } }>;
  };
  type ImageSchema = { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] };
  const imageOf = (path: string) => {
    const ok = doc.paths[path].get.responses['200'] as {
      content: { 'application/json': { schema: { properties: { items: { items: { properties: { image: ImageSchema } } } } } } };
    };
    return ok.content['application/json'].schema.properties.items.items.properties.image;
  };
  for (const path of ['/api/v1/banners', '/api/v1/partners', '/api/v1/newsroom/banners', '/api/v1/newsroom/partners']) {
    const image = imageOf(path);
    assert.deepEqual(Object.keys(image.properties.srcset.properties ?? {}), ['webp', 'jpeg'], path);
    assert.ok(!image.required.includes('srcset'), `${path}: srcset is optional`);
    assert.ok(image.required.includes('url'), path);
  }
  assert.equal(doc.paths['/api/v1/banners'].get.security, undefined, 'public');
  assert.deepEqual(Object.keys(doc.paths['/api/v1/partners'].get.responses).sort(), ['200', '400']);
  assert.ok(doc.paths['/api/v1/partners'].get.parameters?.some((parameter) => parameter.name === 'placement' && parameter.in === 'query'));
});
