// <ap-visit-counter> rendered in Node with Lit SSR, as the portal's sidebar renders it: Declarative Shadow DOM with the
// numbers already in it, in each language, and never an exception (no data, bad data, no lang).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '@agency-portal/visit-counter/define.js';
import { serverDataScript } from '@agency-portal/core';
import type { VisitSummary } from '@agency-portal/visit-counter';

/** The summary API's shape, with the reference portal's numbers. */
const summary: VisitSummary = {
  site: 'portal',
  online: 16,
  today: 531,
  week: 4235,
  month: 14800,
  total: 93308,
  timezone: 'Asia/Ho_Chi_Minh',
  definitions: {
    counts: 'visits',
    visitGapMinutes: 30,
    onlineWindowMinutes: 5,
    weekStartsOn: 'monday',
    botsExcluded: true,
    cookies: false,
  },
  updatedAt: '2026-12-04T09:00:00.000Z',
};

const renderCounter = (lang: string | undefined, data: unknown) =>
  collectResultSync(
    render(
      html`<ap-visit-counter lang=${lang ?? ''} site="portal" track .initialData=${data}>${unsafeHTML(serverDataScript(data ?? null))}</ap-visit-counter>`,
    ),
  );

/** The shadow root's text, without markup or Lit's comments. */
function shadowText(markup: string): string {
  const shadow = /<template [^>]*shadowrootmode="open"[^>]*>([\s\S]*)<\/template>/.exec(markup)?.[1] ?? '';
  return shadow
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('ap-visit-counter on the server', () => {
  test('renders the five numbers with their Vietnamese labels and vi-VN grouping into a declarative shadow root', () => {
    const markup = renderCounter('vi', summary);
    assert.match(markup, /<ap-visit-counter[^>]* lang="vi"[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(
      shadowText(markup),
      /^Đang online 16 Hôm nay 531 Trong tuần 4\.235 Trong tháng 14\.800 Tất cả 93\.308 Cách tính .*Asia\/Ho_Chi_Minh/,
    );
    assert.match(markup, /<section part=region aria-label="Thống kê truy cập" aria-busy="false">/);
    // No loading state: the numbers are the final layout.
    assert.doesNotMatch(markup, /class="?skeleton\b|Đang tải/);
    // The data goes with it for the browser, after the shadow root (light DOM).
    assert.match(markup, /<\/template>.*<script type="application\/json">\{"site":"portal","online":16,/s);
  });

  test('in English: English labels and en-GB grouping', () => {
    const text = shadowText(renderCounter('en', summary));
    assert.match(text, /^Online now 16 Today 531 This week 4,235 This month 14,800 Total 93,308 How these are counted /);
  });

  test('without data, or with data that is not a summary, renders the loading state and does not throw', () => {
    for (const data of [undefined, null, {}, { ...summary, today: -1 }, { ...summary, total: '93308' }, 'x', [1, 2]]) {
      const markup = renderCounter('vi', data);
      assert.match(markup, /<template shadowroot="open" shadowrootmode="open">/);
      assert.match(markup, /aria-busy="true"/);
      assert.match(shadowText(markup), /^Đang tải… Đang online Hôm nay Trong tuần Trong tháng Tất cả$/);
      assert.equal((markup.match(/class="?skeleton\b/g) ?? []).length, 5);
    }
  });

  test('without a lang, or with an unknown one, renders in Vietnamese', () => {
    for (const lang of [undefined, 'fr']) assert.match(shadowText(renderCounter(lang, summary)), /^Đang online 16 Hôm nay 531/);
  });

  test('a summary text that could close the script element is escaped in the data', () => {
    const markup = renderCounter('vi', { ...summary, timezone: '</script><b>x' });
    assert.doesNotMatch(markup, /<\/script><b>/);
    assert.match(markup, /\\u003c\/script>\\u003cb>x/);
  });
});
