import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '@agency-portal/banner-carousel/define.js';

// Storybook has no API server: `src` points at a JSON fixture in the banners API's shape (apps/storybook/fixtures).
const FIXTURE = 'fixtures/banners.json';

interface CarouselArgs {
  src?: string;
  autoplay: boolean;
  picker: boolean;
  interval: number;
  label?: string;
}

const meta: Meta<CarouselArgs> = {
  title: 'Widgets/Banner carousel',
  component: 'ap-banner-carousel',
  decorators: [withActions],
  parameters: { actions: { handles: ['ap-slide-change', 'ap-rotation-change', 'ap-banner-carousel-load', 'ap-banner-carousel-error'] } },
  argTypes: {
    src: { control: 'text' },
    autoplay: { control: 'boolean' },
    picker: { control: 'boolean' },
    interval: { control: { type: 'number', min: 500, step: 500 } },
    label: { control: 'text' },
  },
  args: { src: FIXTURE, autoplay: true, picker: true, interval: 6000 },
  render: (args) => html`
    <ap-banner-carousel
      src=${ifDefined(args.src || undefined)}
      ?autoplay=${args.autoplay}
      ?picker=${args.picker}
      interval=${args.interval}
      label=${ifDefined(args.label || undefined)}
    ></ap-banner-carousel>
  `,
};
export default meta;

type Story = StoryObj<CarouselArgs>;

/**
 * The banners from the API, rotating: the first slide stays 8 s (its own interval), the others 6 s. The
 * rotation button comes first; focus it with the keyboard, or hover the carousel, and the slide show stops
 * (after focus it stays stopped). Under reduced motion it does not start by itself.
 */
export const Rotating: Story = {};

/** Without the slide show: previous and next buttons and the picker tabs (arrow keys, Home and End). */
export const Manual: Story = { args: { autoplay: false } };

/** Only previous and next. */
export const WithoutPicker: Story = { args: { picker: false, autoplay: false } };

/**
 * Slides from the element's own `<a><img></a>` children, as the page's HTML writes them: they show as plain
 * links without JavaScript. `data-interval` gives a slide its own time.
 */
export const SlottedLinks: Story = {
  render: (args) => html`
    <ap-banner-carousel ?autoplay=${args.autoplay} ?picker=${args.picker} interval=${args.interval}>
      <a href="https://portal.example.vn/chuyen-muc/chuyen-doi-so" data-interval="10000"
        ><img src="fixtures/banners/chuyen-doi-so.jpg" alt="Chuyển đổi số trong cơ quan Đảng" width="1200" height="360"
      /></a>
      <a href="https://portal.example.vn/chuyen-muc/cai-cach-hanh-chinh"
        ><img src="fixtures/banners/cai-cach-hanh-chinh.jpg" alt="Đẩy mạnh cải cách hành chính" width="1200" height="360" loading="lazy"
      /></a>
    </ap-banner-carousel>
  `,
};

/** The texts follow the nearest `lang`: "Stop automatic slide show", "1 of 4". */
export const English: Story = { decorators: [(story) => html`<div lang="en">${story()}</div>`] };

/**
 * The API answered something the carousel cannot show: the element's children stay (details in the
 * `ap-banner-carousel-error` event and a console warning).
 */
export const ErrorKeepsFallback: Story = {
  render: () => html`
    <ap-banner-carousel src="fixtures/articles-wrong-shape.json">
      <a href="https://portal.example.vn/chuyen-muc/tin-hoat-dong"
        ><img src="fixtures/banners/chao-mung-dai-hoi.jpg" alt="Chào mừng Đại hội Đảng bộ Khối" width="1200" height="360"
      /></a>
    </ap-banner-carousel>
  `,
};

/** The look comes from CSS custom properties. */
export const Themed: Story = {
  args: { autoplay: false },
  decorators: [
    (story) => html`
      <div
        style="--ap-banner-carousel-radius: 12px; --ap-banner-carousel-aspect-ratio: 4 / 1; --ap-banner-carousel-control-background: #0b4f8a;
          --ap-banner-carousel-tab-color: #fff"
      >
        ${story()}
      </div>
    `,
  ],
};
