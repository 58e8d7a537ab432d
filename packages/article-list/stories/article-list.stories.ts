import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '@agency-portal/article-list/define.js';

// Storybook has no API server: `src` points at JSON fixtures in the API's shape (apps/storybook/fixtures,
// served as static files). A static file ignores ?page=, so every page of a story shows the same articles.
const FIXTURE = 'fixtures/articles.json';

interface ArticleListArgs {
  src: string;
  feed?: string;
  'page-size': number | string;
  category?: string;
  layout: string;
  'sync-url': boolean;
  'url-param': string;
  label?: string;
  timeout: number;
}

const meta: Meta<ArticleListArgs> = {
  title: 'Widgets/Article list',
  component: 'ap-article-list',
  decorators: [withActions],
  parameters: { actions: { handles: ['ap-article-list-load', 'ap-article-list-error', 'ap-page-change'] } },
  argTypes: {
    src: { control: 'text' },
    feed: { control: 'text' },
    'page-size': { control: { type: 'number', min: 1, max: 50 } },
    category: { control: 'text' },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
    'sync-url': { control: 'boolean' },
    'url-param': { control: 'text' },
    label: { control: 'text' },
    timeout: { control: { type: 'number', min: 1 } },
  },
  args: { src: FIXTURE, 'page-size': 6, layout: 'list', 'sync-url': false, 'url-param': 'page', timeout: 10000 },
  render: (args) => html`
    <ap-article-list
      src=${args.src}
      feed=${ifDefined(args.feed || undefined)}
      page-size=${args['page-size']}
      category=${ifDefined(args.category || undefined)}
      layout=${args.layout}
      ?sync-url=${args['sync-url']}
      url-param=${args['url-param']}
      label=${ifDefined(args.label || undefined)}
      timeout=${args.timeout}
    ></ap-article-list>
  `,
};
export default meta;

type Story = StoryObj<ArticleListArgs>;

/**
 * Answers requests for `never.json` with a promise that never settles (and no timeout, as nothing is
 * pending on the network), so a story can stay in the loading state without a failed request.
 */
const neverAnswer: Story['beforeEach'] = () => {
  const original = window.fetch;
  window.fetch = (input, init) => (String(input).includes('/never.json') ? new Promise<Response>(() => {}) : original(input, init));
  return () => {
    window.fetch = original;
  };
};

/** Thumbnail beside the text, with date, view count and summary; an article without an image has no thumbnail. */
export const List: Story = {};

/** Cards in as many columns as fit (`--ap-article-list-column-width` is the smallest column). */
export const Grid: Story = { args: { layout: 'grid' } };

/** Title and date only, for a sidebar. */
export const Compact: Story = { args: { layout: 'compact' } };

/** A skeleton of the articles to come; the region is `aria-busy` and "Đang tải…" is announced. */
export const Loading: Story = { args: { src: 'fixtures/never.json' }, beforeEach: neverAnswer };

/** The grid layout while loading. */
export const LoadingGrid: Story = { args: { src: 'fixtures/never.json', layout: 'grid' }, beforeEach: neverAnswer };

/**
 * `feed="tin-so-tttt"`: the items of a sibling site's feed that the portal server fetches (here `src` points at a
 * fixture of `GET /api/v1/feeds/tin-so-tttt/items`). Links go to the source site; feed items have no view count
 * and may have no date or image size.
 */
export const Feed: Story = { args: { feed: 'tin-so-tttt', src: 'fixtures/feed-items.json' } };

/** The server could not refresh the feed lately: the last good items, with a discreet notice above them. */
export const FeedStale: Story = { args: { feed: 'tin-so-tttt', src: 'fixtures/feed-items-stale.json', layout: 'grid' } };

/** No articles (an empty category, or a page past the last one). */
export const Empty: Story = { args: { src: 'fixtures/articles-empty.json' } };

/**
 * The API answered something the widget cannot show (here JSON of another shape; a 500, a timeout or an
 * unreachable server look the same). Users see a generic message and "Thử lại"; the details go to the
 * `ap-article-list-error` event (see Actions) and a console warning.
 */
export const ErrorState: Story = { args: { src: 'fixtures/articles-wrong-shape.json' } };

/**
 * Server-rendered links inside the element stay on screen, instead of the skeleton, until the first page
 * arrives (here it never does), so the list is readable before and without JavaScript.
 */
export const LightDomFallback: Story = {
  args: { src: 'fixtures/never.json' },
  beforeEach: neverAnswer,
  render: (args) => html`
    <ap-article-list src=${args.src} page-size=${args['page-size']}>
      <ul>
        <li><a href="https://portal.example.vn/tin-tuc/hoi-nghi-tong-ket-cong-tac-dang-nam-2025">Hội nghị tổng kết công tác Đảng năm 2025</a></li>
        <li><a href="https://portal.example.vn/tin-tuc/ra-mat-he-thong-quan-ly-van-ban-dien-tu">Ra mắt hệ thống quản lý văn bản điện tử dùng chung</a></li>
      </ul>
      <nav aria-label="Phân trang">
        <a href="?page=1" aria-current="page">1</a>
        <a href="?page=2">2</a>
        <a href="?page=3">3</a>
      </nav>
    </ap-article-list>
  `,
};

/** The texts follow the nearest `lang` attribute: "Views: 93,308", "Page 1 of 3". */
export const English: Story = { decorators: [(story) => html`<div lang="en">${story()}</div>`] };

/** The error state in English. */
export const EnglishError: Story = {
  args: { src: 'fixtures/articles-wrong-shape.json' },
  decorators: [(story) => html`<div lang="en">${story()}</div>`],
};

/** `label` names the region (and, after it, the pagination); give two lists on one page different labels. */
export const TwoOnOnePage: Story = {
  render: () => html`
    <ap-article-list src=${FIXTURE} page-size="3" layout="compact" label="Tin hoạt động"></ap-article-list>
    <ap-article-list src=${FIXTURE} page-size="3" layout="compact" label="Chuyển đổi số"></ap-article-list>
  `,
};

/** The look comes from CSS custom properties, falling back to the shared `--ap-*` tokens. */
export const Themed: Story = {
  args: { layout: 'grid' },
  decorators: [
    (story) => html`
      <div
        style="--ap-article-list-link-color: #0b4f8a; --ap-article-list-border-color: #0b4f8a; --ap-article-list-radius: 12px;
          --ap-article-list-column-width: 14rem; --ap-pagination-color: #0b4f8a; --ap-pagination-current-background: #0b4f8a"
      >
        ${story()}
      </div>
    `,
  ],
};

/** Invalid `page-size` and `layout` fall back to 10 and `list`, with one console warning each. */
export const InvalidInput: Story = { args: { 'page-size': 'abc', layout: 'carousel' } };
