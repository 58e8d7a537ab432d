// The generator's reading of a manifest, on small manifests written here, and the built package against the
// real manifests of its dependencies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { callbackName, elementsOf, moduleName, readElements, wrapperSource } from '../scripts/generate.mjs';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

const manifest = (declaration: object, exports = ['ApThing', 'ApThingLoadEvent']) => ({
  schemaVersion: '2.1.0',
  modules: [
    { kind: 'javascript-module', path: 'src/thing.ts', declarations: [{ kind: 'class', customElement: true, ...declaration }] },
    { kind: 'javascript-module', path: 'dist/index.js', exports: exports.map((name) => ({ kind: 'js', name })) },
  ],
});

test('callback names come from the event names, without the tag as prefix', () => {
  assert.equal(callbackName('ap-pagination', 'ap-page-change'), 'onPageChange');
  assert.equal(callbackName('ap-article-list', 'ap-page-change'), 'onPageChange');
  assert.equal(callbackName('ap-article-list', 'ap-article-list-load'), 'onLoad');
  assert.equal(callbackName('ap-banner-carousel', 'ap-banner-carousel-error'), 'onError');
  assert.equal(callbackName('ap-banner-carousel', 'ap-slide-change'), 'onSlideChange');
  assert.equal(moduleName('ap-banner-carousel'), 'banner-carousel');
});

test('an element: public writable fields as props, attributes of those fields, named events with their types', () => {
  const [el] = elementsOf(
    manifest({
      name: 'ApThing',
      tagName: 'ap-thing',
      members: [
        { kind: 'field', name: 'pageSize', privacy: 'public', attribute: 'page-size' },
        { kind: 'field', name: 'open' },
        { kind: 'field', name: 'busy', readonly: true },
        { kind: 'field', name: 'secret', privacy: 'private', attribute: 'secret' },
        { kind: 'field', name: 'VERSION', static: true },
        { kind: 'method', name: 'refresh' },
      ],
      attributes: [
        { name: 'page-size', fieldName: 'pageSize' },
        { name: 'secret', fieldName: 'secret' },
      ],
      events: [
        { type: { text: 'ApThingLoadEvent' } },
        { name: 'detail', type: { text: 'ApThingLoadEvent' } },
        { name: 'ap-thing-load', type: { text: 'ApThingLoadEvent' } },
        { name: 'ap-thing-load', type: { text: 'ApThingLoadEvent' } },
        { name: 'ap-select', type: { text: 'ApSelectEvent' } },
        { name: 'ap-page-change', type: { text: 'ApPageChangeEvent' } },
        { name: 'ap-close' },
      ],
    }),
    '@x/thing',
    new Map([
      ['@x/pages', new Set(['ApPageChangeEvent'])],
      ['@x/other', new Set(['ApOther'])],
    ]),
  );
  assert.deepEqual(el, {
    packageName: '@x/thing',
    className: 'ApThing',
    tagName: 'ap-thing',
    properties: ['pageSize', 'open'],
    attributes: [{ name: 'page-size', field: 'pageSize' }],
    events: [
      { name: 'ap-thing-load', callback: 'onLoad', type: { text: 'ApThingLoadEvent', from: '@x/thing', imports: ['ApThingLoadEvent'] } },
      // Exported by no package, or not given: typed as a plain Event.
      { name: 'ap-select', callback: 'onSelect', type: { text: 'Event', from: '@x/thing', imports: [] } },
      // Exported by one other package: imported from there.
      {
        name: 'ap-page-change',
        callback: 'onPageChange',
        type: { text: 'ApPageChangeEvent', from: '@x/pages', imports: ['ApPageChangeEvent'] },
      },
      { name: 'ap-close', callback: 'onClose', type: { text: 'Event', from: '@x/thing', imports: [] } },
    ],
  });
  const source = wrapperSource(el!);
  assert.match(source, /import '@x\/thing\/define\.js';/);
  assert.match(source, /onLoad: 'ap-thing-load' as EventName<ApThingLoadEvent>,/);
  assert.match(source, /import type \{ ApPageChangeEvent \} from '@x\/pages';/);
  assert.match(source, /tagName: 'ap-thing',/);
});

test('a manifest the generator cannot use is refused with the reason', () => {
  assert.throws(() => elementsOf({}, '@x/thing'), /@x\/thing: custom-elements.json has no "modules" array/);
  assert.throws(() => elementsOf(manifest({ name: 'ApThing', tagName: 'x-thing' }), '@x/thing'), /"x-thing" is not an ap-\* name/);
  assert.throws(
    () => elementsOf(manifest({ name: 'ApThing', tagName: 'ap-thing' }, ['Other']), '@x/thing'),
    /ApThing \(<ap-thing>\) is not exported from the package's index/,
  );
  assert.throws(
    () =>
      elementsOf(manifest({ name: 'ApThing', tagName: 'ap-thing', events: [{ name: 'ap-thing-load' }, { name: 'ap-load' }] }), '@x/thing'),
    /<ap-thing> events ap-thing-load and ap-load both map to onLoad/,
  );
});

test("the built package has a component for every element in the widgets' manifests, registering its tag", () => {
  const elements = readElements(packageDir);
  assert.deepEqual(
    elements.map((e) => e.tagName),
    ['ap-ad-strip', 'ap-article-list', 'ap-banner-carousel', 'ap-login-box', 'ap-pagination', 'ap-portal', 'ap-visit-counter'],
  );
  const require = createRequire(import.meta.url);
  for (const el of elements) {
    const built = readFileSync(require.resolve(`@agency-portal/react/${moduleName(el.tagName)}.js`), 'utf8');
    assert.match(built, new RegExp(`import '${el.packageName}/define\\.js';`), el.tagName);
    assert.match(built, new RegExp(`tagName: '${el.tagName}'`), el.tagName);
    for (const e of el.events) assert.ok(built.includes(`${e.callback}: '${e.name}'`), `${el.tagName} ${e.name}`);
    for (const jsx of ['react', 'preact', 'solid']) {
      assert.ok(readFileSync(new URL(`../dist/jsx-${jsx}.d.ts`, import.meta.url), 'utf8').includes(`'${el.tagName}':`));
    }
  }
  assert.deepEqual(
    elements.find((e) => e.tagName === 'ap-pagination')!.events.map((e) => [e.callback, e.name, e.type.text]),
    [['onPageChange', 'ap-page-change', 'ApPageChangeEvent']],
  );
  // The article list's page change is the inner pagination's event, exported by the pagination's package.
  assert.deepEqual(elements.find((e) => e.tagName === 'ap-article-list')!.events.find((e) => e.name === 'ap-page-change')!.type, {
    text: 'ApPageChangeEvent',
    from: '@agency-portal/pagination',
    imports: ['ApPageChangeEvent'],
  });
});
