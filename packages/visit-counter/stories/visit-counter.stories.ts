import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import '@agency-portal/visit-counter/define.js';
import type { VisitSummary } from '../src/summary.js';

// Storybook has no API server: each story answers the summary request itself (window.fetch) and stands in
// for the server's event stream (window.EventSource), then puts both back.

const SUMMARY: VisitSummary = {
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
  updatedAt: '2026-11-27T03:00:00.000Z',
};

/** An event stream that sends `summary` events from `next()`, every `ms` milliseconds (never when `ms` is 0). */
function fakeEventSource(next: () => VisitSummary | undefined, ms: number) {
  return class extends EventTarget {
    readonly readyState = 1;
    private readonly timer = ms ? setInterval(() => this.emit(), ms) : undefined;
    constructor(readonly url: string) {
      super();
    }
    private emit() {
      const summary = next();
      if (summary) this.dispatchEvent(new MessageEvent('summary', { data: JSON.stringify(summary) }));
    }
    close() {
      clearInterval(this.timer);
    }
  };
}

/** Answers the summary with `answer` (a never-settling promise when undefined) and stubs the stream. */
function server(answer: () => Promise<Response> | undefined, live?: { next: () => VisitSummary | undefined; ms: number }) {
  return () => {
    const fetch = window.fetch;
    const EventSource = window.EventSource;
    window.fetch = (input, init) =>
      String(input).includes('/stats/summary') ? (answer() ?? new Promise<Response>(() => {})) : fetch(input, init);
    window.EventSource = fakeEventSource(live?.next ?? (() => undefined), live?.ms ?? 0) as unknown as typeof window.EventSource;
    return () => {
      window.fetch = fetch;
      window.EventSource = EventSource;
    };
  };
}

const ok = () => Promise.resolve(Response.json(SUMMARY));

interface VisitCounterArgs {
  site: string;
  label?: string;
  track: boolean;
}

const meta: Meta<VisitCounterArgs> = {
  title: 'Widgets/Visit counter',
  component: 'ap-visit-counter',
  decorators: [withActions, (story) => html`<div style="max-width: 20rem">${story()}</div>`],
  parameters: { actions: { handles: ['ap-visit-counter-update', 'ap-visit-counter-error', 'ap-visit-counter-track'] } },
  argTypes: { site: { control: 'text' }, label: { control: 'text' }, track: { control: 'boolean' } },
  args: { site: 'portal', track: false },
  beforeEach: server(ok),
  render: (args) =>
    html`<ap-visit-counter site=${args.site} label=${ifDefined(args.label || undefined)} ?track=${args.track}></ap-visit-counter>`,
};
export default meta;

type Story = StoryObj<VisitCounterArgs>;

/** The five counters with Vietnamese labels and vi-VN numbers; "Cách tính" opens the definitions. */
export const Default: Story = {};

/** Live: the server's event stream sends new numbers (here a new visit every two seconds). */
export const Live: Story = {
  beforeEach: (() => {
    let summary = SUMMARY;
    return server(ok, {
      ms: 2000,
      next: () =>
        (summary = {
          ...summary,
          online: summary.online + 1,
          today: summary.today + 1,
          week: summary.week + 1,
          month: summary.month + 1,
          total: summary.total + 1,
        }),
    });
  })(),
};

/** Grey blocks until the counters arrive; the region is `aria-busy` and "Đang tải…" is announced. */
export const Loading: Story = { beforeEach: server(() => undefined) };

/** The counters could not be loaded (here an unknown site): a message and "Thử lại"; details in `ap-visit-counter-error`. */
export const ErrorState: Story = {
  beforeEach: server(() =>
    Promise.resolve(
      Response.json({ error: { code: 'unknown_site', message: 'No site "x" is registered for statistics.' } }, { status: 404 }),
    ),
  ),
};

/** The texts follow the nearest `lang` attribute: "Online now", "93,308". */
export const English: Story = { decorators: [(story) => html`<div lang="en">${story()}</div>`] };

/**
 * With `track`, the page view goes to the server with `navigator.sendBeacon` after the first render (and a
 * heartbeat every minute while the page is visible). Here the beacon is only logged: see `ap-visit-counter-track` in Actions.
 */
export const Tracking: Story = {
  args: { track: true },
  beforeEach: () => {
    const restore = server(ok)();
    const sendBeacon = navigator.sendBeacon;
    navigator.sendBeacon = () => true;
    return () => {
      restore();
      navigator.sendBeacon = sendBeacon;
    };
  },
};

/** The look comes from CSS custom properties, falling back to the shared `--ap-*` tokens. */
export const Themed: Story = {
  decorators: [
    (story) => html`
      <div style="--ap-visit-counter-value-color: #0b4f8a; --ap-visit-counter-border-color: #0b4f8a; --ap-visit-counter-gap: 0.75rem">
        ${story()}
      </div>
    `,
  ],
};
