import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '@agency-portal/ad-strip/define.js';

// Storybook has no API server: `src` points at a JSON fixture in the partners API's shape (apps/storybook/fixtures),
// whose links go straight to the partners, and the view batches are answered here instead of by a server.
const FIXTURE = 'fixtures/partners.json';

const answerViews: Story['beforeEach'] = () => {
  const original = window.fetch;
  window.fetch = (input, init) =>
    String(input).includes('fixtures/views') ? Promise.resolve(new Response(null, { status: 204 })) : original(input, init);
  return () => {
    window.fetch = original;
  };
};

interface StripArgs {
  src?: string;
  orientation: string;
  order: string;
  label?: string;
}

const meta: Meta<StripArgs> = {
  title: 'Widgets/Partner strip',
  component: 'ap-ad-strip',
  decorators: [withActions],
  beforeEach: answerViews,
  parameters: { actions: { handles: ['ap-ad-strip-load', 'ap-ad-strip-error', 'ap-views-sent'] } },
  argTypes: {
    src: { control: 'text' },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    order: { control: 'inline-radio', options: ['ordered', 'shuffle'] },
    label: { control: 'text' },
  },
  args: { src: FIXTURE, orientation: 'vertical', order: 'ordered' },
  render: (args) => html`
    <div style=${args.orientation === 'vertical' ? 'max-width:240px' : ''}>
      <ap-ad-strip
        src=${ifDefined(args.src || undefined)}
        orientation=${args.orientation}
        order=${args.order}
        label=${ifDefined(args.label || undefined)}
      ></ap-ad-strip>
    </div>
  `,
};
export default meta;

type Story = StoryObj<StripArgs>;

/**
 * A column of ten partners, the pinned one first; paid links carry `rel="sponsored noopener"`. Each banner
 * counts one view once at least half of it has been visible (see `ap-views-sent` in Actions).
 */
export const Vertical: Story = {};

/** A row that wraps; `--ap-ad-strip-item-width` sets the width of each banner. */
export const Horizontal: Story = { args: { orientation: 'horizontal' } };

/** A new order on each page load; the pinned partner stays first. */
export const Shuffled: Story = { args: { order: 'shuffle' } };

/** The element's own links, as the page's HTML writes them; `data-paid` and `data-pinned` work as in the API. */
export const SlottedLinks: Story = {
  render: () => html`
    <div style="max-width:240px">
      <ap-ad-strip>
        <a href="https://so-tu-phap.example/"><img src="fixtures/partners/so-tu-phap.png" alt="Sở Tư pháp" width="240" height="80" /></a>
        <a href="https://bao-tinh.example/" data-paid><img src="fixtures/partners/bao-tinh.png" alt="Báo điện tử của tỉnh" width="240" height="80" /></a>
        <a href="https://dich-vu-cong.example/" data-pinned
          ><img src="fixtures/partners/dich-vu-cong-2.png" alt="Cổng Dịch vụ công tỉnh" width="240" height="80"
        /></a>
      </ap-ad-strip>
    </div>
  `,
};

/** The list's name follows the nearest `lang`: "Partner links". */
export const English: Story = { decorators: [(story) => html`<div lang="en">${story()}</div>`] };
