import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '@agency-portal/pagination/define.js';

interface PaginationArgs {
  'total-pages': number;
  current: number | string;
  'href-template'?: string;
  label?: string;
  siblings: number;
  'sync-url': boolean;
  'url-param': string;
}

const meta: Meta<PaginationArgs> = {
  title: 'Widgets/Pagination',
  component: 'ap-pagination',
  decorators: [withActions],
  parameters: { actions: { handles: ['ap-page-change'] } },
  argTypes: {
    'total-pages': { control: { type: 'number', min: 0 } },
    current: { control: { type: 'number', min: 1 } },
    'href-template': { control: 'text' },
    label: { control: 'text' },
    siblings: { control: { type: 'number', min: 0 } },
    'sync-url': { control: 'boolean' },
    'url-param': { control: 'text' },
  },
  args: { 'total-pages': 10, current: 1, siblings: 1, 'sync-url': false, 'url-param': 'page' },
  render: (args) => html`
    <ap-pagination
      total-pages=${args['total-pages']}
      current=${args.current}
      href-template=${ifDefined(args['href-template'] || undefined)}
      label=${ifDefined(args.label || undefined)}
      siblings=${args.siblings}
      ?sync-url=${args['sync-url']}
      url-param=${args['url-param']}
    ></ap-pagination>
  `,
};
export default meta;

type Story = StoryObj<PaginationArgs>;

/** Ten pages as buttons, on the first page. */
export const Default: Story = {};

/** Far from both ends: the first and last page, the current one with its neighbours, and two ellipses. */
export const MiddlePage: Story = { args: { 'total-pages': 20, current: 10 } };

export const NearTheStart: Story = { args: { 'total-pages': 20, current: 3 } };

export const NearTheEnd: Story = { args: { 'total-pages': 20, current: 18 } };

/** On the last page there is no "next" control. */
export const LastPage: Story = { args: { 'total-pages': 20, current: 20 } };

/** Few enough pages that every one is shown. */
export const FewPages: Story = { args: { 'total-pages': 5, current: 3 } };

/** With a single page there is nothing to navigate: the element renders nothing. */
export const SinglePage: Story = { args: { 'total-pages': 1 } };

/** With `href-template` the pages are links, so they work without JavaScript and can be opened in a new tab. */
export const Links: Story = { args: { 'total-pages': 20, current: 4, 'href-template': '?page={page}' } };

/** The labels follow the nearest `lang` attribute. */
export const English: Story = {
  args: { 'total-pages': 20, current: 10 },
  decorators: [(story) => html`<div lang="en">${story()}</div>`],
};

/** `label` names the navigation landmark. */
export const CustomLabel: Story = { args: { 'total-pages': 20, current: 2, label: 'Trang tin tức' } };

/** Two navigation landmarks on one page need different labels. */
export const TwoOnOnePage: Story = {
  render: () => html`
    <ap-pagination total-pages="12" current="3" label="Phân trang tin tức"></ap-pagination>
    <ap-pagination total-pages="4" current="1" label="Phân trang thông báo"></ap-pagination>
  `,
};

/** Below 480px the widget shows only the first, current and last pages, with arrow-only previous and next. */
export const NarrowContainer: Story = {
  args: { 'total-pages': 20, current: 10 },
  decorators: [(story) => html`<div style="max-width: 20rem">${story()}</div>`],
};

/** The look comes from CSS custom properties, falling back to the shared `--ap-*` tokens. */
export const Themed: Story = {
  args: { 'total-pages': 20, current: 10 },
  decorators: [
    (story) => html`
      <div
        style="--ap-pagination-color: #0b4f8a; --ap-pagination-border-color: #0b4f8a; --ap-pagination-current-background: #0b4f8a;
          --ap-pagination-current-color: #ffffff; --ap-pagination-gap: 0.75rem; --ap-pagination-radius: 999px"
      >
        ${story()}
      </div>
    `,
  ],
};

/** An invalid `current` renders the nearest valid state and logs one warning. */
export const InvalidInput: Story = { args: { 'total-pages': 10, current: 'abc' } };
